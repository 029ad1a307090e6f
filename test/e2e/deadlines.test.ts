/**
 * The "Theo dõi hạn" tab end to end in Chromium: the hand-counted log of
 * test/helpers/deadlineFixture.ts opened in the preview page, the tab set to 26/04/2024, and the
 * three lists checked against the hand count; the empty state; in Excel (the fake host), a
 * dossier's ID selects its row. Screenshots at 320 px and 1000 px into out/screenshots/.
 */
import ExcelJS from 'exceljs';
import { mkdirSync } from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { writeInputSheets } from '../../src/adapters/exceljs/writeInputs';
import { dayFromDate, excelSerialFromDay } from '../../src/core/days';
import { launchBrowser, type TestBrowser } from '../helpers/browser';
import { ensureBuild, ROOT } from '../helpers/build';
import { DEADLINE_HAND_COUNT, deadlineSheets, type HandCountEntry } from '../helpers/deadlineFixture';
import { fakeOfficeScript } from '../helpers/fakeHost';
import { startStaticServer, type StaticServer } from '../helpers/staticServer';
import { makeTempDir } from '../helpers/tempDir';

const SCREENSHOTS = path.join(ROOT, 'out', 'screenshots');
const OFFICE_TELEMETRY_BLOCKED = /^console\.error: Framing 'https:\/\/[a-z.]*\.oaspapps\.com\/' violates the following Content Security Policy/;
const GROUPS = ['overdue', 'dueSoon', 'dueLater'] as const;

let server: StaticServer;
let browser: TestBrowser;
let temp: ReturnType<typeof makeTempDir>;
let logPath: string;

beforeAll(async () => {
  server = await startStaticServer(ensureBuild());
  browser = await launchBrowser();
  mkdirSync(SCREENSHOTS, { recursive: true });
  temp = makeTempDir('tthc-deadlines-');
  const workbook = new ExcelJS.Workbook();
  writeInputSheets(workbook, deadlineSheets());
  logPath = temp.file('theo-doi-han.xlsx');
  await workbook.xlsx.writeFile(logPath);
}, 10 * 60 * 1000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  temp?.remove();
});

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true, animations: 'disabled' });
}

