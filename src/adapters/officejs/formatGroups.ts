/**
 * Cell formats grouped for few Office.js calls: cells with the same format are gathered into
 * rectangles (runs along a row, stacked down identical runs), and each group is then formatted
 * with one multi-area range. A merged range is formatted as a whole, with the border of its
 * top-left cell drawn around it (as `MergeModel` says); its hidden cells are skipped.
 */

import type { BorderStyle, CellStyle, HorizontalAlign, SheetModel, VerticalAlign } from '../../templates/sheetModel';
import { Rect, runsOf } from './a1';

type Edges = { top?: BorderStyle; bottom?: BorderStyle; left?: BorderStyle; right?: BorderStyle };

/** What a cell looks like; font name and size fall back to the model's default font, as in the ExcelJS writer. */
export interface CellFormat {
  fontName: string;
  fontSize: number;
  bold?: true;
  italic?: true;
  underline?: true;
  color?: string;
  fill?: string;
  horizontal?: HorizontalAlign;
  vertical?: VerticalAlign;
  wrap?: true;
  indent?: number;
  border?: Edges;
}

export interface FormatGroup {
  format: CellFormat;
  /**
   * Each cell of a plain rectangle has its own borders, so a rectangle taller than one row also
   * needs the lines between its rows (the heavier of the cells' top and bottom borders), and one
   * wider than one column the lines between its columns.
   */
  insideHorizontal?: BorderStyle;
  insideVertical?: BorderStyle;
  rects: Rect[];
}

/** The format of a cell with `style`, with properties in a fixed order so equal formats serialise equally. */
export function cellFormat(style: CellStyle | undefined, defaultFont: SheetModel['defaultFont']): CellFormat {
  const s = style ?? {};
  const f: CellFormat = { fontName: s.fontName ?? defaultFont.name, fontSize: s.fontSize ?? defaultFont.size };
  if (s.bold) f.bold = true;
  if (s.italic) f.italic = true;
  if (s.underline) f.underline = true;
  if (s.color) f.color = s.color.toUpperCase();
  if (s.fill) f.fill = s.fill.toUpperCase();
  if (s.horizontal) f.horizontal = s.horizontal;
  if (s.vertical) f.vertical = s.vertical;
  if (s.wrap) f.wrap = true;
  if (s.indent) f.indent = s.indent;
  const b = s.border;
  if (b && (b.top || b.bottom || b.left || b.right)) {
    const edges: Edges = {};
    if (b.top) edges.top = b.top;
    if (b.bottom) edges.bottom = b.bottom;
    if (b.left) edges.left = b.left;
    if (b.right) edges.right = b.right;
    f.border = edges;
  }
  return f;
}

function heavier(a: BorderStyle | undefined, b: BorderStyle | undefined): BorderStyle | undefined {
  return a === 'medium' || b === 'medium' ? 'medium' : (a ?? b);
}

/** Cells gathered into rectangles: runs of adjacent columns in a row, extended down while the next row has the same run. */
export function rectangles(cells: ReadonlyArray<{ row: number; col: number }>): Rect[] {
  const byRow = new Map<number, Set<number>>();
  for (const { row, col } of cells) {
    const cols = byRow.get(row) ?? new Set<number>();
    cols.add(col);
    byRow.set(row, cols);
  }
  const rects: Rect[] = [];
  let open = new Map<string, Rect>();
  for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
    const next = new Map<string, Rect>();
    for (const [left, right] of runsOf([...byRow.get(row)!].sort((a, b) => a - b))) {
      const key = `${left}:${right}`;
      const above = open.get(key);
      if (above && above.bottom === row - 1) {
        above.bottom = row;
        next.set(key, above);
      } else {
        const rect = { top: row, left, bottom: row, right };
        rects.push(rect);
        next.set(key, rect);
      }
    }
    open = next;
  }
  return rects;
}

function pushTo<T>(map: Map<string, T[]>, key: string, item: T): void {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}

/** The format groups of a sheet model, in the order their first cell appears. */
export function formatGroups(model: SheetModel): FormatGroup[] {
  const mergeAt = new Map<string, Rect>();
  const hidden = new Set<string>();
  for (const m of model.merges) {
    mergeAt.set(`${m.top}:${m.left}`, m);
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) hidden.add(`${r}:${c}`);
  }

  const formats = new Map<string, CellFormat>();
  const plainCells = new Map<string, Array<{ row: number; col: number }>>();
  const mergedRects = new Map<string, Rect[]>();
  for (const cell of model.cells) {
    const at = `${cell.row}:${cell.col}`;
    if (hidden.has(at)) continue;
    const format = cellFormat(cell.style, model.defaultFont);
    const key = JSON.stringify(format);
    formats.set(key, format);
    const merge = mergeAt.get(at);
    if (merge) pushTo(mergedRects, key, { top: merge.top, left: merge.left, bottom: merge.bottom, right: merge.right });
    else pushTo(plainCells, key, { row: cell.row, col: cell.col });
  }

  const groups = new Map<string, FormatGroup>();
  const add = (formatKey: string, rect: Rect, plain: boolean) => {
    const format = formats.get(formatKey)!;
    const b = format.border ?? {};
    const insideHorizontal = plain && rect.bottom > rect.top ? heavier(b.top, b.bottom) : undefined;
    const insideVertical = plain && rect.right > rect.left ? heavier(b.left, b.right) : undefined;
    const key = `${formatKey}|${insideHorizontal ?? ''}|${insideVertical ?? ''}`;
    let group = groups.get(key);
    if (!group) {
      group = { format, rects: [] };
      if (insideHorizontal) group.insideHorizontal = insideHorizontal;
      if (insideVertical) group.insideVertical = insideVertical;
      groups.set(key, group);
    }
    group.rects.push(rect);
  };
  for (const key of formats.keys()) {
    for (const rect of rectangles(plainCells.get(key) ?? [])) add(key, rect, true);
    for (const rect of mergedRects.get(key) ?? []) add(key, rect, false);
  }
  return [...groups.values()];
}
