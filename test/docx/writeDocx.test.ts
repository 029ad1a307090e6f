/**
 * The Word writer (src/adapters/docx/writeDocx.ts): the .docx it writes for small hand-built
 * document models, read back from the zip. Layout as Nghị định 30/2020/NĐ-CP asks; text literal.
 */

import { readFileSync } from 'fs';
import path from 'path';
import { Document } from 'docx';
import { docxBytes, documentToDocx } from '../../src/adapters/docx/writeDocx';
import type { DocumentBlock } from '../../src/templates/document';
import {
  CLOSING,
  LETTERHEAD,
  makeDocument,
  paragraphWithText,
  paragraphsOf,
  partsOf,
  rowsOf,
  sampleTable,
  sectionsOf,
  tablesOf,
  textCell,
  textOf,
  writeParts,
} from './fixtures';

/**
 * The body of each section, in order. A section's properties (`w:sectPr`) sit in the properties
 * of its last paragraph (the last section's at the end of the body), so a section runs to the
 * end of the paragraph holding them.
 */
const sectionTexts = (xml: string): string[] =>
  xml
    .replace(/<w:sectPr>[\s\S]*?<\/w:sectPr>/g, '§')
    .replace(/§((?:(?!<w:p[ >])[\s\S])*?<\/w:p>)/g, '$1§')
    .split('§')
    .slice(0, -1);

const body = (text: string): DocumentBlock => ({ kind: 'paragraph', role: 'body', text });

async function documentXml(blocks: DocumentBlock[], overrides = {}): Promise<string> {
  return (await writeParts(makeDocument(blocks, overrides)))['word/document.xml'];
}

/** The header part a section's `<w:headerReference w:type="…">` points at. */
function headerOf(parts: Record<string, string>, section: string, type: 'default' | 'first'): string {
  const id = new RegExp(`<w:headerReference w:type="${type}" r:id="(rId\\d+)"`).exec(section)?.[1];
  if (!id) throw new Error(`the section has no ${type} header`);
  const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${id}"`).exec(parts['word/_rels/document.xml.rels']);
  const file = target?.[1] ?? target?.[2];
  return parts[`word/${file}`];
}

