import { isBlank } from './cells';
import { message } from './messages';
import { TableSpec } from './schema';
import { columnLetter, normalizeLabel } from './text';
import { CellArea, Issue, Language, RawCell, RawTable } from './types';

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

/** A header may span this many rows (a group label merged over its sub-labels). */
export const MAX_HEADER_ROWS = 3;

/**
 * Gives every cell of a merged area the value of its top-left cell: a "Lĩnh vực" merged down
 * over its procedures belongs to each of their rows, a header merged over two rows names both.
 * One rule for every reader (the .xlsx and HTML readers and Office.js report merges, never fill them).
 */
export function fillMerges(raw: RawTable): RawTable {
  if (!raw.merges || raw.merges.length === 0) return raw;
  const rows = raw.rows.slice();
  const copied = new Set<number>();
  for (const m of raw.merges) {
    const value = rows[m.top]?.[m.left] ?? null;
    for (let r = m.top; r <= m.bottom; r++) {
      if (!copied.has(r)) {
        rows[r] = (rows[r] ?? []).slice();
        copied.add(r);
      }
      const row = rows[r];
      for (let c = m.left; c <= m.right; c++) row[c] = value;
    }
  }
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  return { ...raw, rows };
}

interface LabelLookup {
  /** Normalised label → column key and the label's rank among the key's labels (0 is preferred). */
  labels: Map<string, { key: string; rank: number }>;
}

function labelLookup(spec: TableSpec): LabelLookup {
  const labels = new Map<string, { key: string; rank: number }>();
  for (const c of spec.columns) c.labels.forEach((l, rank) => labels.set(normalizeLabel(l), { key: c.key, rank }));
  return { labels };
}

interface HeaderMatch {
  columns: Map<string, number>;
  headerText: Map<string, string>;
}

/**
 * Finds the header (a row in the first 20, or 2–3 rows where a group label is merged over its
 * sub-labels: labels read "top > sub", and a sub-label alone also matches) and the column of
 * each known label. Unknown columns are ignored. A missing required column is one error naming
 * the labels accepted. Merged areas are filled first (`fillMerges`).
 */
export function locateTable(input: RawTable, spec: TableSpec, language: Language): { table: LocatedTable | null; issues: Issue[] } {
  const raw = fillMerges(input);
  const lookup = labelLookup(spec);
  let best = -1;
  let depth = 1;
  let bestMatch: HeaderMatch = { columns: new Map(), headerText: new Map() };
  const limit = Math.min(raw.rows.length, HEADER_SEARCH_ROWS);
  for (let i = 0; i < limit; i++) {
    for (let d = 1; d <= MAX_HEADER_ROWS && i + d <= raw.rows.length; d++) {
      const found = matchHeader(raw.rows, i, d, lookup);
      if (found.columns.size > bestMatch.columns.size) {
        best = i;
        depth = d;
        bestMatch = found;
      }
    }
  }
  const sheetIssue = (text: string, row: number | null = null): Issue => ({ severity: 'error', sheet: raw.sheet, row, column: null, message: text, code: 'noHeader' });
  const bestColumns = bestMatch.columns;
  if (best < 0 || bestColumns.size < Math.min(2, spec.columns.filter((c) => c.required).length)) {
    const expected = spec.columns.filter((c) => c.required).map((c) => c.labels[0]).join(', ');
    return { table: null, issues: [sheetIssue(message('noHeader', language, { expected }))] };
  }
  const issues: Issue[] = [];
  for (const c of spec.columns) {
    if (c.required && !bestColumns.has(c.key)) {
      const expected = c.labels.map((l) => `"${l}"`).join(', ');
      issues.push({ ...sheetIssue(message('missingColumn', language, { label: c.labels[0], expected }), raw.firstRow + best), code: 'missingColumn' });
    }
  }
  if (issues.length > 0) return { table: null, issues };
  let firstDataIndex = best + depth;
  if (isColumnNumberRow(raw.rows[firstDataIndex])) firstDataIndex++;
  return { table: { sheet: raw.sheet, columns: bestColumns, headerText: bestMatch.headerText, firstDataIndex, raw }, issues };
}

/** How many columns of a table's spec a row (or 2–3 rows) of labels matches: what finds a table on a sheet named "Sheet1". */
export function headerScore(raw: RawTable, spec: TableSpec): { matched: number; required: number } {
  const filled = fillMerges(raw);
  const lookup = labelLookup(spec);
  const requiredKeys = new Set(spec.columns.filter((c) => c.required).map((c) => c.key));
  let matched = 0;
  let required = 0;
  const limit = Math.min(filled.rows.length, HEADER_SEARCH_ROWS);
  for (let i = 0; i < limit; i++) {
    for (let d = 1; d <= MAX_HEADER_ROWS && i + d <= filled.rows.length; d++) {
      const { columns } = matchHeader(filled.rows, i, d, lookup);
      const req = [...columns.keys()].filter((k) => requiredKeys.has(k)).length;
      if (req > required || (req === required && columns.size > matched)) {
        matched = columns.size;
        required = req;
      }
    }
  }
  return { matched, required };
}

/**
 * The labels of rows [top, top + depth) read column by column: the distinct texts from top to
 * bottom ("Kết quả giải quyết > Ngày có kết quả"); the whole, then each shorter tail, is
 * looked up. A key found in several columns keeps the one whose label it prefers.
 */
