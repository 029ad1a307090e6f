/**
 * What the build contains, in both office.js modes (webpack.config.js, OFFICE_JS;
 * test/helpers/build.ts says which folder each comes from):
 * - bundled (the e2e tests' build): the pages, the generated custom-functions metadata, the
 *   manifest, the icons, and office.js with the files it loads, copied unmodified from where the
 *   build says it took them;
 * - cdn (the default): the page loads office.js from Microsoft's CDN and nothing of office.js is
 *   shipped. In Chromium with every non-local request blocked (as on this machine, and on networks
 *   that cannot reach the CDN) the pane opens in preview mode at once, with no script error; a fake
 *   Office host served at the CDN address opens it in Excel mode.
 * Also the office.js detection itself (src/taskpane/office.ts) against fake `Office` globals.
 */
import { readFileSync, existsSync, readdirSync } from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { detectOfficeEnvironment, OFFICE_READY_TIMEOUT_MS } from '../../src/taskpane/office';
import { launchBrowser, type TestBrowser } from '../helpers/browser';
import { buildMode, ensureBuild, ROOT } from '../helpers/build';
import { fakeOfficeScript } from '../helpers/fakeHost';
import { startStaticServer, type StaticServer } from '../helpers/staticServer';

// CommonJS build script, shared with webpack.config.js.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { OFFICE_JS_CDN_URL, OFFICE_JS_CDN_ORIGIN } = require('../../scripts/office-js-source') as {
  OFFICE_JS_CDN_URL: string;
  OFFICE_JS_CDN_ORIGIN: string;
};

const read = (dir: string, rel: string): string => readFileSync(path.join(dir, rel), 'utf8');

/** The page's CSP meta content. */
const cspOf = (html: string): string => /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1] ?? '';
/** script src attributes of a page, query strings (?<hash>) removed. */
const scriptSrcs = (html: string): string[] => [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1].replace(/\?.*$/, ''));

/** The first tags of <head>: charset, then the CSP (a CSP <meta> only governs what follows it). */
function expectCspFirst(html: string): void {
  const head = html.slice(html.indexOf('<head>') + '<head>'.length);
  const firstTags = [...head.matchAll(/<(meta|script|link|title)\b[^>]*>/g)].map((m) => m[0]);
  expect(firstTags[0]).toMatch(/^<meta charset=/);
  expect(firstTags[1]).toMatch(/http-equiv="Content-Security-Policy"/);
}

