/**
 * What the user types for one report and period beside the dossier log: its figures (`SoLieu`)
 * and its narrative sections (`NoiDung`). Two things, both read and written by the task pane:
 *
 * - `typedContentOf`: every figure and section the report prints, with what the workbook holds
 *   for that report and period (as the reader and `reportDataFor` see it), empty = still to fill;
 * - `planContentWrites`: the cells to write so that the workbook holds new values, worked out
 *   from the sheets as they are, so both writers (Office.js in Excel, ExcelJS in preview) do
 *   the same.
 *
 * The write rules, in the reader's terms (`inputs.ts`):
 * - A period's rows are those under the key the reader uses for it (`entriesForPeriod`: its own
 *   key, `2023-Q2`, else rows naming the same days); new rows get that key.
 * - A figure already there keeps its row: the last row naming it (the one the reader uses) gets
 *   the new value; emptied, every row of it loses its value (period and name stay, a row the
 *   reader skips). A figure not there is a new row: period, `Chỉ tiêu` (its Vietnamese label;
 *   `Mã chỉ tiêu` only in a sheet without `Chỉ tiêu`), value as a number.
 * - A section is one paragraph a row (as the reader reads it). Unchanged, nothing is written.
 *   Changed: the rows written for this report alone (`Báo cáo` naming only it) get the new
 *   paragraphs in order, rows left over are emptied, paragraphs left over are new rows with
 *   the report's Vietnamese name in `Báo cáo`. Rows shared with other reports (blank `Báo cáo` =
 *   every report, or a list of reports) are kept for the others: this report's name is taken
 *   out of their `Báo cáo` (a blank one gets the other reports' names).
 * - A sheet without `Báo cáo` gets that column (its existing rows stay every report's); a
 *   workbook without `SoLieu` or `NoiDung` gets the sheet, headed as the sample's.
 * - Trailing blank rows of a table are filled before rows are added below it.
 * Text cells are text (the writers store them with the Text format, never as formulas: `=1+1`,
 * `- đoạn…`, `+84`, `@x` stay as typed); figure values are numbers.
 */
import { cellText, isBlank, parseNumberCell } from './cells';
import { FIGURE_KEYS, figureKeyFromText } from './figureKeys';
import { sectionKey } from './inputs';
import { message } from './messages';
import { entriesForPeriod, keyOfPeriod, periodKey } from './periodData';
import { REPORT_KEYS, reportFromName, reportName, type ReportKey } from './reportNames';
import { FIGURE_TABLE, headerOf, NARRATIVE_TABLE, type TableSpec } from './schema';
import { locateTable, tableRows, type LocatedTable, type TableRow } from './tableReader';
import { ALL_REPORTS, type Inputs, type Period, type RawCell, type RawTable } from './types';

/** What a report prints that the user types: its figure keys and its `NoiDung` sections. */
export interface ContentLayout {
  report: ReportKey;
  figureKeys: readonly string[];
  sections: readonly { section: string; title: string; optional?: boolean }[];
}

export interface TypedFigure {
  key: string;
  /** The Vietnamese label (`Chỉ tiêu`), the report's own words. */
  label: string;
  /** How to count it, where the label alone does not say. */
  note?: string;
  /** The section of the report that prints it (`I.4`). */
  section: string;
  /** Null: not in `SoLieu` for the period (the report shows a placeholder unless optional). */
  value: number | null;
  optional: boolean;
}

export interface TypedSection {
  /** The `Mục` (`I.7`, `II`, `Mở đầu`). */
  section: string;
  /** Its heading, to guide the user. */
  title: string;
  /** As the report prints them, in order; empty: still to write. */
  paragraphs: string[];
  /** Printed only when written: left empty, no placeholder. */
  optional: boolean;
}

export interface TypedContent {
  figures: TypedFigure[];
  sections: TypedSection[];
}

