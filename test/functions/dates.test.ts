/** PERIOD_START, PERIOD_END, DUE_DATE, WORKDAYS: dates in and out as Excel serial numbers. */
import { dueDate, periodEnd, periodStart, workdays } from '../../src/functions/functions';
import { column, errorOf, serial } from './helpers';

describe('PERIOD_START and PERIOD_END', () => {
  test('2023 Q2 runs from 15/03/2023 (serial 45000) to 14/06/2023 (serial 45091)', () => {
    expect([periodStart(2023, 'Q2'), periodEnd(2023, 'Q2')]).toEqual([45000, 45091]);
    expect([periodStart(2023, 'Q2'), periodEnd(2023, 'Q2')]).toEqual([serial(15, 3, 2023), serial(14, 6, 2023)]);
  });

  test('Q1 starts on 15/12 of the year before', () => {
    expect(periodStart(2024, 'Q1')).toBe(serial(15, 12, 2023));
  });

  test('H1, 9M and Y end on 14/06, 14/09 and 14/12', () => {
    expect([periodEnd(2023, 'H1'), periodEnd(2023, '9M'), periodEnd(2023, 'Y')]).toEqual([serial(14, 6, 2023), serial(14, 9, 2023), serial(14, 12, 2023)]);
  });

  test('calendar TRUE gives calendar quarters: Q2 from 01/04 to 30/06', () => {
    expect([periodStart(2023, 'Q2', true), periodEnd(2023, 'Q2', true)]).toEqual([serial(1, 4, 2023), serial(30, 6, 2023)]);
  });

  test('calendar FALSE or omitted (null from Excel) keeps the 15th–14th cut-off', () => {
    expect([periodStart(2023, 'Q2', false), periodStart(2023, 'Q2', null as never)]).toEqual([45000, 45000]);
  });

  test('the part may be written in lower case or in Vietnamese', () => {
    expect([periodStart(2023, 'q2'), periodStart(2023, 'Quý II'), periodEnd(2023, '6 tháng'), periodEnd(2023, 'năm')]).toEqual([
      45000,
      45000,
      serial(14, 6, 2023),
      serial(14, 12, 2023),
    ]);
  });

  test('an unknown part is #VALUE! listing the parts', () => {
    const e = errorOf(() => periodStart(2023, 'Q5'));
    expect(e.code).toBe('#VALUE!');
    expect(e.message).toContain('Q1, Q2, Q3, Q4, H1, H2, 9M');
  });

  test('an empty part is #VALUE!', () => {
    expect(errorOf(() => periodEnd(2023, '')).code).toBe('#VALUE!');
  });

  test('a year that is not whole or has no Excel dates is #NUM!', () => {
    expect([errorOf(() => periodStart(2023.5, 'Q2')).code, errorOf(() => periodEnd(1800, 'Q2')).code]).toEqual(['#NUM!', '#NUM!']);
  });
});

describe('DUE_DATE(received, workingDays, [holidays], [makeupDays])', () => {
  test('skips the weekend: 5 working days from Friday 07/04/2023 is Friday 14/04/2023', () => {
    expect(dueDate(serial(7, 4, 2023), 5)).toBe(serial(14, 4, 2023));
  });

  // Tết 2023 as the government announced it (Thông báo 5034/TB-LĐTBXH): off 20–26/01, back on Friday 27/01.
  test('skips Tết: 5 working days from 18/01/2023 is 01/02/2023 (Tết 2023 off 20–26/01)', () => {
    expect(dueDate(serial(18, 1, 2023), 5)).toBe(serial(1, 2, 2023));
  });

  test('a day off from the holidays range moves the due date later', () => {
    expect(dueDate(serial(18, 1, 2023), 5, column(serial(30, 1, 2023)))).toBe(serial(2, 2, 2023));
  });

  test('a make-up working day pulls it earlier (Saturday 28/01/2023 worked)', () => {
    expect(dueDate(serial(18, 1, 2023), 5, column(serial(30, 1, 2023)), column(serial(28, 1, 2023)))).toBe(serial(1, 2, 2023));
    expect(dueDate(serial(18, 1, 2023), 5, null as never, column(serial(28, 1, 2023)))).toBe(serial(31, 1, 2023));
  });

  test('holidays may be dd/mm/yyyy text and the range may hold blanks', () => {
    expect(dueDate(serial(18, 1, 2023), 5, [['30/01/2023', ''], ['', null]])).toBe(serial(2, 2, 2023));
  });

  test('0 working days is the day of receipt', () => {
    expect(dueDate(serial(7, 4, 2023), 0)).toBe(serial(7, 4, 2023));
  });

  test('a negative or fractional number of working days is #NUM!', () => {
    expect([errorOf(() => dueDate(serial(7, 4, 2023), -1)).code, errorOf(() => dueDate(serial(7, 4, 2023), 2.5)).code]).toEqual(['#NUM!', '#NUM!']);
  });

  test('serial 60 as the received date is #NUM!', () => {
    expect(errorOf(() => dueDate(60, 5)).code).toBe('#NUM!');
  });

  test('an unreadable holiday is #VALUE! naming its cell in the range', () => {
    const e = errorOf(() => dueDate(serial(18, 1, 2023), 5, [[serial(20, 1, 2023)], ['Tết']]));
    expect(e.code).toBe('#VALUE!');
    expect(e.message).toMatch(/^Ô dòng 2, cột 1 của vùng ngày nghỉ/);
  });

  test('a due date past 31/12/9999 is #NUM!', () => {
    expect(errorOf(() => dueDate(serial(30, 12, 9999), 5)).code).toBe('#NUM!');
  });
});

describe('WORKDAYS(from, to, [holidays], [makeupDays])', () => {
  test('counts Monday to Friday, both ends included', () => {
    expect(workdays(serial(3, 4, 2023), serial(14, 4, 2023))).toBe(10);
  });

  test('leaves out statutory holidays: 24/04–05/05/2023 loses 01/05 and the make-up days 02–03/05 for Giỗ Tổ (Saturday 29/04) and 30/04 (Sunday)', () => {
    expect(workdays(serial(24, 4, 2023), serial(5, 5, 2023))).toBe(7);
  });

  test('leaves out extra days off and counts make-up days', () => {
    const jan = [serial(16, 1, 2023), serial(31, 1, 2023)] as const;
    expect(workdays(...jan)).toBe(7);
    expect(workdays(...jan, column(serial(30, 1, 2023)), column(serial(28, 1, 2023)))).toBe(7);
    expect(workdays(...jan, column(serial(30, 1, 2023)))).toBe(6);
  });

  test('one day: 1 on a working day, 0 on a Sunday', () => {
    expect([workdays(serial(3, 4, 2023), serial(3, 4, 2023)), workdays(serial(2, 4, 2023), serial(2, 4, 2023))]).toEqual([1, 0]);
  });

  test('an end before the start is #NUM!', () => {
    expect(errorOf(() => workdays(serial(14, 4, 2023), serial(3, 4, 2023))).code).toBe('#NUM!');
  });

  test('a missing end is #VALUE!', () => {
    expect(errorOf(() => workdays(serial(14, 4, 2023), null as never)).code).toBe('#VALUE!');
  });
});
