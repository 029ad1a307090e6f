/**
 * DAYS_LEFT(due, [today], [holidays], [makeupDays]): working days left until each due date of a
 * cell or a range, negative when overdue, in the calendar of DUE_DATE and WORKDAYS; the same
 * count as the pane's deadline watch (core/deadlines.ts) on the hand-counted log.
 */
import { dayFromDate, excelSerialFromDay } from '../../src/core/days';
import { localToday, setWorkbookDate1904 } from '../../src/functions/args';
import { daysLeft, dueDate } from '../../src/functions/functions';
import { DEADLINE_AS_OF, DEADLINE_HAND_COUNT, deadlineSheets } from '../helpers/deadlineFixture';
import { column, errorOf, serial } from './helpers';

afterEach(() => setWorkbookDate1904(false));

/** June 2024: Fri 7, Sat 8, Mon 10, Tue 11; 2024's 30/4 swap: 27/4–1/5 off, Sat 4/5 worked. */
const FRIDAY = serial(7, 6, 2024);

describe('DAYS_LEFT on one cell', () => {
  test('due today is 0, the next working day 1 (Friday → Monday), Tuesday 2', () => {
    expect([daysLeft([[FRIDAY]], FRIDAY), daysLeft([[serial(10, 6, 2024)]], FRIDAY), daysLeft([[serial(11, 6, 2024)]], FRIDAY)]).toEqual([[[0]], [[1]], [[2]]]);
  });

  test('overdue is negative: due Friday, on Tuesday −2; on the Saturday after, 0 (no working day has passed)', () => {
    expect(daysLeft([[FRIDAY]], serial(11, 6, 2024))).toEqual([[-2]]);
    expect(Object.is(daysLeft([[FRIDAY]], serial(8, 6, 2024))[0][0], 0)).toBe(true);
  });

  test('a single value (as a script passes it) is one cell', () => {
    expect(daysLeft(serial(10, 6, 2024) as never, FRIDAY)).toEqual([[1]]);
  });

  test('a day off from the holidays range and a make-up day from makeupDays', () => {
    expect(daysLeft([[serial(11, 6, 2024)]], FRIDAY, column(serial(10, 6, 2024)))).toEqual([[1]]);
    expect(daysLeft([[serial(11, 6, 2024)]], FRIDAY, column(serial(10, 6, 2024)), column(serial(8, 6, 2024)))).toEqual([[2]]);
  });

  test('the announced holidays and make-up Saturday: from Fri 26/4/2024 to Sat 4/5/2024 is 3', () => {
    expect(daysLeft([[serial(4, 5, 2024)]], serial(26, 4, 2024))).toEqual([[3]]);
  });

  test('it undoes DUE_DATE: the due date of N working days after receipt is N days left on the day of receipt', () => {
    const received = serial(18, 1, 2023); // Tết 2023 in between
    for (const n of [0, 1, 5, 12]) expect(daysLeft([[dueDate(received, n)]], received)).toEqual([[n]]);
  });

  test('today omitted: the computer’s own calendar day', () => {
    const today = excelSerialFromDay(localToday());
    expect(daysLeft([[today + 30]])).toEqual(daysLeft([[today + 30]], today));
    expect(daysLeft([[today]])).toEqual([[0]]);
    expect(daysLeft([[today + 1]], null as never)).toEqual(daysLeft([[today + 1]], today));
  });
});

describe('DAYS_LEFT on a range', () => {
  test('one result per cell, the range’s shape; a blank due cell gives a blank', () => {
    expect(daysLeft([[serial(10, 6, 2024), ''], [null, serial(3, 6, 2024)]], FRIDAY)).toEqual([
      [1, ''],
      ['', -4],
    ]);
  });

  test('text dates dd/mm/yyyy are read as in the other functions', () => {
    expect(daysLeft(column('10/06/2024', '2024-06-11'), FRIDAY)).toEqual([[1], [2]]);
  });

  test('the hand-counted log’s due column gives the hand count (those without extension or computed due)', () => {
    const hoSo = deadlineSheets().find((s) => s.name === 'HoSo')!;
    const toSerial = (cell: unknown) => (cell instanceof Date ? excelSerialFromDay(dayFromDate(cell)) : '');
    const holidays = deadlineSheets().find((s) => s.name === 'NgayNghi')!.rows.map((r) => [toSerial(r[0])]);
    const dueColumn = hoSo.rows.map((r) => [toSerial(r[4])]);
    const result = daysLeft(dueColumn, excelSerialFromDay(DEADLINE_AS_OF), holidays).map((r) => r[0]);
    const byId = new Map(hoSo.rows.map((r, i) => [r[0] as string, result[i]]));
    for (const e of [...DEADLINE_HAND_COUNT.overdue, ...DEADLINE_HAND_COUNT.dueSoon, ...DEADLINE_HAND_COUNT.dueLater]) {
      if (e.id === 'HS07' || e.id === 'HS15') continue; // extended (HS07) or no due date typed (HS15)
      expect([e.id, byId.get(e.id)]).toEqual([e.id, e.daysLeft]);
    }
    expect(byId.get('HS15')).toBe('');
  });

  test('in a 1904 workbook the serials are read in its system', () => {
    setWorkbookDate1904(true);
    expect(daysLeft([[FRIDAY - 1462 + 3]], FRIDAY - 1462)).toEqual([[1]]);
  });
});

describe('DAYS_LEFT errors', () => {
  test('a cell that is no date is #VALUE! naming its row and column', () => {
    const e = errorOf(() => daysLeft(column(FRIDAY, 'ngày mai'), FRIDAY));
    expect(e.code).toBe('#VALUE!');
    expect(e.message).toContain('Ô dòng 2, cột 1 của vùng Hạn trả kết quả');
  });

  test('a today that is no date is #VALUE!, one Excel has no date for #NUM!', () => {
    expect(errorOf(() => daysLeft([[FRIDAY]], 'hôm nay' as never)).code).toBe('#VALUE!');
    expect(errorOf(() => daysLeft([[FRIDAY]], -5)).code).toBe('#NUM!');
  });

  test('a bad holidays cell is #VALUE!', () => {
    expect(errorOf(() => daysLeft([[FRIDAY]], FRIDAY, column('x'))).code).toBe('#VALUE!');
  });
});
