/**
 * npm run package (scripts/package.ts): the deployment zip for the provincial IT centre. One real
 * package is made (a production webpack build, about a minute) into a temporary folder, then
 * unzipped into fresh copies on which deploy/set-url.sh is run: the new address in every URL of the
 * manifest and no placeholder left anywhere, the manifest still valid against Microsoft's schemas
 * (xmllint --schema, as test/manifest.test.ts), and http:// or malformed addresses refused with
 * nothing changed. set-url.ps1 is checked against set-url.sh statically (and run when pwsh is
 * installed); the nginx sample with `nginx -t`.
 */
import { execFileSync, spawnSync } from 'child_process';
import { createHash } from 'crypto';
import { existsSync, readFileSync, statSync, writeFileSync } from 'fs';
import path from 'path';
import {
  listFiles,
  makePackage,
  manifestUrls,
  packageVersion,
  PackageResult,
  PLACEHOLDER_BASE_URL,
  zipFiles,
  zipTime,
} from '../scripts/package';
import { makeTempDir } from './helpers/tempDir';

const ROOT = path.resolve(__dirname, '..');
const XSD_DIR = path.resolve(ROOT, process.env.OFFICE_MANIFEST_XSD_DIR ?? path.join('..', 'shared', 'office-manifest-xsd'));
const XSD = path.join(XSD_DIR, 'OfficeAppManifestV1_1.xsd');
const NEW_BASE = 'https://tthc.tinh-x.gov.vn/addin/';

let tmp: ReturnType<typeof makeTempDir>;
let result: PackageResult;
/** The package as unzipped, never changed: tthc-report-<version>/. */
let pristine: string;
let copies = 0;

beforeAll(() => {
  tmp = makeTempDir('tthc-package-test-');
  result = makePackage({ outDir: tmp.file('release'), log: () => undefined });
  pristine = unpack();
}, 15 * 60 * 1000);

afterAll(() => tmp?.remove());

/** A fresh unzipped copy of the package; returns its tthc-report-<version>/ folder. */
function unpack(): string {
  const dir = tmp.file(`copy-${copies++}`);
  execFileSync('unzip', ['-q', result.zipPath, '-d', dir]);
  return path.join(dir, result.folder);
}

function setUrl(pkg: string, ...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync('bash', [path.join(pkg, 'set-url.sh'), ...args], { cwd: pkg, encoding: 'utf8' });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** rel path → sha256 and permissions of every file under `dir`. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    listFiles(dir).map((rel) => {
      const file = path.join(dir, rel);
      const hash = createHash('sha256').update(readFileSync(file)).digest('hex');
      return [rel, `${hash} ${(statSync(file).mode & 0o777).toString(8)}`];
    }),
  );
}

/** Values of the attributes an XPath selects, with xmllint. */
function attrValues(file: string, expr: string): string[] {
  const r = spawnSync('xmllint', ['--xpath', expr, file], { encoding: 'utf8' });
  if (r.error) throw r.error;
  if (r.status === 10 || /XPath set is empty/.test(r.stderr)) return [];
  if (r.status !== 0) throw new Error(`xmllint --xpath ${expr}: ${r.stderr}`);
  return [...r.stdout.matchAll(/[\w:.-]+="([^"]*)"/g)].map((m) => m[1].replace(/&amp;/g, '&'));
}

const local = (name: string): string => `*[local-name()='${name}']`;

/** Every attribute of the manifest that holds a URL, by element: [label, XPath]. */
const URL_ATTRIBUTES: Array<[string, string]> = [
  ['IconUrl', `/${local('OfficeApp')}/${local('IconUrl')}/@DefaultValue`],
  ['HighResolutionIconUrl', `/${local('OfficeApp')}/${local('HighResolutionIconUrl')}/@DefaultValue`],
  ['SupportUrl', `/${local('OfficeApp')}/${local('SupportUrl')}/@DefaultValue`],
  ['DefaultSettings/SourceLocation', `//${local('DefaultSettings')}/${local('SourceLocation')}/@DefaultValue`],
  ['bt:Image', `//${local('Resources')}/${local('Images')}/${local('Image')}/@DefaultValue`],
  ['bt:Url', `//${local('Resources')}/${local('Urls')}/${local('Url')}/@DefaultValue`],
  ['bt:Url/bt:Override', `//${local('Resources')}/${local('Urls')}/${local('Url')}/${local('Override')}/@Value`],
];

