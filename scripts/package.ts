/**
 * npm run package: the deployment package for the provincial IT centre,
 * release/tthc-report-<version>.zip (<version> from package.json), holding one folder
 * tthc-report-<version>/ with:
 *
 *   web/                 a production build (webpack --mode production, office.js from Microsoft's
 *                        CDN), for the placeholder base address PLACEHOLDER_BASE_URL; manifest.xml
 *                        is moved out of it (it is distributed to users, not served)
 *   web-bundled/         only with --bundled: the same with office.js bundled (OFFICE_JS=bundled),
 *                        from vendor/office-js/ (npm run fetch-office-js) or OFFICE_JS_DIR; the
 *                        2022 npm copy is refused
 *   manifest.xml         every URL on PLACEHOLDER_BASE_URL
 *   set-url.sh, set-url.ps1   rewrite that base address for the centre's server (deploy/)
 *   HUONG-DAN-TRIEN-KHAI.md   the deployment guide (deploy/), README.txt (deploy/)
 *   server/iis/web.config, server/nginx/tthc-report.conf   (deploy/iis, deploy/nginx)
 *   BUILD-INFO.txt       version, commit, where office.js comes from
 *
 * The builds go to a temporary folder (dist/ is left alone). The zip is deterministic: entries in
 * name order, one fixed time stamp (SOURCE_DATE_EPOCH, else the time of the HEAD commit), fixed
 * permissions (0755 for set-url.sh, 0644 otherwise), deflate level 9. It is written to a temporary
 * name and renamed. Before zipping, the package is checked: no https://localhost:3000 left, every
 * manifest URL on the placeholder, the server samples' Content-Security-Policy equal to the one the
 * built taskpane.html declares.
 *
 *   npm run package                      release/tthc-report-<version>.zip
 *   npm run package -- --bundled         also web-bundled/ (after npm run fetch-office-js)
 *   npm run package -- --out DIR         somewhere else than release/
 */
import { execFileSync } from 'child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'fs';
import os from 'os';
import path from 'path';
import zlib from 'zlib';

// CommonJS build scripts, shared with webpack.config.js.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { DEV_BASE_URL } = require('./manifest-url') as { DEV_BASE_URL: string };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { resolveOfficeJs } = require('./office-js-source') as {
  resolveOfficeJs: (env: Record<string, string | undefined>) => { mode: string; from: string; summary: string };
};

export const ROOT = path.resolve(__dirname, '..');
const DEPLOY = path.join(ROOT, 'deploy');
/** The base address of the packaged manifest: a reserved domain that never resolves (RFC 2606). */
export const PLACEHOLDER_BASE_URL = 'https://tthc.example.invalid/';

export type OfficeJsMode = 'cdn' | 'bundled';

export interface PackageOptions {
  /** Where the zip goes (default release/ in the repository). */
  outDir?: string;
  /** Also web-bundled/, a build with office.js bundled. */
  bundled?: boolean;
  /** Progress lines (default: console.log). */
  log?: (line: string) => void;
}

export interface PackageResult {
  zipPath: string;
  /** The one top-level folder of the zip, "tthc-report-<version>". */
  folder: string;
  /** Every file entry of the zip, "tthc-report-<version>/…", in order. */
  entries: string[];
}

/** Files copied from deploy/ into the package: [source under deploy/, path in the package]. */
const DEPLOY_FILES: ReadonlyArray<[string, string]> = [
  ['README.txt', 'README.txt'],
  ['HUONG-DAN-TRIEN-KHAI.md', 'HUONG-DAN-TRIEN-KHAI.md'],
  ['set-url.sh', 'set-url.sh'],
  ['set-url.ps1', 'set-url.ps1'],
  ['iis/web.config', 'server/iis/web.config'],
  ['nginx/tthc-report.conf', 'server/nginx/tthc-report.conf'],
];
/** Written with CR LF line ends (read in Notepad and by Windows PowerShell on the server). */
const CRLF = /\.(txt|ps1|config)$/;
const EXECUTABLE = /\.sh$/;

