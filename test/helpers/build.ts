/**
 * The built add-in for e2e tests, in one of the two office.js modes (webpack.config.js, OFFICE_JS):
 *
 *   ensureBuild()          'bundled': the page loads ./office.js from the test server. This is what
 *                          the e2e tests run on: the real office.js registers the custom functions
 *                          (taskpane.test.ts) and the fake Office host replaces /office.js
 *                          (office.test.ts). The tests' own build bundles office.js from the
 *                          @microsoft/office-js npm package (OFFICE_JS=bundled
 *                          OFFICE_JS_DIR=node_modules/@microsoft/office-js/dist), so it needs no
 *                          network and no vendor/office-js/.
 *   ensureBuild('cdn')     'cdn', the default of `npm run build`: the page loads office.js from
 *                          Microsoft's CDN, which the test browser blocks like every non-local
 *                          request (the pane must still open, in preview mode).
 *
 * dist/ is used as it is when it already holds a build of that mode (`npm run build` makes a CDN
 * build; `OFFICE_JS=bundled npm run build` a bundled one) that is not older than any source file
 * (the newest file in dist/ against the newest under SOURCES). Otherwise a development build of the
 * mode is made under .tmp/builds/ (dist/ is left alone) and reused while it is newer than every
 * source file, or was made during this test run. E2E_REBUILD=1 rebuilds it once per test run.
 * Each build goes to a new folder (.tmp/builds/<mode>-<time>/, named by .tmp/builds/<mode>.current),
 * so a rebuild never pulls files from under a test run that is still serving the previous one;
 * folders superseded over an hour ago are removed. Builds are serialised with a lock
 * (.tmp/builds/.lock), since Jest runs test files in parallel.
 */
import { execFileSync } from 'child_process';
import { existsSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'fs';
import * as path from 'path';
import { withDirLock } from './dirLock';

export const ROOT = path.resolve(__dirname, '..', '..');
export const DIST = path.join(ROOT, 'dist');
/** Where the tests' own builds go (git-ignored .tmp/). */
export const TEST_BUILDS = path.join(ROOT, '.tmp', 'builds');

export type OfficeJsMode = 'bundled' | 'cdn';

const REQUIRED = ['taskpane.html', 'taskpane.js', 'functions.js', 'functions.json', 'manifest.xml'];
/** Sources a build is made from: a test build older than any of them is rebuilt. */
const SOURCES = ['src', 'assets', 'scripts', 'manifest.xml', 'webpack.config.js', 'package.json', 'tsconfig.json'];

/** The office.js mode a build was made in: the data-office-js attribute of taskpane.html's office.js tag. */
export function buildMode(dir: string): OfficeJsMode | null {
  const file = path.join(dir, 'taskpane.html');
  if (!existsSync(file)) return null;
  const mode = /<script\b[^>]*\bdata-office-js="([a-z]+)"/.exec(readFileSync(file, 'utf8'))?.[1];
  return mode === 'bundled' || mode === 'cdn' ? mode : null;
}

/** A complete build of `mode` in `dir` (a bundled build also has office.js). */
export function hasBuild(dir = DIST, mode: OfficeJsMode = 'bundled'): boolean {
  const files = mode === 'bundled' ? [...REQUIRED, 'office.js'] : REQUIRED;
  return files.every((file) => existsSync(path.join(dir, file))) && buildMode(dir) === mode;
}

/** Newest modification time of the files under `paths` (ms; 0 when there are none). */
function newestMtime(paths: readonly string[]): number {
  let newest = 0;
  const visit = (p: string): void => {
    if (!existsSync(p)) return;
    const stat = statSync(p);
    if (stat.isDirectory()) {
      for (const name of readdirSync(p)) visit(path.join(p, name));
    } else {
      newest = Math.max(newest, stat.mtimeMs);
    }
  };
  for (const p of paths) visit(p);
  return newest;
}

/** Newest modification time under the sources (ms). */
const newestSource = (): number => newestMtime(SOURCES.map((rel) => path.join(ROOT, rel)));

/**
 * dist/ holds a build of `mode` written after the last source change. The newest file counts, not
 * taskpane.html: webpack leaves an output whose content did not change as it was.
 */
function freshDist(mode: OfficeJsMode): boolean {
  return hasBuild(DIST, mode) && newestMtime([DIST]) >= newestSource();
}

/** One development build of `mode` into `outDir`; a bundled build takes office.js from the npm package. */
function build(mode: OfficeJsMode, outDir: string): void {
  const env: NodeJS.ProcessEnv = { ...process.env, OFFICE_JS: mode };
  delete env.OFFICE_JS_DIR;
  if (mode === 'bundled') {
    env.OFFICE_JS_DIR = path.dirname(require.resolve('@microsoft/office-js/dist/office.js', { paths: [ROOT] }));
  }
  execFileSync('npx', ['webpack', '--mode', 'development', '--output-path', outDir], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
    timeout: 10 * 60 * 1000,
  });
}

