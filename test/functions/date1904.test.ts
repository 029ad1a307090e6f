/**
 * A workbook that counts dates from 1904: its serials are 1,462 smaller than the 1900 system's
 * for the same day. The shared runtime learns the system from Excel (functions/dateSystem.ts)
 * and the functions read and return serials in it.
 */
import { learnDateSystem, learnDateSystemWhenReady, type DateSystemRun } from '../../src/functions/dateSystem';
import { setWorkbookDate1904, workbookDate1904 } from '../../src/functions/args';
import { dossierCount, dueDate, onTimeRateRange, periodEnd, periodStart, workdays } from '../../src/functions/functions';
import { FakeWorkbook, MockExcel } from '../officejs/mockExcel';
import { column, errorOf, serial } from './helpers';

const OFFSET = 1_462;
/** The serial of a date in a 1904 workbook. */
const serial1904 = (d: number, m: number, y: number) => serial(d, m, y) - OFFSET;

afterEach(() => setWorkbookDate1904(false));

describe('in a 1904 workbook', () => {
  beforeEach(() => setWorkbookDate1904(true));

  test('PERIOD_START and PERIOD_END give the 1904 serials of 15/03/2023 and 14/06/2023', () => {
    expect([periodStart(2023, 'Q2'), periodEnd(2023, 'Q2')]).toEqual([serial1904(15, 3, 2023), serial1904(14, 6, 2023)]);
    expect(periodStart(2023, 'Q2')).toBe(45_000 - OFFSET);
  });

  test('DUE_DATE and WORKDAYS read and give dates in the 1904 system', () => {
    expect(dueDate(serial1904(7, 4, 2023), 5)).toBe(serial1904(14, 4, 2023));
    expect(dueDate(serial1904(18, 1, 2023), 5)).toBe(serial1904(1, 2, 2023)); // Tết 2023
    expect(workdays(serial1904(3, 4, 2023), serial1904(14, 4, 2023))).toBe(10);
    expect(dueDate(serial1904(7, 4, 2023), 5, column(serial1904(10, 4, 2023)))).toBe(serial1904(17, 4, 2023));
  });

  test('dossier counts from 1904 date cells equal the 1900 workbook’s; text dates read the same in both', () => {
    const rows = [
      [serial(20, 3, 2023), serial(27, 3, 2023), serial(24, 3, 2023)],
      [serial(1, 4, 2023), serial(5, 4, 2023), serial(10, 4, 2023)],
      [serial(10, 3, 2023), serial(17, 3, 2023), ''],
    ];
    const cols = (shift: number) => [0, 1, 2].map((i) => column(...rows.map((r) => (typeof r[i] === 'number' ? (r[i] as number) - shift : r[i]))));
    const [received, due, completed] = cols(OFFSET);
    const from = periodStart(2023, 'Q2');
    const to = periodEnd(2023, 'Q2');
    const in1904 = ['received', 'resolvedEarly', 'resolvedLate', 'pending', 'carriedOver'].map((k) => dossierCount(k, received, due, completed, undefined, from, to));
    const rate1904 = onTimeRateRange(received, due, completed, undefined, from, to);
    expect(dossierCount('received', column('20/03/2023'), column('27/03/2023'), column(''), undefined, from, to)).toBe(1);

    setWorkbookDate1904(false);
    const [r0, d0, c0] = cols(0);
    const in1900 = ['received', 'resolvedEarly', 'resolvedLate', 'pending', 'carriedOver'].map((k) => dossierCount(k, r0, d0, c0, undefined, periodStart(2023, 'Q2'), periodEnd(2023, 'Q2')));
    expect(in1904).toEqual(in1900);
    expect(in1904).toEqual([3, 1, 1, 1, 1]);
    expect(rate1904).toBe(onTimeRateRange(r0, d0, c0, undefined, periodStart(2023, 'Q2'), periodEnd(2023, 'Q2')));
  });

  test('serial 0 is 01/01/1904; a negative serial, or a day before 1904, has no date: #NUM!', () => {
    expect(dueDate(0, 0)).toBe(0);
    expect(errorOf(() => dueDate(-1, 1)).code).toBe('#NUM!');
    expect(errorOf(() => periodStart(1903, 'Q2')).code).toBe('#NUM!');
    expect(errorOf(() => dueDate(2_958_465 - OFFSET + 1, 0)).code).toBe('#NUM!');
  });
});

describe('learning the date system from Excel', () => {
  const asRun = (excel: MockExcel) => excel.run as unknown as DateSystemRun;

  test('a 1904 workbook: the functions switch to it, and Excel recalculates what they computed before', async () => {
    const wb = new FakeWorkbook();
    wb.date1904 = true;
    const excel = new MockExcel(wb);
    const before = periodStart(2023, 'Q2');

    await expect(learnDateSystem(asRun(excel))).resolves.toBe(true);

    expect(workbookDate1904()).toBe(true);
    expect(periodStart(2023, 'Q2')).toBe(before - OFFSET);
    expect(wb.calculations).toEqual(['Full']);
  });

  test('a 1900 workbook: nothing changes, nothing is recalculated', async () => {
    const wb = new FakeWorkbook();
    await expect(learnDateSystem(asRun(new MockExcel(wb)))).resolves.toBe(false);
    expect(workbookDate1904()).toBe(false);
    expect(wb.calculations).toEqual([]);
  });

  test('when Excel cannot be asked, the functions keep the 1900 system and nothing throws', async () => {
    await expect(learnDateSystem(() => Promise.reject(new Error('no host')))).resolves.toBeNull();
    expect(workbookDate1904()).toBe(false);
  });

  test('asks only inside Excel, once office.js is ready', async () => {
    const g = globalThis as { Office?: unknown };
    const wb = new FakeWorkbook();
    wb.date1904 = true;
    const excel = new MockExcel(wb);
    try {
      g.Office = { onReady: async () => ({ host: 'Excel' }) };
      learnDateSystemWhenReady(asRun(excel));
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(workbookDate1904()).toBe(true);

      setWorkbookDate1904(false);
      const outside = new MockExcel(wb);
      g.Office = { onReady: async () => ({ host: null }) };
      learnDateSystemWhenReady(asRun(outside));
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(workbookDate1904()).toBe(false);
      expect(outside.contexts).toHaveLength(1); // its main context only: no batch was run
    } finally {
      delete g.Office;
    }
    expect(() => learnDateSystemWhenReady(asRun(excel))).not.toThrow();
  });
});
