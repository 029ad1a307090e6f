/**
 * The Tổng hợp tab end to end in Debian's Chromium, in both modes: the three files of
 * test/cli/consolidate.test.ts (two units' logs and an II.06a table of two units with a total
 * row) set on the tab's file input, period 2026-Q3, Tổng hợp: the four units with the hand
 * counts and the total 42 are shown.
 * - Preview page: the .xlsx (the table, the summary, DonVi) and the .docx are downloaded and read back.
 * - Inside Excel (the fake host of test/helpers/fakeHost.ts): "Ghi vào sổ tính" writes the two
 *   sheets and DonVi into the workbook, a second write asks before replacing, and the .docx downloads.
 * Screenshots at 320 px and 1000 px go to out/screenshots/consolidate-*.png; at 320 px the units
 * table scrolls inside its own box and the pane does not scroll sideways.
 */
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { mkdirSync, readFileSync } from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { launchBrowser, openPreviewPage, type TestBrowser } from '../helpers/browser';
import { ensureBuild, ROOT } from '../helpers/build';
import { fakeOfficeScript } from '../helpers/fakeHost';
import { startStaticServer, type StaticServer } from '../helpers/staticServer';
import { makeTempDir } from '../helpers/tempDir';

const SCREENSHOTS = path.join(ROOT, 'out', 'screenshots');
const EXPORTS = path.join(ROOT, 'test', 'fixtures', 'exports');
const FILES = ['unit-so-noi-vu.xlsx', 'unit-phuong-hac-thanh.xlsx', 'ii06a-by-unit.xlsx'].map((f) => path.join(EXPORTS, f));
const SHEETS = ['Tổng hợp 2026-Q3', 'Tổng hợp chung 2026-Q3'];
/** office.js's telemetry iframe refused by the page's Content-Security-Policy (expected, see taskpane.test.ts). */
const OFFICE_TELEMETRY_BLOCKED = /^console\.error: Framing 'https:\/\/[a-z.]*\.oaspapps\.com\/' violates the following Content Security Policy/;

/** The hand count (scripts/make-export-fixtures.ts) as the table shows it: unit, level, received, resolved, on time, online. */
const UNITS = [
  ['Sở Nội vụ', 'Tỉnh', '5', '3', '66,7%', '25%'],
  ['Sở Tư pháp', 'Tỉnh', '25', '20', '85%', '60%'],
  ['Phường Hạc Thành', 'Xã', '4', '3', '100%', '75%'],
  ['Xã Đông Sơn', 'Xã', '8', '6', '83,3%', '42,9%'],
];
const TOTAL = ['Tổng cộng', '', '42', '32', '84,4%', '54,3%'];
/** Form 06's eleven figures of the total, (3) to (13). */
const TOTAL_FIGURES = [42, 19, 16, 7, 32, 11, 16, 5, 10, 7, 3];

let server: StaticServer;
let browser: TestBrowser;
let officeStub: string;
let temp: ReturnType<typeof makeTempDir>;

beforeAll(async () => {
  server = await startStaticServer(ensureBuild());
  browser = await launchBrowser();
  mkdirSync(SCREENSHOTS, { recursive: true });
  officeStub = fakeOfficeScript();
  temp = makeTempDir('tthc-consolidate-');
}, 10 * 60 * 1000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  temp?.remove();
});

async function openPreview(width: number): Promise<Page> {
  const page = await openPreviewPage(browser, server.url, width);
  return page;
}

