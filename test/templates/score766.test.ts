/**
 * The QĐ 766 report. Since the 2026 model (DOMAIN-2026 §4) the rules live in src/core/score766*.ts;
 * the 2023 tests below were updated where the portal's 2026 model differs from the old one:
 * six groups (18/20/12/10/22/18) instead of five (18/20/22/22/18); group 3's 12 points rate the
 * online dossiers (so 3 of 10 online is 7,2 points, not 3,6 of 6); 5.4 (100% − late share) is
 * computable from a log, so the satisfaction group is no longer "not computable"; payment is its
 * own group, 3′, and its parts need fee columns; 4.2 converts in proportion (the portal's
 * observed scores), not from 80%.
 */
import { computeIndicators } from '../../src/core/indicators';
import { parseInputs } from '../../src/core/inputs';
import { periodFromLabel } from '../../src/core/periods';
import { evaluate766FromCounts } from '../../src/core/score766';
import {
  SCORE766_GROUPS, SCORE766_MAX_POINTS, groupPoints766, pointsForRate, score766Indicator,
} from '../../src/core/score766Model';
import { renderReport, reportIssuesOf } from '../../src/templates';
import { renderScore766 } from '../../src/templates/score766';
import type { Score766Context } from '../../src/templates/score766';
import { QUARTERLY_FIGURES, day, quarterlyContext, quarterlyResult } from '../helpers/indicatorFixture';
import { score766Sheets } from '../core/score766Workbook';
import { findCell, rowCells, texts } from './modelText';

describe('Quyết định 766/QĐ-TTg scoring rules (the portal’s 2026 model)', () => {
  test('six groups worth 18, 20, 12, 10, 22 and 18 points, 100 in all', () => {
    expect(SCORE766_GROUPS.map((g) => [g.name, g.maxPoints])).toEqual([
      ['Công khai, minh bạch', 18],
      ['Tiến độ, kết quả giải quyết', 20],
      ['Dịch vụ công trực tuyến', 12],
      ['Thanh toán trực tuyến', 10],
      ['Số hóa hồ sơ', 22],
      ['Mức độ hài lòng', 18],
    ]);
    expect(SCORE766_GROUPS.reduce((s, g) => s + g.maxPoints, 0)).toBe(SCORE766_MAX_POINTS);
  });

  test("each group's indicators add up to the group's maximum; payment's 6 + 2 + 2,5 is capped at 10", () => {
    for (const group of SCORE766_GROUPS) {
      const sum = group.indicators.reduce((s, i) => s + i.maxPoints, 0);
      expect([group.id, sum]).toEqual([group.id, group.id === 'payment' ? 10.5 : group.maxPoints]);
    }
    const payment = SCORE766_GROUPS.find((g) => g.id === 'payment')!;
    expect(groupPoints766(payment, [6, 2, 2.5])).toBe(10);
  });

  test('points are in proportion to the rate when there is no threshold', () => {
    expect(pointsForRate(1, 20)).toBe(20);
    expect(pointsForRate(0.9, 20)).toBe(18);
    expect(pointsForRate(0, 20)).toBe(0);
  });

  test('from the threshold up an indicator gets its full points, below it rate × max / threshold', () => {
    expect(pointsForRate(0.6, 6, 0.5)).toBe(6);
    expect(pointsForRate(0.3, 6, 0.5)).toBe(3.6);
    expect(pointsForRate(0.4, 2, 0.8)).toBe(1);
  });

  test('an indicator is scored from its numerator and denominator', () => {
    expect(score766Indicator('2.1', 14, 14)).toBe(20);
    expect(score766Indicator('3.3', 3, 10)).toBe(7.2); // 12 × 0,3 / 0,5
    expect(score766Indicator('4.3', 2, 5)).toBe(1); // 2 × 0,4 / 0,8
    expect(score766Indicator('5.4', 8, 10)).toBe(5.33); // 6 × 0,8 / 0,9
    expect(score766Indicator("3'B", 1, 2)).toBe(1.25); // min(2; 2,5 × 0,5)
  });

  test('nothing to rate gives no score, except where the portal gives one; an unknown indicator none', () => {
    expect(score766Indicator('2.1', 0, 0)).toBeNull();
    expect(score766Indicator('9.9', 1, 1)).toBeNull();
    expect(score766Indicator('5.2', 0, 0)).toBe(6);
    expect(score766Indicator('5.4', 0, 0)).toBe(0);
  });

  test('from a period’s counts, progress uses (early + on time + pending in time) / received', () => {
    const s = evaluate766FromCounts(quarterlyResult(), QUARTERLY_FIGURES).groups[1].indicators[0];
    expect([s.indicator.id, s.numerator, s.denominator, s.points]).toEqual(['2.1', 14, 14, 20]);
  });

  test('groups whose data the workbook lacks are not computed at all', () => {
    const groups = evaluate766FromCounts(quarterlyResult(), QUARTERLY_FIGURES).groups;
    const byId = Object.fromEntries(groups.map((g) => [g.group.id, g]));
    expect(byId.publicity.points).toBeNull();
    expect(byId.progress.points).toBe(20);
    expect(byId.satisfaction.points).toBe(6); // 5.4 only; 5.2 and 5.3 need a feedback sheet
    expect(byId.payment.indicators.find((s) => s.indicator.id === '3′B')?.status).toBe('not computable');
  });
});

