/**
 * Building a sheet model row by row, with row heights that show all of a wrapped text.
 * Excel does not autofit rows whose text sits in merged cells, so every wrapped row gets a
 * height estimated from the text: a greedy word wrap with Times New Roman character widths,
 * widened by a safety factor so the estimate errs on the tall side.
 *
 * No row is taller than Excel's 409 points (`MAX_ROW_HEIGHT_PT`): Excel refuses a taller row
 * (Office.js fails the request) and cuts off what does not fit. A full-width line of text
 * (`SheetBuilder.line`, which every paragraph goes through) is split over several rows well
 * before that, at `PARAGRAPH_ROW_PT` (a quarter of a page, so pages print full: `pagination.ts`),
 * by `splitForRows`; any other cell is capped at 409 points.
 */

import type { DocumentBlock, DocumentModel, TableCellModel, TableRowModel, TextStyle } from './document';
import type { CellModel, CellStyle, MergeModel, PageSetupModel, SheetModel } from './sheetModel';
import { PARAGRAPH_ROW_PT, pageBreaks } from './pagination';

export { columnLetter } from '../core/text';

export const FONT_NAME = 'Times New Roman';

/**
 * Column widths are in Excel character units, i.e. widths of a digit in the workbook's
 * default font (Calibri 11: 7 pixels). A report cannot change that font without changing
 * every other sheet of the workbook, so widths are laid out for it.
 */
const PIXELS_PER_WIDTH_UNIT = 7;
const POINTS_PER_PIXEL = 0.75;
/** Excel leaves about two pixels free on each side of a cell's text. */
const CELL_PADDING_PT = 3;
/** Estimated text is widened by this much, so rows come out a little tall rather than short. */
const WIDTH_SAFETY = 1.12;
/** Line pitch of wrapped Times New Roman text, in multiples of the font size. */
const LINE_PITCH = 1.2;

/** Advance widths of Times New Roman glyphs in em (from its metrics, rounded). */
const GLYPH_EM: Record<string, number> = {
  a: 0.444, b: 0.5, c: 0.444, d: 0.5, e: 0.444, f: 0.333, g: 0.5, h: 0.5, i: 0.278, j: 0.278,
  k: 0.5, l: 0.278, m: 0.778, n: 0.5, o: 0.5, p: 0.5, q: 0.5, r: 0.333, s: 0.389, t: 0.278,
  u: 0.5, v: 0.5, w: 0.722, x: 0.5, y: 0.5, z: 0.444, 'đ': 0.5,
  A: 0.722, B: 0.667, C: 0.667, D: 0.722, E: 0.611, F: 0.556, G: 0.722, H: 0.722, I: 0.333,
  J: 0.389, K: 0.722, L: 0.611, M: 0.889, N: 0.722, O: 0.722, P: 0.556, Q: 0.722, R: 0.667,
  S: 0.556, T: 0.611, U: 0.722, V: 0.722, W: 0.944, X: 0.722, Y: 0.722, Z: 0.611, 'Đ': 0.722,
  ' ': 0.25, '\u00a0': 0.25, '.': 0.25, ',': 0.25, ':': 0.278, ';': 0.278, '-': 0.333, '(': 0.333, ')': 0.333,
  '/': 0.278, '%': 0.833, '[': 0.333, ']': 0.333, '+': 0.564, '=': 0.564, '"': 0.408, "'": 0.18,
};
const DEFAULT_GLYPH_EM = 0.5;
const BOLD_WIDENING = 1.1;

function glyphEm(char: string): number {
  const direct = GLYPH_EM[char];
  if (direct !== undefined) return direct;
  // Vietnamese letters are a base letter plus marks: measure the base letter.
  const base = char.normalize('NFD').charAt(0);
  return GLYPH_EM[base] ?? DEFAULT_GLYPH_EM;
}

/** Estimated printed width of a text, in points. */
function textWidthPt(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const char of text) em += glyphEm(char);
  return em * fontSize * (bold ? BOLD_WIDENING : 1) * WIDTH_SAFETY;
}

/** Number of lines a text wraps to in a box `widthPt` wide (explicit line breaks kept). */
export function estimateLines(text: string, widthPt: number, fontSize: number, bold = false): number {
  const space = textWidthPt(' ', fontSize, bold);
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    lines += 1;
    let used = 0;
    paragraph.split(' ').forEach((word, i) => {
      const width = textWidthPt(word, fontSize, bold);
      const needed = i === 0 ? width : used + space + width;
      if (i === 0 || needed <= widthPt) {
        used = needed;
        // A word longer than the box breaks across lines.
        while (used > widthPt) {
          lines += 1;
          used -= widthPt;
        }
      } else {
        lines += 1;
        used = width;
      }
    });
  }
  return lines;
}

