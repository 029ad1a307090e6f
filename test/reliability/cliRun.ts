/**
 * Runs the command line in this process, as `tthc-report …` would, and hands
 * back its exit code, stdout and stderr. Fixtures are copied into a fresh
 * folder first, so a test can check that nothing else was written there.
 */
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import { main } from '../../src/cli/main';

export const BAD = path.join(__dirname, '..', 'fixtures', 'bad');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(args: string[]): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const out = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += chunk.toString();
    return true;
  });
  const err = jest.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += chunk.toString();
    return true;
  });
  try {
    const code = await main(args);
    return { code, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

export interface IssueJson {
  severity: 'error' | 'warning';
  sheet: string;
  row: number | null;
  column: string | null;
  message: string;
  code?: string;
}

export interface IndicatorsJson {
  period: { from: string; to: string };
  indicators: Record<string, number | null>;
  byField: Record<string, Record<string, number>>;
  byProcedure: Record<string, Record<string, number | string>>;
  issues: IssueJson[];
}

/** A fresh temporary folder, removed by `cleanup`. */
export async function tempDir(prefix = 'tthc-'): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), prefix));
}

/** Copies a fixture of test/fixtures/bad into `dir`; returns its new path. */
export async function copyFixture(name: string, dir: string): Promise<string> {
  const target = path.join(dir, name);
  await fs.copyFile(path.join(BAD, name), target);
  return target;
}

/** The names in a folder, sorted, hidden files included (a leftover `.x.tmp` shows). */
export async function listing(dir: string): Promise<string[]> {
  return (await fs.readdir(dir)).sort();
}

/** `indicators <fixture> --period 2024-Q2`, run on a copy in a fresh folder; checks it wrote nothing. */
export async function indicatorsOf(fixture: string, ...extra: string[]): Promise<CliResult & { json: IndicatorsJson | null }> {
  const dir = await tempDir();
  try {
    const file = await copyFixture(fixture, dir);
    const result = await runCli(['indicators', file, '--period', '2024-Q2', ...extra]);
    expect(await listing(dir)).toEqual([fixture]);
    const json = result.stdout.trim() ? (JSON.parse(result.stdout) as IndicatorsJson) : null;
    return { ...result, json };
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
