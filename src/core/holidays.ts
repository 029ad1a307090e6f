import { dayFromParts, partsFromDay, weekday } from './days';
import { lunarNewYear, solarDayOfLunarDate } from './lunar';
import { DayNumber, HolidayEntry } from './types';

export interface Holiday {
  day: DayNumber;
  /** Vietnamese name of the holiday. */
  name: string;
}

/**
 * Ngày nghỉ lễ, Tết of a solar year under Bộ luật Lao động 2019, art. 112:
 * 1/1; Tết Âm lịch, 5 days (the last day of the lunar year and 1–4 of the new one);
 * Giỗ Tổ Hùng Vương 10/3 lunar; 30/4; 1/5; 2/9 and one day next to it.
 * The Prime Minister fixes the exact Tết and 2/9 days each year: those decisions
 * go into the NgayNghi table, which overrides this default.
 */
export function statutoryHolidays(year: number): Holiday[] {
  const list: Holiday[] = [{ day: dayFromParts(year, 1, 1), name: 'Tết Dương lịch' }];
  // Tết of the lunar year starting in this solar year (mùng 1 falls 21/1–20/2).
  const tet = lunarNewYear(year);
  for (let i = -1; i <= 3; i++) list.push({ day: tet + i, name: 'Tết Âm lịch' });
  list.push({ day: solarDayOfLunarDate(10, 3, year), name: 'Giỗ Tổ Hùng Vương' });
  list.push({ day: dayFromParts(year, 4, 30), name: 'Ngày Chiến thắng' });
  list.push({ day: dayFromParts(year, 5, 1), name: 'Ngày Quốc tế lao động' });
  const national = dayFromParts(year, 9, 2);
  list.push({ day: national, name: 'Quốc khánh' });
  // The adjacent day the government usually picks to join a weekend.
  const adjacent = weekday(national) === 1 || weekday(national) === 4 ? national + 1 : national - 1;
  list.push({ day: adjacent, name: 'Quốc khánh (ngày liền kề)' });
  return list.sort((a, b) => a.day - b.day);
}

/**
 * A holiday that falls on a weekend is made up on the next working day
 * (nghỉ bù, Bộ luật Lao động 2019 art. 111–112). Tết's five days are counted as a block.
 */
export function compensatoryDays(holidays: Holiday[]): Holiday[] {
  const taken = new Set(holidays.map((h) => h.day));
  const result: Holiday[] = [];
  for (const h of holidays) {
    const wd = weekday(h.day);
    if (wd !== 0 && wd !== 6) continue;
    let d = h.day + 1;
    while (weekday(d) === 0 || weekday(d) === 6 || taken.has(d)) d++;
    taken.add(d);
    result.push({ day: d, name: `Nghỉ bù ${h.name}` });
  }
  return result;
}

/** The days off and make-up working days of a year, before the user's NgayNghi entries. */
export function defaultHolidayEntries(year: number): HolidayEntry[] {
  const holidays = statutoryHolidays(year);
  return [...holidays, ...compensatoryDays(holidays)].map((h) => ({ day: h.day, kind: 'off' as const, note: h.name }));
}

export function yearOf(day: DayNumber): number {
  return partsFromDay(day).year;
}
