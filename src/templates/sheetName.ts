/**
 * A sheet name Excel accepts and that does not clash with the workbook's other sheets.
 * Pure, so both writers (ExcelJS and Office.js) name sheets the same way.
 */

const MAX_SHEET_NAME_LENGTH = 31;
const FALLBACK_NAME = 'Báo cáo';

/**
 * Excel's rules: 1–31 characters, none of `[ ] : * ? / \`, not starting or ending with an
 * apostrophe, not `History`. Apostrophes are dropped altogether so the name needs no
 * escaping in print-area formulas.
 */
export function validSheetName(wanted: string): string {
  const printable = [...wanted.normalize('NFC')].map((ch) => (ch < ' ' ? ' ' : ch)).join('');
  // NFC: one code unit per Vietnamese letter, as Excel counts them.
  const cleaned = printable
    .replace(/[[\]:*?/\\']/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_SHEET_NAME_LENGTH)
    .trim();
  if (cleaned === '' || cleaned.toLowerCase() === 'history') return FALLBACK_NAME;
  return cleaned;
}

/**
 * `validSheetName(wanted)`, or with ` (2)`, ` (3)`… appended (shortening the name to stay
 * within 31 characters) until no existing sheet has it, ignoring case as Excel does.
 */
export function uniqueSheetName(wanted: string, existing: readonly string[]): string {
  const taken = new Set(existing.map((n) => n.normalize('NFC').toLocaleLowerCase()));
  const base = validSheetName(wanted);
  if (!taken.has(base.toLocaleLowerCase())) return base;
  for (let n = 2; ; n += 1) {
    const suffix = ` (${n})`;
    const candidate = `${base.slice(0, MAX_SHEET_NAME_LENGTH - suffix.length).trimEnd()}${suffix}`;
    if (!taken.has(candidate.toLocaleLowerCase())) return candidate;
  }
}