/** New values to save: only the figures and sections listed are written. */
export interface ContentValues {
  figures: readonly { key: string; value: number | null }[];
  sections: readonly { section: string; paragraphs: readonly string[] }[];
}

/** The report's figures and sections, with what the workbook holds for the period. */
export function typedContentOf(inputs: Pick<Inputs, 'figures' | 'narratives'>, period: Period, layout: ContentLayout): TypedContent {
  const figures = entriesForPeriod(inputs.figures, period) ?? {};
  const byReport = entriesForPeriod(inputs.narratives, period) ?? {};
  const narratives = byReport[layout.report] ?? byReport[ALL_REPORTS] ?? {};
  return {
    figures: layout.figureKeys.map((key) => {
      const known = FIGURE_KEYS.find((f) => f.key === key);
      return {
        key,
        label: known?.label ?? key,
        ...(known?.note ? { note: known.note } : {}),
        section: known?.section ?? '',
        value: figures[key] ?? null,
        optional: known?.optional === true,
      };
    }),
    sections: layout.sections.map((s) => ({
      section: s.section,
      title: s.title,
      paragraphs: (narratives[s.section] ?? []).map((p) => p.trim()).filter((p) => p !== ''),
      optional: s.optional === true,
    })),
  };
}

/** How many figures and sections are still empty, optional ones left out: what the report shows as placeholders. */
export function emptyContentCount(content: TypedContent): { figures: number; sections: number } {
  return {
    figures: content.figures.filter((f) => f.value === null && !f.optional).length,
    sections: content.sections.filter((s) => s.paragraphs.length === 0 && !s.optional).length,
  };
}

/** A cell to write: text, a number, or null to empty it. */
export type ContentCell = string | number | null;

/** One cell, in worksheet coordinates (1-based). */
export interface ContentWrite {
  row: number;
  col: number;
  value: ContentCell;
}

export interface TablePlan {
  /** `SoLieu` or `NoiDung`. */
  table: string;
  /** The workbook has no such table: a new sheet of that name (its header is in `writes`). */
  create: boolean;
  /** Cells of rows already there (and the header of a new sheet or column). */
  writes: ContentWrite[];
  /** A column added to the table (`Báo cáo`), or null. An Excel table cannot take it from cell writes. */
  newColumn: { col: number; header: string } | null;
  /** New rows below the table, each `width` cells from `appendAt.col`. */
  appends: ContentCell[][];
  appendAt: { row: number; col: number };
  width: number;
}

export interface ContentPlan {
  /** Null: nothing to write there. */
  figures: TablePlan | null;
  narratives: TablePlan | null;
}

/** A table that cannot be written to (no header, a required column missing): the reader's own words. */
export class ContentTableError extends Error {}

/** The writes for `values` into the SoLieu and NoiDung tables as read (null: the workbook has none). */
export function planContentWrites(
  tables: { figures: RawTable | null; narratives: RawTable | null },
  period: Period,
  layout: ContentLayout,
  values: ContentValues,
): ContentPlan {
  return {
    figures: planFigures(tables.figures, period, values.figures),
    narratives: planNarratives(tables.narratives, period, layout.report, values.sections),
  };
}

/** Appended rows as cell writes below the table (plain sheets; an Excel table adds rows instead). Empty cells are left out. */
export function appendedCells(plan: TablePlan): ContentWrite[] {
  return plan.appends.flatMap((cells, i) =>
    cells.flatMap((value, j) => (value === null || value === '' ? [] : [{ row: plan.appendAt.row + i, col: plan.appendAt.col + j, value }])),
  );
}

const labelOf = (spec: TableSpec, key: string): string => spec.columns.find((c) => c.key === key)!.labels[0];

/** A new SoLieu as the sample's: period, Vietnamese label, value (no internal keys). */
const NEW_FIGURE_COLUMNS = ['period', 'label', 'value'];

