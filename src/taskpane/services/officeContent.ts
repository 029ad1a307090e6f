/**
 * The "Số liệu và nội dung" tab inside Excel: SoLieu and NoiDung read and written through
 * Office.js, with the plan of `core/typedContent.ts`.
 *
 * Each is found as the engine finds it (`tablesFromSheets`): an Excel table of that name first,
 * else a sheet of that name. A sheet gets cell writes (new rows below its last row); an Excel
 * table gets its blank rows filled, then rows added to the table; a workbook without it gets the
 * sheet, headed as the sample's. Text is written with the Text format first (kept as typed,
 * never a formula or a number); figures as numbers.
 */
import { cellAddress } from '../../adapters/officejs/a1';
import { columnWidthToPoints } from '../../adapters/officejs/units';
import type { RawTables } from '../../core/inputs';
import { inputTableName } from '../../core/schema';
import type { Period, RawCell, RawTable } from '../../core/types';
import type { ReportId } from '../../templates';
import {
  appendedCells,
  CONTENT_TABLES,
  contentOf,
  ContentTableError,
  NEW_SHEET_WIDTHS,
  planContent,
  type ContentCell,
  type ContentValues,
  type ContentWrite,
  type TablePlan,
  type TypedContent,
} from './contentSheets';
import { UserFacingError } from './types';

type Source =
  | { kind: 'sheet'; worksheet: Excel.Worksheet; raw: RawTable | null }
  | { kind: 'table'; worksheet: Excel.Worksheet; table: Excel.Table; raw: RawTable };

function rawOf(sheet: string, range: Excel.Range): RawTable {
  const rows = (range.values as RawCell[][]).map((row) => row.map((v) => (v === '' ? null : v)));
  return { sheet, firstRow: range.rowIndex + 1, firstColumn: range.columnIndex + 1, rows };
}

/** Where input table `name` is: an Excel table of that name, else a sheet of that name; with its cells. */
async function findSource(context: Excel.RequestContext, name: string): Promise<Source | null> {
  const { worksheets, tables } = context.workbook;
  worksheets.load('items/name');
  tables.load('items/name');
  await context.sync();
  const table = tables.items.find((t) => inputTableName(t.name) === name);
  if (table) {
    const range = table.getRange();
    range.load('values,rowIndex,columnIndex');
    table.worksheet.load('name');
    await context.sync();
    return { kind: 'table', worksheet: table.worksheet, table, raw: { ...rawOf(table.worksheet.name, range), tableName: table.name } };
  }
  const worksheet = worksheets.items.find((ws) => inputTableName(ws.name) === name);
  if (!worksheet) return null;
  const used = worksheet.getUsedRangeOrNullObject(true);
  used.load('values,rowIndex,columnIndex');
  await context.sync();
  return { kind: 'sheet', worksheet, raw: used.isNullObject ? null : rawOf(worksheet.name, used) };
}

/** The report's figures and sections for the period, from the workbook's SoLieu and NoiDung. */
export async function loadContentFromExcel(context: Excel.RequestContext, report: ReportId, period: Period): Promise<TypedContent> {
  const tables: RawTables = {};
  for (const name of CONTENT_TABLES) {
    const source = await findSource(context, name);
    if (source?.raw) tables[name] = source.raw;
  }
  return contentOf(tables, report, period);
}

/** Writes the figures and sections into SoLieu and NoiDung; a table that cannot take them is refused before anything is written. */
export async function saveContentToExcel(context: Excel.RequestContext, report: ReportId, period: Period, content: ContentValues): Promise<void> {
  const [figureName, narrativeName] = CONTENT_TABLES;
  const figures = await findSource(context, figureName);
  const narratives = await findSource(context, narrativeName);
  let plan;
  try {
    plan = planContent({ figures: figures?.raw ?? null, narratives: narratives?.raw ?? null }, report, period, content);
  } catch (e) {
    if (e instanceof ContentTableError) throw new UserFacingError(e.message);
    throw e;
  }
  const steps = [
    [plan.figures, figures],
    [plan.narratives, narratives],
  ] as const;
  for (const [tablePlan, source] of steps) {
    if (tablePlan?.newColumn && source?.kind === 'table') {
      const header = tablePlan.newColumn.header;
      throw new UserFacingError(
        `Bảng ${source.table.name} (Excel table) chưa có cột “${header}”: thêm cột này vào bảng rồi lưu lại. / ` +
          `The Excel table ${source.table.name} has no “${header}” column: add it to the table and save again.`,
      );
    }
  }
  for (const [tablePlan, source] of steps) {
    if (tablePlan) await apply(context, tablePlan, source);
  }
}

async function apply(context: Excel.RequestContext, plan: TablePlan, source: Source | null): Promise<void> {
  if (!source) {
    const worksheet = context.workbook.worksheets.add(plan.table);
    queueContentWrites(worksheet, [...plan.writes, ...appendedCells(plan)]);
    (NEW_SHEET_WIDTHS[plan.table] ?? []).forEach((width, i) => {
      worksheet.getRange(cellAddress(1, i + 1)).getEntireColumn().format.columnWidth = columnWidthToPoints(width);
    });
    await context.sync();
    return;
  }
  if (source.kind === 'sheet') {
    queueContentWrites(source.worksheet, [...plan.writes, ...appendedCells(plan)]);
    await context.sync();
    return;
  }
  queueContentWrites(source.worksheet, plan.writes);
  await context.sync();
  const width = source.raw.rows[0]?.length ?? plan.width;
  await appendTableRows(context, source.table, plan.appends.map((r) => r.slice(0, width)), width);
}

/** Queues writes: text with the Text format set first, numbers with General, null as an empty cell. */
export function queueContentWrites(worksheet: Excel.Worksheet, writes: readonly ContentWrite[]): void {
  for (const w of writes) {
    const range = worksheet.getRange(cellAddress(w.row, w.col));
    if (typeof w.value === 'string') {
      range.numberFormat = [['@']];
      range.values = [[w.value]];
      if (w.value.includes('\n')) range.format.wrapText = true;
    } else if (typeof w.value === 'number') {
      range.numberFormat = [['General']];
      range.values = [[w.value]];
    } else {
      range.values = [['']];
    }
  }
}

/** Adds rows to an Excel table: blank rows first, then each cell's format (Text or General) and value. */
async function appendTableRows(context: Excel.RequestContext, table: Excel.Table, rows: ContentCell[][], width: number): Promise<void> {
  if (rows.length === 0) return;
  const full = rows.map((r) => Array.from({ length: width }, (_v, i) => r[i] ?? null));
  table.rows.add(undefined, full.map(() => new Array<string>(width).fill('')));
  const body = table.getDataBodyRange();
  body.load('rowCount');
  await context.sync();
  const added = body.getLastRow().getOffsetRange(-(rows.length - 1), 0).getResizedRange(rows.length - 1, 0);
  added.numberFormat = full.map((r) => r.map((v) => (typeof v === 'number' ? 'General' : '@')));
  added.values = full.map((r) => r.map((v) => v ?? ''));
  await context.sync();
}
