/**
 * Small hand-built document models for the Word writer's tests, and a reader of the parts of
 * the .docx it writes.
 */

import { strFromU8, unzipSync } from 'fflate';
import type {
  ClosingBlock,
  DocumentBlock,
  DocumentModel,
  LetterheadBlock,
  TableBlock,
  TableCellModel,
  TableRowModel,
} from '../../src/templates/document';
import { docxBytes } from '../../src/adapters/docx/writeDocx';

/** A portrait A4 document of `blocks`: Times New Roman 14, margins 20/20/30/15 mm. */
export function makeDocument(blocks: DocumentBlock[], overrides: Partial<DocumentModel> = {}): DocumentModel {
  return {
    orientation: 'portrait',
    fontSize: 14,
    fontName: 'Times New Roman',
    margins: { top: 20, bottom: 20, left: 30, right: 15 },
    blocks,
    ...overrides,
  };
}

export const LETTERHEAD: LetterheadBlock = {
  kind: 'letterhead',
  agencyLines: ['UBND TỈNH QUẢNG NINH', 'SỞ NGOẠI VỤ'],
  nationalName: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  motto: 'Độc lập - Tự do - Hạnh phúc',
  numberLine: 'Số: 123/BC-SNgV',
  placeDate: 'Quảng Ninh, ngày 15 tháng 6 năm 2023',
};

export const CLOSING: ClosingBlock = {
  kind: 'closing',
  recipients: ['Văn phòng UBND tỉnh;', 'Lãnh đạo Sở;', 'Lưu: VT, VP.'],
  titles: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'],
  name: 'Nguyễn Thái Bình',
};

export function textCell(value: string | number | null, extra: Partial<TableCellModel> = {}): TableCellModel {
  return { value, colSpan: 1, rowSpan: 1, align: 'left', style: {}, ...extra };
}

/**
 * A table of `bodyRows` numbered rows under a two-row header: "STT" and "Nội dung" spanning both
 * header rows, "Số hồ sơ" spanning two columns over "Tiếp nhận" and "Giải quyết".
 */
export function sampleTable(bodyRows: number, extra: Partial<TableBlock> = {}): TableBlock {
  const head = { style: { bold: true }, align: 'center' as const };
  const rows: TableRowModel[] = [
    {
      cells: [
        textCell('STT', { ...head, rowSpan: 2 }),
        textCell('Nội dung', { ...head, rowSpan: 2 }),
        textCell('Số hồ sơ', { ...head, colSpan: 2 }),
      ],
    },
    { cells: [textCell('Tiếp nhận', head), textCell('Giải quyết', head)] },
  ];
  for (let i = 1; i <= bodyRows; i++) {
    rows.push({
      cells: [
        textCell(i, { align: 'center' }),
        textCell(`Thủ tục hành chính số ${i}`),
        textCell(i * 3, { align: 'right' }),
        textCell(i % 7 === 0 ? null : i * 2, { align: 'right' }),
      ],
    });
  }
  return { kind: 'table', columnWidths: [6, 40, 12, 12], headerRows: 2, rows, fontSize: 12, landscape: false, ...extra };
}

/** The XML parts of a .docx, by path. */
export function partsOf(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  return Object.fromEntries(Object.entries(files).map(([name, data]) => [name, strFromU8(data)]));
}

/** Writes `doc` and returns its parts. */
export async function writeParts(doc: DocumentModel): Promise<Record<string, string>> {
  return partsOf(await docxBytes(doc));
}

/** The `<w:p …>…</w:p>` elements of some XML, in order (paragraphs do not nest outside text boxes). */
export function paragraphsOf(xml: string): string[] {
  return xml.match(/<w:p(?=[ >])[\s\S]*?<\/w:p>/g) ?? [];
}

/** The literal text of a paragraph or any XML fragment: its `w:t` contents, XML entities decoded. */
export function textOf(xml: string): string {
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([\s\S]*?)<\/w:t>/g)]
    .map((m) => m[1])
    .join('')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The paragraph whose text is `text`. */
export function paragraphWithText(xml: string, text: string): string {
  const found = paragraphsOf(xml).find((p) => textOf(p) === text);
  if (!found) throw new Error(`no paragraph reads ${JSON.stringify(text)}`);
  return found;
}

/** The `<w:sectPr>` elements of the document part, in order. */
export function sectionsOf(documentXml: string): string[] {
  return documentXml.match(/<w:sectPr[\s\S]*?<\/w:sectPr>/g) ?? [];
}

/** The `<w:tbl>` elements (top level; layout tables here do not nest). */
export function tablesOf(documentXml: string): string[] {
  return documentXml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? [];
}

/** The `<w:tr>` elements of a table. */
export function rowsOf(tableXml: string): string[] {
  return tableXml.match(/<w:tr(?=[ >])[\s\S]*?<\/w:tr>/g) ?? [];
}
