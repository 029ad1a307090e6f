import { defaultHolidayEntries, yearOf } from './holidays';
import { weekday } from './days';
import { DayNumber, HolidayEntry } from './types';

/**
 * Ngày làm việc: Monday to Friday, less statutory holidays and the user's days
 * off (NgayNghi `Nghỉ`), plus the user's make-up working days (`Làm bù`).
 */
export class WorkCalendar {
  private readonly userOff = new Set<DayNumber>();
  private readonly userMakeup = new Set<DayNumber>();
  private readonly statutoryByYear = new Map<number, Set<DayNumber>>();

  constructor(userEntries: HolidayEntry[] = []) {
    for (const e of userEntries) (e.kind === 'off' ? this.userOff : this.userMakeup).add(e.day);
  }

  isWorkingDay(day: DayNumber): boolean {
    if (this.userMakeup.has(day)) return true;
    if (this.userOff.has(day)) return false;
    const wd = weekday(day);
    if (wd === 0 || wd === 6) return false;
    return !this.statutory(yearOf(day)).has(day);
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

  private statutory(year: number): Set<DayNumber> {
    let set = this.statutoryByYear.get(year);
    if (!set) {
      set = new Set(defaultHolidayEntries(year).map((e) => e.day));
      this.statutoryByYear.set(year, set);
    }
    return set;
  }
}
