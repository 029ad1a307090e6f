/**
 * Nothing is lost (DESIGN §7, §8): `generate` never changes its input, never
 * writes over it, and on bad input writes nothing at all, not even a temporary
 * file left behind.
 */
import { createHash } from 'crypto';
import ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import path from 'path';
import { REPORT_IDS } from '../../src/templates';
import { copyFixture, listing, runCli, tempDir } from './cliRun';

jest.setTimeout(60_000);

let dir: string;
beforeEach(async () => {
  dir = await tempDir('tthc-generate-');
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function sha256(file: string): Promise<string> {
  return createHash('sha256').update(await fs.readFile(file)).digest('hex');
}

/** Every cell of every sheet: sheet name, address, value, formula and number format. */
async function everyCell(file: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const cells: string[] = [];
  wb.eachSheet((ws) => {
    ws.eachRow({ includeEmpty: true }, (row) => {
      row.eachCell({ includeEmpty: true }, (cell) => {
        cells.push(`${ws.name}!${cell.address} ${JSON.stringify(cell.value)} ${cell.numFmt ?? ''}`);
      });
    });
  });
  return cells;
}

describe('the input workbook after generate', () => {
  test.each(REPORT_IDS)('report %s: the input file has the same bytes and every cell its value', async (report) => {
    const input = await copyFixture('base.xlsx', dir);
    const hash = await sha256(input);
    const cells = await everyCell(input);
    const output = path.join(dir, 'report.xlsx');
    const r = await runCli(['generate', input, '--report', report, '--period', '2024-Q2', '-o', output]);
    expect(r.code).toBe(0);
    expect(await listing(dir)).toEqual(['base.xlsx', 'report.xlsx']);
    expect(await sha256(input)).toBe(hash);
    expect(await everyCell(input)).toEqual(cells);
    expect(cells.length).toBeGreaterThan(30);
  });
});

describe('generate refuses to write over its input: exit 2, the input untouched', () => {
  const refused = async (output: (input: string) => string) => {
    const input = await copyFixture('base.xlsx', dir);
    const hash = await sha256(input);
    const r = await runCli(['generate', input, '--report', 'quarterly', '--period', '2024-Q2', '-o', output(input)]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Tệp kết quả trùng tệp đầu vào: không ghi đè dữ liệu gốc.');
    expect(await sha256(input)).toBe(hash);
    expect(await listing(dir)).toEqual(['base.xlsx']);
  };

  test('the same path', () => refused((input) => input));

  test('the same file spelled ./dir/../file.xlsx', () =>
    refused(() => `${path.dirname(dir)}/./${path.basename(dir)}/../${path.basename(dir)}/base.xlsx`));

  test('the same file as a relative path', () => refused((input) => path.relative(process.cwd(), input)));
});

describe('an existing output is replaced only with --overwrite', () => {
  test('without --overwrite: exit 2, one line, the file keeps its bytes, nothing else written', async () => {
    const input = await copyFixture('base.xlsx', dir);
    const output = path.join(dir, 'report.xlsx');
    await fs.writeFile(output, 'last quarter, signed');
    const r = await runCli(['generate', input, '--report', 'quarterly', '--period', '2024-Q2', '-o', output]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`Tệp "${output}" đã có: thêm --overwrite để ghi đè. / "${output}" already exists: add --overwrite to replace it.\n`);
    expect(await fs.readFile(output, 'utf8')).toBe('last quarter, signed');
    expect(await listing(dir)).toEqual(['base.xlsx', 'report.xlsx']);
  });

  test('with --overwrite: the report replaces it, and no temporary file is left', async () => {
    const input = await copyFixture('base.xlsx', dir);
    const output = path.join(dir, 'report.xlsx');
    await fs.writeFile(output, 'last quarter, signed');
    const r = await runCli(['generate', input, '--report', 'quarterly', '--period', '2024-Q2', '-o', output, '--overwrite']);
    expect(r.code).toBe(0);
    expect((await everyCell(output)).length).toBeGreaterThan(30);
    expect(await listing(dir)).toEqual(['base.xlsx', 'report.xlsx']);
  });

  test('--overwrite never makes the input an output', async () => {
    const input = await copyFixture('base.xlsx', dir);
    const hash = await sha256(input);
    const r = await runCli(['generate', input, '--report', 'quarterly', '--period', '2024-Q2', '-o', input, '--overwrite']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('không ghi đè dữ liệu gốc');
    expect(await sha256(input)).toBe(hash);
  });
});

describe('another name for the input file as output: the input keeps its bytes', () => {
  // The report is written beside the target and renamed over it: that replaces the name, not the file it pointed to.
  test.each([
    ['a hard link', (target: string, link: string) => fs.link(target, link)],
    ['a symbolic link', (target: string, link: string) => fs.symlink(target, link)],
  ])('%s', async (_, makeLink) => {
    const input = await copyFixture('base.xlsx', dir);
    const hash = await sha256(input);
    const link = path.join(dir, 'link.xlsx');
    await makeLink(input, link);
    await runCli(['generate', input, '--report', 'quarterly', '--period', '2024-Q2', '-o', link, '--overwrite']);
    expect(await sha256(input)).toBe(hash);
    expect(await listing(dir)).toEqual(['base.xlsx', 'link.xlsx']);
  });
});

describe('generate on bad input writes no file (no report, no temporary file)', () => {
  test.each([
    'date-31-feb.xlsx',
    'missing-hoso-sheet.xlsx',
    'missing-received-column.xlsx',
    'negative-figure.xlsx',
    'duplicate-id.xlsx',
    'error-value.xlsx',
    // A CSV under an .xlsx name is read as the CSV it is: one table, so the catalogue is missing.
    'csv-named.xlsx',
  ])('%s has data errors: exit 1, the errors on stderr, no report', async (fixture) => {
    const input = await copyFixture(fixture, dir);
    const r = await runCli(['generate', input, '--report', 'quarterly', '--period', '2024-Q2', '-o', path.join(dir, 'report.xlsx')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^LỖI\/ERROR /m);
    expect(r.stderr).toContain('Dữ liệu có lỗi: chưa tạo báo cáo.');
    expect(await listing(dir)).toEqual([fixture]);
  });

  test.each([
    'random-bytes.xlsx',
    'truncated.xlsx',
    'corrupt-sheet.xlsx',
    'password-protected.xlsx',
    'xls-renamed.xlsx',
    'empty.xlsx',
    'docx-renamed.xlsx',
  ])('%s is no workbook: exit 2, a message on stderr, no report', async (fixture) => {
    const input = await copyFixture(fixture, dir);
    const r = await runCli(['generate', input, '--report', 'quarterly', '--period', '2024-Q2', '-o', path.join(dir, 'report.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(fixture);
    expect(await listing(dir)).toEqual([fixture]);
  });

  test('without -o, the default output name is not created either', async () => {
    const input = await copyFixture('date-31-feb.xlsx', dir);
    const r = await runCli(['generate', input, '--report', 'form06', '--period', '2024-Q2']);
    expect(r.code).toBe(1);
    expect(await listing(dir)).toEqual(['date-31-feb.xlsx']);
  });
});

describe('a write that fails leaves nothing behind', () => {
  test('an output folder that does not exist: exit 2, and nothing is created', async () => {
    const input = await copyFixture('base.xlsx', dir);
    const r = await runCli(['generate', input, '--report', 'quarterly', '--period', '2024-Q2', '-o', path.join(dir, 'no-such-folder', 'report.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Không ghi được');
    expect(await listing(dir)).toEqual(['base.xlsx']);
  });

  test('an output path that is a folder: exit 2, the folder as it was, no temporary file', async () => {
    const input = await copyFixture('base.xlsx', dir);
    await fs.mkdir(path.join(dir, 'report.xlsx'));
    const r = await runCli(['generate', input, '--report', 'quarterly', '--period', '2024-Q2', '-o', path.join(dir, 'report.xlsx')]);
    expect(r.code).toBe(2);
    expect(await listing(dir)).toEqual(['base.xlsx', 'report.xlsx']);
    expect(await listing(path.join(dir, 'report.xlsx'))).toEqual([]);
  });
});
