/**
 * Logs and catalogues as provincial systems export them (DOMAIN-2026 §2): title rows, merged
 * cells, headers over two rows, the national status list, no channel or code column.
 */
import { computeIndicators } from '../../src/core/indicators';
import { parseInputs, UNKNOWN_FIELD } from '../../src/core/inputs';
import { groupIssues } from '../../src/core/issueGroups';
import { periodFromLabel } from '../../src/core/periods';
import { CellArea, RawCell, RawTable } from '../../src/core/types';

const sheet = (name: string, rows: RawCell[][], merges?: CellArea[]): RawTable => ({ sheet: name, firstRow: 1, firstColumn: 1, rows, merges });

/** A catalogue with title rows, a "(1) (2) (3) (4)" row and "Lĩnh vực" merged down over its procedures. */
const catalogue = sheet(
  'Danh mục TTHC',
  [
    ['DANH MỤC THỦ TỤC HÀNH CHÍNH'],
    [],
    ['Lĩnh vực', 'Mã TTHC', 'Tên TTHC', 'Thời hạn giải quyết'],
    ['(1)', '(2)', '(3)', '(4)'],
    ['Hộ tịch', '1.001', 'Đăng ký khai sinh', '05 ngày làm việc'],
    [null, '1.002', 'Đăng ký kết hôn', '03 ngày làm việc'],
    ['Đất đai', '2.001', 'Cấp giấy chứng nhận', '15'],
  ],
  [{ top: 4, left: 0, bottom: 5, right: 0 }],
);

/** The Thanh Hóa export header (DOMAIN-2026 §2.1): names, no code, channel or field column. */
const EXPORT_HEADER = ['STT', 'Đơn vị tiếp nhận', 'Tên thủ tục hành chính', 'Mã hồ sơ', 'Trạng thái', 'Ngày nộp hồ sơ', 'Ngày nhận', 'Ngày hẹn trả', 'Ngày kết thúc xử lý'];

function exportLog(rows: RawCell[][]): RawTable {
  return sheet('Sheet1', [['THỐNG KÊ HỒ SƠ TIẾP NHẬN QUÁ HẠN'], [], EXPORT_HEADER, ...rows], [{ top: 0, left: 0, bottom: 0, right: 8 }]);
}

const Q3 = periodFromLabel('2026-Q3')!;

