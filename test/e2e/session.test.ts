/**
 * Issue 16, items 2 and 6, end to end in Chromium on the built pane:
 * - preview: two reports made in one session → the downloaded .xlsx holds both sheets (read back
 *   with ExcelJS) beside the data, and each listed report has its own .docx download;
 * - preview: "Tải sổ mẫu" gives the "Công thức" sheet as `tthc-report sample` writes it;
 * - Excel (fake host): a workbook whose dossiers end in 2023 sets a 2023 period when the pane opens;
 * - both: a period with no dossiers shows the warning by the period field before "Tạo báo cáo".
 * Screenshots at 320 and 450 px into /tmp/shots-16/.
 */
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { mkdirSync, readFileSync } from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { FORMULA_SHEET } from '../../src/sample/formulaSheet';
import { launchBrowser, openPreviewPage, type TestBrowser } from '../helpers/browser';
import { ensureBuild, ROOT } from '../helpers/build';
import { fakeOfficeScript, sampleCells } from '../helpers/fakeHost';
import { startStaticServer, type StaticServer } from '../helpers/staticServer';
import { makeTempDir } from '../helpers/tempDir';

const SHOTS = path.join(ROOT, 'out', 'screenshots');
const WIDTHS = [320, 450];
const NO_DOSSIERS = /Kỳ này không có hồ sơ nào/;

let server: StaticServer;
let browser: TestBrowser;
let temp: ReturnType<typeof makeTempDir>;
/** The sample with its dossiers received after 2023 left out: the log ends in 2023. */
let stub2023: string;

beforeAll(async () => {
  server = await startStaticServer(ensureBuild());
  browser = await launchBrowser();
  mkdirSync(SHOTS, { recursive: true });
  temp = makeTempDir('tthc-session-');
  const cells = sampleCells();
  const hoso = cells.find((s) => s.name === 'HoSo')!;
  const header = hoso.rows!.findIndex((r) => r.includes('Mã hồ sơ'));
  const col = hoso.rows![header].indexOf('Ngày tiếp nhận');
  const end2023 = 45292; // 01/01/2024 as an Excel serial
  hoso.rows = hoso.rows!.filter((r, i) => i <= header || (typeof r[col] === 'number' && (r[col] as number) < end2023));
  stub2023 = fakeOfficeScript({ sheets: cells });
}, 10 * 60 * 1000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  temp?.remove();
});

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true, animations: 'disabled' });
}

async function openPreview(width: number): Promise<Page> {
  const page = await openPreviewPage(browser, server.url, width);
  return page;
}

async function useSample(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Dùng sổ mẫu' }).click();
  await page.getByText('Đang dùng: sổ mẫu (Sở Ngoại vụ, năm 2023)').waitFor({ timeout: 30_000 });
}

const shown = (page: Page) => page.locator('[role="tabpanel"]:not([hidden])');

