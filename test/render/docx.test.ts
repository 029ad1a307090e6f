/**
 * The Word writer's documents printed: a sample report written to .docx, converted to PDF by
 * LibreOffice and checked page by page (page size, page numbers from page 2, the table header
 * on every page of the table, the closing block on one page); its pages are saved as PNGs in
 * out/render/docx/ to be looked at.
 */

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { docxBytes } from '../../src/adapters/docx/writeDocx';
import type { DocumentBlock, DocumentModel } from '../../src/templates/document';
import { CLOSING, LETTERHEAD, makeDocument, sampleTable } from '../docx/fixtures';

const SOFFICE = '/usr/bin/soffice';
const TOOLS = [SOFFICE, '/usr/bin/pdfinfo', '/usr/bin/pdftotext', '/usr/bin/pdftoppm'];
const OUT = path.join(__dirname, '..', '..', 'out', 'render', 'docx');
const MM = 72 / 25.4;
const TIMEOUT = 180_000;

const body = (text: string): DocumentBlock => ({ kind: 'paragraph', role: 'body', text });

/** A quarterly report: header block, title, headings and text, a 60-row table, the closing block. */
function sampleReport(): DocumentModel {
  return makeDocument([
    LETTERHEAD,
    { kind: 'title', documentKind: 'BÁO CÁO', subject: 'Tình hình, kết quả kiểm soát thủ tục hành chính quý II năm 2023' },
    { kind: 'recipient', text: 'Kính gửi: Văn phòng Ủy ban nhân dân tỉnh' },
    { kind: 'paragraph', role: 'part', text: 'I. TÌNH HÌNH, KẾT QUẢ KIỂM SOÁT THỦ TỤC HÀNH CHÍNH' },
    { kind: 'paragraph', role: 'section', text: '1. Tiếp nhận và giải quyết hồ sơ' },
    body(
      'Trong kỳ báo cáo, Sở đã tiếp nhận 180 hồ sơ thủ tục hành chính, trong đó số từ kỳ trước chuyển qua là 05 hồ sơ; ' +
        'đã giải quyết 176 hồ sơ, trong đó trước và đúng hạn 172 hồ sơ, quá hạn 04 hồ sơ. Kết quả cụ thể theo từng thủ tục như sau:',
    ),
    { kind: 'line', text: 'Đơn vị tính: hồ sơ', align: 'right', style: { italic: true, size: 12 } },
    sampleTable(60),
    { kind: 'paragraph', role: 'part', text: 'II. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ III/2023' },
    { kind: 'paragraph', role: 'placeholder', text: '[Nhập nội dung mục II vào trang NoiDung, Báo cáo: Báo cáo quý]' },
    body('Trên đây là báo cáo tình hình, kết quả kiểm soát thủ tục hành chính quý II năm 2023 của Sở Ngoại vụ./.'),
    CLOSING,
  ]);
}

