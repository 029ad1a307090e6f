/**
 * Reading an input file, whatever it is: told apart by its bytes, never by its name (a
 * provincial system's HTML export is called .xls; a CSV may be called anything). The same code
 * in Node and the browser; `nodeFile.ts` adds reading from disk.
 */
import type { RawTable } from '../core/types';
import { decodeCsvBytes, readCsvSheet } from './csv';
import { causeOf, emptyFile, notAWorkbook, oldXlsOrPassword, spreadsheetXml, WorkbookFileError } from './errors';
import { decodeHtmlBytes, readHtmlSheets } from './html';
import { memorySource, readXlsxSheets } from './xlsx';

export { WorkbookFileError } from './errors';
export { memorySource, openXlsxStreamed, readXlsxSheets, type ByteSource } from './xlsx';

/**
 * What a file's bytes are. `zip`: an .xlsx, or a zip that only the .xlsx reader can tell is
 * none (a renamed .docx, an .ods). `ole`: an Excel 97–2003 .xls or a password-protected
 * workbook. `spreadsheetXml`: Excel 2003 XML. `binary`: nothing the readers take.
 */
export type FileFormat = 'empty' | 'zip' | 'ole' | 'html' | 'spreadsheetXml' | 'csv' | 'binary';

/** The bytes text is told apart by; an HTML export's `<table>` may come later, so html is looked for in all of it. */
const SNIFF_BYTES = 64 * 1024;

const startsWith = (bytes: Uint8Array, magic: readonly number[]): boolean => magic.every((b, i) => bytes[i] === b);

/** A zip's first bytes: a local file header, or the end record of an empty zip. */
export function isZipHeader(head: Uint8Array): boolean {
  return startsWith(head, [0x50, 0x4b, 0x03, 0x04]) || startsWith(head, [0x50, 0x4b, 0x05, 0x06]);
}

/** The text of bytes, decoded only as far as telling formats apart needs (markup is ASCII in any 8-bit encoding). */
function sniffText(bytes: Uint8Array): string | null {
  if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(bytes);
  if (startsWith(bytes, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(bytes);
  const sample = bytes.subarray(0, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i];
    // A NUL is in no text file of an 8-bit encoding; other control characters only rarely.
    if (b === 0) return null;
    if (b < 9 || (b > 13 && b < 32 && b !== 27)) control++;
  }
  if (control * 100 > sample.length) return null;
  return new TextDecoder('windows-1252').decode(bytes);
}

/** The format of a file from its bytes (all of them, or at least its first 64 KB). */
export function detectFormat(bytes: Uint8Array): FileFormat {
  if (bytes.length === 0) return 'empty';
  if (isZipHeader(bytes)) return 'zip';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return 'ole';
  const text = sniffText(bytes);
  if (text === null) return 'binary';
  const start = text.replace(/^(?:\ufeff|ï»¿)/, '').trimStart();
  if (!start.startsWith('<')) return 'csv';
  const head = start.slice(0, SNIFF_BYTES);
  if (/urn:schemas-microsoft-com:office:spreadsheet/i.test(head) && /<(?:ss:)?Workbook[\s>]/.test(head)) return 'spreadsheetXml';
  if (/<table[\s>]/i.test(start) || /^<(?:!doctype\s+html|html)[\s>]/i.test(head)) return 'html';
  return 'csv';
}

/** A text reader's result, its failures worded for the user (no stack trace reaches anyone). */
function textSheets(read: () => RawTable[], fileName: string): RawTable[] {
  try {
    return read().map((t) => ({ ...t, file: t.file ?? fileName }));
  } catch (e) {
    if (e instanceof WorkbookFileError) throw e;
    throw new WorkbookFileError(`Không đọc được tệp "${fileName}" (${causeOf(e)}). / Cannot read "${fileName}" (${causeOf(e)}).`);
  }
}

/**
 * Every sheet of a file in memory as RawTables: each worksheet and Excel table of an .xlsx,
 * each table of an HTML export, the one table of a CSV. A file that is none of these is a
 * `WorkbookFileError` saying what it is and what to do.
 */
export async function readSheetsFromBytes(bytes: Uint8Array, fileName: string): Promise<RawTable[]> {
  switch (detectFormat(bytes)) {
    case 'empty':
      throw emptyFile(fileName);
    case 'zip':
      return readXlsxSheets(memorySource(bytes), fileName);
    case 'ole':
      throw oldXlsOrPassword(fileName);
    case 'spreadsheetXml':
      throw spreadsheetXml(fileName);
    case 'html':
      return textSheets(() => readHtmlSheets(decodeHtmlBytes(bytes), fileName), fileName);
    case 'csv':
      return textSheets(() => [readCsvSheet(decodeCsvBytes(bytes), fileName)], fileName);
    case 'binary':
      throw notAWorkbook(fileName);
  }
}
