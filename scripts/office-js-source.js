'use strict';
/**
 * Where the page's office.js comes from: one build-time setting, the environment variable
 * OFFICE_JS. Used by webpack.config.js, test/helpers/build.ts and the tests.
 *
 *   OFFICE_JS=cdn (default)  taskpane.html loads https://appsforoffice.microsoft.com/lib/1/hosted/office.js,
 *                            the copy Microsoft supports and keeps current; nothing of office.js
 *                            is shipped in dist/. The page's CSP allows scripts from that origin.
 *   OFFICE_JS=bundled        office.js and the files it loads are copied into dist/ and the page
 *                            loads ./office.js; the CSP allows scripts from 'self' only. For
 *                            networks that cannot reach Microsoft's CDN. The files come from, in
 *                            this order:
 *                              1. OFFICE_JS_DIR, when set (a folder holding office.js);
 *                              2. vendor/office-js/, written by scripts/fetch-office-js.sh from the
 *                                 CDN (current files; git-ignored);
 *                              3. the @microsoft/office-js npm package: last resort only. Microsoft
 *                                 no longer maintains it and its copy dates from 2022.
 */
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const OFFICE_JS_CDN_ORIGIN = 'https://appsforoffice.microsoft.com';
const OFFICE_JS_CDN_URL = `${OFFICE_JS_CDN_ORIGIN}/lib/1/hosted/office.js`;
const VENDOR_OFFICE_JS_DIR = path.join(ROOT, 'vendor', 'office-js');
/** Written by scripts/fetch-office-js.sh next to the files: where and when they were fetched. */
const VENDOR_NOTE = 'FETCHED.txt';
const MODES = ['cdn', 'bundled'];

/** The folder of the npm package's office.js, or undefined when the package is not installed. */
function npmOfficeJsDir() {
  try {
    return path.dirname(require.resolve('@microsoft/office-js/dist/office.js', { paths: [ROOT] }));
  } catch {
    return undefined;
  }
}

function npmOfficeJsVersion(dir) {
  try {
    return JSON.parse(fs.readFileSync(path.join(dir, '..', 'package.json'), 'utf8')).version;
  } catch {
    return 'unknown version';
  }
}

/** The first line of vendor/office-js/FETCHED.txt ("<url> <date>"), if any. */
function vendorNote(dir) {
  try {
    return fs.readFileSync(path.join(dir, VENDOR_NOTE), 'utf8').split(/\r?\n/)[0].trim();
  } catch {
    return '';
  }
}

const relative = (dir) => path.relative(ROOT, dir).split(path.sep).join('/') || '.';

/**
 * @typedef {object} OfficeJsSource
 * @property {'cdn' | 'bundled'} mode
 * @property {string} src            the <script src> of office.js in taskpane.html
 * @property {string[]} scriptOrigins external origins the page's script-src must allow
 * @property {string | undefined} dir folder copied into dist/ (bundled mode only)
 * @property {'cdn' | 'OFFICE_JS_DIR' | 'vendor' | 'npm'} from
 * @property {string} summary        one line for the build log and the page's source
 * @property {string | undefined} warning  set when the build falls back to the npm copy
 */

/**
 * Resolves OFFICE_JS (and OFFICE_JS_DIR) into where office.js comes from.
 * @param {Record<string, string | undefined>} [env]
 * @returns {OfficeJsSource}
 */
function resolveOfficeJs(env = process.env) {
  const mode = String(env.OFFICE_JS || 'cdn').trim().toLowerCase();
  if (!MODES.includes(mode)) {
    throw new Error(`OFFICE_JS must be "cdn" (the default) or "bundled", not "${env.OFFICE_JS}"`);
  }
  if (mode === 'cdn') {
    return {
      mode,
      src: OFFICE_JS_CDN_URL,
      scriptOrigins: [OFFICE_JS_CDN_ORIGIN],
      dir: undefined,
      from: 'cdn',
      summary: `from Microsoft's CDN, ${OFFICE_JS_CDN_URL}`,
      warning: undefined,
    };
  }
  const bundled = (dir, from, summary, warning) => ({ mode, src: 'office.js', scriptOrigins: [], dir, from, summary, warning });
  if (env.OFFICE_JS_DIR) {
    const dir = path.resolve(ROOT, env.OFFICE_JS_DIR);
    if (!fs.existsSync(path.join(dir, 'office.js'))) {
      throw new Error(`OFFICE_JS_DIR=${env.OFFICE_JS_DIR}: no office.js in ${dir}`);
    }
    const npm = npmOfficeJsDir();
    const what = npm && path.resolve(npm) === dir ? ` (npm @microsoft/office-js ${npmOfficeJsVersion(dir)})` : '';
    return bundled(dir, 'OFFICE_JS_DIR', `bundled, copied from ${relative(dir)}${what} (OFFICE_JS_DIR)`);
  }
  if (fs.existsSync(path.join(VENDOR_OFFICE_JS_DIR, 'office.js'))) {
    const note = vendorNote(VENDOR_OFFICE_JS_DIR);
    return bundled(VENDOR_OFFICE_JS_DIR, 'vendor', `bundled, copied from ${relative(VENDOR_OFFICE_JS_DIR)}${note ? ` (fetched: ${note})` : ''}`);
  }
  const npm = npmOfficeJsDir();
  if (!npm) {
    throw new Error(
      'OFFICE_JS=bundled: no vendor/office-js/office.js (run scripts/fetch-office-js.sh) and no @microsoft/office-js package to fall back on',
    );
  }
  const version = npmOfficeJsVersion(npm);
  return bundled(
    npm,
    'npm',
    `bundled, copied from ${relative(npm)} (npm @microsoft/office-js ${version}, last resort)`,
    `OFFICE_JS=bundled: vendor/office-js/ is missing, so office.js is the npm package @microsoft/office-js ${version} ` +
      '(2022, no longer maintained by Microsoft). Run scripts/fetch-office-js.sh on a machine that reaches ' +
      `${OFFICE_JS_CDN_ORIGIN} to bundle the current files instead.`,
  );
}

module.exports = {
  OFFICE_JS_CDN_ORIGIN,
  OFFICE_JS_CDN_URL,
  VENDOR_OFFICE_JS_DIR,
  VENDOR_NOTE,
  npmOfficeJsDir,
  resolveOfficeJs,
};
