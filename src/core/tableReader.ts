import { isBlank } from './cells';
import { message } from './messages';
import { TableSpec } from './schema';
import { columnLetter, normalizeLabel } from './text';
import { Issue, Language, RawCell, RawTable } from './types';

/** How far down the header row may be: exports carry title rows above it. */
export const HEADER_SEARCH_ROWS = 20;

const MAX_LABEL_LENGTH = 200;

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
  const headerRowOf = new Map<string, number>();
  for (const key of bestColumns.keys()) headerRowOf.set(key, best);
  let firstDataIndex = best + 1;
  for (const other of [best - 1, best + 1]) {
    const extra = other >= 0 && other < raw.rows.length ? subHeaderColumns(raw.rows[other], raw.rows[best], other > best, bestColumns, lookup) : null;
    if (!extra) continue;
    for (const [key, index] of extra) {
      bestColumns.set(key, index);
      headerRowOf.set(key, other);
    }
    if (other > best) firstDataIndex = other + 1;
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
  for (const [key, index] of bestColumns) headerText.set(key, String(raw.rows[headerRowOf.get(key)!][index] ?? '').trim());
  return { table: { sheet: raw.sheet, columns: bestColumns, headerText, firstDataIndex, raw }, issues };
}

/**
 * A header on two rows, as exports lay it out: a group cell (`Kết quả giải quyết`)
 * merged over its sub-headers (`Hạn trả kết quả`, `Ngày có kết quả`) on the next
 * row, the other headers merged down over both rows. Returns the columns the
 * neighbouring row adds, or null when it is not part of the header. A row below
 * counts only if it is blank (or repeats the header) under every column already
 * found, so a data row never does.
 */
function subHeaderColumns(
  row: RawCell[] | undefined,
  headerRow: RawCell[],
  below: boolean,
  found: Map<string, number>,
  lookup: Map<string, string>,
): Map<string, number> | null {
  if (!row) return null;
  const used = new Set(found.values());
  const extra = new Map<string, number>();
  for (const [key, index] of matchRow(row, lookup)) if (!found.has(key) && !used.has(index)) extra.set(key, index);
  if (extra.size === 0) return null;
  if (below) {
    for (const index of used) {
      const cell = row[index];
      if (!isBlank(cell) && cell !== headerRow[index]) return null;
    }
  }
  return extra;
}

function matchRow(row: RawCell[] | undefined, lookup: Map<string, string>): Map<string, number> {
  const found = new Map<string, number>();
  if (!row) return found;
  for (let c = 0; c < row.length; c++) {
    const cell = row[c];
    // A label is short; a pasted document in a cell is not worth normalising 20 times.
    if (typeof cell !== 'string' || cell.length > MAX_LABEL_LENGTH) continue;
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
  /** The row's first non-blank cell, in any column (a `Tổng cộng` label may sit in an `STT` column). */
  firstValue(): RawCell;
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
      firstValue: () => cells.find((c) => !isBlank(c)) ?? null,
      column,
    };
  }
}
