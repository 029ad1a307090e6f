/**
 * Data issues as the task pane lists them: where each one is (an A1 address to select in
 * Excel), how many errors and warnings there are, in a stable order.
 */
import type { Issue } from '../../core/types';

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
