/**
 * The frame of an administrative document as Nghị định 30/2020/NĐ-CP lays it out: header block
 * (agency left, national motto right), number and date, title, "Kính gửi", numbered body,
 * "Nơi nhận" and signature. Shared by the portrait reports.
 *
 * The portrait grid is 16 equal columns, so the header's two blocks (6 and 10 columns) and the
 * short rules under the agency name, the motto and the title (columns C–D, I–N, G–J) are
 * centred where the decree puts them.
 */

import { figureLabel } from '../core/figureKeys';
import { reportName } from '../core/reportNames';
import type { AgencyInfo, DayNumber, Figures } from '../core/types';
import { placeAndDate, upper } from './format';
import { FONT_NAME, SheetBuilder, columnLetter } from './layout';
import type { CellStyle, PageSetupModel, SheetModel } from './sheetModel';

const BODY_SIZE = 14;
export const DEFAULT_FONT: SheetModel['defaultFont'] = { name: FONT_NAME, size: BODY_SIZE };

/** A4 portrait printable width is 165 mm (210 − 30 − 15); 16 × 5.45 units ≈ 161 mm. */
const PORTRAIT_COLUMNS = 16;
const PORTRAIT_COLUMN_WIDTH = 5.45;
const LEFT_BLOCK: [number, number] = [1, 6];
const RIGHT_BLOCK: [number, number] = [7, 16];
const AGENCY_RULE: [number, number] = [3, 4];
const MOTTO_RULE: [number, number] = [9, 14];
const TITLE_RULE: [number, number] = [7, 10];

/** Margins within the decree's ranges: top/bottom 20–25, left 30–35, right 15–20 (mm). */
export const MARGINS_MM: PageSetupModel['margins'] = { top: 20, bottom: 20, left: 30, right: 15, header: 10, footer: 10 };

/**
 * First-line indent of body paragraphs (about 1 cm at 14 pt), as the seeds indent them. Excel
 * has no first-line indent, so the text starts with no-break spaces, which justification
 * does not stretch (ordinary spaces would widen with the rest of the first line).
 */
const INDENT = '\u00a0'.repeat(8);
/** Extra space under each paragraph, so paragraphs read apart as in the seeds. */
const PARAGRAPH_GAP_PT = 3;
const RULE_ROW_PT = 6;

const PLACEHOLDER_STYLE: CellStyle = { italic: true, fill: 'FFFF00', color: 'C00000' };

export function portraitBuilder(): SheetBuilder {
  return new SheetBuilder(Array<number>(PORTRAIT_COLUMNS).fill(PORTRAIT_COLUMN_WIDTH), {
    fontName: FONT_NAME,
    fontSize: BODY_SIZE,
    vertical: 'top',
  });
}

export function pageSetup(
  orientation: PageSetupModel['orientation'],
  lastRow: number,
  lastColumn: number,
  printTitleRows?: string,
): PageSetupModel {
  const page: PageSetupModel = {
    paperSize: 'A4',
    orientation,
    margins: { ...MARGINS_MM },
    fitToWidth: true,
    printArea: `A1:${columnLetter(lastColumn)}${lastRow}`,
    // Nghị định 30: page numbers at the top, from page 2.
    pageNumbers: 'fromSecondPage',
  };
  if (printTitleRows) page.printTitleRows = printTitleRows;
  return page;
}

const CENTER: CellStyle = { horizontal: 'center', vertical: 'top', wrap: true };

/** A short horizontal rule: a top border on columns `from`..`to` of an otherwise empty row. */
function rule(b: SheetBuilder, row: number, [from, to]: [number, number]): void {
  b.put(row, from, to, null, { border: { top: 'thin' } });
}

/**
 * Header block, number and date. Parent agency upper case, agency bold upper case with a
 * short rule under it; "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" and the motto bold with a rule
 * under the motto; "Số: …" left and "<place>, ngày … tháng … năm …" italic right.
 */
