import ExcelJS from 'exceljs';
import { existsSync, readdirSync, readFileSync } from 'fs';
import { makeTempDir } from '../helpers/tempDir';
import { runCli } from '../helpers/cliInProcess';

const run = runCli;

/** Every text of a sheet, one cell a line, to search sentences in. */
async function sheetText(file: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const lines: string[] = [];
  workbook.worksheets[0].eachRow((row) =>
    row.eachCell((cell) => {
      if (cell.type !== ExcelJS.ValueType.Merge) lines.push(String(cell.text));
    }),
  );
  return lines.join('\n');
}

const temp = makeTempDir();
const sample = temp.file('sample.xlsx');
beforeAll(async () => {
  expect((await run('sample', '-o', sample)).code).toBe(0);
});
afterAll(() => temp.remove());

describe('tthc-report indicators', () => {
  test('prints one JSON object with period, indicators, byField, byProcedure and issues, and exits 0', async () => {
    const { code, stdout } = await run('indicators', sample, '--period', '2023-Q2');
    const json = JSON.parse(stdout);
    expect(code).toBe(0);
    expect(json.period).toEqual({ from: '2023-03-15', to: '2023-06-14' });
    expect(json.indicators).toMatchObject({ received: 14, newReceived: 9, carriedOver: 5, resolved: 10, pending: 4, onTimeRate: 1 });
    expect(json.byField['Hội nghị, hội thảo quốc tế'].newOnline).toBe(9);
    expect(json.byProcedure['NV.05']).toMatchObject({ name: 'Chứng nhận lãnh sự, hợp pháp hóa lãnh sự', carriedOver: 3 });
    expect(json.issues).toEqual([]);
  });

  test('takes an explicit range with --from and --to', async () => {
    const { stdout } = await run('indicators', sample, '--from', '2023-01-01', '--to', '2023-08-31');
    expect(JSON.parse(stdout).indicators).toMatchObject({ resultsIssued: 67, electronicResults: 9 });
  });

  test('calendar quarters on request', async () => {
    const { stdout } = await run('indicators', sample, '--period', '2023-Q2', '--calendar');
    expect(JSON.parse(stdout).period).toEqual({ from: '2023-04-01', to: '2023-06-30' });
  });

  test('a missing period is a usage error: exit 2 with a message on stderr', async () => {
    const { code, stderr } = await run('indicators', sample);
    expect(code).toBe(2);
    expect(stderr).toContain('--period');
  });

  test('a missing file is a file error: exit 2', async () => {
    const { code, stderr } = await run('indicators', temp.file('none.xlsx'), '--period', '2023-Q2');
    expect(code).toBe(2);
    expect(stderr).toContain('none.xlsx');
  });
});

