/**
 * The command line's contracts, in-process where a failure must be provoked (a file held open in
 * Excel, no permission, an exception nobody foresaw): exit 2 with one or two plain lines naming
 * the file the user gave, never the temporary file, never a stack trace.
 */
import { mkdirSync, promises as fs, readdirSync, readFileSync, statSync, writeFileSync } from 'fs';
import path from 'path';
import * as nodeFile from '../../src/readers/nodeFile';
import { EXPORT_DIR } from '../../scripts/make-export-fixtures';
import { makeTempDir } from '../helpers/tempDir';
import { BAD, runCli } from '../reliability/cliRun';
import { linesOf, STACK_FRAME } from './binRun';

jest.setTimeout(60_000);

const temp = makeTempDir('tthc-contracts-');
afterAll(() => temp.remove());
afterEach(() => jest.restoreAllMocks());

let count = 0;
/** A fresh folder holding a copy of the base fixture (2024-Q2: received 4, resolved 3). */
function folder(): { dir: string; input: string } {
  const dir = temp.file(`case-${++count}`);
  mkdirSync(dir);
  const input = path.join(dir, 'so-lieu.xlsx');
  writeFileSync(input, readFileSync(path.join(BAD, 'base.xlsx')));
  return { dir, input };
}

const errno = (code: string, message = code) => Object.assign(new Error(message), { code });

/** Exit 2, nothing on stdout, one or two lines on stderr, no stack trace and no temporary file named. */
function refused(r: { code: number; stdout: string; stderr: string }): string[] {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  const lines = linesOf(r.stderr);
  expect(lines.length).toBeGreaterThanOrEqual(1);
  expect(lines.length).toBeLessThanOrEqual(2);
  expect(r.stderr).not.toMatch(STACK_FRAME);
  expect(r.stderr).not.toContain('.tmp');
  return lines;
}

const generate = (input: string, output: string, ...extra: string[]) =>
  runCli(['generate', input, '--report', 'quy', '--period', '2024-Q2', '-o', output, ...extra]);

describe('a report held open in Excel', () => {
  test.each(['EBUSY', 'EPERM', 'EACCES'])('%s on the rename over it: close it in Excel and try again; the old report kept, no temporary file', async (code) => {
    const { dir, input } = folder();
    const output = path.join(dir, 'bao-cao.xlsx');
    writeFileSync(output, 'open in Excel');
    jest.spyOn(fs, 'rename').mockRejectedValue(errno(code, `${code}: resource busy or locked, rename '${dir}/.bao-cao.xlsx.${process.pid}.tmp' -> '${output}'`));
    const lines = refused(await generate(input, output, '--overwrite'));
    expect(lines).toEqual([
      `Không ghi được "${output}": tệp đang mở hoặc bị khóa, hãy đóng tệp trong Excel rồi thử lại. / Cannot write "${output}": the file is open or locked: close it in Excel and try again.`,
    ]);
    expect(readFileSync(output, 'utf8')).toBe('open in Excel');
    expect(readdirSync(dir).sort()).toEqual(['bao-cao.xlsx', 'so-lieu.xlsx']);
  });

  test('EBUSY on reading the workbook: close it in Excel and try again', async () => {
    const { dir, input } = folder();
    jest.spyOn(fs, 'access').mockRejectedValue(errno('EBUSY'));
    expect(refused(await generate(input, path.join(dir, 'r.xlsx')))).toEqual([
      `Không đọc được "${input}": tệp đang mở hoặc bị khóa, hãy đóng tệp trong Excel rồi thử lại. / Cannot read "${input}": the file is open or locked: close it in Excel and try again.`,
    ]);
  });
});

describe('no permission', () => {
  test('to write in the output folder', async () => {
    const { dir, input } = folder();
    const output = path.join(dir, 'r.xlsx');
    jest.spyOn(fs, 'writeFile').mockRejectedValue(errno('EACCES', `EACCES: permission denied, open '${dir}/.r.xlsx.${process.pid}.tmp'`));
    expect(refused(await generate(input, output))).toEqual([
      `Không ghi được "${output}": không có quyền ghi vào thư mục "${dir}". / Cannot write "${output}": no permission to write in the folder "${dir}".`,
    ]);
    expect(readdirSync(dir)).toEqual(['so-lieu.xlsx']);
  });

  test('to read the workbook', async () => {
    const { dir, input } = folder();
    jest.spyOn(fs, 'access').mockRejectedValue(errno('EACCES'));
    expect(refused(await generate(input, path.join(dir, 'r.xlsx')))).toEqual([`Không có quyền đọc tệp "${input}". / No permission to read "${input}".`]);
  });

  test('a full disk names the report, not the temporary file', async () => {
    const { dir, input } = folder();
    const output = path.join(dir, 'r.xlsx');
    jest.spyOn(fs, 'writeFile').mockRejectedValue(errno('ENOSPC', `ENOSPC: no space left on device, write '${dir}/.r.xlsx.${process.pid}.tmp'`));
    expect(refused(await generate(input, output))).toEqual([`Không ghi được "${output}": ổ đĩa đã đầy. / Cannot write "${output}": the disk is full.`]);
  });
});

