/** WorkCalendar.workingDaysBetween: the signed count of working days from one day to another, the inverse of addWorkingDays. */
import fc from 'fast-check';
import { dayFromParts, partsFromDay } from '../../src/core/days';
import { yearOf } from '../../src/core/holidays';
import { WorkCalendar } from '../../src/core/workingDays';

/** 2024: Mon 3/6, Fri 7/6, Sat 8/6, Mon 10/6; Sat 27/4 – Wed 1/5 off, Sat 4/5 worked (announced swap). */
const d = (day: number, month: number, year = 2024) => dayFromParts(year, month, day);
const calendar = new WorkCalendar();

describe('workingDaysBetween(from, to)', () => {
  test('the same day is 0', () => {
    expect(calendar.workingDaysBetween(d(7, 6), d(7, 6))).toBe(0);
  });

  test('later: the working days after `from` up to and including `to` (Friday → Monday is 1)', () => {
    expect(calendar.workingDaysBetween(d(7, 6), d(10, 6))).toBe(1);
    expect(calendar.workingDaysBetween(d(3, 6), d(7, 6))).toBe(4);
  });

  test('earlier: minus the working days after `to` up to and including `from`', () => {
    expect(calendar.workingDaysBetween(d(10, 6), d(7, 6))).toBe(-1);
    expect(calendar.workingDaysBetween(d(7, 6), d(3, 6))).toBe(-4);
  });

  test('only weekend days between: 0, never -0', () => {
    expect(Object.is(calendar.workingDaysBetween(d(8, 6), d(7, 6)), 0)).toBe(true);
    expect(calendar.workingDaysBetween(d(7, 6), d(9, 6))).toBe(0);
  });

  test('the announced holiday is skipped and its make-up Saturday counts', () => {
    // After Fri 26/4: 27/4–1/5 off, Thu 2/5, Fri 3/5, Sat 4/5 (worked).
    expect(calendar.workingDaysBetween(d(26, 4), d(4, 5))).toBe(3);
  });

  test('a NgayNghi day off is not counted, a NgayNghi make-up day is', () => {
    const custom = new WorkCalendar([
      { day: d(2, 5), kind: 'off', note: '' },
      { day: d(8, 6), kind: 'makeup', note: '' },
    ]);
    expect(custom.workingDaysBetween(d(26, 4), d(4, 5))).toBe(2);
    expect(custom.workingDaysBetween(d(7, 6), d(10, 6))).toBe(2);
  });

  test('it undoes addWorkingDays: workingDaysBetween(d, addWorkingDays(d, n)) = n', () => {
    const holidays = [{ day: d(2, 5), kind: 'off' as const, note: '' }];
    const custom = new WorkCalendar(holidays);
    const start = d(1, 1, 2023);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1500 }), fc.integer({ min: 0, max: 60 }), (offset, n) => {
        const from = start + offset;
        const due = custom.addWorkingDays(from, n);
        expect(custom.workingDaysBetween(from, due)).toBe(n);
        expect(custom.workingDaysBetween(due, from)).toBe(n === 0 ? 0 : -n);
      }),
    );
  });
});

describe('yearOf(day)', () => {
  test('is the calendar year of the day, as a Date gives it, for any day from 1 BC to AD 4000', () => {
    fc.assert(
      fc.property(fc.integer({ min: dayFromParts(-1, 1, 1), max: dayFromParts(4000, 12, 31) }), (day) => {
        expect(yearOf(day)).toBe(partsFromDay(day).year);
      }),
      { numRuns: 2000 },
    );
  });

  test('turns at midnight of 31 December, in leap and century years alike', () => {
    for (const year of [1900, 2000, 2023, 2024, 2100]) {
      expect(yearOf(dayFromParts(year, 12, 31))).toBe(year);
      expect(yearOf(dayFromParts(year + 1, 1, 1))).toBe(year + 1);
    }
  });
});
