import { formatCount, formatNumber, formatRate } from '../../src/taskpane/services/format';

describe('numbers as the pane shows them', () => {
  test('rates: Vietnamese decimal comma, at most one decimal, no trailing zeros', () => {
    expect(formatRate(1, 'vi')).toBe('100%');
    expect(formatRate(0, 'vi')).toBe('0%');
    expect(formatRate(6 / 7, 'vi')).toBe('85,7%');
    expect(formatRate(6 / 7, 'en')).toBe('85.7%');
    expect(formatRate(0.905, 'vi')).toBe('90,5%');
    expect(formatRate(0.9999, 'vi')).toBe('100%');
    expect(formatRate(null, 'vi')).toBe('—');
    expect(formatRate(Number.NaN, 'en')).toBe('—');
  });

  test('counts: Vietnamese thousands dot', () => {
    expect(formatCount(14, 'vi')).toBe('14');
    expect(formatCount(1234567, 'vi')).toBe('1.234.567');
    expect(formatCount(1234567, 'en')).toBe('1,234,567');
    expect(formatNumber(-1234.5, 'vi')).toBe('-1.234,5');
    expect(formatNumber(-0.001, 'vi')).toBe('0');
  });
});
