import { dayFromParts, weekday } from './days';
import { HolidaySchedule, ScheduledHoliday, SCHEDULED_HOLIDAY_NAMES, schedulesOfYear } from './holidaySchedules';
import { lunarNewYear, solarDayOfLunarDate } from './lunar';
import { DayNumber, HolidayEntry } from './types';

export interface Holiday {
  day: DayNumber;
  /** Vietnamese name of the holiday. */
  name: string;
}

/** A statutory holiday with the announcement group that can replace it (none for Giỗ Tổ). */
interface RuleHoliday extends Holiday {
  group: ScheduledHoliday | null;
}

/**
 * Ngày nghỉ lễ, Tết of a solar year under Bộ luật Lao động 2019, art. 112:
 * 1/1; Tết Âm lịch, 5 days (the last day of the lunar year and 1–4 of the new one);
 * Giỗ Tổ Hùng Vương 10/3 lunar; 30/4; 1/5; 2/9 and one day next to it.
 * The Prime Minister fixes the exact Tết and 2/9 days each year: where a schedule was
 * announced (2020–2026, holidaySchedules.ts) defaultHolidayEntries uses it instead of
 * this rule for that holiday; the user's NgayNghi table overrides both.
 */
export function statutoryHolidays(year: number): Holiday[] {
  return ruleHolidays(year).map(({ day, name }) => ({ day, name }));
}

function ruleHolidays(year: number): RuleHoliday[] {
  const list: RuleHoliday[] = [{ day: dayFromParts(year, 1, 1), name: 'Tết Dương lịch', group: 'tetDuongLich' }];
  // Tết of the lunar year starting in this solar year (mùng 1 falls 21/1–20/2).
  const tet = lunarNewYear(year);
  for (let i = -1; i <= 3; i++) list.push({ day: tet + i, name: 'Tết Âm lịch', group: 'tetAmLich' });
  list.push({ day: solarDayOfLunarDate(10, 3, year), name: 'Giỗ Tổ Hùng Vương', group: null });
  list.push({ day: dayFromParts(year, 4, 30), name: 'Ngày Chiến thắng', group: 'chienThangQuocTeLaoDong' });
  list.push({ day: dayFromParts(year, 5, 1), name: 'Ngày Quốc tế lao động', group: 'chienThangQuocTeLaoDong' });
  const national = dayFromParts(year, 9, 2);
  list.push({ day: national, name: 'Quốc khánh', group: 'quocKhanh' });
  // The day next to 2/9 came with Bộ luật Lao động 2019 (in force 01/01/2021); the 2012 code gave 2/9 alone.
  // The adjacent day the government usually picks to join a weekend.
  if (year >= 2021) {
    const adjacent = weekday(national) === 1 || weekday(national) === 4 ? national + 1 : national - 1;
    list.push({ day: adjacent, name: 'Quốc khánh (ngày liền kề)', group: 'quocKhanh' });
  }
  return list.sort((a, b) => a.day - b.day);
}

/**
 * A holiday that falls on a weekend is made up on the next working day
 * (nghỉ bù, Bộ luật Lao động 2019 art. 111–112). Tết's five days are counted as a block.
 * `alsoOff` are other days off (announced ones) the make-up day must pass over.
 */
export function compensatoryDays(holidays: Holiday[], alsoOff: Iterable<DayNumber> = []): Holiday[] {
  const taken = new Set([...holidays.map((h) => h.day), ...alsoOff]);
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

/**
 * The days off (`off`) and make-up working days (`makeup`, Saturdays worked) of a year,
 * before the user's NgayNghi entries. For 2020–2026 a holiday with an announced
 * schedule (holidaySchedules.ts) takes the announced days and Saturdays; the other
 * holidays, and every other year, follow statutoryHolidays and compensatoryDays.
 * Sorted by day; one entry a day.
 */
export function defaultHolidayEntries(year: number): HolidayEntry[] {
  const schedules = schedulesOfYear(year);
  const announced = new Set(schedules.map((s) => s.holiday));
  const announcedOff = schedules.flatMap((s) => scheduleOffDays(s).map((day) => ({ day, name: scheduleNote(s) })));
  const kept = ruleHolidays(year).filter((h) => h.group === null || !announced.has(h.group));
  const rule = [...kept, ...compensatoryDays(kept, announcedOff.map((h) => h.day))];
  const makeup = schedules.flatMap((s) =>
    s.makeup.map((iso) => ({ day: dayFromIso(iso), kind: 'makeup' as const, note: `Làm bù ${scheduleNote(s)}` })),
  );
  const makeupDays = new Set(makeup.map((e) => e.day));
  const byDay = new Map<DayNumber, HolidayEntry>();
  for (const h of [...announcedOff, ...rule]) {
    if (!makeupDays.has(h.day) && !byDay.has(h.day)) byDay.set(h.day, { day: h.day, kind: 'off', note: h.name });
  }
  for (const e of makeup) byDay.set(e.day, e);
  return [...byDay.values()].sort((a, b) => a.day - b.day);
}

function scheduleOffDays(s: HolidaySchedule): DayNumber[] {
  const days: DayNumber[] = [];
  for (let d = dayFromIso(s.off.from); d <= dayFromIso(s.off.to); d++) days.push(d);
  return days;
}

function scheduleNote(s: HolidaySchedule): string {
  return `${SCHEDULED_HOLIDAY_NAMES[s.holiday]} (${s.source})`;
}

function dayFromIso(iso: string): DayNumber {
  const [y, m, d] = iso.split('-').map(Number);
  return dayFromParts(y, m, d);
}

/**
 * The calendar year of a day, by arithmetic (the year part of Howard Hinnant's
 * `civil_from_days`): no Date is made, since working days are counted a million times over.
 */
export function yearOf(day: DayNumber): number {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const march = Math.floor((5 * doy + 2) / 153);
  return yoe + era * 400 + (march >= 10 ? 1 : 0);
}
