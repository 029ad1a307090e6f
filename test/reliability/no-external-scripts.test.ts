/**
 * The built pages load scripts only from the add-in's own host, plus exactly one script from
 * exactly one other origin: office.js from Microsoft's CDN (https://appsforoffice.microsoft.com),
 * in the default build (OFFICE_JS=cdn). Each page says so in a Content-Security-Policy:
 * script-src 'self' https://appsforoffice.microsoft.com on taskpane.html of a CDN build, 'self'
 * alone everywhere else (a bundled build, OFFICE_JS=bundled, serves office.js itself). The manifest
 * asks for the one permission the add-in needs (ReadWriteDocument: it writes report sheets) and
 * nothing broader.
 *
 * Checks both builds (test/helpers/build.ts): dist/ when it is one (`npm run build` makes the CDN
 * build), else a development build of that mode.
 */
import { readdirSync, readFileSync } from 'fs';
import path from 'path';
import { ensureBuild, ROOT, type OfficeJsMode } from '../helpers/build';

// CommonJS build script, shared with webpack.config.js.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { OFFICE_JS_CDN_URL, OFFICE_JS_CDN_ORIGIN } = require('../../scripts/office-js-source') as {
  OFFICE_JS_CDN_URL: string;
  OFFICE_JS_CDN_ORIGIN: string;
};

jest.setTimeout(15 * 60_000);

interface Build {
  mode: OfficeJsMode;
  dist: string;
  pages: { name: string; html: string }[];
}

const builds: Partial<Record<OfficeJsMode, Build>> = {};

beforeAll(() => {
  for (const mode of ['bundled', 'cdn'] as const) {
    const dist = ensureBuild(mode);
    const pages = readdirSync(dist)
      .filter((f) => f.endsWith('.html'))
      .map((name) => ({ name, html: readFileSync(path.join(dist, name), 'utf8') }));
    builds[mode] = { mode, dist, pages };
  }
});

/** Attribute `name` of an HTML start tag, or undefined. */
function attribute(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
}

/** Directives of the page's CSP meta tag, by name. */
function csp(html: string): Map<string, string[]> | null {
  const meta = [...html.matchAll(/<meta\b[^>]*>/gi)].map((m) => m[0]).find((t) => /http-equiv\s*=\s*["']?Content-Security-Policy/i.test(t));
  if (!meta) return null;
  const content = (attribute(meta, 'content') ?? '').replace(/&#39;|&apos;/g, "'").replace(/&quot;/g, '"');
  return new Map(
    content
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name.toLowerCase(), values]),
  );
}

/** Relative to the page, so served from the add-in's own host: no scheme, no `//host`. */
const sameHost = (url: string) => !/^[a-z][a-z0-9+.-]*:/i.test(url) && !url.startsWith('//');

/** Every <script> of every page: its src (undefined for an inline script) and inline text. */
function scripts(build: Build): { page: string; src: string | undefined; inline: string }[] {
  return build.pages.flatMap(({ name, html }) =>
    [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].map((m) => ({ page: name, src: attribute(` ${m[1]}`, 'src'), inline: m[2].trim() })),
  );
}

/** The external scripts a page of this build may load: office.js on the CDN, in a CDN build's taskpane.html. */
const allowedExternal = (build: Build, page: string): string[] => (build.mode === 'cdn' && page === 'taskpane.html' ? [OFFICE_JS_CDN_URL] : []);

test('the CDN address is Microsoft’s office.js, on that one origin', () => {
  expect(OFFICE_JS_CDN_URL).toBe('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
  expect(new URL(OFFICE_JS_CDN_URL).origin).toBe(OFFICE_JS_CDN_ORIGIN);
});

describe.each(['bundled', 'cdn'] as const)('%s build', (mode) => {
  const build = (): Build => builds[mode]!;

  test('has pages to check (taskpane.html among them)', () => {
    expect(build().pages.map((p) => p.name)).toContain('taskpane.html');
  });

  test('every <script> of every page is on the add-in’s own host, or is office.js on the CDN (CDN build, taskpane.html, once)', () => {
    const all = scripts(build());
    expect(all.length).toBeGreaterThan(0);
    expect(all.filter((s) => s.src === undefined)).toEqual([]);
    const external = all.filter((s) => !sameHost(s.src!));
    const expected = build().pages.flatMap(({ name }) => allowedExternal(build(), name).map((src) => ({ page: name, src, inline: '' })));
    expect(external).toEqual(expected);
    if (mode === 'cdn') {
      // office.js comes first: before functions.js and taskpane.js, which use it.
      const pane = all.filter((s) => s.page === 'taskpane.html').map((s) => s.src!.replace(/\?.*$/, ''));
      expect(pane).toEqual([OFFICE_JS_CDN_URL, 'functions.js', 'taskpane.js']);
    }
  });

  test('no page has an inline script', () => {
    expect(scripts(build()).filter((s) => s.inline !== '')).toEqual([]);
  });

  test('no page preloads a script from another host', () => {
    const preloads = build().pages.flatMap(({ name, html }) =>
      [...html.matchAll(/<link\b[^>]*>/gi)]
        .filter((m) => (attribute(m[0], 'rel') ?? '').toLowerCase() === 'modulepreload' || (attribute(m[0], 'as') ?? '').toLowerCase() === 'script')
        .map((m) => ({ page: name, href: attribute(m[0], 'href') ?? '' })),
    );
    expect(preloads.filter((l) => !sameHost(l.href))).toEqual([]);
  });

  test('every page has a Content-Security-Policy whose scripts come only from its own host and the origins of its external scripts', () => {
    for (const { name, html } of build().pages) {
      const policy = csp(html);
      expect({ page: name, hasPolicy: policy !== null }).toEqual({ page: name, hasPolicy: true });
      const scriptSources = policy!.get('script-src') ?? policy!.get('default-src');
      const origins = [...new Set(allowedExternal(build(), name).map((url) => new URL(url).origin))];
      expect({ page: name, scripts: scriptSources }).toEqual({ page: name, scripts: ["'self'", ...origins] });
      expect({ page: name, objects: policy!.get('object-src') }).toEqual({ page: name, objects: ["'none'"] });
      expect({ page: name, defaults: policy!.get('default-src') }).toEqual({ page: name, defaults: ["'self'"] });
    }
    if (mode === 'cdn') {
      expect(csp(build().pages.find((p) => p.name === 'taskpane.html')!.html)!.get('script-src')).toEqual(["'self'", 'https://appsforoffice.microsoft.com']);
    }
  });

  test('the policy connects to no other host (a development build may add its own live-reload socket on localhost)', () => {
    for (const { name, html } of build().pages) {
      const connect = csp(html)!.get('connect-src') ?? csp(html)!.get('default-src')!;
      const others = connect.filter((source) => source !== "'self'" && !/^wss?:\/\/localhost(:\d+)?$/.test(source));
      expect({ page: name, others }).toEqual({ page: name, others: [] });
    }
  });

  test('the built manifest asks for ReadWriteDocument, once, and nothing broader', () => {
    expect(permissions(readFileSync(path.join(build().dist, 'manifest.xml'), 'utf8'))).toEqual(['ReadWriteDocument']);
  });
});

const permissions = (xml: string) => [...xml.matchAll(/<Permissions>\s*([^<]*?)\s*<\/Permissions>/g)].map((m) => m[1]);

describe('manifest permissions', () => {
  test('manifest.xml asks for ReadWriteDocument, once, and nothing broader', () => {
    expect(permissions(readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8'))).toEqual(['ReadWriteDocument']);
  });
});