describe('bundled build (OFFICE_JS=bundled; the e2e tests run on it)', () => {
  let dist: string;

  beforeAll(() => {
    dist = ensureBuild('bundled');
  }, 10 * 60 * 1000);

  test('has the pages, scripts, metadata, manifest, icons and office.js', () => {
    expect(buildMode(dist)).toBe('bundled');
    for (const rel of [
      'taskpane.html',
      'help.html',
      'taskpane.js',
      'functions.js',
      'functions.json',
      'functions.vi.json',
      'manifest.xml',
      'office.js',
      'assets/icon-16.png',
      'assets/icon-32.png',
      'assets/icon-64.png',
      'assets/icon-80.png',
    ]) {
      expect({ rel, exists: existsSync(path.join(dist, rel)) }).toEqual({ rel, exists: true });
    }
  });

  test('functions.json is generated from the JSDoc of functions.ts, in Vietnamese', () => {
    const meta = JSON.parse(read(dist, 'functions.json')) as {
      functions: Array<{ id: string; name: string; description: string; parameters: Array<{ name: string; description: string; type: string }>; result: { type: string } }>;
    };
    const share = meta.functions.find((f) => f.id === 'ONLINE_SHARE');
    expect(share).toBeDefined();
    expect(share!.name).toBe('ONLINE_SHARE');
    expect(share!.description).toMatch(/hồ sơ/);
    expect(share!.parameters.map((p) => [p.name, p.type])).toEqual([
      ['online', 'number'],
      ['total', 'number'],
    ]);
    for (const p of share!.parameters) expect(p.description).toMatch(/hồ sơ/);
    expect(share!.result.type).toBe('number');
    // functions.vi.json (Excel in Vietnamese): same functions, same ids, Vietnamese names.
    const vi = JSON.parse(read(dist, 'functions.vi.json')) as typeof meta;
    expect(vi.functions.map((f) => f.id)).toEqual(meta.functions.map((f) => f.id));
    expect(vi.functions.find((f) => f.id === 'ONLINE_SHARE')?.name).not.toBe('ONLINE_SHARE');
    // Every function in the metadata is associated in the bundle.
    const bundle = read(dist, 'functions.js');
    for (const f of meta.functions) expect(bundle).toContain(`"${f.id}"`);
  });

  test('taskpane.html: CSP first in <head>, office.js then functions.js and taskpane.js, all from its own host', () => {
    const html = read(dist, 'taskpane.html');
    expectCspFirst(html);
    const csp = cspOf(html);
    expect(csp).toMatch(/(^|; )script-src 'self'(;|$)/);
    expect(csp).not.toMatch(/https?:\/\/(?!localhost)/);
    expect(scriptSrcs(html)).toEqual(['office.js', 'functions.js', 'taskpane.js']);
    // Nothing referenced by absolute URL (no CDN, no appsforoffice.microsoft.com).
    expect(html).not.toMatch(/\b(src|href)="(https?:)?\/\//i);
  });

  test("office.js and the files it loads are Microsoft's, unmodified, next to it, from the folder the page names", () => {
    // "office.js bundled, copied from <folder> …" (the page's comment, scripts/office-js-source.js).
    const from = /office\.js bundled, copied from (\S+)/.exec(read(dist, 'taskpane.html'))?.[1];
    expect(from).toBeDefined();
    const source = path.resolve(ROOT, from!);
    for (const rel of [
      'office.js',
      'o15apptofilemappingtable.js',
      'excel-web-16.00.js',
      'excel-win32-16.01.js',
      'excel-mac-16.00.js',
      'custom-functions-runtime.js',
      'telemetry/oteljs_agave.js',
      'vi-vn/office_strings.js',
      'en-us/office_strings.js',
    ]) {
      if (!existsSync(path.join(source, rel)) && rel !== 'office.js') continue; // a fetched copy may lack one
      const built = readFileSync(path.join(dist, rel));
      expect({ rel, same: built.equals(readFileSync(path.join(source, rel))) }).toEqual({ rel, same: true });
    }
    // Only Excel is a host: no other Office apps' scripts, no debug builds, no fetch notes.
    const stray = readdirSync(dist).filter((f) => /^(word|outlook|powerpoint|onenote|project|access)|\.debug\.js$|^FETCHED\.txt$|^\.gitignore$/.test(f));
    expect(stray).toEqual([]);
  });

  test('in a plain browser the bundled office.js answers "no host" and the pane reaches preview mode without waiting for the timeout', async () => {
    const server = await startStaticServer(dist);
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage({ width: 320, height: 720 });
      const ms = await previewShownAfter(page, server.url + 'taskpane.html');
      console.log(`bundled build, office.js served locally: preview mode shown ${ms} ms after navigation start`);
      expect(ms).toBeLessThan(OFFICE_READY_TIMEOUT_MS / 2);
      expect(await page.evaluate(() => typeof (window as unknown as { Office?: { onReady?: unknown } }).Office?.onReady)).toBe('function');
      expect(server.requests.map((r) => r.path)).toContain('/office.js');
      await page.close();
    } finally {
      await browser.close();
      await server.close();
    }
  }, 60_000);
});

