/**
 * Accessibility of the task pane, end to end in Debian's Chromium with axe-core
 * (@axe-core/playwright, rules tagged wcag2a and wcag2aa): on every tab of the pane, in both
 * languages, at 320 and 450 px, in a state with content (the built-in sample open, a report made,
 * the data checked, the indicators, typed content, the deadline watch, a consolidation), no
 * violation of impact serious or critical; the same for the Report and Data tabs inside Excel
 * (the fake host of test/helpers/fakeHost.ts).
 *
 * Also: after "Tạo báo cáo" the focus is on the result (or on the error summary of a bad
 * workbook, scrolled into view at 320 px) and the status region (role="status") says the result;
 * in the rendered preview the short rules (a top border on an empty row) never overlap text, and
 * a table wider than the pane (form 06 at 320 px) scrolls in a focusable, labelled region that
 * says it scrolls. Screenshots of those states: out/screenshots/a11y-*.png. Every violation axe
 * finds, whatever its impact, is written to out/a11y/axe-findings.json.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { mkdirSync, writeFileSync } from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { STRINGS, type Language, type Strings } from '../../src/taskpane/strings';
import { launchBrowser, openPreviewPage, type TestBrowser } from '../helpers/browser';
import { ensureBuild, ROOT } from '../helpers/build';
import { fakeOfficeScript } from '../helpers/fakeHost';
import { startStaticServer, type StaticServer } from '../helpers/staticServer';

const SCREENSHOTS = path.join(ROOT, 'out', 'screenshots');
const FINDINGS = path.join(ROOT, 'out', 'a11y', 'axe-findings.json');
const BAD_WORKBOOK = path.join(ROOT, 'test', 'fixtures', 'bad', 'date-31-feb.xlsx');
const EXPORTS = path.join(ROOT, 'test', 'fixtures', 'exports');
const UNIT_FILES = ['unit-so-noi-vu.xlsx', 'unit-phuong-hac-thanh.xlsx', 'ii06a-by-unit.xlsx'].map((f) => path.join(EXPORTS, f));
const LANGUAGES: Language[] = ['vi', 'en'];
const WIDTHS = [320, 450];

let server: StaticServer;
let browser: TestBrowser;
let officeStub: string;

interface Finding {
  where: string;
  id: string;
  impact: string | null | undefined;
  help: string;
  targets: string[];
}
const findings: Finding[] = [];

beforeAll(async () => {
  server = await startStaticServer(ensureBuild());
  browser = await launchBrowser();
  mkdirSync(SCREENSHOTS, { recursive: true });
  officeStub = fakeOfficeScript();
}, 10 * 60 * 1000);

afterAll(async () => {
  mkdirSync(path.dirname(FINDINGS), { recursive: true });
  writeFileSync(FINDINGS, JSON.stringify(findings, null, 2) + '\n');
  await browser?.close();
  await server?.close();
});

/** The language switch, whichever language the pane is in (the choice is kept across pages). */
async function setLanguage(page: Page, language: Language): Promise<void> {
  await page.getByRole('combobox', { name: /^(Ngôn ngữ|Language)$/ }).selectOption(language);
  await page.getByRole('heading', { name: STRINGS[language].appTitle, exact: true }).waitFor();
}

async function openPreview(width: number, language: Language): Promise<Page> {
  const page = await openPreviewPage(browser, server.url, width);
  await setLanguage(page, language);
  return page;
}

async function openInExcel(width: number, language: Language): Promise<Page> {
  const page = await browser.newPage({ width, height: 800 });
  await page.route('**/office.js', (route) => route.fulfill({ contentType: 'text/javascript; charset=utf-8', body: officeStub }));
  await page.goto(server.url + 'taskpane.html', { waitUntil: 'load' });
  await setLanguage(page, language);
  await page.getByRole('button', { name: STRINGS[language].report.generate, exact: true }).waitFor();
  return page;
}

async function useSample(page: Page, s: Strings): Promise<void> {
  await page.getByRole('button', { name: s.workbook.useSample }).click();
  await page.getByText(s.workbook.current(s.workbook.sampleName)).waitFor({ timeout: 30_000 });
}

