/**
 * Reading big tables in pieces. Excel on the web refuses a request or response larger than
 * 5 MB, so a 1,000,000-row dossier log is loaded in row blocks, each sized to stay under a
 * 4 MB budget. The size of a block is planned from an estimate of the bytes a cell takes in
 * the response JSON: a conservative guess at first, then what the blocks already read
 * actually weighed (times a safety factor), so light tables take fewer round trips and heavy
 * ones (long notes) smaller blocks. A response refused anyway is retried in smaller blocks
 * (see `readTables.ts`).
 */

/** Bytes one request may carry: 4 MB, under Excel on the web's 5 MB limit. */
export const REQUEST_BUDGET_BYTES = 4_000_000;

/**
 * First guess at a cell's weight in the response: a quoted 20-character Vietnamese text with
 * its diacritics escaped as `\uXXXX` and a comma, or a 5-digit date serial several times over.
 */
export const DEFAULT_BYTES_PER_CELL = 64;

/** The estimate never drops below this, however light the first blocks were. */
export const MIN_BYTES_PER_CELL = 16;

/** Blocks after the first are planned at twice the heaviest cell weight seen so far. */
export const WEIGHT_SAFETY = 2;

/**
 * What one queued operation (a property set, a method call) adds to a request besides its
 * values, estimated high: the action and the object path it acts on, as Office.js writes
 * them into the request's JSON (`{"Id":12,"ActionType":4,"Name":"rowHeight","ObjectPathId":11,…}`).
 */
export const OPERATION_BYTES = 200;

/** Rows of `columns` cells that fit `budget` bytes at `bytesPerCell` (at least one). */
export function rowsPerChunk(columns: number, bytesPerCell = DEFAULT_BYTES_PER_CELL, budget = REQUEST_BUDGET_BYTES): number {
  return Math.max(1, Math.floor(budget / (Math.max(1, columns) * bytesPerCell)));
}

/**
 * Estimated size of `values` as response JSON, in bytes: its JSON text with every non-ASCII
 * character counted as a six-byte `\uXXXX` escape (the worst case of the host's encoding).
 */
export function payloadBytes(values: readonly (readonly unknown[])[]): number {
  const json = JSON.stringify(values);
  let nonAscii = 0;
  for (let i = 0; i < json.length; i++) if (json.charCodeAt(i) > 0x7f) nonAscii++;
  return json.length + 5 * nonAscii;
}

/** The weight to plan the next blocks with, after blocks weighing up to `observed` bytes per cell. */
export function nextBytesPerCell(observed: number): number {
  return Math.max(MIN_BYTES_PER_CELL, Math.ceil(observed * WEIGHT_SAFETY));
}
