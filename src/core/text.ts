/**
 * Short texts already normalised. A log repeats the same few values (`Có`,
 * `Không`, `Trực tuyến`, statuses) in every row: normalising each anew was
 * about half of parsing a 100k-row log.
 */
const normalized = new Map<string, string>();
const MEMO_MAX_LENGTH = 40;
const MEMO_MAX_ENTRIES = 2048;

/**
 * A label as compared: lower case, no diacritics (đ → d), punctuation as space,
 * spaces collapsed. `Ngày  Tiếp nhận` and `ngay tiep nhan` compare equal.
 */
export function normalizeLabel(text: string): string {
  const known = normalized.get(text);
  if (known !== undefined) return known;
  const label = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  if (text.length <= MEMO_MAX_LENGTH) {
    if (normalized.size >= MEMO_MAX_ENTRIES) normalized.clear();
    normalized.set(text, label);
  }
  return label;
}

/** Column number (1-based) to letters: 1 → A, 28 → AB. */
export function columnLetter(column: number): string {
  let n = column;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
