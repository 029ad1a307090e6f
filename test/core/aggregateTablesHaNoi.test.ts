/**
 * Hà Nội's "Tổng hợp kết quả giải quyết TTHC theo đơn vị" (DOMAIN-2026 §2.2): recognised by its
 * title and header words, split columns summed into form 06's figures, the hand counts of
 * scripts/make-export-fixtures.ts, and through `tthc-report consolidate --json`.
 */
import path from 'path';
import { isAggregateTable, readAggregateTable, UNIT_COUNT_KEYS, UnitCounts } from '../../src/core/aggregateTables';
import { dayFromParts } from '../../src/core/days';
import { RawTable } from '../../src/core/types';
import { readSheetsFromBytes } from '../../src/readers';
import { readSheetsFromFile } from '../../src/readers/nodeFile';
import { workbookOf } from '../../scripts/make-bad-fixtures';
import { EXPORT_DIR, haNoiExport, haNoiSheets } from '../../scripts/make-export-fixtures';
import { runCli } from '../helpers/cliInProcess';

const fixture = async (name: string): Promise<RawTable> => (await readSheetsFromFile(path.join(EXPORT_DIR, name), name))[0];
const countsOf = (values: (number | null)[]): UnitCounts => Object.fromEntries(UNIT_COUNT_KEYS.map((k, i) => [k, values[i]])) as UnitCounts;

/** The hand count: received, online, direct/postal, carried | resolved, early, on time, late | pending, in time, overdue. */
const HAND_COUNT: [string, (number | null)[], number][] = [
  ['Sở Xây dựng', [1294, 1100, 134, 60, 1165, null, null, 15, 129, 120, 9], 1150],
  ['UBND phường Hoàn Kiếm', [300, 250, 42, 8, 275, null, null, 5, 25, 22, 3], 270],
  ['UBND xã Sóc Sơn', [103, 72, 26, 5, 92, null, null, 2, 11, 10, 1], 90],
];
const TOTAL = countsOf([1697, 1422, 202, 73, 1532, null, null, 22, 165, 152, 13]);

describe.each([
  ['ha-noi-by-unit.xlsx', 10],
  ['ha-noi-by-unit.xls', 10],
])('Hà Nội\'s table by unit, %s', (name, firstRow) => {
  test('is recognised by its title and header words', async () => {
    const raw = await fixture(name);
    expect(isAggregateTable(raw)).toBe(true);
    const { table } = readAggregateTable(raw);
    expect(table!.kind).toBe('byUnit');
    expect(table!.agency).toBe('VĂN PHÒNG UBND THÀNH PHỐ');
    expect(table!.period).toEqual({ from: dayFromParts(2026, 6, 15), to: dayFromParts(2026, 9, 14) });
  });

  test('each unit\'s figures are the hand count; early and on time apart stay unknown', async () => {
    const { table, issues } = readAggregateTable(await fixture(name));
    expect(table!.rows.map((r) => [r.label, r.row, r.counts, r.resolvedEarlyOrOnTime])).toEqual(
      HAND_COUNT.map(([unit, counts, combined], i) => [unit, firstRow + i, countsOf(counts), combined]),
    );
    // One warning: the combined column; no other (every sum adds up, the total row included).
    expect(issues).toEqual([expect.objectContaining({ severity: 'warning', code: 'aggregateEarlyOrOnTime', row: 6 })]);
    expect(issues[0].column).toContain('Đã giải quyết > Đúng và trước hạn');
  });

  test('the total row is not a unit, and equals the units\' sum', async () => {
    const { table } = readAggregateTable(await fixture(name));
    expect(table!.total!.row).toBe(13);
    expect(table!.rows.map((r) => r.label)).not.toContain(table!.total!.label);
    expect(table!.total!.counts).toEqual(TOTAL);
    expect(table!.sum).toEqual(TOTAL);
    expect(table!.sumResolvedEarlyOrOnTime).toBe(1510);
  });
});

