/**
 * manifest.xml checks that do not need Microsoft's online validator (unreachable here):
 * well-formed (xmllint), valid against Microsoft's add-in manifest schemas (xmllint --schema,
 * ../shared/office-manifest-xsd/, for the source and for the manifest a production build writes;
 * an element out of order fails), the shared runtime set up as Microsoft's guide says, resource
 * ids resolve to the right kind of resource, every string has its en-US override, every URL is on
 * the one host, icons exist at their declared pixel sizes, office-addin-manifest reads it, and the
 * production rewrite (ADDIN_BASE_URL) leaves no localhost behind.
 */
import { execFileSync, spawnSync } from 'child_process';
import { readFileSync, existsSync } from 'fs';
import * as path from 'path';

// CommonJS build scripts, shared with webpack.config.js.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { rewriteBaseUrl, normalizeBaseUrl, DEV_BASE_URL } = require('../scripts/manifest-url') as {
  rewriteBaseUrl: (text: string, baseUrl: string | undefined) => string;
  normalizeBaseUrl: (url: string) => string;
  DEV_BASE_URL: string;
};

const ROOT = path.resolve(__dirname, '..');
const MANIFEST = path.join(ROOT, 'manifest.xml');
/**
 * Microsoft's add-in manifest XSDs (see its README): `shared/` beside the repository, read-only
 * (in CI a fresh clone has it next to it too). OFFICE_MANIFEST_XSD_DIR overrides the folder.
 */
const XSD_DIR = path.resolve(ROOT, process.env.OFFICE_MANIFEST_XSD_DIR ?? path.join('..', 'shared', 'office-manifest-xsd'));
const XSD = path.join(XSD_DIR, 'OfficeAppManifestV1_1.xsd');
const MANIFEST_ID = '6d3d7228-d3b5-4801-aaa1-500ce9ce3fe5';
const PROD_BASE = 'https://tthc.stnmt.example.gov.vn/addins/bao-cao-tthc/';

const xml = readFileSync(MANIFEST, 'utf8');

