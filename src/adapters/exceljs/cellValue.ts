import type ExcelJS from 'exceljs';
import { RawCell } from '../../core/types';

/**
 * An ExcelJS cell value as the engine reads it: rich text joined, a formula's
 * cached result, an error value as its text (`#N/A`), a hyperlink's text.
 */
export function rawCellOf(value: ExcelJS.CellValue | undefined): RawCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if (typeof value !== 'object') return null;
  if ('richText' in value && Array.isArray(value.richText)) return value.richText.map((r) => r.text).join('');
  if ('error' in value) return String(value.error);
  if ('formula' in value || 'sharedFormula' in value) return rawCellOf((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  if ('text' in value) return rawCellOf((value as ExcelJS.CellHyperlinkValue).text);
  return null;
}
