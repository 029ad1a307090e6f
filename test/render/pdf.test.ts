/**
 * The printed reports: each report is written to .xlsx, converted to PDF by LibreOffice and
 * checked for page count, orientation, text and margins; its pages are saved as PNGs in
 * out/render/ to be looked at.
 */

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { writeSheetModel } from '../../src/adapters/exceljs/writeSheet';
import { renderReport } from '../../src/templates';
import type { ReportId } from '../../src/templates';
import { MARGINS_MM } from '../../src/templates/frame';
import { digitisationContext, quarterlyContext } from '../helpers/indicatorFixture';

const SOFFICE = '/usr/bin/soffice';
const TOOLS = [SOFFICE, '/usr/bin/pdfinfo', '/usr/bin/pdftotext', '/usr/bin/pdftoppm'];
const OUT = path.join(__dirname, '..', '..', 'out', 'render');
const MM = 72 / 25.4;

/**
 * Column widths are in digits of the workbook's default font, Calibri 11, which this machine
 * lacks; LibreOffice would measure them with DejaVu Sans, a third wider, and shrink every page
 * to fit. Liberation Sans Narrow has Calibri's digit width, so pages print at Excel's scale.
 */
const FONTCONFIG = `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <alias binding="same"><family>Calibri</family><prefer><family>Liberation Sans Narrow</family></prefer></alias>
</fontconfig>
`;

interface Expected {
  pages: [number, number];
  orientation: 'portrait' | 'landscape';
  texts: string[];
}

const EXPECTED: Record<ReportId, Expected> = {
  quarterly: {
    pages: [3, 6],
    orientation: 'portrait',
    texts: [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'BÁO CÁO',
      'Quý II năm 2023',
      'Từ ngày 15/3/2023 đến ngày 14/6/2023',
      'Tổng số hồ sơ TTHC đã tiếp nhận trong kỳ báo cáo: 14',
      'số từ kỳ trước chuyển qua: 05',
      'Số lượng hồ sơ đang giải quyết: 04, trong đó, trong hạn: 04, quá hạn: 0.',
      'Trên Cổng Dịch vụ công tỉnh: 08 thủ tục',
      'III. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ III/2023',
      'Nguyễn Thái Bình',
    ],
  },
  digitisation: {
    pages: [3, 6],
    orientation: 'portrait',
    texts: [
      'Nghị định số 107/2021/NĐ-CP, Quyết định số 468/QĐ-TTg',
      '100% kết quả giải quyết TTHC (05/05 TTHC)',
      'Số kết quả giải quyết TTHC điện tử: 09; số kết quả giải quyết TTHC đã được cấp: 67.',
      '+ Chứng nhận lãnh sự, hợp pháp hóa lãnh sự: 45 hồ sơ.',
      'theo cấp thực hiện: 05/05 TTHC.',
      'KT. GIÁM ĐỐC',
    ],
  },
  form06: {
    pages: [1, 2],
    orientation: 'landscape',
    texts: ['TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH', '(1) (2) (3)', 'Tổng cộng 14 9 0 5 10 10 0 0 4 4 0'],
  },
  score766: {
    pages: [2, 5],
    orientation: 'portrait',
    texts: ['Quyết định số 766/QĐ-TTg', 'Tiến độ, kết quả giải quyết', '14/14 = 100%', 'Chưa tính được'],
  },
  proceduresByLevel: {
    pages: [1, 1],
    orientation: 'landscape',
    texts: ['TỔNG HỢP SỐ LƯỢNG THỦ TỤC HÀNH CHÍNH', 'Biểu số II.07b/VPCP/KSTT'],
  },
  overdueList: {
    pages: [1, 2],
    orientation: 'landscape',
    texts: ['DANH SÁCH HỒ SƠ THỦ TỤC HÀNH CHÍNH QUÁ HẠN', 'Không có hồ sơ quá hạn'],
  },
};