async function openInExcel(width: number): Promise<Page> {
  const page = await browser.newPage({ width, height: 800 });
  await page.route('**/office.js', (route) => route.fulfill({ contentType: 'text/javascript; charset=utf-8', body: officeStub }));
  await page.goto(server.url + 'taskpane.html', { waitUntil: 'load' });
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

/** The Tổng hợp tab: the three files, the period, the button; waits for the result. */
async function consolidate(page: Page): Promise<void> {
  await page.getByRole('tab', { name: 'Tổng hợp' }).click();
  await page.getByTestId('consolidate-file-input').setInputFiles(FILES);
  await expect(page.getByTestId('consolidate-files').getByRole('listitem').allInnerTexts()).resolves.toHaveLength(3);
  await page.getByRole('textbox', { name: 'Kỳ báo cáo' }).fill('2026-Q3');
  await page.getByRole('button', { name: 'Tổng hợp', exact: true }).click();
  await page.getByTestId('consolidate-done').waitFor({ timeout: 60_000 });
}

/** The units table's rows as text, cell by cell (the source column left out). */
async function shownRows(page: Page, testId: string): Promise<string[][]> {
  const rows = page.getByTestId('consolidate-table').getByTestId(testId);
  const out: string[][] = [];
  for (let i = 0; i < (await rows.count()); i++) {
    out.push((await rows.nth(i).locator('th, td').allInnerTexts()).map((t) => t.trim()).slice(0, 6));
  }
  return out;
}

async function checkShown(page: Page): Promise<void> {
  await expect(page.getByTestId('consolidate-done').innerText()).resolves.toContain('Đã tổng hợp 4 đơn vị từ 3 tệp');
  expect(await shownRows(page, 'consolidate-unit')).toEqual(UNITS);
  expect(await shownRows(page, 'consolidate-total')).toEqual([TOTAL]);
  await expect(page.getByTestId('consolidate-table').innerText()).resolves.toContain('ii06a-by-unit.xlsx › II.06a!11');
}

/** The pane does not scroll sideways; a table wider than it scrolls inside its own box. */
async function layoutFits(page: Page, narrow: boolean): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const box = await page.getByTestId('consolidate-table').evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth, right: el.getBoundingClientRect().right }));
  expect(box.right).toBeLessThanOrEqual(await page.evaluate(() => window.innerWidth));
  if (narrow) expect(box.scroll).toBeGreaterThan(box.client);
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true, animations: 'disabled' });
}

/** The text of a .docx's document.xml (its runs joined: a phrase may be split across runs). */
function documentText(file: string): string {
  const bytes = new Uint8Array(readFileSync(file));
  expect(strFromU8(bytes.subarray(0, 2))).toBe('PK');
  const xml = strFromU8(unzipSync(bytes)['word/document.xml']);
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}

function expectUnitsInDocument(text: string): void {
  for (const [unit] of UNITS) expect(text).toContain(unit);
  expect(text).toContain('Cấp tỉnh (Sở, ban, ngành)');
  expect(text).toContain('Tổng số hồ sơ tiếp nhận: 42');
}