/** Height of a row showing `lines` lines of text, in points. */
export function rowHeightFor(lines: number, fontSize: number): number {
  const single = Math.ceil(fontSize * 1.34 * 4) / 4; // Excel's own height for one line
  return Math.max(single, Math.ceil((lines * fontSize * LINE_PITCH + 4) * 4) / 4);
}

/** Excel's tallest row, in points (Excel specifications and limits: "Row height: 409 points"). */
export const MAX_ROW_HEIGHT_PT = 409;

/** The most lines of `fontSize` text a row of at most `maxHeightPt` (Excel's 409 points by default) shows. */
export function linesPerRow(fontSize: number, maxHeightPt: number = MAX_ROW_HEIGHT_PT): number {
  let lines = 1;
  while (rowHeightFor(lines + 1, fontSize) <= maxHeightPt) lines += 1;
  return lines;
}

/**
 * How a text is cut when it is too tall for one row, coarsest first: at line ends, at sentence
 * ends, between words, and (a word longer than a whole row) between characters. Each unit keeps
 * what separated it from the next (`\n`, spaces), so the pieces join back into the text.
 */
const CUTS: ReadonlyArray<(text: string) => string[]> = [
  (text) => text.split(/(?<=\n)/),
  // After `.`, `!`, `?`, `…` or `;` (and any closing quote or bracket) and the spaces that follow.
  (text) => text.split(/(?<=[.!?…;]["'”’»)\]]*\s+)(?=\S)/u),
  (text) => text.split(/(?<= )(?=[^ ])/),
  (text) => Array.from(text),
];

/**
 * A text as pieces that each fit one row of at most `PARAGRAPH_ROW_PT` (about a quarter of a
 * portrait page, well under Excel's 409 points: `pagination.ts` says why) in a box `widthPt`
 * wide: as few pieces as the greedy packing gives, cut at the coarsest boundary that works (a
 * line end, else a sentence end, else a space, else between characters), so nothing is hidden.
 * Pieces lose the line break or spaces they were cut at. A text that fits is one piece.
 */
export function splitForRows(text: string, widthPt: number, fontSize: number, bold = false): string[] {
  const maxLines = linesPerRow(fontSize, PARAGRAPH_ROW_PT);
  const fits = (t: string) => estimateLines(t, widthPt, fontSize, bold) <= maxLines;
  if (fits(text)) return [text];
  const pieces: string[] = [];
  const cut = (part: string, level: number): void => {
    if (fits(part) || level >= CUTS.length) {
      // The first piece keeps its leading spaces (a paragraph's first-line indent).
      const piece = (pieces.length === 0 ? part : part.replace(/^[ \n]+/, '')).replace(/[ \n]+$/, '');
      if (piece !== '') pieces.push(piece);
      return;
    }
    const units = CUTS[level](part);
    if (units.length < 2) {
      cut(part, level + 1);
      return;
    }
    let i = 0;
    while (i < units.length) {
      const end = lastFitting(units, i, fits);
      if (end < i) {
        cut(units[i], level + 1); // one unit taller than a row: cut it finer
        i += 1;
      } else {
        cut(units.slice(i, end + 1).join(''), CUTS.length);
        i = end + 1;
      }
    }
  };
  cut(text, 0);
  return pieces;
}

/**
 * The last index `j` ≥ `from` with `units[from..j]` fitting, or `from - 1` if even one does not.
 * Searched by doubling then halving, so a long text costs a few measures of one row's worth each.
 */
function lastFitting(units: readonly string[], from: number, fits: (text: string) => boolean): number {
  const joined = (to: number) => units.slice(from, to + 1).join('');
  if (!fits(joined(from))) return from - 1;
  let good = from;
  let step = 1;
  let bad = units.length;
  while (good + step < units.length) {
    if (!fits(joined(good + step))) {
      bad = good + step;
      break;
    }
    good += step;
    step *= 2;
  }
  while (bad - good > 1) {
    const mid = Math.floor((good + bad) / 2);
    if (fits(joined(mid))) good = mid;
    else bad = mid;
  }
  return good;
}

/** Printable width of columns `from`..`to` (1-based, inclusive), in points. */
export function spanWidthPt(columnWidths: readonly number[], from: number, to: number): number {
  let units = 0;
  for (let c = from; c <= to; c += 1) units += columnWidths[c - 1] ?? 0;
  return units * PIXELS_PER_WIDTH_UNIT * POINTS_PER_PIXEL - 2 * CELL_PADDING_PT;
}

/** Total width of a set of columns on paper, in millimetres (for fitting a page). */
export function columnsWidthMm(columnWidths: readonly number[]): number {
  const units = columnWidths.reduce((sum, w) => sum + w, 0);
  return (units * PIXELS_PER_WIDTH_UNIT * POINTS_PER_PIXEL * 25.4) / 72;
}

/**
 * Page breaks: the rules (a heading never at a page foot, the closing block whole, no page ended
 * early under half full) and the constants are in `pagination.ts`.
 */
export { pageBreaks } from './pagination';
export type { KeepRules } from './pagination';

/** Where a table starts, for `SheetBuilder.endTable`. */
export interface TableMark {
  row: number;
  block: number;
}

/** The document's look of a cell's text; a yellow fill is a placeholder the user must fill. */
function textStyleOf(style: CellStyle): TextStyle {
  const text: TextStyle = {};
  if (style.bold) text.bold = true;
  if (style.italic) text.italic = true;
  if (style.underline) text.underline = true;
  if (style.fontSize !== undefined) text.size = style.fontSize;
  if (style.color) text.color = style.color;
  if (style.fill === 'FFFF00') text.placeholder = true;
  return text;
}

export interface PutOptions {
  /** A formula the template built; `value` is then its computed result. */
  formula?: string;
  /** Last row of a merge spanning several rows (table headers); its text then needs no extra height. */
  bottom?: number;
}

/**
 * Collects cells, merges and row heights for one sheet. Each `put` records the height its
 * text needs; a row ends up as tall as its tallest cell.
 */
export class SheetBuilder {
  private readonly cells: CellModel[] = [];
  private readonly merges: MergeModel[] = [];
  private readonly needed = new Map<number, number>();
  private readonly fixed = new Map<number, number>();
  private readonly below = new Map<number, number>();
  private readonly withNext = new Set<number>();
  private readonly together: Array<[number, number]> = [];
  /** The document model, block by block in print order (see `document.ts`). */
  private readonly blocks: DocumentBlock[] = [];
  /** The next free row. */
  row = 1;

  constructor(
    readonly columnWidths: readonly number[],
    private readonly baseStyle: CellStyle,
  ) {}

  get lastColumn(): number {
    return this.columnWidths.length;
  }

  /** Writes `value` into row `row`, columns `from`..`to` (merged when more than one). */
  put(row: number, from: number, to: number, value: string | number | null, style: CellStyle = {}, options: PutOptions = {}): void {
    const full: CellStyle = { ...this.baseStyle, ...style };
    const cell: CellModel = { row, col: from, value, style: full };
    if (options.formula !== undefined) cell.formula = options.formula;
    this.cells.push(cell);
    const bottom = options.bottom ?? row;
    if (to > from || bottom > row) this.merges.push({ top: row, left: from, bottom, right: to });
    if (bottom > row) return;
    const size = full.fontSize ?? 11;
    const text = value === null ? '' : String(value);
    const lines = full.wrap ? estimateLines(text, spanWidthPt(this.columnWidths, from, to), size, full.bold) : 1;
    this.need(row, rowHeightFor(lines, size));
  }

  /** Makes row `row` at least `height` points tall (at most `MAX_ROW_HEIGHT_PT`, Excel's limit). */
  need(row: number, height: number): void {
    this.needed.set(row, Math.min(MAX_ROW_HEIGHT_PT, Math.max(this.needed.get(row) ?? 0, height)));
  }

  /** Adds `extra` points under the text of row `row` (space between paragraphs). */
  spaceBelow(row: number, extra: number): void {
    this.below.set(row, extra);
  }

  /** Prints row `row` on the same page as the next row (a heading). */
  keepWithNext(row: number): void {
    this.withNext.add(row);
  }

  /** Prints rows `from`..`to` on one page (the signature block). */
  keepTogether(from: number, to: number): void {
    this.together.push([from, to]);
  }

  /** Gives row `row` exactly `height` points (spacers, rule lines; at most `MAX_ROW_HEIGHT_PT`). */
  fixHeight(row: number, height: number): void {
    this.fixed.set(row, Math.min(MAX_ROW_HEIGHT_PT, height));
  }

  /**
   * A full-width line of text at the next free row, which then moves on. Wrapped text too tall
   * for one row (over `MAX_ROW_HEIGHT_PT`) goes on as many rows as it needs, cut at line or
   * sentence ends (`splitForRows`). Returns the row of its last piece: the one a paragraph's
   * space below, or a heading's keep-with-next, belongs to.
   *
   * The document model gets the whole text as one `line` block, or `as` instead (a paragraph,
   * a title), or nothing when `as` is null (part of a block recorded by the caller).
   */
  line(value: string, style: CellStyle = {}, as?: DocumentBlock | null): number {
    const full: CellStyle = { ...this.baseStyle, ...style };
    if (as !== null) this.record(as ?? { kind: 'line', text: value, align: full.horizontal ?? 'left', style: textStyleOf(full) });
    const pieces = full.wrap ? splitForRows(value, spanWidthPt(this.columnWidths, 1, this.lastColumn), full.fontSize ?? 11, full.bold) : [value];
    let at = this.row;
    for (const piece of pieces) {
      at = this.row;
      this.put(at, 1, this.lastColumn, piece, style);
      this.row += 1;
    }
    return at;
  }

  /** Adds a block to the document model (a header block, a closing block: what cells alone do not say). */
  record(block: DocumentBlock): void {
    this.blocks.push(block);
  }

  /** Records a line of text for the document that the caller lays out in cells itself. */
  recordLine(text: string, style: CellStyle = {}): void {
    const full: CellStyle = { ...this.baseStyle, ...style };
    this.record({ kind: 'line', text, align: full.horizontal ?? 'left', style: textStyleOf(full) });
  }

  /** Marks where a table starts: its rows are the ones put from here until `endTable`. */
  startTable(): TableMark {
    return { row: this.row, block: this.blocks.length };
  }

  /**
   * Records the rows put since `mark` as one table of the document, at the place the table
   * started: its first `headerRows` rows are its header (repeated on each page); rows in
   * `skipRows` (a header printed again on the sheet where a page starts) are left out, since
   * the word processor repeats the header itself.
   */
  endTable(mark: TableMark, options: { headerRows: number; landscape?: boolean; skipRows?: ReadonlySet<number> }): void {
    const end = this.row;
    const byRow = new Map<number, CellModel[]>();
    for (const cell of this.cells) {
      if (cell.row < mark.row || cell.row >= end || options.skipRows?.has(cell.row)) continue;
      const list = byRow.get(cell.row);
      if (list) list.push(cell);
      else byRow.set(cell.row, [cell]);
    }
    const spans = new Map<string, MergeModel>();
    for (const merge of this.merges) if (merge.top >= mark.row && merge.top < end) spans.set(`${merge.top}:${merge.left}`, merge);
    const rows: TableRowModel[] = [];
    let fontSize = this.baseStyle.fontSize ?? 11;
    for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
      const cells = byRow.get(row)!.sort((a, b) => a.col - b.col).map((cell): TableCellModel => {
        const merge = spans.get(`${cell.row}:${cell.col}`);
        const style = cell.style ?? {};
        return {
          value: cell.value,
          colSpan: merge ? merge.right - merge.left + 1 : 1,
          rowSpan: merge ? merge.bottom - merge.top + 1 : 1,
          align: style.horizontal ?? 'left',
          style: textStyleOf(style),
        };
      });
      if (rows.length === 0 && cells[0]?.style.size !== undefined) fontSize = cells[0].style.size;
      rows.push(this.withNext.has(row) ? { cells, keepWithNext: true } : { cells });
    }
    this.blocks.splice(mark.block, 0, {
      kind: 'table',
      columnWidths: [...this.columnWidths],
      headerRows: options.headerRows,
      rows,
      fontSize,
      landscape: options.landscape ?? false,
    });
  }

  /** Leaves an empty row of the given height (and the same space in the document, unless `record` is false). */
  space(height: number, record = true): void {
    if (record) this.record({ kind: 'space', points: height });
    this.fixHeight(this.row, height);
    this.row += 1;
  }

  build(name: string, page: PageSetupModel, defaultFont: SheetModel['defaultFont']): SheetModel & { document: DocumentModel } {
    const rowHeights: Record<number, number> = {};
    for (const [row, height] of this.needed) rowHeights[row] = Math.min(MAX_ROW_HEIGHT_PT, height + (this.below.get(row) ?? 0));
    for (const [row, height] of this.fixed) rowHeights[row] = height;
    // A loop, not Math.max(...cells): a report of 10,000 procedures has over 130,000 cells, more
    // arguments than a call takes.
    let lastRow = 0;
    for (const cell of this.cells) if (cell.row > lastRow) lastRow = cell.row;
    const breaks = pageBreaks(rowHeights, lastRow, page, { withNext: this.withNext, together: this.together });
    return {
      name,
      columnWidths: [...this.columnWidths],
      rowHeights,
      cells: [...this.cells],
      merges: [...this.merges],
      page: breaks.length > 0 ? { ...page, pageBreaks: breaks } : page,
      defaultFont,
      document: {
        orientation: page.orientation,
        fontSize: this.baseStyle.fontSize ?? defaultFont.size,
        fontName: defaultFont.name,
        margins: { top: page.margins.top, bottom: page.margins.bottom, left: page.margins.left, right: page.margins.right },
        blocks: [...this.blocks],
      },
    };
  }
}