describe('the Word writer', () => {
  describe('page', () => {
    test('is A4 portrait with the model margins in twips and headers 10 mm from the edge', async () => {
      const [section] = sectionsOf(await documentXml([body('Nội dung.')]));
      expect(section).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
      // 20 mm = 1134, 15 mm = 850, 30 mm = 1701 twips.
      expect(section).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701" w:header="567" w:footer="567"/);
    });

    test('a landscape document is one landscape A4 section', async () => {
      const xml = await documentXml([body('Nội dung.'), sampleTable(3, { landscape: true }), body('Sau bảng.')], { orientation: 'landscape' });
      const sections = sectionsOf(xml);
      expect(sections).toHaveLength(1);
      expect(sections[0]).toContain('<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>');
    });

    test('a landscape table in a portrait document turns the pages landscape from that table to the end', async () => {
      const parts = await writeParts(makeDocument([body('Trước bảng.'), sampleTable(3, { landscape: true }), body('Sau bảng.')]));
      const xml = parts['word/document.xml'];
      const sections = sectionsOf(xml);
      expect(sections.map((s) => /w:orient="(\w+)"/.exec(s)![1])).toEqual(['portrait', 'landscape']);
      expect(sections[1]).toContain('<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>');
      expect(sectionTexts(xml)[1]).toContain('Sau bảng.');
      // The table fills the landscape line: 297 − 30 − 15 mm.
      const grid = [...tablesOf(xml)[0].matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
      expect(grid.reduce((a, b) => a + b, 0)).toBe(16838 - 1701 - 850);
      // Numbering runs on: only the first section has a first page of its own, every section a numbered header.
      expect(sections.map((s) => s.includes('<w:titlePg/>'))).toEqual([true, false]);
      for (const section of sections) expect(headerOf(parts, section, 'default')).toContain('PAGE');
      expect(xml).not.toMatch(/<w:pgNumType w:start/);
    });

    test('a heading right above the first landscape table goes onto the landscape page with it', async () => {
      const heading: DocumentBlock = { kind: 'paragraph', role: 'section', text: '2. Biểu số liệu' };
      const xml = (await writeParts(makeDocument([body('Trước bảng.'), heading, sampleTable(3, { landscape: true })])))['word/document.xml'];
      const [portrait, landscape] = sectionTexts(xml);
      expect(portrait).toContain('Trước bảng.');
      expect(portrait).not.toContain('2. Biểu số liệu');
      expect(landscape).toContain('2. Biểu số liệu');
    });
  });

  describe('fonts', () => {
    test('Times New Roman at the model size is the document default, in Vietnamese', async () => {
      const styles = (await writeParts(makeDocument([body('x')], { fontSize: 13 })))['word/styles.xml'];
      const defaults = /<w:rPrDefault>[\s\S]*?<\/w:rPrDefault>/.exec(styles)![0];
      expect(defaults).toContain('w:ascii="Times New Roman"');
      expect(defaults).toContain('w:hAnsi="Times New Roman"');
      expect(defaults).toContain('<w:sz w:val="26"/>');
      expect(defaults).toContain('<w:lang w:val="vi-VN"/>');
    });
  });

  describe('page numbers', () => {
    test('are a centred PAGE field at the top, from page 2: the first page has an empty header of its own', async () => {
      const parts = await writeParts(makeDocument([body('Nội dung.')]));
      const [section] = sectionsOf(parts['word/document.xml']);
      expect(section).toContain('<w:titlePg/>');
      const numbered = headerOf(parts, section, 'default');
      expect(numbered).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
      expect(numbered).toContain('<w:jc w:val="center"/>');
      expect(numbered).toContain('<w:sz w:val="26"/>');
      const first = headerOf(parts, section, 'first');
      expect(first).not.toContain('PAGE');
      expect(textOf(first)).toBe('');
    });
  });

  describe('letterhead', () => {
    test('is a borderless two-column table, 40% and 60% of the line', async () => {
      const [table] = tablesOf(await documentXml([LETTERHEAD]));
      const grid = [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
      expect(grid).toEqual([3742, 5613]);
      const borders = /<w:tblBorders>([\s\S]*?)<\/w:tblBorders>/.exec(table)![1];
      for (const side of ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']) expect(borders).toMatch(new RegExp(`<w:${side} w:val="none"`));
      // No cell border either: the only lines are the rules (paragraph borders).
      expect(table.replace(/<w:pBdr>[\s\S]*?<\/w:pBdr>/g, '')).not.toMatch(/<w:(top|left|bottom|right|insideH|insideV) w:val="single"/);
    });

    test('puts the agency left, the last line bold, with a short rule under it; the national name and motto right with a rule under the motto', async () => {
      const [table] = tablesOf(await documentXml([LETTERHEAD]));
      const [first] = rowsOf(table);
      const [left, right] = first.match(/<w:tc>[\s\S]*?<\/w:tc>/g)!;
      expect(paragraphWithText(left, 'UBND TỈNH QUẢNG NINH')).not.toContain('<w:b/>');
      const agency = paragraphWithText(left, 'SỞ NGOẠI VỤ');
      expect(agency).toContain('<w:b/>');
      expect(agency).toContain('<w:sz w:val="26"/>');
      expect(agency).toContain('<w:jc w:val="center"/>');
      const leftParagraphs = paragraphsOf(left);
      expect(leftParagraphs[leftParagraphs.length - 1]).toMatch(/<w:pBdr><w:bottom w:val="single"/);
      expect(paragraphWithText(right, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toMatch(/<w:b\/>[\s\S]*<w:sz w:val="24"\/>/);
      expect(paragraphWithText(right, 'Độc lập - Tự do - Hạnh phúc')).toMatch(/<w:b\/>[\s\S]*<w:sz w:val="26"\/>/);
      const rightParagraphs = paragraphsOf(right);
      expect(rightParagraphs[rightParagraphs.length - 1]).toMatch(/<w:pBdr><w:bottom w:val="single"/);
      // A rule is a border, never a drawing.
      expect(table).not.toContain('<w:drawing');
    });

    test('puts the number line and the place and date side by side on its second row, the date italic', async () => {
      const [table] = tablesOf(await documentXml([LETTERHEAD]));
      const second = rowsOf(table)[1];
      expect(paragraphsOf(second).map(textOf)).toEqual(['Số: 123/BC-SNgV', 'Quảng Ninh, ngày 15 tháng 6 năm 2023']);
      const date = paragraphWithText(second, 'Quảng Ninh, ngày 15 tháng 6 năm 2023');
      expect(date).toContain('<w:i/>');
      expect(date).toContain('<w:sz w:val="28"/>');
    });
  });

  describe('form heading', () => {
    test('puts the agency left (the agency bold and underlined) and the code line bold right, without borders', async () => {
      const xml = await documentXml([{ kind: 'formHead', agencyLines: ['UBND TỈNH QUẢNG NINH', 'SỞ NGOẠI VỤ'], codeLine: 'Biểu số 06/VPCP/KSTT' }]);
      const [table] = tablesOf(xml);
      const [left, right] = table.match(/<w:tc>[\s\S]*?<\/w:tc>/g)!;
      expect(paragraphWithText(left, 'SỞ NGOẠI VỤ')).toMatch(/<w:b\/>[\s\S]*<w:u w:val="single"\/>/);
      expect(paragraphWithText(left, 'UBND TỈNH QUẢNG NINH')).not.toContain('<w:u ');
      expect(paragraphWithText(right, 'Biểu số 06/VPCP/KSTT')).toContain('<w:b/>');
      expect(table).not.toMatch(/w:val="single" w:color="000000" w:sz="4"/);
    });
  });

  describe('title and recipient', () => {
    test('the document kind and subject are bold and centred, 12 pt below what precedes, with a short rule under them', async () => {
      const xml = await documentXml([{ kind: 'title', documentKind: 'BÁO CÁO', subject: 'Kết quả kiểm soát thủ tục hành chính' }]);
      const kind = paragraphWithText(xml, 'BÁO CÁO');
      expect(kind).toMatch(/<w:spacing[^>]*w:before="240"/);
      for (const p of [kind, paragraphWithText(xml, 'Kết quả kiểm soát thủ tục hành chính')]) {
        expect(p).toContain('<w:b/>');
        expect(p).toContain('<w:jc w:val="center"/>');
        expect(p).toContain('<w:keepNext/>');
      }
      const paragraphs = paragraphsOf(xml);
      const ruleAt = paragraphs.findIndex((p) => p.includes('<w:pBdr>'));
      expect(ruleAt).toBe(2);
      const indent = /<w:ind w:left="(\d+)" w:right="(\d+)"/.exec(paragraphs[ruleAt])!;
      const ruleWidth = 9355 - Number(indent[1]) - Number(indent[2]);
      expect(ruleWidth).toBeGreaterThan(9355 / 8);
      expect(ruleWidth).toBeLessThanOrEqual(Math.ceil(9355 / 3) + 1);
    });

    test('the recipient line is centred, 6 pt below the title and 10 pt above the text', async () => {
      const xml = await documentXml([{ kind: 'recipient', text: 'Kính gửi: Văn phòng UBND tỉnh' }]);
      const p = paragraphWithText(xml, 'Kính gửi: Văn phòng UBND tỉnh');
      expect(p).toContain('<w:jc w:val="center"/>');
      expect(p).toMatch(/<w:spacing w:after="200" w:before="120"/);
    });
  });

  describe('paragraphs', () => {
    test('body text is justified with a real first-line indent of 1 cm and space after', async () => {
      const p = paragraphWithText(await documentXml([body('Trong kỳ, Sở đã tiếp nhận 14 hồ sơ.')]), 'Trong kỳ, Sở đã tiếp nhận 14 hồ sơ.');
      expect(p).toContain('<w:jc w:val="both"/>');
      expect(p).toContain('<w:ind w:firstLine="567"/>');
      expect(p).toMatch(/<w:spacing w:after="120"/);
      expect(p).not.toContain('<w:keepNext/>');
    });

    test('a part heading is bold, justified, at the margin and kept with the next paragraph', async () => {
      const p = paragraphWithText(await documentXml([{ kind: 'paragraph', role: 'part', text: 'I. KẾT QUẢ' }, body('x')]), 'I. KẾT QUẢ');
      expect(p).toContain('<w:keepNext/>');
      expect(p).toContain('<w:b/>');
      expect(p).toContain('<w:jc w:val="both"/>');
      expect(p).not.toContain('<w:ind');
    });

    test('a section heading is bold, indented and kept with the next paragraph', async () => {
      const p = paragraphWithText(await documentXml([{ kind: 'paragraph', role: 'section', text: '1. Tiếp nhận' }, body('x')]), '1. Tiếp nhận');
      expect(p).toContain('<w:keepNext/>');
      expect(p).toContain('<w:b/>');
      expect(p).toContain('<w:ind w:firstLine="567"/>');
    });

    test('a placeholder paragraph is italic, dark red and highlighted yellow', async () => {
      const p = paragraphWithText(await documentXml([{ kind: 'paragraph', role: 'placeholder', text: '[Nhập nội dung mục II]' }]), '[Nhập nội dung mục II]');
      expect(p).toContain('<w:i/>');
      expect(p).toContain('<w:color w:val="C00000"/>');
      expect(p).toContain('<w:highlight w:val="yellow"/>');
      expect(p).toContain('<w:ind w:firstLine="567"/>');
    });

    test('a line keeps its alignment and style, a placeholder style highlighted', async () => {
      const xml = await documentXml([
        { kind: 'line', text: 'Quý II năm 2023', align: 'center', style: { italic: true, size: 13 } },
        { kind: 'line', text: 'Đơn vị tính: hồ sơ', align: 'right', style: { bold: true, underline: true, color: '1F4E79' } },
        { kind: 'line', text: '[Nhập: số liệu]', align: 'justify', style: { placeholder: true } },
      ]);
      const period = paragraphWithText(xml, 'Quý II năm 2023');
      expect(period).toContain('<w:jc w:val="center"/>');
      expect(period).toContain('<w:i/>');
      expect(period).toContain('<w:sz w:val="26"/>');
      const unit = paragraphWithText(xml, 'Đơn vị tính: hồ sơ');
      expect(unit).toContain('<w:jc w:val="right"/>');
      expect(unit).toMatch(/<w:b\/>[\s\S]*<w:color w:val="1F4E79"\/>[\s\S]*<w:u w:val="single"\/>/);
      const missing = paragraphWithText(xml, '[Nhập: số liệu]');
      expect(missing).toContain('<w:jc w:val="both"/>');
      expect(missing).toContain('<w:highlight w:val="yellow"/>');
    });

    test('a space block is an empty paragraph of exactly that height', async () => {
      const xml = await documentXml([body('a'), { kind: 'space', points: 9 }, body('b')]);
      const paragraphs = paragraphsOf(xml);
      expect(paragraphs).toHaveLength(3);
      expect(textOf(paragraphs[1])).toBe('');
      expect(paragraphs[1]).toMatch(/<w:spacing w:after="0" w:before="0" w:line="180" w:lineRule="exact"\/>/);
    });
  });

  describe('tables', () => {
    test('are bordered, fixed, as wide as the line, their columns in the model proportions', async () => {
      const [table] = tablesOf(await documentXml([sampleTable(2)]));
      expect(table).toContain('<w:tblLayout w:type="fixed"/>');
      expect(table).toContain('<w:tblW w:type="dxa" w:w="9355"/>');
      const grid = [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
      expect(grid.reduce((a, b) => a + b, 0)).toBe(9355);
      expect(grid[1] / grid[0]).toBeCloseTo(40 / 6, 1);
      for (const side of ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']) expect(table).toMatch(new RegExp(`<w:${side} w:val="single" w:color="000000" w:sz="4"/>`));
    });

    test('mark their header rows to repeat on each page, and only those', async () => {
      const [table] = tablesOf(await documentXml([sampleTable(5)]));
      const rows = rowsOf(table);
      expect(rows.map((r) => r.includes('<w:tblHeader/>'))).toEqual([true, true, false, false, false, false, false]);
    });

    test('never split a row across pages', async () => {
      const rows = rowsOf(tablesOf(await documentXml([sampleTable(5)]))[0]);
      expect(rows).toHaveLength(7);
      for (const row of rows) expect(row).toContain('<w:cantSplit/>');
    });

    test('span columns and rows, centre cells vertically and print the cells at the table size', async () => {
      const [table] = tablesOf(await documentXml([sampleTable(1)]));
      const [first, second] = rowsOf(table);
      expect(first).toContain('<w:gridSpan w:val="2"/>');
      expect(first.match(/<w:vMerge w:val="restart"\/>/g)).toHaveLength(2);
      expect(second.match(/<w:vMerge w:val="continue"\/>/g)).toHaveLength(2);
      expect(second.match(/<w:tc>/g)).toHaveLength(4);
      expect(table.match(/<w:vAlign w:val="center"\/>/g)!.length).toBeGreaterThanOrEqual(11);
      const head = paragraphWithText(first, 'Số hồ sơ');
      expect(head).toMatch(/<w:b\/>[\s\S]*<w:sz w:val="24"\/>/);
      expect(head).toContain('<w:jc w:val="center"/>');
    });

    test('print numbers as text and null as an empty cell', async () => {
      const [table] = tablesOf(
        await documentXml([
          { kind: 'table', columnWidths: [1, 1, 1], headerRows: 0, fontSize: 12, landscape: false, rows: [{ cells: [textCell(1234.5), textCell('05'), textCell(null)] }] },
        ]),
      );
      const cells = table.match(/<w:tc>[\s\S]*?<\/w:tc>/g)!;
      expect(cells.map(textOf)).toEqual(['1234.5', '05', '']);
    });

    test('fill a row shorter than the grid with empty cells', async () => {
      const [table] = tablesOf(
        await documentXml([{ kind: 'table', columnWidths: [1, 1, 1], headerRows: 0, fontSize: 12, landscape: false, rows: [{ cells: [textCell('a')] }] }]),
      );
      expect(table.match(/<w:tc>/g)).toHaveLength(3);
    });

    test('keep a row marked keepWithNext on the page of the next row', async () => {
      const table = sampleTable(3);
      table.rows[2] = { ...table.rows[2], keepWithNext: true };
      const rows = rowsOf(tablesOf(await documentXml([table]))[0]);
      for (const p of paragraphsOf(rows[2])) expect(p).toContain('<w:keepNext/>');
      for (const p of paragraphsOf(rows[3])) expect(p).not.toContain('<w:keepNext/>');
    });

    test('two tables in a row stay two tables: a paragraph lies between them', async () => {
      const xml = await documentXml([sampleTable(1), sampleTable(1)]);
      expect(xml).not.toMatch(/<\/w:tbl><w:tbl>/);
      expect(tablesOf(xml)).toHaveLength(2);
    });
  });

  describe('signature and closing', () => {
    test('the signature is a borderless block on the right: place and date italic, titles and name bold, room to sign, on one page', async () => {
      const xml = await documentXml([
        sampleTable(2),
        { kind: 'signature', placeDate: 'Quảng Ninh, ngày 15 tháng 6 năm 2023', titles: ['GIÁM ĐỐC'], name: 'Nguyễn Thái Bình', fontSize: 13 },
      ]);
      const table = tablesOf(xml)[1];
      expect(table).toContain('<w:cantSplit/>');
      const right = table.match(/<w:tc>[\s\S]*?<\/w:tc>/g)![1];
      expect(paragraphsOf(right).map(textOf)).toEqual(['Quảng Ninh, ngày 15 tháng 6 năm 2023', 'GIÁM ĐỐC', '', '', '', '', 'Nguyễn Thái Bình']);
      expect(paragraphWithText(right, 'Quảng Ninh, ngày 15 tháng 6 năm 2023')).toMatch(/<w:i\/>[\s\S]*<w:sz w:val="26"\/>/);
      expect(paragraphWithText(right, 'Nguyễn Thái Bình')).toMatch(/<w:b\/>[\s\S]*<w:jc w:val="center"\/>|<w:jc w:val="center"\/>[\s\S]*<w:b\/>/);
      expect(table).not.toMatch(/w:val="single"/);
      // The table's last row stays with the signature.
      const dataRows = rowsOf(tablesOf(xml)[0]);
      expect(dataRows[dataRows.length - 1]).toContain('<w:keepNext/>');
    });

    test('the signature takes the right 45% of the line, more when its place and date would not fit on one line', async () => {
      const signature = (placeDate: string): DocumentBlock => ({ kind: 'signature', placeDate, titles: ['GIÁM ĐỐC'], name: 'Nguyễn Thái Bình', fontSize: 13 });
      const share = async (placeDate: string, orientation: 'portrait' | 'landscape') => {
        const [table] = tablesOf(await documentXml([signature(placeDate)], { orientation }));
        const grid = [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
        return grid[1] / (grid[0] + grid[1]);
      };
      expect(await share('Quảng Ninh, ngày 15 tháng 6 năm 2023', 'landscape')).toBeCloseTo(0.45, 2);
      const portrait = await share('Quảng Ninh, ngày 15 tháng 6 năm 2023', 'portrait');
      expect(portrait).toBeGreaterThan(0.45);
      expect(portrait).toBeLessThanOrEqual(0.7);
    });

    test('the closing block is one unsplittable row: "Nơi nhận:" and the recipients left, the signer right', async () => {
      const [table] = tablesOf(await documentXml([body('Trên đây là báo cáo.'), CLOSING]));
      const rows = rowsOf(table);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toContain('<w:cantSplit/>');
      const [left, right] = table.match(/<w:tc>[\s\S]*?<\/w:tc>/g)!;
      expect(paragraphsOf(left).map(textOf)).toEqual(['Nơi nhận:', '- Văn phòng UBND tỉnh;', '- Lãnh đạo Sở;', '- Lưu: VT, VP.']);
      expect(paragraphWithText(left, 'Nơi nhận:')).toMatch(/<w:b\/>[\s\S]*<w:i\/>[\s\S]*<w:sz w:val="24"\/>/);
      expect(paragraphWithText(left, '- Lãnh đạo Sở;')).toContain('<w:sz w:val="22"/>');
      expect(paragraphsOf(right).map(textOf)).toEqual(['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', '', '', '', '', 'Nguyễn Thái Bình']);
      for (const text of ['KT. GIÁM ĐỐC', 'Nguyễn Thái Bình']) {
        const p = paragraphWithText(right, text);
        expect(p).toContain('<w:b/>');
        expect(p).toContain('<w:jc w:val="center"/>');
        expect(p).toContain('<w:sz w:val="28"/>');
      }
      expect(table).not.toMatch(/w:val="single"/);
    });

    test('recipients already starting with a dash keep it, and no recipient is invented', async () => {
      const xml = await documentXml([{ kind: 'closing', recipients: ['- Như trên;'], titles: ['GIÁM ĐỐC'], name: 'A' }]);
      const left = tablesOf(xml)[0].match(/<w:tc>[\s\S]*?<\/w:tc>/g)![0];
      expect(paragraphsOf(left).map(textOf)).toEqual(['Nơi nhận:', '- Như trên;']);
      expect(xml).not.toContain('Lưu');
    });

    test('the paragraph before the closing block is kept with it', async () => {
      const xml = await documentXml([body('Đoạn giữa.'), body('Trên đây là báo cáo.'), CLOSING]);
      expect(paragraphWithText(xml, 'Trên đây là báo cáo.')).toContain('<w:keepNext/>');
      expect(paragraphWithText(xml, 'Đoạn giữa.')).not.toContain('<w:keepNext/>');
    });

    test('the paragraph before the closing block is kept with it across a space block', async () => {
      const xml = await documentXml([body('Trên đây là báo cáo.'), { kind: 'space', points: 8 }, CLOSING]);
      expect(paragraphWithText(xml, 'Trên đây là báo cáo.')).toContain('<w:keepNext/>');
      const space = paragraphsOf(xml).find((p) => p.includes('w:line="160" w:lineRule="exact"'))!;
      expect(space).toContain('<w:keepNext/>');
    });
  });

  describe('text', () => {
    test('a value like "=1+1" stays literal text, never a field', async () => {
      const xml = await documentXml([body('=1+1'), { ...sampleTable(0), rows: [{ cells: [textCell('=SUM(A1:A3)'), textCell('x'), textCell('y'), textCell('z')] }] }]);
      expect(paragraphsOf(xml).map(textOf)).toEqual(expect.arrayContaining(['=1+1', '=SUM(A1:A3)']));
      expect(xml).not.toContain('<w:fldSimple');
      expect(xml).not.toContain('<w:instrText');
    });

    test('markup characters are text, escaped by the library', async () => {
      const xml = await documentXml([body('a < b & c > d "e"')]);
      expect(paragraphsOf(xml).map(textOf)).toContain('a < b & c > d "e"');
      expect(xml).toContain('a &lt; b &amp; c &gt; d');
    });

    test('a control character XML forbids is stripped, tabs and line breaks kept', async () => {
      const xml = await documentXml([body('Số\u0007 hồ\u0000 sơ\u001F: 14\uFFFF')]);
      expect(paragraphsOf(xml).map(textOf)).toContain('Số hồ sơ: 14');
      // eslint-disable-next-line no-control-regex -- looking for control characters
      expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
    });

    test('a line feed is a line break within the paragraph', async () => {
      const xml = await documentXml([body('Dòng một\nDòng hai\r\nDòng ba')]);
      const paragraphs = paragraphsOf(xml);
      expect(paragraphs).toHaveLength(1);
      expect(paragraphs[0].match(/<w:br\/>/g)).toHaveLength(2);
      expect(textOf(paragraphs[0])).toBe('Dòng mộtDòng haiDòng ba');
    });

    test('a 10,000-character paragraph is one paragraph', async () => {
      const long = 'Nội dung báo cáo dài. '.repeat(500).slice(0, 10_000);
      const xml = await documentXml([body(long)]);
      const paragraphs = paragraphsOf(xml);
      expect(paragraphs).toHaveLength(1);
      expect(textOf(paragraphs[0])).toBe(long);
    });
  });

  describe('API', () => {
    test('documentToDocx returns the docx library Document', () => {
      expect(documentToDocx(makeDocument([body('x')]))).toBeInstanceOf(Document);
    });

    test('docxBytes writes a zip with the document part, without Node Buffer too (the browser)', async () => {
      const doc = makeDocument([LETTERHEAD, body('Nội dung.')]);
      const withBuffer = await docxBytes(doc);
      expect(withBuffer).toBeInstanceOf(Uint8Array);
      expect([...withBuffer.subarray(0, 2)]).toEqual([0x50, 0x4b]);
      const saved = globalThis.Buffer;
      let withoutBuffer: Uint8Array;
      try {
        (globalThis as any).Buffer = undefined;
        withoutBuffer = await docxBytes(doc);
      } finally {
        globalThis.Buffer = saved;
      }
      expect(Object.getPrototypeOf(withoutBuffer)).toBe(Uint8Array.prototype);
      expect(partsOf(withoutBuffer)['word/document.xml']).toContain('SỞ NGOẠI VỤ');
    });

    test('the writer imports nothing but docx and the model, so it bundles for the browser', () => {
      const source = readFileSync(path.join(__dirname, '../../src/adapters/docx/writeDocx.ts'), 'utf8');
      const specifiers = [...source.matchAll(/^import[\s\S]*?from '([^']+)';/gm)].map((m) => m[1]);
      expect(new Set(specifiers)).toEqual(new Set(['docx', '../../templates/document', '../../templates/sheetModel']));
      expect(source).not.toMatch(/require\(/);
    });

    test('an empty document is still a valid one-section document', async () => {
      const xml = await documentXml([]);
      expect(sectionsOf(xml)).toHaveLength(1);
    });
  });
});
