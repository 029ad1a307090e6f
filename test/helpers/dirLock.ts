/**
 * A lock between Jest workers (and runs) on one machine: a directory, since mkdir is atomic,
 * holding the owner's pid; a dead owner's lock is taken over. Used around builds that several
 * test files may start at once (lib/ for the bin tests, the add-in for the browser tests).
 */
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'fs';
import * as path from 'path';

const sleep = (ms: number): void => {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
};

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Runs `fn` holding the lock directory `lock`; waits at most `waitMs`, polling every `pollMs`. */
export function withDirLock<T>(lock: string, waitMs: number, pollMs: number, fn: () => T): T {
  const owner = path.join(lock, 'pid');
  mkdirSync(path.dirname(lock), { recursive: true });
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(owner, String(process.pid));
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const held = statSync(lock, { throwIfNoEntry: false });
      if (!held) continue; // released meanwhile
      const pid = Number(existsSync(owner) ? readFileSync(owner, 'utf8') : NaN);
      if ((Number.isInteger(pid) && !isAlive(pid)) || (!Number.isInteger(pid) && Date.now() - held.mtimeMs > 60_000)) {
        rmSync(lock, { recursive: true, force: true });
        continue;
      }
      if (Date.now() > deadline) throw new Error(`waited ${Math.round(waitMs / 60_000)} minutes for ${lock} (held by pid ${pid})`);
      sleep(pollMs);
    }
  }
  try {
    return fn();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}