describe('reading exports as the provincial systems write them', () => {
  test('a value merged down over data rows belongs to each row: both civil-status procedures are "Hộ tịch"', () => {
    const inputs = parseInputs([catalogue, exportLog([])]);
    expect(inputs.procedures.map((p) => [p.code, p.field])).toEqual([
      ['1.001', 'Hộ tịch'],
      ['1.002', 'Hộ tịch'],
      ['2.001', 'Đất đai'],
    ]);
  });

  test('the column-number row under a header is not a procedure, and "05 ngày làm việc" is 5 days', () => {
    const inputs = parseInputs([catalogue, exportLog([])]);
    expect(inputs.procedures.map((p) => p.processingDays)).toEqual([5, 3, 15]);
  });

  test('tables are found by the names workbooks use, and by their header on a sheet called "Sheet1"', () => {
    const inputs = parseInputs([catalogue, exportLog([['1', 'UBND xã A', 'Đăng ký khai sinh', 'H-1', 'Đã trả kết quả', '15/06/2026 08:00:00', '16/06/2026 08:30:00', '20/06/2026', '19/06/2026 10:00:00']])]);
    expect(inputs.dossiers).toHaveLength(1);
    expect(inputs.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  test('"Ngày nhận" is received and "Ngày nộp hồ sơ" is never taken for it; date-times count as their day', () => {
    const inputs = parseInputs([catalogue, exportLog([['1', 'UBND xã A', 'Đăng ký khai sinh', 'H-1', 'Đã trả kết quả', '10/06/2026 08:00:00', '16/06/2026 08:30:00', '20/06/2026', '19/06/2026 10:00:00']])]);
    const d = inputs.dossiers[0];
    expect([d.received, d.due, d.completed]).toEqual([Q3.from + 1, Q3.from + 5, Q3.from + 4]);
  });

  test('a log without procedure codes joins the catalogue by name, ignoring case, spacing and punctuation', () => {
    const inputs = parseInputs([catalogue, exportLog([['1', 'X', '  đăng ký KHAI  sinh.', 'H-1', 'Đang xử lý', '', '16/06/2026', '20/06/2026', '']])]);
    expect(inputs.dossiers[0].procedureCode).toBe('1.001');
  });

  test('a name the catalogue lacks still counts in the totals, under "Chưa xác định lĩnh vực", with one warning listing it', () => {
    const rows = [1, 2, 3].map((n) => [String(n), 'X', 'Thủ tục lạ', `H-${n}`, 'Đang xử lý', '', '16/06/2026', '20/09/2026', '']);
    const inputs = parseInputs([catalogue, exportLog(rows)]);
    const result = computeIndicators(inputs, Q3);
    expect(result.indicators.received).toBe(3);
    expect(result.byField[UNKNOWN_FIELD].received).toBe(3);
    expect(result.indicators.procedures).toBe(3);
    const warnings = inputs.issues.filter((i) => i.code === 'unlistedProcedures');
    expect(warnings).toHaveLength(1);
    expect(warnings[0].message).toContain('"Thủ tục lạ"');
  });

  test('statuses 1 Mới đăng ký and 3 Không được tiếp nhận are left out of every figure, with one warning and no error for their blank dates', () => {
    const inputs = parseInputs([
      catalogue,
      exportLog([
        ['1', 'X', 'Đăng ký khai sinh', 'H-1', 'Mới đăng ký', '16/06/2026', '', '', ''],
        ['2', 'X', 'Đăng ký khai sinh', 'H-2', 'Không được tiếp nhận', '16/06/2026', '', '', ''],
        ['3', 'X', 'Đăng ký khai sinh', 'H-3', 'Đã trả kết quả', '', '16/06/2026', '20/06/2026', '19/06/2026'],
      ]),
    ]);
    expect(inputs.dossiers.map((d) => d.id)).toEqual(['H-3']);
    expect(inputs.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(inputs.issues.filter((i) => i.code === 'notReceivedSkipped')).toEqual([expect.objectContaining({ row: 4, message: expect.stringContaining('2 hồ sơ') })]);
  });

  test('7 withdrawn and 8 stopped end at their completed date and count as on time', () => {
    const inputs = parseInputs([
      catalogue,
      exportLog([
        ['1', 'X', 'Đăng ký khai sinh', 'H-1', 'Công dân yêu cầu rút hồ sơ', '', '16/06/2026', '17/06/2026', '30/06/2026'],
        ['2', 'X', 'Đăng ký khai sinh', 'H-2', 'Dừng xử lý', '', '16/06/2026', '17/06/2026', '30/06/2026'],
      ]),
    ]);
    const i = computeIndicators(inputs, Q3).indicators;
    expect([i.resolved, i.resolvedOnTime, i.resolvedLate]).toEqual([2, 2, 0]);
  });

  test('a log with no channel column gives the online figures as unknown (null) with one warning, not 0% online', () => {
    const inputs = parseInputs([catalogue, exportLog([['1', 'X', 'Đăng ký khai sinh', 'H-1', 'Đang xử lý', '', '16/06/2026', '20/06/2026', '']])]);
    const i = computeIndicators(inputs, Q3).indicators;
    expect([i.newReceived, i.newOnline, i.newDirect, i.newPostal, i.onlineShare]).toEqual([1, null, null, null, null]);
    expect(inputs.issues.filter((x) => x.code === 'noChannelColumn')).toHaveLength(1);
  });

  test('each absent digitisation column makes its own figures unknown; present ones are counted', () => {
    const log = sheet('HoSo', [
      ['Mã hồ sơ', 'Mã TTHC', 'Ngày tiếp nhận', 'Ngày có kết quả', 'Hạn trả kết quả', 'Kênh tiếp nhận', 'Hồ sơ số hóa'],
      ['H-1', '1.001', '16/06/2026', '18/06/2026', '20/06/2026', 'Nộp trực tuyến', 'Đã số hóa'],
    ]);
    const i = computeIndicators(parseInputs([catalogue, log]), Q3).indicators;
    expect([i.newOnline, i.dossiersDigitised, i.dossierDigitisationRate]).toEqual([1, 1, 1]);
    expect([i.resultsDigitised, i.electronicResults, i.paidOnline, i.resultDigitisationRate]).toEqual([null, null, null, null]);
  });

  test('"Ngày trả" is the completed date only when the log has no completed column', () => {
    const only = sheet('HoSo', [
      ['Mã hồ sơ', 'Mã TTHC', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày trả'],
      ['H-1', '1.001', '16/06/2026', '20/06/2026', '19/06/2026'],
    ]);
    const both = sheet('HoSo', [
      ['Mã hồ sơ', 'Mã TTHC', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày kết thúc xử lý', 'Ngày trả'],
      ['H-1', '1.001', '16/06/2026', '20/06/2026', '18/06/2026', '25/06/2026'],
    ]);
    expect(parseInputs([catalogue, only]).dossiers[0].completed).toBe(Q3.from + 4);
    expect(parseInputs([catalogue, both]).dossiers[0].completed).toBe(Q3.from + 3);
  });

  test('a header over two rows reads as "group > sub-label", and the other headers are merged down over both rows', () => {
    const log = sheet(
      'HoSo',
      [
        ['Mã hồ sơ', 'Mã TTHC', 'Ngày tiếp nhận', 'Kết quả giải quyết', null],
        [null, null, null, 'Hạn trả kết quả', 'Ngày có kết quả'],
        ['H-1', '1.001', '16/06/2026', '20/06/2026', '18/06/2026'],
      ],
      [
        { top: 0, left: 0, bottom: 1, right: 0 },
        { top: 0, left: 1, bottom: 1, right: 1 },
        { top: 0, left: 2, bottom: 1, right: 2 },
        { top: 0, left: 3, bottom: 0, right: 4 },
      ],
    );
    const inputs = parseInputs([catalogue, log]);
    expect(inputs.dossiers[0]).toMatchObject({ due: Q3.from + 5, completed: Q3.from + 3 });
    expect(inputs.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  test('total rows ("Tổng cộng", "Tổng số", "Trong đó") are skipped with one note for the table', () => {
    const log = sheet('HoSo', [
      ['Mã hồ sơ', 'Mã TTHC', 'Ngày tiếp nhận', 'Hạn trả kết quả'],
      ['H-1', '1.001', '16/06/2026', '20/06/2026'],
      ['Tổng số', null, null, null],
      ['Trong đó', null, null, null],
    ]);
    const inputs = parseInputs([catalogue, log]);
    expect(inputs.dossiers).toHaveLength(1);
    expect(inputs.issues.filter((i) => i.code === 'totalRowsSkipped')).toEqual([expect.objectContaining({ row: 3, message: expect.stringContaining('2 dòng') })]);
  });

  test('an empty first column is tolerated', () => {
    const log = sheet('HoSo', [
      [null, 'Mã hồ sơ', 'Mã TTHC', 'Ngày tiếp nhận', 'Hạn trả kết quả'],
      [null, 'H-1', '1.001', '16/06/2026', '20/06/2026'],
    ]);
    expect(parseInputs([catalogue, log]).dossiers).toHaveLength(1);
  });

  test('a code stored as a number in one sheet and as text in the other still matches, with a warning naming the cell', () => {
    const numbered = sheet('TTHC', [
      ['Mã TTHC', 'Tên TTHC', 'Lĩnh vực'],
      [1001, 'Thủ tục', 'Lĩnh vực'],
    ]);
    const log = sheet('HoSo', [
      ['Mã hồ sơ', 'Mã TTHC', 'Ngày tiếp nhận', 'Hạn trả kết quả'],
      ['H-1', '1001', '16/06/2026', '20/06/2026'],
    ]);
    const inputs = parseInputs([numbered, log]);
    expect(inputs.dossiers[0].procedureCode).toBe('1001');
    expect(inputs.issues.filter((i) => i.code === 'codeTypeDiffers')).toEqual([expect.objectContaining({ sheet: 'HoSo', row: 2, column: 'B (Mã TTHC)' })]);
  });

  test('an unreadable optional catalogue cell is a warning; the procedure and its dossiers stay', () => {
    const odd = sheet('TTHC', [
      ['Mã TTHC', 'Tên TTHC', 'Lĩnh vực', 'Thời hạn giải quyết', 'Phi địa giới'],
      ['P1', 'Thủ tục', 'Lĩnh vực', 'theo quy định', 'tùy trường hợp'],
    ]);
    const log = sheet('HoSo', [
      ['Mã hồ sơ', 'Mã TTHC', 'Ngày tiếp nhận', 'Hạn trả kết quả'],
      ['H-1', 'P1', '16/06/2026', '20/06/2026'],
    ]);
    const inputs = parseInputs([odd, log]);
    expect(inputs.procedures).toHaveLength(1);
    expect(inputs.dossiers).toHaveLength(1);
    expect(inputs.issues.filter((i) => i.sheet === 'TTHC').map((i) => [i.severity, i.column]).sort()).toEqual([
      ['warning', 'D (Thời hạn giải quyết)'],
      ['warning', 'E (Phi địa giới)'],
    ]);
  });

  test('processing days are needed only by a dossier with a blank due date', () => {
    const log = sheet('HoSo', [
      ['Mã hồ sơ', 'Mã TTHC', 'Ngày tiếp nhận', 'Hạn trả kết quả'],
      ['H-1', '2.001', '16/06/2026', ''],
      ['H-2', 'P-none', '16/06/2026', '20/06/2026'],
      ['H-3', 'P-none', '16/06/2026', ''],
    ]);
    const inputs = parseInputs([catalogue, log]);
    expect(inputs.dossiers.map((d) => d.id)).toEqual(['H-1', 'H-2']);
    expect(inputs.issues.filter((i) => i.severity === 'error')).toEqual([expect.objectContaining({ row: 4, code: 'noDueDate' })]);
  });

  test('an unknown status is a warning, and the dossier is counted by its dates', () => {
    const log = sheet('HoSo', [
      ['Mã hồ sơ', 'Mã TTHC', 'Ngày tiếp nhận', 'Hạn trả kết quả', 'Trạng thái'],
      ['H-1', '1.001', '16/06/2026', '20/06/2026', 'Chuyển phòng chuyên môn'],
    ]);
    const inputs = parseInputs([catalogue, log]);
    expect(inputs.dossiers).toHaveLength(1);
    expect(inputs.issues.filter((i) => i.code === 'badStatus')).toEqual([expect.objectContaining({ severity: 'warning', row: 2 })]);
  });

  test('a table not found names the sheets the file does have', () => {
    const inputs = parseInputs([catalogue, sheet('Ghi chú', [['Không phải sổ hồ sơ']])]);
    const missing = inputs.issues.find((i) => i.code === 'missingTable');
    expect(missing?.message).toContain('"Danh mục TTHC", "Ghi chú"');
  });

  test('5,000 rows with the same bad value are one group naming the first rows', () => {
    const rows: RawCell[][] = [['Mã hồ sơ', 'Mã TTHC', 'Ngày tiếp nhận', 'Hạn trả kết quả']];
    for (let n = 0; n < 5000; n++) rows.push([`H-${n}`, '1.001', 'chưa rõ', '20/06/2026']);
    const groups = groupIssues(parseInputs([catalogue, sheet('HoSo', rows)]).issues).filter((g) => g.code === 'badDate');
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ count: 5000, sheet: 'HoSo', column: 'C (Ngày tiếp nhận)', rows: [2, 3, 4, 5, 6, 7, 8, 9, 10, 11] });
  });
});

describe('the optional 2026 columns', () => {
  const catalogue2026 = sheet('TTHC', [
    ['Mã TTHC', 'Tên TTHC', 'Lĩnh vực', 'Cấp thực hiện', 'Đủ điều kiện toàn trình', 'Có phí, lệ phí'],
    ['P1', 'Thủ tục tỉnh', 'A', 'Cấp tỉnh', 'Có', 'Không'],
    ['P2', 'Thủ tục xã', 'A', 'UBND cấp xã', '', 'Có'],
    ['P3', 'Thủ tục hai cấp', 'A', 'Cấp tỉnh, Cấp xã', 'Không', ''],
  ]);
  const log2026 = sheet('HoSo', [
    ['Mã hồ sơ', 'Mã TTHC', 'Ngày tiếp nhận', 'Hạn trả kết quả', 'Số lần yêu cầu bổ sung', 'Văn bản xin lỗi', 'Nguyên nhân quá hạn'],
    ['H-1', 'P1', '16/06/2026', '20/06/2026', 2, 'Số 15/TB-UBND', 'Chờ xác minh'],
    ['H-2', 'P2', '16/06/2026', '20/06/2026', '', 'Chưa', ''],
  ]);

  test('the level reads as tỉnh or xã; a text naming both is no single level', () => {
    expect(parseInputs([catalogue2026, log2026]).procedures.map((p) => p.level)).toEqual(['province', 'commune', null]);
  });

  test('an apology letter may be written as its number; blank supplement counts are 0 in a log that has the column', () => {
    const d = parseInputs([catalogue2026, log2026]).dossiers;
    expect(d.map((x) => [x.apologyLetter, x.supplementRequests, x.overdueCause])).toEqual([
      [true, 2, 'Chờ xác minh'],
      [false, 0, ''],
    ]);
  });

  test('a 2026 column the workbook lacks is unknown (null), never "no"', () => {
    const inputs = parseInputs([catalogue, sheet('HoSo', [['Mã hồ sơ', 'Mã TTHC', 'Ngày tiếp nhận', 'Hạn trả kết quả'], ['H-1', '1.001', '16/06/2026', '20/06/2026']])]);
    expect([inputs.procedures[0].eligibleFullOnline, inputs.procedures[0].hasFee, inputs.procedures[0].level]).toEqual([null, null, null]);
    const d = inputs.dossiers[0];
    expect([d.hasFee, d.apologyLetter, d.syncedToNationalPortal, d.supplementRequests]).toEqual([null, null, null, null]);
  });
});
