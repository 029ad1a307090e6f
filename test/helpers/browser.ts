/**
 * Debian's Chromium driven by playwright-core, for end-to-end tests of the built task pane.
 * - never downloads a browser: uses /usr/bin/chromium (override with CHROMIUM_PATH);
 * - a fresh, throw-away profile per launch;
 * - every request that is not to 127.0.0.1 is aborted (office.js tries Microsoft telemetry;
 *   tests must not depend on, or leak to, the network) and recorded in `blockedRequests`;
 * - console errors and uncaught page errors are collected for assertions.
 */
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface TestBrowser {
  context: BrowserContext;
  /** URLs the route filter aborted (not 127.0.0.1). */
  blockedRequests: string[];
  /** console.error messages and uncaught exceptions from every page. */
  pageErrors: string[];
  newPage(viewport?: { width: number; height: number }): Promise<Page>;
  close(): Promise<void>;
}

function isLocal(url: string): boolean {
  try {
    const u = new URL(url);
    if (u.protocol === 'data:' || u.protocol === 'blob:' || u.protocol === 'about:') return true;
    return u.hostname === '127.0.0.1';
  } catch {
    return false;
  }
}

export async function launchBrowser(): Promise<TestBrowser> {
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'tthc-chromium-'));
  const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: 320, height: 640 },
      locale: 'vi-VN',
      timezoneId: 'Asia/Ho_Chi_Minh',
    });
  } catch (err) {
    rmSync(userDataDir, { recursive: true, force: true });
    throw err;
  }
  const blockedRequests: string[] = [];
  const pageErrors: string[] = [];

  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (isLocal(url)) {
      await route.continue();
    } else {
      blockedRequests.push(url);
      await route.abort('blockedbyclient');
    }
  });

  const watch = (page: Page): void => {
    page.on('console', (msg) => {
      if (msg.type() === 'error') pageErrors.push(`console.error: ${msg.text()}`);
    });
    page.on('pageerror', (err) => pageErrors.push(`pageerror: ${err.message}`));
  };
  context.pages().forEach(watch);
  context.on('page', watch);

  return {
    context,
    blockedRequests,
    pageErrors,
    async newPage(viewport) {
      const page = await context.newPage();
      if (viewport) await page.setViewportSize(viewport);
      return page;
    },
    async close() {
      try {
        await context.close();
      } finally {
        rmSync(userDataDir, { recursive: true, force: true });
      }
    },
  };
}

/** The task pane opened as the plain preview page (no Office host), `width` px wide, ready for input. */
export async function openPreviewPage(browser: TestBrowser, baseUrl: string, width: number): Promise<Page> {
  const page = await browser.newPage({ width, height: 800 });
  await page.goto(baseUrl + 'taskpane.html', { waitUntil: 'load' });
  await page.getByTestId('preview-mode').waitFor({ state: 'visible', timeout: 30_000 });
  return page;
}
