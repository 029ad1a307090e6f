/**
 * The period field of the task pane: reading what the user typed, and the labels the pickers
 * (year, part, calendar months, custom dates) put into it. The engine decides what a label
 * means (`periodFromLabel`, `labelParts`) and does the period arithmetic (`core/periods.ts`:
 * quarters, the default period, recent quarters); this only adds what a form needs around it.
 */
import { dayFromParts, formatDay, parseDayText, partsFromDay } from '../../core/days';
import { labelParts, lastEndedQuarterLabel, periodFromLabel, periodLabel, type PeriodPart } from '../../core/periods';
import type { DayNumber, Period } from '../../core/types';

export { quarterContaining, recentQuarters } from '../../core/periods';

/** The parts the picker offers, in its order. */
export const PICKER_PARTS: readonly PeriodPart[] = ['Q1', 'Q2', 'Q3', 'Q4', 'H1', '9M', 'Y'];

export type PeriodCheck = { ok: true; period: Period } | { ok: false; reason: 'empty' | 'unreadable' };

/** Reads the field: `2024-Q2`, `2024-H1`, `2024-9M`, `2024`, or `dd/mm/yyyy-dd/mm/yyyy`. */
export function checkPeriod(text: string, calendar: boolean): PeriodCheck {
  if (text.trim() === '') return { ok: false, reason: 'empty' };
  const period = periodFromLabel(text, { calendar });
  return period ? { ok: true, period } : { ok: false, reason: 'unreadable' };
}

/** The label of a year and part: `2024-Q2`, and `2024` for the whole year. */
export const labelOf = periodLabel;

/** The year and part a label names (for the pickers to follow the text), or null (ranges, typos). */
export const partsOfLabel = labelParts;

/** Two dates from date inputs (`yyyy-mm-dd`) as a range label `dd/mm/yyyy-dd/mm/yyyy`; null if either is missing or they are reversed. */
export function rangeLabel(fromIso: string, toIso: string): string | null {
  const from = parseDayText(fromIso);
  const to = parseDayText(toIso);
  if (from === null || to === null || to < from) return null;
  return `${formatDay(from)}-${formatDay(to)}`;
}

/** `15/03/2023`–`14/06/2023` of a period, for the hint under the field. */
export function periodDates(period: Period): { from: string; to: string } {
  return { from: formatDay(period.from), to: formatDay(period.to) };
}

/** Today as a day number, in the user's own calendar (not UTC). */
export function todayDay(now: Date = new Date()): DayNumber {
  return dayFromParts(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/** The field's default: the last quarter that has ended by `today`. */
export const defaultPeriodLabel = lastEndedQuarterLabel;

/** Years the year picker offers: from 2015 to next year, newest first (and `extra`, if outside). */
export function yearChoices(today: DayNumber, extra?: number): number[] {
  const last = partsFromDay(today).year + 1;
  const years: number[] = [];
  for (let y = last; y >= 2015; y -= 1) years.push(y);
  if (extra !== undefined && !years.includes(extra)) years.push(extra);
  return years.sort((a, b) => b - a);
}