function validateAgainstSchema(file: string): { status: number | null; stderr: string } {
  if (!existsSync(XSD)) {
    throw new Error(`Microsoft's manifest schemas are missing: ${XSD} (shared/office-manifest-xsd beside the repository, or OFFICE_MANIFEST_XSD_DIR)`);
  }
  const r = spawnSync('xmllint', ['--noout', '--nonet', '--schema', XSD, file], { encoding: 'utf8' });
  if (r.error) throw r.error;
  return { status: r.status, stderr: r.stderr };
}

/** The Content-Security-Policy <meta> of a built page. */
function pageCsp(file: string): string {
  const m = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(readFileSync(file, 'utf8'));
  if (!m) throw new Error(`no CSP <meta> in ${file}`);
  return m[1];
}

describe('npm run package', () => {
  test('writes tthc-report-<version>.zip: the built add-in, the manifest, both URL scripts, the server samples and the guide', () => {
    expect(path.basename(result.zipPath)).toBe(`tthc-report-${packageVersion()}.zip`);
    expect(result.folder).toBe(`tthc-report-${packageVersion()}`);
    const listed = execFileSync('unzip', ['-Z1', result.zipPath], { encoding: 'utf8' }).trim().split('\n');
    expect(listed).toEqual(result.entries);
    const names = listed.map((name) => {
      expect(name.startsWith(`${result.folder}/`)).toBe(true);
      return name.slice(result.folder.length + 1);
    });
    for (const name of [
      'README.txt',
      'HUONG-DAN-TRIEN-KHAI.md',
      'BUILD-INFO.txt',
      'manifest.xml',
      'set-url.sh',
      'set-url.ps1',
      'server/iis/web.config',
      'server/nginx/tthc-report.conf',
      'web/taskpane.html',
      'web/taskpane.js',
      'web/functions.js',
      'web/functions.json',
      'web/functions.vi.json',
      'web/help.html',
      'web/exceljs.js',
      'web/assets/icon-16.png',
      'web/assets/icon-32.png',
      'web/assets/icon-64.png',
      'web/assets/icon-80.png',
    ]) {
      expect({ name, present: names.includes(name) }).toEqual({ name, present: true });
    }
    // One manifest, at the top (distributed to users, not served); the default build only (no --bundled).
    expect(names.filter((n) => n.endsWith('manifest.xml'))).toEqual(['manifest.xml']);
    expect(names.some((n) => n.startsWith('web-bundled/'))).toBe(false);
    expect(names.includes('web/office.js')).toBe(false);
    expect(readFileSync(path.join(pristine, 'web', 'taskpane.html'), 'utf8')).toMatch(/data-office-js="cdn"/);

    expect(spawnSync('unzip', ['-tq', result.zipPath]).status).toBe(0);
    // set-url.sh comes out executable; everything else 0644.
    const details = execFileSync('unzip', ['-Z', result.zipPath], { encoding: 'utf8' });
    expect(details).toMatch(new RegExp(`^-rwxr-xr-x .*${result.folder}/set-url\\.sh$`, 'm'));
    expect(statSync(path.join(pristine, 'set-url.sh')).mode & 0o777).toBe(0o755);
    expect(statSync(path.join(pristine, 'manifest.xml')).mode & 0o777).toBe(0o644);

    const info = readFileSync(path.join(pristine, 'BUILD-INFO.txt'), 'utf8');
    expect(info).toContain(`tthc-report ${packageVersion()}`);
    expect(info).toContain("web/: office.js from Microsoft's CDN, https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
  });

  test('the zip is reproducible: its files zipped again with the same time stamp give the same bytes', () => {
    const again = zipFiles(
      listFiles(pristine).map((rel) => ({
        name: `${result.folder}/${rel}`,
        data: readFileSync(path.join(pristine, rel)),
        executable: rel.endsWith('.sh'),
      })),
      zipTime(),
    );
    expect(again.equals(readFileSync(result.zipPath))).toBe(true);
    const stamps = new Set(
      execFileSync('unzip', ['-Z', '-T', result.zipPath], { encoding: 'utf8' })
        .split('\n')
        .filter((l) => /^[-d]r/.test(l))
        .map((l) => l.split(/\s+/)[6]),
    );
    expect(stamps.size).toBe(1);
  });

  test('the packaged manifest is on the placeholder address everywhere, valid against the schemas; nothing names the dev server', () => {
    const manifest = path.join(pristine, 'manifest.xml');
    const urls = manifestUrls(readFileSync(manifest, 'utf8'));
    expect(urls.length).toBeGreaterThan(8);
    expect(urls.filter((u) => !u.startsWith(PLACEHOLDER_BASE_URL))).toEqual([]);
    const r = validateAgainstSchema(manifest);
    expect(r.stderr).toBe(`${manifest} validates\n`);
    expect(r.status).toBe(0);
    for (const rel of listFiles(pristine)) {
      expect({ rel, dev: readFileSync(path.join(pristine, rel)).includes('localhost:3000') }).toEqual({ rel, dev: false });
    }
    // The built pages and scripts carry no address: only the manifest (and the docs) do.
    for (const rel of listFiles(path.join(pristine, 'web'))) {
      expect({ rel, placeholder: readFileSync(path.join(pristine, 'web', rel)).includes(PLACEHOLDER_BASE_URL) }).toEqual({ rel, placeholder: false });
    }
  });

  test(`set-url.sh ${NEW_BASE} on a copy: the new address in every URL of the manifest, no placeholder left anywhere, valid against the schemas`, () => {
    const pkg = unpack();
    const before = snapshot(pkg);
    const oldManifest = readFileSync(path.join(pkg, 'manifest.xml'), 'utf8');
    const r = setUrl(pkg, NEW_BASE);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(PLACEHOLDER_BASE_URL);
    expect(r.stdout).toContain(NEW_BASE);
    const occurrences = oldManifest.split(PLACEHOLDER_BASE_URL).length - 1;
    expect(r.stdout).toContain(`  manifest.xml: ${occurrences} chỗ / occurrences`);

    // Nothing of the placeholder anywhere (pages, scripts, docs, samples), no temporary file left.
    for (const rel of listFiles(pkg)) {
      const data = readFileSync(path.join(pkg, rel));
      expect({ rel, placeholder: data.includes('tthc.example.invalid') }).toEqual({ rel, placeholder: false });
      expect(rel).not.toMatch(/set-url-tmp/);
    }

    // The manifest: exactly the old one with the new base, every URL-bearing element on it.
    const manifest = path.join(pkg, 'manifest.xml');
    const text = readFileSync(manifest, 'utf8');
    expect(text).toBe(oldManifest.split(PLACEHOLDER_BASE_URL).join(NEW_BASE));
    const urls = manifestUrls(text);
    expect(urls.length).toBe(manifestUrls(oldManifest).length);
    expect(urls.filter((u) => !u.startsWith(NEW_BASE))).toEqual([]);
    for (const [label, xpath] of URL_ATTRIBUTES) {
      const values = attrValues(manifest, xpath);
      expect({ label, count: values.length > 0 }).toEqual({ label, count: true });
      for (const value of values) expect({ label, value, onNewBase: value.startsWith(NEW_BASE) }).toEqual({ label, value, onNewBase: true });
    }
    const resource = (id: string): string[] => attrValues(manifest, `//${local('Resources')}/*/*[@id='${id}']/@DefaultValue`);
    expect(resource('Taskpane.Url')).toEqual([`${NEW_BASE}taskpane.html`]);
    expect(resource('Functions.Script.Url')).toEqual([`${NEW_BASE}functions.js`]);
    expect(resource('Functions.Metadata.Url')).toEqual([`${NEW_BASE}functions.json`]);
    expect(attrValues(manifest, `//*[@id='Functions.Metadata.Url']/${local('Override')}[@Locale='vi-VN']/@Value`)).toEqual([`${NEW_BASE}functions.vi.json`]);
    expect(attrValues(manifest, `//${local('DefaultSettings')}/${local('SourceLocation')}/@DefaultValue`)).toEqual([`${NEW_BASE}taskpane.html`]);

    const v = validateAgainstSchema(manifest);
    expect(v.stderr).toBe(`${manifest} validates\n`);
    expect(v.status).toBe(0);

    // Only files that held the placeholder changed; permissions kept; the built add-in untouched.
    const after = snapshot(pkg);
    expect(Object.keys(after)).toEqual(Object.keys(before));
    for (const rel of Object.keys(before)) {
      const held = readFileSync(path.join(pristine, rel)).includes(PLACEHOLDER_BASE_URL);
      expect({ rel, changed: after[rel] !== before[rel] }).toEqual({ rel, changed: held });
      expect(after[rel].split(' ')[1]).toBe(before[rel].split(' ')[1]);
    }
    expect(Object.keys(before).filter((rel) => rel.startsWith('web/') && after[rel] !== before[rel])).toEqual([]);
    // The guide now shows the centre's own addresses.
    expect(readFileSync(path.join(pkg, 'HUONG-DAN-TRIEN-KHAI.md'), 'utf8')).toContain(`${NEW_BASE}taskpane.html`);
  });

  test('set-url.sh run again moves on from the current address; the same address again changes nothing', () => {
    const pkg = unpack();
    expect(setUrl(pkg, 'https://sai.tinh-x.gov.vn/nham/').status).toBe(0);
    const r = setUrl(pkg, '  HTTPS://TTHC.Tinh-X.gov.vn:443/addin//  ');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('old address: https://sai.tinh-x.gov.vn/nham/');
    expect(r.stdout).toContain(`new address: ${NEW_BASE}`);
    for (const rel of listFiles(pkg)) {
      const data = readFileSync(path.join(pkg, rel));
      expect({ rel, old: data.includes('sai.tinh-x.gov.vn') || data.includes('example.invalid') }).toEqual({ rel, old: false });
    }
    const manifest = readFileSync(path.join(pkg, 'manifest.xml'), 'utf8');
    expect(manifestUrls(manifest).filter((u) => !u.startsWith(NEW_BASE))).toEqual([]);

    const before = snapshot(pkg);
    const same = setUrl(pkg, NEW_BASE.slice(0, -1));
    expect(same.status).toBe(0);
    expect(same.stdout).toContain('nothing to change');
    expect(snapshot(pkg)).toEqual(before);

    // A port and a path without a trailing slash.
    expect(setUrl(pkg, 'https://10.0.0.5:8443/bao-cao-tthc').status).toBe(0);
    expect(manifestUrls(readFileSync(path.join(pkg, 'manifest.xml'), 'utf8')).every((u) => u.startsWith('https://10.0.0.5:8443/bao-cao-tthc/'))).toBe(true);
  });

  test('set-url.sh refuses http://, malformed addresses and a missing argument: exit code 2, a message in both languages, nothing changed', () => {
    const pkg = unpack();
    const before = snapshot(pkg);
    const http = setUrl(pkg, 'http://tthc.tinh-x.gov.vn/addin/');
    expect(http.status).toBe(2);
    expect(http.stdout).toBe('');
    expect(http.stderr).toContain('phải dùng https://');
    expect(http.stderr).toContain('must use https://');
    expect(http.stderr).toContain('Không thay đổi tệp nào. / No file was changed.');
    expect(snapshot(pkg)).toEqual(before);

    for (const bad of [
      'HTTP://tthc.tinh-x.gov.vn/',
      'tthc.tinh-x.gov.vn/addin/',
      'ftp://tthc.tinh-x.gov.vn/',
      'https://',
      'https://tthc tinh-x.gov.vn/',
      'https://tthc.tinh-x.gov.vn/addin/?v=1',
      'https://tthc.tinh-x.gov.vn/addin/#x',
      'https://admin@tthc.tinh-x.gov.vn/',
      'https://tthc.tinh-x.gov.vn:70000/',
      'https://tthc.tinh-x.gov.vn/../addin/',
      'https://tthc.tinh-x.gov.vn/báo-cáo/',
      'https://tthc.tinh-x.gov.vn/a"b/',
      'https://tthc.tinh-x.gov.vn/a&b/',
      '',
    ]) {
      const r = setUrl(pkg, bad);
      expect({ bad, status: r.status }).toEqual({ bad, status: 2 });
      expect(r.stderr).toMatch(/https:\/\//);
      expect(r.stderr).toContain('No file was changed.');
    }
    const none = setUrl(pkg);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('Exactly one argument is needed');
    expect(setUrl(pkg, NEW_BASE, 'extra').status).toBe(2);
    expect(snapshot(pkg)).toEqual(before);
  });

  test('set-url.sh stops with exit code 1, changing nothing, when manifest.xml has no start page to read the address from', () => {
    const pkg = unpack();
    const manifest = path.join(pkg, 'manifest.xml');
    writeFileSync(manifest, readFileSync(manifest, 'utf8').replace('<SourceLocation DefaultValue="', '<SourceLocation Default="'));
    const before = snapshot(pkg);
    const r = setUrl(pkg, NEW_BASE);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('Cannot read the current address from manifest.xml');
    expect(snapshot(pkg)).toEqual(before);
  });

  test('set-url.ps1 mirrors set-url.sh (same file types, address rules and exit codes; UTF-8 with BOM, CR LF)', () => {
    const ps1 = readFileSync(path.join(pristine, 'set-url.ps1'));
    expect([...ps1.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const ps = ps1.toString('utf8');
    expect(ps.replace(/\r\n/g, '')).not.toContain('\n');
    const sh = readFileSync(path.join(pristine, 'set-url.sh'), 'utf8');
    expect(sh).not.toContain('\r');
    expect(sh.startsWith('#!/usr/bin/env bash\n')).toBe(true);

    const shExtensions = /^EXTENSIONS=\(([^)]*)\)/m.exec(sh)![1].split(/\s+/).filter(Boolean);
    const psExtensions = [.../^\$extensions = @\(([^)]*)\)/m.exec(ps)![1].matchAll(/'\.(\w+)'/g)].map((m) => m[1]);
    expect(psExtensions).toEqual(shExtensions);
    expect(/^\$hostRe = '([^']+)'/m.exec(ps)![1]).toBe(/^host_re='([^']+)'/m.exec(sh)![1]);
    expect(/^\$pathRe = '([^']+)'/m.exec(ps)![1]).toBe(/^path_re='([^']+)'/m.exec(sh)![1]);
    // Both read the current address from the same element, and say the same things.
    expect(ps).toContain(`'<SourceLocation DefaultValue="([^"]*)taskpane\\.html"'`);
    expect(sh).toContain('<SourceLocation DefaultValue="\\([^"]*\\)taskpane\\.html"');
    for (const message of ['must use https://', 'No file was changed.', 'Exactly one argument is needed', 'nothing to change', 'occurrences']) {
      expect({ message, sh: sh.includes(message), ps: ps.includes(message) }).toEqual({ message, sh: true, ps: true });
    }
    expect(ps).toMatch(/Fail 2 @\(\s*"Địa chỉ phải dùng https:\/\//);

    // Run it where PowerShell is installed (not on the CI machines).
    const pwsh = spawnSync('pwsh', ['-NoProfile', '-Command', '$PSVersionTable.PSVersion.Major'], { encoding: 'utf8' });
    if (pwsh.error || pwsh.status !== 0) return;
    const pkg = unpack();
    const run = (url: string) => spawnSync('pwsh', ['-NoProfile', '-File', path.join(pkg, 'set-url.ps1'), url], { encoding: 'utf8' });
    const before = snapshot(pkg);
    expect(run('http://tthc.tinh-x.gov.vn/addin/').status).toBe(2);
    expect(snapshot(pkg)).toEqual(before);
    expect(run(NEW_BASE).status).toBe(0);
    const bash = unpack();
    expect(setUrl(bash, NEW_BASE).status).toBe(0);
    expect(snapshot(pkg)).toEqual(snapshot(bash));
  });

  test("the server samples send the page's own Content-Security-Policy, no X-Frame-Options or frame-ancestors, and the MIME types", () => {
    const csp = pageCsp(path.join(pristine, 'web', 'taskpane.html'));
    expect(csp).toContain("script-src 'self' https://appsforoffice.microsoft.com");
    const webConfig = path.join(pristine, 'server', 'iis', 'web.config');
    execFileSync('xmllint', ['--noout', '--nonet', webConfig]);
    const iis = readFileSync(webConfig, 'utf8');
    expect(iis).toContain(`<add name="Content-Security-Policy" value="${csp}" />`);
    const nginx = readFileSync(path.join(pristine, 'server', 'nginx', 'tthc-report.conf'), 'utf8');
    expect(nginx).toContain(`add_header Content-Security-Policy "${csp}" always;`);
    for (const conf of [iis, nginx]) {
      expect(conf).not.toMatch(/<add name="X-Frame-Options"|add_header X-Frame-Options/i);
      expect(conf.replace(/<!--[\s\S]*?-->|#.*$/gm, '')).not.toMatch(/frame-ancestors/);
    }
    // Every kind of file the build ships has its MIME type in both samples.
    const extensions = new Set(listFiles(path.join(pristine, 'web')).map((rel) => path.extname(rel).slice(1)));
    for (const ext of extensions) {
      expect({ ext, iis: iis.includes(`<mimeMap fileExtension=".${ext}"`) }).toEqual({ ext, iis: true });
      expect({ ext, nginx: new RegExp(`^\\s+\\S+\\s+(\\S+ )*${ext}( \\S+)*;`, 'm').test(nginx) }).toEqual({ ext, nginx: true });
    }
    // The guide gives both policies: the default build's and the bundled build's.
    const guide = readFileSync(path.join(pristine, 'HUONG-DAN-TRIEN-KHAI.md'), 'utf8');
    expect(guide).toContain(csp);
    expect(guide).toContain(csp.replace(' https://appsforoffice.microsoft.com', ''));

    // `nginx -t` on the sample: bash .ci/run installs nginx-light and openssl for it.
    expect([spawnSync('nginx', ['-v']).error?.message, spawnSync('openssl', ['version']).error?.message]).toEqual([undefined, undefined]);
    const dir = tmp.file('nginx');
    execFileSync('mkdir', ['-p', dir]);
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=tthc.tinh-x.gov.vn',
      '-keyout', path.join(dir, 'key.pem'), '-out', path.join(dir, 'cert.pem')], { stdio: 'ignore' });
    writeFileSync(
      path.join(dir, 'site.conf'),
      nginx
        .replace('/etc/ssl/tthc/fullchain.pem', path.join(dir, 'cert.pem'))
        .replace('/etc/ssl/tthc/privkey.pem', path.join(dir, 'key.pem'))
        .replace('/var/www/tthc-report/web/', `${path.join(pristine, 'web')}/`),
    );
    writeFileSync(
      path.join(dir, 'nginx.conf'),
      `pid ${dir}/nginx.pid;\nerror_log ${dir}/error.log;\nevents {}\nhttp {\n  access_log off;\n  client_body_temp_path ${dir}; proxy_temp_path ${dir}; fastcgi_temp_path ${dir}; uwsgi_temp_path ${dir}; scgi_temp_path ${dir};\n  include ${dir}/site.conf;\n}\n`,
    );
    const t = spawnSync('nginx', ['-t', '-q', '-c', path.join(dir, 'nginx.conf'), '-p', dir], { encoding: 'utf8' });
    expect(t.stderr).toBe('');
    expect(t.status).toBe(0);
  });

  test('the guide covers IIS, nginx, both ways to distribute the manifest, office.js, the Excel versions and the compatibility check', () => {
    const guide = readFileSync(path.join(pristine, 'HUONG-DAN-TRIEN-KHAI.md'), 'utf8');
    const english = guide.slice(guide.indexOf('## Deployment guide (English)'));
    expect(english.length).toBeGreaterThan(5000);
    for (const text of [
      'set-url.sh',
      'set-url.ps1',
      'web.config',
      'nginx -t',
      'Bindings',
      'Integrated apps',
      'Trusted Add-in Catalogs',
      'WEF\\TrustedCatalogs',
      'https://appsforoffice.microsoft.com/lib/1/hosted/office.js',
      'npm run fetch-office-js',
      'npm run package -- --bundled',
      'npm run build:bundled',
      'SharedRuntime 1.1',
      'ExcelApi 1.9',
      'Excel 2016',
      'taskpane.html',
      'tthc-report',
      'X-Frame-Options',
    ]) {
      expect({ text, vi: guide.slice(0, guide.length - english.length).includes(text) }).toEqual({ text, vi: true });
      expect({ text, en: english.includes(text) }).toEqual({ text, en: true });
    }
    // The shared folder as a UNC path.
    expect(guide.slice(0, guide.length - english.length)).toContain('`\\\\MAYCHU\\addins`');
    expect(english).toContain('`\\\\SERVER\\addins`');
    expect(guide).toContain('Kiểm tra tương thích');
    expect(guide).toContain('Chạy kiểm tra tương thích');
    expect(english).toContain('Run the compatibility check');
    expect(english).toContain('Copy results');
  });

  test('--bundled refuses the 2022 npm copy of office.js when vendor/office-js/ is missing, before building anything', () => {
    if (existsSync(path.join(ROOT, 'vendor', 'office-js', 'office.js')) || process.env.OFFICE_JS_DIR) return;
    expect(() => makePackage({ outDir: tmp.file('bundled'), bundled: true, log: () => undefined })).toThrow(/npm run fetch-office-js/);
    expect(existsSync(tmp.file('bundled'))).toBe(false);
  });
});
