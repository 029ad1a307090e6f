/**
 * The deadline watch ("Theo dõi hạn") as the task pane uses it: raw tables in, the core's watch
 * (core/deadlines.ts) out, for both services; the as-of date field; the tab's state as a reducer.
 * No Office, ExcelJS or React here.
 */
import { watchDeadlines, type DeadlineEntry, type DeadlineGroup, type DeadlineWatch } from '../../core/deadlines';
import { isoDay, parseDayText } from '../../core/days';
import { parseInputs, type RawTables } from '../../core/inputs';
import type { DayNumber, Issue, Language } from '../../core/types';
import { countIssues } from './issues';

export type { DeadlineEntry, DeadlineGroup, DeadlineWatch };

/** The groups in the order the tab shows them. */
export const DEADLINE_GROUPS: readonly DeadlineGroup[] = ['overdue', 'dueSoon', 'dueLater'];

export interface DeadlineResult {
  watch: DeadlineWatch;
  /** Every issue found reading the tables (rows with an error are not watched). */
  issues: Issue[];
}

/** The watch of the tables on `asOf`; `today` flags dates in the future, as the Data tab's check does. */
export function deadlinesOf(tables: RawTables, asOf: DayNumber, language: Language, today: DayNumber): DeadlineResult {
  const inputs = parseInputs(tables, { language, today });
  return { watch: watchDeadlines(inputs, asOf), issues: inputs.issues };
}

/** A dossier's row as a location the pane can select (the whole row: the log's columns vary). */
export function dossierLocation(entry: Pick<DeadlineEntry, 'sheet' | 'row'>): Issue | null {
  if (!entry.sheet) return null;
  return { severity: 'warning', sheet: entry.sheet, row: entry.row, column: null, message: '' };
}

/** The date field's value (`yyyy-mm-dd`, a date input's) as a day; null when empty or not a date. */
export function asOfFromInput(text: string): DayNumber | null {
  return /^\d{4}-\d{2}-\d{2}$/.test(text.trim()) ? parseDayText(text) : null;
}

/** A day as the date field holds it. */
export const inputOfDay = isoDay;

/** What the tab shows. */
export interface DeadlineState {
  /** The date field (`yyyy-mm-dd`). */
  asOfText: string;
  /** The last watch computed, with the key (workbook version, date, language) it was computed for; null before the first. */
  shown: { key: string; asOf: DayNumber; watch: DeadlineWatch; errors: number } | null;
  /** Why a dossier's row could not be selected in Excel, or null. */
  notice: string | null;
}

export type DeadlineAction =
  | { type: 'date'; text: string }
  | { type: 'computed'; key: string; result: DeadlineResult }
  | { type: 'notice'; text: string | null };

export function initialDeadlineState(today: DayNumber): DeadlineState {
  return { asOfText: inputOfDay(today), shown: null, notice: null };
}

export function deadlineReducer(state: DeadlineState, action: DeadlineAction): DeadlineState {
  switch (action.type) {
    case 'date':
      return { ...state, asOfText: action.text };
    case 'computed':
      return {
        ...state,
        shown: { key: action.key, asOf: action.result.watch.asOf, watch: action.result.watch, errors: countIssues(action.result.issues).errors },
        notice: null,
      };
    case 'notice':
      return { ...state, notice: action.text };
  }
}

/** The words of a dossier's days-left cell. */
export interface DaysLeftWords {
  overdueBy: (days: number) => string;
  dueToday: string;
  daysLeft: (days: number) => string;
}

/** `Quá 4 ngày` (overdue), `Hạn hôm nay` (due on the as-of day), `Còn 3 ngày`. */
export function daysLeftText(entry: Pick<DeadlineEntry, 'due' | 'daysLeft'>, asOf: DayNumber, words: DaysLeftWords): string {
  if (entry.due < asOf) return words.overdueBy(-entry.daysLeft || 0);
  if (entry.due === asOf) return words.dueToday;
  return words.daysLeft(entry.daysLeft);
}