describe('Hà Nội\'s table: cells and checks', () => {
  test('the .xls has an empty first column and numbers written 1.234; 1,234 reads the same', async () => {
    const raw = await fixture('ha-noi-by-unit.xls');
    expect(raw.rows.every((r) => r[0] === null || r[0] === undefined)).toBe(true);
    expect(raw.rows[9].slice(0, 3)).toEqual([null, '1', 'Sở Xây dựng']);
    expect(raw.rows[9]).toContain('1.150'); // Sở Xây dựng's "đúng và trước hạn", as the file writes it
    const [comma] = await readSheetsFromBytes(new TextEncoder().encode(haNoiExport(',')), 'comma.xls');
    expect(raw.rows.flat()).not.toContain('1,150');
    expect(comma.rows.flat()).toContain('1,150');
    const { table, issues } = readAggregateTable(comma);
    expect(issues.map((i) => i.code)).toEqual(['aggregateEarlyOrOnTime']);
    expect(table!.rows.map((r) => r.counts)).toEqual(HAND_COUNT.map(([, c]) => countsOf(c)));
  });

  test('a total row that does not add up is a warning naming the cell', async () => {
    // The .xlsx's total row with trực tuyến toàn trình 1.221 (units: 1.220) and "Đúng và trước hạn" 1.500 (units: 1.510).
    const [good] = haNoiSheets();
    const total = good.rows.at(-1)!.slice(2) as number[];
    const bad = [...total];
    bad[1] = 1221;
    bad[8] = 1500;
    const workbook = workbookOf(haNoiSheets({ totalRow: bad }));
    const [raw] = await readSheetsFromBytes(new Uint8Array(await workbook.xlsx.writeBuffer()), 'bad.xlsx');
    const { table, issues } = readAggregateTable(raw);
    const totals = issues.filter((i) => i.code === 'aggregateTotal');
    expect(totals.map((i) => [i.row, i.column])).toEqual([
      [13, 'D (Tiếp nhận > Trực tuyến > Toàn trình)'],
      [13, 'K (Đã giải quyết > Đúng và trước hạn)'],
    ]);
    expect(totals[0].message).toBe('Dòng tổng cộng ghi 1.221, nhưng cộng 3 dòng đơn vị (dòng 10, 11, 12) được 1.220.');
    // The total row's own sums are checked too: resolved 1.532 ≠ 1.500 + 22.
    expect(issues.filter((i) => i.code === 'aggregateRowSum').map((i) => i.column)).toEqual(['J (Đã giải quyết > Tổng số)']);
    expect(table!.total!.counts.newOnline).toBe(1423);
  });

  test('payments, "dừng xử lý", "chờ tiếp nhận", "không được tiếp nhận", "rút" and "phi địa giới" are not read', async () => {
    const { table } = readAggregateTable(await fixture('ha-noi-by-unit.xlsx'));
    // Sở Xây dựng: 120 + 1.100 + 14 + 60, without phi địa giới 45 or any of 800, 50, 2, 7, 4, 3.
    expect(table!.rows[0].counts.received).toBe(1294);
  });
});

describe('Hà Nội\'s table through tthc-report consolidate --json', () => {
  test.each(['ha-noi-by-unit.xlsx', 'ha-noi-by-unit.xls'])('%s: the three units with the hand counts', async (name) => {
    const { code, stdout } = await runCli('consolidate', path.join(EXPORT_DIR, name), '--period', '2026-Q3', '--json');
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    const units = json.units.map((u: { unit: string; counts: UnitCounts }) => [u.unit, u.counts]);
    expect(units).toHaveLength(3);
    for (const [unit, counts] of HAND_COUNT) {
      expect(units).toContainEqual([expect.stringContaining(unit.replace(/^UBND /, '').replace(/^xã|^phường/, '').trim()), countsOf(counts)]);
    }
    expect(json.total).toEqual(TOTAL);
    expect(json.issues).toEqual([expect.objectContaining({ code: 'aggregateEarlyOrOnTime' })]);
  });
});
