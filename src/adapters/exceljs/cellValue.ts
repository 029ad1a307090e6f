import type ExcelJS from 'exceljs';
import { RawCell } from '../../core/types';

/**
 * An ExcelJS cell value as the engine reads it: rich text joined, a formula's
 * cached result, an error value as its text (`#N/A`), a hyperlink's text.
 */
export function rawCellOf(value: ExcelJS.CellValue | undefined): RawCell {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return dayOfExcelDate(value);
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value !== 'object') return null;
  if ('richText' in value && Array.isArray(value.richText)) return value.richText.map((r) => r.text).join('');
  if ('error' in value) return String(value.error);
  if ('formula' in value || 'sharedFormula' in value) return rawCellOf((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  if ('text' in value) return rawCellOf((value as ExcelJS.CellHyperlinkValue).text);
  return null;
}

const MS_PER_DAY = 86_400_000;
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const MARCH_1900_MS = Date.UTC(1900, 2, 1);

/**
 * ExcelJS turns a date cell into a Date whose UTC fields are the wall-clock
 * date and time shown in Excel. The engine gets that day at UTC midnight, so
 * 01/01/2024 18:00 stays 01/01/2024 in any time zone (Vietnam is UTC+7). Days
 * before 1 March 1900 go back to their serial number: ExcelJS maps serial 60
 * (29/02/1900, which never existed) to 28/02/1900 and every earlier serial one
 * day early; the engine reads serials right and rejects 60.
 */
function dayOfExcelDate(value: Date): RawCell {
  const ms = value.getTime();
  if (Number.isNaN(ms)) return value;
  const day = Math.floor(ms / MS_PER_DAY);
  if (ms < MARCH_1900_MS) return day - EXCEL_EPOCH_MS / MS_PER_DAY;
  return new Date(day * MS_PER_DAY);
}