async function tab(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name, exact: true }).click();
}

async function generate(page: Page, s: Strings, period?: string): Promise<void> {
  if (period) await page.getByRole('textbox', { name: s.period.label }).fill(period);
  await page.getByRole('button', { name: s.report.generate, exact: true }).click();
}

/**
 * Fluent's focus manager (tabster) puts focusable, aria-hidden `<i data-tabster-dummy>` guards at
 * the edges of its focus groups (tab list, dialogs, the page): they only pass the focus on, and
 * are hidden so that screen readers do not announce them. axe's aria-hidden-focus rule flags them;
 * Fluent lists this as a known false positive (microsoft/fluentui#25133, #27517;
 * microsoft/tabster#288), and Accessibility Insights leaves them out. So do we, for that rule only.
 */
const TABSTER_DUMMY = /^<i\b[^>]*\bdata-tabster-dummy\b/;

/**
 * Waits for the page's finite animations and CSS transitions to end (Fluent fades a button's
 * colours over 100 ms when it is enabled again: axe would measure the contrast of a colour in
 * between). Endless ones (a spinner) are left running.
 */
async function settle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const finite = document.getAnimations().filter((a) => Number.isFinite(Number(a.effect?.getComputedTiming().endTime)));
    await Promise.all(finite.map((a) => a.finished.catch(() => undefined)));
  });
}

/**
 * axe-core on the page as it is (hidden tabs are display:none, so only the shown tab and the
 * shell are checked): no violation of impact serious or critical. Every finding is recorded.
 */
async function expectAccessible(page: Page, where: string): Promise<void> {
  await settle(page);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  const violations = results.violations
    .map((v) => ({ ...v, nodes: v.nodes.filter((n) => !(v.id === 'aria-hidden-focus' && TABSTER_DUMMY.test(n.html))) }))
    .filter((v) => v.nodes.length > 0);
  for (const v of violations) {
    findings.push({ where, id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) });
  }
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const described = serious.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}: ${(n.failureSummary ?? '').replace(/\s+/g, ' ')}`).join('\n')}`,
  );
  // The state in the message, so a failure says where (the tab, language and width).
  expect({ where, violations: described }).toEqual({ where, violations: [] });
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true, animations: 'disabled' });
}

async function noHorizontalOverflow(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

/** Whether the focused element is inside the element with this test id. */
const focusInside = (page: Page, testId: string): Promise<boolean> =>
  page.evaluate((id) => {
    const box = document.querySelector(`[data-testid="${id}"]`);
    return box !== null && document.activeElement !== null && box.contains(document.activeElement);
  }, testId);

const statusText = async (page: Page): Promise<string> => (await page.getByTestId('report-status').textContent())?.replace(/\s+/g, ' ').trim() ?? '';

/** The element's box lies within the viewport (vertically), i.e. it was scrolled into view. */
async function inViewport(page: Page, testId: string): Promise<boolean> {
  return page.getByTestId(testId).evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.top < window.innerHeight && r.height > 0;
  });
}

