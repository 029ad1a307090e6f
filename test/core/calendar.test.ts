import { dayFromParts, isoDay } from '../../src/core/days';
import { compensatoryDays, statutoryHolidays } from '../../src/core/holidays';
import { lunarNewYear, solarDayOfLunarDate } from '../../src/core/lunar';
import { WorkCalendar } from '../../src/core/workingDays';

const day = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return dayFromParts(y, m, d);
};

describe('Vietnamese lunar calendar', () => {
  // Published Tết dates (mùng 1 tháng Giêng) in Vietnam, including years where Vietnam and China differ.
  test.each([
    [1985, '1985-01-21'],
    [2007, '2007-02-17'],
    [2020, '2020-01-25'],
    [2023, '2023-01-22'],
    [2024, '2024-02-10'],
    [2025, '2025-01-29'],
    [2026, '2026-02-17'],
  ])('Tết %i falls on %s', (year, expected) => {
    expect(isoDay(lunarNewYear(year))).toBe(expected);
  });

  test.each([
    [2023, '2023-04-29'],
    [2024, '2024-04-18'],
    [2025, '2025-04-07'],
  ])('Giỗ Tổ Hùng Vương (10/3 lunar) %i falls on %s', (year, expected) => {
    expect(isoDay(solarDayOfLunarDate(10, 3, year))).toBe(expected);
  });
});

describe('statutory holidays', () => {
  // The rule itself (announced schedules replace parts of it for 2020–2026: holidaySchedules.test.ts).
  const offDays = (year: number) => {
    const holidays = statutoryHolidays(year);
    return [...holidays, ...compensatoryDays(holidays)].map((h) => isoDay(h.day));
  };

  test('2024 has Tết from the last day of the lunar year to the 4th of the new year', () => {
    expect(offDays(2024)).toEqual(expect.arrayContaining(['2024-02-09', '2024-02-10', '2024-02-11', '2024-02-12', '2024-02-13']));
  });

  test('1/1, 30/4, 1/5 and 2/9 are days off every year', () => {
    expect(offDays(2025)).toEqual(expect.arrayContaining(['2025-01-01', '2025-04-30', '2025-05-01', '2025-09-02']));
  });

  test('2/9 comes with one day next to it (2025: Monday 1/9)', () => {
    expect(offDays(2025)).toContain('2025-09-01');
  });

  test('a holiday on a weekend is made up on the next working day (30/4/2023 Sunday → 3/5)', () => {
    expect(offDays(2023)).toEqual(expect.arrayContaining(['2023-04-29', '2023-04-30', '2023-05-01', '2023-05-02', '2023-05-03']));
  });
});

describe('working days', () => {
  const calendar = new WorkCalendar();

  test('the day of receipt does not count: 5 working days from Monday is next Monday', () => {
    expect(isoDay(calendar.addWorkingDays(day('2024-03-04'), 5))).toBe('2024-03-11');
  });

  test('weekends are skipped', () => {
    expect(isoDay(calendar.addWorkingDays(day('2024-03-08'), 1))).toBe('2024-03-11');
  });

  test('Tết is skipped: 3 working days from 7/2/2024 end on 19/2/2024', () => {
    // Thông báo 5015/TB-LĐTBXH: 8–14/2 are off; then 15/2, 16/2 and 19/2.
    expect(isoDay(calendar.addWorkingDays(day('2024-02-07'), 3))).toBe('2024-02-19');
  });

  test('a NgayNghi day off is skipped and a make-up day counts', () => {
    const custom = new WorkCalendar([
      { day: day('2024-03-05'), kind: 'off', note: '' },
      { day: day('2024-03-09'), kind: 'makeup', note: 'Thứ Bảy làm bù' },
    ]);
    // Tue 5/3 off; Sat 9/3 worked: from Mon 4/3, +3 = 6, 7, 8 → 8/3; +4 → Sat 9/3.
    expect(isoDay(custom.addWorkingDays(day('2024-03-04'), 4))).toBe('2024-03-09');
  });

  test('counting working days over a range includes both ends', () => {
    expect(calendar.countWorkingDays(day('2024-03-04'), day('2024-03-08'))).toBe(5);
  });
});