/** The current test build of `mode` (named by .tmp/builds/<mode>.current), or null. */
function currentBuild(mode: OfficeJsMode): string | null {
  const pointer = path.join(TEST_BUILDS, `${mode}.current`);
  if (!existsSync(pointer)) return null;
  const dir = path.join(TEST_BUILDS, readFileSync(pointer, 'utf8').trim());
  return hasBuild(dir, mode) ? dir : null;
}

/** Names `dir` as the current build of `mode` (atomic rename), and removes builds superseded long ago. */
function makeCurrent(mode: OfficeJsMode, dir: string): void {
  const pointer = path.join(TEST_BUILDS, `${mode}.current`);
  const previous = existsSync(pointer) ? readFileSync(pointer, 'utf8').trim() : '';
  writeFileSync(`${pointer}.${process.pid}`, path.basename(dir));
  renameSync(`${pointer}.${process.pid}`, pointer);
  if (previous) writeFileSync(path.join(TEST_BUILDS, previous, '.superseded'), new Date().toISOString());
  // Superseded (or left by a failed build) more than an hour ago: no test run still serves it.
  for (const name of readdirSync(TEST_BUILDS)) {
    if (!name.startsWith(`${mode}-`) || name === path.basename(dir)) continue;
    const old = path.join(TEST_BUILDS, name);
    const marker = path.join(old, '.superseded');
    const since = statSync(existsSync(marker) ? marker : old).mtimeMs;
    if (Date.now() - since > 60 * 60 * 1000) rmSync(old, { recursive: true, force: true });
  }
}

/** Returns a folder holding a build of `mode` (dist/ when it is one), building it first if needed. */
export function ensureBuild(mode: OfficeJsMode = 'bundled'): string {
  const rebuild = process.env.E2E_REBUILD === '1';
  if (!rebuild && freshDist(mode)) return DIST;
  return withDirLock(path.join(TEST_BUILDS, '.lock'), 20 * 60 * 1000, 500, () => {
    // Made during this run (after this process started, by this or another test file): use it.
    // Otherwise, unless E2E_REBUILD=1, use it while no source file is newer.
    const started = Date.now() - process.uptime() * 1000;
    const current = currentBuild(mode);
    const builtAt = current ? statSync(path.join(current, 'taskpane.html')).mtimeMs : 0;
    if (current && (builtAt > started || (!rebuild && builtAt >= newestSource()))) return current;
    const dir = path.join(TEST_BUILDS, `${mode}-${Date.now()}`);
    try {
      build(mode, dir);
    } catch (err) {
      rmSync(dir, { recursive: true, force: true });
      throw err;
    }
    if (!hasBuild(dir, mode)) throw new Error(`webpack did not produce a ${mode} build (${REQUIRED.join(', ')}) in ${dir}`);
    makeCurrent(mode, dir);
    return dir;
  });
}
