/**
 * ExcelJS in the browser (the task pane's preview mode): load an .xlsx from bytes to write the
 * report into, save it back to bytes. The input tables are not read from it: the preview reads
 * the file's bytes with `readSheetsFromBytes` (src/readers), the CLI's reader.
 *
 * ExcelJS is loaded on first use (`import()`), so the pane opens without its megabyte. Under
 * webpack, `exceljs` resolves to its browser build (`dist/exceljs.min.js`, the package's
 * `browser` field), which carries its own polyfills; under Node (tests) to the Node build.
 */
import type ExcelJS from 'exceljs';
import { damaged, notAWorkbook } from '../../readers/errors';
import { checkWorkbookBytes } from './workbookTables';

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

/** Loads an .xlsx from its bytes. */
export async function workbookFromBytes(data: ArrayBuffer, fileName: string): Promise<ExcelJS.Workbook> {
  checkWorkbookBytes(new Uint8Array(data, 0, Math.min(4, data.byteLength)), fileName);
  const excel = await loadExcelJS();
  const workbook = new excel.Workbook();
  try {
    await workbook.xlsx.load(data);
  } catch (e) {
    throw damaged(fileName, e instanceof Error ? e.message : String(e));
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
