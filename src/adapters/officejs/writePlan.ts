/**
 * Everything the Office.js writer sends, worked out from the sheet model without any Office
 * call: whole-rectangle arrays for values, number formats and formulas, format groups as
 * multi-area addresses, sizes grouped by value, page setup in points. The writer then queues
 * a fixed handful of range operations per group, however many cells the report has.
 */

import { PAGE_NUMBER_HEADER } from '../../templates/sheetModel';
import type { SheetModel } from '../../templates/sheetModel';
import { MAX_ROW_HEIGHT_PT } from '../../templates/layout';
import { columnsAddress, joinAddresses, rectAddress, Rect, rowsAddress, runsOf } from './a1';
import { OPERATION_BYTES, payloadBytes } from './chunks';
import { CellFormat, formatGroups, FormatGroup } from './formatGroups';
import { needsTextFormat } from './textCells';
import { columnWidthToPoints, mmToPoints } from './units';

export const TEXT_FORMAT = '@';

/** Values, number formats and formulas of the rectangle from A1 to the last written cell. */
export interface ContentPlan {
  address: string;
  /**
   * `null` leaves a cell alone (Office.js skips nulls in 2-D arrays, see "Blank and null values
   * in Excel add-ins" on learn.microsoft.com): empty cells and formula cells.
   */
  values: (string | number | null)[][];
  /** `@` for text Excel would otherwise convert, the model's number format elsewhere; null if none at all. */
  numberFormats: (string | null)[][] | null;
  /** The template's formulas at their cells, null elsewhere; null if there are none. */
  formulas: (string | null)[][] | null;
}

export interface FormatPlan {
  format: CellFormat;
  insideHorizontal?: FormatGroup['insideHorizontal'];
  insideVertical?: FormatGroup['insideVertical'];
  /** Multi-area references, each within the length Excel accepts. */
  addresses: string[];
}

/** One size (points) and the whole rows or columns that take it. */
export interface SizePlan {
  points: number;
  addresses: string[];
}

export interface PagePlan {
  paperSize: 'A4';
  orientation: 'Portrait' | 'Landscape';
  /** In points. */
  margins: { top: number; bottom: number; left: number; right: number; header: number; footer: number };
  fitToWidth: boolean;
  printArea: string;
  printTitleRows?: string;
  /** Cells (`A38`) a manual page break goes above, one per page start of the model. */
  pageBreaks: string[];
  /** The centre header of every page but the first (whose header stays empty), or absent for none. */
  pageNumberHeader?: string;
}

export interface SheetWritePlan {
  /** The model's columns as whole columns (`A:P`), which get the default font, or null. */
  defaultFontColumns: string | null;
  defaultFont: SheetModel['defaultFont'];
  content: ContentPlan | null;
  formats: FormatPlan[];
  merges: string[];
  columnWidths: SizePlan[];
  rowHeights: SizePlan[];
  page: PagePlan;
}

function contentPlan(model: SheetModel): ContentPlan | null {
  const written = model.cells.filter((c) => c.formula !== undefined || (c.value !== null && c.value !== ''));
  if (written.length === 0) return null;
  const rows = written.reduce((max, c) => Math.max(max, c.row), 0);
  const cols = written.reduce((max, c) => Math.max(max, c.col), 0);
  const grid = <T>() => Array.from({ length: rows }, () => Array<T | null>(cols).fill(null));
  const values = grid<string | number>();
  const numberFormats = grid<string>();
  const formulas = grid<string>();
  let anyFormat = false;
  let anyFormula = false;
  for (const cell of written) {
    const r = cell.row - 1;
    const c = cell.col - 1;
    const modelFormat = cell.style?.numberFormat ?? null;
    if (cell.formula !== undefined) {
      formulas[r][c] = cell.formula.startsWith('=') ? cell.formula : `=${cell.formula}`;
      anyFormula = true;
      numberFormats[r][c] = modelFormat;
    } else {
      values[r][c] = cell.value;
      numberFormats[r][c] = typeof cell.value === 'string' && needsTextFormat(cell.value) ? TEXT_FORMAT : modelFormat;
    }
    anyFormat ||= numberFormats[r][c] !== null;
  }
  return {
    address: rectAddress({ top: 1, left: 1, bottom: rows, right: cols }),
    values,
    numberFormats: anyFormat ? numberFormats : null,
    formulas: anyFormula ? formulas : null,
  };
}

