import { dayFromParts, isoDay, isValidDate, weekday } from '../../src/core/days';
import { defaultHolidayEntries, statutoryHolidays } from '../../src/core/holidays';
import { FIRST_SCHEDULED_YEAR, HOLIDAY_SCHEDULES, LAST_SCHEDULED_YEAR } from '../../src/core/holidaySchedules';
import { WorkCalendar } from '../../src/core/workingDays';

const day = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return dayFromParts(y, m, d);
};
const offDays = (year: number) => defaultHolidayEntries(year).filter((e) => e.kind === 'off').map((e) => isoDay(e.day));
const makeupDays = (year: number) => defaultHolidayEntries(year).filter((e) => e.kind === 'makeup').map((e) => isoDay(e.day));

describe('announced holiday schedules', () => {
  test('Tết 2024 is off from Thursday 8/2 to Wednesday 14/2 (Thông báo 5015/TB-LĐTBXH)', () => {
    expect(offDays(2024)).toEqual(
      expect.arrayContaining(['2024-02-08', '2024-02-09', '2024-02-10', '2024-02-11', '2024-02-12', '2024-02-13', '2024-02-14']),
    );
  });

  test('the announced Tết 2024 replaces the rule: Thursday 15/2 is a working day', () => {
    expect(offDays(2024)).not.toContain('2024-02-15');
    expect(new WorkCalendar().isWorkingDay(day('2024-02-15'))).toBe(true);
  });

  test('Tết 2025 is off from Saturday 25/1 to Sunday 2/2, Monday 27/1 included', () => {
    expect(offDays(2025)).toEqual(expect.arrayContaining(['2025-01-25', '2025-01-27', '2025-01-31', '2025-02-02']));
    expect(new WorkCalendar().isWorkingDay(day('2025-01-27'))).toBe(false);
  });

  test('a swapped weekday is a day off: Friday 2/5/2025', () => {
    expect(new WorkCalendar().isWorkingDay(day('2025-05-02'))).toBe(false);
  });

  test('Saturday 4/5/2024 is a make-up working day (Làm bù for Monday 29/4)', () => {
    expect(makeupDays(2024)).toEqual(['2024-05-04']);
    expect(offDays(2024)).toContain('2024-04-29');
  });

  test('2026 has two make-up Saturdays: 10/1 and 22/8', () => {
    expect(makeupDays(2026)).toEqual(['2026-01-10', '2026-08-22']);
  });

  test('a holiday with no announcement keeps the rule: Giỗ Tổ 2026 on Sunday 26/4 is made up on Monday 27/4', () => {
    expect(offDays(2026)).toEqual(expect.arrayContaining(['2026-04-26', '2026-04-27']));
  });

  test('2027, outside the announced years, follows the statutory rule', () => {
    // Tết Đinh Mùi: mùng 1 on Saturday 6/2/2027; 5/2–9/2 plus two days made up; 2/9 (Thursday) with Friday 3/9.
    const entries = defaultHolidayEntries(2027);
    expect(entries.every((e) => e.kind === 'off')).toBe(true);
    expect(entries.map((e) => isoDay(e.day))).toEqual([
      '2027-01-01',
      '2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11',
      '2027-04-16', '2027-04-30', '2027-05-01', '2027-05-03',
      '2027-09-02', '2027-09-03',
    ]);
  });

  test('a NgayNghi make-up day overrides an announced day off', () => {
    const calendar = new WorkCalendar([{ day: day('2024-02-08'), kind: 'makeup', note: 'Làm việc' }]);
    expect(calendar.isWorkingDay(day('2024-02-08'))).toBe(true);
  });

  test('a NgayNghi day off overrides an announced working day', () => {
    const calendar = new WorkCalendar([{ day: day('2024-02-15'), kind: 'off', note: 'Nghỉ' }]);
    expect(calendar.isWorkingDay(day('2024-02-15'))).toBe(false);
  });
});

describe('announced holiday data', () => {
  test('every entry names its document: number, symbol and issuer', () => {
    for (const s of HOLIDAY_SCHEDULES) {
      expect(s.source).toMatch(/(Thông báo|Công văn) \d+\/(TB|VPCP)-[A-ZĐ]+/u);
      expect(s.source).toMatch(/của (Văn phòng Chính phủ|Bộ Lao động – Thương binh và Xã hội|Bộ Nội vụ)/u);
    }
  });

  test('every entry is in 2020–2026 and at most one a year and holiday', () => {
    const keys = HOLIDAY_SCHEDULES.map((s) => `${s.year} ${s.holiday}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const s of HOLIDAY_SCHEDULES) {
      expect(s.year).toBeGreaterThanOrEqual(FIRST_SCHEDULED_YEAR);
      expect(s.year).toBeLessThanOrEqual(LAST_SCHEDULED_YEAR);
    }
  });

  test('every date is a real day of the entry year, and the period runs forward', () => {
    for (const s of HOLIDAY_SCHEDULES) {
      for (const iso of [s.off.from, s.off.to, ...s.makeup]) {
        const [y, m, d] = iso.split('-').map(Number);
        expect(isValidDate(y, m, d)).toBe(true);
        expect(y).toBe(s.year);
      }
      expect(day(s.off.from)).toBeLessThanOrEqual(day(s.off.to));
    }
  });

  test('every make-up day is a Saturday outside its days off', () => {
    for (const s of HOLIDAY_SCHEDULES) {
      for (const iso of s.makeup) {
        expect(weekday(day(iso))).toBe(6);
        expect(day(iso) < day(s.off.from) || day(iso) > day(s.off.to)).toBe(true);
      }
    }
  });
});

describe('before Bộ luật Lao động 2019', () => {
  test('2020 has 2/9 alone: the day next to it came with the 2019 code, in force 01/01/2021', () => {
    const days = statutoryHolidays(2020).filter((h) => h.name.startsWith('Quốc khánh'));
    expect(days.map((h) => h.day)).toEqual([dayFromParts(2020, 9, 2)]);
  });
});
