import ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import { RawTables } from '../../core/inputs';
import { ALL_TABLES, INFO_SHEET } from '../../core/schema';
import { RawCell, RawTable } from '../../core/types';
import { rawCellOf } from './cellValue';
import { NotAWorkbookError, XlsxPackage } from './xlsxPackage';

/** The names the engine looks for, as sheets or Excel tables. */
export const TABLE_NAMES = [...ALL_TABLES.map((t) => t.name), INFO_SHEET];

/** `Hồ Sơ`, `hoso`, `HOSO` all name the HoSo table. */
function nameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .replace(/[^A-Za-z0-9]/g, '')
    .toLowerCase();
}

function tableNameFor(sheetOrTable: string): string | undefined {
  const key = nameKey(sheetOrTable);
  return TABLE_NAMES.find((n) => nameKey(n) === key);
}

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

function notAWorkbook(file: string): WorkbookFileError {
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

/** Reads the input tables of a loaded workbook (browser preview and tests): sheets by name, else Excel tables by name. */
export function readTablesFromWorkbook(workbook: ExcelJS.Workbook): RawTables {
  const tables: RawTables = {};
  workbook.eachSheet((ws) => {
    const name = tableNameFor(ws.name);
    if (name && !tables[name]) tables[name] = sheetTable(ws);
  });
  workbook.eachSheet((ws) => {
    for (const t of excelTables(ws)) {
      const name = tableNameFor(t.name);
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

/**
 * Reads the input tables of an .xlsx file. Sheets named like the tables are
 * streamed row by row (the workbook model is never built); only a workbook whose
 * tables are Excel tables on other sheets is loaded whole.
 */
export async function readTablesFromFile(file: string): Promise<RawTables> {
  const handle = await fs.open(file, 'r').catch((e: NodeJS.ErrnoException) => {
    throw new WorkbookFileError(`Không mở được tệp "${file}" (${e.code}). / Cannot open "${file}" (${e.code}).`);
  });
  const head = new Uint8Array(4);
  try {
    await handle.read(head, 0, 4, 0);
  } finally {
    await handle.close();
  }
  checkWorkbookBytes(head, file);
  try {
    const tables = await streamSheets(file);
    const missing = TABLE_NAMES.filter((n) => !tables[n] && n !== 'NgayNghi' && n !== INFO_SHEET);
    // Loading the whole workbook costs several times the streamed read (and its
    // memory): only worth it when the file holds Excel tables to look in.
    if (missing.length === 0 || !(await hasTableParts(file))) return tables;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    return { ...readTablesFromWorkbook(workbook), ...tables };
  } catch (e) {
    if (e instanceof WorkbookFileError) throw e;
    if (e instanceof NotAWorkbookError) throw notAWorkbook(file);
    throw new WorkbookFileError(`Tệp "${file}" bị hỏng, không đọc được (${(e as Error).message}). / "${file}" is damaged and cannot be read.`);
  }
}

/**
 * True when the .xlsx holds Excel tables (`xl/tables/*.xml` parts), read from
 * the zip's central directory without unpacking anything. When unsure (zip64,
 * an odd file) it answers true, so the caller keeps looking.
 */
export async function hasTableParts(file: string): Promise<boolean> {
  const handle = await fs.open(file, 'r');
  try {
    const { size } = await handle.stat();
    const tailLength = Math.min(size, 22 + 0xffff);
    const tail = Buffer.alloc(tailLength);
    await handle.read(tail, 0, tailLength, size - tailLength);
    const end = tail.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    if (end < 0 || end + 22 > tail.length) return true;
    const directorySize = tail.readUInt32LE(end + 12);
    const directoryOffset = tail.readUInt32LE(end + 16);
    if (directoryOffset === 0xffffffff || directoryOffset + directorySize > size) return true;
    const directory = Buffer.alloc(directorySize);
    await handle.read(directory, 0, directorySize, directoryOffset);
    let p = 0;
    while (p + 46 <= directory.length && directory.readUInt32LE(p) === 0x02014b50) {
      const nameLength = directory.readUInt16LE(p + 28);
      const name = directory.toString('utf8', p + 46, p + 46 + nameLength);
      if (/(^|\/)xl\/tables\/[^/]+\.xml$/i.test(name)) return true;
      p += 46 + nameLength + directory.readUInt16LE(p + 30) + directory.readUInt16LE(p + 32);
    }
    return p < directory.length;
  } finally {
    await handle.close();
  }
}

/**
 * The sheets named like the tables, row by row. ExcelJS's streaming reader is
 * not used: with Node 20 it drops trailing zip entries at random (see
 * xlsxPackage.ts), which threw on most small files and lost shared strings on others.
 */
async function streamSheets(file: string): Promise<RawTables> {
  const xlsx = await XlsxPackage.open(file);
  try {
    const tables: RawTables = {};
    for (const sheet of xlsx.sheets) {
      const name = tableNameFor(sheet.name);
      if (name && !tables[name]) tables[name] = { sheet: sheet.name, firstRow: 1, firstColumn: 1, rows: await xlsx.readRows(sheet) };
    }
    return tables;
  } finally {
    await xlsx.close();
  }
}
