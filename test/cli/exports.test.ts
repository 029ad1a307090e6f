/**
 * The command line on real-shaped data: the HTML "Excel" a provincial system exports, its
 * catalogue from another file, and many equal bad cells reported as one group.
 */
import ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import path from 'path';
import { EXPORT_DIR } from '../../scripts/make-export-fixtures';
import { makeTempDir } from '../helpers/tempDir';
import { runCli } from '../reliability/cliRun';

const exportFile = path.join(EXPORT_DIR, 'thanh-hoa-dossiers.xls');
const catalogue = path.join(EXPORT_DIR, 'catalogue.xlsx');
const temp = makeTempDir();
afterAll(() => temp.remove());

describe('tthc-report on a Thanh Hóa-style export', () => {
  test('indicators with --catalogue give the hand count of the fixture, exit 0, and the online share unknown with a warning', async () => {
    const { code, stdout } = await runCli(['indicators', exportFile, '--catalogue', catalogue, '--period', '2026-Q3']);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    // The hand count is written out beside the rows in scripts/make-export-fixtures.ts.
    expect(json.indicators).toMatchObject({
      received: 8,
      carriedOver: 1,
      newReceived: 7,
      newOnline: null,
      newDirect: null,
      onlineShare: null,
      resolved: 6,
      resolvedEarly: 2,
      resolvedOnTime: 3,
      resolvedLate: 1,
      pending: 2,
      pendingInTime: 1,
      pendingOverdue: 1,
    });
    expect(json.byField['Chưa xác định lĩnh vực'].received).toBe(1);
    expect(json.issueGroups.map((g: { code: string }) => g.code)).toEqual(['noChannelColumn', 'noFlagColumns', 'notReceivedSkipped', 'unlistedProcedures']);
  });

  test('without the catalogue the export still counts, every dossier under "Chưa xác định lĩnh vực", and the missing catalogue is an error', async () => {
    const { code, stdout } = await runCli(['indicators', exportFile, '--period', '2026-Q3']);
    expect(code).toBe(1);
    const json = JSON.parse(stdout);
    expect(json.indicators.received).toBe(8);
    expect(Object.keys(json.byField)).toEqual(['Chưa xác định lĩnh vực']);
    expect(json.issues.find((i: { code: string }) => i.code === 'missingTable').message).toContain('"Sheet1"');
  });

  test('generate writes a report from the export and its catalogue, printing "không có dữ liệu" for the online figures', async () => {
    const out = temp.file('q3.xlsx');
    const { code } = await runCli(['generate', exportFile, '--catalogue', catalogue, '--report', 'quarterly', '--period', '2026-Q3', '-o', out]);
    expect(code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const texts: string[] = [];
    workbook.worksheets[0].eachRow((row) => row.eachCell((cell) => void (cell.type !== ExcelJS.ValueType.Merge && texts.push(String(cell.text)))));
    expect(texts.join('\n')).toContain('Số mới tiếp nhận trong kỳ: 7 (trực tuyến: không có dữ liệu, trực tiếp và qua dịch vụ bưu chính: không có dữ liệu)');
  });

  test('5,000 rows with the same bad value are one line on stderr, not 5,000', async () => {
    const rows = ['Mã hồ sơ;Mã TTHC;Ngày tiếp nhận;Hạn trả kết quả;Kênh tiếp nhận'];
    for (let n = 0; n < 5000; n++) rows.push(`H-${n};1.001193;chưa rõ;20/06/2026;Trực tiếp`);
    const csv = temp.file('bad-dates.csv');
    await fs.writeFile(csv, rows.join('\n'));
    const { code, stderr } = await runCli(['generate', csv, '--catalogue', catalogue, '--report', 'quarterly', '--period', '2026-Q3', '-o', temp.file('never.xlsx')]);
    expect(code).toBe(1);
    const dateLines = stderr.split('\n').filter((l) => l.includes('chưa rõ'));
    expect(dateLines).toHaveLength(1);
    expect(dateLines[0]).toContain('5000 ô/cells');
    expect(dateLines[0]).toContain('dòng/row 2, 3, 4, 5, 6, 7, 8, 9, 10, 11…');
  });
});

describe('tthc-report demo', () => {
  test('writes the sample, every report for the seeds’ periods, and a 2026-Q3 quarterly report worded by ND 118/2025', async () => {
    const dir = temp.file('demo');
    const { code, stdout } = await runCli(['demo', '-o', dir]);
    expect(code).toBe(0);
    const files = (await fs.readdir(dir)).sort();
    const reports = ['digitisation', 'form06', 'overdueList', 'proceduresByLevel', 'quarterly-2026-Q3', 'quarterly', 'score766'];
    expect(files).toEqual([...reports.flatMap((r) => [`${r}.xlsx`, `${r}.docx`]), 'tthc-sample.xlsx'].sort());
    expect(stdout).toContain('tiếp nhận/received 17 (mới/new 16, trực tuyến/online 8, kỳ trước/carried over 1)');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(dir, 'quarterly-2026-Q3.xlsx'));
    const texts: string[] = [];
    workbook.worksheets[0].eachRow((row) => row.eachCell((cell) => void (cell.type !== ExcelJS.ValueType.Merge && texts.push(String(cell.text)))));
    const text = texts.join('\n');
    expect(text).toContain('118/2025/NĐ-CP');
    expect(text).toContain('Từ ngày 15/6/2026 đến ngày 14/9/2026');
    for (const old of ['Cổng Dịch vụ công tỉnh', 'mức độ 3', 'mức độ 4', '107/2021']) expect(text).not.toContain(old);
  }, 120_000);
});
