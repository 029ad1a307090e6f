/**
 * Ngày ban hành: the date a report is dated. The one typed in ThongTin (`Ngày ban hành`) when it
 * is a date, else the day the report is made: a report is never dated by a guess.
 */

import { parseDayText } from './days';
import type { AgencyInfo, DayNumber } from './types';

/** The report's date: ThongTin's `Ngày ban hành` when it reads as a date, else `today`. */
export function issueDateFor(info: AgencyInfo, today: DayNumber): DayNumber {
  const typed = (info.issueDate ?? '').trim();
  if (typed === '') return today;
  return parseDayText(typed) ?? today;
}
