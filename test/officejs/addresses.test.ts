import { cellAddress, columnsAddress, joinAddresses, MAX_AREAS_ADDRESS_LENGTH, rectAddress, rowsAddress, runsOf } from '../../src/adapters/officejs/a1';
import { inputTableName } from '../../src/core/schema';
import { columnWidthToPoints, mmToPoints } from '../../src/adapters/officejs/units';

describe('A1 addresses', () => {
  it('names a cell, a rectangle, whole rows and whole columns', () => {
    expect(cellAddress(5, 3)).toBe('C5');
    expect(cellAddress(1, 27)).toBe('AA1');
    expect(rectAddress({ top: 2, left: 2, bottom: 2, right: 2 })).toBe('B2');
    expect(rectAddress({ top: 1, left: 1, bottom: 80, right: 16 })).toBe('A1:P80');
    expect(rowsAddress(5, 7)).toBe('5:7');
    expect(columnsAddress(1, 16)).toBe('A:P');
  });

  it('joins many areas into references no longer than Excel accepts, losing none', () => {
    const areas = Array.from({ length: 300 }, (_, i) => `A${i + 1}:C${i + 1}`);
    const joined = joinAddresses(areas);
    expect(joined.length).toBeGreaterThan(1);
    for (const reference of joined) expect(reference.length).toBeLessThanOrEqual(MAX_AREAS_ADDRESS_LENGTH);
    expect(joined.join(',').split(',')).toEqual(areas);
  });

  it('finds runs of consecutive numbers', () => {
    expect(runsOf([1, 2, 3, 7, 9, 10])).toEqual([
      [1, 3],
      [7, 7],
      [9, 10],
    ]);
  });
});

describe('units', () => {
  it('turns millimetres into points', () => {
    expect(mmToPoints(25.4)).toBe(72);
    expect(mmToPoints(20)).toBe(56.69);
    expect(mmToPoints(30)).toBe(85.04);
  });

  it('turns Excel character widths into points at 7 pixels per character', () => {
    expect(columnWidthToPoints(10)).toBe(52.5);
    expect(columnWidthToPoints(5.45)).toBe(28.61);
  });
});

describe('input table names', () => {
  it('match sheet and table names whatever their case, spaces and diacritics', () => {
    expect(inputTableName('Hồ Sơ')).toBe('HoSo');
    expect(inputTableName('hoso')).toBe('HoSo');
    expect(inputTableName('Ngày nghỉ')).toBe('NgayNghi');
    expect(inputTableName('THÔNG TIN')).toBe('ThongTin');
    expect(inputTableName('Báo cáo quý')).toBeUndefined();
  });
});
