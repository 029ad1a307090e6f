/**
 * The task pane in preview mode (a plain browser, no Excel), end to end in Debian's Chromium:
 * open the sample workbook (written by the CLI's sample code in Node) through the file input,
 * make the quarterly report for 2023-Q2, check the headline figures and the rendered table,
 * download the .xlsx and read it back with ExcelJS, and the Word document (.docx) and unzip it;
 * the built-in sample button; a bad workbook
 * whose error is shown with its sheet, row and column; screenshots of every tab at 320 px and
 * 1000 px into out/screenshots/.
 */
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { mkdirSync, readFileSync } from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { writeFormulaSheet } from '../../src/sample/formulaSheet';
import { writeInputSheets } from '../../src/adapters/exceljs/writeInputs';
import { sampleSheets } from '../../src/sample/sampleWorkbook';
import { launchBrowser, openPreviewPage, type TestBrowser } from '../helpers/browser';
import { ensureBuild, ROOT } from '../helpers/build';
import { startStaticServer, type StaticServer } from '../helpers/staticServer';
import { makeTempDir } from '../helpers/tempDir';

const SCREENSHOTS = path.join(ROOT, 'out', 'screenshots');
const BAD_WORKBOOK = path.join(ROOT, 'test', 'fixtures', 'bad', 'date-31-feb.xlsx');
/** office.js's telemetry iframe refused by the page's Content-Security-Policy (expected, see taskpane.test.ts). */
const OFFICE_TELEMETRY_BLOCKED = /^console\.error: Framing 'https:\/\/[a-z.]*\.oaspapps\.com\/' violates the following Content Security Policy/;
const SEED_SENTENCE = 'Tổng số hồ sơ TTHC đã tiếp nhận trong kỳ báo cáo: 14';

let server: StaticServer;
let browser: TestBrowser;
let temp: ReturnType<typeof makeTempDir>;
let samplePath: string;

beforeAll(async () => {
  const dist = ensureBuild();
  server = await startStaticServer(dist);
  browser = await launchBrowser();
  mkdirSync(SCREENSHOTS, { recursive: true });
  temp = makeTempDir('tthc-preview-');
  // The CLI's `sample` command: input sheets and the formula sheet.
  const workbook = new ExcelJS.Workbook();
  writeInputSheets(workbook, sampleSheets());
  writeFormulaSheet(workbook);
  samplePath = temp.file('tthc-sample.xlsx');
  await workbook.xlsx.writeFile(samplePath);
}, 10 * 60 * 1000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  temp?.remove();
});

async function openPreview(width: number): Promise<Page> {
  const page = await openPreviewPage(browser, server.url, width);
  await page.getByTestId('drop-zone').waitFor({ state: 'visible', timeout: 10_000 });
  return page;
}

async function openFile(page: Page, file: string): Promise<void> {
  await page.getByTestId('file-input').setInputFiles(file);
  await page.getByText(`Đang dùng: ${path.basename(file)}`).waitFor({ timeout: 30_000 });
}

async function generate(page: Page, period: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Kỳ báo cáo' }).fill(period);
  await page.getByRole('button', { name: 'Tạo báo cáo', exact: true }).click();
}

async function figure(page: Page, key: string): Promise<string> {
  return (await page.getByTestId(`figure-${key}`).innerText()).replace(/\s+/g, ' ').trim();
}

async function noHorizontalOverflow(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true, animations: 'disabled' });
}

/** Every text cell of a worksheet, one string per cell. */
function sheetTexts(ws: ExcelJS.Worksheet): string[] {
  const texts: string[] = [];
  ws.eachRow((row) =>
    row.eachCell((cell) => {
      if (typeof cell.value === 'string') texts.push(cell.value);
    }),
  );
  return texts;
}