async function noHorizontalOverflow(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

/** Opens the tab and sets its date; waits for the watch of that day. */
async function watchOn(page: Page, iso: string, summary: string): Promise<void> {
  await page.getByRole('tab', { name: 'Theo dõi hạn' }).click();
  await page.getByLabel('Tính đến ngày').fill(iso);
  await page.getByTestId('deadline-summary').filter({ hasText: summary }).waitFor({ timeout: 30_000 });
}

/** The dossiers a group lists, as the hand count writes them. */
async function listed(page: Page, group: (typeof GROUPS)[number]): Promise<Omit<HandCountEntry, 'row'>[]> {
  const items = page.getByTestId(`deadline-group-${group}`).getByTestId('deadline-item');
  return items.evaluateAll((els) => els.map((el) => ({ id: el.getAttribute('data-id') ?? '', daysLeft: Number(el.getAttribute('data-days-left')) })));
}

const withoutRows = (list: HandCountEntry[]) => list.map(({ id, daysLeft }) => ({ id, daysLeft }));

describe('Theo dõi hạn (Chromium)', () => {
  for (const width of [320, 1000]) {
    test(`preview at ${width} px: the lists of 26/04/2024 are the hand count`, async () => {
      const page = await browser.newPage({ width, height: 800 });
      await page.goto(server.url + 'taskpane.html', { waitUntil: 'load' });
      await page.getByTestId('file-input').setInputFiles(logPath);
      await page.getByText('Đang dùng: theo-doi-han.xlsx').waitFor({ timeout: 30_000 });
      await watchOn(page, '2024-04-26', 'Ngày 26/04/2024: 12 hồ sơ đang giải quyết.');

      for (const group of GROUPS) {
        expect(await listed(page, group)).toEqual(withoutRows(DEADLINE_HAND_COUNT[group]));
        const count = (await page.getByTestId(`deadline-count-${group}`).innerText()).replace(/\s+/g, ' ').trim();
        expect(count.endsWith(` ${DEADLINE_HAND_COUNT[group].length}`)).toBe(true);
      }
      const groupTitles = await page.getByRole('heading', { level: 2 }).allInnerTexts();
      expect(groupTitles).toEqual(expect.arrayContaining(['Quá hạn (4)', 'Đến hạn trong 1 ngày làm việc (3)', 'Đến hạn trong 3 ngày làm việc (4)']));
      const first = page.getByTestId('deadline-group-overdue').getByTestId('deadline-item').first();
      await expect(first.innerText()).resolves.toContain('Cấp hộ chiếu ngoại giao, hộ chiếu công vụ');
      await expect(first.getByTestId('deadline-days').innerText()).resolves.toBe('Quá 6 ngày');
      const extended = page.getByTestId('deadline-item').filter({ hasText: 'HS07' });
      const dates = (await extended.getByTestId('deadline-dates').innerText()).replace(/\s+/g, ' ');
      expect(dates).toContain('hạn trả 06/05/2024');
      expect(dates).toContain('gia hạn, hạn cũ 23/04/2024');
      // In preview there is no sheet to select: the IDs are plain text.
      expect(await page.getByTestId('deadline-group-overdue').getByRole('button', { name: 'HS02' }).count()).toBe(0);
      await noHorizontalOverflow(page);
      await shot(page, `preview-deadlines-${width}`);

      // A day when nothing is open yet: the empty state.
      await page.getByLabel('Tính đến ngày').fill('2024-04-01');
      await page.getByTestId('deadline-empty').waitFor({ timeout: 30_000 });
      await expect(page.getByTestId('deadline-summary').innerText()).resolves.toBe('Ngày 01/04/2024: 0 hồ sơ đang giải quyết.');
      await noHorizontalOverflow(page);
      if (width === 320) await shot(page, 'preview-deadlines-empty-320');
      await page.close();
    });
  }

  test('in English', async () => {
    const page = await browser.newPage({ width: 320, height: 800 });
    await page.goto(server.url + 'taskpane.html', { waitUntil: 'load' });
    await page.getByTestId('file-input').setInputFiles(logPath);
    await page.getByText('Đang dùng: theo-doi-han.xlsx').waitFor({ timeout: 30_000 });
    await watchOn(page, '2024-04-26', '12 hồ sơ');
    await page.getByRole('combobox', { name: 'Ngôn ngữ' }).selectOption('en');
    await page.getByRole('heading', { name: 'Overdue (4)' }).waitFor({ timeout: 30_000 });
    await expect(page.getByTestId('deadline-group-dueSoon').getByTestId('deadline-days').first().innerText()).resolves.toBe('Due today');
    await expect(page.getByTestId('deadline-summary').innerText()).resolves.toBe('26/04/2024: 12 dossiers being processed.');
    await shot(page, 'preview-deadlines-en-320');
    // Back to Vietnamese: the choice is saved for the next pages of this browser.
    await page.getByRole('combobox', { name: 'Language' }).selectOption('vi');
    await page.getByRole('heading', { name: 'Quá hạn (4)' }).waitFor();
    await page.close();
  });

  test('inside Excel (fake host): clicking a dossier’s ID selects its row of HoSo', async () => {
    const value = (v: unknown) => (v instanceof Date ? excelSerialFromDay(dayFromDate(v)) : v === undefined ? null : (v as string | number | null));
    const sheets = deadlineSheets().map((s) => ({ name: s.name, rows: [s.header, ...s.rows.map((r) => r.map(value))] }));
    const page = await browser.newPage({ width: 320, height: 800 });
    await page.route('**/office.js', (route) => route.fulfill({ contentType: 'text/javascript; charset=utf-8', body: fakeOfficeScript({ sheets }) }));
    await page.goto(server.url + 'taskpane.html', { waitUntil: 'load' });
    await page.getByRole('tab', { name: 'Báo cáo' }).waitFor();
    await watchOn(page, '2024-04-26', 'Ngày 26/04/2024: 12 hồ sơ đang giải quyết.');
    for (const group of GROUPS) expect(await listed(page, group)).toEqual(withoutRows(DEADLINE_HAND_COUNT[group]));
    await page.getByRole('button', { name: 'HS02' }).click();
    const selected = async () => page.evaluate(() => (window as unknown as { __book: { selected: unknown } }).__book.selected);
    const end = Date.now() + 10_000;
    while (JSON.stringify(await selected()) !== JSON.stringify({ sheet: 'HoSo', address: '3:3' }) && Date.now() < end) await page.waitForTimeout(100);
    expect(await selected()).toEqual({ sheet: 'HoSo', address: '3:3' });
    await expect(page.getByRole('button', { name: 'HS13' }).getAttribute('title')).resolves.toBe('Chọn dòng 14 trên trang HoSo');
    await noHorizontalOverflow(page);
    await shot(page, 'office-deadlines-320');
    await page.close();
  });

  test('no script errors and nothing fetched from outside 127.0.0.1 but office.js telemetry', () => {
    expect(browser.pageErrors.filter((e) => !OFFICE_TELEMETRY_BLOCKED.test(e))).toEqual([]);
    expect(server.requests.filter((r) => r.status !== 200)).toEqual([]);
  });
});
