/**
 * The Office.js operations the task pane needs beyond the adapter's `readTables` and
 * `writeReport`: finding and writing ThongTin, creating input tables, selecting a cell.
 * Each takes a request context; the caller runs it in `Excel.run`.
 */
import { cellAddress, columnsAddress, rectAddress } from '../../adapters/officejs/a1';
import { inputTableName } from '../../core/schema';
import { needsTextFormat } from '../../adapters/officejs/textCells';
import { columnWidthToPoints } from '../../adapters/officejs/units';
import { dayFromDate, excelSerialFromDay } from '../../core/days';
import type { RawCell, RawTable } from '../../core/types';
import type { CellWrite } from './infoSheet';
import { headerRowOf, type InputTableTemplate } from './inputTemplates';

/** The input-table names (`HoSo`, `TTHC`…) the workbook already has, as a sheet or an Excel table. */
export async function existingInputNames(context: Excel.RequestContext): Promise<Set<string>> {
  const { worksheets, tables } = context.workbook;
  worksheets.load('items/name');
  tables.load('items/name');
  await context.sync();
  const names = new Set<string>();
  for (const item of [...worksheets.items, ...tables.items]) {
    const name = inputTableName(item.name);
    if (name) names.add(name);
  }
  return names;
}

/** Where ThongTin is: a sheet of that name, else an Excel table of that name; with its cells. */
export type InfoSource =
  | { kind: 'sheet'; worksheet: Excel.Worksheet; raw: RawTable | null }
  | { kind: 'table'; worksheet: Excel.Worksheet; table: Excel.Table; raw: RawTable };

export async function findInfoSource(context: Excel.RequestContext, name: string): Promise<InfoSource | null> {
  const { worksheets, tables } = context.workbook;
  worksheets.load('items/name');
  tables.load('items/name');
  await context.sync();
  const worksheet = worksheets.items.find((ws) => inputTableName(ws.name) === name);
  if (worksheet) {
    const used = worksheet.getUsedRangeOrNullObject(true);
    used.load('values,rowIndex,columnIndex');
    await context.sync();
    return { kind: 'sheet', worksheet, raw: used.isNullObject ? null : rawOf(worksheet.name, used) };
  }
  const table = tables.items.find((t) => inputTableName(t.name) === name);
  if (!table) return null;
  const range = table.getRange();
  range.load('values,rowIndex,columnIndex');
  table.worksheet.load('name');
  await context.sync();
  return { kind: 'table', worksheet: table.worksheet, table, raw: rawOf(table.worksheet.name, range) };
}

function rawOf(sheet: string, range: Excel.Range): RawTable {
  const rows = (range.values as RawCell[][]).map((row) => row.map((v) => (v === '' ? null : v)));
  return { sheet, firstRow: range.rowIndex + 1, firstColumn: range.columnIndex + 1, rows };
}

/** Queues text writes: the Text format first, so Excel keeps each value as typed (never a formula or a number). */
export function queueTextWrites(worksheet: Excel.Worksheet, writes: readonly CellWrite[]): void {
  for (const w of writes) {
    const range = worksheet.getRange(cellAddress(w.row, w.col));
    range.numberFormat = [['@']];
    range.values = [[w.value]];
    if (w.value.includes('\n')) range.format.wrapText = true;
  }
}

/**
 * Adds rows to an Excel table holding text: blank rows first, then their Text format and
 * values (values given to `rows.add` directly would be read as typed input).
 */
export async function appendTableTextRows(context: Excel.RequestContext, table: Excel.Table, columnCount: number, rows: string[][]): Promise<void> {
  if (rows.length === 0) return;
  table.rows.add(undefined, rows.map(() => new Array<string>(columnCount).fill('')));
  const body = table.getDataBodyRange();
  body.load('rowCount');
  await context.sync();
  const added = body.getLastRow().getOffsetRange(-(rows.length - 1), 0).getResizedRange(rows.length - 1, 0);
  added.numberFormat = rows.map((r) => r.map(() => '@'));
  added.values = rows;
  await context.sync();
}

/** A template's cell as Office.js takes it, with the number format that keeps it as meant. */
function officeCell(value: RawCell, column: { date: boolean; text: boolean } | undefined): { value: string | number | boolean; format: string } {
  if (value === null || value === undefined) return { value: '', format: column?.date ? 'dd/mm/yyyy' : column?.text ? '@' : 'General' };
  if (value instanceof Date) return { value: excelSerialFromDay(dayFromDate(value)), format: 'dd/mm/yyyy' };
  if (typeof value === 'string') return { value, format: column?.text || needsTextFormat(value) ? '@' : 'General' };
  return { value, format: column?.date ? 'dd/mm/yyyy' : 'General' };
}