describe('printed reports (LibreOffice → PDF → PNG)', () => {
  test('LibreOffice and poppler are installed (bash .ci/run installs them)', () => {
    expect(TOOLS.filter((tool) => !existsSync(tool))).toEqual([]);
  });

  let work: string;
  let env: NodeJS.ProcessEnv;

  beforeAll(() => {
    work = mkdtempSync(path.join(tmpdir(), 'tthc-render-'));
    writeFileSync(path.join(work, 'fonts.conf'), FONTCONFIG);
    env = { ...process.env, FONTCONFIG_FILE: path.join(work, 'fonts.conf') };
    mkdirSync(OUT, { recursive: true });
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  /** Conversions run one after the other: LibreOffice takes several seconds each. */
  async function printToPdf(id: ReportId): Promise<string> {
    const ctx = id === 'digitisation' ? digitisationContext() : quarterlyContext();
    const workbook = new ExcelJS.Workbook();
    writeSheetModel(workbook, renderReport(id, ctx));
    const xlsx = path.join(work, `${id}.xlsx`);
    await workbook.xlsx.writeFile(xlsx);
    const profile = `file://${path.join(work, `lo-${Math.random().toString(36).slice(2)}`)}`;
    execFileSync(SOFFICE, ['--headless', `-env:UserInstallation=${profile}`, '--convert-to', 'pdf', '--outdir', work, xlsx], {
      env,
      stdio: 'ignore',
      timeout: 110_000,
    });
    return path.join(work, `${id}.pdf`);
  }

  function pageInfo(pdf: string): { pages: number; width: number; height: number } {
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    const size = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info)!;
    return { pages: Number(/Pages:\s+(\d+)/.exec(info)![1]), width: Number(size[1]), height: Number(size[2]) };
  }

  /** The text of all pages, with line breaks and runs of spaces made single spaces. */
  function printedText(pdf: string): string {
    return execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  }

  /** Leftmost and rightmost ink of any word, in points. */
  function textExtent(pdf: string): { left: number; right: number } {
    const html = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8' });
    const boxes = [...html.matchAll(/xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"/g)].map((m) => [Number(m[1]), Number(m[2])]);
    return { left: Math.min(...boxes.map((b) => b[0])), right: Math.max(...boxes.map((b) => b[1])) };
  }

  function savePngs(pdf: string, id: ReportId): string[] {
    for (const old of readdirSync(OUT).filter((f) => f.startsWith(`${id}-`))) rmSync(path.join(OUT, old));
    execFileSync('pdftoppm', ['-png', '-r', '60', pdf, path.join(OUT, id)]);
    return readdirSync(OUT).filter((f) => f.startsWith(`${id}-`) && f.endsWith('.png'));
  }

  test.each(Object.keys(EXPECTED) as ReportId[])('%s prints on A4 within the margins, with its title and figures', async (id) => {
    const expected = EXPECTED[id];
    const pdf = await printToPdf(id);

    const { pages, width, height } = pageInfo(pdf);
    expect(pages).toBeGreaterThanOrEqual(expected.pages[0]);
    expect(pages).toBeLessThanOrEqual(expected.pages[1]);
    const [short, long] = [Math.min(width, height), Math.max(width, height)];
    expect([Math.round(short / MM), Math.round(long / MM)]).toEqual([210, 297]);
    expect(width > height ? 'landscape' : 'portrait').toBe(expected.orientation);

    const text = printedText(pdf);
    for (const sentence of expected.texts) expect(text).toContain(sentence);
    expect(text).not.toContain('###');

    const extent = textExtent(pdf);
    expect(extent.left).toBeGreaterThanOrEqual(MARGINS_MM.left * MM - 2);
    expect(extent.right).toBeLessThanOrEqual(width - MARGINS_MM.right * MM + 2);

    expect(savePngs(pdf, id)).toHaveLength(pages);
  });
});
