/**
 * The built pages load no script from outside the add-in's own host, and say
 * so in a Content-Security-Policy; the manifest asks for the one permission the
 * add-in needs (ReadWriteDocument: it writes report sheets) and nothing broader.
 *
 * Uses dist/ as built (`npm run build`); builds it first when it is missing.
 */
import { readdirSync, readFileSync } from 'fs';
import path from 'path';
import { ensureBuild, ROOT } from '../helpers/build';

jest.setTimeout(15 * 60_000);

let dist: string;
let pages: { name: string; html: string }[];

beforeAll(() => {
  dist = ensureBuild();
  pages = readdirSync(dist)
    .filter((f) => f.endsWith('.html'))
    .map((name) => ({ name, html: readFileSync(path.join(dist, name), 'utf8') }));
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

test('the build has pages to check (taskpane.html among them)', () => {
  expect(pages.map((p) => p.name)).toContain('taskpane.html');
});

/** Every <script> of every page: its src (undefined for an inline script) and inline text. */
function scripts(): { page: string; src: string | undefined; inline: string }[] {
  return pages.flatMap(({ name, html }) =>
    [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].map((m) => ({ page: name, src: attribute(` ${m[1]}`, 'src'), inline: m[2].trim() })),
  );
}

test('every <script> of every page has a src on the add-in’s own host', () => {
  expect(scripts().length).toBeGreaterThan(0);
  expect(scripts().filter((s) => s.src === undefined || !sameHost(s.src))).toEqual([]);
});

test('no page has an inline script', () => {
  expect(scripts().filter((s) => s.inline !== '')).toEqual([]);
});

test('no page preloads a script from another host', () => {
  const preloads = pages.flatMap(({ name, html }) =>
    [...html.matchAll(/<link\b[^>]*>/gi)]
      .filter((m) => (attribute(m[0], 'rel') ?? '').toLowerCase() === 'modulepreload' || (attribute(m[0], 'as') ?? '').toLowerCase() === 'script')
      .map((m) => ({ page: name, href: attribute(m[0], 'href') ?? '' })),
  );
  expect(preloads.filter((l) => !sameHost(l.href))).toEqual([]);
});

test('every page has a Content-Security-Policy whose scripts come only from its own host', () => {
  for (const { name, html } of pages) {
    const policy = csp(html);
    expect({ page: name, hasPolicy: policy !== null }).toEqual({ page: name, hasPolicy: true });
    const scripts = policy!.get('script-src') ?? policy!.get('default-src');
    expect({ page: name, scripts }).toEqual({ page: name, scripts: ["'self'"] });
    expect({ page: name, objects: policy!.get('object-src') }).toEqual({ page: name, objects: ["'none'"] });
  }
});

test('the policy connects to no other host (a development build may add its own live-reload socket on localhost)', () => {
  for (const { name, html } of pages) {
    const connect = csp(html)!.get('connect-src') ?? csp(html)!.get('default-src')!;
    const others = connect.filter((source) => source !== "'self'" && !/^wss?:\/\/localhost(:\d+)?$/.test(source));
    expect({ page: name, others }).toEqual({ page: name, others: [] });
  }
});

describe('manifest permissions', () => {
  const permissions = (xml: string) => [...xml.matchAll(/<Permissions>\s*([^<]*?)\s*<\/Permissions>/g)].map((m) => m[1]);

  test('manifest.xml asks for ReadWriteDocument, once, and nothing broader', () => {
    expect(permissions(readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8'))).toEqual(['ReadWriteDocument']);
  });

  test('the built manifest asks for the same', () => {
    expect(permissions(readFileSync(path.join(dist, 'manifest.xml'), 'utf8'))).toEqual(['ReadWriteDocument']);
  });
});
