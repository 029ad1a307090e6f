/**
 * No row over Excel's 409 points, and nothing hidden: a paragraph taller than a paragraph row
 * (`PARAGRAPH_ROW_PT`, a quarter of a page, so pages print full) is split over several rows at
 * line or sentence ends (templates/layout.ts), in the sheet model and in the .xlsx the ExcelJS
 * writer makes of it.
 */
import ExcelJS from 'exceljs';
import { writeSheetModel } from '../../src/adapters/exceljs/writeSheet';
import { renderReport } from '../../src/templates';
import { estimateLines, linesPerRow, MAX_ROW_HEIGHT_PT, rowHeightFor, SheetBuilder, splitForRows } from '../../src/templates/layout';
import { PARAGRAPH_ROW_PT } from '../../src/templates/pagination';
import type { SheetModel } from '../../src/templates/sheetModel';
import { QUARTERLY_NARRATIVES, quarterlyContext } from '../helpers/indicatorFixture';
import { longParagraph } from '../helpers/longText';

const WIDTH_PT = 450;
const SIZE = 14;

/** The words of a text, whatever the line breaks and spaces between them. */
const words = (text: string) => text.split(/\s+/).filter((w) => w !== '');

/** A piece fits one paragraph row (and so, a fortiori, Excel's 409 points). */
const fitsOneRow = (piece: string) => rowHeightFor(estimateLines(piece, WIDTH_PT, SIZE), SIZE) <= PARAGRAPH_ROW_PT;

describe('splitting a text too tall for one row', () => {
  test('a 10,000-character paragraph becomes several pieces, each fitting a paragraph row, cut at sentence ends', () => {
    const text = longParagraph(10_000);
    expect(text.length).toBeGreaterThanOrEqual(10_000);
    expect(fitsOneRow(text)).toBe(false);

    const pieces = splitForRows(text, WIDTH_PT, SIZE);

    expect(pieces.length).toBeGreaterThan(2);
    for (const piece of pieces) expect(fitsOneRow(piece)).toBe(true);
    for (const piece of pieces) expect(piece).toMatch(/^Câu thứ \d+:.*trong kỳ báo cáo\.$/);
    expect(words(pieces.join(' '))).toEqual(words(text));
    // As few rows as packing whole sentences allows: no two neighbours would fit together.
    for (let i = 1; i < pieces.length; i++) expect(fitsOneRow(`${pieces[i - 1]} ${pieces[i]}`)).toBe(false);
  });

  test('line ends come first; a text that fits stays whole, its leading indent kept', () => {
    const block = longParagraph(300);
    const text = Array.from({ length: 12 }, () => block).join('\n');
    const pieces = splitForRows(text, WIDTH_PT, SIZE);
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces) {
      expect(fitsOneRow(piece)).toBe(true);
      expect(piece.split('\n').every((line) => line === block)).toBe(true);
    }
    const indented = '\u00a0'.repeat(8) + 'Một đoạn ngắn.';
    expect(splitForRows(indented, WIDTH_PT, SIZE)).toEqual([indented]);
  });

  test('a sentence taller than a row is cut between words, a word longer than a row between characters', () => {
    const sentence = Array.from({ length: 2_500 }, (_, i) => `từ${i}`).join(' ');
    const byWords = splitForRows(sentence, WIDTH_PT, SIZE);
    expect(byWords.length).toBeGreaterThan(1);
    for (const piece of byWords) expect(fitsOneRow(piece)).toBe(true);
    expect(words(byWords.join(' '))).toEqual(words(sentence));

    const word = 'x'.repeat(10_000);
    const byCharacters = splitForRows(word, WIDTH_PT, SIZE);
    expect(byCharacters.length).toBeGreaterThan(1);
    for (const piece of byCharacters) expect(fitsOneRow(piece)).toBe(true);
    expect(byCharacters.join('')).toBe(word);
  });

  test('a 409-point row holds 24 lines of 14-point text, a paragraph row 10', () => {
    expect(linesPerRow(14)).toBe(24);
    expect(rowHeightFor(linesPerRow(14), 14)).toBeLessThanOrEqual(MAX_ROW_HEIGHT_PT);
    expect(rowHeightFor(linesPerRow(14) + 1, 14)).toBeGreaterThan(MAX_ROW_HEIGHT_PT);
    expect(PARAGRAPH_ROW_PT).toBeLessThan(MAX_ROW_HEIGHT_PT);
    expect(linesPerRow(14, PARAGRAPH_ROW_PT)).toBe(10);
    expect(rowHeightFor(linesPerRow(14, PARAGRAPH_ROW_PT) + 1, 14)).toBeGreaterThan(PARAGRAPH_ROW_PT);
  });
});

