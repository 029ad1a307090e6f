/**
 * The input tables of a workbook ExcelJS has loaded whole (tests, and a workbook built in
 * memory), and the check that bytes are an .xlsx ExcelJS can load. No Node API here. Files are
 * read by src/readers, in the CLI and the browser preview alike.
 */
import type ExcelJS from 'exceljs';
import type { RawTables } from '../../core/inputs';
import { inputTableName } from '../../core/schema';
import type { RawCell, RawTable } from '../../core/types';
import { notAWorkbook, oldXlsOrPassword, WorkbookFileError } from '../../readers/errors';
import { detectFormat, isZipHeader } from '../../readers/index';
import { rawCellOf } from './cellValue';

export { WorkbookFileError, notAWorkbook };

/**
 * Checks the first bytes: an .xlsx is a zip; .xls files and password-protected workbooks are
 * OLE files. Only for loading into ExcelJS: reading goes through `readSheetsFromBytes`.
 */
export function checkWorkbookBytes(head: Uint8Array, file: string): void {
  if (isZipHeader(head)) return;
  if (detectFormat(head) === 'ole') throw oldXlsOrPassword(file);
  throw notAWorkbook(file);
}

function rowValues(values: ExcelJS.CellValue[] | { [key: string]: ExcelJS.CellValue }): RawCell[] {
  const arr = Array.isArray(values) ? values : [];
  const out: RawCell[] = new Array(Math.max(0, arr.length - 1));
  for (let c = 1; c < arr.length; c++) out[c - 1] = rawCellOf(arr[c]);
  return out;
}

/** Reads the input tables of a loaded workbook: sheets by name, else Excel tables by name. */
export function readTablesFromWorkbook(workbook: ExcelJS.Workbook): RawTables {
  const tables: RawTables = {};
  workbook.eachSheet((ws) => {
    const name = inputTableName(ws.name);
    if (name && !tables[name]) tables[name] = worksheetTable(ws);
  });
  workbook.eachSheet((ws) => {
    for (const t of excelTables(ws)) {
      const name = inputTableName(t.name);
      if (name && !tables[name]) tables[name] = rangeTable(ws, t.ref);
    }
  });
  return tables;
}

/** One loaded worksheet's rows as a RawTable (the preview re-reads the ThongTin it wrote). */
export function worksheetTable(ws: ExcelJS.Worksheet): RawTable {
  const rows: RawCell[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, n) => {
    rows[n - 1] = rowValues(row.values);
  });
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  return { sheet: ws.name, firstRow: 1, firstColumn: 1, rows };
}

function excelTables(ws: ExcelJS.Worksheet): { name: string; ref: string }[] {
  const found: { name: string; ref: string }[] = [];
  const model = ws.model as unknown as { tables?: { name: string; tableRef?: string; ref?: string }[] };
  for (const t of model.tables ?? []) {
    const ref = t.tableRef ?? t.ref;
    if (t.name && ref) found.push({ name: t.name, ref });
  }
  return found;
}

function rangeTable(ws: ExcelJS.Worksheet, ref: string): RawTable {
  const [start, end] = ref.split(':');
  const from = ws.getCell(start);
  const to = ws.getCell(end ?? start);
  const rows: RawCell[][] = [];
  for (let r = Number(from.row); r <= Number(to.row); r++) {
    const row: RawCell[] = [];
    for (let c = Number(from.col); c <= Number(to.col); c++) row.push(rawCellOf(ws.getCell(r, c).value));
    rows.push(row);
  }
  return { sheet: ws.name, firstRow: Number(from.row), firstColumn: Number(from.col), rows };
}
