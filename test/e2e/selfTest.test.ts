/**
 * The compatibility check ("Kiểm tra tương thích") end to end in Chromium, inside the fake Excel
 * host of test/e2e/office.test.ts: the built page is served as usual and /office.js is replaced
 * by a stand-in whose `Office` reports Excel (with `Office.context.diagnostics`), whose
 * `Excel.run` works on a fake workbook (test/taskpane/fakeOffice.ts, transpiled for the page)
 * holding the sample, and whose `CustomFunctions.associate` registers the built functions.js's
 * functions with that workbook, so `=TTHC.ONLINE_SHARE(1,2)` computes with the real code.
 * Screenshots at 320 px go to out/screenshots/office-selftest-*.png.
 */
import { mkdirSync } from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { CHECK_IDS } from '../../src/taskpane/services/selfTest';
import { STRINGS } from '../../src/taskpane/strings';
import { launchBrowser, type TestBrowser } from '../helpers/browser';
import { ensureBuild, ROOT } from '../helpers/build';
import { fakeOfficeScript } from '../helpers/fakeHost';
import { startStaticServer, type StaticServer } from '../helpers/staticServer';

const SCREENSHOTS = path.join(ROOT, 'out', 'screenshots');
const VERSION = '16.0.0.0-fake';

let server: StaticServer;
let browser: TestBrowser;
let officeStub: string;


beforeAll(async () => {
  server = await startStaticServer(ensureBuild());
  browser = await launchBrowser();
  mkdirSync(SCREENSHOTS, { recursive: true });
  officeStub = fakeOfficeScript({ version: VERSION, customFunctions: true });
}, 10 * 60 * 1000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openInExcel(width: number, host: { unsupported?: string[]; noFunctions?: boolean; noClipboard?: boolean } = {}): Promise<Page> {
  const page = await browser.newPage({ width, height: 800 });
  await page.addInitScript((config) => {
    (window as unknown as { __host: unknown }).__host = config;
    if (config.noClipboard) Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
  }, host);
  await page.route('**/office.js', (route) => route.fulfill({ contentType: 'text/javascript; charset=utf-8', body: officeStub }));
  await page.goto(server.url + 'taskpane.html', { waitUntil: 'load' });
  await page.getByRole('tab', { name: 'Báo cáo' }).waitFor();
  await page.getByRole('button', { name: 'Tạo báo cáo', exact: true }).waitFor();
  return page;
}

const book = <T>(page: Page, fn: string): Promise<T> => page.evaluate(`(function (book) { ${fn} })(window.__book)`) as Promise<T>;

/** Sheet names and every cell of the workbook, to compare before and after. */
const workbookState = (page: Page) =>
  book<unknown>(page, 'return book.sheets.map(function (s) { return [s.name, Array.from(s.cells.entries()), Array.from(s.formats.entries())]; });');

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true, animations: 'disabled' });
}

/** Opens the Data tab, presses the button and waits for the result in the live region. */
async function runCheck(page: Page): Promise<void> {
  await page.getByRole('tab', { name: 'Dữ liệu' }).click();
  const section = page.getByTestId('self-test');
  await section.getByRole('heading', { name: 'Kiểm tra tương thích' }).waitFor();
  await section.getByRole('button', { name: 'Chạy kiểm tra tương thích' }).click();
  await section.getByRole('status').filter({ hasText: /^Xong:/ }).waitFor({ timeout: 60_000 });
}

const lines = (page: Page) =>
  page
    .getByTestId('self-test-line')
    .evaluateAll((items) => items.map((li) => ({ id: li.getAttribute('data-check'), status: li.getAttribute('data-status'), text: (li as HTMLElement).innerText.replace(/\s+/g, ' ') })));

