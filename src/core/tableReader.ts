import { isBlank } from './cells';
import { message } from './messages';
import { TableSpec } from './schema';
import { columnLetter, normalizeLabel } from './text';
import { Issue, Language, RawCell, RawTable } from './types';

/** How far down the header row may be: exports carry title rows above it. */
export const HEADER_SEARCH_ROWS = 20;

export interface LocatedTable {
  sheet: string;
  /** Column index (0-based, within raw rows) of each found column key. */
  columns: Map<string, number>;
  /** Header label as written, by key, for messages. */
  headerText: Map<string, string>;
  /** Index into raw rows of the first data row. */
  firstDataIndex: number;
  raw: RawTable;
}

/**
 * Finds the header row of a table (the row in the first 20 that matches the
 * most known labels) and the column of each known label. Unknown columns are
 * ignored. A missing required column is one error naming the labels accepted.
 */
export function locateTable(raw: RawTable, spec: TableSpec, language: Language): { table: LocatedTable | null; issues: Issue[] } {
  const lookup = new Map<string, string>();
  for (const c of spec.columns) for (const l of c.labels) lookup.set(normalizeLabel(l), c.key);

  let best = -1;
  let bestColumns = new Map<string, number>();
  const limit = Math.min(raw.rows.length, HEADER_SEARCH_ROWS);
  for (let i = 0; i < limit; i++) {
    const found = matchRow(raw.rows[i], lookup);
    if (found.size > bestColumns.size) {
      best = i;
      bestColumns = found;
    }
  }
  const sheetIssue = (text: string, row: number | null = null): Issue => ({ severity: 'error', sheet: raw.sheet, row, column: null, message: text });
  if (best < 0 || bestColumns.size < Math.min(2, spec.columns.filter((c) => c.required).length)) {
    const expected = spec.columns.filter((c) => c.required).map((c) => c.labels[0]).join(', ');
    return { table: null, issues: [sheetIssue(message('noHeader', language, { expected }))] };
  }
  const issues: Issue[] = [];
  for (const c of spec.columns) {
    if (c.required && !bestColumns.has(c.key)) {
      const expected = c.labels.map((l) => `"${l}"`).join(', ');
      issues.push(sheetIssue(message('missingColumn', language, { label: c.labels[0], expected }), raw.firstRow + best));
    }
  }
  if (issues.length > 0) return { table: null, issues };
  const headerText = new Map<string, string>();
  for (const [key, index] of bestColumns) headerText.set(key, String(raw.rows[best][index] ?? '').trim());
  return { table: { sheet: raw.sheet, columns: bestColumns, headerText, firstDataIndex: best + 1, raw }, issues };
}

function matchRow(row: RawCell[] | undefined, lookup: Map<string, string>): Map<string, number> {
  const found = new Map<string, number>();
  if (!row) return found;
  for (let c = 0; c < row.length; c++) {
    const cell = row[c];
    if (typeof cell !== 'string') continue;
    const key = lookup.get(normalizeLabel(cell));
    if (key && !found.has(key)) found.set(key, c);
  }
  return found;
}

/** A data row of a located table, with the means to name its cells in messages. */
export interface TableRow {
  /** Worksheet row number. */
  row: number;
  get(key: string): RawCell;
  /** `C (Ngày tiếp nhận)`: the letter and header of a column, for messages. */
  column(key: string): string;
}

/** The data rows of a located table, skipping blank rows. */
export function* tableRows(table: LocatedTable): Generator<TableRow> {
  const { raw, columns } = table;
  const used = [...columns.values()];
  const naming = new Map<string, string>();
  for (const [key, index] of columns) naming.set(key, `${columnLetter(raw.firstColumn + index)} (${table.headerText.get(key)})`);
  const column = (key: string) => naming.get(key) ?? key;
  for (let i = table.firstDataIndex; i < raw.rows.length; i++) {
    const cells = raw.rows[i];
    if (!cells || used.every((c) => isBlank(cells[c]))) continue;
    yield {
      row: raw.firstRow + i,
      get: (key: string) => {
        const index = columns.get(key);
        return index === undefined ? null : cells[index];
      },
      column,
    };
  }
}
