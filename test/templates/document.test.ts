/**
 * The document model each report carries for the Word writer: the same words as its sheet, in
 * print order, as blocks (header, title, paragraphs, tables, closing block).
 */

import { REPORT_IDS, renderReport } from '../../src/templates';
import type { ReportId } from '../../src/templates';
import { documentOf } from '../../src/templates/document';
import type { DocumentBlock, DocumentModel, TableBlock } from '../../src/templates/document';
import { quarterlyContext } from '../helpers/indicatorFixture';
import { texts } from './modelText';

function documentFor(id: ReportId, overrides: Parameters<typeof quarterlyContext>[0] = {}): DocumentModel {
  const document = documentOf(renderReport(id, quarterlyContext(overrides)));
  if (!document) throw new Error(`${id} has no document`);
  return document;
}

/** Every text of a block, as printed. */
function blockTexts(block: DocumentBlock): string[] {
  switch (block.kind) {
    case 'letterhead': return [...block.agencyLines, block.nationalName, block.motto, block.numberLine, block.placeDate];
    case 'formHead': return [...block.agencyLines, block.codeLine];
    case 'title': return [block.documentKind, block.subject];
    case 'recipient': case 'line': case 'paragraph': return [block.text];
    case 'table': return block.rows.flatMap((r) => r.cells.map((c) => (c.value === null ? '' : String(c.value))));
    case 'signature': return [block.placeDate, ...block.titles, block.name];
    case 'closing': return ['Nơi nhận:', ...block.recipients, ...block.titles, block.name];
    case 'space': return [];
  }
}

const kinds = (document: DocumentModel) => document.blocks.filter((b) => b.kind !== 'space').map((b) => b.kind);
const tables = (document: DocumentModel) => document.blocks.filter((b): b is TableBlock => b.kind === 'table');

describe('the document model of a report', () => {
  test.each(REPORT_IDS)('%s: every text of the sheet is in the document', (id) => {
    const model = renderReport(id, quarterlyContext());
    const words = documentOf(model)!.blocks.flatMap(blockTexts).join('\n').replace(/\s+/g, ' ');
    // A long paragraph is cut over several rows on the sheet; each piece is in the one paragraph.
    const missing = texts(model)
      .map((t) => t.replace(/\s+/g, ' ').trim())
      .filter((t) => t !== '' && !words.includes(t));
    expect(missing).toEqual([]);
  });

  test('the quarterly report is a header block, title, recipient, sections and the closing block, in that order', () => {
    const order = kinds(documentFor('quarterly'));
    expect(order.slice(0, 3)).toEqual(['letterhead', 'title', 'recipient']);
    expect(order[order.length - 1]).toBe('closing');
    expect(order.filter((k) => k === 'paragraph').length).toBeGreaterThan(20);
  });

  test('headings are part and section paragraphs, body text has no indent spaces', () => {
    const paragraphs = documentFor('quarterly').blocks.filter((b) => b.kind === 'paragraph');
    expect(paragraphs.find((p) => p.text.startsWith('I. TÌNH HÌNH'))).toMatchObject({ role: 'part' });
    expect(paragraphs.find((p) => p.text.startsWith('6. Tình hình'))).toMatchObject({ role: 'section' });
    expect(paragraphs.every((p) => !/^\s/.test(p.text))).toBe(true);
  });

  test('a missing narrative is a placeholder paragraph', () => {
    const document = documentFor('quarterly', { narratives: {} });
    const placeholders = document.blocks.filter((b) => b.kind === 'paragraph' && b.role === 'placeholder');
    expect(placeholders.length).toBeGreaterThan(5);
    expect(placeholders[0]).toMatchObject({ text: expect.stringContaining('[Nhập nội dung mục') });
  });

  test('the closing block carries the recipients as printed and the signer', () => {
    const closing = documentFor('quarterly').blocks.find((b) => b.kind === 'closing');
    expect(closing).toMatchObject({ name: 'Nguyễn Thái Bình', recipients: ['- Như trên;', '- Lãnh đạo Sở;', '- Lưu: VT, VP.'] });
  });

  test('form 06 is one landscape table: three header rows (groups, columns, numbering), the rows and the total', () => {
    const document = documentFor('form06');
    expect(document.orientation).toBe('landscape');
    expect(kinds(document)[0]).toBe('formHead');
    const [table] = tables(document);
    expect(tables(document)).toHaveLength(1);
    expect(table.headerRows).toBe(3);
    expect(table.columnWidths).toHaveLength(13);
    expect(table.rows[0].cells.slice(0, 2).map((c) => [c.value, c.rowSpan])).toEqual([['STT', 2], ['Lĩnh vực, thủ tục hành chính', 2]]);
    expect(table.rows[0].cells[2]).toMatchObject({ value: 'Số hồ sơ nhận giải quyết', colSpan: 4 });
    expect(table.rows[2].cells.map((c) => c.value)).toEqual(Array.from({ length: 13 }, (_, i) => `(${i + 1})`));
    expect(table.rows[table.rows.length - 1].cells[0]).toMatchObject({ value: 'Tổng cộng', colSpan: 2 });
    expect(kinds(document)[kinds(document).length - 1]).toBe('signature');
  });

  test('the 766 report prints its tables once each, with one header row, on landscape pages', () => {
    const document = documentFor('score766');
    expect(document.orientation).toBe('portrait');
    const [scores] = tables(document);
    expect(scores).toMatchObject({ headerRows: 1, landscape: true });
    expect(scores.rows.filter((r) => r.cells[0].value === 'STT')).toHaveLength(1);
  });

  test('text that looks like a formula stays text in the document', () => {
    const document = documentFor('quarterly', { narratives: { 'I.7': ['=HYPERLINK("x")'] } });
    expect(document.blocks).toContainEqual({ kind: 'paragraph', role: 'body', text: '=HYPERLINK("x")' });
  });
});
