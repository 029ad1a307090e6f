/**
 * The command line as users run it: `node bin/tthc-report.js …` in a child process, on lib/
 * built by `npm run prepare` (rebuilt here when older than src/). DESIGN §8: a usage or file
 * problem is exit 2 with one or two plain lines on stderr, never a stack trace, and nothing written.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import path from 'path';
import { makeTempDir } from '../helpers/tempDir';
import { BinResult, ensureLib, linesOf, ROOT, runBin, STACK_FRAME } from './binRun';

jest.setTimeout(120_000);

const temp = makeTempDir('tthc-bin-');
let sample: string;

beforeAll(() => {
  ensureLib();
  sample = temp.file('sample.xlsx');
  const r = runBin(['sample', '-o', sample]);
  expect(r).toMatchObject({ code: 0, stdout: `${sample}\n`, stderr: '' });
});
afterAll(() => temp.remove());

/** Exit 2, one or two lines on stderr (the first Vietnamese / English), no stack trace, nothing on stdout. */
function refused(r: BinResult): string {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  const lines = linesOf(r.stderr);
  expect(lines.length).toBeGreaterThanOrEqual(1);
  expect(lines.length).toBeLessThanOrEqual(2);
  expect(lines[0]).toContain(' / ');
  expect(r.stderr).not.toMatch(STACK_FRAME);
  expect(r.stderr).not.toMatch(/\.tmp\b|Error:|node_modules/);
  return r.stderr;
}

/** A fresh folder with a copy of the sample, to check that a refused command wrote nothing. */
function folderWithSample(name: string): { dir: string; input: string } {
  const dir = temp.file(name);
  mkdirSync(dir);
  const input = path.join(dir, 'so-lieu.xlsx');
  writeFileSync(input, readFileSync(sample));
  return { dir, input };
}

describe('usage and file problems: exit 2, one or two plain lines', () => {
  test('a folder as the workbook', () => {
    const stderr = refused(runBin(['indicators', temp.dir, '--period', '2023-Q2']));
    expect(stderr).toBe(
      `"${temp.dir}" là một thư mục, không phải sổ tính: hãy chọn một tệp .xlsx, .xls hoặc .csv. / "${temp.dir}" is a folder, not a workbook: choose an .xlsx, .xls or .csv file.\n`,
    );
  });

  test('a file that does not exist', () => {
    const missing = temp.file('khong-co.xlsx');
    expect(refused(runBin(['generate', missing, '--report', 'quy', '--period', '2023-Q2']))).toBe(
      `Không tìm thấy tệp "${missing}". / File not found: "${missing}".\n`,
    );
  });

  test('an unknown option is named, with the option meant', () => {
    const stderr = refused(runBin(['generate', sample, '--report', 'quy', '--perod', '2023-Q2']));
    expect(linesOf(stderr)).toEqual([
      'Tùy chọn không rõ "--perod" cho lệnh generate. / Unknown option "--perod" for generate.',
      'Có phải --period? / Did you mean --period?',
    ]);
  });

  test('an option of another command is unknown to this one', () => {
    expect(refused(runBin(['sample', '--period', '2023-Q2']))).toContain('Tùy chọn không rõ "--period" cho lệnh sample.');
  });

  test('an extra argument is refused; an unquoted period is shown quoted', () => {
    const stderr = refused(runBin(['indicators', sample, '--period', 'Quý', 'II/2023']));
    expect(linesOf(stderr)).toEqual([
      expect.stringContaining('Thừa đối số "II/2023"'),
      'Kỳ có dấu cách phải đặt trong ngoặc kép: --period "Quý II/2023". / Quote a period with spaces: --period "Quý II/2023".',
    ]);
  });

  test('--period with --from is refused', () => {
    const stderr = refused(runBin(['indicators', sample, '--period', '2023-Q2', '--from', '01/01/2023', '--to', '31/03/2023']));
    expect(linesOf(stderr)[0]).toBe('--period và --from/--to không dùng cùng nhau: chọn một. / --period and --from/--to cannot be used together: choose one.');
  });

  test('an existing -o without --overwrite: nothing written, the file unchanged', () => {
    const { dir, input } = folderWithSample('exists');
    const output = path.join(dir, 'bao-cao.xlsx');
    writeFileSync(output, 'a report the user keeps');
    const stderr = refused(runBin(['generate', input, '--report', 'quy', '--period', '2023-Q2', '-o', output]));
    expect(stderr).toBe(`Tệp "${output}" đã có: thêm --overwrite để ghi đè. / "${output}" already exists: add --overwrite to replace it.\n`);
    expect(readFileSync(output, 'utf8')).toBe('a report the user keeps');
    expect(readdirSync(dir).sort()).toEqual(['bao-cao.xlsx', 'so-lieu.xlsx']);
  });

  test('sample over an existing file without --overwrite', () => {
    const { dir, input } = folderWithSample('sample-exists');
    const before = readFileSync(input);
    expect(refused(runBin(['sample', '-o', input]))).toContain('đã có: thêm --overwrite để ghi đè');
    expect(readFileSync(input).equals(before)).toBe(true);
    expect(readdirSync(dir)).toEqual(['so-lieu.xlsx']);
  });

  test('an output folder that does not exist', () => {
    const { dir, input } = folderWithSample('no-folder');
    const output = path.join(dir, 'khong-co', 'bao-cao.xlsx');
    expect(refused(runBin(['generate', input, '--report', 'quy', '--period', '2023-Q2', '-o', output]))).toBe(
      `Không ghi được "${output}": không có thư mục "${path.dirname(output)}". / Cannot write "${output}": the folder "${path.dirname(output)}" does not exist.\n`,
    );
    expect(readdirSync(dir)).toEqual(['so-lieu.xlsx']);
  });

  test('an unreadable period lists the accepted forms', () => {
    const lines = linesOf(refused(runBin(['indicators', sample, '--period', 'quý 5/2023'])));
    expect(lines[0]).toBe('Không đọc được kỳ báo cáo "quý 5/2023". / Cannot read the period "quý 5/2023".');
    for (const form of ['2023-Q2', '"Quý II/2023"', '"6 tháng đầu năm 2023"', '"9 tháng 2023"', '"năm 2023"', 'dd/mm/yyyy']) expect(lines[1]).toContain(form);
  });

  test('an unknown report lists the report names', () => {
    const lines = linesOf(refused(runBin(['generate', sample, '--report', 'quy-2', '--period', '2023-Q2'])));
    expect(lines[1]).toBe(
      '--report: quy (quarterly), so-hoa (digitisation), bieu-06 (form06), 766 (score766), so-luong-tthc (proceduresByLevel), qua-han (overdueList).',
    );
  });

  test('an unknown command', () => {
    expect(linesOf(refused(runBin(['generat', sample])))[0]).toBe('Lệnh không rõ "generat". / Unknown command "generat".');
  });
});