describe('score 766 report from a period’s counts (seed 000, 2023-Q2)', () => {
  const model = renderReport('score766', quarterlyContext());

  test('shows each indicator with its inputs, formula, maximum and points', () => {
    const row = findCell(model, 'Tỷ lệ hồ sơ xử lý trước hạn, đúng hạn')!.row;
    const cells = rowCells(model, row).map((c) => c.value);
    expect(cells[0]).toBe('2.1');
    expect(cells[2]).toContain('Tổng số hồ sơ tiếp nhận');
    expect(cells.slice(3)).toEqual(['14/14 = 100%', 20, 20]);
  });

  test('lists groups it cannot compute as such, never as zero', () => {
    const row = findCell(model, 'Công khai, minh bạch')!.row;
    const cells = rowCells(model, row).map((c) => c.value);
    expect(cells).toContain('Chưa tính được: thiếu dữ liệu');
    expect(cells[cells.length - 1]).toBe('Chưa tính được');
    const feedback = findCell(model, 'Tỷ lệ phản ánh, kiến nghị xử lý đúng hạn')!.row;
    expect(rowCells(model, feedback).map((c) => c.value)).toEqual(
      expect.arrayContaining(['Chưa tính được: cần bảng phản ánh, kiến nghị của kỳ (Hệ thống PAKN)', 'Chưa tính được']),
    );
  });

  test('says it is an estimate from counts over the period as given', () => {
    // 2.1 20 + 3.3 12 (9/9) + 4.1 1,2 (2/10) + 4.2 4 + 4.3 0 + 4.5b 0 + 5.4 6 = 43,2 of 20 + 12 + 6 + 4 + 2 + 2 + 6 = 52.
    expect(findCell(model, 'Tổng điểm các chỉ số tính được: 43,2/52 điểm (ước tính; điểm chính thức trên Cổng DVCQG). Còn 48/100 điểm chưa tính được')).toBeDefined();
    expect(findCell(model, 'tính từ số liệu tổng hợp của kỳ')).toBeDefined();
    expect(findCell(model, 'chưa liệt kê hồ sơ làm giảm điểm')).toBeDefined();
  });
});

