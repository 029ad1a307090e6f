import { defaultHolidayEntries, yearOf } from './holidays';
import { weekday } from './days';
import { DayNumber, HolidayEntry } from './types';

/**
 * Ngày làm việc: Monday to Friday, less the holidays (the announced schedule of the year, else
 * the statutory rule) and the user's days off (NgayNghi `Nghỉ`), plus the announced and the
 * user's make-up working days (`Làm bù`, a Saturday worked in exchange). NgayNghi wins.
 */
export class WorkCalendar {
  private readonly userOff = new Set<DayNumber>();
  private readonly userMakeup = new Set<DayNumber>();
  private readonly defaultsByYear = new Map<number, { off: Set<DayNumber>; makeup: Set<DayNumber> }>();

  constructor(userEntries: HolidayEntry[] = []) {
    for (const e of userEntries) (e.kind === 'off' ? this.userOff : this.userMakeup).add(e.day);
  }

  isWorkingDay(day: DayNumber): boolean {
    if (this.userMakeup.has(day)) return true;
    if (this.userOff.has(day)) return false;
    const defaults = this.defaults(yearOf(day));
    if (defaults.makeup.has(day)) return true;
    const wd = weekday(day);
    if (wd === 0 || wd === 6) return false;
    return !defaults.off.has(day);
  }

  /** The N-th working day after `start` (the day of receipt itself does not count). */
  addWorkingDays(start: DayNumber, n: number): DayNumber {
    let day = start;
    let left = n;
    while (left > 0) {
      day++;
      if (this.isWorkingDay(day)) left--;
    }
    return day;
  }

  /** Working days in [from, to], both ends included; 0 when to < from. */
  countWorkingDays(from: DayNumber, to: DayNumber): number {
    let count = 0;
    for (let d = from; d <= to; d++) if (this.isWorkingDay(d)) count++;
    return count;
  }

  /**
   * Working days from `from` to `to`, signed: the working days after `from` up to and including
   * `to` when `to` is later (so `workingDaysBetween(d, addWorkingDays(d, n))` is `n`); minus the
   * working days after `to` up to and including `from` when `to` is earlier; 0 on the same day.
   */
  workingDaysBetween(from: DayNumber, to: DayNumber): number {
    if (to > from) return this.countWorkingDays(from + 1, to);
    if (to < from) return -this.countWorkingDays(to + 1, from) || 0;
    return 0;
  }

  private defaults(year: number): { off: Set<DayNumber>; makeup: Set<DayNumber> } {
    let sets = this.defaultsByYear.get(year);
    if (!sets) {
      const entries = defaultHolidayEntries(year);
      sets = { off: new Set(entries.filter((e) => e.kind === 'off').map((e) => e.day)), makeup: new Set(entries.filter((e) => e.kind === 'makeup').map((e) => e.day)) };
      this.defaultsByYear.set(year, sets);
    }
    return sets;
  }
}