describe('compatibility check inside Excel (fake Excel host, Chromium)', () => {
  test('every line passes on the fake host; the scratch sheet is gone; the user’s sheets are unchanged; the results are copied', async () => {
    const page = await openInExcel(320);
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    const before = await workbookState(page);
    await runCheck(page);

    const section = page.getByTestId('self-test');
    await expect(section.getByRole('status').first().innerText()).resolves.toBe('Xong: 15 đạt, 0 lỗi, 0 không hỗ trợ.');
    await expect(section.getByTestId('self-test-host').innerText()).resolves.toBe(`Excel ${VERSION} · Nền tảng: PC · Ứng dụng: Excel`);
    const shown = await lines(page);
    expect(shown.map((l) => l.id)).toEqual([...CHECK_IDS]);
    expect(shown.filter((l) => l.status !== 'pass')).toEqual([]);
    for (const line of shown) expect(line.text).toContain(STRINGS.vi.selfTest.checks[line.id as (typeof CHECK_IDS)[number]].label);
    // The real functions.js, registered through CustomFunctions.associate, computed the formula.
    expect(shown.find((l) => l.id === 'customFunctions')!.text).toContain('=TTHC.ONLINE_SHARE(1,2) = 0.5');

    expect(await book<string[]>(page, "return book.sheets.map(function (s) { return s.name; }).filter(function (n) { return n.indexOf('TTHC_KiemTra_') === 0; });")).toEqual([]);
    expect(await workbookState(page)).toEqual(before);
    expect(await book<string | null>(page, 'return book.active;')).toBeNull();
    await shot(page, 'office-selftest-320');

    await section.getByRole('button', { name: 'Sao chép kết quả' }).click();
    await section.getByText('Đã sao chép. Dán vào thư hoặc phiếu yêu cầu hỗ trợ.').waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain(`Phiên bản Excel: ${VERSION}`);
    expect(copied).toContain('Nền tảng: PC');
    expect(copied).toContain('Ứng dụng: Excel');
    for (const id of CHECK_IDS) expect(copied).toContain(`[Đạt] ${STRINGS.vi.selfTest.checks[id].label} (${id})`);
    expect(copied.trim().split('\n').pop()).toBe('Xong: 15 đạt, 0 lỗi, 0 không hỗ trợ.');
    console.log(`Copied text for the fake host:\n${copied}`);
    await page.close();
  });

  test('missing requirement sets and unregistered functions: "not supported" and "fail" lines; no clipboard: the text is shown selected', async () => {
    const page = await openInExcel(320, { unsupported: ['ExcelApi 1.13'], noFunctions: true, noClipboard: true });
    await runCheck(page);
    const section = page.getByTestId('self-test');
    await expect(section.getByRole('status').first().innerText()).resolves.toBe('Xong: 12 đạt, 1 lỗi, 2 không hỗ trợ.');
    const status = Object.fromEntries((await lines(page)).map((l) => [l.id, l.status]));
    expect(status).toMatchObject({ excelApi113: 'unsupported', mergedAreas: 'unsupported', customFunctions: 'fail', rowHeight: 'pass' });
    const fail = (await lines(page)).find((l) => l.id === 'customFunctions')!;
    expect(fail.text).toContain('UnexpectedResult: =TTHC.ONLINE_SHARE(1,2), =TTHC.TYLE_TRUCTUYEN(1,2) = #NAME?');
    expect(fail.text).toContain('Công thức TTHC.* báo #NAME?');
    expect(await book<string[]>(page, "return book.sheets.map(function (s) { return s.name; }).filter(function (n) { return n.indexOf('TTHC_KiemTra_') === 0; });")).toEqual([]);

    await section.getByRole('button', { name: 'Sao chép kết quả' }).click();
    const box = section.getByRole('textbox', { name: 'Kết quả dạng văn bản' });
    await box.waitFor();
    const text = await box.inputValue();
    expect(text).toContain(`Phiên bản Excel: ${VERSION}`);
    expect(text).toContain('[Không hỗ trợ] Đọc vùng ô gộp (mergedAreas) — ExcelApi 1.13');
    // Selected, ready for Ctrl+C.
    expect(await box.evaluate((el: HTMLTextAreaElement) => [document.activeElement === el, el.selectionStart, el.selectionEnd])).toEqual([true, 0, text.length]);
    await shot(page, 'office-selftest-fail-320');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });

  test('no script errors, nothing fetched from outside', () => {
    expect(browser.pageErrors).toEqual([]);
    expect(browser.blockedRequests).toEqual([]);
  });
});