describe('Tổng hợp in the preview page (Chromium)', () => {
  test('three files → four units and the total 42; .xlsx and .docx downloaded and read back', async () => {
    const page = await openPreview(1000);
    await consolidate(page);
    await checkShown(page);
    // No consolidating office among the files (a ThongTin-only file): said, as a warning.
    await expect(page.getByTestId('issue-list').innerText()).resolves.toContain('Chưa có tên cơ quan tổng hợp');
    await page.getByRole('heading', { name: '1 cảnh báo', exact: true }).waitFor();

    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải tệp .xlsx' }).click()]);
    expect(xlsx.suggestedFilename()).toBe('Tổng hợp 2026-Q3.xlsx');
    const savedXlsx = temp.file('tong-hop.xlsx');
    await xlsx.saveAs(savedXlsx);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(savedXlsx);
    expect(workbook.worksheets.map((w) => w.name)).toEqual([...SHEETS, 'DonVi']);
    const rows: unknown[][] = [];
    workbook.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => (v && typeof v === 'object' && 'result' in v ? (v as { result: unknown }).result : v))));
    expect(rows.find((r) => r[1] === 'Tổng cộng')!.slice(2, 13)).toEqual(TOTAL_FIGURES);
    const names: unknown[][] = [];
    workbook.getWorksheet('DonVi')!.eachRow((row) => names.push((row.values as unknown[]).slice(1)));
    expect(names[0]).toEqual(['Tên trong tệp', 'Đơn vị', 'Cấp']);
    expect(names).toContainEqual(['UBND xã Đông Sơn', 'Xã Đông Sơn', 'xã']);
    await expect(page.getByTestId('consolidate-notice').innerText()).resolves.toBe('Đã tải về “Tổng hợp 2026-Q3.xlsx”.');

    const [docx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải bản Word (.docx)' }).click()]);
    expect(docx.suggestedFilename()).toBe('Tổng hợp 2026-Q3.docx');
    const savedDocx = temp.file('tong-hop.docx');
    await docx.saveAs(savedDocx);
    expectUnitsInDocument(documentText(savedDocx));
    await layoutFits(page, false);
    await shot(page, 'consolidate-preview-1000');
    await page.close();
  });

  test('320 px: the table scrolls in its box, the pane does not; a file removed sends the result away', async () => {
    const page = await openPreview(320);
    await consolidate(page);
    await checkShown(page);
    await layoutFits(page, true);
    await shot(page, 'consolidate-preview-320');
    await page.getByTestId('consolidate-table').evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
    // Scrolled to its end, the unit's name is still in view (a sticky first column).
    const unitCell = page.getByTestId('consolidate-unit').first().locator('th');
    const [cell, table] = await Promise.all([unitCell.boundingBox(), page.getByTestId('consolidate-table').boundingBox()]);
    expect(Math.abs(cell!.x - table!.x)).toBeLessThanOrEqual(2);
    await page.getByTestId('consolidate-table').screenshot({ path: path.join(SCREENSHOTS, 'consolidate-preview-320-table-scrolled.png'), animations: 'disabled' });

    await page.getByRole('button', { name: 'Bỏ tệp ii06a-by-unit.xlsx' }).click();
    expect(await page.getByTestId('consolidate-done').count()).toBe(0);
    await page.getByRole('button', { name: 'Tổng hợp', exact: true }).click();
    await page.getByTestId('consolidate-done').waitFor({ timeout: 60_000 });
    await expect(page.getByTestId('consolidate-done').innerText()).resolves.toContain('Đã tổng hợp 2 đơn vị từ 2 tệp');
    await page.close();
  });

  test('a file that is not a workbook: a readable message naming it', async () => {
    const page = await openPreview(320);
    await page.getByRole('tab', { name: 'Tổng hợp' }).click();
    await page.getByTestId('consolidate-file-input').setInputFiles([FILES[0], path.join(ROOT, 'test', 'fixtures', 'bad', 'docx-renamed.xlsx')]);
    await page.getByRole('textbox', { name: 'Kỳ báo cáo' }).fill('2026-Q3');
    await page.getByRole('button', { name: 'Tổng hợp', exact: true }).click();
    const failed = page.getByTestId('consolidate-failed');
    await failed.waitFor({ timeout: 60_000 });
    await expect(failed.innerText()).resolves.toContain('docx-renamed.xlsx');
    await page.close();
  });
});

