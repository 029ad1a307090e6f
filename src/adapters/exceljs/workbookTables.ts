/**
 * The input tables of a workbook ExcelJS has loaded whole, and the check that
 * bytes are an .xlsx at all. No Node API here: the browser preview uses it as
 * the CLI does.
 */
import type ExcelJS from 'exceljs';
import type { RawTables } from '../../core/inputs';
import { inputTableName } from '../../core/schema';
import type { RawCell, RawTable } from '../../core/types';
import { rawCellOf } from './cellValue';

/** A file that is not an .xlsx, in words a user understands. */
export class WorkbookFileError extends Error {}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

/** Checks the first bytes: an .xlsx is a zip; .xls files and password-protected workbooks are OLE files. */
export function checkWorkbookBytes(head: Uint8Array, file: string): void {
  const starts = (magic: number[]) => magic.every((b, i) => head[i] === b);
  if (starts(ZIP_MAGIC)) return;
  if (starts(OLE_MAGIC)) {
    throw new WorkbookFileError(
      `Tệp "${file}" là tệp .xls cũ hoặc sổ làm việc có mật khẩu. Hãy mở bằng Excel, bỏ mật khẩu và lưu thành .xlsx. / ` +
        `"${file}" is an old .xls or a password-protected workbook: open it in Excel, remove the password and save as .xlsx.`,
    );
  }
  throw notAWorkbook(file);
}

export function notAWorkbook(file: string): WorkbookFileError {
  return new WorkbookFileError(
    `Tệp "${file}" không phải sổ làm việc Excel .xlsx (có thể là CSV hoặc tệp hỏng). / "${file}" is not an Excel .xlsx workbook (perhaps a CSV or a damaged file).`,
  );
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
    if (name && !tables[name]) tables[name] = sheetTable(ws);
  });
  workbook.eachSheet((ws) => {
    for (const t of excelTables(ws)) {
      const name = inputTableName(t.name);
      if (name && !tables[name]) tables[name] = rangeTable(ws, t.ref);
    }
  });
  return tables;
}

function sheetTable(ws: ExcelJS.Worksheet): RawTable {
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
