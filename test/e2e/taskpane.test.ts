/**
 * The built task pane in a real browser, outside Office (preview mode): the Fluent shell renders
 * in Vietnamese, the preview notice shows, the language switch works, nothing is fetched from
 * outside 127.0.0.1 except what office.js tries (blocked), and screenshots are written to
 * out/screenshots/ for a human to look at.
 */
import { mkdirSync } from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { launchBrowser, type TestBrowser } from '../helpers/browser';
import { ensureBuild, ROOT } from '../helpers/build';
import { startStaticServer, type StaticServer } from '../helpers/staticServer';

const SCREENSHOTS = path.join(ROOT, 'out', 'screenshots');
/** office.js's telemetry iframe (firstpartyapps.oaspapps.com) refused by our Content-Security-Policy. */
const OFFICE_TELEMETRY_BLOCKED = /^console\.error: Framing 'https:\/\/[a-z.]*\.oaspapps\.com\/' violates the following Content Security Policy/;
const PREVIEW_VI = 'Chế độ xem trước: đang chạy ngoài Excel. Kéo thả hoặc chọn tệp (.xlsx, .xls xuất từ hệ thống, .csv) để xem báo cáo.';

let server: StaticServer;
let browser: TestBrowser;

beforeAll(async () => {
  const dist = ensureBuild();
  server = await startStaticServer(dist);
  browser = await launchBrowser();
  mkdirSync(SCREENSHOTS, { recursive: true });
}, 10 * 60 * 1000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openTaskpane(width: number): Promise<Page> {
  const page = await browser.newPage({ width, height: 720 });
  await page.goto(server.url + 'taskpane.html', { waitUntil: 'load' });
  await page.getByTestId('preview-mode').waitFor({ state: 'visible', timeout: 30_000 });
  return page;
}

describe('task pane shell (preview mode, Chromium)', () => {
  test('renders in Vietnamese with the preview notice at 320 px', async () => {
    const page = await openTaskpane(320);

    await expectVisibleText(page, 'heading', 'Báo cáo TTHC');
    const tabs = page.getByRole('tab');
    // The first tabs in order; later tabs (Theo dõi hạn…) follow them.
    expect((await tabs.allInnerTexts()).slice(0, 3)).toEqual(['Báo cáo', 'Dữ liệu', 'Chỉ số']);
    expect(await tabs.allInnerTexts()).toContain('Theo dõi hạn');
    expect(await page.getByRole('tab', { name: 'Báo cáo' }).getAttribute('aria-selected')).toBe('true');
    expect((await page.getByTestId('preview-mode').innerText()).trim()).toBe(PREVIEW_VI);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('vi');

    // Nothing wider than the pane: no horizontal scrolling at 320 px.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);

    await page.screenshot({ path: path.join(SCREENSHOTS, 'taskpane-shell.png'), fullPage: true, animations: 'disabled' });
    await page.close();
  });

  test('renders at 1000 px', async () => {
    const page = await openTaskpane(1000);
    await expectVisibleText(page, 'heading', 'Báo cáo TTHC');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'taskpane-shell-1000.png'), fullPage: true, animations: 'disabled' });
    await page.close();
  });

  test('switches tabs and language', async () => {
    const page = await openTaskpane(320);
    await page.getByRole('tab', { name: 'Dữ liệu' }).click();
    expect(await page.getByRole('tab', { name: 'Dữ liệu' }).getAttribute('aria-selected')).toBe('true');
    await expect(page.getByRole('tabpanel').innerText()).resolves.toContain('HoSo');

    await page.getByRole('combobox', { name: 'Ngôn ngữ' }).selectOption('en');
    await expectVisibleText(page, 'heading', 'TTHC Reports');
    expect((await page.getByRole('tab').allInnerTexts()).slice(0, 3)).toEqual(['Report', 'Data', 'Indicators']);
    expect(await page.getByRole('tab').allInnerTexts()).toContain('Deadlines');
    expect((await page.getByTestId('preview-mode').innerText()).trim()).toMatch(/^Preview mode: running outside Excel\./);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'taskpane-shell-en.png'), fullPage: true, animations: 'disabled' });

    // back to Vietnamese, so the saved choice does not leak into other tests
    await page.getByRole('combobox', { name: 'Language' }).selectOption('vi');
    await expectVisibleText(page, 'heading', 'Báo cáo TTHC');
    await page.close();
  });

  test('functions.js registers the custom functions with office.js in the shared page', async () => {
    const page = await openTaskpane(320);
    // office.js keeps CustomFunctions.associate() registrations in CustomFunctions._association
    // until Excel's runtime takes them over; outside Excel they stay there and can be called.
    const result = await page.evaluate(() => {
      const cf = (window as unknown as { CustomFunctions?: { _association?: { mappings?: Record<string, unknown> } } })
        .CustomFunctions;
      const mappings = cf?._association?.mappings ?? {};
      const share = mappings['ONLINE_SHARE'] as ((online: number, total: number) => number) | undefined;
      return { ids: Object.keys(mappings), share: share ? share(3, 4) : null };
    });
    expect(result.ids).toContain('ONLINE_SHARE');
    expect(result.share).toBe(0.75);
    await page.close();
  });

  test('loads everything from its own host, with no script errors', async () => {
    const page = await openTaskpane(320);
    // office.js works on for a few seconds after load (telemetry); let it, then look.
    await page.waitForTimeout(3000);
    await page.close();
    const failed = server.requests.filter((r) => r.status !== 200);
    expect(failed).toEqual([]);
    const served = server.requests.map((r) => r.path);
    expect(served).toEqual(expect.arrayContaining(['/taskpane.html', '/office.js', '/functions.js', '/taskpane.js']));
    // Only office.js's own attempts may be blocked (telemetry); our code fetches nothing external.
    for (const url of browser.blockedRequests) {
      expect(url).not.toMatch(/cdn|appsforoffice|fonts\.googleapis/i);
    }
    // The page's CSP blocks office.js's telemetry frame to Microsoft (no external host is
    // allowed); that refusal is logged as a console error and is expected. Nothing else may be.
    const unexpected = browser.pageErrors.filter((e) => !OFFICE_TELEMETRY_BLOCKED.test(e));
    expect(unexpected).toEqual([]);
  });
});

async function expectVisibleText(page: Page, role: 'heading', name: string): Promise<void> {
  await page.getByRole(role, { name, exact: true }).waitFor({ state: 'visible', timeout: 10_000 });
}
