/**
 * The period field of the task pane: reading what the user typed, and the labels the pickers
 * (year, part, calendar months, custom dates) put into it. The engine's `periodFromLabel`
 * decides what a label means; this only adds what a form needs around it.
 */
import { dayFromParts, formatDay, parseDayText, partsFromDay } from '../../core/days';
import { periodFromLabel, periodOf, type PeriodPart } from '../../core/periods';
import type { DayNumber, Period } from '../../core/types';

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
export function labelOf(year: number, part: PeriodPart): string {
  return part === 'Y' ? String(year) : `${year}-${part}`;
}

/** The year and part a label names (for the pickers to follow the text), or null (ranges, typos). */
export function partsOfLabel(text: string): { year: number; part: PeriodPart } | null {
  const m = /^(\d{4})(?:-(Q[1-4]|H[12]|9M|Y))?$/.exec(text.trim().toUpperCase());
  return m ? { year: Number(m[1]), part: (m[2] ?? 'Y') as PeriodPart } : null;
}

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

/** The quarter (reporting cut-off, or calendar) that contains `day`. */
export function quarterContaining(day: DayNumber, calendar: boolean): { year: number; quarter: number } {
  const { year } = partsFromDay(day);
  for (const y of [year, year + 1]) {
    for (let q = 1; q <= 4; q += 1) {
      const p = periodOf(y, `Q${q}` as PeriodPart, { calendar });
      if (p.from <= day && day <= p.to) return { year: y, quarter: q };
    }
  }
  // unreachable: every day falls in a quarter of its year or the next (Q1 starts 15/12)
  return { year, quarter: 4 };
}

/** The label of the last quarter that has ended by `today` (what a report is usually made for). */
export function defaultPeriodLabel(today: DayNumber): string {
  const current = quarterContaining(today, false);
  const previous = current.quarter === 1 ? { year: current.year - 1, quarter: 4 } : { year: current.year, quarter: current.quarter - 1 };
  return `${previous.year}-Q${previous.quarter}`;
}

/** The `count` quarters ending with the one that holds the period's last day, oldest first. */
export function recentQuarters(period: Period, count: number, calendar: boolean): Period[] {
  let { year, quarter } = quarterContaining(period.to, calendar);
  const list: Period[] = [];
  for (let i = 0; i < count; i += 1) {
    list.unshift(periodOf(year, `Q${quarter}` as PeriodPart, { calendar }));
    quarter -= 1;
    if (quarter === 0) {
      quarter = 4;
      year -= 1;
    }
  }
  return list;
}

/** Years the year picker offers: from 2015 to next year, newest first (and `extra`, if outside). */
export function yearChoices(today: DayNumber, extra?: number): number[] {
  const last = partsFromDay(today).year + 1;
  const years: number[] = [];
  for (let y = last; y >= 2015; y -= 1) years.push(y);
  if (extra !== undefined && !years.includes(extra)) years.push(extra);
  return years.sort((a, b) => b - a);
}
