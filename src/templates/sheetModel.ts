/**
 * The sheet model: what a report looks like on paper, with no Office or ExcelJS
 * call in it. Both writers (ExcelJS and Office.js) put the same model into a sheet.
 * Rows and columns are 1-based, like the worksheet's own.
 */

export type HorizontalAlign = 'left' | 'center' | 'right' | 'justify';
export type VerticalAlign = 'top' | 'middle' | 'bottom';
export type BorderStyle = 'thin' | 'medium';

export interface CellStyle {
  fontName?: string;
  fontSize?: number;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  horizontal?: HorizontalAlign;
  vertical?: VerticalAlign;
  wrap?: boolean;
  /** Indent level (Excel units), for first-line style paragraphs. */
  indent?: number;
  border?: { top?: BorderStyle; bottom?: BorderStyle; left?: BorderStyle; right?: BorderStyle };
  /** Excel number format, e.g. `0%` or `00`. */
  numberFormat?: string;
  /** Font colour as RGB hex, e.g. `C00000`. */
  color?: string;
  /** Solid background as RGB hex, e.g. `FFFF00` for a placeholder the user must fill. */
  fill?: string;
}

export interface CellModel {
  row: number;
  col: number;
  /**
   * Text is always written as text, never as a formula, whatever it starts with.
   * A formula is only ever written from `formula`.
   */
  value: string | number | null;
  /** A formula the template itself built (e.g. `=TTHC.ONTIME_RATE(…)`), without user text in it. */
  formula?: string;
  style?: CellStyle;
}

/**
 * A merged range. Its value and style are those of its top-left cell; a border on that cell
 * is drawn around the whole range.
 */
export interface MergeModel {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface PageSetupModel {
  paperSize: 'A4';
  orientation: 'portrait' | 'landscape';
  /** Margins in millimetres. */
  margins: { top: number; bottom: number; left: number; right: number; header: number; footer: number };
  fitToWidth: boolean;
  /** Print area in A1 notation, e.g. `A1:H80`. */
  printArea: string;
  /** Rows repeated at the top of each printed page, e.g. `5:6` for a table header. */
  printTitleRows?: string;
  /**
   * Rows that start a new printed page (manual page breaks above them): every page start the
   * layout planned (`pagination.ts`), so a heading is not left alone at the foot of a page, the
   * signature block is not split and no page but the last prints half empty.
   */
  pageBreaks?: number[];
  /**
   * Page numbers in the header, centred: `fromSecondPage` numbers every page but the first, as
   * Nghị định 30/2020/NĐ-CP numbers a document's pages (`PAGE_NUMBER_HEADER`). None when absent.
   */
  pageNumbers?: 'fromSecondPage';
}

/**
 * The header section that prints the page number, in the codes Excel's headers take (OOXML
 * `oddHeader` and Office.js `HeaderFooter.centerHeader` alike): `&P` the page number, in 13 pt
 * Times New Roman (`&"Times New Roman,Regular"&13`), the body font at the decree's page-number size.
 */
export const PAGE_NUMBER_HEADER = '&"Times New Roman,Regular"&13&P';

export interface SheetModel {
  /** The sheet name the report asks for; the writer makes it unique and valid. */
  name: string;
  /** Column widths in Excel character units, index 0 = column A. */
  columnWidths: number[];
  /** Row heights in points, by row number; rows not listed keep the default. */
  rowHeights: Record<number, number>;
  cells: CellModel[];
  merges: MergeModel[];
  page: PageSetupModel;
  /** The default font of the sheet. */
  defaultFont: { name: string; size: number };
}
