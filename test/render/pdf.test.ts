/**
 * The printed reports: each report is written to .xlsx and to .docx (the Word document of the
 * same model), converted to PDF by LibreOffice and
 * checked for page count, orientation, text and margins, and for how the pages break: every
 * page but the last at least half full, the page number at the top of every page from page 2
 * (none on page 1), "Nơi nhận" on the signer's page, and (a sheet) as many pages as its layout planned.
 * Besides the six reports for the seeds' periods: the quarterly report for 2026-Q3 with no
 * NoiDung (placeholders, as the demo's), the QĐ 766 report from the 2026 test workbook's
 * dossiers (two tables over several pages, with the dossiers that cost points), and the
 * quarterly report with a 10,000-character narrative. Pages are saved as PNGs in out/render/
 * (`<case>-<format>-<page>.png`, 50 dpi) to be looked at.
 */

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { docxBytes } from '../../src/adapters/docx/writeDocx';
import { writeSheetModel } from '../../src/adapters/exceljs/writeSheet';
import { computeIndicators } from '../../src/core/indicators';
import { parseInputs } from '../../src/core/inputs';
import { periodFromLabel } from '../../src/core/periods';
import type { IndicatorResult } from '../../src/core/types';
import { renderReport } from '../../src/templates';
import type { ReportContext, ReportId } from '../../src/templates';
import { documentOf } from '../../src/templates/document';
import { MARGINS_MM } from '../../src/templates/frame';
import { renderScore766 } from '../../src/templates/score766';
import type { SheetModel } from '../../src/templates/sheetModel';
import { score766Sheets } from '../core/score766Workbook';
import { QUARTERLY_NARRATIVES, day, digitisationContext, quarterlyContext, quarterlyResult } from '../helpers/indicatorFixture';
import { longParagraph } from '../helpers/longText';

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

/** Seed 000's catalogue and dossiers in 2026-Q3 (Nghị định 118/2025), every procedure provincial. */
function q3Result2026(): IndicatorResult {
  const result = quarterlyResult();
  result.period = { from: day(2026, 6, 15), to: day(2026, 9, 14), label: '2026-Q3' };
  result.procedures = result.procedures.map((p) => ({ ...p, level: 'province', boundaryFree: true }));
  result.indicators = { ...result.indicators, proceduresBoundaryFree: 8 };
  return result;
}

const LONG_NARRATIVE = longParagraph(10_000);

function score766FromDossiers(): SheetModel {
  const inputs = parseInputs(score766Sheets());
  const period = periodFromLabel('2026-Q3')!;
  return renderScore766({ ...quarterlyContext(), result: computeIndicators(inputs, period), inputs, issueDate: day(2026, 10, 5) }, 'Điểm 766 2026-Q3');
}

type Format = 'xlsx' | 'docx';

interface Case {
  name: string;
  render: () => SheetModel;
  pages: [number, number];
  orientation: 'portrait' | 'landscape';
  texts: string[];
  /** The signer's name, for the portrait reports: "Nơi nhận" prints on its page. */
  signer?: string;
}

const report = (id: ReportId, ctx: () => ReportContext = quarterlyContext) => () => renderReport(id, ctx());

