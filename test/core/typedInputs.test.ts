import { reportDataFor } from '../../src/core/engine';
import { figureKeyFromText, FIGURE_KEYS } from '../../src/core/figureKeys';
import { parseInputs, periodKey, RawTables } from '../../src/core/inputs';
import { periodFromLabel } from '../../src/core/periods';
import { normalizeLabel } from '../../src/core/text';
import { RawCell, RawTable } from '../../src/core/types';

// SoLieu (typed-in figures) and NoiDung (narrative), as a new user types them.

const table = (sheet: string, rows: RawCell[][]): RawTable => ({ sheet, firstRow: 1, firstColumn: 1, rows });

function withTables(extra: RawTables): RawTables {
  return {
    TTHC: table('TTHC', [['Mã TTHC', 'Tên TTHC', 'Lĩnh vực'], ['P1', 'Cấp hộ chiếu', 'Xuất nhập cảnh']]),
    HoSo: table('HoSo', [['Mã hồ sơ', 'Mã TTHC', 'Ngày tiếp nhận']]),
    ...extra,
  };
}

const figures = (rows: RawCell[][]) => parseInputs(withTables({ SoLieu: table('SoLieu', rows) }));
const narratives = (rows: RawCell[][]) => parseInputs(withTables({ NoiDung: table('NoiDung', rows) }));
const issuesOf = (inputs: ReturnType<typeof parseInputs>, sheet: string) => inputs.issues.filter((i) => i.sheet === sheet);

const LABEL = 'Số lượng TTHC đã được đánh giá tác động trong kỳ báo cáo';

