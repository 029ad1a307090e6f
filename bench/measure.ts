/** Timing and process helpers shared by the benchmark steps. */
import { spawn } from 'child_process';

export interface ProcessRun {
  /** Wall-clock seconds, measured by this process around the child. */
  seconds: number;
  userSeconds: number;
  systemSeconds: number;
  /** Peak resident set size of the child, MB (GNU time's "Maximum resident set size"). */
  maxRssMB: number;
  exitCode: number;
  stdout: string;
  stderr: string;
}

/** Runs a command under `/usr/bin/time -v` and reads its CPU times and peak memory. */
export function timedRun(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<ProcessRun> {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const child = spawn('/usr/bin/time', ['-v', command, ...args], { cwd: options.cwd, env: options.env ?? process.env });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
      const stderrAll = Buffer.concat(err).toString('utf8');
      const field = (label: string) => {
        const m = new RegExp(`^\\s*${label.replace(/[()]/g, '\\$&')}: (.*)$`, 'm').exec(stderrAll);
        return m ? m[1].trim() : '';
      };
      const timeAt = stderrAll.lastIndexOf('\tCommand being timed:');
      resolve({
        seconds,
        userSeconds: Number(field('User time (seconds)')),
        systemSeconds: Number(field('System time (seconds)')),
        maxRssMB: Number(field('Maximum resident set size (kbytes)')) / 1024,
        exitCode: Number(field('Exit status') || code),
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: timeAt >= 0 ? stderrAll.slice(0, timeAt) : stderrAll,
      });
    });
  });
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export function min(xs: number[]): number {
  return Math.min(...xs);
}

export function now(): bigint {
  return process.hrtime.bigint();
}

export function secondsSince(t0: bigint): number {
  return Number(process.hrtime.bigint() - t0) / 1e9;
}

export function gc(): void {
  (global as { gc?: () => void }).gc?.();
}

/** `1.23 s`, `45.6 ms`, `789 µs`. */
export function formatSeconds(s: number): string {
  if (!Number.isFinite(s)) return '—';
  if (s >= 100) return `${s.toFixed(0)} s`;
  if (s >= 1) return `${s.toFixed(2)} s`;
  if (s >= 0.001) return `${(s * 1000).toFixed(s >= 0.1 ? 0 : 1)} ms`;
  return `${(s * 1e6).toFixed(0)} µs`;
}

export function formatRatio(x: number): string {
  if (!Number.isFinite(x)) return '—';
  return x >= 100 ? `${x.toFixed(0)}×` : x >= 10 ? `${x.toFixed(1)}×` : `${x.toFixed(2)}×`;
}

export function formatRows(n: number): string {
  // A round count as 10k or 1M; any other (the 1,048,575 rows of a full sheet) written out.
  if (n % 1000 !== 0) return n.toLocaleString('en');
  return n >= 1_000_000 && n % 1_000_000 === 0 ? `${n / 1_000_000}M` : n >= 1000 ? `${n / 1000}k` : String(n);
}
