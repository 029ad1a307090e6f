import ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import { RawTables } from '../../core/inputs';
import { INFO_SHEET, INPUT_TABLE_NAMES, inputTableName } from '../../core/schema';
import { checkWorkbookBytes, notAWorkbook, readTablesFromWorkbook, WorkbookFileError } from './workbookTables';
import { NotAWorkbookError, XlsxPackage } from './xlsxPackage';

export { checkWorkbookBytes, readTablesFromWorkbook, WorkbookFileError };

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
    const missing = INPUT_TABLE_NAMES.filter((n) => !tables[n] && n !== 'NgayNghi' && n !== INFO_SHEET);
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
      const name = inputTableName(sheet.name);
      if (name && !tables[name]) tables[name] = { sheet: sheet.name, firstRow: 1, firstColumn: 1, rows: await xlsx.readRows(sheet) };
    }
    return tables;
  } finally {
    await xlsx.close();
  }
}
