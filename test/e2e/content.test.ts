/**
 * The "Số liệu và nội dung" tab in preview mode, end to end in Debian's Chromium: with the
 * built-in sample and the 2026-Q3 quarter (no SoLieu or NoiDung rows yet, 19 placeholders in
 * the quarterly report), every figure and section of the quarterly report is typed in the tab
 * and saved; the Report tab then says nothing is left to fill, and the report it makes shows
 * the typed text with no placeholder left (no `[Nhập…]`, no yellow cell). Screenshots of the
 * tab at 320 and 1000 px into out/screenshots/.
 */
import { mkdirSync } from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { figureKeysOf } from '../../src/core/figureKeys';
import { QUARTERLY_NARRATIVES } from '../../src/templates/quarterly';
import { launchBrowser, type TestBrowser } from '../helpers/browser';
import { ensureBuild, ROOT } from '../helpers/build';
import { startStaticServer, type StaticServer } from '../helpers/staticServer';

const SCREENSHOTS = path.join(ROOT, 'out', 'screenshots');
/** office.js's telemetry iframe refused by the page's Content-Security-Policy (expected, see taskpane.test.ts). */
const OFFICE_TELEMETRY_BLOCKED = /^console\.error: Framing 'https:\/\/[a-z.]*\.oaspapps\.com\/' violates the following Content Security Policy/;
const TAB = 'Số liệu và nội dung';
const FORMULA_LIKE = '=Sở đã tổ chức 02 hội nghị';

let server: StaticServer;
let browser: TestBrowser;

beforeAll(async () => {
  server = await startStaticServer(ensureBuild());
  browser = await launchBrowser();
  mkdirSync(SCREENSHOTS, { recursive: true });
}, 10 * 60 * 1000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openSample(width: number): Promise<Page> {
  const page = await browser.newPage({ width, height: 800 });
  await page.goto(server.url + 'taskpane.html', { waitUntil: 'load' });
  await page.getByTestId('preview-mode').waitFor({ state: 'visible', timeout: 30_000 });
  await page.getByRole('button', { name: 'Dùng sổ mẫu' }).click();
  await page.getByText('Đang dùng: sổ mẫu (Sở Ngoại vụ, năm 2023)').waitFor({ timeout: 30_000 });
  return page;
}

async function noHorizontalOverflow(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true, animations: 'disabled' });
const text = async (page: Page, testId: string) => (await page.getByTestId(testId).innerText()).replace(/\s+/g, ' ').trim();

const paragraphOf = (section: string) => `Nội dung mục ${section} quý III/2026 do người dùng nhập.`;

