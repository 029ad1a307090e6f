import type { Issue } from '../../src/core/types';
import { STRINGS } from '../../src/taskpane/strings';
import {
  columnLabel,
  columnLetters,
  countIssues,
  groupHasMoreRows,
  groupsToShow,
  groupTarget,
  groupUnit,
  issueAddress,
  MAX_SHOWN_GROUPS,
  sortIssues,
  tallyIssues,
} from '../../src/taskpane/services/issues';

const issue = (over: Partial<Issue>): Issue => ({ severity: 'error', sheet: 'HoSo', row: 5, column: 'C (Ngày tiếp nhận)', message: 'x', ...over });

/** 5,000 cells of column C with the same bad date, rows 3 to 5002, listed out of order. */
const sameBadDate = (): Issue[] =>
  Array.from({ length: 5000 }, (_, i) =>
    issue({ row: 5002 - i, code: 'badDate', message: 'Không đọc được ngày "31/02/2024". Cần ngày Excel hoặc dạng dd/mm/yyyy.' }),
  );

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

describe('issue groups as the pane shows them', () => {
  test('5,000 identical issues are one entry with count 5000, its first rows and the first row as target', () => {
    const { shown, hidden } = groupsToShow(sameBadDate());
    expect(hidden).toBe(0);
    expect(shown).toHaveLength(1);
    const [group] = shown;
    expect(group.count).toBe(5000);
    expect(group.code).toBe('badDate');
    expect(group.rows).toEqual([4993, 4994, 4995, 4996, 4997, 4998, 4999, 5000, 5001, 5002]);
    expect(groupHasMoreRows(group)).toBe(true);
    expect(groupUnit(group)).toBe('cells');
  });

  test('the go-to-cell target is the group’s first row', () => {
    const issues = [issue({ row: 9, code: 'badDate' }), issue({ row: 3, code: 'badDate' }), issue({ row: 7, code: 'badDate' })];
    const [group] = groupsToShow(issues).shown;
    const target = groupTarget(group);
    expect(target).toEqual({ severity: 'error', sheet: 'HoSo', row: 3, column: 'C (Ngày tiếp nhận)', message: 'x', code: 'badDate' });
    expect(issueAddress(target)).toBe('C3');
    // A whole-sheet group goes to the sheet (A1), as a single whole-sheet issue did.
    const sheetLevel = groupsToShow([issue({ row: null, column: null, code: 'noChannelColumn' })]).shown[0];
    expect(issueAddress(groupTarget(sheetLevel))).toBe('A1');
    expect(groupUnit(sheetLevel)).toBe('times');
    // A row without a column goes to the row.
    expect(issueAddress(groupTarget(groupsToShow([issue({ column: null, row: 12 })]).shown[0]))).toBe('12:12');
  });

  test('errors first; at most 50 groups shown, the rest counted', () => {
    const many = Array.from({ length: 70 }, (_, i) => issue({ severity: i % 2 ? 'warning' : 'error', row: i + 2, message: `m${i}` }));
    const { shown, hidden } = groupsToShow(many);
    expect(MAX_SHOWN_GROUPS).toBe(50);
    expect(shown).toHaveLength(50);
    expect(hidden).toBe(20);
    expect(shown.slice(0, 35).every((g) => g.severity === 'error')).toBe(true);
    expect(shown.slice(35).every((g) => g.severity === 'warning')).toBe(true);
    expect(STRINGS.vi.issues.more(hidden)).toBe('… và 20 nhóm khác.');
    expect(STRINGS.en.issues.more(hidden)).toBe('… and 20 more groups.');
  });

  test('headlines count issues (cells), and say the groups when they differ', () => {
    const issues = [...sameBadDate(), issue({ row: 8, column: 'F (Kênh tiếp nhận)', code: 'badChannel', message: 'y' }), issue({ severity: 'warning', row: null, column: null, message: 'w' })];
    const tally = tallyIssues(issues);
    expect(tally).toEqual({ errors: 5001, warnings: 1, errorGroups: 2, warningGroups: 1 });
    expect(STRINGS.vi.report.blockedTitle(tally.errors, tally.errorGroups)).toBe('Dữ liệu có 5.001 lỗi (2 nhóm), chưa tạo báo cáo');
    expect(STRINGS.en.report.blockedTitle(tally.errors, tally.errorGroups)).toBe('The data has 5,001 errors (in 2 groups): no report yet');
    expect(STRINGS.vi.data.counts(tally.errors, tally.warnings, 3)).toBe('5.001 lỗi, 1 cảnh báo, gộp thành 3 nhóm.');
    expect(STRINGS.en.data.counts(tally.errors, tally.warnings, 3)).toBe('5,001 errors, 1 warning, in 3 groups.');
    // One issue per group: the headline reads as before.
    expect(STRINGS.vi.report.blockedTitle(1, 1)).toBe('Dữ liệu có 1 lỗi, chưa tạo báo cáo');
    expect(STRINGS.vi.data.counts(2, 1, 3)).toBe('2 lỗi, 1 cảnh báo.');
    expect(STRINGS.vi.issues.warningsTitle(40, 2)).toBe('40 cảnh báo về dữ liệu (2 nhóm)');
    expect(STRINGS.vi.issues.warningsTitle(2, 2)).toBe('2 cảnh báo về dữ liệu');
  });

  test('the count and rows of a group, in both languages', () => {
    expect(STRINGS.vi.issues.occurrences(5000, 'cells')).toBe('5.000 ô');
    expect(STRINGS.en.issues.occurrences(5000, 'cells')).toBe('5,000 cells');
    expect(STRINGS.vi.issues.rows([3, 4, 5], true)).toBe('dòng 3, 4, 5…');
    expect(STRINGS.en.issues.rows([3, 4, 5], true)).toBe('rows 3, 4, 5…');
    expect(STRINGS.en.issues.rows([3], false)).toBe('row 3');
  });
});