function locate(raw: RawTable, spec: TableSpec): LocatedTable {
  const { table, issues } = locateTable(raw, spec, 'vi');
  if (table) return table;
  const en = locateTable(raw, spec, 'en').issues;
  throw new ContentTableError(
    `Không ghi được vào trang ${raw.sheet}: ${issues.map((i) => i.message).join(' ')} / Cannot write to the ${raw.sheet} sheet: ${en.map((i) => i.message).join(' ')}`,
  );
}

/** Where a table's rows and columns are, and how its new rows are laid out. */
class TableCursor {
  readonly writes: ContentWrite[] = [];
  readonly appends: ContentCell[][] = [];
  newColumn: { col: number; header: string } | null = null;
  width: number;
  /** The key of `newColumn`. */
  private addedKey: string | null = null;
  /** Indexes (into raw rows) of the blank rows at the table's end, filled before rows are added. */
  private readonly spare: number[];

  constructor(readonly table: LocatedTable) {
    const raw = table.raw;
    this.width = raw.rows.reduce((w, r) => Math.max(w, r?.length ?? 0), 0);
    const used = [...table.columns.values()];
    let last = raw.rows.length;
    while (last > table.firstDataIndex && used.every((c) => isBlank(raw.rows[last - 1]?.[c]))) last--;
    this.spare = [];
    for (let i = last; i < raw.rows.length; i++) this.spare.push(i);
  }

  has(key: string): boolean {
    return this.table.columns.has(key) || (key === this.addedKey && this.newColumn !== null);
  }

  /** The column (1-based) of a key. */
  col(key: string): number {
    const index = this.table.columns.get(key);
    if (index !== undefined) return this.table.raw.firstColumn + index;
    if (key === this.addedKey && this.newColumn) return this.newColumn.col;
    throw new Error(`no column ${key}`);
  }

  /** Adds a column headed `header` right of the table, for `key`. */
  addColumn(key: string, header: string): void {
    const raw = this.table.raw;
    const col = raw.firstColumn + this.width;
    this.addedKey = key;
    this.newColumn = { col, header };
    this.width += 1;
    this.writes.push({ row: raw.firstRow + this.table.firstDataIndex - 1, col, value: header });
  }

  set(r: TableRow, key: string, value: ContentCell): void {
    const current = this.table.columns.has(key) ? r.get(key) : null;
    if (sameCell(current, value)) return;
    this.writes.push({ row: r.row, col: this.col(key), value });
  }

  /** A new row: into a spare blank row of the table, else below it. */
  add(cells: Record<string, ContentCell>): void {
    const raw = this.table.raw;
    const spare = this.spare.shift();
    if (spare !== undefined) {
      const filled = Object.entries(cells).filter(([, value]) => value !== null).map(([key, value]) => ({ row: raw.firstRow + spare, col: this.col(key), value }));
      this.writes.push(...filled.sort((a, b) => a.col - b.col));
      return;
    }
    const row = new Array<ContentCell>(this.width).fill(null);
    for (const [key, value] of Object.entries(cells)) row[this.col(key) - raw.firstColumn] = value;
    this.appends.push(row);
  }

  plan(name: string): TablePlan | null {
    if (this.writes.length === 0 && this.appends.length === 0) return null;
    const raw = this.table.raw;
    // Rows added after the used width grew (a new column): every row as wide as the table.
    const appends = this.appends.map((r) => (r.length < this.width ? [...r, ...new Array<ContentCell>(this.width - r.length).fill(null)] : r));
    return {
      table: name,
      create: false,
      writes: this.writes,
      newColumn: this.newColumn,
      appends,
      appendAt: { row: raw.firstRow + raw.rows.length, col: raw.firstColumn },
      width: this.width,
    };
  }
}

function sameCell(current: RawCell, value: ContentCell): boolean {
  if (value === null || value === '') return isBlank(current);
  if (typeof value === 'number') return typeof current === 'number' && current === value;
  return typeof current === 'string' && current === value;
}

