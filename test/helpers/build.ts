/**
 * The built add-in for e2e tests: reuses dist/ when it already holds a build, else runs one
 * development build (`npx webpack --mode development`). Set E2E_REBUILD=1 to force a build.
 */
import { execFileSync } from 'child_process';
import { existsSync } from 'fs';
import * as path from 'path';

export const ROOT = path.resolve(__dirname, '..', '..');
export const DIST = path.join(ROOT, 'dist');

const REQUIRED = ['taskpane.html', 'taskpane.js', 'functions.js', 'functions.json', 'office.js', 'manifest.xml'];

export function hasBuild(dir = DIST): boolean {
  return REQUIRED.every((file) => existsSync(path.join(dir, file)));
}

/** Returns the dist/ folder, building it first if needed. */
export function ensureBuild(): string {
  if (process.env.E2E_REBUILD === '1' || !hasBuild()) {
    execFileSync('npx', ['webpack', '--mode', 'development'], {
      cwd: ROOT,
      stdio: ['ignore', 'inherit', 'inherit'],
      timeout: 10 * 60 * 1000,
    });
  }
  if (!hasBuild()) throw new Error(`webpack did not produce ${REQUIRED.join(', ')} in ${DIST}`);
  return DIST;
}