function matchHeader(rows: RawCell[][], top: number, depth: number, lookup: LabelLookup): HeaderMatch {
  const columns = new Map<string, number>();
  const headerText = new Map<string, string>();
  const ranks = new Map<string, number>();
  let width = 0;
  for (let r = top; r < top + depth; r++) width = Math.max(width, rows[r]?.length ?? 0);
  for (let c = 0; c < width; c++) {
    const parts: string[] = [];
    for (let r = top; r < top + depth; r++) {
      const cell = rows[r]?.[c];
      // A label is short; a pasted document in a cell is not worth normalising 20 times.
      if (typeof cell !== 'string' || cell.length > MAX_LABEL_LENGTH) continue;
      const text = cell.trim();
      if (text && parts[parts.length - 1] !== text) parts.push(text);
    }
    for (let k = 0; k < parts.length; k++) {
      const hit = lookup.labels.get(normalizeLabel(parts.slice(k).join(' ')));
      if (!hit) continue;
      const rank = ranks.get(hit.key);
      if (rank === undefined || hit.rank < rank) {
        columns.set(hit.key, c);
        ranks.set(hit.key, hit.rank);
        headerText.set(hit.key, parts.join(' > '));
      }
      break;
    }
  }
  return { columns, headerText };
}

/** The "(1) (2) … (13)" row official forms put under their header. */
function isColumnNumberRow(row: RawCell[] | undefined): boolean {
  if (!row) return false;
  let last = 0;
  let seen = 0;
  for (const cell of row) {
    if (isBlank(cell)) continue;
    const m = /^\(?\s*(\d{1,3})\s*\)?$/.exec(String(cell).trim());
    if (!m || Number(m[1]) <= last) return false;
    last = Number(m[1]);
    seen++;
  }
  return seen >= 3;
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

/**
 * The data row a located table makes of its raw row `index` (0-based, into `raw.rows`) holding
 * `cells`, or null for a blank one: what `tableRows` yields, for rows that stream in one at a
 * time rather than sit in `raw.rows`.
 */
export function tableRowReader(table: LocatedTable): (index: number, cells: RawCell[] | undefined) => TableRow | null {
  const { raw, columns } = table;
  const used = [...columns.values()];
  const naming = new Map<string, string>();
  for (const [key, index] of columns) naming.set(key, `${columnLetter(raw.firstColumn + index)} (${table.headerText.get(key)})`);
  return (index, cells) => {
    if (!cells || used.every((c) => isBlank(cells[c]))) return null;
    return new DataRow(raw.firstRow + index, cells, columns, naming);
  };
}

/** A TableRow as a class: one object a row, not four (a log may have a million rows). */
class DataRow implements TableRow {
  constructor(
    readonly row: number,
    private readonly cells: RawCell[],
    private readonly columns: Map<string, number>,
    private readonly naming: Map<string, string>,
  ) {}

  get(key: string): RawCell {
    const i = this.columns.get(key);
    return i === undefined ? null : this.cells[i];
  }

  firstValue(): RawCell {
    return this.cells.find((c) => !isBlank(c)) ?? null;
  }

  column(key: string): string {
    return this.naming.get(key) ?? key;
  }
}

/** The data rows of a located table, skipping blank rows. */
export function* tableRows(table: LocatedTable): Generator<TableRow> {
  const read = tableRowReader(table);
  const rows = table.raw.rows;
  for (let i = table.firstDataIndex; i < rows.length; i++) {
    const row = read(i, rows[i]);
    if (row) yield row;
  }
}

/**
 * `fillMerges` for rows that come one at a time, in order: gives each the values of the merged
 * areas over it, and makes the rows a merge covers that the file left out (`rows` of the
 * stream skip them). Call `row` for every row as it comes, then `end` for the rows merges
 * cover below the last; each returns the filled rows, with their indices.
 */
export function mergeFiller(merges: readonly CellArea[]): {
  row(index: number, cells: RawCell[]): [number, RawCell[]][];
  end(): [number, RawCell[]][];
} {
  const byTop = [...merges].sort((a, b) => a.top - b.top);
  const lastRow = merges.reduce((m, a) => Math.max(m, a.bottom), -1);
  // The merges whose top row has gone by, with the value of their top-left cell.
  let active: { area: CellArea; value: RawCell }[] = [];
  let next = 0;
  let done = 0;
  const fill = (index: number, cells: RawCell[]): RawCell[] => {
    while (next < byTop.length && byTop[next].top === index) {
      const area = byTop[next++];
      active.push({ area, value: cells[area.left] ?? null });
    }
    // A merge's top-left cell is read before any merge writes to the row, as fillMerges reads the sheet as written.
    if (active.length > 0) {
      active = active.filter((a) => a.area.bottom >= index);
      let copied: RawCell[] | null = null;
      for (const { area, value } of active) {
        if (area.top > index) continue;
        copied ??= cells.slice();
        for (let c = area.left; c <= area.right; c++) copied[c] = value;
      }
      if (copied) return copied;
    }
    return cells;
  };
  const skipped = (from: number, to: number): [number, RawCell[]][] => {
    const out: [number, RawCell[]][] = [];
    for (let i = from; i < to; i++) out.push([i, fill(i, [])]);
    return out;
  };
  return {
    row(index, cells) {
      const out = index > done && merges.length > 0 ? skipped(done, index) : [];
      out.push([index, fill(index, cells)]);
      done = index + 1;
      return out;
    },
    end: () => (lastRow >= done ? skipped(done, lastRow + 1) : []),
  };
}
