/**
 * Keeping text as text. `Range.values` reads a string as if the user typed it: the Excel JS
 * reference (`Excel.Range.values`) says a value starting with `=`, `+` or `-` is interpreted
 * as a formula (`@` starts one in Excel's input too), and short value-like strings become
 * numbers, dates, percentages or booleans ("08" → 8, "05/05" → a date, "100%" → 1, "TRUE").
 * A cell whose number format is Text (`@`) takes the string as it is, so such cells get `@`
 * in the same batch, queued before their values. ExcelJS stores strings verbatim, so both
 * writers end with the same text in the cell.
 *
 * The Text format is kept off long prose (which Excel never converts) unless it starts like a
 * formula: long text in a Text-formatted cell is reported to show as `####` in some Excel
 * versions.
 */

/** Longest string Excel's input parser could still take for a number, date or time. */
const VALUE_LIKE_MAX_LENGTH = 64;

export function needsTextFormat(text: string): boolean {
  if (/^[=+\-@]/.test(text)) return true;
  if (text.length > VALUE_LIKE_MAX_LENGTH) return false;
  return /\d/.test(text) || /^\s*(true|false)\s*$/i.test(text);
}
