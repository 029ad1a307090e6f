/**
 * Consolidation: units' figures summed into the province's, names made one unit, the same unit
 * twice refused, and (property) any split of a log into units gives the figures of the whole log.
 */
import fc from 'fast-check';
import { computeIndicators } from '../../src/core/indicators';
import {
  consolidate, rankUnits, sumUnitCounts, unitCountsOf, unitOnlineShare, unitOnTimeRate, unitsWithOverdue, UNIT_COUNT_KEYS,
  type UnitCounts, type UnitSource,
} from '../../src/core/consolidation';
import { periodFromLabel } from '../../src/core/periods';
import type { Dossier, Period } from '../../src/core/types';
import { levelFromName, NO_MAPPING, readUnitMapping, resolveUnit, unitDisplayName, unitKey } from '../../src/core/units';
import { logArb, periodArb, PROCEDURES } from '../helpers/arbitraries';

const Q3 = periodFromLabel('2026-Q3')!;

/** Form 06's figures, given in the columns' order (3)…(13). */
function counts(...values: (number | null)[]): UnitCounts {
  const c = {} as UnitCounts;
  UNIT_COUNT_KEYS.forEach((k, i) => (c[k] = values[i] ?? 0));
  return c;
}

const source = (found: string, c: UnitCounts, file = `${found}.xlsx`, extra: Partial<UnitSource> = {}): UnitSource => ({
  found, counts: c, file, sheet: 'Biểu', row: 9, kind: 'table', period: null, ...extra,
});

const figuresOf = (dossiers: Dossier[], period: Period) => unitCountsOf(computeIndicators({ procedures: PROCEDURES, dossiers }, period).indicators);

describe('unit names', () => {
  test('"UBND xã Đông Sơn", "Xã Đông Sơn" and "XÃ ĐÔNG SƠN" are one unit', () => {
    expect(new Set(['UBND xã Đông Sơn', 'Xã Đông Sơn', 'XÃ ĐÔNG SƠN', 'Ủy ban nhân dân xã Đông Sơn'].map(unitKey)).size).toBe(1);
  });

  test('a Sở is of the province, a Xã, Phường or Đặc khu of the commune level; other names tell none', () => {
    expect(['Sở Tư pháp', 'Ban Quản lý Khu kinh tế', 'Công an tỉnh'].map(levelFromName)).toEqual(['province', 'province', 'province']);
    expect(['UBND xã Đông Sơn', 'Phường Hạc Thành', 'Đặc khu Cồn Cỏ'].map(levelFromName)).toEqual(['commune', 'commune', 'commune']);
    expect(levelFromName('Trường Đại học Hồng Đức')).toBeNull();
  });

  test('printed without "UBND" in front, and not all in capitals', () => {
    expect(unitDisplayName('UBND xã Đông Sơn')).toBe('Xã Đông Sơn');
    expect(unitDisplayName('SỞ TƯ PHÁP')).toBe('Sở Tư Pháp');
  });

  test('DonVi maps a name spelt another way to its unit and level', () => {
    const sheet = { sheet: 'DonVi', firstRow: 1, firstColumn: 1, rows: [['Tên trong tệp', 'Đơn vị', 'Cấp'], ['STP Thanh Hóa', 'Sở Tư pháp', 'tỉnh'], ['Trường ĐH Hồng Đức', '', 'tỉnh']] };
    const { mapping, issues } = readUnitMapping(sheet);
    expect(issues).toEqual([]);
    expect(resolveUnit('STP Thanh Hóa', mapping)).toMatchObject({ unit: 'Sở Tư pháp', level: 'province', mapped: true });
    expect(resolveUnit('Trường ĐH Hồng Đức', mapping)).toMatchObject({ unit: 'Trường ĐH Hồng Đức', level: 'province' });
  });

  test('a DonVi level that is neither tỉnh nor xã is an error naming the cell', () => {
    const sheet = { sheet: 'DonVi', firstRow: 1, firstColumn: 1, rows: [['Tên trong tệp', 'Đơn vị', 'Cấp'], ['Sở Y tế', 'Sở Y tế', 'huyện x']] };
    expect(readUnitMapping(sheet).issues).toEqual([expect.objectContaining({ severity: 'error', sheet: 'DonVi', row: 2, column: 'C (Cấp)' })]);
  });
});