describe('task pane preview mode (Chromium)', () => {
  test('ExcelJS is loaded only when a workbook is opened (the pane opens without it)', async () => {
    const page = await openPreview(320);
    await page.waitForTimeout(500);
    expect(server.requests.map((r) => r.path)).not.toContain('/exceljs.js');
    await page.getByRole('button', { name: 'Dùng sổ mẫu' }).click();
    await page.getByText('Đang dùng: sổ mẫu (Sở Ngoại vụ, năm 2023)').waitFor({ timeout: 30_000 });
    expect(server.requests.map((r) => r.path)).toContain('/exceljs.js');
    await page.close();
  });

  test('sample .xlsx → 2023-Q2 → figures, rendered report, download read back with ExcelJS', async () => {
    const page = await openPreview(1000);
    await openFile(page, samplePath);
    await generate(page, '2023-Q2');
    await page.getByTestId('report-done').waitFor({ timeout: 60_000 });

    expect(await figure(page, 'received')).toBe('Hồ sơ tiếp nhận 14');
    expect(await figure(page, 'onTimeRate')).toBe('Giải quyết đúng hạn 100%');
    expect(await figure(page, 'onlineShare')).toBe('Nộp trực tuyến 100%');
    expect(await figure(page, 'digitisationRate')).toMatch(/^Số hóa hồ sơ \d+(,\d)?%$/);
    await expect(page.getByTestId('report-done').innerText()).resolves.toContain('BC quý II-2023');

    const table = page.getByTestId('report-preview').locator('table');
    await expect(table.innerText()).resolves.toContain(SEED_SENTENCE);
    // Merges became spans: the title row spans the page.
    expect(await table.locator('td[colspan="16"]').count()).toBeGreaterThan(5);
    expect(await table.locator('td', { hasText: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM' }).evaluate((td) => getComputedStyle(td).fontWeight)).toBe('700');

    // The link scrolls to the rendered table.
    await page.getByTestId('open-report').click();
    await expect(page.getByTestId('report-preview').evaluate((el) => el === document.activeElement)).resolves.toBe(true);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-report').click()]);
    expect(download.suggestedFilename()).toBe('tthc-sample - BC quý II-2023.xlsx');
    const saved = temp.file('downloaded.xlsx');
    await download.saveAs(saved);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(saved);
    const names = workbook.worksheets.map((ws) => ws.name);
    expect(names).toEqual(expect.arrayContaining(['TTHC', 'HoSo', 'SoLieu', 'NoiDung', 'NgayNghi', 'ThongTin', 'BC quý II-2023']));
    const report = workbook.getWorksheet('BC quý II-2023')!;
    expect(sheetTexts(report).some((t) => t.includes(SEED_SENTENCE))).toBe(true);
    expect(report.pageSetup.paperSize).toBe(9); // A4

    // The Word document, beside the .xlsx: a .docx named like it, whose document.xml has the report's text.
    const [docx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Bản Word (.docx) của báo cáo “BC quý II-2023”' }).click()]);
    expect(docx.suggestedFilename()).toBe('tthc-sample - BC quý II-2023.docx');
    const savedDocx = temp.file('downloaded.docx');
    await docx.saveAs(savedDocx);
    const bytes = new Uint8Array(readFileSync(savedDocx));
    expect(strFromU8(bytes.subarray(0, 2))).toBe('PK');
    const documentXml = strFromU8(unzipSync(bytes)['word/document.xml']);
    const runs = [...documentXml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    expect(runs).toContain('Kính gửi');
    expect(runs).toContain(SEED_SENTENCE);
    await expect(page.getByTestId('report-notice').innerText()).resolves.toBe('Đã tải về “tthc-sample - BC quý II-2023.docx”.');
    // The Word writer is its own chunk, fetched only when asked for.
    expect(server.requests.map((r) => r.path)).toContain('/docx.js');
    await page.close();
  });

  test('an HTML .xls export and its catalogue chosen together give the figures the CLI gives', async () => {
    const page = await openPreview(1000);
    const exportDir = path.join(ROOT, 'test', 'fixtures', 'exports');
    await page.getByTestId('file-input').setInputFiles([path.join(exportDir, 'thanh-hoa-dossiers.xls'), path.join(exportDir, 'catalogue.xlsx')]);
    await page.getByText('Đang dùng: thanh-hoa-dossiers.xls, catalogue.xlsx').waitFor({ timeout: 30_000 });
    // The period field proposes the latest closed quarter that holds the export's dossiers.
    await expect(page.getByRole('textbox', { name: 'Kỳ báo cáo' }).inputValue()).resolves.toBe('2026-Q3');
    await generate(page, '2026-Q3');
    await page.getByTestId('report-done').waitFor({ timeout: 60_000 });
    // The hand count of scripts/make-export-fixtures.ts, as test/cli/exports.test.ts finds it through the CLI.
    expect(await figure(page, 'received')).toBe('Hồ sơ tiếp nhận 8');
    expect(await figure(page, 'onTimeRate')).toBe('Giải quyết đúng hạn 83,3%');
    await expect(page.getByTestId('report-preview').innerText()).resolves.toContain('Số mới tiếp nhận trong kỳ: 7 (trực tuyến: không có dữ liệu');
    await shot(page, 'preview-export-1000');
    await page.close();
  });

  test('"Dùng sổ mẫu" loads the built-in sample and sets its period', async () => {
    const page = await openPreview(320);
    await page.getByRole('button', { name: 'Dùng sổ mẫu' }).click();
    await page.getByText('Đang dùng: sổ mẫu (Sở Ngoại vụ, năm 2023)').waitFor({ timeout: 30_000 });
    await expect(page.getByRole('textbox', { name: 'Kỳ báo cáo' }).inputValue()).resolves.toBe('2023-Q2');
    await page.getByRole('button', { name: 'Tạo báo cáo', exact: true }).click();
    await page.getByTestId('report-done').waitFor({ timeout: 60_000 });
    expect(await figure(page, 'received')).toBe('Hồ sơ tiếp nhận 14');
    await expect(page.getByTestId('report-preview').innerText()).resolves.toContain(SEED_SENTENCE);
    await noHorizontalOverflow(page);
    await page.close();
  });

  test('a bad workbook: the error is listed with sheet, row and column; a second press generates anyway', async () => {
    const page = await openPreview(320);
    await openFile(page, BAD_WORKBOOK);
    await generate(page, '2024');
    const blocked = page.getByTestId('blocked');
    await blocked.waitFor({ timeout: 60_000 });
    await expect(blocked.innerText()).resolves.toContain('Dữ liệu có 1 lỗi, chưa tạo báo cáo');
    const issue = blocked.getByTestId('issue').first();
    expect((await issue.getByTestId('issue-location').innerText()).trim()).toBe('HoSo, dòng 3, cột C (Ngày tiếp nhận)');
    await expect(issue.innerText()).resolves.toContain('Không đọc được ngày "31/02/2024"');
    expect(await page.getByTestId('report-done').count()).toBe(0);
    await shot(page, 'preview-bad-workbook-320');

    await page.getByRole('button', { name: 'Vẫn tạo báo cáo' }).click();
    await page.getByTestId('report-done').waitFor({ timeout: 60_000 });
    await expect(page.getByTestId('report-done').innerText()).resolves.toContain('dòng có lỗi không được tính');
    await expect(page.getByTestId('issue-location').first().innerText()).resolves.toBe('HoSo, dòng 3, cột C (Ngày tiếp nhận)');

    // The Data tab's check lists the same issue.
    await page.getByRole('tab', { name: 'Dữ liệu' }).click();
    await page.getByRole('button', { name: 'Kiểm tra dữ liệu' }).click();
    const check = page.getByTestId('data-check');
    await check.getByTestId('check-summary').waitFor({ timeout: 30_000 });
    await expect(check.getByTestId('check-summary').innerText()).resolves.toContain('1 lỗi');
    await expect(check.getByTestId('issue-location').first().innerText()).resolves.toBe('HoSo, dòng 3, cột C (Ngày tiếp nhận)');
    await noHorizontalOverflow(page);
    await page.close();
  });

  test('"Tải sổ mẫu" downloads a sample workbook built in the browser', async () => {
    const page = await openPreview(320);
    await page.getByRole('tab', { name: 'Dữ liệu' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải sổ mẫu' }).click()]);
    expect(download.suggestedFilename()).toBe('tthc-mau.xlsx');
    const saved = temp.file('mau.xlsx');
    await download.saveAs(saved);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(saved);
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(['TTHC', 'HoSo', 'SoLieu', 'NoiDung', 'NgayNghi', 'ThongTin', 'Công thức']);
    await page.close();
  });

  test('a file that is not a workbook: a readable message, nothing breaks', async () => {
    const page = await openPreview(320);
    await page.getByTestId('file-input').setInputFiles(path.join(ROOT, 'test', 'fixtures', 'bad', 'docx-renamed.xlsx'));
    await page.getByText(/không phải sổ làm việc Excel|bị hỏng/).waitFor({ timeout: 30_000 });
    await expect(page.getByRole('button', { name: 'Tạo báo cáo', exact: true }).isDisabled()).resolves.toBe(true);
    await page.close();
  });

  test('the period field: pickers fill it, bad labels get a Vietnamese message', async () => {
    const page = await openPreview(320);
    // Hidden tabs stay mounted and may show the period too: look in the tab shown.
    const shown = page.locator('[role="tabpanel"]:not([hidden])');
    const field = shown.getByRole('textbox', { name: 'Kỳ báo cáo' });
    await field.fill('2024-Q5');
    await shown.getByText('Không đọc được kỳ “2024-Q5”').waitFor();
    await field.fill('2024-H1');
    await shown.getByText('Từ ngày 15/12/2023 đến ngày 14/06/2024').waitFor();
    await shown.getByRole('switch', { name: 'Theo tháng dương lịch' }).check();
    await shown.getByText('Từ ngày 01/01/2024 đến ngày 30/06/2024').waitFor();
    await page.getByRole('switch', { name: 'Theo tháng dương lịch' }).uncheck();
    await page.getByRole('combobox', { name: 'Kỳ', exact: true }).click();
    await page.getByRole('option', { name: '9 tháng' }).click();
    await expect(field.inputValue()).resolves.toBe('2024-9M');
    await page.getByRole('combobox', { name: 'Năm' }).click();
    await page.getByRole('option', { name: '2023' }).click();
    await expect(field.inputValue()).resolves.toBe('2023-9M');
    await page.getByRole('switch', { name: 'Khoảng ngày tùy chọn' }).check();
    await page.getByLabel('Từ ngày', { exact: true }).fill('2023-01-01');
    await page.getByLabel('Đến ngày', { exact: true }).fill('2023-08-31');
    await expect(field.inputValue()).resolves.toBe('01/01/2023-31/08/2023');
    await page.close();
  });

  for (const width of [320, 1000]) {
    test(`screenshots of every tab at ${width} px`, async () => {
      const page = await openPreview(width);
      await shot(page, `preview-start-${width}`);
      await openFile(page, samplePath);
      await generate(page, '2023-Q2');
      await page.getByTestId('report-done').waitFor({ timeout: 60_000 });
      await noHorizontalOverflow(page);
      await shot(page, `preview-report-${width}`);

      await page.getByRole('tab', { name: 'Dữ liệu' }).click();
      await page.getByRole('button', { name: 'Kiểm tra dữ liệu' }).click();
      await page.getByTestId('check-summary').waitFor({ timeout: 30_000 });
      await noHorizontalOverflow(page);
      await shot(page, `preview-data-${width}`);

      await page.getByRole('tab', { name: 'Chỉ số' }).click();
      await page.getByTestId('indicator-charts').waitFor({ timeout: 30_000 });
      await noHorizontalOverflow(page);
      await shot(page, `preview-indicators-${width}`);

      await page.getByRole('tab', { name: 'Báo cáo' }).click();
      await page.getByRole('button', { name: 'Thông tin cơ quan (trang ThongTin)' }).click();
      const signer = page.getByRole('textbox', { name: 'Người ký', exact: true });
      await signer.waitFor();
      await expect(signer.inputValue()).resolves.toBe('Nguyễn Thái Bình');
      await shot(page, `preview-agency-${width}`);
      await page.getByRole('button', { name: 'Thông tin cơ quan (trang ThongTin)' }).click();

      // Form 06: a real table (borders, numbers); narrow panes scroll it inside its box.
      await page.getByTestId('report-kind').click();
      await page.getByRole('option', { name: 'Biểu 06: kết quả giải quyết TTHC' }).click();
      await page.getByRole('button', { name: 'Tạo báo cáo', exact: true }).click();
      await page.getByTestId('report-done').getByText('Báo cáo ở trang tính “Biểu 06 2023-Q2”.').waitFor({ timeout: 60_000 });
      await noHorizontalOverflow(page);
      await page.getByTestId('report-preview').scrollIntoViewIfNeeded();
      await shot(page, `preview-form06-${width}`);
      await page.close();
    });
  }

  test('no script errors and nothing fetched from outside 127.0.0.1 but office.js telemetry', () => {
    const unexpected = browser.pageErrors.filter((e) => !OFFICE_TELEMETRY_BLOCKED.test(e));
    expect(unexpected).toEqual([]);
    for (const url of browser.blockedRequests) expect(url).not.toMatch(/cdn|appsforoffice|fonts\.googleapis|unpkg|jsdelivr/i);
    expect(server.requests.filter((r) => r.status !== 200)).toEqual([]);
    expect(server.requests.map((r) => r.path)).toContain('/exceljs.js');
  });
});
