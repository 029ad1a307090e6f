import { parseInputs } from '../../src/core/inputs';
import type { AgencyInfo, RawCell, RawTable } from '../../src/core/types';
import { sampleSheets } from '../../src/sample/sampleWorkbook';
import { appendWrites, cleanInfo, INFO_HEADER, INFO_KEYS, planInfoWrites, type CellWrite } from '../../src/taskpane/services/infoSheet';

const INFO: AgencyInfo = {
  parentAgency: 'UBND TỈNH AN GIANG',
  agency: 'Sở Tư pháp',
  place: 'Long Xuyên',
  documentNumber: '12/BC-STP',
  issueDate: '',
  recipient: '=Văn phòng UBND tỉnh',
  recipients: ['Như trên;', 'Lưu: VT.'],
  signerTitle: 'GIÁM ĐỐC',
  signerDeputyTitle: 'PHÓ GIÁM ĐỐC',
  signerName: 'Trần Văn A',
  formCodeLine: '',
};

/** Applies cell writes to a sheet held as rows from A1, as a writer would. */
function apply(rows: RawCell[][], writes: CellWrite[]): RawCell[][] {
  const out = rows.map((r) => [...r]);
  for (const w of writes) (out[w.row - 1] ??= [])[w.col - 1] = w.value;
  for (let i = 0; i < out.length; i++) out[i] ??= [];
  return out;
}

const read = (rows: RawCell[][]): AgencyInfo => parseInputs({ ThongTin: { sheet: 'ThongTin', firstRow: 1, firstColumn: 1, rows } }).info;

function sampleInfoSheet(): RawCell[][] {
  const s = sampleSheets().find((x) => x.name === 'ThongTin')!;
  return [s.header, ...s.rows];
}

describe('saving agency details to ThongTin', () => {
  test('a workbook without ThongTin gets a header and every key', () => {
    const plan = planInfoWrites(null, INFO);
    const rows = apply([], [...plan.writes, ...appendWrites(plan)]);
    expect(rows[0]).toEqual([...INFO_HEADER]);
    // The form 06 code line and the issue date are left blank (their defaults), so they get no row.
    expect(rows).toHaveLength(1 + INFO_KEYS.length - 2);
    expect(read(rows)).toEqual(INFO);
  });

  test('an optional setting gets its row once it is set: the form 06 code line', () => {
    const plan = planInfoWrites(null, { ...INFO, formCodeLine: 'Biểu số II.06a/VPCP/KSTT' });
    const rows = apply([], [...plan.writes, ...appendWrites(plan)]);
    expect(rows).toHaveLength(1 + INFO_KEYS.length - 1);
    expect(rows[rows.length - 1]).toEqual(['Mã biểu mẫu 06', 'Biểu số II.06a/VPCP/KSTT']);
  });

  test('the sample sheet: values replaced in place, several Nơi nhận rows become one', () => {
    const before = sampleInfoSheet();
    const table: RawTable = { sheet: 'ThongTin', firstRow: 1, firstColumn: 1, rows: before };
    const plan = planInfoWrites(table, INFO);
    expect(plan.appends).toEqual([]);
    const after = apply(before, plan.writes);
    expect(after).toHaveLength(before.length);
    expect(after.map((r) => r[0])).toEqual(before.map((r) => r[0])); // labels untouched
    expect(read(after)).toEqual(INFO);
    // The first Nơi nhận row holds every recipient, one a line; the others are emptied.
    const recipientRows = after.filter((r) => r[0] === 'Nơi nhận');
    expect(recipientRows.map((r) => r[1])).toEqual(['Như trên;\nLưu: VT.', '', '']);
  });

  test('a sheet placed elsewhere, with a missing key: value cells found, new rows under the labels', () => {
    // Labels in column C from row 3, values in E (D left blank), no signer name.
    const rows: RawCell[][] = [['Thông tin cơ quan'], [], [null, null, 'Cơ quan', null, 'cũ'], [null, null, 'Địa danh', null, 'cũ']];
    const table: RawTable = { sheet: 'ThongTin', firstRow: 2, firstColumn: 1, rows: rows.slice(1) };
    const plan = planInfoWrites(table, INFO);
    expect(plan.writes).toEqual([
      { row: 3, col: 5, value: 'Sở Tư pháp' },
      { row: 4, col: 5, value: 'Long Xuyên' },
    ]);
    expect(plan.appendAt).toEqual({ row: 5, col: 3 });
    expect(plan.appends.map((a) => a.label)).toEqual([
      'Cơ quan chủ quản',
      'Số văn bản',
      'Kính gửi',
      'Nơi nhận',
      'Chức vụ người ký',
      'Chức vụ cấp phó ký thay',
      'Người ký',
    ]);
    const after = apply(rows, [...plan.writes, ...appendWrites(plan)]);
    expect(read(after)).toEqual(INFO);
  });

  test('form text is trimmed and blank recipient lines dropped', () => {
    expect(cleanInfo({ ...INFO, agency: '  Sở Tư pháp ', recipients: ['Như trên;', '', '  ', ' Lưu: VT. '] })).toEqual({ ...INFO, recipients: ['Như trên;', 'Lưu: VT.'] });
  });
});