const CASES: Case[] = [
  {
    name: 'quarterly',
    render: report('quarterly'),
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
    signer: 'Nguyễn Thái Bình',
  },
  {
    name: 'quarterly-2026-Q3',
    render: report('quarterly', () => quarterlyContext({ result: q3Result2026(), narratives: {}, issueDate: day(2026, 9, 15) })),
    pages: [3, 5],
    orientation: 'portrait',
    texts: ['Quý III năm 2026', 'Từ ngày 15/6/2026 đến ngày 14/9/2026', 'III. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ IV/2026', '[Nhập nội dung mục III vào trang NoiDung'],
    signer: 'Nguyễn Thái Bình',
  },
  {
    name: 'quarterly-long-narrative',
    render: report('quarterly', () => quarterlyContext({ narratives: { ...QUARTERLY_NARRATIVES, 'I.5': [LONG_NARRATIVE] } })),
    pages: [6, 10],
    orientation: 'portrait',
    // All of it, in order, over several pages.
    texts: [LONG_NARRATIVE],
    signer: 'Nguyễn Thái Bình',
  },
  {
    name: 'digitisation',
    render: report('digitisation', digitisationContext),
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
    signer: 'Lê Văn Minh',
  },
  {
    name: 'form06',
    render: report('form06'),
    pages: [1, 2],
    orientation: 'landscape',
    texts: ['TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH', '(1) (2) (3)', 'Tổng cộng 14 9 0 5 10 10 0 0 4 4 0'],
  },
  {
    name: 'score766',
    render: report('score766'),
    pages: [2, 5],
    orientation: 'portrait',
    texts: ['Quyết định số 766/QĐ-TTg', 'Tiến độ, kết quả giải quyết', '14/14 = 100%', 'Chưa tính được'],
    signer: 'Nguyễn Thái Bình',
  },
  {
    name: 'score766-2026-Q3-dossiers',
    render: score766FromDossiers,
    pages: [4, 8],
    orientation: 'portrait',
    texts: ['(Từ ngày 01/7/2026 đến ngày 30/9/2026)', 'Hồ sơ, TTHC làm giảm điểm', 'kết thúc 25/08/2026 sau hạn 19/08/2026', 'HoSo!7'],
    signer: 'Nguyễn Thái Bình',
  },
  {
    name: 'proceduresByLevel',
    render: report('proceduresByLevel'),
    pages: [1, 1],
    orientation: 'landscape',
    texts: ['TỔNG HỢP SỐ LƯỢNG THỦ TỤC HÀNH CHÍNH', 'Biểu số II.07b/VPCP/KSTT'],
  },
  {
    name: 'overdueList',
    render: report('overdueList'),
    pages: [1, 2],
    orientation: 'landscape',
    texts: ['DANH SÁCH HỒ SƠ THỦ TỤC HÀNH CHÍNH QUÁ HẠN', 'Không có hồ sơ quá hạn'],
  },
];

/** One line of text on a printed page, in points from the page's top left. */
interface Line {
  top: number;
  bottom: number;
  left: number;
  right: number;
  text: string;
}

interface PrintedPage {
  width: number;
  height: number;
  lines: Line[];
  /** The page's text (`pdftotext -layout`) without its header, runs of white space made single spaces. */
  text: string;
}

const unescape = (s: string): string => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