/** A row's period key, or null (blank, or no period). */
function rowPeriod(r: TableRow): string | null {
  const text = cellText(r.get('period'));
  return text ? periodKey(text) : null;
}

/**
 * The key the reader files this period under, from the keys of the rows it keeps (in row
 * order): the period's own, else the first naming the same days (`entriesForPeriod`); the
 * period's own key when it has no rows yet.
 */
function readerKey(keysInOrder: readonly string[], period: Period): string {
  const byKey: Record<string, string> = {};
  for (const k of keysInOrder) byKey[k] ??= k;
  return entriesForPeriod(byKey, period) ?? keyOfPeriod(period);
}

/** The figure a SoLieu row names, as the reader decides it (`Mã chỉ tiêu` first, then `Chỉ tiêu`). */
function rowFigure(r: TableRow, table: LocatedTable): string | null {
  for (const column of ['key', 'label']) {
    if (!table.columns.has(column)) continue;
    const text = cellText(r.get(column));
    const key = text ? figureKeyFromText(text) : null;
    if (key) return key;
  }
  return null;
}

function wholeCount(cell: RawCell): number | null {
  const parsed = parseNumberCell(cell);
  return parsed.ok && parsed.value !== null && Number.isInteger(parsed.value) && parsed.value >= 0 ? parsed.value : null;
}

function planFigures(raw: RawTable | null, period: Period, values: ContentValues['figures']): TablePlan | null {
  const known = values.filter((v) => FIGURE_KEYS.some((f) => f.key === v.key));
  const labelFor = (key: string) => FIGURE_KEYS.find((f) => f.key === key)!.label;
  if (!raw) {
    const rows = known.filter((v) => v.value !== null).map((v) => [keyOfPeriod(period), labelFor(v.key), v.value]);
    if (rows.length === 0) return null;
    const header = NEW_FIGURE_COLUMNS.map((k) => labelOf(FIGURE_TABLE, k));
    return {
      table: FIGURE_TABLE.name,
      create: true,
      writes: header.map((value, i) => ({ row: 1, col: i + 1, value })),
      newColumn: null,
      appends: rows,
      appendAt: { row: 2, col: 1 },
      width: header.length,
    };
  }
  const table = locate(raw, FIGURE_TABLE);
  if (!table.columns.has('key') && !table.columns.has('label')) {
    const vi = message('missingColumn', 'vi', { label: 'Chỉ tiêu / Mã chỉ tiêu', expected: '"Chỉ tiêu", "Mã chỉ tiêu"' });
    const en = message('missingColumn', 'en', { label: 'Chỉ tiêu / Mã chỉ tiêu', expected: '"Chỉ tiêu", "Mã chỉ tiêu"' });
    throw new ContentTableError(`Không ghi được vào trang ${raw.sheet}: ${vi} / Cannot write to the ${raw.sheet} sheet: ${en}`);
  }
  const rows = [...tableRows(table)].map((r) => ({ r, period: rowPeriod(r), figure: rowFigure(r, table), value: wholeCount(r.get('value')) }));
  const key = readerKey(rows.filter((x) => x.period !== null && x.figure !== null && x.value !== null).map((x) => x.period!), period);
  const cursor = new TableCursor(table);
  for (const v of known) {
    const mine = rows.filter((x) => x.period === key && x.figure === v.key);
    const printed = [...mine].reverse().find((x) => x.value !== null)?.value ?? null;
    if (printed === v.value) continue;
    if (v.value === null) {
      for (const x of mine) cursor.set(x.r, 'value', null);
    } else if (mine.length > 0) {
      cursor.set(mine[mine.length - 1].r, 'value', v.value);
    } else {
      const cells: Record<string, ContentCell> = { period: key, value: v.value };
      if (table.columns.has('label')) cells.label = labelFor(v.key);
      else cells.key = v.key;
      cursor.add(cells);
    }
  }
  return cursor.plan(FIGURE_TABLE.name);
}

