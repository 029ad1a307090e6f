import { isoDay } from '../../src/core/days';
import { periodFromLabel } from '../../src/core/periods';

const range = (label: string, calendar = false) => {
  const p = periodFromLabel(label, { calendar });
  return p && `${isoDay(p.from)}..${isoDay(p.to)}`;
};

describe('reporting periods', () => {
  test('a quarter follows the 15th-to-14th cut-off (seed 000: 15/3/2023 to 14/6/2023)', () => {
    expect(range('2023-Q2')).toBe('2023-03-15..2023-06-14');
  });

  test('Q1 starts on 15/12 of the previous year', () => {
    expect(range('2024-Q1')).toBe('2023-12-15..2024-03-14');
  });

  test('the first half, nine months and the year end on 14/06, 14/09, 14/12', () => {
    expect(range('2024-H1')).toBe('2023-12-15..2024-06-14');
    expect(range('2024-9M')).toBe('2023-12-15..2024-09-14');
    expect(range('2024')).toBe('2023-12-15..2024-12-14');
  });

  test('calendar periods are an option', () => {
    expect(range('2024-Q1', true)).toBe('2024-01-01..2024-03-31');
    expect(range('2024', true)).toBe('2024-01-01..2024-12-31');
  });

  test('an explicit range works (seed 003: 01/01/2023–31/08/2023)', () => {
    expect(range('01/01/2023-31/08/2023')).toBe('2023-01-01..2023-08-31');
    expect(range('2023-01-01..2023-08-31')).toBe('2023-01-01..2023-08-31');
  });

  test('labels are read case- and space-insensitively', () => {
    expect(range(' 2023-q2 ')).toBe('2023-03-15..2023-06-14');
  });

  test('an unreadable label or a range that ends before it starts gives null', () => {
    expect(periodFromLabel('Quý hai')).toBeNull();
    expect(periodFromLabel('31/08/2023-01/01/2023')).toBeNull();
  });
});

describe('periods written in Vietnamese', () => {
  test.each([
    ['Q2/2024', '2024-03-15..2024-06-14'],
    ['Quý II/2024', '2024-03-15..2024-06-14'],
    ['quý 2 năm 2024', '2024-03-15..2024-06-14'],
    ['Quý IV năm 2023', '2023-09-15..2023-12-14'],
    ['2024-q2', '2024-03-15..2024-06-14'],
    ['6 tháng đầu năm 2024', '2023-12-15..2024-06-14'],
    ['6 tháng cuối năm 2024', '2024-06-15..2024-12-14'],
    ['9 tháng 2024', '2023-12-15..2024-09-14'],
    ['9 tháng đầu năm 2024', '2023-12-15..2024-09-14'],
    ['năm 2024', '2023-12-15..2024-12-14'],
    ['Từ ngày 01/01/2023 đến ngày 31/08/2023', '2023-01-01..2023-08-31'],
  ])('%s', (label, expected) => {
    expect(range(label)).toBe(expected);
  });

  test('they keep their canonical label, and --calendar applies to them', () => {
    expect(periodFromLabel('Quý II/2024')!.label).toBe('2024-Q2');
    expect(periodFromLabel('6 tháng đầu năm 2024')!.label).toBe('2024-H1');
    expect(range('quý 2 năm 2024', true)).toBe('2024-04-01..2024-06-30');
  });
});
