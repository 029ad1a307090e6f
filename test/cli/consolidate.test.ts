/**
 * `tthc-report consolidate`: two units' logs and an II.06a table of two more units make four
 * units whose figures are the hand counts written in scripts/make-export-fixtures.ts, and a total
 * equal to their sum, in the JSON, the .xlsx (with its DonVi sheet) and the .docx.
 */
import ExcelJS from 'exceljs';
import { existsSync, readFileSync, writeFileSync } from 'fs';
import path from 'path';
import { strFromU8, unzipSync } from 'fflate';
import { workbookOf, type SheetSpec } from '../../scripts/make-bad-fixtures';
import { ii06aByUnitSheets } from '../../scripts/make-export-fixtures';
import { makeTempDir } from '../helpers/tempDir';
import { runCli } from '../helpers/cliInProcess';

const run = runCli;

const EXPORTS = path.join(__dirname, '..', 'fixtures', 'exports');
const FILES = ['unit-so-noi-vu.xlsx', 'unit-phuong-hac-thanh.xlsx', 'ii06a-by-unit.xlsx'].map((f) => path.join(EXPORTS, f));
const temp = makeTempDir();
afterAll(() => temp.remove());

/** Form 06's figures in the columns' order (3)…(13). */
const KEYS = ['received', 'newOnline', 'newDirectPostal', 'carriedOver', 'resolved', 'resolvedEarly', 'resolvedOnTime', 'resolvedLate', 'pending', 'pendingInTime', 'pendingOverdue'];
const figures = (values: number[]) => Object.fromEntries(KEYS.map((k, i) => [k, values[i]]));

const HAND_COUNT = [
  { unit: 'Sở Nội vụ', level: 'province', counts: figures([5, 1, 3, 1, 3, 1, 1, 1, 2, 1, 1]) },
  { unit: 'Sở Tư pháp', level: 'province', counts: figures([25, 12, 8, 5, 20, 6, 11, 3, 5, 4, 1]) },
  { unit: 'Phường Hạc Thành', level: 'commune', counts: figures([4, 3, 1, 0, 3, 2, 1, 0, 1, 1, 0]) },
  { unit: 'Xã Đông Sơn', level: 'commune', counts: figures([8, 3, 4, 1, 6, 2, 3, 1, 2, 1, 1]) },
];
const TOTAL = figures([42, 19, 16, 7, 32, 11, 16, 5, 10, 7, 3]);

/** The II.06a fixture with its rows replaced: another unit's table, written to the temp folder. */
async function ii06aWith(name: string, rows: [string, number[]][]): Promise<string> {
  const [sheet] = ii06aByUnitSheets();
  const header = sheet.rows.slice(0, 10);
  const spec: SheetSpec = { name: 'II.06a', rows: [...header, ...rows.map(([unit, counts], i) => [i + 1, unit, ...counts])], merges: sheet.merges!.filter((m) => !/^A1[3-5]|^J15/.test(m)) };
  const file = temp.file(name);
  await workbookOf([spec]).xlsx.writeFile(file);
  return file;
}

/** A DonVi workbook mapping names as found to units. */
async function donVi(entries: [string, string, string][]): Promise<string> {
  const file = temp.file('donvi.xlsx');
  await workbookOf([{ name: 'DonVi', rows: [['Tên trong tệp', 'Đơn vị', 'Cấp'], ...entries] }]).xlsx.writeFile(file);
  return file;
}

