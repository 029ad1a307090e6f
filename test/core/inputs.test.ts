import { dayFromParts } from '../../src/core/days';
import { parseInputs, RawTables } from '../../src/core/inputs';
import { Issue, RawCell, RawTable } from '../../src/core/types';

const table = (sheet: string, rows: RawCell[][], firstRow = 1): RawTable => ({ sheet, firstRow, firstColumn: 1, rows });

const catalogue = table('TTHC', [
  ['Mã TTHC', 'Tên TTHC', 'Lĩnh vực', 'Thời hạn giải quyết (ngày làm việc)'],
  ['P1', 'Cấp hộ chiếu', 'Xuất nhập cảnh', 5],
]);

function withDossiers(rows: RawCell[][]): RawTables {
  return { TTHC: catalogue, HoSo: table('HoSo', rows) };
}

/** The issues about cells, leaving aside the notes that a log lacks the channel or digitisation columns. */
const cellIssues = (inputs: { issues: Issue[] }) => inputs.issues.filter((i) => i.code !== 'noChannelColumn' && i.code !== 'noFlagColumns');

describe('reading the input tables', () => {
  test('the header row is found below title rows, and labels match without diacritics or case', () => {
    const inputs = parseInputs(
      withDossiers([
        ['SỔ THEO DÕI HỒ SƠ'],
        [],
        ['ma ho so', 'MA TTHC', 'ngay tiep nhan', 'Ngày hẹn trả'],
        ['H1', 'P1', '04/03/2024', '11/03/2024'],
      ]),
    );
    expect(cellIssues(inputs)).toEqual([]);
    expect(inputs.dossiers[0]).toMatchObject({ id: 'H1', received: dayFromParts(2024, 3, 4), due: dayFromParts(2024, 3, 11) });
  });

  test('English labels work', () => {
    const inputs = parseInputs(withDossiers([['Dossier ID', 'Procedure code', 'Received', 'Channel'], ['H1', 'P1', '2024-03-04', 2]]));
    expect(inputs.dossiers[0].channel).toBe('online');
  });

  test('a blank due date is computed from the procedure’s processing days', () => {
    const inputs = parseInputs(withDossiers([['Mã hồ sơ', 'Mã TTHC', 'Ngày tiếp nhận'], ['H1', 'P1', '04/03/2024']]));
    expect(inputs.dossiers[0].due).toBe(dayFromParts(2024, 3, 11));
  });

  test('a missing required column is one error naming the sheet and the labels accepted', () => {
    const inputs = parseInputs(withDossiers([['Mã hồ sơ', 'Mã TTHC', 'Ngày hẹn trả'], ['H1', 'P1', '04/03/2024']]));
    expect(inputs.issues).toHaveLength(1);
    expect(inputs.issues[0]).toMatchObject({ severity: 'error', sheet: 'HoSo' });
    expect(inputs.issues[0].message).toContain('Ngày tiếp nhận');
    expect(inputs.issues[0].message).toContain('Received');
  });

  test('a missing table is an error naming it', () => {
    const inputs = parseInputs({ TTHC: catalogue });
    expect(inputs.issues[0]).toMatchObject({ sheet: 'HoSo', row: null });
  });

  test('an unreadable value names sheet, worksheet row and column, and leaves the row out', () => {
    const inputs = parseInputs(
      withDossiers([['Tiêu đề'], ['Mã hồ sơ', 'Mã TTHC', 'Ngày tiếp nhận'], ['H1', 'P1', '31/02/2024'], ['H2', 'P1', '01/03/2024']]),
    );
    expect(cellIssues(inputs)).toEqual([
      { severity: 'error', sheet: 'HoSo', row: 3, column: 'C (Ngày tiếp nhận)', message: expect.stringContaining('31/02/2024'), code: 'badDate' },
    ]);
    expect(inputs.dossiers.map((x) => x.id)).toEqual(['H2']);
  });

  test('messages come in English on request', () => {
    const inputs = parseInputs(withDossiers([['Mã hồ sơ', 'Mã TTHC', 'Ngày tiếp nhận', 'Ngày hẹn trả'], ['H1', 'P9', '01/03/2024', '08/03/2024']]), {
      language: 'en',
    });
    expect(cellIssues(inputs)[0].message).toBe(
      '1 procedure(s) in the log are not in the TTHC catalogue; their dossiers still count in the totals, under the field "Chưa xác định lĩnh vực": "P9".',
    );
  });

  test('a duplicate dossier ID is an error on the second row', () => {
    const inputs = parseInputs(
      withDossiers([['Mã hồ sơ', 'Mã TTHC', 'Ngày tiếp nhận'], ['H1', 'P1', '01/03/2024'], ['H1', 'P1', '02/03/2024']]),
    );
    expect(cellIssues(inputs)[0]).toMatchObject({ row: 3, column: 'A (Mã hồ sơ)' });
    expect(inputs.dossiers).toHaveLength(1);
  });

  test('completion before receipt is an error', () => {
    const inputs = parseInputs(
      withDossiers([['Mã hồ sơ', 'Mã TTHC', 'Ngày tiếp nhận', 'Ngày có kết quả'], ['H1', 'P1', '05/03/2024', '01/03/2024']]),
    );
    expect(cellIssues(inputs)[0]).toMatchObject({ row: 2, column: 'D (Ngày có kết quả)' });
  });

  test('blank rows in the middle are skipped and a total row is a warning, not a dossier', () => {
    const inputs = parseInputs(
      withDossiers([['Mã hồ sơ', 'Mã TTHC', 'Ngày tiếp nhận'], ['H1', 'P1', '01/03/2024'], [], ['H2', 'P1', '02/03/2024'], ['Tổng cộng', null, null]]),
    );
    expect(inputs.dossiers).toHaveLength(2);
    expect(cellIssues(inputs)).toEqual([expect.objectContaining({ severity: 'warning', row: 5, code: 'totalRowsSkipped' })]);
  });

  test('SoLieu, NoiDung and ThongTin are read by period and key', () => {
    const inputs = parseInputs({
      ...withDossiers([['Mã hồ sơ', 'Mã TTHC', 'Ngày tiếp nhận']]),
      SoLieu: table('SoLieu', [['Kỳ báo cáo', 'Mã chỉ tiêu', 'Giá trị'], ['2024-q2', 'reviewedProcedures', '1.234']]),
      NoiDung: table('NoiDung', [['Kỳ báo cáo', 'Mục', 'Nội dung'], ['2024-Q2', 'I.7', 'Đoạn một.'], ['2024-Q2', 'I.7', 'Đoạn hai.']]),
      ThongTin: table('ThongTin', [['Cơ quan', 'SỞ NGOẠI VỤ'], ['Nơi nhận', 'Như trên;'], ['Nơi nhận', 'Lưu: VT.']]),
    });
    expect(inputs.figures['2024-Q2']).toEqual({ reviewedProcedures: 1234 });
    expect(inputs.narratives['2024-Q2']['*']['I.7']).toEqual(['Đoạn một.', 'Đoạn hai.']);
    expect(inputs.narratives['2024-Q2'].quarterly['I.7']).toEqual(['Đoạn một.', 'Đoạn hai.']);
    expect(inputs.info).toMatchObject({ agency: 'SỞ NGOẠI VỤ', recipients: ['Như trên;', 'Lưu: VT.'] });
  });
});
