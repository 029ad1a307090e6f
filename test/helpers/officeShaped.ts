/**
 * An .xlsx read the way the add-in reads it inside Excel, for the parity test: ExcelJS (here
 * only, never in the add-in) loads the file, the mock Excel (test/officejs/mockExcel.ts) is
 * laid out as Excel would present that workbook to Office.js, and the adapter's real
 * `readTables` reads it.
 *
 * As Excel presents it, through `Range.values`:
 * - a date is its serial number in the workbook's date system (Office.js gives numbers, never
 *   dates: a date-formatted cell is a number with a date format);
 * - text is text, booleans are booleans, a formula is its cached result, an error its text
 *   (`#N/A`), rich text its plain text, a hyperlink its text;
 * - a merged area has its value in the top-left cell only, the others are empty;
 * - Excel tables (ListObjects) keep their names and ranges; the date system is the workbook's.
 */
import ExcelJS from 'exceljs';
import { readTables } from '../../src/adapters/officejs';
import type { RawTable } from '../../src/core/types';
import { boxOf, type CellValue, FakeWorkbook, MockExcel } from '../officejs/mockExcel';

/** The sheets and Excel tables of an .xlsx as `readTables` gets them from Excel. */
export async function readThroughOfficeJs(workbookBytes: Uint8Array): Promise<RawTable[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(workbookBytes.slice().buffer);
  return readTables(new MockExcel(officeShapedWorkbook(book)).context);
}

/** The mock workbook Excel would show for a workbook ExcelJS has loaded. */
export function officeShapedWorkbook(book: ExcelJS.Workbook): FakeWorkbook {
  const fake = new FakeWorkbook();
  // ExcelJS reads `<workbookPr date1904="1">` (what Excel writes) and turned serials into
  // Dates with it; the same flag turns them back into the serials the file holds.
  const date1904 = book.properties.date1904 === true;
  fake.date1904 = date1904;
  for (const ws of book.worksheets) {
    const rows: CellValue[][] = [];
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        // ExcelJS shows a merged cell's master value in every cell of the merge; Excel does not.
        if (cell.type === ExcelJS.ValueType.Merge) return;
        const value = officeValue(cell.value, date1904);
        if (value !== undefined) (rows[r - 1] ??= [])[c - 1] = value;
      });
    });
    const sheet = fake.addSheet(ws.name, rows);
    for (const address of ws.model.merges ?? []) fake.addMerge(sheet, address);
    for (const t of excelTables(ws)) {
      const box = boxOf(t.ref);
      fake.addTable(sheet, t.name, { row: box.row + 1, col: box.col + 1 }, box.rows, box.cols);
    }
  }
  return fake;
}

/** Days since 1970-01-01 of 1899-12-30, Excel's day 0 in the 1900 system (ExcelJS's 25569). */
const UNIX_EPOCH_SERIAL = 25_569;
const DAYS_1900_TO_1904 = 1_462;

/** A cell's value as `Range.values` gives it; undefined for an empty cell. */
function officeValue(value: ExcelJS.CellValue | undefined, date1904: boolean): CellValue | undefined {
  if (value === null || value === undefined) return undefined;
  if (value instanceof Date) return UNIX_EPOCH_SERIAL + value.getTime() / 86_400_000 - (date1904 ? DAYS_1900_TO_1904 : 0);
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value !== 'object') return undefined;
  if ('richText' in value && Array.isArray(value.richText)) return value.richText.map((r) => r.text).join('');
  if ('error' in value) return String(value.error);
  if ('formula' in value || 'sharedFormula' in value) return officeValue((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue, date1904);
  if ('text' in value) return officeValue((value as ExcelJS.CellHyperlinkValue).text, date1904);
  return undefined;
}

function excelTables(ws: ExcelJS.Worksheet): { name: string; ref: string }[] {
  const model = ws.model as unknown as { tables?: { name?: string; tableRef?: string; ref?: string }[] };
  const found: { name: string; ref: string }[] = [];
  for (const t of model.tables ?? []) {
    const ref = t.tableRef ?? t.ref;
    if (t.name && ref) found.push({ name: t.name, ref });
  }
  return found;
}