export function documentHeader(b: SheetBuilder, info: AgencyInfo, issueDate: DayNumber): void {
  const [l1, l2] = LEFT_BLOCK;
  const [r1, r2] = RIGHT_BLOCK;
  const top = b.row;
  const leftLines = info.parentAgency.trim() ? [info.parentAgency, info.agency] : [info.agency];
  // The first row is bottom-aligned, so extra height (a long parent agency) goes above it.
  leftLines.forEach((text, i) => {
    const isAgency = i === leftLines.length - 1;
    b.put(top + i, l1, l2, upper(text.trim()), { ...CENTER, vertical: i === 0 ? 'bottom' : 'top', fontSize: 13, bold: isAgency });
  });
  // One line each, as the decree sets them; the right block is wide enough at these sizes.
  b.put(top, r1, r2, NATIONAL_NAME, { ...CENTER, vertical: 'bottom', wrap: false, fontSize: 12, bold: true });
  b.put(top + 1, r1, r2, MOTTO, { ...CENTER, wrap: false, fontSize: 13, bold: true });
  const ruleRow = top + 2;
  rule(b, ruleRow, AGENCY_RULE);
  rule(b, ruleRow, MOTTO_RULE);
  b.fixHeight(ruleRow, RULE_ROW_PT);
  const dateRow = ruleRow + 1;
  const numberLine = `Số: ${info.documentNumber.trim()}`;
  const date = placeAndDate(info.place, issueDate);
  b.put(dateRow, l1, l2, numberLine, { ...CENTER, fontSize: 13 });
  b.put(dateRow, r1, r2, date, { ...CENTER, italic: true });
  b.row = dateRow + 1;
  b.space(12, false);
  b.record({
    kind: 'letterhead',
    agencyLines: leftLines.map((text) => upper(text.trim())),
    nationalName: NATIONAL_NAME,
    motto: MOTTO,
    numberLine,
    placeDate: date,
  });
}

const NATIONAL_NAME = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
const MOTTO = 'Độc lập - Tự do - Hạnh phúc';

/** Document kind (`BÁO CÁO`) and subject, bold and centred, with a short rule under them. */
export function documentTitle(b: SheetBuilder, kind: string, subject: string): void {
  b.record({ kind: 'title', documentKind: kind, subject });
  b.line(kind, { ...CENTER, bold: true }, null);
  const at = b.row;
  b.put(at, 2, b.lastColumn - 1, subject, { ...CENTER, bold: true });
  b.row += 1;
  rule(b, b.row, TITLE_RULE);
  b.fixHeight(b.row, RULE_ROW_PT);
  b.row += 1;
}

/** "Kính gửi: …", centred under the title. */
export function recipientLine(b: SheetBuilder, recipient: string): void {
  const text = `Kính gửi: ${recipient.trim()}`;
  b.record({ kind: 'recipient', text });
  b.space(6, false);
  b.line(text, CENTER, null);
  b.space(10, false);
}

export type ParagraphKind = 'part' | 'section' | 'body' | 'placeholder';

const PARAGRAPH_STYLE: Record<ParagraphKind, CellStyle> = {
  part: { bold: true },
  section: { bold: true },
  body: {},
  placeholder: PLACEHOLDER_STYLE,
};

/**
 * A justified, wrapped paragraph across the full width, first line indented; part headings
 * (I., II.) start at the margin so they keep to one line as in the seeds.
 */
export function paragraph(b: SheetBuilder, text: string, kind: ParagraphKind = 'body'): void {
  const incomplete = kind === 'placeholder' || isIncomplete(text);
  const style = incomplete ? PLACEHOLDER_STYLE : PARAGRAPH_STYLE[kind];
  const indent = kind === 'part' ? '' : INDENT;
  const role = incomplete && kind === 'body' ? 'placeholder' : kind;
  const at = b.line(indent + text, { horizontal: 'justify', vertical: 'top', wrap: true, ...style }, { kind: 'paragraph', role, text });
  b.spaceBelow(at, PARAGRAPH_GAP_PT);
  if (kind === 'part' || kind === 'section') b.keepWithNext(at);
}

/**
 * Where a section's narrative is missing: what the user should type, and where, in Vietnamese
 * (`[Nhập nội dung mục I.7 vào trang NoiDung, Báo cáo: Báo cáo quý]`), never an internal key.
 */
export function narrativePlaceholder(section: string, report?: string): string {
  const name = report === undefined ? null : reportName(report);
  return `[Nhập nội dung mục ${section} vào trang NoiDung${name ? `, Báo cáo: ${name}` : ''}]`;
}

