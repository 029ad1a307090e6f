import { renderReport } from '../../src/templates';
import {
  SCORE766_GROUPS, SCORE766_MAX_POINTS, evaluate766, pointsForRate, score766Indicator, score766Inputs,
} from '../../src/templates/score766Rules';
import { QUARTERLY_FIGURES, quarterlyContext, quarterlyResult } from '../helpers/indicatorFixture';
import { findCell, rowCells } from './modelText';

describe('Quyết định 766/QĐ-TTg scoring rules', () => {
  test('five groups worth 18, 20, 22, 22 and 18 points, 100 in all', () => {
    expect(SCORE766_GROUPS.map((g) => [g.name, g.maxPoints])).toEqual([
      ['Công khai, minh bạch', 18],
      ['Tiến độ, kết quả giải quyết', 20],
      ['Cung cấp dịch vụ trực tuyến', 22],
      ['Số hóa hồ sơ', 22],
      ['Mức độ hài lòng', 18],
    ]);
    expect(SCORE766_GROUPS.reduce((s, g) => s + g.maxPoints, 0)).toBe(SCORE766_MAX_POINTS);
  });

  test("each group's indicators add up to the group's maximum", () => {
    for (const group of SCORE766_GROUPS) {
      expect(group.indicators.reduce((s, i) => s + i.maxPoints, 0)).toBe(group.maxPoints);
    }
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
    expect(score766Indicator('3.3', 3, 10)).toBe(3.6);
  });

  test('nothing to rate or an unknown indicator gives no score, not zero', () => {
    expect(score766Indicator('2.1', 0, 0)).toBeNull();
    expect(score766Indicator('9.9', 1, 1)).toBeNull();
  });

  test('progress uses (early + on time + pending in time) / received', () => {
    expect(score766Inputs(quarterlyResult(), QUARTERLY_FIGURES)['2.1']).toEqual({ numerator: 14, denominator: 14 });
  });

  test('groups whose data the workbook lacks are not computed at all', () => {
    const groups = evaluate766(quarterlyResult(), QUARTERLY_FIGURES);
    const byId = Object.fromEntries(groups.map((g) => [g.group.id, g]));
    expect(byId.publicity.points).toBeNull();
    expect(byId.satisfaction.points).toBeNull();
    expect(byId.progress.points).toBe(20);
    expect(byId.online.indicators.find((s) => s.indicator.id === '3.4')?.status).toBe('missing data');
  });
});

describe('score 766 report', () => {
  const model = renderReport('score766', quarterlyContext());

  test('shows each indicator with its inputs, formula, maximum and points', () => {
    const row = findCell(model, 'Tỷ lệ hồ sơ xử lý trước hạn, đúng hạn')!.row;
    const cells = rowCells(model, row).map((c) => c.value);
    expect(cells[0]).toBe('2.1');
    expect(cells[2]).toContain('Tổng số hồ sơ tiếp nhận');
    expect(cells.slice(3)).toEqual(['14/14 = 100%', 20, 20]);
  });

  test('lists groups it cannot compute as such, never as zero', () => {
    for (const name of ['Công khai, minh bạch', 'Mức độ hài lòng']) {
      const row = findCell(model, name)!.row;
      const cells = rowCells(model, row).map((c) => c.value);
      expect(cells).toContain('Chưa tính được: thiếu dữ liệu');
      expect(cells[cells.length - 1]).toBe('Chưa tính được');
    }
    const feedback = findCell(model, 'Tỷ lệ phản ánh, kiến nghị xử lý đúng hạn')!.row;
    expect(rowCells(model, feedback).map((c) => c.value)).toEqual(
      expect.arrayContaining(['Chưa tính được: thiếu dữ liệu phản ánh, kiến nghị và thời hạn xử lý từng phản ánh, kiến nghị', 'Chưa tính được']),
    );
  });

  test('says which share of the 100 points could not be computed', () => {
    expect(findCell(model, 'Tổng điểm các chỉ số tính được: 37,2/50 điểm. Còn 50/100 điểm chưa tính được do thiếu dữ liệu')).toBeDefined();
  });
});
