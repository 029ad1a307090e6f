/**
 * What the build (dist/) contains: the pages, the generated custom-functions metadata, the
 * manifest, the icons, and Microsoft's office.js with the files it loads, served by us unmodified.
 * Uses dist/ when present, else runs one development build.
 */
import { readFileSync, existsSync, readdirSync } from 'fs';
import * as path from 'path';
import { ensureBuild, ROOT } from '../helpers/build';

let dist: string;

beforeAll(() => {
  dist = ensureBuild();
}, 10 * 60 * 1000);

const read = (rel: string): string => readFileSync(path.join(dist, rel), 'utf8');

describe('dist/', () => {
  test('has the pages, scripts, metadata, manifest and icons', () => {
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
    const meta = JSON.parse(read('functions.json')) as {
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
    const vi = JSON.parse(read('functions.vi.json')) as typeof meta;
    expect(vi.functions.map((f) => f.id)).toEqual(meta.functions.map((f) => f.id));
    expect(vi.functions.find((f) => f.id === 'ONLINE_SHARE')?.name).not.toBe('ONLINE_SHARE');
    // Every function in the metadata is associated in the bundle.
    const bundle = read('functions.js');
    for (const f of meta.functions) expect(bundle).toContain(`"${f.id}"`);
  });

  test('taskpane.html: CSP first in <head>, office.js then functions.js and taskpane.js, all from its own host', () => {
    const html = read('taskpane.html');
    const head = html.slice(html.indexOf('<head>') + '<head>'.length);
    const firstTags = [...head.matchAll(/<(meta|script|link|title)\b[^>]*>/g)].map((m) => m[0]);
    expect(firstTags[0]).toMatch(/^<meta charset=/);
    expect(firstTags[1]).toMatch(/http-equiv="Content-Security-Policy"/);
    const csp = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1] ?? '';
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).not.toMatch(/https?:\/\/(?!localhost)/);
    const scripts = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1].replace(/\?.*$/, ''));
    expect(scripts).toEqual(['office.js', 'functions.js', 'taskpane.js']);
    // Nothing referenced by absolute URL (no CDN, no appsforoffice.microsoft.com).
    expect(html).not.toMatch(/\b(src|href)="(https?:)?\/\//i);
  });

  test("office.js and the files it loads are Microsoft's, unmodified, next to it", () => {
    const officeDist = path.dirname(require.resolve('@microsoft/office-js/dist/office.js', { paths: [ROOT] }));
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
      const built = readFileSync(path.join(dist, rel));
      expect({ rel, same: built.equals(readFileSync(path.join(officeDist, rel))) }).toEqual({ rel, same: true });
    }
    // Only Excel is a host: no other Office apps' scripts, no debug builds.
    const stray = readdirSync(dist).filter((f) => /^(word|outlook|powerpoint|onenote|project|access)|\.debug\.js$/.test(f));
    expect(stray).toEqual([]);
  });
});