describe('Word documents printed (LibreOffice → PDF → PNG)', () => {
  test('LibreOffice and poppler are installed (bash .ci/run installs them)', () => {
    expect(TOOLS.filter((tool) => !existsSync(tool))).toEqual([]);
  });

  let work: string;

  beforeAll(() => {
    work = mkdtempSync(path.join(tmpdir(), 'tthc-docx-render-'));
    mkdirSync(OUT, { recursive: true });
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  async function printToPdf(doc: DocumentModel, name: string): Promise<string> {
    const docx = path.join(work, `${name}.docx`);
    writeFileSync(docx, await docxBytes(doc));
    const profile = `file://${path.join(work, `lo-${Math.random().toString(36).slice(2)}`)}`;
    execFileSync(SOFFICE, ['--headless', `-env:UserInstallation=${profile}`, '--convert-to', 'pdf', '--outdir', work, docx], {
      stdio: 'ignore',
      timeout: TIMEOUT - 20_000,
    });
    return path.join(work, `${name}.pdf`);
  }

  /** Each page's size, in points. */
  function pageSizes(pdf: string): { width: number; height: number }[] {
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
    const info = execFileSync('pdfinfo', ['-f', '1', '-l', String(pages), pdf], { encoding: 'utf8' });
    return [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map((m) => ({ width: Number(m[1]), height: Number(m[2]) }));
  }

  /** The text of each page, as laid out. */
  function pageTexts(pdf: string, pages: number): string[] {
    return Array.from({ length: pages }, (_, i) =>
      execFileSync('pdftotext', ['-layout', '-f', String(i + 1), '-l', String(i + 1), pdf, '-'], { encoding: 'utf8' }),
    );
  }

  const topLine = (text: string): string => text.split('\n').find((line) => line.trim() !== '')?.trim() ?? '';
  const mm = (points: number): number => Math.round(points / MM);

  function savePngs(pdf: string, name: string): string[] {
    for (const old of readdirSync(OUT).filter((f) => f.startsWith(`${name}-`))) rmSync(path.join(OUT, old));
    execFileSync('pdftoppm', ['-png', '-r', '60', pdf, path.join(OUT, name)]);
    return readdirSync(OUT).filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png'));
  }

  test(
    'a report prints on A4, numbered from page 2, its table header on every page of the table, the closing block on one page',
    async () => {
      const pdf = await printToPdf(sampleReport(), 'report');
      const sizes = pageSizes(pdf);
      expect(sizes.length).toBeGreaterThanOrEqual(2);
      for (const size of sizes) expect([mm(size.width), mm(size.height)]).toEqual([210, 297]);

      const texts = pageTexts(pdf, sizes.length);
      // Page numbers centred at the top from page 2; none on page 1, which opens with the header block.
      expect(topLine(texts[0])).not.toMatch(/^\d+$/);
      expect(texts[0]).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      texts.slice(1).forEach((text, i) => expect(topLine(text)).toBe(String(i + 2)));

      // The header rows repeat on every page the table's rows are on.
      const tablePages = texts.map((text, i) => (/Thủ tục hành chính số \d+/.test(text) ? i : -1)).filter((i) => i >= 0);
      expect(tablePages.length).toBeGreaterThanOrEqual(2);
      for (const page of tablePages) {
        expect(texts[page]).toContain('Số hồ sơ');
        expect(texts[page]).toMatch(/Tiếp nhận\s+Giải quyết/);
      }
      const all = texts.join('\n');
      for (let i = 1; i <= 60; i++) expect(all).toContain(`Thủ tục hành chính số ${i}`);

      // "Nơi nhận" and the signer on one page, with the last paragraph.
      const closingPage = texts.findIndex((text) => text.includes('Nơi nhận'));
      expect(closingPage).toBeGreaterThanOrEqual(0);
      expect(texts[closingPage]).toContain('Nguyễn Thái Bình');
      expect(texts[closingPage]).toContain('PHÓ GIÁM ĐỐC');
      expect(texts[closingPage]).toContain('Trên đây là báo cáo');

      expect(savePngs(pdf, 'report')).toHaveLength(sizes.length);
    },
    TIMEOUT,
  );

  test(
    'a landscape table in a portrait report prints on landscape pages to the end, numbered on',
    async () => {
      const doc = makeDocument([
        LETTERHEAD,
        { kind: 'title', documentKind: 'BÁO CÁO', subject: 'Kết quả giải quyết thủ tục hành chính' },
        body('Số liệu chi tiết tại biểu kèm theo.'),
        sampleTable(8, { landscape: true }),
        body('Trên đây là báo cáo của Sở Ngoại vụ./.'),
        CLOSING,
      ]);
      const pdf = await printToPdf(doc, 'landscape');
      const sizes = pageSizes(pdf);
      expect(sizes.map((s) => (s.width > s.height ? 'landscape' : 'portrait'))).toEqual(['portrait', 'landscape']);
      for (const size of sizes) expect([mm(Math.min(size.width, size.height)), mm(Math.max(size.width, size.height))]).toEqual([210, 297]);
      const texts = pageTexts(pdf, sizes.length);
      expect(topLine(texts[1])).toBe('2');
      expect(texts[1]).toContain('Thủ tục hành chính số 8');
      // The closing block prints under the table, not alone on a page of its own.
      expect(texts[1]).toContain('Nơi nhận');
      expect(savePngs(pdf, 'landscape')).toHaveLength(sizes.length);
    },
    TIMEOUT,
  );
});