describe('help and version: exit 0 on stdout', () => {
  test.each(['indicators', 'generate', 'sample', 'demo'])('%s --help and -h show the command’s own help, whatever follows', (command) => {
    const long = runBin([command, '--help']);
    expect(long).toMatchObject({ code: 0, stderr: '' });
    expect(long.stdout.startsWith(`tthc-report ${command}`)).toBe(true);
    expect(runBin([command, '-h', '--no-such-option', 'extra']).stdout).toBe(long.stdout);
    expect(runBin(['help', command]).stdout).toBe(long.stdout);
  });

  test('generate --help names every option of generate', () => {
    const { stdout } = runBin(['generate', '--help']);
    for (const option of ['--report', '--period', '--calendar', '--from', '--to', '--catalogue', '--lang', '-o, --output', '--overwrite', '--force', '--help']) {
      expect(stdout).toContain(option);
    }
    expect(stdout).toContain('quy, so-hoa, bieu-06, 766, so-luong-tthc, qua-han');
  });

  test('--help, -h, help and no argument show the overview', () => {
    const overview = runBin(['--help']);
    expect(overview).toMatchObject({ code: 0, stderr: '' });
    for (const command of ['indicators', 'generate', 'sample', 'demo', '--version', '--overwrite']) expect(overview.stdout).toContain(command);
    for (const argv of [['-h'], ['help'], []]) expect(runBin(argv).stdout).toBe(overview.stdout);
  });

  test('--version prints the version of package.json', () => {
    const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(runBin(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
    expect(runBin(['generate', '--version']).stdout).toBe(`${version}\n`);
  });
});

describe('periods and reports as people write them', () => {
  const indicators = (...period: string[]) => {
    const r = runBin(['indicators', sample, ...period]);
    expect(r.code).toBe(0);
    return JSON.parse(r.stdout) as { period: { from: string; to: string } };
  };

  test('"Quý II/2023" gives the same JSON as --period 2023-Q2', () => {
    const reference = indicators('--period', '2023-Q2');
    expect(reference.period).toEqual({ from: '2023-03-15', to: '2023-06-14' });
    for (const label of ['Quý II/2023', 'quý 2 năm 2023', 'Q2/2023']) expect(indicators('--period', label)).toEqual(reference);
  });

  test('--from/--to as dd/mm/yyyy gives the same JSON as yyyy-mm-dd', () => {
    expect(indicators('--from', '15/03/2023', '--to', '14/06/2023')).toEqual(indicators('--from', '2023-03-15', '--to', '2023-06-14'));
  });

  test('--report quy writes the quarterly report and prints its path, headline figures and placeholders left', () => {
    const { dir, input } = folderWithSample('report-quy');
    const output = path.join(dir, 'bao-cao-quy.xlsx');
    const r = runBin(['generate', input, '--report', 'quy', '--period', 'Quý II/2023', '-o', output]);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toMatch(STACK_FRAME);
    expect(linesOf(r.stdout)).toEqual([
      output,
      'tiếp nhận/received 14; đã giải quyết/resolved 10; đúng hạn/on time 100%; trực tuyến/online share 100%',
      expect.stringMatching(/^Ô còn phải điền \(tô vàng\) \/ placeholders left to fill \(yellow\): \d+$/),
    ]);
    expect(existsSync(output)).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['bao-cao-quy.xlsx', 'so-lieu.xlsx']);
    // Again with --overwrite: replaced, still no other file.
    expect(runBin(['generate', input, '--report', 'QUY', '--period', '2023-Q2', '-o', output, '--overwrite']).code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['bao-cao-quy.xlsx', 'so-lieu.xlsx']);
  });
});
