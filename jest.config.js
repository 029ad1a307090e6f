/**
 * Jest, fast tier (`npm test`): the core, templates, adapters, custom functions, task pane units
 * and readers (issue 15: under 90 s on the project's 2-core machine). Needs nothing but `npm ci`.
 *
 * Left to the full run (jest.all.config.js: `npm run test:all`, and `bash .ci/run`), the tests
 * that need a build, a Debian tool or minutes of their own:
 */
const SLOW_TESTS = [
  '<rootDir>/test/e2e/', // the built add-in in Chromium (a webpack build first when dist/ is stale)
  '<rootDir>/test/render/', // reports printed to PDF by LibreOffice
  '<rootDir>/test/reliability/hugeWorkbook\\.test\\.ts$', // 1,048,576 rows
  '<rootDir>/test/reliability/no-external-scripts\\.test\\.ts$', // reads the webpack build
  '<rootDir>/test/manifest\\.test\\.ts$', // xmllint and the XSDs in ../shared/
  '<rootDir>/test/cli/', // the command line: in-process runs over real files, and bin/tthc-report.js in child processes (tsc when lib/ is stale)
  '<rootDir>/test/package\\.test\\.ts$', // npm run package: a production build, zipped, unzipped, set-url, xmllint
  '<rootDir>/test/officejs/writeReportScale\\.test\\.ts$', // a 25,000-procedure form 06 through the Office.js stand-in
];

/** @type {import('jest').Config} */
module.exports = {
  preset: 'ts-jest',
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  testPathIgnorePatterns: ['/node_modules/', ...SLOW_TESTS],
  moduleNameMapper: {
    '^office-addin-manifest$': '<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js',
  },
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.jest.json', diagnostics: false }],
  },
  testTimeout: 120000,
  // Both cores (Jest's default on a 2-core machine is one worker): these tests are CPU-bound and
  // share nothing but temporary folders of their own.
  maxWorkers: 2,
};
