/**
 * One cell-value path (DESIGN §2): every fixture read through the CLI's file reader, the
 * preview's byte reader and, for workbooks Excel opens as such, an Office.js-shaped path
 * (values and merged areas as Excel returns them) gives the same input tables to the core.
 */
import { promises as fs, readdirSync, readFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { computeIndicators } from '../../src/core/indicators';
import { parseInputs } from '../../src/core/inputs';
import { periodFromLabel } from '../../src/core/periods';
import { Inputs, RawTable } from '../../src/core/types';
import { isZipHeader, readSheetsFromBytes, WorkbookFileError } from '../../src/readers';
import { readSheetsFromFile } from '../../src/readers/nodeFile';
import { EXPORT_DIR, EXPORT_FIXTURES } from '../../scripts/make-export-fixtures';
import { readThroughOfficeJs } from '../helpers/officeShaped';

const BAD_DIR = path.join(__dirname, '..', 'fixtures', 'bad');
const TODAY = 20_789; // 2026-12-01, fixed so that future-date checks do not move
/**
 * Fixtures the Office.js-shaped path cannot stand for, and why: Excel never shows the workbook
 * that way, so there is nothing to compare.
 */
const NOT_AS_EXCEL_SHOWS_IT: Record<string, string> = {
  'long-text.xlsx': 'a 10 MB cell: Excel keeps at most 32,767 characters a cell, so no open workbook holds it',
};

const fixtures = [
  ...readdirSync(EXPORT_DIR).map((f) => path.join(EXPORT_DIR, f)),
  ...readdirSync(BAD_DIR).map((f) => path.join(BAD_DIR, f)),
].sort();

type Read = { sheets: RawTable[] } | { error: string };

async function attempt(read: () => Promise<RawTable[]>): Promise<Read> {
  try {
    return { sheets: await read() };
  } catch (e) {
    if (e instanceof WorkbookFileError) return { error: e.message };
    throw e;
  }
}

/** What the core makes of the sheets: the comparison that matters, with dates already days. */
function parsed(sheets: RawTable[]): Pick<Inputs, 'procedures' | 'dossiers' | 'unlistedProcedures' | 'unknownCounts' | 'issues' | 'figures' | 'narratives' | 'info'> {
  const { procedures, dossiers, unlistedProcedures, unknownCounts, issues, figures, narratives, info } = parseInputs(sheets, { today: TODAY });
  return { procedures, dossiers, unlistedProcedures, unknownCounts, issues, figures, narratives, info };
}

/** Sheets without the file name, which differs between the readers only in how the path is spelt. */
const anonymous = (sheets: RawTable[]) => sheets.map(({ file: _file, ...rest }) => rest);

describe('every fixture gives the same tables through every reader', () => {
  test.each(fixtures.map((f) => [path.relative(path.join(__dirname, '..'), f), f]))('%s: CLI file reader = preview byte reader', async (_name, file) => {
    const name = path.basename(file);
    const fromFile = await attempt(() => readSheetsFromFile(file, name));
    const fromBytes = await attempt(async () => readSheetsFromBytes(new Uint8Array(await fs.readFile(file)), name));
    if ('error' in fromFile || 'error' in fromBytes) {
      expect(fromBytes).toEqual(fromFile);
      return;
    }
    expect(anonymous(fromBytes.sheets)).toEqual(anonymous(fromFile.sheets));
  });

  // The zip workbooks: Excel opens a CSV or an HTML page through its text import, which the stand-in does not model.
  const workbooks = fixtures.filter((f) => isZipHeader(readFileSync(f).subarray(0, 4)) && !(path.basename(f) in NOT_AS_EXCEL_SHOWS_IT));
  test.each(workbooks.map((f) => [path.relative(path.join(__dirname, '..'), f), f]))('%s: CLI file reader = Office.js-shaped path, as parsed', async (_name, file) => {
    const fromFile = await attempt(() => readSheetsFromFile(file, path.basename(file)));
    if ('error' in fromFile) return expect(fromFile.error).toBeTruthy(); // not a workbook Excel would open: nothing to compare
    const office = await readThroughOfficeJs(new Uint8Array(await fs.readFile(file)));
    expect(parsed(office)).toEqual(parsed(fromFile.sheets));
  });
});

describe('the export fixtures', () => {
  test('are byte-reproducible from their script', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'exports-'));
    try {
      for (const [name, write] of Object.entries(EXPORT_FIXTURES)) {
        await write(path.join(dir, name));
        expect((await fs.readFile(path.join(dir, name))).equals(await fs.readFile(path.join(EXPORT_DIR, name)))).toBe(true);
      }
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  test('a merged "Lĩnh vực" gives the same figures through all three readers', async () => {
    const catalogueFile = path.join(EXPORT_DIR, 'catalogue.xlsx');
    const logFile = path.join(EXPORT_DIR, 'thanh-hoa-dossiers.xls');
    const log = await readSheetsFromFile(logFile);
    const catalogues = [
      await readSheetsFromFile(catalogueFile),
      await readSheetsFromBytes(new Uint8Array(await fs.readFile(catalogueFile)), 'catalogue.xlsx'),
      await readThroughOfficeJs(new Uint8Array(await fs.readFile(catalogueFile))),
    ];
    const q3 = periodFromLabel('2026-Q3')!;
    const figures = catalogues.map((c) => computeIndicators(parseInputs([...log, ...c]), q3).byField);
    expect(Object.keys(figures[0])).toEqual(['Hộ tịch', 'Chứng thực', 'Đất đai', 'Chưa xác định lĩnh vực']);
    // Hộ tịch: khai sinh rows 1, 2, 11 and kết hôn rows 3, 4 of the export (row 7 and 8 never received, row 10 ended before).
    expect(figures[0]['Hộ tịch'].received).toBe(5);
    expect(figures[1]).toEqual(figures[0]);
    expect(figures[2]).toEqual(figures[0]);
  });

  test('both kinds of 1904 workbook give the dates of the same log in a 1900 workbook', async () => {
    const days = async (name: string) => parseInputs(await readSheetsFromFile(path.join(EXPORT_DIR, name))).dossiers.map((d) => [d.received, d.due, d.completed]);
    const styled = await days('date1904-styled.xlsx');
    expect(await days('date1904-unstyled.xlsx')).toEqual(styled);
    const june16 = Date.UTC(2026, 5, 16) / 86_400_000;
    expect(styled[0]).toEqual([june16, june16 + 7, june16 + 6]);
  });
});