describe('SoLieu: figures by their Vietnamese label or their key', () => {
  test('a Vietnamese label fills the same figure as its key', () => {
    const byKey = figures([['Kỳ báo cáo', 'Mã chỉ tiêu', 'Giá trị'], ['2024-Q2', 'impactAssessedProcedures', 3]]);
    const byLabel = figures([['Kỳ báo cáo', 'Chỉ tiêu', 'Giá trị'], ['2024-Q2', LABEL, 3]]);
    expect(byLabel.figures).toEqual(byKey.figures);
    expect(byLabel.figures['2024-Q2']).toEqual({ impactAssessedProcedures: 3 });
    expect(issuesOf(byLabel, 'SoLieu')).toEqual([]);
  });

  test('a label matches without case, diacritics or punctuation', () => {
    const inputs = figures([['Kỳ báo cáo', 'Chỉ tiêu', 'Giá trị'], ['2024-Q2', 'so luong tthc da duoc danh gia tac dong trong ky bao cao.', 1]]);
    expect(inputs.figures['2024-Q2']).toEqual({ impactAssessedProcedures: 1 });
  });

  test('every figure has a label of its own', () => {
    const labels = FIGURE_KEYS.map((f) => normalizeLabel(f.label));
    expect(new Set(labels).size).toBe(FIGURE_KEYS.length);
    for (const f of FIGURE_KEYS) expect(figureKeyFromText(f.label)).toBe(f.key);
  });

  test('an unknown label is a warning naming its cell, and the row is not used', () => {
    const inputs = figures([['Kỳ báo cáo', 'Chỉ tiêu', 'Giá trị'], ['2024-Q2', 'Số TTHC được khen thưởng', 2]]);
    expect(inputs.figures).toEqual({});
    expect(issuesOf(inputs, 'SoLieu')).toEqual([expect.objectContaining({ severity: 'warning', row: 2, column: 'B (Chỉ tiêu)', code: 'unknownFigure' })]);
  });

  test('an unknown key is a warning naming its cell', () => {
    const inputs = figures([['Kỳ báo cáo', 'Mã chỉ tiêu', 'Giá trị'], ['2024-Q2', 'impactAssesed', 2]]);
    expect(issuesOf(inputs, 'SoLieu')).toEqual([expect.objectContaining({ severity: 'warning', row: 2, column: 'B (Mã chỉ tiêu)', code: 'unknownFigure' })]);
  });

  test('a sheet with neither Chỉ tiêu nor Mã chỉ tiêu is one error naming both', () => {
    const inputs = figures([['Kỳ báo cáo', 'Giá trị'], ['2024-Q2', 2]]);
    expect(issuesOf(inputs, 'SoLieu')).toEqual([expect.objectContaining({ severity: 'error', code: 'missingColumn' })]);
    expect(issuesOf(inputs, 'SoLieu')[0].message).toContain('"Chỉ tiêu" hoặc / or "Mã chỉ tiêu"');
  });

  test('2,5 as a count is flagged on its cell', () => {
    const inputs = figures([['Kỳ báo cáo', 'Chỉ tiêu', 'Giá trị'], ['2024-Q2', LABEL, '2,5']]);
    expect(inputs.figures).toEqual({});
    expect(issuesOf(inputs, 'SoLieu')).toEqual([
      expect.objectContaining({ severity: 'error', row: 2, column: 'C (Giá trị)', code: 'notWholeCount', message: `Số "2,5" không phải số nguyên: chỉ tiêu "${LABEL}" là số lượng, cần số nguyên từ 0 trở lên.` }),
    ]);
  });

  test('Q2/2024 and 2024-Q2 rows merge into one period', () => {
    const inputs = figures([
      ['Kỳ báo cáo', 'Mã chỉ tiêu', 'Giá trị'],
      ['Q2/2024', 'feedbackReceived', 4],
      ['2024-Q2', 'feedbackResolved', 3],
      ['Quý II/2024', 'reviewedProcedures', 1],
    ]);
    expect(inputs.figures).toEqual({ '2024-Q2': { feedbackReceived: 4, feedbackResolved: 3, reviewedProcedures: 1 } });
    expect(reportDataFor(inputs, periodFromLabel('2024-Q2')!, 'quarterly').figures).toEqual({ feedbackReceived: 4, feedbackResolved: 3, reviewedProcedures: 1 });
  });

  test('a duplicate is a warning naming both cells; the later value wins', () => {
    const inputs = figures([
      ['Kỳ báo cáo', 'Chỉ tiêu', 'Mã chỉ tiêu', 'Giá trị'],
      ['2024-Q2', LABEL, null, 4],
      ['Q2/2024', null, 'impactAssessedProcedures', 5],
    ]);
    expect(inputs.figures['2024-Q2']).toEqual({ impactAssessedProcedures: 5 });
    const [issue] = issuesOf(inputs, 'SoLieu');
    expect(issue).toMatchObject({ severity: 'warning', sheet: 'SoLieu', row: 3, column: 'D (Giá trị)', code: 'duplicateFigure' });
    expect(issue.message).toBe(`Chỉ tiêu "${LABEL}" của kỳ 2024-Q2 đã có ở ô D2 (giá trị 4); dùng giá trị của ô này (5), dòng nhập sau được tính.`);
  });

  test('an unreadable period is a warning naming its cell, and the row is not used', () => {
    const inputs = figures([['Kỳ báo cáo', 'Chỉ tiêu', 'Giá trị'], ['Quý hai', LABEL, 1]]);
    expect(inputs.figures).toEqual({});
    expect(issuesOf(inputs, 'SoLieu')).toEqual([expect.objectContaining({ severity: 'warning', row: 2, column: 'A (Kỳ báo cáo)', code: 'badPeriod' })]);
  });

  test('a label listed without period or value is not yet typed in: no issue', () => {
    const inputs = figures([['Kỳ báo cáo', 'Chỉ tiêu', 'Giá trị'], [null, LABEL, null]]);
    expect(issuesOf(inputs, 'SoLieu')).toEqual([]);
  });
});