/**
 * The section's paragraphs from `NoiDung`, or a highlighted placeholder when there are none;
 * `report` (the report's id, `ctx.report`) names the `Báo cáo` to type them under.
 */
export function narrative(b: SheetBuilder, paragraphs: readonly string[] | undefined, section: string, report: string | undefined): void {
  const texts = (paragraphs ?? []).map((p) => p.trim()).filter((p) => p !== '');
  if (texts.length === 0) {
    paragraph(b, narrativePlaceholder(section, report), 'placeholder');
    return;
  }
  for (const text of texts) paragraph(b, text);
}

const MISSING_FIGURE = '[Nhập: ';

/**
 * Where a typed-in figure is missing: the figure's Vietnamese label (what the `Chỉ tiêu` column
 * takes) and the sheet, `[Nhập: Số lượng TTHC đã được đánh giá tác động trong kỳ báo cáo — trang
 * SoLieu]`; never the internal key.
 */
export function figurePlaceholder(key: string): string {
  const label = figureLabel(key);
  return `${MISSING_FIGURE}${label ?? 'số liệu của câu này'} — trang SoLieu]`;
}

/** A figure typed in `SoLieu`, formatted; a visible marker when the workbook lacks it. */
export function figure(figures: Figures, key: string, format: (n: number) => string): string {
  const value = figures[key];
  return value === undefined ? figurePlaceholder(key) : format(value);
}

/** True when a sentence still shows a missing-figure marker, so it is highlighted. */
function isIncomplete(text: string): boolean {
  return text.includes(MISSING_FIGURE);
}

/** The styles of the landscape table reports (form 06, II.07b, the overdue list): one look for all three. */
export const TABLE_STYLES = {
  /** Table text, pt. */
  size: 11,
  /** Captions, signature, pt. */
  caption: 13,
  box: { border: { top: 'thin', bottom: 'thin', left: 'thin', right: 'thin' }, wrap: true, vertical: 'middle' } as CellStyle,
  head: { border: { top: 'thin', bottom: 'thin', left: 'thin', right: 'thin' }, wrap: true, vertical: 'middle', bold: true, horizontal: 'center' } as CellStyle,
  center: { horizontal: 'center', vertical: 'top', wrap: true } as CellStyle,
  note: { italic: true, fontSize: 12, horizontal: 'left', wrap: true } as CellStyle,
} as const;

/** The first header level of the results tables (form 06, II.06a by unit): label and the count columns (0-based) it spans. */
const RESULT_GROUPS: ReadonlyArray<{ label: string; first: number; last: number }> = [
  { label: 'Số hồ sơ nhận giải quyết', first: 0, last: 3 },
  { label: 'Số hồ sơ đã giải quyết', first: 4, last: 7 },
  { label: 'Số hồ sơ đang giải quyết', first: 8, last: 10 },
];

/**
 * The header of a results table (form 06, II.06a by unit) at the next free row: STT and the row
 * label (`rowLabel`) over two rows, the three groups over the eleven count columns and their
 * labels, a `trailing` column over two rows when given, then the (1)…(n) numbering row. Returns the
 * first header row and the numbering row (the table's print titles); the next free row follows.
 */
export function resultsHeader(b: SheetBuilder, rowLabel: string, countLabels: readonly string[], trailing?: string): { top: number; numbering: number } {
  const { head, box } = TABLE_STYLES;
  const top = b.row;
  const sub = top + 1;
  const numbering = top + 2;
  b.put(top, 1, 1, 'STT', head, { bottom: sub });
  b.put(top, 2, 2, rowLabel, head, { bottom: sub });
  for (const group of RESULT_GROUPS) b.put(top, group.first + 3, group.last + 3, group.label, head);
  countLabels.forEach((label, i) => b.put(sub, i + 3, i + 3, label, head));
  if (trailing !== undefined) b.put(top, countLabels.length + 3, countLabels.length + 3, trailing, head, { bottom: sub });
  for (let col = 1; col <= b.lastColumn; col += 1) b.put(numbering, col, col, `(${col})`, { ...box, italic: true, horizontal: 'center' });
  b.row = numbering + 1;
  return { top, numbering };
}

/**
 * The place, date and signer under a landscape table (form 06, II.07b, the overdue list), in the
 * columns given; returns the row of the signer's name so the caller can keep it with what precedes.
 */