/**
 * The content cut into blocks of whole rows, each estimated (`payloadBytes`, with the
 * operations that carry it) to fit a request of `budget` bytes, so that Excel on the web's
 * 5 MB request limit holds for any size of report. A report that fits is one block, the plan
 * itself. A row heavier than the budget is a block of its own (and may be refused by the host).
 */
export function contentBlocks(content: ContentPlan, budget: number): ContentPlan[] {
  const rowBytes = (r: number): number =>
    payloadBytes([content.values[r]]) + (content.numberFormats ? payloadBytes([content.numberFormats[r]]) : 0) + (content.formulas ? payloadBytes([content.formulas[r]]) : 0);
  const overhead = 4 * OPERATION_BYTES + content.address.length;
  const rows = content.values.length;
  const starts: number[] = [0];
  let used = overhead;
  for (let r = 0; r < rows; r++) {
    const bytes = rowBytes(r);
    if (r > starts[starts.length - 1] && used + bytes > budget) {
      starts.push(r);
      used = overhead;
    }
    used += bytes;
  }
  if (starts.length === 1) return [content];
  const cols = content.values[0]?.length ?? 0;
  return starts.map((start, i) => {
    const end = i + 1 < starts.length ? starts[i + 1] : rows;
    return {
      address: rectAddress({ top: start + 1, left: 1, bottom: end, right: cols }),
      values: content.values.slice(start, end),
      numberFormats: content.numberFormats ? content.numberFormats.slice(start, end) : null,
      formulas: content.formulas ? content.formulas.slice(start, end) : null,
    };
  });
}

/** Groups rows (or columns) by size, each size with the references of its runs. */
function sizePlans(sizes: Iterable<[number, number]>, address: (first: number, last: number) => string): SizePlan[] {
  const byPoints = new Map<number, number[]>();
  for (const [index, points] of sizes) {
    const list = byPoints.get(points) ?? [];
    list.push(index);
    byPoints.set(points, list);
  }
  return [...byPoints].map(([points, indexes]) => ({
    points,
    addresses: joinAddresses(runsOf(indexes.sort((a, b) => a - b)).map(([first, last]) => address(first, last))),
  }));
}

function pagePlan(model: SheetModel): PagePlan {
  const { page } = model;
  const m = page.margins;
  const plan: PagePlan = {
    paperSize: 'A4',
    orientation: page.orientation === 'landscape' ? 'Landscape' : 'Portrait',
    margins: {
      top: mmToPoints(m.top),
      bottom: mmToPoints(m.bottom),
      left: mmToPoints(m.left),
      right: mmToPoints(m.right),
      header: mmToPoints(m.header),
      footer: mmToPoints(m.footer),
    },
    fitToWidth: page.fitToWidth,
    printArea: page.printArea,
    pageBreaks: (page.pageBreaks ?? []).filter((row) => Number.isInteger(row) && row > 1).map((row) => `A${row}`),
  };
  if (page.printTitleRows) plan.printTitleRows = page.printTitleRows;
  if (page.pageNumbers === 'fromSecondPage') plan.pageNumberHeader = PAGE_NUMBER_HEADER;
  return plan;
}

export function planSheetWrite(model: SheetModel): SheetWritePlan {
  const widths = model.columnWidths
    .map((w, i): [number, number] => [i + 1, columnWidthToPoints(w)])
    .filter(([, points]) => Number.isFinite(points));
  // Excel refuses a row over 409 points (the request fails): the templates never ask for one
  // (`templates/layout.ts`), and a hand-built model is held to it here.
  const heights = Object.entries(model.rowHeights)
    .filter(([, h]) => Number.isFinite(h) && h >= 0)
    .map(([row, h]): [number, number] => [Number(row), Math.min(MAX_ROW_HEIGHT_PT, h)]);
  return {
    defaultFontColumns: model.columnWidths.length > 0 ? columnsAddress(1, model.columnWidths.length) : null,
    defaultFont: model.defaultFont,
    content: contentPlan(model),
    formats: formatGroups(model).map((g) => {
      const plan: FormatPlan = { format: g.format, addresses: joinAddresses(g.rects.map((r: Rect) => rectAddress(r))) };
      if (g.insideHorizontal) plan.insideHorizontal = g.insideHorizontal;
      if (g.insideVertical) plan.insideVertical = g.insideVertical;
      return plan;
    }),
    merges: model.merges.map((m) => rectAddress(m)),
    columnWidths: sizePlans(widths, columnsAddress),
    rowHeights: sizePlans(heights, rowsAddress),
    page: pagePlan(model),
  };
}