describe('NoiDung: each paragraph for its report', () => {
  const header = ['Kỳ báo cáo', 'Báo cáo', 'Mục', 'Nội dung'];

  test('a paragraph goes to the report named in Báo cáo only; blank is every report', () => {
    const inputs = narratives([
      header,
      ['2024-Q2', 'BC quý', 'II', 'Quý.'],
      ['2024-Q2', 'So hoa', 'II', 'Số hóa.'],
      ['2024-Q2', null, 'II', 'Chung.'],
    ]);
    const q2 = periodFromLabel('2024-Q2')!;
    expect(reportDataFor(inputs, q2, 'quarterly').narratives).toEqual({ II: ['Quý.', 'Chung.'] });
    expect(reportDataFor(inputs, q2, 'digitisation').narratives).toEqual({ II: ['Số hóa.', 'Chung.'] });
    expect(reportDataFor(inputs, q2, 'form06').narratives).toEqual({ II: ['Chung.'] });
    expect(inputs.issues.filter((i) => i.sheet === 'NoiDung')).toEqual([]);
  });

  test('report names and ids compare without case or diacritics', () => {
    const names = ['quarterly', 'Báo cáo quý', 'BAO CAO QUY', 'digitisation', 'Báo cáo số hoá', 'form06', 'Biểu 06', 'score766', '766'];
    const inputs = narratives([header, ...names.map((n, i) => ['2024-Q2', n, 'II', `Đoạn ${i}.`])]);
    expect(inputs.issues.filter((i) => i.sheet === 'NoiDung')).toEqual([]);
    const byReport = inputs.narratives['2024-Q2'];
    expect([byReport.quarterly.II.length, byReport.digitisation.II.length, byReport.form06.II.length, byReport.score766.II.length]).toEqual([3, 2, 2, 2]);
  });

  test('an unknown report name is a warning naming its cell, and its paragraph is printed in no report', () => {
    const inputs = narratives([header, ['2024-Q2', 'Báo cáo tháng', 'II', 'Không rõ.']]);
    expect(inputs.issues.filter((i) => i.sheet === 'NoiDung')).toEqual([
      expect.objectContaining({ severity: 'warning', row: 2, column: 'B (Báo cáo)', code: 'unknownReport' }),
    ]);
    for (const report of ['quarterly', 'digitisation']) expect(reportDataFor(inputs, periodFromLabel('2024-Q2')!, report).narratives).toEqual({});
  });

  test('an old NoiDung without Báo cáo gives every report its paragraphs', () => {
    const inputs = narratives([['Kỳ báo cáo', 'Mục', 'Nội dung'], ['2024-Q2', 'I.7', 'Đoạn.']]);
    for (const report of ['quarterly', 'digitisation']) expect(reportDataFor(inputs, periodFromLabel('2024-Q2')!, report).narratives).toEqual({ 'I.7': ['Đoạn.'] });
  });

  test('quý 2 năm 2024 and 2024-q2 rows are one period', () => {
    const inputs = narratives([header, ['quý 2 năm 2024', null, 'II', 'Một.'], ['2024-q2', null, 'II', 'Hai.']]);
    expect(Object.keys(inputs.narratives)).toEqual(['2024-Q2']);
    expect(inputs.narratives['2024-Q2'].quarterly.II).toEqual(['Một.', 'Hai.']);
  });
});

describe('period keys: one key for each way of writing a period', () => {
  test.each([
    ['Q2/2024', '2024-Q2'],
    ['Quý II/2024', '2024-Q2'],
    ['quý 2 năm 2024', '2024-Q2'],
    ['2024-q2', '2024-Q2'],
    ['15/03/2024-14/06/2024', '2024-Q2'],
    ['6 tháng đầu năm 2024', '2024-H1'],
    ['9 tháng 2024', '2024-9M'],
    ['năm 2024', '2024'],
    ['01/01/2023-31/08/2023', '01/01/2023-31/08/2023'],
    ['1/1/2023 - 31/8/2023', '01/01/2023-31/08/2023'],
  ])('%s is %s', (label, key) => {
    expect(periodKey(label)).toBe(key);
  });

  test('a label that names no period has no key', () => {
    expect(periodKey('Quý hai')).toBeNull();
  });
});
