/**
 * Merged areas as Office.js lists them (`Range.getMergedAreasOrNullObject()`, ExcelApi 1.13),
 * turned into the core's `CellArea`s. Excel gives a merge's value in its top-left cell only
 * (the others read as ""); the core fills the rest (`fillMerges`), so the reader only reports
 * where the merges are.
 */

import type { CellArea } from '../../core/types';

/**
 * Excel refuses to list more merged areas than this in one call: "if the merged areas count in
 * this range is more than 512, then this method will fail to return the result"
 * (Excel.Range.getMergedAreasOrNullObject). Bigger sheets are asked in row blocks.
 */
export const MAX_MERGED_AREAS_PER_CALL = 512;

/** A block of cells, 0-based as Office.js counts (`rowIndex`, `columnIndex`). */
export interface Box {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

const LAST_ROW = 1_048_575;
const LAST_COL = 16_383;

function columnIndexOf(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + ch.charCodeAt(0) - 64;
  return n - 1;
}

/** `A1`, `$A$1`, `A`, `1` → 0-based row and column (null where the part is absent). */
function cellRef(ref: string): { row: number | null; col: number | null } | null {
  const m = /^\$?([A-Z]*)\$?(\d*)$/.exec(ref.trim().toUpperCase());
  if (!m || (m[1] === '' && m[2] === '')) return null;
  return { col: m[1] ? columnIndexOf(m[1]) : null, row: m[2] ? Number(m[2]) - 1 : null };
}

/** Splits at commas outside quoted sheet names (`'Sổ, 2025'!A1:B2` is one area). */
function splitAreas(address: string): string[] {
  const parts: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < address.length; i++) {
    const ch = address[i];
    if (ch === "'") quoted = !quoted; // a doubled '' inside a name toggles twice
    else if (ch === ',' && !quoted) {
      parts.push(address.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(address.slice(start));
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

/**
 * The areas of a `RangeAreas.address`: A1 references, each with its sheet's name
 * ("Sheet1!A1:B4, Sheet1!D1:D4", Excel.RangeAreas.address), whole rows (`1:3`) and columns
 * (`A:C`) too. 0-based, both ends included.
 */
export function parseAreasAddress(address: string): Box[] {
  const boxes: Box[] = [];
  for (const part of splitAreas(address)) {
    // The reference follows the last "!": a quoted sheet name may hold "!", a reference never does.
    const ref = part.slice(part.lastIndexOf('!') + 1);
    const [a, b = a] = ref.split(':');
    const first = cellRef(a);
    const last = cellRef(b);
    if (!first || !last) continue;
    const top = first.row ?? 0;
    const left = first.col ?? 0;
    const bottom = last.row ?? LAST_ROW;
    const right = last.col ?? LAST_COL;
    boxes.push({ row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 });
  }
  return boxes;
}

/**
 * The merges whose top-left cell lies in `within`, as indices into its rows, clipped to it.
 * A merge whose top-left cell is outside holds no value there (Excel keeps a merge's value in
 * its top-left cell), so filling the part inside would only copy a blank.
 */
export function mergesWithin(merges: readonly Box[], within: Box): CellArea[] {
  const areas: CellArea[] = [];
  const bottom = within.row + within.rows - 1;
  const right = within.col + within.cols - 1;
  for (const m of merges) {
    if (m.row < within.row || m.row > bottom || m.col < within.col || m.col > right) continue;
    areas.push({
      top: m.row - within.row,
      left: m.col - within.col,
      bottom: Math.min(m.row + m.rows - 1, bottom) - within.row,
      right: Math.min(m.col + m.cols - 1, right) - within.col,
    });
  }
  return areas.sort((x, y) => x.top - y.top || x.left - y.left);
}

/** One merge per top-left cell: areas asked for in overlapping blocks are listed once. */
export function uniqueBoxes(boxes: readonly Box[]): Box[] {
  const seen = new Map<string, Box>();
  for (const b of boxes) seen.set(`${b.row}:${b.col}`, b);
  return [...seen.values()];
}

/**
 * Whether a block of cells may hold more merged areas than one call lists. Merges do not
 * overlap and each has its own top-left cell, and Excel lists a range's merges by their
 * top-left cell (office-js issue #3611: "will only return merged areas whose top left cell
 * exists in the range"), so a block of at most 512 cells never exceeds the limit.
 */
export function mayExceedMergeLimit(box: Box): boolean {
  return box.rows * box.cols > MAX_MERGED_AREAS_PER_CALL;
}
