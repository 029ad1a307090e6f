/**
 * A report's sheet model as an HTML table would lay it out (preview mode): one entry per
 * visible cell, merged ranges as colSpan/rowSpan, cells covered by a merge left out, numbers
 * as text the way Excel shows them in the pane's language.
 */
import type { Language } from '../../core/types';
import type { CellStyle, SheetModel } from '../../templates/sheetModel';
import { formatNumber } from './format';

export interface PreviewCell {
  /** Worksheet position (1-based) of the cell, the top-left one for a merge. */
  row: number;
  col: number;
  text: string;
  colSpan: number;
  rowSpan: number;
  style: CellStyle;
}

export interface PreviewRow {
  row: number;
  /** Row height in points, where the model sets one. */
  height?: number;
  cells: PreviewCell[];
}

export interface PreviewGrid {
  name: string;
  /** Column widths in Excel character units (model's, else a default). */
  columnWidths: number[];
  rows: PreviewRow[];
  /** The model's default font size, in points: cells' sizes are shown relative to it. */
  baseFontSize: number;
}

const DEFAULT_COLUMN_WIDTH = 8.43;

/** The text a cell shows: numbers with the language's decimal comma or point. */
export function cellDisplayText(value: string | number | null, language: Language): string {
  if (value === null) return '';
  if (typeof value === 'number') return formatNumber(value, language, 2);
  return value;
}

export function previewGrid(model: SheetModel, language: Language): PreviewGrid {
  const byPosition = new Map<string, SheetModel['cells'][number]>();
  let lastRow = 0;
  let lastCol = model.columnWidths.length;
  for (const cell of model.cells) {
    byPosition.set(`${cell.row}:${cell.col}`, cell);
    lastRow = Math.max(lastRow, cell.row);
    lastCol = Math.max(lastCol, cell.col);
  }
  const mergeAt = new Map<string, { rowSpan: number; colSpan: number }>();
  const covered = new Set<string>();
  for (const m of model.merges) {
    mergeAt.set(`${m.top}:${m.left}`, { rowSpan: m.bottom - m.top + 1, colSpan: m.right - m.left + 1 });
    for (let r = m.top; r <= m.bottom; r += 1) {
      for (let c = m.left; c <= m.right; c += 1) if (r !== m.top || c !== m.left) covered.add(`${r}:${c}`);
    }
    lastRow = Math.max(lastRow, m.bottom);
    lastCol = Math.max(lastCol, m.right);
  }
  const rows: PreviewRow[] = [];
  for (let r = 1; r <= lastRow; r += 1) {
    const cells: PreviewCell[] = [];
    for (let c = 1; c <= lastCol; c += 1) {
      const key = `${r}:${c}`;
      if (covered.has(key)) continue;
      const cell = byPosition.get(key);
      const span = mergeAt.get(key) ?? { rowSpan: 1, colSpan: 1 };
      cells.push({ row: r, col: c, text: cell ? cellDisplayText(cell.value, language) : '', colSpan: span.colSpan, rowSpan: span.rowSpan, style: cell?.style ?? {} });
    }
    rows.push({ row: r, height: model.rowHeights[r], cells });
  }
  const columnWidths = Array.from({ length: lastCol }, (_, i) => model.columnWidths[i] ?? DEFAULT_COLUMN_WIDTH);
  return { name: model.name, columnWidths, rows, baseFontSize: model.defaultFont.size };
}

/** All the text of a grid, one line per row (tests, and the screen-reader summary). */
export function gridText(grid: PreviewGrid): string {
  return grid.rows
    .map((r) => r.cells.map((c) => c.text).filter(Boolean).join(' '))
    .filter(Boolean)
    .join('\n');
}

/** Pixels per Excel width unit below which the preview scrolls sideways instead of squeezing. */
export const MIN_PX_PER_WIDTH_UNIT = 3;
/** Narrowest a column holding text of its own may get (short words, `(10)`, two-digit numbers). */
export const MIN_TEXT_COLUMN_PX = 40;

/**
 * The narrowest each column may be drawn, in pixels: its width in proportion, but never so
 * narrow that a word in a cell of its own breaks letter by letter. Columns that only carry
 * merged text (most of a letter-style report) may be narrow: the text flows across the merge.
 */
export function minColumnPixels(grid: PreviewGrid): number[] {
  const ownText = new Set<number>();
  for (const row of grid.rows) for (const cell of row.cells) if (cell.colSpan === 1 && cell.text !== '') ownText.add(cell.col);
  return grid.columnWidths.map((w, i) => {
    const px = w * MIN_PX_PER_WIDTH_UNIT;
    return Math.round(ownText.has(i + 1) ? Math.max(px, MIN_TEXT_COLUMN_PX) : px);
  });
}

/**
 * Column widths in pixels for `available` pixels: in proportion to the sheet's widths, except
 * that no column goes below its minimum (the others share what is left, still in proportion).
 * When even the minimums do not fit, the minimums: the table is then wider than the box and
 * scrolls sideways.
 */
export function fitColumns(widths: readonly number[], mins: readonly number[], available: number): number[] {
  const fixed = new Map<number, number>();
  for (;;) {
    const freeWidth = widths.reduce((sum, w, i) => (fixed.has(i) ? sum : sum + w), 0);
    const room = available - [...fixed.values()].reduce((a, b) => a + b, 0);
    if (freeWidth <= 0 || room <= 0) return widths.map((_w, i) => fixed.get(i) ?? mins[i]);
    const px = widths.map((w, i) => fixed.get(i) ?? (w / freeWidth) * room);
    const below = px.map((p, i) => (!fixed.has(i) && p < mins[i] ? i : -1)).filter((i) => i >= 0);
    if (below.length === 0) return px.map((p) => Math.floor(p * 100) / 100);
    for (const i of below) fixed.set(i, mins[i]);
  }
}