describe('consolidating units', () => {
  const tp = counts(10, 6, 3, 1, 8, 2, 5, 1, 2, 2, 0);
  const ds = counts(20, 5, 15, 0, 15, 5, 10, 0, 5, 3, 2);

  test('the total is the sum of the units, grouped tỉnh then xã with subtotals', () => {
    const c = consolidate([source('UBND xã Đông Sơn', ds), source('Sở Tư pháp', tp)], Q3, NO_MAPPING);
    expect(c.groups.map((g) => [g.level, g.units.map((u) => u.unit)])).toEqual([['province', ['Sở Tư pháp']], ['commune', ['Xã Đông Sơn']]]);
    expect(c.total).toEqual(counts(30, 11, 18, 1, 23, 7, 15, 1, 7, 5, 2));
    expect(c.groups[1].counts).toEqual(ds);
    expect(c.issues).toEqual([]);
  });

  test('a name spelt two ways is one unit: identical figures counted once, with a warning', () => {
    const c = consolidate([source('UBND xã Đông Sơn', ds, 'a.xlsx'), source('XÃ ĐÔNG SƠN', ds, 'b.xlsx')], Q3, NO_MAPPING);
    expect(c.units).toHaveLength(1);
    expect(c.total).toEqual(ds);
    expect(c.issues).toEqual([expect.objectContaining({ severity: 'warning', code: 'unitRepeated', sheet: 'b.xlsx › Biểu', row: 9 })]);
  });

  test('the same unit twice with different figures is an error naming both places', () => {
    const c = consolidate([source('Sở Tư pháp', tp, 'a.xlsx'), source('SỞ TƯ PHÁP', ds, 'b.xlsx')], Q3, NO_MAPPING);
    const [issue] = c.issues;
    expect(issue).toMatchObject({ severity: 'error', code: 'unitTwice', sheet: 'b.xlsx › Biểu', row: 9 });
    expect(issue.message).toContain('a.xlsx, trang Biểu, dòng 9');
  });

  test('a file stating another period is a warning naming it', () => {
    const c = consolidate([source('Sở Tư pháp', tp, 'q2.xlsx', { period: { from: Q3.from - 92, to: Q3.from - 1 } })], Q3, NO_MAPPING);
    expect(c.issues).toEqual([expect.objectContaining({ severity: 'warning', code: 'sourcePeriodDiffers', message: expect.stringContaining('q2.xlsx') })]);
  });

  test('a dossier ID in two logs is a warning', () => {
    const c = consolidate([source('Sở Tư pháp', tp, 'a.xlsx', { dossierIds: ['H1', 'H2'] }), source('Xã Đông Sơn', ds, 'b.xlsx', { dossierIds: ['H2', 'H3'] })], Q3, NO_MAPPING);
    expect(c.issues).toEqual([expect.objectContaining({ code: 'dossierInTwoLogs', message: expect.stringContaining('1 mã hồ sơ có trong cả a.xlsx và b.xlsx (H2)') })]);
  });

  test('an unknown figure of one unit makes the total unknown, not smaller', () => {
    const c = consolidate([source('Sở Tư pháp', { ...tp, newOnline: null }), source('Xã Đông Sơn', ds)], Q3, NO_MAPPING);
    expect(c.total.newOnline).toBeNull();
    expect(c.total.received).toBe(30);
    expect(c.onlineShare).toBeNull();
  });

  test('a unit whose level its name does not tell is grouped apart, with a warning', () => {
    const c = consolidate([source('Trường Đại học Hồng Đức', tp)], Q3, NO_MAPPING);
    expect(c.groups.map((g) => g.level)).toEqual([null]);
    expect(c.issues).toEqual([expect.objectContaining({ code: 'unitLevelUnknown' })]);
  });

  test('units ranked by on-time rate, unknown last; the units with overdue dossiers', () => {
    const c = consolidate([source('Sở Tư pháp', tp), source('Xã Đông Sơn', ds), source('Sở Y tế', counts(0))], Q3, NO_MAPPING);
    expect(rankUnits(c.units, (u) => u.onTimeRate).map((u) => u.unit)).toEqual(['Xã Đông Sơn', 'Sở Tư pháp', 'Sở Y tế']);
    expect(unitsWithOverdue(c.units).map((u) => u.unit)).toEqual(['Sở Tư pháp', 'Xã Đông Sơn']);
    expect(unitOnTimeRate(tp)).toBeCloseTo(7 / 8);
    expect(unitOnlineShare(tp)).toBeCloseTo(6 / 9);
  });

  test('a table printing early and on time as one column still has an on-time rate: resolved less late', () => {
    // Hà Nội's "đúng và trước hạn": resolved 20, late 4, early and on time each unknown.
    const combined = { ...counts(30, 10, 15, 5, 20, null, null, 4, 10, 8, 2), resolvedEarly: null, resolvedOnTime: null };
    expect(unitOnTimeRate(combined)).toBeCloseTo(16 / 20);
    expect(unitOnTimeRate({ ...combined, resolvedLate: null })).toBeNull();
  });
});

describe('consolidation on random logs', () => {
  test('any split of a log into units gives the figures of the whole log, and the total is the sum of the units', () => {
    const split = logArb.chain((log) => fc.tuple(fc.constant(log), fc.array(fc.integer({ min: 0, max: 4 }), { minLength: log.length, maxLength: log.length })));
    fc.assert(
      fc.property(split, periodArb, ([log, unitOf], period) => {
        const parts = [0, 1, 2, 3, 4].map((u) => log.filter((_, i) => unitOf[i] === u));
        const sources = parts.map((dossiers, u) => source(`Xã Số ${u + 1}`, figuresOf(dossiers, period), `xa-${u + 1}.xlsx`, { kind: 'log', row: null }));
        const c = consolidate(sources, period, NO_MAPPING);
        expect(c.total).toEqual(figuresOf(log, period));
        expect(c.total).toEqual(sumUnitCounts(c.units.map((u) => u.counts)));
        expect(c.units).toHaveLength(5);
      }),
    );
  });
});
