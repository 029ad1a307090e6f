/** The date a report is dated: ThongTin's `Ngày ban hành`, else the day it is made. */
import { dayFromParts } from '../../src/core/days';
import { EMPTY_AGENCY, parseInputs } from '../../src/core/inputs';
import { issueDateFor } from '../../src/core/issueDate';

const today = dayFromParts(2026, 12, 2);
const info = (issueDate: string) => ({ ...EMPTY_AGENCY, issueDate });
const thongTin = (value: unknown) => parseInputs({ ThongTin: { sheet: 'ThongTin', firstRow: 1, firstColumn: 1, rows: [['Thông tin', 'Giá trị'], ['Ngày ban hành', value as string]] } });

describe('the issue date', () => {
  test('ThongTin\'s "Ngày ban hành" dates the report', () => {
    expect(issueDateFor(info('15/06/2026'), today)).toBe(dayFromParts(2026, 6, 15));
  });

  test('blank: the day the report is made', () => {
    expect(issueDateFor(info(''), today)).toBe(today);
    expect(issueDateFor({ ...EMPTY_AGENCY }, today)).toBe(today);
  });

  test('a date cell of ThongTin reads as that date', () => {
    const parsed = thongTin(new Date(Date.UTC(2026, 5, 15)));
    expect(issueDateFor(parsed.info, today)).toBe(dayFromParts(2026, 6, 15));
    expect(parsed.issues.filter((i) => i.sheet === 'ThongTin')).toEqual([]);
  });

  test('text that is no date is a warning naming the cell, and the report is dated today', () => {
    const parsed = thongTin('tháng 6');
    expect(parsed.issues.filter((i) => i.sheet === 'ThongTin')).toEqual([expect.objectContaining({ severity: 'warning', sheet: 'ThongTin', row: 2, column: 'B', code: 'badIssueDate' })]);
    expect(issueDateFor(parsed.info, today)).toBe(today);
  });
});