describe('score 766 report from the dossiers (the 2026 test workbook, asked as 2026-Q3)', () => {
  const inputs = parseInputs(score766Sheets());
  const period = periodFromLabel('2026-Q3')!;
  const ctx: Score766Context = { ...quarterlyContext(), result: computeIndicators(inputs, period), inputs, issueDate: day(2026, 10, 5) };
  const model = renderScore766(ctx, 'Điểm 766 2026-Q3');

  test('states the calendar quarter it covers', () => {
    expect(findCell(model, '(Từ ngày 01/7/2026 đến ngày 30/9/2026)')).toBeDefined();
    expect(findCell(model, 'kỳ báo cáo 15/06/2026–14/09/2026 được quy về kỳ dương lịch')).toBeDefined();
  });

  test('hands the pane every dossier that cost points as a cell of the log, for go-to-cell in Excel', () => {
    const located = reportIssuesOf(model).filter((i) => i.code === 'score766Lost');
    expect(located.length).toBeGreaterThan(0);
    for (const issue of located) {
      expect(issue.sheet).toBe('HoSo');
      expect(issue.row).toBeGreaterThanOrEqual(2);
      expect(issue.message).toMatch(/^Chỉ số \S+ \(.+\) mất điểm: /);
    }
  });

  test('shows the six groups', () => {
    const groupRows = SCORE766_GROUPS.map((g) => rowCells(model, findCell(model, g.name)!.row).map((c) => c.value));
    expect(groupRows.map((cells) => cells[0])).toEqual(['1', '2', '3', '3′', '4', '5']);
  });

  test('prints the total out of the computable maximum, as an estimate', () => {
    expect(findCell(model, 'Tổng điểm các chỉ số tính được: 41,97/68 điểm (ước tính; điểm chính thức trên Cổng DVCQG)')).toBeDefined();
  });

  test('names the unconfirmed setting it used', () => {
    expect(findCell(model, 'Cách quy đổi điểm của Cổng chưa được xác nhận')).toBeDefined();
    const online = rowCells(model, findCell(model, 'Tỷ lệ hồ sơ trực tuyến')!.row).map((c) => c.value);
    expect(online[2]).toContain('quy đổi chưa được xác nhận');
    expect(online.slice(3)).toEqual(['3/9 × 9/11 (tỷ lệ đồng bộ) = 27,3%', 12, 6.55]);
  });

  test('lists the dossiers that cost points under the scores, with sheet and row', () => {
    const heading = model.cells.find((c) => texts({ ...model, cells: [c] })[0] === 'Hồ sơ, TTHC làm giảm điểm')!;
    expect(heading.row).toBeGreaterThan(findCell(model, 'Tổng điểm các chỉ số tính được (ước tính')!.row);
    const d06 = rowCells(model, findCell(model, 'kết thúc 25/08/2026 sau hạn 19/08/2026')!.row).map((c) => c.value);
    expect(d06).toEqual(['', 'D06', 'HoSo!7', 'kết thúc 25/08/2026 sau hạn 19/08/2026']);
    expect(findCell(model, 'Tỷ lệ hồ sơ xử lý trước hạn, đúng hạn: 5 hồ sơ làm giảm điểm')).toBeDefined();
  });

  test('each page a table continues on starts with that table’s own header (no print titles: the two tables differ)', () => {
    const boxed = (row: number) => model.cells.some((c) => c.row === row && c.style?.border?.top === 'thin' && c.style?.border?.left === 'thin');
    const first = (row: number) => rowCells(model, row)[0]?.value;
    const breaks = model.page.pageBreaks ?? [];
    expect(model.page.printTitleRows).toBeUndefined();
    const inTables = breaks.filter((row) => boxed(row - 1) && boxed(row));
    expect(inTables.length).toBeGreaterThan(0);
    for (const row of inTables) expect(['STT', 'Chỉ số']).toContain(first(row));
    // Headers repeat only at page starts.
    for (const label of ['STT', 'Chỉ số']) {
      const repeated = model.cells.filter((c) => c.col === 1 && c.value === label).map((c) => c.row).slice(1);
      for (const row of repeated) expect([label, row, breaks.includes(row)]).toEqual([label, row, true]);
    }
  });
});