export function tableSignature(b: SheetBuilder, info: AgencyInfo, issueDate: DayNumber, columns: [number, number], style: CellStyle): number {
  const top = b.row;
  const date = placeAndDate(info.place, issueDate);
  b.put(top, columns[0], columns[1], date, { ...style, italic: true });
  const titles = signerTitleLines(info);
  b.record({ kind: 'signature', placeDate: date, titles, name: info.signerName.trim(), fontSize: style.fontSize ?? TABLE_STYLES.caption });
  titles.forEach((title, i) => b.put(top + 1 + i, columns[0], columns[1], title, { ...style, bold: true }));
  const nameRow = top + 1 + titles.length + 4;
  b.put(nameRow, columns[0], columns[1], info.signerName.trim(), { ...style, bold: true });
  b.row = nameRow + 1;
  return nameRow;
}

/**
 * The heading of a landscape form (form 06, II.07b, the overdue list): the parent agency and the
 * agency top left in `agencyColumns` (the agency bold, underlined), the form's code line, if any,
 * top right in `codeColumns`; then the next free row under it.
 */
export function formHeading(
  b: SheetBuilder,
  info: AgencyInfo,
  agencyColumns: [number, number],
  code?: { text: string; columns: [number, number]; wrap: boolean },
): void {
  const style = TABLE_STYLES.center;
  const agencyLines = (info.parentAgency.trim() ? [info.parentAgency, info.agency] : [info.agency]).map((text) => upper(text.trim()));
  agencyLines.forEach((text, i) => {
    const isAgency = i === agencyLines.length - 1;
    b.put(i + 1, agencyColumns[0], agencyColumns[1], text, { ...style, fontSize: TABLE_STYLES.caption, bold: isAgency, underline: isAgency });
  });
  if (code) b.put(1, code.columns[0], code.columns[1], code.text, { ...style, wrap: code.wrap, fontSize: TABLE_STYLES.caption, bold: true });
  b.record({ kind: 'formHead', agencyLines, codeLine: code?.text ?? '' });
  b.row = agencyLines.length + 1;
}

/** The signer's title lines: `GIÁM ĐỐC`, or `KT. GIÁM ĐỐC` over `PHÓ GIÁM ĐỐC` for a deputy. */
export function signerTitleLines(info: AgencyInfo): string[] {
  const title = upper(info.signerTitle.trim());
  const deputy = upper(info.signerDeputyTitle.trim());
  if (!deputy) return [title];
  const delegated = /^(KT|TM|TL|TUQ|Q)\.\s/.test(title) ? title : `KT. ${title}`;
  return [delegated, deputy];
}

/** Rows left empty between the signer's title and name, for the signature and seal. */
const SIGNATURE_ROWS = 4;

/**
 * "Nơi nhận:" (bold italic, 12 pt) and the recipients list (12 pt) on the left, the signature
 * block on the right, starting on the same row.
 */
export function closingBlock(b: SheetBuilder, info: AgencyInfo): void {
  const left = LEFT_BLOCK;
  const right = RIGHT_BLOCK;
  // The closing paragraph just written stays on the signature's page, as the decree asks.
  const closing = b.row - 1;
  b.space(8, false);
  const top = b.row;
  b.put(top, left[0], left[1], 'Nơi nhận:', { fontSize: 12, bold: true, italic: true, horizontal: 'left', wrap: true });
  const recipients = info.recipients
    .map((r) => r.trim())
    .filter((r) => r !== '')
    .map((recipient) => (recipient.startsWith('-') ? recipient : `- ${recipient}`));
  recipients.forEach((text, i) => b.put(top + 1 + i, left[0], left[1], text, { fontSize: 12, horizontal: 'left', wrap: true }));
  const titles = signerTitleLines(info);
  b.record({ kind: 'closing', recipients, titles, name: info.signerName.trim() });
  titles.forEach((title, i) => b.put(top + i, right[0], right[1], title, { ...CENTER, bold: true }));
  const nameRow = top + titles.length + SIGNATURE_ROWS;
  b.put(nameRow, right[0], right[1], info.signerName.trim(), { ...CENTER, bold: true });
  const recipientsEnd = top + info.recipients.length;
  b.row = Math.max(nameRow, recipientsEnd) + 1;
  b.keepTogether(closing, b.row - 1);
}