/** How a NoiDung row's `Báo cáo` relates to the report: its own, shared with others (blank: every report), or another's. */
function rowReports(r: TableRow, table: LocatedTable): { parts: string[]; ids: (ReportKey | null)[] } {
  const text = table.columns.has('report') ? cellText(r.get('report')) : '';
  const parts = text.split(/[;\n]/).map((t) => t.trim()).filter(Boolean);
  return { parts, ids: parts.map((p) => reportFromName(p)) };
}

/** Paragraphs as compared: one a line, trimmed, blank lines left out. */
const lines = (paragraphs: readonly string[]): string[] => paragraphs.flatMap((p) => p.split(/\r?\n/)).map((p) => p.trim()).filter((p) => p !== '');

function planNarratives(raw: RawTable | null, period: Period, report: ReportKey, values: ContentValues['sections']): TablePlan | null {
  const name = reportName(report) ?? report;
  const wanted = values.map((v) => ({ section: sectionKey(v.section), paragraphs: lines(v.paragraphs) })).filter((v) => v.section !== '');
  if (!raw) {
    const rows = wanted.flatMap((v) => v.paragraphs.map((text) => [keyOfPeriod(period), name, v.section, text]));
    if (rows.length === 0) return null;
    const header = headerOf(NARRATIVE_TABLE);
    return {
      table: NARRATIVE_TABLE.name,
      create: true,
      writes: header.map((value, i) => ({ row: 1, col: i + 1, value })),
      newColumn: null,
      appends: rows,
      appendAt: { row: 2, col: 1 },
      width: header.length,
    };
  }
  const table = locate(raw, NARRATIVE_TABLE);
  const rows = [...tableRows(table)].map((r) => {
    const { parts, ids } = rowReports(r, table);
    return { r, period: rowPeriod(r), section: sectionKey(cellText(r.get('section'))), text: cellText(r.get('text')), parts, ids };
  });
  // The rows the reader keeps: a period, a section, a text, and a blank `Báo cáo` or one naming a report.
  const kept = rows.filter((x) => x.period !== null && x.section !== '' && x.text !== '' && (x.parts.length === 0 || x.ids.some((id) => id !== null)));
  const key = readerKey(kept.map((x) => x.period!), period);
  const cursor = new TableCursor(table);
  for (const v of wanted) {
    const inSection = kept.filter((x) => x.period === key && x.section === v.section);
    // Its own: `Báo cáo` names this report and no other (a name that is no report is printed nowhere).
    const own = inSection.filter((x) => x.ids.includes(report) && x.ids.every((id) => id === report || id === null));
    const shared = inSection.filter((x) => !own.includes(x) && (x.parts.length === 0 || x.ids.includes(report)));
    const printed = lines(inSection.filter((x) => own.includes(x) || shared.includes(x)).map((x) => x.text));
    if (printed.length === v.paragraphs.length && printed.every((p, i) => p === v.paragraphs[i])) continue;
    if (!cursor.has('report')) cursor.addColumn('report', labelOf(NARRATIVE_TABLE, 'report'));
    for (const x of shared) {
      const others = x.parts.length === 0 ? REPORT_KEYS.filter((id) => id !== report) : [...new Set(x.ids.filter((id): id is ReportKey => id !== null && id !== report))];
      cursor.set(x.r, 'report', others.map((id) => reportName(id) ?? id).join('; '));
    }
    own.forEach((x, i) => {
      if (i < v.paragraphs.length) {
        cursor.set(x.r, 'text', v.paragraphs[i]);
        return;
      }
      for (const column of ['period', 'report', 'section', 'text']) if (table.columns.has(column)) cursor.set(x.r, column, null);
    });
    for (const text of v.paragraphs.slice(own.length)) cursor.add({ period: key, report: name, section: v.section, text });
  }
  return cursor.plan(NARRATIVE_TABLE.name);
}
