import type { Issue } from '../../src/core/types';
import { columnLabel, columnLetters, countIssues, issueAddress, sortIssues } from '../../src/taskpane/services/issues';

const issue = (over: Partial<Issue>): Issue => ({ severity: 'error', sheet: 'HoSo', row: 5, column: 'C (Ngày tiếp nhận)', message: 'x', ...over });

describe('issues as the pane lists them', () => {
  test('the cell to select', () => {
    expect(issueAddress(issue({}))).toBe('C5');
    expect(issueAddress(issue({ column: 'AB (Ghi chú)', row: 1200 }))).toBe('AB1200');
    expect(issueAddress(issue({ column: null }))).toBe('5:5');
    expect(issueAddress(issue({ row: null }))).toBe('C:C');
    expect(issueAddress(issue({ row: null, column: null }))).toBe('A1');
    expect(columnLetters('E (Thời hạn giải quyết (ngày làm việc))')).toBe('E');
    expect(columnLabel('E (Thời hạn giải quyết (ngày làm việc))')).toBe('Thời hạn giải quyết (ngày làm việc)');
    expect(columnLetters('Ngày tiếp nhận')).toBeNull();
  });

  test('errors first, then by sheet as found, then by row', () => {
    const list = [
      issue({ severity: 'warning', sheet: 'TTHC', row: 2 }),
      issue({ sheet: 'TTHC', row: 9 }),
      issue({ sheet: 'HoSo', row: 3 }),
      issue({ sheet: 'TTHC', row: 4 }),
      issue({ sheet: 'HoSo', row: null }),
    ];
    expect(sortIssues(list).map((i) => `${i.severity[0]} ${i.sheet} ${i.row}`)).toEqual(['e TTHC 4', 'e TTHC 9', 'e HoSo null', 'e HoSo 3', 'w TTHC 2']);
    expect(countIssues(list)).toEqual({ errors: 4, warnings: 1 });
  });
});
