/**
 * The task pane as it runs inside Excel, end to end in Chromium: the built page is served as
 * usual, but /office.js is replaced by a stand-in whose `Office.onReady` reports the Excel host
 * and whose `Excel.run` works on a fake workbook (test/taskpane/fakeOffice.ts, transpiled for
 * the page) holding the sample. This drives the real bundle's Excel code paths: ThongTin
 * prefilled and saved, the report written and activated, the replace dialog, a data error's
 * location selecting its cell, the Data tab's table creation and sample insertion, the Word
 * document downloaded from the pane (and refused, naming the preview page, on a host that says
 * Mac). Screenshots of every tab at 320 px and 1000 px go to out/screenshots/office-*.png.
 */
import { strFromU8, unzipSync } from 'fflate';
import { mkdirSync, readFileSync } from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { launchBrowser, type TestBrowser } from '../helpers/browser';
import { ensureBuild, ROOT } from '../helpers/build';
import { fakeOfficeScript } from '../helpers/fakeHost';
import { startStaticServer, type StaticServer } from '../helpers/staticServer';
import { makeTempDir } from '../helpers/tempDir';

const SCREENSHOTS = path.join(ROOT, 'out', 'screenshots');

let server: StaticServer;
let browser: TestBrowser;
let officeStub: string;
/** The same host, saying it is Excel on Mac (whose WKWebView pane cannot save downloads). */
let macStub: string;
let temp: ReturnType<typeof makeTempDir>;

beforeAll(async () => {
  server = await startStaticServer(ensureBuild());
  browser = await launchBrowser();
  mkdirSync(SCREENSHOTS, { recursive: true });
  officeStub = fakeOfficeScript();
  macStub = fakeOfficeScript({ platform: 'Mac' });
  temp = makeTempDir('tthc-office-');
}, 10 * 60 * 1000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  temp?.remove();
});

async function openInExcel(width: number, stub = officeStub): Promise<Page> {
  const page = await browser.newPage({ width, height: 800 });
  await page.route('**/office.js', (route) => route.fulfill({ contentType: 'text/javascript; charset=utf-8', body: stub }));
  await page.goto(server.url + 'taskpane.html', { waitUntil: 'load' });
  await page.getByRole('tab', { name: 'Báo cáo' }).waitFor();
  await page.getByRole('button', { name: 'Tạo báo cáo', exact: true }).waitFor();
  return page;
}

const book = <T>(page: Page, fn: string): Promise<T> => page.evaluate(`(function (book) { ${fn} })(window.__book)`) as Promise<T>;

/** Waits until `read` gives `expected` (the page acts on a click asynchronously). */
async function until<T>(read: () => Promise<T>, expected: T, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  let last: T = await read();
  while (JSON.stringify(last) !== JSON.stringify(expected) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 100));
    last = await read();
  }
  expect(last).toEqual(expected);
}

async function generate(page: Page, period: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Kỳ báo cáo' }).fill(period);
  await page.getByRole('button', { name: 'Tạo báo cáo', exact: true }).click();
}

/** The text of a .docx's document.xml (its runs joined: a phrase may be split across runs). */
function documentText(file: string): string {
  const bytes = new Uint8Array(readFileSync(file));
  expect(strFromU8(bytes.subarray(0, 2))).toBe('PK');
  const xml = strFromU8(unzipSync(bytes)['word/document.xml']);
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true, animations: 'disabled' });
}

