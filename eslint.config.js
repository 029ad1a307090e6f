// ESLint flat config: typescript-eslint's recommended rules for src/ and test/ (npm run lint),
// the Rules of Hooks (eslint-plugin-react-hooks), the Office.js rules of eslint-plugin-office-addins
// for src/, plus Node CommonJS settings for the build scripts and config files at the root.
'use strict';
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');
const reactHooks = require('eslint-plugin-react-hooks');
const officeAddins = require('eslint-plugin-office-addins');

// eslint-plugin-office-addins' `recommended` flat config also sets its own (older) typescript-eslint
// parser and plugin, prettier and ecmaVersion 6, and covers no .tsx: only its office-addins/* rules,
// at the severities it recommends, are taken from it.
const officeAddinsRules = Object.fromEntries(
  officeAddins.configs.recommended
    .flatMap((config) => Object.entries(config.rules ?? {}))
    .filter(([rule]) => rule.startsWith('office-addins/')),
);

const nodeGlobals = {
  require: 'readonly',
  module: 'writable',
  exports: 'writable',
  __dirname: 'readonly',
  __filename: 'readonly',
  process: 'readonly',
  console: 'readonly',
  Buffer: 'readonly',
  URL: 'readonly',
  setTimeout: 'readonly',
  clearTimeout: 'readonly',
};

module.exports = tseslint.config(
  {
    ignores: ['dist/**', 'lib/**', 'node_modules/**', 'out/**', 'coverage/**', '.tmp/**', 'bench/data/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      // `_name` marks an intentionally unused parameter or binding.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
      // Ambient declarations (e.g. the CustomFunctions runtime) need namespaces.
      '@typescript-eslint/no-namespace': ['error', { allowDeclarations: true, allowDefinitionFiles: true }],
    },
  },
  {
    // Tests poke at globals and third-party shapes; `any` there is a tool, not a smell.
    files: ['test/**/*.ts', 'test/**/*.tsx'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // The two classic rules. Version 7's `recommended` preset also turns on the React Compiler's
    // rules; this pane is not built with the compiler, so those are left out.
    files: ['src/**/*.ts', 'src/**/*.tsx', 'test/**/*.ts', 'test/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  {
    // Office.js batching rules (load before read, sync after load, no sync in a loop, no
    // Office.initialize). They spot Office.js proxies by call shape (get*(), getCell()), so they
    // are not run on the ExcelJS adapter, whose objects are plain values.
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    ignores: ['src/adapters/exceljs/**'],
    plugins: { 'office-addins': officeAddins },
    rules: officeAddinsRules,
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: nodeGlobals },
    rules: {
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
);