describe('the Số liệu và nội dung tab (preview, Chromium)', () => {
  for (const width of [320, 1000]) {
    test(`every figure and section of the 2026-Q3 quarterly typed in the tab at ${width} px: the report has no placeholder left`, async () => {
      const page = await openSample(width);
      await page.getByRole('textbox', { name: 'Kỳ báo cáo' }).fill('2026-Q3');
      await expect(text(page, 'report-content-gap')).resolves.toBe(
        'Còn 16 số liệu và 10 mục chưa điền: báo cáo sẽ để chỗ trống tô vàng. Điền ở thẻ Số liệu và nội dung.',
      );
      await page.getByTestId('report-content-gap').scrollIntoViewIfNeeded();
      await shot(page, `preview-content-gap-${width}`);

      await page.getByRole('tab', { name: TAB }).click();
      await expect(text(page, 'content-count')).resolves.toBe('Còn 16 số liệu và 10 mục chưa điền.');
      await expect(text(page, 'content-period')).resolves.toContain('từ ngày 15/06/2026 đến ngày 14/09/2026');
      const figures = page.locator('[data-testid^="content-figure-"]');
      const sections = page.locator('[data-testid^="content-section-"]');
      expect(await figures.count()).toBe(figureKeysOf('quarterly').length);
      expect(await sections.count()).toBe(QUARTERLY_NARRATIVES.length);
      // Each field is labelled with the figure's Vietnamese label, and marked empty.
      await page.getByRole('spinbutton', { name: /^Số lượng TTHC đã được đánh giá tác động trong kỳ báo cáo/ }).waitFor();
      await page.getByRole('textbox', { name: /^I\.7\. Triển khai cơ chế một cửa/ }).waitFor();
      expect(await page.getByTestId('content-figures').getByText('còn trống').count()).toBe(16);
      await noHorizontalOverflow(page);
      await shot(page, `preview-content-empty-${width}`);

      for (const [i, key] of figureKeysOf('quarterly').entries()) await page.getByTestId(`content-figure-${key}`).fill(String(i % 3));
      for (const { section } of QUARTERLY_NARRATIVES) {
        const lines = section === 'I.9' ? [paragraphOf(section), FORMULA_LIKE] : [paragraphOf(section)];
        await page.getByTestId(`content-section-${section}`).fill(lines.join('\n'));
      }
      await expect(text(page, 'content-count')).resolves.toBe('Đã điền đủ số liệu và nội dung.');
      expect(await page.getByText('còn trống').count()).toBe(0);
      await page.getByTestId('content-save').click();
      await expect(text(page, 'content-saved')).resolves.toBe('Đã lưu vào trang SoLieu và NoiDung; tệp tải về sẽ có các nội dung này.');
      await noHorizontalOverflow(page);
      await shot(page, `preview-content-${width}`);

      await page.getByRole('tab', { name: 'Báo cáo' }).click();
      await expect(text(page, 'report-content-gap')).resolves.toBe('Số liệu và nội dung của kỳ đã điền đủ.');
      await page.getByRole('button', { name: 'Tạo báo cáo', exact: true }).click();
      await page.getByTestId('report-done').waitFor({ timeout: 60_000 });
      const preview = page.getByTestId('report-preview');
      const printed = await preview.innerText();
      expect(printed).not.toContain('[Nhập');
      for (const { section } of QUARTERLY_NARRATIVES) expect(printed).toContain(paragraphOf(section));
      expect(printed).toContain(FORMULA_LIKE);
      const yellow = await preview.locator('td').evaluateAll((cells) => cells.filter((td) => getComputedStyle(td).backgroundColor === 'rgb(255, 255, 0)').length);
      expect(yellow).toBe(0);
      await page.close();
    });
  }

  test('a figure that is no count cannot be saved; the Report tab’s report follows the tab’s choice', async () => {
    const page = await openSample(320);
    await page.getByRole('tab', { name: TAB }).click();
    // The sample's 2023-Q2: every figure and required section typed already.
    await expect(text(page, 'content-count')).resolves.toBe('Đã điền đủ số liệu và nội dung.');
    await page.getByTestId('content-figure-feedbackReceived').fill('');
    await expect(text(page, 'content-count')).resolves.toBe('Còn 1 số liệu và 0 mục chưa điền.');
    await page.getByTestId('content-figure-feedbackReceived').fill('-2');
    await page.getByText('Nhập số nguyên từ 0 trở lên.').waitFor();
    await expect(page.getByTestId('content-save').isDisabled()).resolves.toBe(true);

    await page.getByTestId('content-report').click();
    await page.getByRole('option', { name: /^Báo cáo số hóa hồ sơ/ }).click();
    await page.getByTestId('content-section-Mở đầu').waitFor();
    await page.getByRole('tab', { name: 'Báo cáo' }).click();
    await expect(page.getByTestId('report-kind').innerText()).resolves.toMatch(/^Báo cáo số hóa hồ sơ/);
    await page.close();
  });

  test('no script errors and nothing fetched from outside 127.0.0.1 but office.js telemetry', () => {
    expect(browser.pageErrors.filter((e) => !OFFICE_TELEMETRY_BLOCKED.test(e))).toEqual([]);
  });
});
