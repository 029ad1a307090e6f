/**
 * The command line as users run it: `node bin/tthc-report.js …` in a child process, on the
 * compiled lib/ (`npm run prepare`). `ensureLib()` builds lib/ with `tsc -p tsconfig.cli.json`
 * when it is missing or older than a source file; builds are serialised with a lock
 * (.tmp/lib-build.lock), since Jest runs test files in parallel.
 */
import { spawnSync } from 'child_process';
import { existsSync, readdirSync, statSync } from 'fs';
import path from 'path';
import { withDirLock } from '../helpers/dirLock';

export const ROOT = path.resolve(__dirname, '..', '..');
export const BIN = path.join(ROOT, 'bin', 'tthc-report.js');
const LIB_MAIN = path.join(ROOT, 'lib', 'cli', 'main.js');
const SOURCES = ['src', 'tsconfig.json', 'tsconfig.cli.json', 'package.json'];

export interface BinResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Newest modification time under the sources (ms). */
function newestSource(): number {
  let newest = 0;
  const visit = (p: string): void => {
    const stat = statSync(p, { throwIfNoEntry: false });
    if (!stat) return;
    if (stat.isDirectory()) for (const name of readdirSync(p)) visit(path.join(p, name));
    else newest = Math.max(newest, stat.mtimeMs);
  };
  for (const rel of SOURCES) visit(path.join(ROOT, rel));
  return newest;
}

const builtAt = (): number => statSync(LIB_MAIN, { throwIfNoEntry: false })?.mtimeMs ?? 0;

/** Builds lib/ (`tsc -p tsconfig.cli.json`, as `npm run prepare`) unless it is newer than every source file. */
export function ensureLib(): void {
  if (builtAt() >= newestSource()) return;
  withDirLock(path.join(ROOT, '.tmp', 'lib-build.lock'), 5 * 60 * 1000, 250, () => {
    if (builtAt() >= newestSource()) return;
    const r = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc', { paths: [ROOT] }), '-p', 'tsconfig.cli.json'], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 5 * 60 * 1000,
    });
    // tsc emits even with type errors elsewhere; only a missing build stops the tests here.
    if (!existsSync(LIB_MAIN)) throw new Error(`tsc -p tsconfig.cli.json built no ${LIB_MAIN}:\n${r.stdout}${r.stderr}`);
  });
}

/** `node bin/tthc-report.js …args` in `cwd`; TTHC_DEBUG is unset unless `env` sets it. */
export function runBin(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): BinResult {
  const env = { ...process.env, ...options.env };
  if (!options.env?.TTHC_DEBUG) delete env.TTHC_DEBUG;
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: options.cwd ?? ROOT, env, encoding: 'utf8', timeout: 120_000 });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The lines of a text, without the last empty one. */
export function linesOf(text: string): string[] {
  return text.split('\n').filter((line, i, all) => !(i === all.length - 1 && line === ''));
}

/** A stack trace's frame, `    at f (file.js:1:2)`. */
export const STACK_FRAME = /^\s+at\s.+\(?.+:\d+:\d+\)?$/m;
