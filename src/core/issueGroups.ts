import { Issue, IssueGroup } from './types';

/** How many rows a group lists; the count says how many there are in all. */
export const ISSUE_GROUP_ROWS = 10;

/**
 * Gathers identical problems into groups (sheet, column, kind, message), errors first, then
 * in the order each first occurs. `issues` keeps one entry per cell; this is what people read.
 */
export function groupIssues(issues: readonly Issue[]): IssueGroup[] {
  const groups = new Map<string, IssueGroup>();
  for (const issue of issues) {
    const key = `${issue.severity}\u0000${issue.sheet}\u0000${issue.column ?? ''}\u0000${issue.code ?? ''}\u0000${issue.message}`;
    let group = groups.get(key);
    if (!group) {
      group = { severity: issue.severity, sheet: issue.sheet, column: issue.column, code: issue.code ?? null, message: issue.message, count: 0, rows: [] };
      groups.set(key, group);
    }
    group.count++;
    if (issue.row !== null && group.rows.length < ISSUE_GROUP_ROWS) group.rows.push(issue.row);
  }
  const list = [...groups.values()];
  for (const g of list) g.rows.sort((a, b) => a - b);
  return [...list.filter((g) => g.severity === 'error'), ...list.filter((g) => g.severity === 'warning')];
}
