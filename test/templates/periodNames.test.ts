import { namedPeriod, nextPeriodPhrase, periodShort, periodTitle } from '../../src/core/periodNames';
import type { Period } from '../../src/core/types';
import { day } from '../helpers/indicatorFixture';

const p = (from: number, to: number, label: string | null = null): Period => ({ from, to, label });

describe('period names as the reports print them', () => {
  test('labelled periods: quarter, half, nine months, year', () => {
    expect(periodTitle(p(day(2023, 3, 15), day(2023, 6, 14), '2023-Q2'))).toBe('Quý II năm 2023');
    expect(periodShort(p(day(2023, 3, 15), day(2023, 6, 14), '2023-Q2'))).toBe('Quý II/2023');
    expect(periodTitle(p(day(2022, 12, 15), day(2023, 6, 14), '2023-H1'))).toBe('6 tháng đầu năm 2023');
    expect(periodTitle(p(day(2023, 6, 15), day(2023, 12, 14), '2023-H2'))).toBe('6 tháng cuối năm 2023');
    expect(periodTitle(p(day(2022, 12, 15), day(2023, 9, 14), '2023-9M'))).toBe('9 tháng năm 2023');
    expect(periodTitle(p(day(2022, 12, 15), day(2023, 12, 14), '2023'))).toBe('năm 2023');
  });

  test('unlabelled ranges are named from their dates, cut-off or calendar; others print their dates', () => {
    expect(periodTitle(p(day(2023, 4, 1), day(2023, 6, 30)))).toBe('Quý II năm 2023');
    expect(periodTitle(p(day(2022, 12, 15), day(2023, 3, 14)))).toBe('Quý I năm 2023');
    expect(periodTitle(p(day(2023, 1, 1), day(2023, 6, 30)))).toBe('6 tháng đầu năm 2023');
    expect(periodTitle(p(day(2023, 1, 1), day(2023, 12, 31)))).toBe('năm 2023');
    expect(periodTitle(p(day(2026, 2, 1), day(2026, 2, 28)))).toBe('tháng 02 năm 2026');
    expect(periodTitle(p(day(2023, 1, 1), day(2023, 8, 31)))).toBe('từ ngày 01/01/2023 đến ngày 31/8/2023');
    expect(namedPeriod(p(day(2023, 1, 1), day(2023, 8, 31))).kind).toBe('range');
  });

  test('the next period: quarter, second half, fourth quarter, next year, or "thời gian tới"', () => {
    expect(nextPeriodPhrase(p(0, 0, '2023-Q2'))).toBe('quý III/2023');
    expect(nextPeriodPhrase(p(0, 0, '2023-Q4'))).toBe('quý I/2024');
    expect(nextPeriodPhrase(p(0, 0, '2023-H1'))).toBe('6 tháng cuối năm 2023');
    expect(nextPeriodPhrase(p(0, 0, '2023-H2'))).toBe('6 tháng đầu năm 2024');
    expect(nextPeriodPhrase(p(0, 0, '2023-9M'))).toBe('quý IV/2023');
    expect(nextPeriodPhrase(p(0, 0, '2023'))).toBe('năm 2024');
    expect(nextPeriodPhrase(p(day(2023, 1, 1), day(2023, 8, 31)))).toBe('thời gian tới');
  });
});
