import { findReport, renderReport } from '../../src/templates';
import { LEVEL_GROUPS, levelCounts } from '../../src/templates/proceduresByLevel';
import type { GovernmentLevel, IndicatorResult } from '../../src/core/types';
import { quarterlyContext, quarterlyResult } from '../helpers/indicatorFixture';
import { findCell, rowCells } from './modelText';

/** The seed quarter's 8 procedures, with levels: 5 tỉnh, 2 xã, 1 not given; NV08 on no one-stop system, NV07 with no internal process. */
function withLevels(): IndicatorResult {
  const result = quarterlyResult();
  const levels: (GovernmentLevel | null)[] = ['province', 'province', 'province', 'province', 'province', 'commune', 'commune', null];
  result.procedures = result.procedures.map((p, i) => ({
    ...p,
    level: levels[i],
    onInformationSystem: p.code !== 'NV08',
    electronicProcess: p.code !== 'NV07',
  }));
  return result;
}

const model = renderReport('proceduresByLevel', quarterlyContext({ result: withLevels() }));
const numberingRow = findCell(model, '(11)')!.row;
const unitRow = numberingRow + 1;
const totalRow = findCell(model, 'Tổng cộng')!.row;
const values = (row: number) => rowCells(model, row).slice(-9).map((c) => c.value);

describe('Tổng hợp số lượng TTHC (II.07b without district columns)', () => {
  test('is registered as proceduresByLevel with its Vietnamese title', () => {
    expect(findReport('proceduresByLevel')?.title('vi')).toBe('Tổng hợp số lượng TTHC');
  });

  test('is an A4 landscape sheet of 11 columns with the form’s code line', () => {
    expect(model.columnWidths).toHaveLength(11);
    expect(model.page).toMatchObject({ paperSize: 'A4', orientation: 'landscape', fitToWidth: true });
    expect(findCell(model, 'Biểu số II.07b/VPCP/KSTT')).toBeDefined();
    expect(findCell(model, 'TỔNG HỢP SỐ LƯỢNG THỦ TỤC HÀNH CHÍNH')).toBeDefined();
  });

  test('states its data period', () => {
    expect(findCell(model, 'Từ ngày 15/3/2023 đến ngày 14/6/2023')).toBeDefined();
  });

  test('has three groups of Tổng số, Cấp tỉnh, Cấp xã under a merged header, and no district column', () => {
    const groupRow = findCell(model, LEVEL_GROUPS[0].label)!.row;
    expect(model.merges).toEqual(expect.arrayContaining([
      { top: groupRow, left: 1, bottom: groupRow + 1, right: 1 },
      { top: groupRow, left: 2, bottom: groupRow + 1, right: 2 },
      { top: groupRow, left: 3, bottom: groupRow, right: 5 },
      { top: groupRow, left: 6, bottom: groupRow, right: 8 },
      { top: groupRow, left: 9, bottom: groupRow, right: 11 },
    ]));
    expect(rowCells(model, groupRow + 1).map((c) => c.value)).toEqual(LEVEL_GROUPS.flatMap((g) => g.columns));
    expect(model.cells.some((c) => /huyện/i.test(String(c.value)))).toBe(false);
  });

  test('numbers its columns (1) to (11) and repeats the header on every printed page', () => {
    const headerTop = model.cells.find((c) => c.value === 'STT')!.row;
    expect(rowCells(model, numberingRow).map((c) => c.value)).toEqual(Array.from({ length: 11 }, (_, i) => `(${i + 1})`));
    expect(model.page.printTitleRows).toBe(`${headerTop}:${numberingRow}`);
  });

  test('one row for the agency, counted by level', () => {
    expect(rowCells(model, unitRow)[1].value).toBe('Sở Ngoại vụ');
    // In force 8 (5 + 2, 1 unknown); one-stop 7 (5 + 2); internal processes 7 (5 + 1, 1 unknown).
    expect(values(unitRow)).toEqual([8, 5, 2, 7, 5, 2, 7, 5, 1]);
  });

  test('the total row adds up the unit rows', () => {
    expect(values(totalRow)).toEqual(values(unitRow));
    expect(rowCells(model, totalRow)[1].formula).toBe(`SUM(C${unitRow})`);
  });

  test('a procedure of unknown level counts in Tổng số only, with a note saying how many', () => {
    const note = findCell(model, 'Chưa xác định cấp: 1 TTHC');
    expect(note?.value).toContain('chỉ tính vào cột Tổng số');
    expect(note?.value).toContain('quy trình nội bộ: 1');
  });

  test('no unknown-level note when every level is known', () => {
    const result = withLevels();
    result.procedures = result.procedures.filter((p) => p.level !== null);
    expect(findCell(renderReport('proceduresByLevel', quarterlyContext({ result })), 'Chưa xác định cấp')).toBeUndefined();
  });

  test('a catalogue without levels puts every procedure in Tổng số and none in a level', () => {
    const plain = renderReport('proceduresByLevel', quarterlyContext());
    const row = findCell(plain, '(11)')!.row + 1;
    expect(rowCells(plain, row).slice(-9).map((c) => c.value)).toEqual([8, 0, 0, 8, 0, 0, 8, 0, 0]);
    expect(findCell(plain, 'Chưa xác định cấp: 8 TTHC')).toBeDefined();
  });

  test('one-stop procedures are those on the TTHC information system; internal processes are the electronic ones', () => {
    const procedures = withLevels().procedures;
    expect(levelCounts(procedures, LEVEL_GROUPS[1])).toEqual({ total: 7, province: 5, commune: 2, unknown: 0 });
    expect(levelCounts(procedures, LEVEL_GROUPS[2])).toEqual({ total: 7, province: 5, commune: 1, unknown: 1 });
    expect(findCell(model, '"Trên Hệ thống giải quyết TTHC" là Có')).toBeDefined();
  });
});