describe('CDN build (OFFICE_JS=cdn, the default of npm run build)', () => {
  let dist: string;
  let server: StaticServer;
  let browser: TestBrowser;

  beforeAll(async () => {
    dist = ensureBuild('cdn');
    server = await startStaticServer(dist);
    browser = await launchBrowser();
  }, 10 * 60 * 1000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test("taskpane.html loads office.js from Microsoft's CDN first, and its CSP allows exactly that origin", () => {
    expect(buildMode(dist)).toBe('cdn');
    const html = read(dist, 'taskpane.html');
    expectCspFirst(html);
    expect(scriptSrcs(html)).toEqual([OFFICE_JS_CDN_URL, 'functions.js', 'taskpane.js']);
    expect(OFFICE_JS_CDN_URL).toBe('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
    const csp = cspOf(html);
    expect(csp).toMatch(new RegExp(`(^|; )script-src 'self' ${OFFICE_JS_CDN_ORIGIN.replace(/\./g, '\\.')}(;|$)`));
    // The one absolute URL the page references is office.js on the CDN.
    const absolute = [...html.matchAll(/\b(?:src|href)="((?:https?:)?\/\/[^"]*)"/gi)].map((m) => m[1]);
    expect(absolute).toEqual([OFFICE_JS_CDN_URL]);
    // help.html loads no office.js: scripts from 'self' only.
    expect(cspOf(read(dist, 'help.html'))).toMatch(/(^|; )script-src 'self'(;|$)/);
  });

  test('ships nothing of office.js', () => {
    const shipped = readdirSync(dist).filter((f) => /^office|^excel(-|ios|webapp)|^o15|custom-functions-runtime|^telemetry$|^ariatelemetry$|^webauth$|^agaveerrorux$|^[a-z]{2}-[a-z]{2}$/.test(f));
    expect(shipped).toEqual([]);
  });

  test('with the CDN unreachable (request blocked) the pane reaches preview mode at once, with no script error', async () => {
    const page = await browser.newPage({ width: 320, height: 720 });
    const ms = await previewShownAfter(page, server.url + 'taskpane.html');
    console.log(`CDN build, office.js blocked: preview mode shown ${ms} ms after navigation start`);
    // Well under the old wait for Office.onReady: the pane does not wait for office.js at all.
    expect(ms).toBeLessThan(OFFICE_READY_TIMEOUT_MS / 2);
    await expect(page.getByTestId('preview-mode').isVisible()).resolves.toBe(true);
    await expect(page.getByTestId('drop-zone').isVisible()).resolves.toBe(true);
    // office.js was asked for, from the CDN, and blocked; the page has no Office global.
    expect(browser.blockedRequests).toContain(OFFICE_JS_CDN_URL);
    expect(await page.evaluate(() => typeof (window as unknown as { Office?: unknown }).Office)).toBe('undefined');
    // Everything of our own loaded.
    expect(server.requests.filter((r) => r.status !== 200)).toEqual([]);
    expect(server.requests.map((r) => r.path)).toEqual(expect.arrayContaining(['/taskpane.html', '/functions.js', '/taskpane.js']));
    // The only message is the browser's own note of the blocked request: no script error.
    const unexpected = browser.pageErrors.filter((e) => !/^console\.error: Failed to load resource: net::ERR_BLOCKED_BY_CLIENT/.test(e));
    expect(unexpected).toEqual([]);
    await page.close();
  });

  test('a CDN that fails slowly (no answer for 2 s, then a timeout): preview mode right after the failure, nothing added to the wait', async () => {
    const page = await browser.newPage({ width: 320, height: 720 });
    const delay = 2000;
    await page.route(OFFICE_JS_CDN_URL, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, delay));
      await route.abort('timedout');
    });
    const before = browser.pageErrors.length;
    const ms = await previewShownAfter(page, server.url + 'taskpane.html');
    console.log(`CDN build, office.js request failing after ${delay} ms: preview mode shown ${ms} ms after navigation start`);
    expect(ms).toBeGreaterThanOrEqual(delay);
    expect(ms).toBeLessThan(delay + OFFICE_READY_TIMEOUT_MS / 2);
    const unexpected = browser.pageErrors.slice(before).filter((e) => !/^console\.error: Failed to load resource: net::ERR_TIMED_OUT/.test(e));
    expect(unexpected).toEqual([]);
    await page.close();
  });

  test('a fake Office host served at the CDN address opens the pane in Excel mode', async () => {
    const page: Page = await browser.newPage({ width: 320, height: 720 });
    // Like test/e2e/office.test.ts: the stand-in for office.js reports Excel, over an empty fake workbook.
    await page.route(OFFICE_JS_CDN_URL, (route) => route.fulfill({ contentType: 'text/javascript; charset=utf-8', body: fakeOfficeScript({ sheets: [{ name: 'Sheet1' }] }) }));
    const before = browser.pageErrors.length;
    await page.goto(server.url + 'taskpane.html', { waitUntil: 'load' });
    await page.getByRole('button', { name: 'Tạo báo cáo', exact: true }).waitFor();
    expect(await page.getByTestId('preview-mode').count()).toBe(0);
    expect(await page.getByTestId('drop-zone').count()).toBe(0);
    expect(browser.pageErrors.slice(before)).toEqual([]);
    await page.close();
  });
});

