import ExcelJS from 'exceljs';
import path from 'path';
import { writeInputSheets } from '../../src/adapters/exceljs/writeInputs';
import { writeSheetModel } from '../../src/adapters/exceljs/writeSheet';
import { isAggregateTable, readAggregateTable, UNIT_COUNT_KEYS, UnitCounts } from '../../src/core/aggregateTables';
import { dayFromParts } from '../../src/core/days';
import { RawCell, RawTable } from '../../src/core/types';
import { readSheetsFromBytes } from '../../src/readers';
import { readSheetsFromFile } from '../../src/readers/nodeFile';
import { sampleSheets } from '../../src/sample/sampleWorkbook';
import { renderReport } from '../../src/templates';
import { form06Rows } from '../../src/templates/form06';
import { EXPORT_DIR, II06A_BAD_TOTAL_UNITS, II06A_UNITS } from '../../scripts/make-export-fixtures';
import { quarterlyContext, quarterlyResult } from '../helpers/indicatorFixture';

const fixture = async (name: string): Promise<RawTable> => (await readSheetsFromFile(path.join(EXPORT_DIR, name), name))[0];

/** Counts in column order (3)…(13). */
const countsOf = (values: (number | null)[]): UnitCounts => Object.fromEntries(UNIT_COUNT_KEYS.map((k, i) => [k, values[i]])) as UnitCounts;

/** A small II.06a by unit, built in memory: title, a two-row header (merged), the (1)…(13) row, then `data` from row 6. */
function sheetOf(data: RawCell[][], above: RawCell[][] = [['TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC'], ['(Từ ngày 15/6/2026 đến ngày 14/9/2026)']]): RawTable {
  const groups = ['STT', 'Đơn vị', 'Số hồ sơ nhận giải quyết', null, null, null, 'Số hồ sơ đã giải quyết', null, null, null, 'Số hồ sơ đang giải quyết', null, null];
  const subs = [null, null, 'Tổng số', 'Trực tuyến', 'Trực tiếp, dịch vụ bưu chính', 'Từ kỳ trước', 'Tổng số', 'Trước hạn', 'Đúng hạn', 'Quá hạn', 'Tổng số', 'Trong hạn', 'Quá hạn'];
  const top = above.length;
  return {
    sheet: 'Biểu',
    firstRow: 1,
    firstColumn: 1,
    rows: [...above, groups, subs, Array.from({ length: 13 }, (_, i) => `(${i + 1})`), ...data],
    merges: [
      { top, left: 0, bottom: top + 1, right: 0 },
      { top, left: 1, bottom: top + 1, right: 1 },
      { top, left: 2, bottom: top, right: 5 },
      { top, left: 6, bottom: top, right: 9 },
      { top, left: 10, bottom: top, right: 12 },
    ],
  };
}

const UNIT_A = [10, 4, 5, 1, 8, 2, 5, 1, 2, 2, 0];
const UNIT_B = [6, 2, 3, 1, 5, 1, 4, 0, 1, 0, 1];

