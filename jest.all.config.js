/**
 * Jest, every test (`npm run test:all`, run by `bash .ci/run`): the fast tier of jest.config.js
 * (same transform and type checking) plus the browser, render, manifest, built-CLI and
 * 1,048,576-row tests.
 */
const fast = require('./jest.config.js');

/** @type {import('jest').Config} */
const all = { ...fast, testPathIgnorePatterns: ['/node_modules/'] };
// Jest's default worker count (one on a 2-core machine), as before the tiers: the browser,
// LibreOffice and built-CLI tests start processes of their own.
delete all.maxWorkers;

module.exports = all;
