/**
 * A1 addresses for the Office.js writer. Rows and columns are 1-based, like the sheet model's.
 */

import { columnLetter } from '../../core/text';

/** A rectangle of cells, both ends included. */
export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** `C5`. */
export function cellAddress(row: number, col: number): string {
  return `${columnLetter(col)}${row}`;
}

/** `C5`, or `A1:P80` for more than one cell. */
export function rectAddress(rect: Rect): string {
  const first = cellAddress(rect.top, rect.left);
  return rect.top === rect.bottom && rect.left === rect.right ? first : `${first}:${cellAddress(rect.bottom, rect.right)}`;
}

/** Whole rows `5:7`. */
export function rowsAddress(top: number, bottom: number): string {
  return `${top}:${bottom}`;
}

/** Whole columns `A:C`. */
export function columnsAddress(left: number, right: number): string {
  return `${columnLetter(left)}:${columnLetter(right)}`;
}

/**
 * A multi-area reference (`getRanges("A1:B2,D4")`) is limited to 255 characters, as in the
 * Excel UI and VBA, so long lists are split into several references.
 */
export const MAX_AREAS_ADDRESS_LENGTH = 255;

/** Joins addresses with commas into as few references as fit `maxLength` each. */
export function joinAddresses(addresses: readonly string[], maxLength = MAX_AREAS_ADDRESS_LENGTH): string[] {
  const joined: string[] = [];
  let current = '';
  for (const address of addresses) {
    if (current !== '' && current.length + 1 + address.length > maxLength) {
      joined.push(current);
      current = '';
    }
    current = current === '' ? address : `${current},${address}`;
  }
  if (current !== '') joined.push(current);
  return joined;
}

/** Consecutive numbers as runs: `[1, 2, 3, 7]` → `[[1, 3], [7, 7]]` (input sorted ascending). */
export function runsOf(sorted: readonly number[]): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  for (const n of sorted) {
    const last = runs[runs.length - 1];
    if (last && n === last[1] + 1) last[1] = n;
    else runs.push([n, n]);
  }
  return runs;
}