describe('issue 16: the session’s reports, the sample, the period from the data', () => {
  for (const width of WIDTHS) {
    test(`preview at ${width} px: two reports → one .xlsx with both sheets, a .docx each`, async () => {
      const page = await openPreview(width);
      await useSample(page);
      await page.getByRole('button', { name: 'Tạo báo cáo', exact: true }).click();
      await page.getByTestId('report-done').waitFor({ timeout: 60_000 });
      await page.getByTestId('report-kind').click();
      await page.getByRole('option', { name: 'Biểu 06: kết quả giải quyết TTHC' }).click();
      await page.getByRole('button', { name: 'Tạo báo cáo', exact: true }).click();
      await page.getByTestId('report-done').getByText('Báo cáo ở trang tính “Biểu 06 2023-Q2”.').waitFor({ timeout: 60_000 });

      const list = page.getByTestId('session-reports');
      await expect(list.getByRole('heading').innerText()).resolves.toBe('Báo cáo đã tạo trong phiên này (2)');
      expect(await list.getByTestId('session-report').count()).toBe(2);
      const main = page.getByTestId('download-report');
      await expect(main.innerText()).resolves.toBe('Tải tệp .xlsx (2 báo cáo)');
      await list.scrollIntoViewIfNeeded();
      await shot(page, `preview-session-${width}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);

      const [download] = await Promise.all([page.waitForEvent('download'), main.click()]);
      expect(download.suggestedFilename()).toBe('tthc-mau - 2 báo cáo.xlsx');
      const file = temp.file(`session-${width}.xlsx`);
      await download.saveAs(file);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      expect(wb.worksheets.map((w) => w.name)).toEqual(['TTHC', 'HoSo', 'SoLieu', 'NoiDung', 'NgayNghi', 'ThongTin', 'BC quý II-2023', 'Biểu 06 2023-Q2']);

      for (const sheet of ['BC quý II-2023', 'Biểu 06 2023-Q2']) {
        const button = page.getByRole('button', { name: `Bản Word (.docx) của báo cáo “${sheet}”` });
        const [docx] = await Promise.all([page.waitForEvent('download'), button.click()]);
        expect(docx.suggestedFilename()).toBe(`tthc-mau - ${sheet}.docx`);
        const saved = temp.file(`${sheet}-${width}.docx`);
        await docx.saveAs(saved);
        const bytes = new Uint8Array(readFileSync(saved));
        expect(strFromU8(unzipSync(bytes)['word/document.xml']).length).toBeGreaterThan(1000);
      }
      await page.close();
    });
  }

  test('preview: the downloaded sample has the "Công thức" sheet', async () => {
    const page = await openPreview(320);
    await page.getByRole('tab', { name: 'Dữ liệu' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải sổ mẫu' }).click()]);
    const file = temp.file('mau.xlsx');
    await download.saveAs(file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const sheet = wb.getWorksheet(FORMULA_SHEET);
    expect(sheet).toBeDefined();
    expect(String(sheet!.getCell('A1').value)).toBe('CÁC CHỈ SỐ TÍNH BẰNG HÀM TTHC');
    await page.close();
  });

  for (const width of WIDTHS) {
    test(`preview at ${width} px: a period with no dossiers warns before generating`, async () => {
      const page = await openPreview(width);
      await useSample(page);
      const field = shown(page).getByRole('textbox', { name: 'Kỳ báo cáo' });
      expect(await shown(page).getByText(NO_DOSSIERS).count()).toBe(0);
      await field.fill('2019-Q2');
      await shown(page).getByText(NO_DOSSIERS).waitFor();
      expect(await page.getByTestId('report-done').count()).toBe(0);
      await shot(page, `preview-empty-period-${width}`);
      await field.fill('2023-Q2');
      await expect(shown(page).getByText(NO_DOSSIERS).count()).resolves.toBe(0);
      await page.close();
    });
  }

  for (const width of WIDTHS) {
    test(`Excel at ${width} px: a 2023 workbook sets a 2023 period; an empty period warns`, async () => {
      const page = await browser.newPage({ width, height: 800 });
      await page.route('**/office.js', (route) => route.fulfill({ contentType: 'text/javascript; charset=utf-8', body: stub2023 }));
      await page.goto(server.url + 'taskpane.html', { waitUntil: 'load' });
      await page.getByRole('button', { name: 'Tạo báo cáo', exact: true }).waitFor();
      const field = shown(page).getByRole('textbox', { name: 'Kỳ báo cáo' });
      const end = Date.now() + 20_000;
      while (!/^2023-Q[1-4]$/.test(await field.inputValue()) && Date.now() < end) await page.waitForTimeout(100);
      expect(await field.inputValue()).toMatch(/^2023-Q[1-4]$/);
      expect(await shown(page).getByText(NO_DOSSIERS).count()).toBe(0);
      await shot(page, `office-period-2023-${width}`);
      await field.fill('2025-Q2');
      await shown(page).getByText(NO_DOSSIERS).waitFor();
      await shot(page, `office-empty-period-${width}`);
      await page.close();
    });
  }

  test('a period the user typed is not overridden by the suggestion', async () => {
    const page = await browser.newPage({ width: 320, height: 800 });
    // The page's first batch is slowed so the user types before the dossiers are read.
    await page.route('**/office.js', (route) => route.fulfill({ contentType: 'text/javascript; charset=utf-8', body: stub2023 }));
    await page.goto(server.url + 'taskpane.html', { waitUntil: 'load' });
    const field = page.getByRole('textbox', { name: 'Kỳ báo cáo' }).first();
    await field.fill('2024-H1');
    await page.getByRole('tab', { name: 'Dữ liệu' }).click();
    await page.getByRole('tab', { name: 'Báo cáo' }).click();
    await page.waitForTimeout(1000);
    expect(await field.inputValue()).toBe('2024-H1');
    await page.close();
  });
});
