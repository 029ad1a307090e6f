/**
 * ExcelJS in the browser (the task pane's preview mode): load an .xlsx from bytes, read the
 * input tables of the loaded workbook, save it back to bytes.
 *
 * `readWorkbook.ts` cannot be bundled for the browser: its file reader needs Node's `fs`,
 * `zlib` and streams. This module needs none of them. `readTablesFromLoadedWorkbook` reads
 * exactly as `readTablesFromWorkbook` there does (sheets by name, else Excel tables by name);
 * test/taskpane/browserWorkbook.test.ts holds the two to the same result.
 *
 * ExcelJS is loaded on first use (`import()`), so the pane opens without its megabyte. Under
 * webpack, `exceljs` resolves to its browser build (`dist/exceljs.min.js`, the package's
 * `browser` field), which carries its own polyfills; under Node (tests) to the Node build.
 */
import type ExcelJS from 'exceljs';
import type { RawTables } from '../../core/inputs';
import type { RawCell, RawTable } from '../../core/types';
import { inputTableName } from '../officejs/tableNames';
import { rawCellOf } from './cellValue';

export type ExcelJSModule = typeof ExcelJS;

let loading: Promise<ExcelJSModule> | null = null;

/** The ExcelJS module, loaded once. */
export function loadExcelJS(): Promise<ExcelJSModule> {
  loading ??= import(/* webpackChunkName: "exceljs" */ 'exceljs').then((mod) => {
    const m = mod as unknown as { default?: ExcelJSModule } & ExcelJSModule;
    return m.default && typeof m.default.Workbook === 'function' ? m.default : m;
  });
  return loading;
}

/** A file that is not a readable .xlsx; the message is bilingual, as the CLI's. */
export class WorkbookBytesError extends Error {}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

/** Checks the first bytes: an .xlsx is a zip; .xls files and password-protected workbooks are OLE files. */
export function checkXlsxBytes(bytes: Uint8Array, fileName: string): void {
  const starts = (magic: number[]) => magic.every((b, i) => bytes[i] === b);
  if (starts(ZIP_MAGIC)) return;
  if (starts(OLE_MAGIC)) {
    throw new WorkbookBytesError(
      `Tệp "${fileName}" là tệp .xls cũ hoặc sổ làm việc có mật khẩu. Hãy mở bằng Excel, bỏ mật khẩu và lưu thành .xlsx. / ` +
        `"${fileName}" is an old .xls or a password-protected workbook: open it in Excel, remove the password and save as .xlsx.`,
    );
  }
  throw notAWorkbook(fileName);
}

function notAWorkbook(fileName: string): WorkbookBytesError {
  return new WorkbookBytesError(
    `Tệp "${fileName}" không phải sổ làm việc Excel .xlsx (có thể là CSV hoặc tệp hỏng). / "${fileName}" is not an Excel .xlsx workbook (perhaps a CSV or a damaged file).`,
  );
}

/** Loads an .xlsx from its bytes. */
export async function workbookFromBytes(data: ArrayBuffer, fileName: string): Promise<ExcelJS.Workbook> {
  checkXlsxBytes(new Uint8Array(data, 0, Math.min(4, data.byteLength)), fileName);
  const excel = await loadExcelJS();
  const workbook = new excel.Workbook();
  try {
    await workbook.xlsx.load(data);
  } catch (e) {
    const cause = e instanceof Error ? e.message : String(e);
    throw new WorkbookBytesError(`Tệp "${fileName}" bị hỏng, không đọc được (${cause}). / "${fileName}" is damaged and cannot be read (${cause}).`);
  }
  // A zip with no workbook part (a renamed .docx) loads as a workbook without sheets.
  if (workbook.worksheets.length === 0) throw notAWorkbook(fileName);
  return workbook;
}

/** A new, empty workbook. */
export async function newWorkbook(): Promise<ExcelJS.Workbook> {
  const excel = await loadExcelJS();
  return new excel.Workbook();
}

/** The workbook as .xlsx bytes. */
export async function workbookToBytes(workbook: ExcelJS.Workbook): Promise<ArrayBuffer> {
  const buffer = await workbook.xlsx.writeBuffer();
  const view = buffer as unknown as Uint8Array;
  // Node hands back a Buffer (a view on a larger pool), the browser build an ArrayBuffer.
  if (view instanceof Uint8Array) return view.buffer.slice(view.byteOffset, view.byteOffset + view.byteLength) as ArrayBuffer;
  return buffer as ArrayBuffer;
}

function rowValues(values: ExcelJS.CellValue[] | { [key: string]: ExcelJS.CellValue }): RawCell[] {
  const arr = Array.isArray(values) ? values : [];
  const out: RawCell[] = new Array(Math.max(0, arr.length - 1));
  for (let c = 1; c < arr.length; c++) out[c - 1] = rawCellOf(arr[c]);
  return out;
}

/** Reads the input tables of a loaded workbook: sheets by name, else Excel tables by name. */
export function readTablesFromLoadedWorkbook(workbook: ExcelJS.Workbook): RawTables {
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