describe('Tổng hợp inside Excel (fake Excel host, Chromium)', () => {
  for (const width of [320, 1000]) {
    test(`${width} px: four units and the total; written into the workbook with DonVi; the .docx downloaded`, async () => {
      const page = await openInExcel(width);
      expect(await page.getByTestId('drop-zone').count()).toBe(0);
      await consolidate(page);
      await checkShown(page);
      // The workbook's ThongTin (the sample's Sở Ngoại vụ) is the consolidating office: no warning about it.
      expect(await page.getByTestId('issue-list').count()).toBe(0);
      expect(await page.getByTestId('consolidate-download-xlsx').count()).toBe(0);
      expect(await page.getByTestId('consolidate-download-docx').count()).toBe(0);

      await page.getByRole('button', { name: 'Ghi vào sổ tính' }).click();
      const written = page.getByTestId('consolidate-written');
      await written.waitFor({ timeout: 60_000 });
      await expect(written.innerText()).resolves.toContain('Đã ghi báo cáo tổng hợp vào trang “Tổng hợp 2026-Q3”, “Tổng hợp chung 2026-Q3”.');
      await expect(written.innerText()).resolves.toContain('Đã thêm trang DonVi');
      const names = await book<string[]>(page, 'return book.sheets.map(function (s) { return s.name; });');
      expect(names).toEqual(expect.arrayContaining([...SHEETS, 'DonVi']));
      expect(await book<string>(page, 'return book.active;')).toBe(SHEETS[0]);
      const table = await book<(string | number | null)[][]>(page, `return book.rows(${JSON.stringify(SHEETS[0])});`);
      for (const [unit, , received] of UNITS) expect(table.find((r) => r[1] === unit)![2]).toBe(Number(received));
      expect(table.find((r) => r[1] === 'Tổng cộng')![2]).toMatch(/^=SUM\(/);
      const summary = await book<(string | number | null)[][]>(page, `return book.rows(${JSON.stringify(SHEETS[1])});`);
      expect(summary.flat().some((v) => typeof v === 'string' && v.includes('Tổng số hồ sơ tiếp nhận: 42'))).toBe(true);
      const donVi = await book<(string | number | null)[][]>(page, "return book.rows('DonVi');");
      expect(donVi[0]).toEqual(['Tên trong tệp', 'Đơn vị', 'Cấp']);
      expect(donVi).toContainEqual(['UBND xã Đông Sơn', 'Xã Đông Sơn', 'xã']);
      expect(await book<string[]>(page, "return book.sheet('DonVi').typedAsInput;")).toEqual([]);
      await layoutFits(page, width === 320);
      await shot(page, `consolidate-office-${width}`);

      // The link activates the table's sheet again.
      await book(page, "book.active = 'TTHC';");
      await page.getByTestId('consolidate-open-sheet').click();
      await until(() => book<string>(page, 'return book.active;'), SHEETS[0]);

      const [docx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải bản Word (.docx)' }).click()]);
      expect(docx.suggestedFilename()).toBe('Tổng hợp 2026-Q3.docx');
      const saved = temp.file(`office-${width}.docx`);
      await docx.saveAs(saved);
      expectUnitsInDocument(documentText(saved));
      await expect(page.getByTestId('consolidate-notice').innerText()).resolves.toContain('Đã tải về “Tổng hợp 2026-Q3.docx”.');
      await page.close();
    });
  }

  test('written again: the dialog asks for each sheet; DonVi already there is kept', async () => {
    const page = await openInExcel(320);
    await consolidate(page);
    await page.getByRole('button', { name: 'Ghi vào sổ tính' }).click();
    await page.getByTestId('consolidate-written').waitFor({ timeout: 60_000 });
    await book(page, "book.sheet('DonVi').set(2, 2, 'sửa tay');");

    await page.getByRole('button', { name: 'Ghi vào sổ tính' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Thay trang báo cáo?' });
    await dialog.getByText(`Sổ tính đã có trang “${SHEETS[0]}”`).waitFor();
    await shot(page, 'consolidate-office-replace-320');
    await dialog.getByRole('button', { name: 'Thay trang cũ' }).click();
    await dialog.getByText(`Sổ tính đã có trang “${SHEETS[1]}”`).waitFor();
    await dialog.getByRole('button', { name: 'Ghi trang mới' }).click();
    const written = page.getByTestId('consolidate-written');
    await written.getByText(`Đã thay trang “${SHEETS[0]}” cũ.`, { exact: false }).waitFor({ timeout: 60_000 });
    await expect(written.innerText()).resolves.toContain(`“${SHEETS[1]} (2)”`);
    await expect(written.innerText()).resolves.toContain('Sổ tính đã có trang DonVi: giữ nguyên.');
    const names = await book<string[]>(page, 'return book.sheets.map(function (s) { return s.name; });');
    expect(names.filter((n) => n.startsWith('Tổng hợp'))).toEqual([SHEETS[1], SHEETS[0], `${SHEETS[1]} (2)`]);
    expect(await book<string>(page, "return book.sheet('DonVi').get(2, 2);")).toBe('sửa tay');
    await page.close();
  });

  test('no script errors and nothing fetched from outside 127.0.0.1 but office.js telemetry', () => {
    expect(browser.pageErrors.filter((e) => !OFFICE_TELEMETRY_BLOCKED.test(e))).toEqual([]);
    for (const url of browser.blockedRequests) expect(url).not.toMatch(/cdn|appsforoffice|fonts\.googleapis|unpkg|jsdelivr/i);
  });
});