describe('an exception nobody foresaw', () => {
  // Each reader the command line reads a workbook with, by a command that reads through it:
  // `generate` reads the whole workbook, `indicators` streams an .xlsx (`withXlsxFile`).
  const readers = [
    ['readSheetsFromFile', 'generate'],
    ['withXlsxFile', 'indicators'],
  ] as const;
  type Reader = (typeof readers)[number][0];
  const boom = (reader: Reader) => jest.spyOn(nodeFile, reader).mockRejectedValue(new TypeError('Cannot read properties of undefined (reading "x")'));
  const expected = (command: string) =>
    `Lỗi không mong đợi (tthc-report ${command}): Cannot read properties of undefined (reading "x"). Xin báo lỗi này kèm lệnh đã chạy; đặt TTHC_DEBUG=1 để xem chi tiết. / ` +
    `Unexpected error (tthc-report ${command}): Cannot read properties of undefined (reading "x"). Please report it with the command you ran; set TTHC_DEBUG=1 for the details.`;
  const run = (command: string) => {
    const { dir, input } = folder();
    return command === 'generate' ? generate(input, path.join(dir, 'bao-cao.xlsx')) : runCli(['indicators', input, '--period', '2024-Q2']);
  };

  test.each(readers)('%s failing (%s): one line, exit 2, a request to report it, no stack', async (reader, command) => {
    boom(reader);
    const saved = process.env.TTHC_DEBUG;
    delete process.env.TTHC_DEBUG;
    try {
      expect(refused(await run(command))).toEqual([expected(command)]);
    } finally {
      if (saved !== undefined) process.env.TTHC_DEBUG = saved;
    }
  });

  test.each(readers)('%s failing (%s): TTHC_DEBUG=1 adds the stack', async (reader, command) => {
    boom(reader);
    process.env.TTHC_DEBUG = '1';
    try {
      const r = await run(command);
      expect(r.code).toBe(2);
      expect(linesOf(r.stderr)[0]).toBe(expected(command));
      expect(r.stderr).toMatch(STACK_FRAME);
    } finally {
      delete process.env.TTHC_DEBUG;
    }
  });
});

describe('options each command declares', () => {
  test.each([
    [['generate', 'x.xlsx', '--period', '2024-Q2', '--period', '2024-Q3'], '--period có hai lần. / --period is given twice.'],
    [['generate', 'x.xlsx', '--force=yes'], '--force không nhận giá trị. / --force takes no value.'],
    [['indicators', 'x.xlsx', '--period'], 'Thiếu giá trị cho --period. / --period needs a value.'],
    [['indicators', 'x.xlsx', '--period', '--calendar'], 'Thiếu giá trị cho --period. / --period needs a value.'],
    [['indicators', 'x.xlsx', '-x'], 'Tùy chọn không rõ "-x" cho lệnh indicators. / Unknown option "-x" for indicators.'],
    [['indicators', 'x.xlsx', '--overwrite'], 'Tùy chọn không rõ "--overwrite" cho lệnh indicators. / Unknown option "--overwrite" for indicators.'],
    [['demo', '--report', 'quy'], 'Tùy chọn không rõ "--report" cho lệnh demo. / Unknown option "--report" for demo.'],
    [['indicators'], 'Thiếu đường dẫn sổ tính (.xlsx, .xls, .csv) cho lệnh indicators. / indicators needs a workbook path (.xlsx, .xls, .csv).'],
    [['demo', 'out'], 'Thừa đối số "out" (lệnh demo không nhận đối số). / Unexpected argument "out" (demo takes no argument).'],
    [['--period', '2024-Q2'], 'Thiếu lệnh trước "--period". / A command must come before "--period".'],
  ])('%j', async (argv, message) => {
    expect(refused(await runCli(argv))[0]).toBe(message);
  });
});

describe('periods', () => {
  const { input } = folder();
  const periodOf = async (...argv: string[]) => {
    const r = await runCli(['indicators', input, ...argv]);
    expect(r.code).toBe(0);
    return JSON.parse(r.stdout).period as { from: string; to: string };
  };

  test.each([
    ['6 tháng đầu năm 2023', '2023-H1'],
    ['9 tháng 2023', '2023-9M'],
    ['năm 2023', '2023'],
    ['Quý IV/2023', '2023-Q4'],
    ['quý 1 năm 2024', '2024-Q1'],
  ])('"%s" is %s', async (label, reference) => {
    expect(await periodOf('--period', label)).toEqual(await periodOf('--period', reference));
  });

  test.each([
    [['--from', '2023-01-01'], '--from cần đi kèm --to. / --from needs --to.'],
    [['--to', '2023-01-01'], '--to cần đi kèm --from. / --to needs --from.'],
    [['--from', '31/02/2023', '--to', '31/03/2023'], '--from: không đọc được ngày "31/02/2023". / --from: cannot read the date "31/02/2023".'],
    [['--from', '01/04/2023', '--to', '31/03/2023'], '--from 01/04/2023 sau --to 31/03/2023: ngày đầu phải trước ngày cuối. / --from 01/04/2023 is after --to 31/03/2023: the first day comes first.'],
    [['--from', '01/01/2023', '--to', '31/03/2023', '--calendar'], '--calendar chỉ dùng với --period. / --calendar goes with --period only.'],
    [['--period', '2023-Q2', '--to', '31/03/2023'], '--period và --from/--to không dùng cùng nhau: chọn một. / --period and --from/--to cannot be used together: choose one.'],
    [[], 'Cần --period (ví dụ 2023-Q2 hoặc "Quý II/2023") hoặc --from/--to. / --period (e.g. 2023-Q2 or "Quý II/2023") or --from/--to is required.'],
  ])('%j is refused', async (argv, message) => {
    expect(refused(await runCli(['indicators', input, ...argv]))[0]).toBe(message);
  });
});

