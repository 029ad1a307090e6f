/**
 * Data issues as the task pane lists them: gathered into groups of identical problems (the
 * core's `groupIssues`), where each group is (its first row, an A1 address to select in Excel),
 * how many errors and warnings there are, in a stable order.
 */
import { groupIssues } from '../../core/issueGroups';
import type { Issue, IssueGroup } from '../../core/types';

/** How many groups the pane lists; the rest are counted ("… and 12 more groups"). */
export const MAX_SHOWN_GROUPS = 50;

/** The column letters an issue's column starts with: `C (Ngày tiếp nhận)` → `C`. */
export function columnLetters(column: string | null): string | null {
  const m = column ? /^([A-Z]{1,3})\b/.exec(column.trim()) : null;
  return m ? m[1] : null;
}

/** The column's label without its letter: `C (Ngày tiếp nhận)` → `Ngày tiếp nhận`. */
export function columnLabel(column: string | null): string | null {
  if (!column) return null;
  const m = /^[A-Z]{1,3}\s*\((.*)\)\s*$/.exec(column.trim());
  return m ? m[1] : null;
}

/**
 * What to select for an issue: its cell (`C5`), its whole row (`5:5`) when it names no column,
 * its whole column (`C:C`) when it names no row, or `A1` when it concerns the whole sheet.
 */
export function issueAddress(issue: Issue): string {
  const letters = columnLetters(issue.column);
  if (issue.row !== null && letters) return `${letters}${issue.row}`;
  if (issue.row !== null) return `${issue.row}:${issue.row}`;
  if (letters) return `${letters}:${letters}`;
  return 'A1';
}

export function countIssues(issues: readonly Issue[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const issue of issues) if (issue.severity === 'error') errors += 1;
  return { errors, warnings: issues.length - errors };
}

/** Errors first, then by sheet as found, then by row. */
export function sortIssues(issues: readonly Issue[]): Issue[] {
  const sheetOrder = new Map<string, number>();
  for (const issue of issues) if (!sheetOrder.has(issue.sheet)) sheetOrder.set(issue.sheet, sheetOrder.size);
  return issues
    .map((issue, index) => ({ issue, index }))
    .sort(
      (a, b) =>
        Number(b.issue.severity === 'error') - Number(a.issue.severity === 'error') ||
        sheetOrder.get(a.issue.sheet)! - sheetOrder.get(b.issue.sheet)! ||
        (a.issue.row ?? 0) - (b.issue.row ?? 0) ||
        a.index - b.index,
    )
    .map((x) => x.issue);
}

/** Issues (cells) and groups of each severity: what headlines count. */
export interface IssueTally {
  errors: number;
  warnings: number;
  errorGroups: number;
  warningGroups: number;
}

export function tallyIssues(issues: readonly Issue[]): IssueTally {
  const groups = groupIssues(issues);
  const errorGroups = groups.filter((g) => g.severity === 'error').length;
  return { ...countIssues(issues), errorGroups, warningGroups: groups.length - errorGroups };
}

/** The groups the pane shows (errors first, at most `max`) and how many more there are. */
export function groupsToShow(issues: readonly Issue[], max = MAX_SHOWN_GROUPS): { shown: IssueGroup[]; hidden: number } {
  const groups = groupIssues(issues);
  return { shown: groups.slice(0, max), hidden: Math.max(0, groups.length - max) };
}

/** The issue a group goes to: its first row (the whole sheet or column when it has no row). */
export function groupTarget(group: IssueGroup): Issue {
  const target: Issue = { severity: group.severity, sheet: group.sheet, row: group.rows[0] ?? null, column: group.column, message: group.message };
  if (group.code !== null) target.code = group.code;
  return target;
}

/** What a group counts: cells when it names a column, rows when only rows, else occurrences. */
export function groupUnit(group: IssueGroup): 'cells' | 'rows' | 'times' {
  if (group.column) return 'cells';
  return group.rows.length > 0 ? 'rows' : 'times';
}

/** Whether the group has rows beyond those it lists. */
export function groupHasMoreRows(group: IssueGroup): boolean {
  return group.count > group.rows.length && group.rows.length > 0;
}