export function packageVersion(): string {
  return (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
}

/** Builds the package and writes the zip; returns where and what. */
export function makePackage(options: PackageOptions = {}): PackageResult {
  const log = options.log ?? ((line: string) => console.log(line));
  const version = packageVersion();
  const folder = `tthc-report-${version}`;
  const outDir = path.resolve(ROOT, options.outDir ?? 'release');
  const modes: OfficeJsMode[] = options.bundled ? ['cdn', 'bundled'] : ['cdn'];
  if (options.bundled) checkBundledSource();

  const staging = mkdtempSync(path.join(os.tmpdir(), 'tthc-package-'));
  try {
    const pkg = path.join(staging, folder);
    mkdirSync(pkg);
    const summaries: string[] = [];
    for (const mode of modes) {
      const web = path.join(pkg, webFolder(mode));
      log(`package: building ${webFolder(mode)}/ (webpack --mode production, OFFICE_JS=${mode}, ADDIN_BASE_URL=${PLACEHOLDER_BASE_URL})…`);
      summaries.push(`${webFolder(mode)}/: office.js ${build(mode, web)}`);
      const manifest = readFileSync(path.join(web, 'manifest.xml'), 'utf8');
      rmSync(path.join(web, 'manifest.xml'));
      const packaged = path.join(pkg, 'manifest.xml');
      if (!existsSync(packaged)) writeFileSync(packaged, manifest);
      else if (readFileSync(packaged, 'utf8') !== manifest) throw new Error(`the ${mode} build wrote a different manifest.xml`);
    }
    for (const [from, to] of DEPLOY_FILES) {
      const target = path.join(pkg, to);
      mkdirSync(path.dirname(target), { recursive: true });
      if (CRLF.test(to)) writeFileSync(target, readFileSync(path.join(DEPLOY, from), 'utf8').replace(/\r?\n/g, '\r\n'));
      else copyFileSync(path.join(DEPLOY, from), target);
    }
    writeFileSync(path.join(pkg, 'BUILD-INFO.txt'), buildInfo(version, summaries).replace(/\n/g, '\r\n'));
    checkPackage(pkg, modes);

    const files = listFiles(pkg);
    const zip = zipFiles(
      files.map((rel) => ({
        name: `${folder}/${rel}`,
        data: readFileSync(path.join(pkg, rel)),
        executable: EXECUTABLE.test(rel),
      })),
      zipTime(),
    );
    mkdirSync(outDir, { recursive: true });
    const zipPath = path.join(outDir, `${folder}.zip`);
    const tmp = `${zipPath}.${process.pid}.tmp`;
    writeFileSync(tmp, zip);
    renameSync(tmp, zipPath);
    log(`package: ${path.relative(process.cwd(), zipPath) || zipPath} (${files.length} files, ${(zip.length / 1024).toFixed(0)} KiB)`);
    return { zipPath, folder, entries: files.map((rel) => `${folder}/${rel}`) };
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

const webFolder = (mode: OfficeJsMode): string => (mode === 'cdn' ? 'web' : 'web-bundled');

/** --bundled needs the current office.js: vendor/office-js/ or OFFICE_JS_DIR, not the 2022 npm copy. */
function checkBundledSource(): void {
  const source = resolveOfficeJs({ OFFICE_JS: 'bundled', OFFICE_JS_DIR: process.env.OFFICE_JS_DIR });
  if (source.from === 'npm') {
    throw new Error(
      '--bundled: no vendor/office-js/ (and no OFFICE_JS_DIR). Run `npm run fetch-office-js` on a machine that reaches ' +
        "Microsoft's CDN first; the @microsoft/office-js npm copy (2022, unmaintained) is not packaged for users.",
    );
  }
}

/** One production build of `mode` into `outDir` for the placeholder address; returns office.js's summary line. */
function build(mode: OfficeJsMode, outDir: string): string {
  const env: NodeJS.ProcessEnv = { ...process.env, OFFICE_JS: mode, ADDIN_BASE_URL: PLACEHOLDER_BASE_URL };
  if (mode === 'cdn') delete env.OFFICE_JS_DIR;
  const webpack = require.resolve('webpack-cli/bin/cli.js', { paths: [ROOT] });
  const out = execFileSync(process.execPath, [webpack, '--mode', 'production', '--output-path', outDir], {
    cwd: ROOT,
    env,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    timeout: 15 * 60 * 1000,
    maxBuffer: 64 * 1024 * 1024,
  });
  process.stdout.write(out);
  const html = readFileSync(path.join(outDir, 'taskpane.html'), 'utf8');
  const built = /<script\b[^>]*\bdata-office-js="([a-z]+)"/.exec(html)?.[1];
  if (built !== mode) throw new Error(`webpack made a "${built}" build in ${outDir}, not "${mode}"`);
  return /^office\.js: (.*)$/m.exec(out)?.[1] ?? mode;
}

function buildInfo(version: string, summaries: string[]): string {
  const git = (...args: string[]): string => {
    try {
      return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      return '';
    }
  };
  const commit = git('rev-parse', 'HEAD');
  const dirty = commit && git('status', '--porcelain', '--untracked-files=no') ? ' (with uncommitted changes)' : '';
  return [
    `tthc-report ${version}`,
    `commit: ${commit ? commit + dirty : 'unknown (not a git checkout)'}`,
    ...summaries,
    `Add-in address (a .invalid placeholder until set-url is run): ${PLACEHOLDER_BASE_URL}`,
    'Requirement sets: SharedRuntime 1.1, ExcelApi 1.9 (see HUONG-DAN-TRIEN-KHAI.md).',
    '',
  ].join('\n');
}

/** The package as it will be zipped: refuses anything the IT centre would trip over. */
function checkPackage(pkg: string, modes: OfficeJsMode[]): void {
  const problems: string[] = [];
  const DEV_HOST = new URL(DEV_BASE_URL).host; // localhost:3000
  for (const rel of listFiles(pkg)) {
    const data = readFileSync(path.join(pkg, rel));
    if (data.includes(DEV_HOST)) problems.push(`${rel} still names ${DEV_HOST} (the dev server)`);
  }
  const manifest = readFileSync(path.join(pkg, 'manifest.xml'), 'utf8');
  const urls = manifestUrls(manifest);
  if (urls.length < 8) problems.push(`manifest.xml has only ${urls.length} URLs`);
  for (const url of urls.filter((u) => !u.startsWith(PLACEHOLDER_BASE_URL))) problems.push(`manifest.xml: ${url} is not on ${PLACEHOLDER_BASE_URL}`);
  if (!manifest.includes(`<SourceLocation DefaultValue="${PLACEHOLDER_BASE_URL}taskpane.html"/>`)) {
    problems.push('manifest.xml: no <SourceLocation DefaultValue="…taskpane.html"/> (set-url reads the current address there)');
  }
  // The Content-Security-Policy header of the server samples is the one the CDN build's page declares;
  // the guide also gives the bundled build's.
  const csp = (dir: string): string => {
    const m = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(readFileSync(path.join(pkg, dir, 'taskpane.html'), 'utf8'));
    if (!m) throw new Error(`${dir}/taskpane.html has no Content-Security-Policy <meta>`);
    return m[1].replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
  };
  const cdnPolicy = csp('web');
  for (const sample of ['server/iis/web.config', 'server/nginx/tthc-report.conf', 'HUONG-DAN-TRIEN-KHAI.md']) {
    if (!readFileSync(path.join(pkg, sample), 'utf8').includes(cdnPolicy)) {
      problems.push(`${sample} does not give the build's Content-Security-Policy: ${cdnPolicy} (update deploy/)`);
    }
  }
  const bundledPolicy = cdnPolicy.replace(/ https:\/\/appsforoffice\.microsoft\.com/, '');
  if (modes.includes('bundled') && csp('web-bundled') !== bundledPolicy) {
    problems.push(`web-bundled/taskpane.html's Content-Security-Policy is not the guide's: ${csp('web-bundled')}`);
  }
  if (!readFileSync(path.join(pkg, 'HUONG-DAN-TRIEN-KHAI.md'), 'utf8').includes(bundledPolicy)) {
    problems.push(`HUONG-DAN-TRIEN-KHAI.md does not give the bundled build's Content-Security-Policy: ${bundledPolicy}`);
  }
  if (problems.length) throw new Error(`package: the package is not fit to ship:\n  ${problems.join('\n  ')}`);
}

/** Every http(s) URL in manifest text, comments and namespace declarations left out. */
export function manifestUrls(text: string): string[] {
  const bare = text.replace(/<!--[\s\S]*?-->/g, '').replace(/\sxmlns(:\w+)?="[^"]*"/g, '');
  return [...bare.matchAll(/https?:\/\/[^\s"'<>]+/g)].map((m) => m[0]);
}

/** Files under `dir`, relative with "/" separators, in code-point order. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const visit = (rel: string): void => {
    for (const name of readdirSync(path.join(dir, rel))) {
      const child = rel ? `${rel}/${name}` : name;
      if (statSync(path.join(dir, child)).isDirectory()) visit(child);
      else out.push(child);
    }
  };
  visit('');
  return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The zip's one time stamp: SOURCE_DATE_EPOCH, else the HEAD commit's time, else 1980-01-01. */
export function zipTime(): Date {
  const fromEnv = Number(process.env.SOURCE_DATE_EPOCH);
  if (process.env.SOURCE_DATE_EPOCH && Number.isFinite(fromEnv)) return new Date(fromEnv * 1000);
  try {
    const seconds = Number(execFileSync('git', ['log', '-1', '--format=%ct'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
    if (Number.isFinite(seconds) && seconds > 0) return new Date(seconds * 1000);
  } catch {
    // not a git checkout
  }
  return new Date(Date.UTC(1980, 0, 1));
}

export interface ZipEntry {
  name: string;
  data: Uint8Array;
  executable?: boolean;
}

/**
 * A zip of regular files: deflated (level 9) unless that is no smaller, UTF-8 names, every entry
 * with the same DOS time stamp (UTC fields of `time`) and Unix permissions 0644 or 0755, so that
 * unzip restores set-url.sh as executable. The same entries and time give the same bytes.
 * (scripts/zip.ts is the tests' byte-level writer, without dates or permissions.)
 */
export function zipFiles(entries: ZipEntry[], time: Date): Buffer {
  const year = Math.min(Math.max(time.getUTCFullYear(), 1980), 2107);
  const dosDate = ((year - 1980) << 9) | ((time.getUTCMonth() + 1) << 5) | time.getUTCDate();
  const dosTime = (time.getUTCHours() << 11) | (time.getUTCMinutes() << 5) | Math.floor(time.getUTCSeconds() / 2);
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const data = Buffer.from(entry.data);
    const deflated = zlib.deflateRawSync(data, { level: 9 });
    const deflate = deflated.length < data.length;
    const stored = deflate ? deflated : data;
    const name = Buffer.from(entry.name, 'utf8');
    const crc = zlib.crc32(data);
    const flags = 0x0800; // UTF-8 names
    const method = deflate ? 8 : 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(dosTime, 10);
    local.writeUInt16LE(dosDate, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(stored.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const mode = entry.executable ? 0o100755 : 0o100644;
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE((3 << 8) | 20, 4); // made by: Unix, 2.0 (the external attributes hold a Unix mode)
    header.writeUInt16LE(20, 6);
    header.writeUInt16LE(flags, 8);
    header.writeUInt16LE(method, 10);
    header.writeUInt16LE(dosTime, 12);
    header.writeUInt16LE(dosDate, 14);
    header.writeUInt32LE(crc, 16);
    header.writeUInt32LE(stored.length, 20);
    header.writeUInt32LE(data.length, 24);
    header.writeUInt16LE(name.length, 28);
    header.writeUInt32LE((mode << 16) >>> 0, 38);
    header.writeUInt32LE(offset, 42);
    parts.push(local, name, stored);
    central.push(header, name);
    offset += local.length + name.length + stored.length;
    if (offset > 0xffffffff) throw new Error('zip: over 4 GiB (no Zip64 here)');
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, directory, end]);
}

function main(argv: string[]): number {
  const options: PackageOptions = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--bundled') options.bundled = true;
    else if (arg === '--out' && argv[i + 1]) options.outDir = path.resolve(process.cwd(), argv[++i]);
    else if (arg === '--help' || arg === '-h') {
      console.log('npm run package [-- --bundled] [-- --out DIR]   writes release/tthc-report-<version>.zip (see scripts/package.ts)');
      return 0;
    } else {
      console.error(`package: unknown argument ${arg} (--bundled, --out DIR, --help)`);
      return 2;
    }
  }
  try {
    makePackage(options);
    return 0;
  } catch (err) {
    console.error(err instanceof Error ? err.message : String(err));
    return 1;
  }
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