function decodeEntities(s: string): string {
  return s
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Runs `xmllint --xpath` on manifest text; returns its raw output ('' when nothing matches). */
function xpath(expr: string, text = xml): string {
  const r = spawnSync('xmllint', ['--xpath', expr, '-'], { input: text, encoding: 'utf8' });
  if (r.error) throw r.error;
  if (r.status === 10 || /XPath set is empty/.test(r.stderr)) return '';
  if (r.status !== 0) throw new Error(`xmllint --xpath ${expr}: ${r.stderr}`);
  return r.stdout;
}

/** Values of the attributes an XPath like `//@resid` selects. */
function attrValues(expr: string, text = xml): string[] {
  return [...xpath(expr, text).matchAll(/[\w:.-]+="([^"]*)"/g)].map((m) => decodeEntities(m[1]));
}

/** The string value of an XPath expression, e.g. `string(//*[@id='X']/@DefaultValue)`. */
function xstring(expr: string, text = xml): string {
  return decodeEntities(xpath(`string(${expr})`, text).replace(/\n$/, ''));
}

const local = (name: string): string => `*[local-name()='${name}']`;

/** `xmllint --noout --schema OfficeAppManifestV1_1.xsd` on manifest text (or a file): exit status and messages. */
function validateAgainstSchema(input: { text: string } | { file: string }): { status: number | null; stderr: string } {
  if (!existsSync(XSD)) {
    throw new Error(`Microsoft's manifest schemas are missing: ${XSD} (shared/office-manifest-xsd beside the repository, or OFFICE_MANIFEST_XSD_DIR)`);
  }
  const args = ['--noout', '--nonet', '--schema', XSD, 'file' in input ? input.file : '-'];
  const r = spawnSync('xmllint', args, { input: 'text' in input ? input.text : undefined, encoding: 'utf8' });
  if (r.error) throw r.error;
  return { status: r.status, stderr: r.stderr };
}

/** Comments blanked out, same length (so indexes stay valid). */
const maskComments = (text: string): string => text.replace(/<!--[\s\S]*?-->/g, (c) => ' '.repeat(c.length));

/** Moves the first element `<name …>…</name>` (or `<name …/>`) to just before the first `<before` element (comments skipped). */
function moveBefore(text: string, name: string, before: string): string {
  const element = new RegExp(`[ \\t]*<${name}\\b[^>]*?(?:/>|>[\\s\\S]*?</${name}>)\\n?`).exec(maskComments(text));
  if (!element) throw new Error(`no <${name}> in the manifest`);
  const moved = text.slice(element.index, element.index + element[0].length).trim();
  const without = text.slice(0, element.index) + text.slice(element.index + element[0].length);
  const at = maskComments(without).search(new RegExp(`<${before}[\\s>/]`));
  if (at < 0) throw new Error(`no <${before}> in the manifest`);
  return without.slice(0, at) + moved + without.slice(at);
}

/** id → resource kind (Images, Urls, ShortStrings, LongStrings). */
function resources(): Map<string, string> {
  const map = new Map<string, string>();
  for (const kind of ['Images', 'Urls', 'ShortStrings', 'LongStrings']) {
    for (const id of attrValues(`//${local('Resources')}/${local(kind)}/*/@id`)) {
      expect(map.has(id)).toBe(false); // ids are unique across Resources
      map.set(id, kind);
    }
  }
  return map;
}

function resourceValue(id: string, text = xml): string {
  return xstring(`//${local('Resources')}/*/*[@id='${id}']/@DefaultValue`, text);
}

/** Every http(s) URL in the text, comments and namespace declarations left out. */
function allUrls(text: string): string[] {
  const withoutNamespaces = text.replace(/<!--[\s\S]*?-->/g, '').replace(/\sxmlns(:\w+)?="[^"]*"/g, '');
  return [...withoutNamespaces.matchAll(/https?:\/\/[^\s"'<>]+/g)].map((m) => m[0]);
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const buf = readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(buf.subarray(0, 8).equals(signature)).toBe(true);
  expect(buf.toString('ascii', 12, 16)).toBe('IHDR');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

interface ManifestInfo {
  id?: string;
  displayName?: string;
  hosts?: string[];
  defaultLocale?: string;
  officeAppType?: string;
  permissions?: string;
  providerName?: string;
  version?: string;
  defaultSettings?: { sourceLocation?: string };
}

/**
 * `OfficeAddinManifest.readManifestFile` from office-addin-manifest, run in a child Node process:
 * the package pulls in ES-module-only dependencies that Node loads but Jest's CommonJS runtime
 * cannot. (The `info` CLI command does the same read but may try to send usage data.)
 */
function readWithOfficeAddinManifest(file: string): ManifestInfo {
  const script =
    "require('office-addin-manifest').OfficeAddinManifest.readManifestFile(process.argv[1])" +
    '.then((i) => process.stdout.write(JSON.stringify(i)), (e) => { console.error(e); process.exit(1); });';
  const out = execFileSync(process.execPath, ['-e', script, file], { cwd: ROOT, encoding: 'utf8' });
  return JSON.parse(out) as ManifestInfo;
}

/** The file in the repository that a manifest URL on the dev host is served from. */
function sourceFileFor(url: string): string {
  expect(url.startsWith(DEV_BASE_URL)).toBe(true);
  return path.join(ROOT, url.slice(DEV_BASE_URL.length));
}

describe('manifest.xml', () => {
  test('is well-formed XML (xmllint --noout exits 0)', () => {
    const r = spawnSync('xmllint', ['--noout', MANIFEST], { encoding: 'utf8' });
    expect(r.error).toBeUndefined();
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  test("is valid against Microsoft's add-in manifest schemas (xmllint --schema OfficeAppManifestV1_1.xsd)", () => {
    const r = validateAgainstSchema({ file: MANIFEST });
    expect(r.stderr).toBe(`${MANIFEST} validates\n`);
    expect(r.status).toBe(0);
  });

  test.each([
    ['ProviderName moved before Version', (m: string) => moveBefore(m, 'ProviderName', 'Version'), /Element '\{[^}]+\}ProviderName': This element is not expected/],
    [
      "the ShowTaskpane action's SourceLocation moved before its TaskpaneId",
      (m: string) => m.replace(/(<TaskpaneId>[^<]*<\/TaskpaneId>)(\s*)(<SourceLocation [^>]*\/>)/, '$3$2$1'),
      /Element '\{[^}]+\}TaskpaneId': This element is not expected/,
    ],
    ['AllFormFactors moved before Runtimes', (m: string) => moveBefore(m, 'AllFormFactors', 'Runtimes'), /Element '\{[^}]+\}Runtimes': This element is not expected/],
  ])('an element out of order fails the schema check: %s', (_what, breakIt, message) => {
    const broken = breakIt(xml);
    expect(broken).not.toBe(xml);
    execFileSync('xmllint', ['--noout', '-'], { input: broken }); // still well-formed: only the order is wrong
    const r = validateAgainstSchema({ text: broken });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toMatch(/- fails to validate/);
  });

  test("runs on one shared runtime as Microsoft's shared-runtime guide configures it", () => {
    // https://learn.microsoft.com/office/dev/add-ins/develop/configure-your-add-in-to-use-a-shared-runtime
    // One <Runtime resid lifetime="long">, first child of the Workbook <Host>; the same resid for
    // the custom functions' <Page>, the <FunctionFile> and the ribbon button's ShowTaskpane
    // action (the guide: the shared runtime will not load if the resid differs), and that action
    // names its task pane (<TaskpaneId>): a task pane without one is a different task pane, and a
    // shared runtime supports one.
    const host = `/${local('OfficeApp')}/${local('VersionOverrides')}/${local('Hosts')}/${local('Host')}`;
    expect(xstring(`name(${host}/*[1])`)).toBe('Runtimes');
    expect(xstring(`count(${host}/${local('Runtimes')}/${local('Runtime')})`)).toBe('1');
    const runtime = xstring(`${host}/${local('Runtimes')}/${local('Runtime')}/@resid`);
    expect(runtime).toBe('Taskpane.Url');
    expect(xstring(`${host}/${local('Runtimes')}/${local('Runtime')}/@lifetime`)).toBe('long');
    expect(xstring(`//${local('ExtensionPoint')}[@*[local-name()='type']='CustomFunctions']/${local('Page')}/${local('SourceLocation')}/@resid`)).toBe(runtime);
    expect(xstring(`//${local('FunctionFile')}/@resid`)).toBe(runtime);
    const actions = `//${local('Action')}[@*[local-name()='type']='ShowTaskpane']`;
    expect(Number(xstring(`count(${actions})`))).toBeGreaterThan(0);
    expect(attrValues(`${actions}/${local('SourceLocation')}/@resid`).every((id) => id === runtime)).toBe(true);
    expect(xstring(`count(${actions}[not(${local('TaskpaneId')})])`)).toBe('0');
    expect(xstring(`${actions}/*[1]/self::${local('TaskpaneId')}`)).toMatch(/^\S+$/);
    // The page the runtime loads is the add-in's start page too.
    expect(resourceValue(runtime)).toBe(xstring(`//${local('DefaultSettings')}/${local('SourceLocation')}/@DefaultValue`));
  });

  test('is a task pane add-in for Excel with a shared runtime and ReadWriteDocument', () => {
    expect(xstring(`/${local('OfficeApp')}/@*[local-name()='type']`)).toBe('TaskPaneApp');
    expect(attrValues(`/${local('OfficeApp')}/${local('Hosts')}/${local('Host')}/@Name`)).toEqual(['Workbook']);
    expect(xstring(`//${local('Set')}[@Name='SharedRuntime']/@MinVersion`)).toBe('1.1');
    expect(xstring(`/${local('OfficeApp')}/${local('Permissions')}`)).toBe('ReadWriteDocument');
    expect(xstring(`/${local('OfficeApp')}/${local('DefaultLocale')}`)).toBe('vi-VN');

    const runtime = `//${local('Runtimes')}/${local('Runtime')}`;
    expect(xstring(`${runtime}/@resid`)).toBe('Taskpane.Url');
    expect(xstring(`${runtime}/@lifetime`)).toBe('long');
  });

  test('declares the TTHC custom functions on the shared runtime page', () => {
    const cf = `//${local('ExtensionPoint')}[@*[local-name()='type']='CustomFunctions']`;
    expect(xstring(`${cf}/${local('Page')}/${local('SourceLocation')}/@resid`)).toBe('Taskpane.Url');
    const scriptResid = xstring(`${cf}/${local('Script')}/${local('SourceLocation')}/@resid`);
    expect(resourceValue(scriptResid)).toBe(`${DEV_BASE_URL}functions.js`);
    const metadataResid = xstring(`${cf}/${local('Metadata')}/${local('SourceLocation')}/@resid`);
    expect(resourceValue(metadataResid)).toBe(`${DEV_BASE_URL}functions.json`);
    // Excel in Vietnamese loads the metadata with Vietnamese function names.
    expect(xstring(`//*[@id='${metadataResid}']/${local('Override')}[@Locale='vi-VN']/@Value`)).toBe(
      `${DEV_BASE_URL}functions.vi.json`,
    );
    const nsResid = xstring(`${cf}/${local('Namespace')}/@resid`);
    expect(resourceValue(nsResid)).toBe('TTHC');
    expect(resourceValue('Taskpane.Url')).toBe(`${DEV_BASE_URL}taskpane.html`);
    expect(xstring(`//${local('DefaultSettings')}/${local('SourceLocation')}/@DefaultValue`)).toBe(
      `${DEV_BASE_URL}taskpane.html`,
    );
    // Ribbon commands and the FunctionFile run in the same runtime too.
    expect(xstring(`//${local('FunctionFile')}/@resid`)).toBe('Taskpane.Url');
  });

  test('has a ribbon button "Báo cáo TTHC" that shows the task pane', () => {
    const button = `//${local('Control')}[@id='TaskpaneButton']`;
    expect(xstring(`${button}/@*[local-name()='type']`)).toBe('Button');
    expect(resourceValue(xstring(`${button}/${local('Label')}/@resid`))).toBe('Báo cáo TTHC');
    expect(xstring(`${button}/${local('Action')}/@*[local-name()='type']`)).toBe('ShowTaskpane');
    expect(xstring(`${button}/${local('Action')}/${local('SourceLocation')}/@resid`)).toBe('Taskpane.Url');
  });

  test('every resid refers to a resource of the right kind, and every resource is used', () => {
    const defined = resources();
    const referenced = attrValues('//@resid');
    expect(referenced.length).toBeGreaterThan(10);
    const missing = referenced.filter((id) => !defined.has(id));
    expect(missing).toEqual([]);
    for (const id of referenced) expect(id.length).toBeLessThanOrEqual(32);

    const expectKind = (elementXpath: string, kinds: string[]): void => {
      for (const id of attrValues(`${elementXpath}/@resid`)) {
        expect({ id, kind: defined.get(id) }).toEqual({ id, kind: expect.stringMatching(kinds.join('|')) });
      }
    };
    expectKind(`//${local('SourceLocation')}`, ['^Urls$']);
    expectKind(`//${local('Runtime')}`, ['^Urls$']);
    expectKind(`//${local('FunctionFile')}`, ['^Urls$']);
    expectKind(`//${local('LearnMoreUrl')}`, ['^Urls$']);
    expectKind(`//${local('Icon')}/${local('Image')}`, ['^Images$']);
    expectKind(`//${local('Label')}`, ['^ShortStrings$']);
    expectKind(`//${local('Title')}`, ['^ShortStrings$']);
    expectKind(`//${local('Namespace')}`, ['^ShortStrings$']);
    expectKind(`//${local('Description')}[@resid]`, ['^ShortStrings$', '^LongStrings$']);

    const unused = [...defined.keys()].filter((id) => !referenced.includes(id));
    expect(unused).toEqual([]);
  });

  test('every string is in Vietnamese by default with an en-US override, within length limits', () => {
    for (const el of ['DisplayName', 'Description']) {
      const base = `/${local('OfficeApp')}/${local(el)}`;
      expect(xstring(`${base}/@DefaultValue`)).not.toBe('');
      expect(xstring(`${base}/${local('Override')}[@Locale='en-US']/@Value`)).not.toBe('');
    }
    for (const [kind, max] of [
      ['ShortStrings', 125],
      ['LongStrings', 250],
    ] as const) {
      const ids = attrValues(`//${local(kind)}/${local('String')}/@id`);
      expect(ids.length).toBeGreaterThan(0);
      for (const id of ids) {
        const s = `//${local(kind)}/${local('String')}[@id='${id}']`;
        const vi = xstring(`${s}/@DefaultValue`);
        const en = xstring(`${s}/${local('Override')}[@Locale='en-US']/@Value`);
        expect({ id, vi: vi.length > 0, en: en.length > 0 }).toEqual({ id, vi: true, en: true });
        expect(vi.length).toBeLessThanOrEqual(max);
        expect(en.length).toBeLessThanOrEqual(max);
      }
    }
    expect(xstring(`/${local('OfficeApp')}/${local('DisplayName')}/@DefaultValue`)).toBe('Báo cáo TTHC');
  });

  test('every URL is on the one host, https://localhost:3000/', () => {
    const urls = allUrls(xml);
    expect(urls.length).toBeGreaterThan(8);
    const elsewhere = urls.filter((u) => !u.startsWith(DEV_BASE_URL));
    expect(elsewhere).toEqual([]);
  });

  test('every page, script and icon it points to exists in the source tree or the build', () => {
    const built = new Set(['taskpane.html', 'help.html', 'functions.js', 'functions.json', 'functions.vi.json']);
    for (const url of allUrls(xml)) {
      const rel = url.slice(DEV_BASE_URL.length);
      if (built.has(rel)) continue; // produced by webpack (see webpack.config.js)
      expect({ url, exists: existsSync(sourceFileFor(url)) }).toEqual({ url, exists: true });
    }
    // The webpack inputs behind the built files.
    expect(existsSync(path.join(ROOT, 'src/taskpane/taskpane.html'))).toBe(true);
    expect(existsSync(path.join(ROOT, 'src/taskpane/help.html'))).toBe(true);
    expect(existsSync(path.join(ROOT, 'src/functions/functions.ts'))).toBe(true);
  });

  test('icons exist with their declared pixel sizes', () => {
    // Ribbon icons: <bt:Image size="N" resid="..."/> → N×N.
    const uses = [...xpath(`//${local('Icon')}/${local('Image')}`).matchAll(/size="(\d+)"\s+resid="([^"]+)"/g)];
    expect(uses.length).toBeGreaterThanOrEqual(3);
    const checks: Array<[string, number]> = uses.map((m) => [resourceValue(m[2]), Number(m[1])]);
    // Add-in icons: IconUrl 32×32, HighResolutionIconUrl 64×64.
    checks.push([xstring(`/${local('OfficeApp')}/${local('IconUrl')}/@DefaultValue`), 32]);
    checks.push([xstring(`/${local('OfficeApp')}/${local('HighResolutionIconUrl')}/@DefaultValue`), 64]);
    for (const [url, size] of checks) {
      expect({ url, ...pngSize(sourceFileFor(url)) }).toEqual({ url, width: size, height: size });
    }
    // Resource ids that name a size (Icon.16x16) agree with the file.
    for (const id of attrValues(`//${local('Images')}/*/@id`)) {
      const m = /(\d+)x(\d+)$/.exec(id);
      if (!m) continue;
      const { width, height } = pngSize(sourceFileFor(resourceValue(id)));
      expect({ id, width, height }).toEqual({ id, width: Number(m[1]), height: Number(m[2]) });
    }
    for (const size of [16, 32, 64, 80]) {
      expect(pngSize(path.join(ROOT, `assets/icon-${size}.png`))).toEqual({ width: size, height: size });
    }
  });

  test('office-addin-manifest reads it: id, name, hosts, locale, permissions', () => {
    const info = readWithOfficeAddinManifest(MANIFEST);
    expect(info.id).toBe(MANIFEST_ID);
    expect(info.displayName).toBe('Báo cáo TTHC');
    expect(info.hosts).toEqual(['Workbook']);
    expect(info.defaultLocale).toBe('vi-VN');
    expect(info.officeAppType).toBe('TaskPaneApp');
    expect(info.permissions).toBe('ReadWriteDocument');
    expect(info.providerName).toBeTruthy();
    expect(info.version).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(info.defaultSettings?.sourceLocation).toBe(`${DEV_BASE_URL}taskpane.html`);
  });
});

describe('production hosting address (ADDIN_BASE_URL)', () => {
  test('normalizeBaseUrl requires https and ends with one slash', () => {
    expect(normalizeBaseUrl('https://host.example.vn/path')).toBe('https://host.example.vn/path/');
    expect(normalizeBaseUrl('https://host.example.vn/path//')).toBe('https://host.example.vn/path/');
    expect(normalizeBaseUrl('https://host.example.vn')).toBe('https://host.example.vn/');
    expect(normalizeBaseUrl(' https://host.example.vn:8443/a/b/ ')).toBe('https://host.example.vn:8443/a/b/');
    expect(() => normalizeBaseUrl('http://host.example.vn/')).toThrow(/https/);
    expect(() => normalizeBaseUrl('host.example.vn')).toThrow(/valid absolute URL/);
    expect(() => normalizeBaseUrl('https://host.example.vn/?a=1')).toThrow(/query/);
  });

  test('rewriteBaseUrl leaves the text alone without a base address', () => {
    expect(rewriteBaseUrl(xml, undefined)).toBe(xml);
    expect(rewriteBaseUrl(xml, '')).toBe(xml);
  });

  test('the rewritten manifest has no localhost left, every URL on the production host, still well-formed', () => {
    const prod = rewriteBaseUrl(xml, PROD_BASE);
    expect(prod).not.toMatch(/localhost/i);
    expect(prod).not.toContain(':3000');
    const urls = allUrls(prod);
    expect(urls.length).toBe(allUrls(xml).length);
    expect(urls.filter((u) => !u.startsWith(PROD_BASE))).toEqual([]);
    expect(resourceValue('Taskpane.Url', prod)).toBe(`${PROD_BASE}taskpane.html`);
    expect(resourceValue('Functions.Metadata.Url', prod)).toBe(`${PROD_BASE}functions.json`);
    expect(prod).toContain(`Value="${PROD_BASE}functions.vi.json"`);
    execFileSync('xmllint', ['--noout', '-'], { input: prod });
  });

  test("the manifest a production build writes (dist/manifest.xml with ADDIN_BASE_URL) is valid against Microsoft's schemas", () => {
    const out = builtManifest(PROD_BASE, 'production');
    expect(out).toContain(`${PROD_BASE}taskpane.html`);
    const r = validateAgainstSchema({ text: out });
    expect(r.stderr).toBe('- validates\n');
    expect(r.status).toBe(0);
  });

  test("dist/manifest.xml, when there is a build, is valid against Microsoft's schemas", () => {
    const built = path.join(ROOT, 'dist', 'manifest.xml');
    if (!existsSync(built)) return; // no build here: the test above checks what a build writes
    const r = validateAgainstSchema({ file: built });
    expect(r.stderr).toBe(`${built} validates\n`);
    expect(r.status).toBe(0);
  });

  test('webpack copies manifest.xml through that rewrite when ADDIN_BASE_URL is set', () => {
    const out = builtManifest(PROD_BASE, 'production');
    expect(out).not.toMatch(/localhost/i);
    expect(out).toContain(`${PROD_BASE}taskpane.html`);
    expect(builtManifest(undefined, 'development')).toBe(xml);
  });

  test("the page's Content-Security-Policy: scripts from its own host, plus exactly the office.js CDN origin in CDN mode", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { contentSecurityPolicy } = require('../webpack.config.js') as {
      contentSecurityPolicy: (dev: boolean, scriptOrigins?: string[]) => string;
    };
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { resolveOfficeJs, OFFICE_JS_CDN_ORIGIN } = require('../scripts/office-js-source') as {
      resolveOfficeJs: (env: Record<string, string | undefined>) => { mode: string; scriptOrigins: string[] };
      OFFICE_JS_CDN_ORIGIN: string;
    };
    expect(OFFICE_JS_CDN_ORIGIN).toBe('https://appsforoffice.microsoft.com');

    // Bundled mode (and help.html): 'self' only.
    const bundled = resolveOfficeJs({ OFFICE_JS: 'bundled' });
    expect(bundled.scriptOrigins).toEqual([]);
    const own = contentSecurityPolicy(false, bundled.scriptOrigins);
    expect(own).toMatch(/(^|; )script-src 'self'(;|$)/);
    expect(own).toMatch(/(^|; )default-src 'self'(;|$)/);
    expect(own).not.toMatch(/https?:|\*|unsafe-eval/);
    expect(contentSecurityPolicy(false)).toBe(own);

    // CDN mode, the default: exactly that origin, in script-src and nowhere else.
    const cdn = resolveOfficeJs({});
    expect(cdn.mode).toBe('cdn');
    expect(cdn.scriptOrigins).toEqual([OFFICE_JS_CDN_ORIGIN]);
    const policy = contentSecurityPolicy(false, cdn.scriptOrigins);
    expect(policy).toMatch(/(^|; )script-src 'self' https:\/\/appsforoffice\.microsoft\.com(;|$)/);
    expect(policy).toMatch(/(^|; )default-src 'self'(;|$)/);
    expect(policy.replace(/(^|; )script-src [^;]*/, '')).not.toMatch(/https?:/);
    expect(policy).not.toMatch(/\*|unsafe-eval/);

    expect(() => resolveOfficeJs({ OFFICE_JS: 'npm' })).toThrow(/OFFICE_JS must be "cdn" \(the default\) or "bundled"/);
  });
});

/**
 * manifest.xml as webpack writes it to dist/ (the CopyWebpackPlugin transform of webpack.config.js),
 * for a hosting address (ADDIN_BASE_URL) or none.
 */
function builtManifest(baseUrl: string | undefined, mode: 'production' | 'development'): string {
  const saved = process.env.ADDIN_BASE_URL;
  if (baseUrl === undefined) delete process.env.ADDIN_BASE_URL;
  else process.env.ADDIN_BASE_URL = baseUrl;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const configFactory = require('../webpack.config.js') as (
      env: unknown,
      argv: { mode: string },
    ) => { plugins: Array<{ patterns?: Array<{ from: string; transform?: (c: Buffer) => string }> }> };
    const config = configFactory({}, { mode });
    const copy = config.plugins.find((p) => Array.isArray(p.patterns));
    const pattern = copy?.patterns?.find((p) => p.from === 'manifest.xml');
    expect(pattern?.transform).toBeInstanceOf(Function);
    return pattern!.transform!(Buffer.from(xml, 'utf8'));
  } finally {
    if (saved === undefined) delete process.env.ADDIN_BASE_URL;
    else process.env.ADDIN_BASE_URL = saved;
  }
}