describe('accessibility (axe-core, Chromium)', () => {
  for (const language of LANGUAGES) {
    const s = STRINGS[language];
    for (const width of WIDTHS) {
      test(`preview, ${language}, ${width} px: every tab with content has no serious or critical violation`, async () => {
        const page = await openPreview(width, language);
        const at = (what: string) => `preview ${language} ${width}px: ${what}`;
        await expectAccessible(page, at('start, no workbook'));

        await useSample(page, s);
        // The agency details open: their fields are checked too.
        await page.getByRole('button', { name: s.report.agencyTitle }).click();
        await page.getByRole('textbox', { name: s.report.agencyFields.signerName, exact: true }).waitFor();
        await generate(page, s);
        await page.getByTestId('report-done').waitFor({ timeout: 60_000 });
        await expectAccessible(page, at(s.tabs.report));

        await tab(page, s.tabs.data);
        await page.getByRole('button', { name: s.data.check }).click();
        await page.getByTestId('check-summary').waitFor({ timeout: 30_000 });
        await expectAccessible(page, at(s.tabs.data));

        await tab(page, s.tabs.indicators);
        await page.getByTestId('indicator-charts').waitFor({ timeout: 30_000 });
        await expectAccessible(page, at(s.tabs.indicators));

        await tab(page, s.tabs.content);
        await page.getByTestId('content-save').waitFor({ timeout: 30_000 });
        await expectAccessible(page, at(s.tabs.content));

        await tab(page, s.tabs.deadlines);
        await page.getByTestId('deadline-date').fill('2023-06-20');
        await page.getByTestId('deadline-summary').waitFor({ timeout: 30_000 });
        await expectAccessible(page, at(s.tabs.deadlines));

        await tab(page, s.tabs.consolidate);
        await page.getByTestId('consolidate-file-input').setInputFiles(UNIT_FILES);
        await page.getByTestId('consolidate-files').getByRole('listitem').nth(2).waitFor();
        await page.getByRole('textbox', { name: s.period.label }).fill('2026-Q3');
        await page.getByTestId('consolidate-run').click();
        await page.getByTestId('consolidate-done').waitFor({ timeout: 60_000 });
        await expectAccessible(page, at(s.tabs.consolidate));
        await noHorizontalOverflow(page);

        // Back on the Report tab: form 06, whose table is wider than a narrow pane.
        await tab(page, s.tabs.report);
        await page.getByTestId('report-kind').click();
        await page.getByRole('option', { name: /^(Biểu 06|Form 06)/ }).click();
        await generate(page, s, '2023-Q2');
        await page.getByTestId('report-done').getByText(/06 2023-Q2/).waitFor({ timeout: 60_000 });
        await expectAccessible(page, at(`${s.tabs.report}, form 06`));
        if (width === 320) await shot(page, `a11y-form06-${language}-320`);
        await page.close();
      });

      test(`preview, ${language}, ${width} px: a bad workbook's error summary has no serious or critical violation`, async () => {
        const page = await openPreview(width, language);
        await page.getByTestId('file-input').setInputFiles(BAD_WORKBOOK);
        await page.getByText(s.workbook.current(path.basename(BAD_WORKBOOK))).waitFor({ timeout: 30_000 });
        await generate(page, s, '2024');
        await page.getByTestId('blocked').waitFor({ timeout: 60_000 });
        await expectAccessible(page, `preview ${language} ${width}px: blocked report`);
        await page.close();
      });

      test(`Excel (fake host), ${language}, ${width} px: Report and Data tabs have no serious or critical violation`, async () => {
        const page = await openInExcel(width, language);
        const at = (what: string) => `excel ${language} ${width}px: ${what}`;
        await expectAccessible(page, at('start'));
        await generate(page, s, '2023-Q2');
        await page.getByTestId('report-done').waitFor({ timeout: 60_000 });
        await expectAccessible(page, at(s.tabs.report));
        await expect(focusInside(page, 'report-done')).resolves.toBe(true);
        if (width === 320) await shot(page, `a11y-excel-report-${language}-320`);
        await tab(page, s.tabs.data);
        await page.getByRole('button', { name: s.data.check }).click();
        await page.getByTestId('check-summary').waitFor({ timeout: 30_000 });
        await expectAccessible(page, at(s.tabs.data));
        await page.close();
      });
    }
  }

  for (const language of LANGUAGES) {
    const s = STRINGS[language];
    test(`focus and status after Tạo báo cáo (${language}, 320 px): on the result, the status says it`, async () => {
      const page = await openPreview(320, language);
      await useSample(page, s);
      expect(await statusText(page)).toBe('');
      await generate(page, s);
      await page.getByTestId('report-done').waitFor({ timeout: 60_000 });
      await expect(focusInside(page, 'report-done')).resolves.toBe(true);
      expect(await inViewport(page, 'report-done')).toBe(true);
      const sheet = language === 'vi' ? 'BC quý II-2023' : 'Quarter II-2023';
      expect(await statusText(page)).toBe(`${s.report.doneTitle}. ${s.report.doneIn(sheet)}`);
      // The status region is one polite live region, not shown.
      const status = page.getByTestId('report-status');
      expect(await status.getAttribute('role')).toBe('status');
      expect(await status.getAttribute('aria-live')).toBe('polite');
      expect(await page.locator('[aria-live="polite"][data-testid="report-status"]').count()).toBe(1);
      // What the viewport shows once the focus has moved (not the full page).
      await page.screenshot({ path: path.join(SCREENSHOTS, `a11y-report-done-${language}-320.png`), animations: 'disabled' });
      await page.close();
    });

    test(`focus and status with a bad workbook (${language}, 320 px): on the error summary, in view`, async () => {
      const page = await openPreview(320, language);
      await page.getByTestId('file-input').setInputFiles(BAD_WORKBOOK);
      await page.getByText(s.workbook.current(path.basename(BAD_WORKBOOK))).waitFor({ timeout: 30_000 });
      await generate(page, s, '2024');
      await page.getByTestId('blocked').waitFor({ timeout: 60_000 });
      await expect(focusInside(page, 'blocked-summary')).resolves.toBe(true);
      expect(await inViewport(page, 'blocked-summary')).toBe(true);
      expect(await statusText(page)).toBe(s.report.blockedTitle(1, 1));
      // What the viewport shows once the focus has moved (not the full page).
      await page.screenshot({ path: path.join(SCREENSHOTS, `a11y-blocked-${language}-320.png`), animations: 'disabled' });
      await page.close();
    });
  }

  test('progress stages are said in the status region while the report is made', async () => {
    const page = await openPreview(320, 'vi');
    const s = STRINGS.vi;
    await useSample(page, s);
    // Every text the status region takes, in order.
    await page.getByTestId('report-status').evaluate((el) => {
      const seen: string[] = [];
      (window as unknown as { __status: string[] }).__status = seen;
      new MutationObserver(() => {
        const text = (el.textContent ?? '').trim();
        if (text && seen[seen.length - 1] !== text) seen.push(text);
      }).observe(el, { childList: true, subtree: true, characterData: true });
    });
    await generate(page, s);
    await page.getByTestId('report-done').waitFor({ timeout: 60_000 });
    const seen = await page.evaluate(() => (window as unknown as { __status: string[] }).__status);
    expect(seen[0]).toBe(s.report.stages.reading);
    expect(seen).toContain(s.report.stages.computing);
    expect(seen[seen.length - 1]).toBe(`${s.report.doneTitle}. ${s.report.doneIn('BC quý II-2023')}`);
    await page.close();
  });

  test('the rendered preview at 320 px: the short rules never overlap text', async () => {
    const page = await openPreview(320, 'vi');
    await useSample(page, STRINGS.vi);
    await generate(page, STRINGS.vi);
    await page.getByTestId('report-done').waitFor({ timeout: 60_000 });
    const measured = await page.getByTestId('report-preview').evaluate((preview) => {
      type Box = { left: number; right: number; top: number; bottom: number };
      const box = (r: DOMRect | Box): Box => ({ left: r.left, right: r.right, top: r.top, bottom: r.bottom });
      const cells = Array.from(preview.querySelectorAll('td'));
      // A rule: an empty cell drawing a top border; its line is that border.
      const rules: Box[] = [];
      const lines: Box[] = [];
      const texts: { text: string; box: Box; glyphs: boolean }[] = [];
      for (const td of cells) {
        const style = getComputedStyle(td);
        const text = (td.textContent ?? '').trim();
        if (text === '') {
          const border = parseFloat(style.borderTopWidth);
          if (style.borderTopStyle !== 'none' && border > 0) {
            const r = td.getBoundingClientRect();
            rules.push(box(r));
            lines.push({ left: r.left, right: r.right, top: r.top - border / 2, bottom: r.top + border / 2 });
          }
          continue;
        }
        // The text's own line boxes, and the cell holding it.
        const range = document.createRange();
        range.selectNodeContents(td);
        for (const r of Array.from(range.getClientRects())) if (r.width > 0 && r.height > 0) texts.push({ text, box: box(r), glyphs: true });
        texts.push({ text, box: box(td.getBoundingClientRect()), glyphs: false });
      }
      // Boxes that share more than a hairline (cells of adjacent rows share their edge).
      const overlap = (a: Box, b: Box) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;
      const hits: string[] = [];
      for (const rule of rules) for (const t of texts) if (overlap(rule, t.box)) hits.push(`${t.text.slice(0, 40)} @ ${JSON.stringify(t.box)} / rule ${JSON.stringify(rule)}`);
      // The line itself keeps at least a pixel off every line of text (glyphs below the baseline,
      // such as the dot of "ạ", sit inside a line's box).
      const inflate = (b: Box): Box => ({ ...b, top: b.top - 1, bottom: b.bottom + 1 });
      const cross = (a: Box, b: Box) => Math.min(a.right, b.right) > Math.max(a.left, b.left) && Math.min(a.bottom, b.bottom) > Math.max(a.top, b.top);
      for (const line of lines) for (const t of texts) if (t.glyphs && cross(line, inflate(t.box))) hits.push(`line ${JSON.stringify(line)} touches ${t.text.slice(0, 40)} @ ${JSON.stringify(t.box)}`);
      return { rules: rules.length, texts: texts.length, hits };
    });
    // The letterhead's two rules and the title's.
    expect(measured.rules).toBeGreaterThanOrEqual(3);
    expect(measured.texts).toBeGreaterThan(20);
    expect(measured.hits).toEqual([]);
    // Quarterly fits at 320 px: no scroll, no hint.
    const fits = await page.getByTestId('report-preview').evaluate((el) => el.scrollWidth <= el.clientWidth);
    expect(fits).toBe(true);
    expect(await page.getByTestId('report-preview-scroll-hint').count()).toBe(0);
    await page.getByTestId('report-preview').scrollIntoViewIfNeeded();
    await page.getByTestId('report-preview').screenshot({ path: path.join(SCREENSHOTS, 'a11y-preview-rules-320.png'), animations: 'disabled' });
    await page.close();
  });

  for (const language of LANGUAGES) {
    const s = STRINGS[language];
    test(`form 06 at 320 px (${language}): the wide table scrolls in a focusable, labelled region that says so`, async () => {
      const page = await openPreview(320, language);
      await useSample(page, s);
      await page.getByTestId('report-kind').click();
      await page.getByRole('option', { name: /^(Biểu 06|Form 06)/ }).click();
      await generate(page, s);
      await page.getByTestId('report-done').waitFor({ timeout: 60_000 });
      const preview = page.getByTestId('report-preview');
      const geometry = await preview.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth, overflowX: getComputedStyle(el).overflowX }));
      expect(geometry.scroll).toBeGreaterThan(geometry.client);
      expect(geometry.overflowX).toBe('auto');
      await noHorizontalOverflow(page);
      // Keyboard users reach and scroll it: a region with a name, in the tab order.
      expect(await preview.getAttribute('role')).toBe('region');
      expect(await preview.getAttribute('tabindex')).toBe('0');
      expect(await preview.getAttribute('aria-label')).toContain(s.report.previewRegion(''));
      // A visible cue, read with the region.
      const hint = page.getByTestId('report-preview-scroll-hint');
      await expect(hint.isVisible()).resolves.toBe(true);
      expect((await hint.innerText()).trim()).toBe(s.report.previewScrollHint);
      const describedBy = await preview.getAttribute('aria-describedby');
      expect(describedBy).toBe(await hint.getAttribute('id'));
      // The edge shows there is more: a shadow on the right before scrolling.
      expect(await preview.evaluate((el) => getComputedStyle(el).backgroundImage)).toContain('gradient');
      await hint.evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await page.screenshot({ path: path.join(SCREENSHOTS, `a11y-wide-table-${language}-320.png`), animations: 'disabled' });
      // The arrow keys scroll the focused region sideways.
      await preview.focus();
      for (let i = 0; i < 8; i += 1) await page.keyboard.press('ArrowRight');
      await page.waitForTimeout(300);
      const scrolled = await preview.evaluate((el) => el.scrollLeft);
      expect(scrolled).toBeGreaterThan(0);
      await page.screenshot({ path: path.join(SCREENSHOTS, `a11y-wide-table-scrolled-${language}-320.png`), animations: 'disabled' });
      await page.close();
    });
  }
});
