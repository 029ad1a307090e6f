/**
 * office.js for the browser tests: the fake workbook of test/taskpane/fakeOffice.ts (transpiled
 * for the page) behind `Excel.run`, and an `Office` that says Excel. One stand-in for every e2e
 * file, so a change to how the add-in calls the host (e.g. `Excel.run(options, batch)`) is met once.
 */
import { readFileSync } from 'fs';
import * as path from 'path';
import * as ts from 'typescript';
import { dayFromDate, excelSerialFromDay } from '../../src/core/days';
import type { RawCell } from '../../src/core/types';
import { sampleSheets } from '../../src/sample/sampleWorkbook';
import { ROOT } from './build';

export interface FakeHostOptions {
  /** The workbook's sheets: the built-in sample as Excel holds it (the default), or these. */
  sheets?: { name: string; rows?: (string | number | boolean | null)[][] }[];
  /** `Office.context.diagnostics.version`; without it the stand-in has no diagnostics. */
  version?: string;
  /** The platform `Office.onReady`, `Office.context.platform` and the diagnostics report: `PC` (the default), `Mac`, `iOS`, `OfficeOnline`. */
  platform?: string;
  /**
   * Evaluate `=TTHC.…` formulas with the functions the built functions.js registers through
   * `CustomFunctions.associate` (off: formulas read back as their text, as before). With it,
   * `window.__host` (set by an init script) may list requirement sets to report missing
   * (`unsupported: ['ExcelApi 1.13']`) or keep the functions from registering (`noFunctions: true`).
   */
  customFunctions?: boolean;
}

/** The sample's sheets as Excel holds them: titles, a blank row, header, rows; dates as serials. */
export function sampleCells(): { name: string; rows: (string | number | boolean | null)[][] }[] {
  const value = (v: RawCell) => (v instanceof Date ? excelSerialFromDay(dayFromDate(v)) : v === undefined ? null : v);
  return sampleSheets().map((s) => ({
    name: s.name,
    rows: [...s.titles.map((t) => [t]), ...(s.titles.length ? [[]] : []), s.header, ...s.rows.map((r) => r.map(value))],
  }));
}

export function fakeOfficeScript(options: FakeHostOptions = {}): string {
  const source = readFileSync(path.join(ROOT, 'test', 'taskpane', 'fakeOffice.ts'), 'utf8');
  const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 } }).outputText;
  const sheets = options.sheets ?? sampleCells();
  const platform = JSON.stringify(options.platform ?? 'PC');
  const diagnostics = options.version ? `diagnostics: { host: 'Excel', platform: ${platform}, version: ${JSON.stringify(options.version)} },` : '';
  const functions = options.customFunctions
    ? `{
    associate: function (id, fn) {
      if (config.noFunctions) return;
      if (typeof id === 'string') book.customFunctions[id] = fn;
      else Object.keys(id).forEach(function (k) { book.customFunctions[k] = id[k]; });
    },
  }`
    : '{ associate: function () {} }';
  return `(function () {
  var exports = {};
  ${js}
  var config = window.__host || {};
  var book = new exports.FakeBook();
  ${JSON.stringify(sheets)}.forEach(function (s) { book.addSheet(s.name, s.rows); });
  ${options.customFunctions ? 'book.customFunctions = {};' : ''}
  window.__book = book;
  var info = { host: 'Excel', platform: ${platform} };
  window.Office = {
    onReady: function (callback) { if (callback) callback(info); return Promise.resolve(info); },
    context: {
      platform: ${platform},
      ${diagnostics}
      requirements: { isSetSupported: function (name, version) { return (config.unsupported || []).indexOf(name + ' ' + version) < 0; } },
    },
  };
  // Excel.run(batch) or Excel.run(options, batch) (the add-in's excelRun passes delayForCellEdit).
  window.Excel = { run: function (a, b) { return book.run(typeof a === 'function' ? a : b); } };
  window.CustomFunctions = ${functions};
})();`;
}