describe('aggregate tables units send upward (II.06a, form 06)', () => {
  test('recognises the by-unit table and gives the two units\' figures', async () => {
    const raw = await fixture('ii06a-by-unit.xlsx');
    expect(isAggregateTable(raw)).toBe(true);
    const { table, issues } = readAggregateTable(raw);
    expect(issues).toEqual([]);
    expect(table!.kind).toBe('byUnit');
    expect(table!.rows.map((r) => [r.label, r.row, r.counts])).toEqual([
      ['Sở Tư pháp', 11, countsOf([25, 12, 8, 5, 20, 6, 11, 3, 5, 4, 1])],
      ['UBND xã Đông Sơn', 12, countsOf([8, 3, 4, 1, 6, 2, 3, 1, 2, 1, 1])],
    ]);
    expect(table!.rows.map((r) => r.label)).toEqual(II06A_UNITS.map(([unit]) => unit));
  });

  test('the total row is not a unit and matches the units\' sum', async () => {
    const { table, issues } = readAggregateTable(await fixture('ii06a-by-unit.xlsx'));
    expect(table!.total).toMatchObject({ label: 'Tổng cộng', row: 13, sheet: 'II.06a' });
    expect(table!.rows.some((r) => r.label === 'Tổng cộng')).toBe(false);
    expect(table!.total!.counts).toEqual(countsOf([33, 15, 12, 6, 26, 8, 14, 4, 7, 5, 2]));
    expect(table!.sum).toEqual(table!.total!.counts);
    expect(issues.filter((i) => i.code === 'aggregateTotal')).toEqual([]);
  });

  test('a mismatching total is a warning naming sheet, row and column, with both numbers', async () => {
    const { table, issues } = readAggregateTable(await fixture('ii06a-by-unit-bad-total.xls'));
    expect(issues).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'aggregateTotal', sheet: 'BaoCao', row: 11, column: 'D (Số hồ sơ nhận giải quyết > Tổng số)' }),
      expect.objectContaining({ severity: 'warning', code: 'aggregateTotal', sheet: 'BaoCao', row: 11, column: 'G (Số hồ sơ nhận giải quyết > Kỳ trước chuyển qua)' }),
    ]);
    expect(issues[0].message).toBe('Dòng tổng cộng ghi 1.300, nhưng cộng 2 dòng đơn vị (dòng 9, 10) được 1.290.');
    expect(issues[1].message).toContain('ghi 50');
    expect(issues[1].message).toContain('được 40');
    // The unit's figures are still the total row's, as written.
    expect(table!.sum.received).toBe(1300);
  });

  test('messages are in English when asked', async () => {
    const { issues } = readAggregateTable(await fixture('ii06a-by-unit-bad-total.xls'), 'en');
    expect(issues[0].message).toBe('The total row gives 1,300, but the 2 unit row(s) (row(s) 9, 10) add up to 1,290.');
  });

  test('numbers written 1.234, 1,234 or 1 234 are whole numbers', async () => {
    const { table } = readAggregateTable(await fixture('ii06a-by-unit-bad-total.xls'));
    expect(table!.rows[0].counts).toEqual(countsOf([1234, 1000, 200, 34, 1200, 300, 850, 50, 34, 30, 4]));
    expect(II06A_BAD_TOTAL_UNITS[0][1][0]).toBe('1.234'); // as the file writes it
    const built = readAggregateTable(sheetOf([[1, 'Sở Tư pháp', '1,234', '1 000', '200', '34', '1.200', 300, 850, 50, '34', 30, 4]]));
    expect(built.issues).toEqual([]);
    expect(built.table!.rows[0].counts).toEqual(countsOf([1234, 1000, 200, 34, 1200, 300, 850, 50, 34, 30, 4]));
  });

  test('an empty first column is read, and cells are named by their own column letters', async () => {
    const raw = await fixture('ii06a-by-unit-bad-total.xls');
    expect(raw.rows.every((r) => r[0] === null || r[0] === undefined)).toBe(true);
    const { table, issues } = readAggregateTable(raw);
    expect(table!.rows.map((r) => [r.label, r.row])).toEqual([['Sở Tư pháp', 9], ['UBND xã Đông Sơn', 10]]);
    expect(table!.rows[1].counts).toEqual(countsOf([56, 20, 30, 6, 50, 10, 38, 2, 6, 5, 1]));
    expect(issues[0].column).toMatch(/^D /); // received is column D, one right of the form's C
  });

  test('"—" is unknown (null), not 0', () => {
    const { table, issues } = readAggregateTable(sheetOf([
      [1, 'Sở A', 10, '—', '-', 1, 8, 2, 5, 1, 2, 2, 0],
      [2, 'Sở B', ...UNIT_B],
    ]));
    expect(issues).toEqual([]);
    expect(table!.rows[0].counts).toMatchObject({ received: 10, newOnline: null, newDirectPostal: null, carriedOver: 1 });
    expect(table!.sum).toMatchObject({ received: 16, newOnline: null, newDirectPostal: null, carriedOver: 2 });
  });

  test('an empty cell is 0 beside numbers, unknown in a row without any', () => {
    const { table, issues } = readAggregateTable(sheetOf([
      [1, 'Sở A', 10, 4, 5, 1, 8, 2, 5, 1, 2, 2, null],
      [2, 'UBND xã B'],
    ]));
    expect(table!.rows[0].counts.pendingOverdue).toBe(0);
    expect(table!.rows[1].counts).toEqual(countsOf(Array(11).fill(null)));
    expect(issues).toEqual([expect.objectContaining({ severity: 'warning', code: 'aggregateNoFigures', row: 7, column: 'B (Đơn vị)' })]);
  });

  test('a bad count is an error naming the cell', () => {
    const { table, issues } = readAggregateTable(sheetOf([[1, 'Sở A', 10, 4, '2,5', 1, 8, 2, 5, 1, 2, 2, -1]]));
    expect(issues).toEqual([
      expect.objectContaining({ severity: 'error', sheet: 'Biểu', row: 6, column: 'E (Số hồ sơ nhận giải quyết > Trực tiếp, dịch vụ bưu chính)', code: 'badWholeNumber' }),
      expect.objectContaining({ severity: 'error', sheet: 'Biểu', row: 6, column: 'M (Số hồ sơ đang giải quyết > Quá hạn)', code: 'badWholeNumber' }),
    ]);
    expect(issues[0].message).toBe('Không đọc được số "2,5". Cần một số nguyên không âm.');
    expect(table!.rows[0].counts).toMatchObject({ newDirectPostal: null, pendingOverdue: null, received: 10 });
  });

  test('a row whose parts do not add up is a warning naming its total cell', () => {
    const { issues } = readAggregateTable(sheetOf([[1, 'Sở A', 11, 4, 5, 1, 8, 2, 5, 1, 2, 2, 0]]));
    expect(issues).toEqual([expect.objectContaining({ severity: 'warning', code: 'aggregateRowSum', row: 6, column: 'C (Số hồ sơ nhận giải quyết > Tổng số)' })]);
    expect(issues[0].message).toContain('11');
    expect(issues[0].message).toContain('= 10');
  });

  test('group rows and subtotals are not units; a subtotal that does not add up is a warning', () => {
    const { table, issues } = readAggregateTable(sheetOf([
      ['A', 'Cấp tỉnh', ...UNIT_A],
      [1, 'Sở A', ...UNIT_A],
      ['B', 'Cấp xã'],
      ['I', 'Khối phường', 7, 2, 3, 2, 5, 1, 4, 0, 2, 1, 1],
      [2, 'UBND phường B', ...UNIT_B],
      [null, 'Cấp huyện (cũ)', ...UNIT_B],
      [3, 'UBND xã C', ...UNIT_B],
    ]));
    expect(table!.rows.map((r) => r.label)).toEqual(['Sở A', 'UBND phường B', 'UBND xã C']);
    expect(table!.sum.received).toBe(22);
    expect(issues.map((i) => [i.code, i.row, i.column?.charAt(0)])).toEqual([
      ['aggregateSubtotal', 9, 'C'],
      ['aggregateSubtotal', 9, 'F'],
      ['aggregateSubtotal', 9, 'K'],
      ['aggregateSubtotal', 9, 'L'],
    ]);
    expect(issues[0].message).toBe('Dòng "Khối phường" ghi 7, nhưng cộng 1 dòng thuộc nhóm (dòng 10) được 6.');
  });

  test('the period from the title', async () => {
    const fromTo = { from: dayFromParts(2026, 6, 15), to: dayFromParts(2026, 9, 14) };
    expect(readAggregateTable(await fixture('ii06a-by-unit.xlsx')).table!.period).toEqual(fromTo);
    expect(readAggregateTable(sheetOf([[1, 'Sở A', ...UNIT_A]], [['TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH'], ['Kỳ báo cáo: Quý III/2026 (từ ngày 15/6/2026 đến ngày 14/9/2026)']])).table!.period).toEqual(fromTo);
    expect(readAggregateTable(sheetOf([[1, 'Sở A', ...UNIT_A]], [['Kỳ báo cáo: Quý III/2026']])).table!.period).toEqual(fromTo);
    expect(readAggregateTable(sheetOf([[1, 'Sở A', ...UNIT_A]], [['TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC']])).table!.period).toBeNull();
  });

  test('the agency above the table', async () => {
    expect(readAggregateTable(await fixture('ii06a-by-unit.xlsx')).table!.agency).toBe('VĂN PHÒNG UBND TỈNH');
    expect(readAggregateTable(await fixture('ii06a-by-unit-bad-total.xls')).table!.agency).toBe('VĂN PHÒNG UBND TỈNH');
    const titleOnly = sheetOf([[1, 'Sở A', ...UNIT_A]], [['TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH'], ['TẠI SỞ TƯ PHÁP TỈNH THANH HÓA']]);
    expect(readAggregateTable(titleOnly).table!.agency).toBe('SỞ TƯ PHÁP TỈNH THANH HÓA');
    expect(readAggregateTable(sheetOf([[1, 'Sở A', ...UNIT_A]])).table!.agency).toBeNull();
  });

  test('our own form 06, written to .xlsx and read back, is one unit by field', async () => {
    const model = renderReport('form06', quarterlyContext());
    const workbook = new ExcelJS.Workbook();
    writeSheetModel(workbook, model);
    const [raw] = await readSheetsFromBytes(new Uint8Array(await workbook.xlsx.writeBuffer()), 'form06.xlsx');
    expect(isAggregateTable(raw)).toBe(true);
    const { table, issues } = readAggregateTable(raw);
    expect(issues).toEqual([]);
    expect(table!.kind).toBe('byField');
    expect(table!.agency).toBe('SỞ NGOẠI VỤ');
    expect(table!.period).toEqual({ from: dayFromParts(2023, 3, 15), to: dayFromParts(2023, 6, 14) });
    expect(table!.rows.map((r) => r.label)).toEqual(form06Rows(quarterlyResult()).filter((r) => r.kind === 'field').map((r) => r.label));
    const totalRow = model.cells.find((c) => c.value === 'Tổng cộng')!.row;
    const printed = model.cells.filter((c) => c.row === totalRow && c.col >= 3).sort((a, b) => a.col - b.col).map((c) => c.value);
    expect(UNIT_COUNT_KEYS.map((k) => table!.sum[k])).toEqual(printed);
    expect(printed).toEqual([14, 9, 0, 5, 10, 10, 0, 0, 4, 4, 0]);
  });

  test('isAggregateTable is false for a dossier log and for the sample\'s sheets', async () => {
    expect(isAggregateTable(await fixture('thanh-hoa-dossiers.xls'))).toBe(false);
    const workbook = new ExcelJS.Workbook();
    writeInputSheets(workbook, sampleSheets());
    const sheets = await readSheetsFromBytes(new Uint8Array(await workbook.xlsx.writeBuffer()), 'sample.xlsx');
    expect(sheets.length).toBeGreaterThan(3);
    expect(sheets.filter(isAggregateTable)).toEqual([]);
  });
});

