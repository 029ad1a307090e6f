/**
 * The .xlsx reader reads every workbook the same way every time, whoever wrote
 * it, in any time zone; a damaged file is an error, never rows that are wrong.
 */
import ExcelJS from 'exceljs';
import path from 'path';
import { readFileSync } from 'fs';
import { readTablesFromWorkbook } from '../../src/adapters/exceljs/workbookTables';
import { parseDateCell } from '../../src/core/cells';
import { formatDay } from '../../src/core/days';
import { RawTables } from '../../src/core/inputs';
import { tablesFromSheets } from '../../src/core/tableRoles';
import { readSheetsFromBytes } from '../../src/readers/index';
import { readSheetsFromFile } from '../../src/readers/nodeFile';
import { BAD, runCli } from './cliRun';

const fixture = (name: string) => path.join(BAD, name);

/** The input tables of a file as the CLI reads it (streamed from disk). */
const readTablesFromFile = async (file: string): Promise<RawTables> => tablesFromSheets(await readSheetsFromFile(file));
/** The same from its bytes, as the browser preview reads it. */
const readTablesFromBytes = async (file: string): Promise<RawTables> => tablesFromSheets(await readSheetsFromBytes(new Uint8Array(readFileSync(file)), file));

/** The tables as plain values: dates as dd/mm/yyyy, so files from different writers compare. */
function values(tables: RawTables): Record<string, unknown[][]> {
  const out: Record<string, unknown[][]> = {};
  for (const [name, t] of Object.entries(tables)) {
    out[name] = t!.rows
      .map((row) => Array.from(row, (c) => (c instanceof Date ? formatDay(Math.floor(c.getTime() / 86_400_000)) : (c ?? null))))
      .map((row) => {
        while (row.length > 0 && row[row.length - 1] === null) row.pop();
        return row;
      })
      .filter((row) => row.length > 0);
  }
  return out;
}

function dayShown(cell: unknown): string {
  const parsed = parseDateCell(cell as Date);
  return parsed.ok && parsed.value !== null ? formatDay(parsed.value) : 'error';
}

test('the same workbook read 25 times gives the same tables every time, from the file and from its bytes', async () => {
  // ExcelJS's streaming reader threw on 28 of 40 reads of a file like this one.
  const first = values(await readTablesFromFile(fixture('base.xlsx')));
  for (let i = 0; i < 24; i++) expect(values(await (i % 2 ? readTablesFromBytes : readTablesFromFile)(fixture('base.xlsx')))).toEqual(first);
  expect(first.HoSo).toHaveLength(5);
});

test.each([
  ['LibreOffice', 'libreoffice-saved.xlsx'],
  ['a writer using inline strings', 'inline-strings.xlsx'],
  ['Excel for Mac’s 1904 date system', 'date-1904.xlsx'],
])('a workbook saved by %s reads like the original', async (_, name) => {
  expect(values(await readTablesFromFile(fixture(name)))).toEqual(values(await readTablesFromFile(fixture('base.xlsx'))));
});

test('an Excel table named HoSo is read as a table of its own: its name, its range, the rows of the base log', async () => {
  // Which of the sheet and the table is the log is the core's choice (src/core/tableRoles.ts).
  const table = (await readSheetsFromFile(fixture('excel-table.xlsx'))).find((t) => t.tableName === 'HoSo');
  expect(table).toMatchObject({ sheet: 'Sổ theo dõi', firstRow: 3, firstColumn: 1 });
  expect(values({ HoSo: table })).toEqual({ HoSo: values(await readTablesFromFile(fixture('base.xlsx'))).HoSo });
});

test('bytes changed inside a sheet make the file "damaged" (exit 2), not rows that are wrong', async () => {
  const r = await runCli(['indicators', fixture('corrupt-sheet.xlsx'), '--period', '2024-Q2']);
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).toContain('corrupt-sheet.xlsx" bị hỏng, không đọc được');
  await expect(readTablesFromBytes(fixture('corrupt-sheet.xlsx'))).rejects.toThrow('corrupt-sheet.xlsx" bị hỏng, không đọc được');
});

describe('a date with a time of day is the day Excel shows, in Vietnam’s time zone (UTC+7)', () => {
  // Jest gives each test file its own copy of process.env, so TZ is set on a child process.
  let shown: { offsetMinutes: number; file: string[]; loaded: string[] };

  beforeAll(async () => {
    const { promises: fs } = await import('fs');
    const os = await import('os');
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tz-'));
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('HoSo');
    ws.getCell('A1').value = 45292.75; // 01/01/2024 18:00
    ws.getCell('A2').value = 45292.999; // 01/01/2024 23:58
    ws.getCell('A3').value = 45292.25; // 01/01/2024 06:00
    for (const a of ['A1', 'A2', 'A3']) ws.getCell(a).numFmt = 'dd/mm/yyyy hh:mm';
    const file = path.join(dir, 'times.xlsx');
    await wb.xlsx.writeFile(file);
    const script = `
      const ExcelJS = require('exceljs');
      const { readTablesFromWorkbook } = require('./src/adapters/exceljs/workbookTables');
      const { readSheetsFromFile } = require('./src/readers/nodeFile');
      const { tablesFromSheets } = require('./src/core/tableRoles');
      const { parseDateCell } = require('./src/core/cells');
      const { formatDay } = require('./src/core/days');
      const shown = (rows) => rows.map((r) => { const p = parseDateCell(r[0]); return p.ok && p.value !== null ? formatDay(p.value) : 'error'; });
      (async () => {
        const file = tablesFromSheets(await readSheetsFromFile(${JSON.stringify(file)})).HoSo.rows;
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.readFile(${JSON.stringify(file)});
        const loaded = readTablesFromWorkbook(wb).HoSo.rows;
        process.stdout.write(JSON.stringify({ offsetMinutes: new Date(Date.UTC(2024, 0, 1)).getTimezoneOffset(), file: shown(file), loaded: shown(loaded) }));
      })();`;
    const { execFileSync } = await import('child_process');
    const out = execFileSync(process.execPath, ['-r', 'ts-node/register/transpile-only', '-e', script], {
      cwd: path.join(__dirname, '..', '..'),
      env: { ...process.env, TZ: 'Asia/Ho_Chi_Minh' },
      encoding: 'utf8',
    });
    shown = JSON.parse(out);
    await fs.rm(dir, { recursive: true });
  });

  test('the check runs in that time zone', () => {
    expect(shown.offsetMinutes).toBe(-420);
  });

  test('read from a file', () => {
    expect(shown.file).toEqual(['01/01/2024', '01/01/2024', '01/01/2024']);
  });

  test('read from a loaded workbook (browser preview, Excel tables)', () => {
    expect(shown.loaded).toEqual(['01/01/2024', '01/01/2024', '01/01/2024']);
  });
});

test('serial 60 in a loaded workbook is an error and serial 59 is 28/02/1900, as Excel shows them', async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('HoSo');
  ws.getCell('A1').value = 59;
  ws.getCell('A2').value = 60;
  ws.getCell('A3').value = 61;
  for (const a of ['A1', 'A2', 'A3']) ws.getCell(a).numFmt = 'dd/mm/yyyy';
  const loaded = new ExcelJS.Workbook();
  await loaded.xlsx.load(await wb.xlsx.writeBuffer());
  expect(readTablesFromWorkbook(loaded).HoSo!.rows.map((r) => dayShown(r[0]))).toEqual(['28/02/1900', 'error', '01/03/1900']);
});
