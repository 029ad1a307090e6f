/**
 * The document model: a report as an administrative document (văn bản hành chính), in print
 * order, with no sheet grid in it: the header block, title, lines, paragraphs, tables and the
 * closing block. The templates build it while they lay out the sheet (`SheetBuilder` records it),
 * so the sheet and the Word document say the same thing; the Word writer
 * (`adapters/docx/writeDocx.ts`) turns it into a .docx laid out as Nghị định 30/2020/NĐ-CP asks.
 *
 * Sizes are in points. Text is text: a writer never reads a formula out of it.
 */

import type { HorizontalAlign } from './sheetModel';

/** How a run of text looks; absent = the document's body font, regular. */
export interface TextStyle {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  /** Points; absent = the document's `fontSize`. */
  size?: number;
  /** RGB hex (`C00000`). */
  color?: string;
  /** True for text the user still has to replace (a placeholder): printed highlighted. */
  placeholder?: boolean;
}

/**
 * The header block (Nghị định 30/2020, Phụ lục I): the parent agency and the agency left, the
 * agency bold with a short rule under it; the national name and motto right, the motto with a rule
 * under it; then "Số: …" left and "<place>, ngày … tháng … năm …" (italic) right.
 */
export interface LetterheadBlock {
  kind: 'letterhead';
  /** Upper case; the last one is the issuing agency (bold). */
  agencyLines: string[];
  nationalName: string;
  motto: string;
  /** `Số: 123/BC-SNgV`. */
  numberLine: string;
  /** `Hà Nội, ngày 15 tháng 6 năm 2023`. */
  placeDate: string;
}

/**
 * The heading of a statistical form (biểu mẫu): the agency top left (the agency bold and
 * underlined), the form's code line top right.
 */
export interface FormHeadBlock {
  kind: 'formHead';
  agencyLines: string[];
  /** `Biểu số 06/VPCP/KSTT …`; empty when the form has none. */
  codeLine: string;
}

/** The document kind (`BÁO CÁO`) and its subject, bold and centred, with a short rule under them. */
export interface TitleBlock {
  kind: 'title';
  documentKind: string;
  subject: string;
}

/** "Kính gửi: …", centred. */
export interface RecipientBlock {
  kind: 'recipient';
  text: string;
}

/** One line or short paragraph that is not body text (a form's title, a period line, a unit line, a note). */
export interface LineBlock {
  kind: 'line';
  text: string;
  align: HorizontalAlign;
  style: TextStyle;
}

/**
 * A body paragraph: `part` (I., II.) and `section` (1., 2.) headings are bold and kept with the
 * next paragraph; `body` is justified with a first-line indent; `placeholder` is text the user
 * must still write, highlighted. Text has no leading indent spaces: the writer indents.
 */
export interface ParagraphBlock {
  kind: 'paragraph';
  role: 'part' | 'section' | 'body' | 'placeholder';
  text: string;
}

export interface TableCellModel {
  /** What the cell shows (a total's value, not its formula); null = empty. */
  value: string | number | null;
  colSpan: number;
  rowSpan: number;
  align: HorizontalAlign;
  style: TextStyle;
}

export interface TableRowModel {
  /** The cells left to right; a cell covered by a span above is not listed. */
  cells: TableCellModel[];
  /** A heading row of the table (a field, a group): kept on the page of the row after it. */
  keepWithNext?: boolean;
}

/**
 * A bordered table. The first `headerRows` rows repeat at the top of every page the table
 * continues on. `columnWidths` are relative (the writer scales them to the line).
 */
export interface TableBlock {
  kind: 'table';
  columnWidths: number[];
  headerRows: number;
  rows: TableRowModel[];
  /** Points; the table's own text size (smaller than the body). */
  fontSize: number;
  /** True for a table wide enough to need a landscape page in a portrait document. */
  landscape: boolean;
}

/** The place, date and signer under a table (statistical forms), on the right. */
export interface SignatureBlock {
  kind: 'signature';
  placeDate: string;
  /** `GIÁM ĐỐC`, or `KT. GIÁM ĐỐC` over `PHÓ GIÁM ĐỐC`. */
  titles: string[];
  name: string;
  /** Points. */
  fontSize: number;
}

/**
 * The closing block: "Nơi nhận:" and the recipients left, the signer's titles, room to sign and
 * the name right. Printed on one page with the paragraph before it.
 */
export interface ClosingBlock {
  kind: 'closing';
  recipients: string[];
  titles: string[];
  name: string;
}

/** Vertical space, in points. */
export interface SpaceBlock {
  kind: 'space';
  points: number;
}

export type DocumentBlock =
  | LetterheadBlock
  | FormHeadBlock
  | TitleBlock
  | RecipientBlock
  | LineBlock
  | ParagraphBlock
  | TableBlock
  | SignatureBlock
  | ClosingBlock
  | SpaceBlock;

export interface DocumentModel {
  /** The page of the document; a portrait document may still print a `landscape` table on its own pages. */
  orientation: 'portrait' | 'landscape';
  /** Body text size, points. */
  fontSize: number;
  fontName: string;
  /** Millimetres, within Nghị định 30/2020's ranges. */
  margins: { top: number; bottom: number; left: number; right: number };
  blocks: DocumentBlock[];
}

/** The document a rendered report carries, or undefined for a sheet model without one. */
export function documentOf(model: object): DocumentModel | undefined {
  const document = (model as { document?: DocumentModel }).document;
  return document && Array.isArray(document.blocks) ? document : undefined;
}