/** Opens the page; milliseconds from navigation start until the preview notice is in it. */
async function previewShownAfter(page: Page, url: string): Promise<number> {
  await page.goto(url, { waitUntil: 'commit' });
  const shownAt = await page.waitForFunction(() => (document.querySelector('[data-testid="preview-mode"]') ? performance.now() : false), undefined, {
    polling: 'raf',
    timeout: OFFICE_READY_TIMEOUT_MS,
  });
  return Math.round((await shownAt.jsonValue()) as number);
}


describe('office.js detection (src/taskpane/office.ts)', () => {
  const g = globalThis as { Office?: unknown };
  afterEach(() => {
    delete g.Office;
  });

  test('no Office global (office.js did not load): outside, at once', async () => {
    delete g.Office;
    const started = Date.now();
    await expect(detectOfficeEnvironment()).resolves.toEqual({ kind: 'outside' });
    expect(Date.now() - started).toBeLessThan(100);
  });

  test('Office.onReady with host null (office.js in a plain browser): outside, without waiting for the timeout', async () => {
    g.Office = { onReady: () => Promise.resolve({ host: null, platform: null }) };
    const started = Date.now();
    await expect(detectOfficeEnvironment()).resolves.toEqual({ kind: 'outside' });
    expect(Date.now() - started).toBeLessThan(100);
  });

  test('a host but no Office.context: outside', async () => {
    g.Office = { onReady: () => Promise.resolve({ host: 'Excel', platform: 'PC' }) };
    await expect(detectOfficeEnvironment()).resolves.toEqual({ kind: 'outside' });
  });

  test('a host with Office.context: inside Office', async () => {
    g.Office = { onReady: () => Promise.resolve({ host: 'Excel', platform: 'OfficeOnline' }), context: {} };
    await expect(detectOfficeEnvironment()).resolves.toEqual({ kind: 'office', host: 'Excel', platform: 'OfficeOnline' });
  });

  test('Office.onReady failing or throwing: outside', async () => {
    g.Office = { onReady: () => Promise.reject(new Error('no')) };
    await expect(detectOfficeEnvironment()).resolves.toEqual({ kind: 'outside' });
    g.Office = {
      onReady: () => {
        throw new Error('no');
      },
    };
    await expect(detectOfficeEnvironment()).resolves.toEqual({ kind: 'outside' });
  });

  test('an office.js that never answers: outside after the guard timeout', async () => {
    g.Office = { onReady: () => new Promise(() => undefined), context: {} };
    const started = Date.now();
    await expect(detectOfficeEnvironment(50)).resolves.toEqual({ kind: 'outside' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(45);
  });
});