/** Each page's lines with their boxes (`pdftotext -bbox-layout`) and its text (`-layout`, whose words are whole). */
function printedPages(pdf: string): PrintedPage[] {
  const html = execFileSync('pdftotext', ['-bbox-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const texts = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).split('\f');
  return html
    .split('<page ')
    .slice(1)
    .map((page, i) => {
      const size = /^width="([\d.]+)" height="([\d.]+)"/.exec(page)!;
      const lines = [...page.matchAll(/<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([\s\S]*?)<\/line>/g)].map((m) => ({
        left: Number(m[1]),
        top: Number(m[2]),
        right: Number(m[3]),
        bottom: Number(m[4]),
        text: [...m[5].matchAll(/<word[^>]*>([^<]*)<\/word>/g)].map((w) => unescape(w[1])).join(' '),
      }));
      // The page number heads the text of every page after the first.
      const text = (texts[i] ?? '').replace(/\s+/g, ' ').replace(i > 0 ? /^ ?\d+ / : /^$/, ' ');
      return { width: Number(size[1]), height: Number(size[2]), lines, text };
    });
}

const TOP = MARGINS_MM.top * MM;
const BOTTOM = MARGINS_MM.bottom * MM;

/** The lines printed in the header, wholly above the top margin. */
const headerLines = (page: PrintedPage): Line[] => page.lines.filter((l) => l.bottom <= TOP + 1);

/**
 * How full a page prints: from the top margin down to the bottom of its last line of text, as a
 * share of the height between the margins. The last text line, not the number of lines, since
 * rows are of any height (a table row of eight lines, a spacer of six points) and a page is as
 * full as it looks; its bottom edge, since a page whose last line reaches half way down is
 * printed half way down. Rows are at least as tall as their text, so this never counts a page
 * fuller than its rows make it. The header (page number) is above the top margin, outside it.
 */
function fill(page: PrintedPage): number {
  const body = page.lines.filter((l) => l.bottom > TOP + 1);
  if (body.length === 0) return 0;
  const last = Math.max(...body.map((l) => l.bottom));
  return (last - TOP) / (page.height - TOP - BOTTOM);
}

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
  async function printToPdf(name: string, model: SheetModel, format: Format): Promise<string> {
    const file = path.join(work, `${name}.${format}`);
    if (format === 'xlsx') {
      const workbook = new ExcelJS.Workbook();
      writeSheetModel(workbook, model);
      await workbook.xlsx.writeFile(file);
    } else {
      writeFileSync(file, await docxBytes(documentOf(model)!));
    }
    const profile = `file://${path.join(work, `lo-${Math.random().toString(36).slice(2)}`)}`;
    execFileSync(SOFFICE, ['--headless', `-env:UserInstallation=${profile}`, '--convert-to', 'pdf', '--outdir', work, file], {
      env,
      stdio: 'ignore',
      timeout: 110_000,
    });
    return path.join(work, `${name}.pdf`);
  }

  function pageInfo(pdf: string): { pages: number; width: number; height: number } {
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    const size = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info)!;
    return { pages: Number(/Pages:\s+(\d+)/.exec(info)![1]), width: Number(size[1]), height: Number(size[2]) };
  }

  function savePngs(pdf: string, name: string): string[] {
    const mine = (f: string) => new RegExp(`^${name}-\\d+\\.png$`).test(f);
    for (const old of readdirSync(OUT).filter(mine)) rmSync(path.join(OUT, old));
    execFileSync('pdftoppm', ['-png', '-r', '50', pdf, path.join(OUT, name)]);
    return readdirSync(OUT).filter(mine);
  }

  // Every report as the sheet (.xlsx) and as the Word document (.docx) made from the same model.
  const formats: Format[] = ['xlsx', 'docx'];
  describe.each(CASES.flatMap((c) => formats.map((format) => [`${c.name}.${format}`, c, format] as const)))('%s', (file, expected, format) => {
    const name = file.replace('.', '-');
    const model = expected.render();
    let pdf: string;
    let pages: PrintedPage[];

    beforeAll(async () => {
      pdf = await printToPdf(name, model, format);
      pages = printedPages(pdf);
    });

    test('prints on A4 within the margins, with its title and figures', () => {
      const { pages: count, width, height } = pageInfo(pdf);
      expect(count).toBeGreaterThanOrEqual(expected.pages[0]);
      expect(count).toBeLessThanOrEqual(expected.pages[1]);
      const [short, long] = [Math.min(width, height), Math.max(width, height)];
      expect([Math.round(short / MM), Math.round(long / MM)]).toEqual([210, 297]);
      expect(width > height ? 'landscape' : 'portrait').toBe(expected.orientation);

      // Compared without spaces: pdftotext splits some words of justified lines ("s ố"), which is no printing fault.
      const squeeze = (t: string) => t.replace(/\s+/g, '');
      const text = squeeze(pages.map((p) => p.text).join(''));
      for (const sentence of expected.texts) expect(text).toContain(squeeze(sentence));
      expect(text).not.toContain('###');

      // Each page within its own margins: a portrait document may turn landscape for its tables.
      const outside = pages
        .map((page, i) => ({ page: i + 1, left: Math.min(...page.lines.map((l) => l.left)), right: Math.max(...page.lines.map((l) => l.right)), width: page.width }))
        .filter((p) => p.left < MARGINS_MM.left * MM - 2 || p.right > p.width - MARGINS_MM.right * MM + 2);
      expect(outside).toEqual([]);

      expect(savePngs(pdf, name)).toHaveLength(count);
    });

    test('prints every page but the last at least half full (a sheet: on the pages its layout planned)', () => {
      // A page more than planned is one the app broke by itself: then a planned break lands short of a full page.
      if (format === 'xlsx') expect(pages).toHaveLength((model.page.pageBreaks ?? []).length + 1);
      const fills = pages.map((p, i) => ({ page: i + 1, fill: Math.round(fill(p) * 100) }));
      expect(fills.slice(0, -1).filter((f) => f.fill < 50)).toEqual([]);
      expect(fills[fills.length - 1].fill).toBeGreaterThan(0);
    });

    test('numbers the pages at the top from page 2, centred, and leaves page 1 without a number', () => {
      expect(headerLines(pages[0])).toEqual([]);
      pages.slice(1).forEach((page, i) => {
        const header = headerLines(page);
        expect([i + 2, header.map((l) => l.text)]).toEqual([i + 2, [String(i + 2)]]);
        const centre = (header[0].left + header[0].right) / 2;
        const printable = (MARGINS_MM.left * MM + page.width - MARGINS_MM.right * MM) / 2;
        expect(Math.abs(centre - printable)).toBeLessThan(15);
      });
    });

    if (expected.signer) {
      const signer = expected.signer;
      test('prints "Nơi nhận" on the page of the signer’s name (the closing block is not split)', () => {
        const at = (needle: string) => pages.map((p, i) => (p.text.includes(needle) ? i + 1 : 0)).filter((i) => i > 0);
        const recipients = at('Nơi nhận');
        expect(recipients).toHaveLength(1);
        expect(at(signer)).toEqual(recipients);
      });
    }
  });
});