describe('the sheet builder', () => {
  test('puts a long line on consecutive rows and returns the last; caps any other cell at 409 points', () => {
    const b = new SheetBuilder([30, 30, 30], { fontName: 'Times New Roman', fontSize: SIZE });
    const text = longParagraph(10_000);
    const last = b.line(text, { wrap: true });
    b.spaceBelow(last, 6);
    b.put(b.row, 1, 1, longParagraph(3_000), { wrap: true }); // a narrow table cell: capped, not split
    const model = b.build('Thử', { paperSize: 'A4', orientation: 'portrait', margins: { top: 20, bottom: 20, left: 30, right: 15, header: 10, footer: 10 }, fitToWidth: true, printArea: 'A1:C99' }, { name: 'Times New Roman', size: SIZE });

    const rows = model.cells.filter((c) => c.row <= last).map((c) => c.row);
    expect(rows).toEqual(Array.from({ length: last }, (_, i) => i + 1));
    expect(last).toBeGreaterThan(2);
    expect(words(model.cells.filter((c) => c.row <= last).map((c) => c.value).join(' '))).toEqual(words(text));
    for (const height of Object.values(model.rowHeights)) expect(height).toBeLessThanOrEqual(MAX_ROW_HEIGHT_PT);
    expect(model.rowHeights[last + 1]).toBe(MAX_ROW_HEIGHT_PT);
  });
});

describe('a report with a 10,000-character narrative', () => {
  const paragraph = longParagraph(10_000);
  const model = renderReport('quarterly', quarterlyContext({ narratives: { ...QUARTERLY_NARRATIVES, 'I.5': [paragraph] } }));
  const pieces = model.cells.filter((c) => typeof c.value === 'string' && c.value.includes('Câu thứ'));

  test('the sheet model: every row at most 409 points, the paragraph on several rows in order, every word kept', () => {
    for (const [row, height] of Object.entries(model.rowHeights)) expect([row, height <= MAX_ROW_HEIGHT_PT]).toEqual([row, true]);
    expect(pieces.length).toBeGreaterThan(2);
    const rows = pieces.map((c) => c.row);
    expect(rows).toEqual(rows.map((_, i) => rows[0] + i));
    expect(words(pieces.map((c) => String(c.value)).join(' '))).toEqual(words(paragraph));
  });

  test('the ExcelJS writer: every row at most 409 points in the .xlsx, the text in the cells', async () => {
    const book = new ExcelJS.Workbook();
    writeSheetModel(book, model);
    const read = new ExcelJS.Workbook();
    await read.xlsx.load(await book.xlsx.writeBuffer());
    const sheet = read.worksheets[0];
    const heights: number[] = [];
    sheet.eachRow({ includeEmpty: true }, (row) => row.height !== undefined && heights.push(row.height));
    expect(heights.length).toBeGreaterThan(0);
    expect(Math.max(...heights)).toBeLessThanOrEqual(MAX_ROW_HEIGHT_PT);
    for (const piece of pieces) {
      expect(sheet.getCell(piece.row, piece.col).value).toBe(piece.value);
      expect(sheet.getRow(piece.row).height).toBe(model.rowHeights[piece.row]);
    }
  });
});

describe('every report', () => {
  test.each(['quarterly', 'digitisation', 'form06', 'score766', 'proceduresByLevel', 'overdueList'] as const)('%s has no row over 409 points', (id) => {
    const model: SheetModel = renderReport(id, quarterlyContext({ narratives: { ...QUARTERLY_NARRATIVES, 'I.5': [longParagraph(5_000)] } }));
    for (const height of Object.values(model.rowHeights)) expect(height).toBeLessThanOrEqual(MAX_ROW_HEIGHT_PT);
  });
});