describe('tthc-report consolidate', () => {
  test('--json: four units with the hand counts, grouped tỉnh then xã, and their sum', async () => {
    const { code, stdout } = await run('consolidate', ...FILES, '--period', '2026-Q3', '--json');
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.period).toEqual({ from: '2026-06-15', to: '2026-09-14' });
    expect(json.units.map((u: { unit: string; level: string; counts: object }) => ({ unit: u.unit, level: u.level, counts: u.counts }))).toEqual(HAND_COUNT);
    expect(json.units[1].source).toBe('ii06a-by-unit.xlsx › II.06a!11');
    expect(json.total).toEqual(TOTAL);
    expect(json.issues).toEqual([]);
  });

  test('a folder is read with everything in it', async () => {
    const { stdout } = await run('consolidate', EXPORTS, '--period', '2026-Q3', '--json');
    const units = JSON.parse(stdout).units.map((u: { unit: string }) => u.unit);
    expect(units).toEqual(expect.arrayContaining(['Sở Nội vụ', 'Sở Tư pháp', 'Phường Hạc Thành']));
  });

  test('-o .xlsx: the table by unit with the total row, the summary sheet and a DonVi sheet of the names found', async () => {
    const output = temp.file('tong-hop.xlsx');
    const { code, stdout } = await run('consolidate', ...FILES, '--period', '2026-Q3', '-o', output);
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe(output);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(output);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Tổng hợp 2026-Q3', 'Tổng hợp chung 2026-Q3', 'DonVi']);
    const rows: unknown[][] = [];
    workbook.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => (v && typeof v === 'object' && 'result' in v ? (v as { result: unknown }).result : v))));
    const total = rows.find((r) => r[1] === 'Tổng cộng')!;
    expect(total.slice(2, 13)).toEqual(KEYS.map((k) => TOTAL[k]));
    expect(rows.find((r) => r[1] === 'Cấp xã (xã, phường, đặc khu)')!.slice(2, 5)).toEqual([12, 6, 5]);
    const names: unknown[][] = [];
    workbook.getWorksheet('DonVi')!.eachRow((row) => names.push((row.values as unknown[]).slice(1)));
    expect(names).toContainEqual(['UBND xã Đông Sơn', 'Xã Đông Sơn', 'xã']);
  });

  test('-o .docx: a Word document with every unit and the total', async () => {
    const output = temp.file('tong-hop.docx');
    expect((await run('consolidate', ...FILES, '--period', '2026-Q3', '-o', output)).code).toBe(0);
    const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(output)))['word/document.xml']);
    for (const unit of HAND_COUNT) expect(xml).toContain(unit.unit);
    expect(xml).toContain('Cấp tỉnh (Sở, ban, ngành)');
    expect(xml).toContain('Tổng số hồ sơ tiếp nhận: 42');
  });

  test('a name spelt another way is a unit of its own until DonVi maps it; then identical figures count once', async () => {
    const other = await ii06aWith('dong-son.xlsx', [['Đông Sơn', [8, 3, 4, 1, 6, 2, 3, 1, 2, 1, 1]]]);
    const before = JSON.parse((await run('consolidate', ...FILES, other, '--period', '2026-Q3', '--json')).stdout);
    expect(before.units).toHaveLength(5);
    const mapping = await donVi([['Đông Sơn', 'Xã Đông Sơn', 'xã']]);
    const after = JSON.parse((await run('consolidate', ...FILES, other, mapping, '--period', '2026-Q3', '--json')).stdout);
    expect(after.units).toHaveLength(4);
    expect(after.total).toEqual(TOTAL);
    expect(after.issues).toEqual([expect.objectContaining({ severity: 'warning', code: 'unitRepeated' })]);
  });

  test('the same unit with other figures is an error naming the file and row: exit 1, no report', async () => {
    const other = await ii06aWith('tu-phap-lai.xlsx', [['SỞ TƯ PHÁP', [9, 9, 0, 0, 9, 9, 0, 0, 0, 0, 0]]]);
    const output = temp.file('never.xlsx');
    const { code, stderr } = await run('consolidate', ...FILES, other, '--period', '2026-Q3', '-o', output);
    expect(code).toBe(1);
    expect(stderr).toContain('LỖI/ERROR tu-phap-lai.xlsx › II.06a, dòng/row 11');
    expect(stderr).toContain('Sở Tư pháp có hai lần với số liệu khác nhau');
    expect(existsSync(output)).toBe(false);
  });

  test('a file stating another period is a warning naming it', async () => {
    const { stdout } = await run('consolidate', ...FILES, '--period', '2026-Q2', '--json');
    expect(JSON.parse(stdout).issues).toContainEqual(expect.objectContaining({ code: 'sourcePeriodDiffers', message: expect.stringContaining('ii06a-by-unit.xlsx') }));
  });

  test('an existing output without --overwrite: exit 2, nothing read or written', async () => {
    const output = temp.file('exists.xlsx');
    writeFileSync(output, 'kept');
    const { code } = await run('consolidate', ...FILES, '--period', '2026-Q3', '-o', output);
    expect(code).toBe(2);
    expect(readFileSync(output, 'utf8')).toBe('kept');
  });
});