describe('tthc-report generate on the sample', () => {
  const generate = async (report: string, ...period: string[]) => {
    const output = temp.file(`${report}.xlsx`);
    // Several tests write the same report: each replaces the last one's file.
    const { code } = await run('generate', sample, '--report', report, ...period, '-o', output, '--overwrite');
    expect(code).toBe(0);
    return sheetText(output);
  };

  test('quarterly: the section 6 sentences of seed 000 with their figures', async () => {
    const text = await generate('quarterly', '--period', '2023-Q2');
    expect(text).toContain(
      'Tổng số hồ sơ TTHC đã tiếp nhận trong kỳ báo cáo: 14, trong đó: Số mới tiếp nhận trong kỳ: 9 (trực tuyến: 9, trực tiếp và qua dịch vụ bưu chính: 0); số từ kỳ trước chuyển qua: 05',
    );
    expect(text).toContain('giải quyết trước hạn: 10');
    expect(text).toContain('Số lượng hồ sơ đang giải quyết: 04, trong đó, trong hạn: 04, quá hạn: 0');
  });

  test('quarterly: sections 1, 3 and 8 of seed 000', async () => {
    const text = await generate('quarterly', '--period', '2023-Q2');
    expect(text).toContain('Từ ngày 15/3/2023 đến ngày 14/6/2023, Sở Ngoại vụ chưa tham mưu');
    expect(text).toContain('Tổng số TTHC/danh mục TTHC được công bố: 08, trong đó số TTHC được công khai: 08');
    expect(text).toContain('số TTHC do Trung ương quy định: 04; số TTHC do địa phương quy định: 04');
    expect(text).toContain('Trên Cổng Dịch vụ công tỉnh: 08 thủ tục (cung cấp dịch vụ công trực tuyến mức độ 3: 03 TTHC; cung cấp dịch vụ công trực tuyến mức độ 4: 05 TTHC)');
    expect(text).toContain('Trên Cổng Dịch vụ công quốc gia: 06 thủ tục (cung cấp dịch vụ công trực tuyến mức độ 3: 01 TTHC; cung cấp dịch vụ công trực tuyến mức độ 4: 05 TTHC)');
    expect(text).toContain('PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ III/2023');
  });

  test('digitisation: sections 1, 3 and 5 of seed 003', async () => {
    const text = await generate('digitisation', '--from', '2023-01-01', '--to', '2023-08-31');
    expect(text).toContain('100% kết quả giải quyết TTHC (05/05 TTHC)');
    expect(text).toContain('Số kết quả giải quyết TTHC điện tử: 09; số kết quả giải quyết TTHC đã được cấp: 67');
    expect(text).toContain('Số hồ sơ đã được số hóa: 67; số hồ sơ đã được giải quyết: 67');
    expect(text).toContain('Chứng nhận lãnh sự, hợp pháp hóa lãnh sự: 45 hồ sơ');
    expect(text).toContain('Cho phép tổ chức hội nghị, hội thảo quốc tế không thuộc thẩm quyền cho phép của Thủ tướng Chính phủ: 09 hồ sơ');
    expect(text).toContain('05/05 TTHC');
  });

  test('form 06: the total row of 2023-Q2', async () => {
    const text = await generate('form06', '--period', '2023-Q2');
    expect(text).toContain('Tổng cộng');
    expect(text).toMatch(/Biểu số 06/);
  });

  test('score766: groups it cannot compute are named as such', async () => {
    const text = await generate('score766', '--period', '2023-Q2');
    expect(text).toContain('Chưa tính được');
  });
});

describe('nothing lost', () => {
  test('generate refuses to write over its input, even spelled differently, and leaves it unchanged', async () => {
    const before = readFileSync(sample);
    const { code, stderr } = await run('generate', sample, '--report', 'quarterly', '--period', '2023-Q2', '-o', `${temp.dir}/./x/../sample.xlsx`);
    expect(code).toBe(2);
    expect(stderr).toContain('không ghi đè');
    expect(readFileSync(sample).equals(before)).toBe(true);
  });

  test('data errors: no report is written and no temporary file is left', async () => {
    const bad = temp.file('bad.xlsx');
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('TTHC').addRows([['Mã TTHC', 'Tên TTHC', 'Lĩnh vực'], ['A', 'Thủ tục A', 'Lĩnh vực 1']]);
    workbook.addWorksheet('HoSo').addRows([['Mã hồ sơ', 'Mã TTHC', 'Ngày tiếp nhận'], ['H1', 'A', '31/02/2023']]);
    await workbook.xlsx.writeFile(bad);
    const output = temp.file('bad-report.xlsx');
    const { code, stderr } = await run('generate', bad, '--report', 'quarterly', '--period', '2023-Q2', '-o', output);
    expect(code).toBe(1);
    expect(stderr).toContain('HoSo, dòng/row 2, cột/column C (Ngày tiếp nhận)');
    expect(existsSync(output)).toBe(false);
    expect(readdirSync(temp.dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('nothing lost, through another name', () => {
  test('generate refuses an output that is a link to its input', async () => {
    const { symlinkSync } = await import('fs');
    const link = temp.file('link-to-sample.xlsx');
    symlinkSync(sample, link);
    const before = readFileSync(sample);
    const { code } = await run('generate', sample, '--report', 'quarterly', '--period', '2023-Q2', '-o', link);
    expect(code).toBe(2);
    expect(readFileSync(sample).equals(before)).toBe(true);
  });
});
