'use strict';
/**
 * The add-in's hosting address is ONE build-time setting. The source manifest (manifest.xml)
 * uses DEV_BASE_URL everywhere; a production build sets ADDIN_BASE_URL and every occurrence
 * is rewritten. Used by webpack.config.js and by test/manifest.test.ts.
 */

const DEV_BASE_URL = 'https://localhost:3000/';
const DEV_URL_PATTERN = /https:\/\/localhost:3000\/?/g;

/**
 * Normalises a base address: must be an absolute https URL without query or fragment;
 * the result always ends with exactly one "/".
 * @param {string} url
 * @returns {string}
 */
function normalizeBaseUrl(url) {
  const trimmed = String(url || '').trim();
  let parsed;
  try {
    parsed = new URL(trimmed);
  } catch {
    throw new Error(`ADDIN_BASE_URL is not a valid absolute URL: "${trimmed}"`);
  }
  if (parsed.protocol !== 'https:') {
    throw new Error(`ADDIN_BASE_URL must use https:// (Office loads add-ins over HTTPS only): "${trimmed}"`);
  }
  if (parsed.search || parsed.hash) {
    throw new Error(`ADDIN_BASE_URL must not have a query or fragment: "${trimmed}"`);
  }
  return parsed.origin + parsed.pathname.replace(/\/+$/, '') + '/';
}

/**
 * Replaces every occurrence of the development address in `text` by `baseUrl`.
 * With no baseUrl (undefined or empty) the text is returned unchanged.
 * @param {string} text
 * @param {string | undefined} baseUrl
 * @returns {string}
 */
function rewriteBaseUrl(text, baseUrl) {
  if (!baseUrl) return text;
  const target = normalizeBaseUrl(baseUrl);
  // One pass over the text; the bare origin (e.g. an AppDomain written without the trailing
  // slash) is rewritten too, to the base address without its trailing slash.
  return text.replace(DEV_URL_PATTERN, (match) => (match.endsWith('/') ? target : target.slice(0, -1)));
}

module.exports = { DEV_BASE_URL, normalizeBaseUrl, rewriteBaseUrl };
