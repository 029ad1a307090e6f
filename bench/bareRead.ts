/**
 * The floor for reading a workbook: stream every sheet and touch every cell
 * value. Nothing else: no tables kept, no parsing. Run as its own process by
 * bench/run.ts (compiled to plain JS, so it starts the way the CLI does):
 *
 *   node .tmp/bench/bareRead.js <file.xlsx> [--reader=exceljs|package]
 *   → prints {"reader", "sheets", "rows", "cells", "unresolved", "seconds"}
 *
 * `exceljs` (default): ExcelJS's streaming WorkbookReader with the options the
 * CLI's reader used when this bench was written (sharedStrings and styles
 * cached, worksheets emitted). `unresolved` counts cells left as
 * `{sharedString: n}`: ExcelJS's reader can drop zip entries under Node 20 (see
 * src/readers/xlsx.ts), and a read that lost its shared strings
 * is not a read.
 *
 * `package`: the project's own streaming reader (lib/readers/nodeFile.js, which the CLI
 * uses), reading every sheet's rows.
 */
import ExcelJS from 'exceljs';
import path from 'path';

export interface BareReadResult {
  reader: string;
  sheets: number;
  rows: number;
  cells: number;
  unresolved: number;
}

export async function bareReadExcelJS(file: string): Promise<BareReadResult> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'emit',
  });
  let sheets = 0;
  let rows = 0;
  let cells = 0;
  let unresolved = 0;
  for await (const ws of reader) {
    sheets++;
    for await (const row of ws as unknown as AsyncIterable<ExcelJS.Row>) {
      rows++;
      const values = row.values;
      if (!Array.isArray(values)) continue;
      for (let c = 1; c < values.length; c++) {
        const v = values[c];
        if (v === undefined || v === null) continue;
        cells++;
        if (typeof v === 'object' && 'sharedString' in v) unresolved++;
      }
    }
  }
  return { reader: 'exceljs', sheets, rows, cells, unresolved };
}

interface PackageModule {
  readSheetsFromFile(file: string): Promise<{ tableName?: string; rows: unknown[][] }[]>;
}

export async function bareReadPackage(file: string, lib = path.resolve('lib')): Promise<BareReadResult> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { readSheetsFromFile } = require(path.join(lib, 'readers', 'nodeFile.js')) as PackageModule;
  // Excel tables are slices of their sheets: counted once, with the sheets.
  const sheets = (await readSheetsFromFile(file)).filter((t) => t.tableName === undefined);
  let rows = 0;
  let cells = 0;
  for (const sheet of sheets) {
    for (const row of sheet.rows) {
      rows++;
      if (!row) continue;
      for (let c = 0; c < row.length; c++) if (row[c] !== undefined && row[c] !== null) cells++;
    }
  }
  return { reader: 'package', sheets: sheets.length, rows, cells, unresolved: 0 };
}

if (require.main === module) {
  const file = process.argv[2];
  const reader = (process.argv.find((a) => a.startsWith('--reader=')) ?? '--reader=exceljs').slice('--reader='.length);
  if (!file || (reader !== 'exceljs' && reader !== 'package')) {
    process.stderr.write('usage: node bareRead.js <file.xlsx> [--reader=exceljs|package]\n');
    process.exit(2);
  }
  const t0 = process.hrtime.bigint();
  (reader === 'package' ? bareReadPackage(file) : bareReadExcelJS(file)).then(
    (r) => process.stdout.write(`${JSON.stringify({ ...r, seconds: Number(process.hrtime.bigint() - t0) / 1e9 })}\n`),
    (e) => {
      process.stderr.write(`${(e as Error).stack}\n`);
      process.exit(1);
    },
  );
}