describe('reports by their Vietnamese names', () => {
  test.each([
    ['quy', 'quarterly'],
    ['so-hoa', 'digitisation'],
    ['BIEU-06', 'form06'],
    ['766', 'score766'],
    ['so-luong-tthc', 'proceduresByLevel'],
    ['Qua-Han', 'overdueList'],
    ['Báo cáo quý', 'quarterly'],
  ])('--report %s writes the %s report', async (name, id) => {
    const { dir, input } = folder();
    const r = await runCli(['generate', input, '--report', name, '--period', '2024-Q2']);
    expect(r.code).toBe(0);
    const output = path.join(dir, `so-lieu-${id}-2024-Q2.xlsx`);
    expect(linesOf(r.stdout)[0]).toBe(output);
    expect(statSync(output).size).toBeGreaterThan(1000);
  });

  test('generate prints the headline figures and the placeholders left', async () => {
    const { dir, input } = folder();
    const r = await generate(input, path.join(dir, 'r.xlsx'));
    expect(linesOf(r.stdout).slice(1)).toEqual([
      'tiếp nhận/received 4; đã giải quyết/resolved 3; đúng hạn/on time 66.7%; trực tuyến/online share 50%',
      // The base workbook has no NoiDung and no SoLieu: each missing paragraph and figure is one yellow cell.
      'Ô còn phải điền (tô vàng) / placeholders left to fill (yellow): 17',
    ]);
  });

  test('an online share that cannot be known is "không có dữ liệu"', async () => {
    // The Thanh Hóa-style export has no channel column (test/cli/exports.test.ts).
    const dir = folder().dir;
    const r = await runCli([
      'generate', path.join(EXPORT_DIR, 'thanh-hoa-dossiers.xls'), '--catalogue', path.join(EXPORT_DIR, 'catalogue.xlsx'),
      '--report', 'bieu-06', '--period', '2026-Q3', '-o', path.join(dir, 'r.xlsx'),
    ]);
    expect(r.code).toBe(0);
    expect(linesOf(r.stdout)[1]).toBe('tiếp nhận/received 8; đã giải quyết/resolved 6; đúng hạn/on time 83.3%; trực tuyến/online share không có dữ liệu/no data');
  });
});

describe('nothing replaced without --overwrite', () => {
  test('the catalogue as output is refused like the input', async () => {
    const { dir, input } = folder();
    const csv = path.join(dir, 'log.csv');
    writeFileSync(csv, 'Mã hồ sơ;Mã TTHC;Ngày tiếp nhận\nH-1;A;20/03/2024\n');
    const before = readFileSync(input);
    const lines = refused(await runCli(['generate', csv, '--catalogue', input, '--report', 'quy', '--period', '2024-Q2', '-o', input, '--overwrite']));
    expect(lines[0]).toBe('Tệp kết quả trùng tệp đầu vào: không ghi đè dữ liệu gốc. / The output is the input file: the input is never overwritten.');
    expect(readFileSync(input).equals(before)).toBe(true);
  });

  test('demo into a folder holding one of its files: refused, nothing written; with --overwrite, written', async () => {
    const dir = temp.file('demo');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'form06.xlsx'), 'kept');
    const lines = refused(await runCli(['demo', '-o', dir]));
    expect(lines).toEqual([`Thư mục "${dir}" đã có form06.xlsx: thêm --overwrite để ghi đè. / The folder "${dir}" already holds form06.xlsx: add --overwrite to replace them.`]);
    expect(readdirSync(dir)).toEqual(['form06.xlsx']);
    expect((await runCli(['demo', '-o', dir, '--overwrite'])).code).toBe(0);
    expect(readdirSync(dir)).toHaveLength(15); // the sample, and seven reports as .xlsx and .docx
    expect(readFileSync(path.join(dir, 'form06.xlsx'), 'utf8')).not.toBe('kept');
  });

  test('a demo folder that is a file', async () => {
    const file = temp.file('not-a-folder');
    writeFileSync(file, '');
    expect(refused(await runCli(['demo', '-o', file]))).toEqual([`"${file}" là một tệp, không phải thư mục. / "${file}" is a file, not a folder.`]);
  });
});