/**
 * Queues one input table: a new sheet of that name with the titles, the header and the rows
 * as an Excel table of the same name (header style, filter buttons), dates as dd/mm/yyyy, codes
 * as text, a drop-down list on each choice column, column widths, the header row frozen.
 */
export function queueInputTable(context: Excel.RequestContext, template: InputTableTemplate): Excel.Worksheet {
  const worksheet = context.workbook.worksheets.add(template.name);
  template.titles.forEach((title, i) => {
    const cell = worksheet.getRange(cellAddress(i + 1, 1));
    cell.numberFormat = [['@']];
    cell.values = [[title]];
    cell.format.font.bold = i === 0;
    cell.format.font.italic = i > 0;
  });
  const headerRow = headerRowOf(template);
  const columns = template.columns.length;
  const dataRows = Math.max(1, template.rows.length);
  const all = rectAddress({ top: headerRow, left: 1, bottom: headerRow + dataRows, right: columns });

  const formats: string[][] = [template.columns.map(() => '@')];
  const values: (string | number | boolean)[][] = [template.columns.map((c) => c.header)];
  for (let r = 0; r < dataRows; r += 1) {
    const row = template.rows[r] ?? [];
    const cells = template.columns.map((c, i) => officeCell(row[i] ?? null, c));
    formats.push(cells.map((c) => c.format));
    values.push(cells.map((c) => c.value));
  }
  const range = worksheet.getRange(all);
  range.numberFormat = formats;
  range.values = values;

  const table = worksheet.tables.add(all, true);
  table.name = template.name;
  template.columns.forEach((column, i) => {
    const body = worksheet.getRange(rectAddress({ top: headerRow + 1, left: i + 1, bottom: headerRow + dataRows, right: i + 1 }));
    if (column.choices) {
      body.dataValidation.rule = { list: { inCellDropDown: true, source: column.choices.values.join(',') } };
      if (!column.choices.strict) body.dataValidation.errorAlert = { showAlert: false, message: '', style: 'Information', title: '' };
    }
  });
  const header = worksheet.getRange(rectAddress({ top: headerRow, left: 1, bottom: headerRow, right: columns }));
  header.format.wrapText = true;
  header.format.verticalAlignment = 'Center';
  template.columns.forEach((column, i) => {
    worksheet.getRange(cellAddress(1, i + 1)).getEntireColumn().format.columnWidth = columnWidthToPoints(column.width);
  });
  worksheet.freezePanes.freezeRows(headerRow);
  return worksheet;
}

/** Activates the sheet and selects `address` on it; false if there is no such sheet. */
export async function selectOnSheet(context: Excel.RequestContext, sheetName: string, address: string): Promise<boolean> {
  const worksheet = context.workbook.worksheets.getItemOrNullObject(sheetName);
  await context.sync();
  if (worksheet.isNullObject) return false;
  worksheet.activate();
  worksheet.getRange(address).select();
  await context.sync();
  return true;
}

/**
 * Adds the `DonVi` sheet a consolidation writes (its header bold, a row per name
 * found), every cell as text, in one request; null, and nothing written, when the workbook
 * already has a sheet of that name (the user's own corrections are never overwritten).
 */
export async function addUnitSheet(context: Excel.RequestContext, name: string, content: { header: string[]; rows: string[][]; columnWidths: number[] }): Promise<string | null> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  await context.sync();
  if (worksheets.items.some((ws) => ws.name.toLocaleLowerCase() === name.toLocaleLowerCase())) return null;
  const worksheet = worksheets.add(name);
  const grid = [content.header, ...content.rows];
  const range = worksheet.getRange(rectAddress({ top: 1, left: 1, bottom: grid.length, right: content.header.length }));
  range.numberFormat = grid.map((row) => row.map(() => '@'));
  range.values = grid;
  worksheet.getRange(rectAddress({ top: 1, left: 1, bottom: 1, right: content.header.length })).format.font.bold = true;
  content.columnWidths.forEach((width, i) => {
    worksheet.getRange(columnsAddress(i + 1, i + 1)).format.columnWidth = columnWidthToPoints(width);
  });
  await context.sync();
  return name;
}