describe('task pane inside Excel (fake Excel host, Chromium)', () => {
  test('no preview parts; ThongTin prefilled; the report is written, activated, replaced only after the dialog', async () => {
    const page = await openInExcel(320);
    expect(await page.getByTestId('preview-mode').count()).toBe(0);
    expect(await page.getByTestId('drop-zone').count()).toBe(0);

    await page.getByRole('button', { name: 'Thông tin cơ quan (trang ThongTin)' }).click();
    const signer = page.getByRole('textbox', { name: 'Người ký', exact: true });
    await expect(signer.inputValue()).resolves.toBe('Nguyễn Thái Bình');
    await page.getByRole('button', { name: 'Thông tin cơ quan (trang ThongTin)' }).click();

    await generate(page, '2023-Q2');
    await page.getByTestId('report-done').waitFor({ timeout: 60_000 });
    expect((await page.getByTestId('figure-received').innerText()).replace(/\s+/g, ' ')).toBe('Hồ sơ tiếp nhận 14');
    expect((await page.getByTestId('figure-onTimeRate').innerText()).replace(/\s+/g, ' ')).toBe('Giải quyết đúng hạn 100%');
    expect(await page.getByTestId('download-report').count()).toBe(0);
    expect(await page.getByTestId('report-preview').count()).toBe(0);
    expect(await book<string>(page, 'return book.active;')).toBe('BC quý II-2023');
    const texts = await book<string[]>(page, "return Array.from(book.sheet('BC quý II-2023').cells.values());");
    expect(texts.some((t) => String(t).includes('Tổng số hồ sơ TTHC đã tiếp nhận trong kỳ báo cáo: 14'))).toBe(true);
    await shot(page, 'office-report-320');

    // The link activates the report sheet again.
    await book(page, "book.active = 'TTHC';");
    await page.getByRole('button', { name: 'Mở trang báo cáo' }).click();
    await until(() => book<string>(page, 'return book.active;'), 'BC quý II-2023');

    // Same report again: the dialog asks; "Thay trang cũ" replaces the sheet.
    await page.getByRole('button', { name: 'Tạo báo cáo', exact: true }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Thay trang báo cáo?' });
    await dialog.waitFor();
    await shot(page, 'office-replace-dialog-320');
    await dialog.getByRole('button', { name: 'Thay trang cũ' }).click();
    await page.getByTestId('report-done').getByText('Đã thay trang tính “BC quý II-2023” cũ.').waitFor({ timeout: 60_000 });
    const names = await book<string[]>(page, 'return book.sheets.map(function (s) { return s.name; });');
    expect(names.filter((n) => n.startsWith('BC'))).toEqual(['BC quý II-2023']);
    await page.close();
  });

  test('the Word document: downloaded from the pane as <sheet>.docx, the notice naming the file and the preview page', async () => {
    const page = await openInExcel(320);
    await generate(page, '2023-Q2');
    await page.getByTestId('report-done').waitFor({ timeout: 60_000 });
    const button = page.getByRole('button', { name: 'Tải bản Word (.docx)' });
    expect(await button.getAttribute('data-testid')).toBe('download-docx');
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    expect(download.suggestedFilename()).toBe('BC quý II-2023.docx');
    const saved = temp.file('office.docx');
    await download.saveAs(saved);
    const text = documentText(saved);
    expect(text).toContain('Kính gửi');
    expect(text).toContain('Tổng số hồ sơ TTHC đã tiếp nhận trong kỳ báo cáo: 14');
    const notice = page.getByTestId('report-notice');
    await expect(notice.innerText()).resolves.toContain('Đã tải về “BC quý II-2023.docx”.');
    // The page's own address (no query): opened in a browser it is the preview page.
    await expect(notice.innerText()).resolves.toContain(`mở trang xem trước ${server.url}taskpane.html trong trình duyệt`);
    expect(await page.getByTestId('download-docx-error').count()).toBe(0);
    await shot(page, 'office-docx-320');
    await page.close();
  });

  for (const width of [320, 1000]) {
    test(`Excel on Mac (${width} px): no download attempted; the message names the preview page`, async () => {
      const page = await openInExcel(width, macStub);
      let downloads = 0;
      page.on('download', () => downloads++);
      await generate(page, '2023-Q2');
      await page.getByTestId('report-done').waitFor({ timeout: 60_000 });
      await page.getByTestId('download-docx').click();
      const message = page.getByTestId('download-docx-error');
      await message.waitFor();
      const text = await message.innerText();
      expect(text).toContain('Excel trên máy Mac không lưu được tệp tải về từ ngăn tác vụ');
      expect(text).toContain(`mở trang xem trước ${server.url}taskpane.html trong trình duyệt`);
      expect(text).toContain('Excel on Mac cannot save a download from the task pane');
      await page.waitForTimeout(500);
      expect(downloads).toBe(0);
      expect(await page.getByTestId('report-notice').count()).toBe(0);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await shot(page, `office-docx-mac-${width}`);
      await page.close();
    });
  }

  test('a data error: listed with its location; clicking it selects the cell in Excel', async () => {
    const page = await openInExcel(320);
    // HoSo: two title rows, a blank row, the header on row 4; the first dossier on row 5.
    await book(page, "book.sheet('HoSo').set(5, 3, '31/02/2023');");
    await generate(page, '2023-Q2');
    await page.getByTestId('blocked').waitFor({ timeout: 60_000 });
    const location = page.getByTestId('blocked').getByTestId('issue-location').first();
    await expect(location.innerText()).resolves.toBe('HoSo, dòng 5, cột C (Ngày tiếp nhận)');
    await book(page, "book.active = 'TTHC';");
    await location.click();
    await until(() => book(page, 'return book.selected;'), { sheet: 'HoSo', address: 'C5' });
    expect(await book<string>(page, 'return book.active;')).toBe('HoSo');
    await shot(page, 'office-issue-320');
    await page.close();
  });

  test('agency details saved back to ThongTin as text', async () => {
    const page = await openInExcel(320);
    await page.getByRole('button', { name: 'Thông tin cơ quan (trang ThongTin)' }).click();
    await page.getByRole('textbox', { name: 'Số văn bản' }).fill('08/BC-SNV');
    await page.getByRole('textbox', { name: 'Kính gửi' }).fill('=Văn phòng UBND tỉnh');
    await page.getByRole('button', { name: 'Lưu vào trang ThongTin' }).click();
    await page.getByText('Đã lưu vào trang ThongTin của sổ tính.').waitFor();
    const rows = await book<(string | number | null)[][]>(page, "return book.rows('ThongTin');");
    expect(rows.find((r) => r[0] === 'Số văn bản')![1]).toBe('08/BC-SNV');
    expect(rows.find((r) => r[0] === 'Kính gửi')![1]).toBe('=Văn phòng UBND tỉnh');
    expect(await book<string[]>(page, "return book.sheet('ThongTin').typedAsInput;")).toEqual([]);
    await page.close();
  });

  test('Data tab: input tables created where missing, the sample refused over existing sheets, issues selectable', async () => {
    const page = await openInExcel(320);
    await page.getByRole('tab', { name: 'Dữ liệu' }).click();
    await page.getByRole('button', { name: 'Chèn dữ liệu mẫu' }).click();
    await page.getByText(/Không chèn dữ liệu mẫu: sổ tính đã có TTHC, HoSo, SoLieu, NoiDung, NgayNghi, ThongTin/).waitFor();

    await book(page, "book.sheets = book.sheets.filter(function (s) { return s.name !== 'NgayNghi'; });");
    await page.getByRole('button', { name: 'Tạo bảng nhập liệu' }).click();
    await page.getByText('Đã tạo: NgayNghi. Đã có, giữ nguyên: TTHC, HoSo, SoLieu, NoiDung, ThongTin.').waitFor();
    const holiday = await book<{ tables: { name: string }[]; validation: { source: string } }>(
      page,
      "var s = book.sheet('NgayNghi'); return { tables: s.tables, validation: s.validations.get('2:2') };",
    );
    expect(holiday.tables.map((t) => t.name)).toEqual(['NgayNghi']);
    expect(holiday.validation.source).toBe('Nghỉ,Làm bù');

    // Unreadable processing days of NV.01: a warning on TTHC, and an error on each of its dossiers with no due date (the first is row 38).
    await book(page, "book.sheet('TTHC').set(4, 10, 'năm');");
    await page.getByRole('button', { name: 'Kiểm tra dữ liệu' }).click();
    await page.getByTestId('check-summary').waitFor();
    const location = page.getByTestId('data-check').getByTestId('issue-location').first();
    await expect(location.innerText()).resolves.toBe('HoSo, dòng 38, cột D (Hạn trả kết quả)');
    await location.click();
    await until(() => book(page, 'return book.selected;'), { sheet: 'HoSo', address: 'D38' });
    await page.close();
  });

  for (const width of [320, 1000]) {
    test(`screenshots of every tab at ${width} px`, async () => {
      const page = await openInExcel(width);
      await book(page, "book.sheet('HoSo').set(6, 3, 'Fax');"); // a received date the engine cannot read
      await generate(page, '2023-Q2');
      await page.getByTestId('blocked').waitFor({ timeout: 60_000 });
      await page.getByRole('button', { name: 'Vẫn tạo báo cáo' }).click();
      await page.getByTestId('report-done').waitFor({ timeout: 60_000 });
      await shot(page, `office-report-${width}`);

      await page.getByRole('tab', { name: 'Dữ liệu' }).click();
      await page.getByRole('button', { name: 'Kiểm tra dữ liệu' }).click();
      await page.getByTestId('check-summary').waitFor();
      await shot(page, `office-data-${width}`);

      await page.getByRole('tab', { name: 'Chỉ số' }).click();
      await page.getByTestId('indicator-charts').waitFor({ timeout: 30_000 });
      await shot(page, `office-indicators-${width}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.close();
    });
  }

  test('no script errors, nothing fetched from outside', () => {
    expect(browser.pageErrors).toEqual([]);
    expect(browser.blockedRequests).toEqual([]);
  });
});
