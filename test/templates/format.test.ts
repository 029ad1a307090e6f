import {
  count, formatDate, nameInSentence, nextQuarter, pad2, percent, placeAndDate, quarterLong, quarterShort, ratio,
  reportingQuarter, roman,
} from '../../src/templates/format';
import { day } from '../helpers/indicatorFixture';

describe('figures as the seeds print them', () => {
  test('pad2 gives two digits below ten, but zero stays 0', () => {
    expect([0, 4, 5, 8, 9, 10, 14, 67].map(pad2)).toEqual(['0', '04', '05', '08', '09', '10', '14', '67']);
  });

  test('counts group thousands with a dot', () => {
    expect(count(1234567)).toBe('1.234.567');
    expect(pad2(1234)).toBe('1.234');
  });

  test('a ratio pads both sides: 05/05', () => {
    expect(ratio(5, 5)).toBe('05/05');
    expect(ratio(0, 5)).toBe('00/05');
    expect(ratio(12, 40)).toBe('12/40');
  });

  test('a percentage has at most one decimal, with a decimal comma', () => {
    expect(percent(1)).toBe('100%');
    expect(percent(0)).toBe('0%');
    expect(percent(2 / 3)).toBe('66,7%');
  });
});

describe('dates as Nghị định 30/2020/NĐ-CP writes them', () => {
  test('a zero before days under 10 and months 1 and 2 only', () => {
    expect(formatDate(day(2023, 3, 15))).toBe('15/3/2023');
    expect(formatDate(day(2023, 1, 1))).toBe('01/01/2023');
    expect(formatDate(day(2023, 8, 31))).toBe('31/8/2023');
    expect(formatDate(day(2020, 4, 8))).toBe('08/4/2020');
  });

  test('the date line names the place', () => {
    expect(placeAndDate('Quảng Nam', day(2024, 2, 5))).toBe('Quảng Nam, ngày 05 tháng 02 năm 2024');
    expect(placeAndDate('', day(2023, 6, 15))).toBe('Ngày 15 tháng 6 năm 2023');
  });
});

describe('quarters', () => {
  test('Roman numerals', () => {
    expect([1, 2, 3, 4, 9, 14].map(roman)).toEqual(['I', 'II', 'III', 'IV', 'IX', 'XIV']);
  });

  test('a quarter comes from the period label, or from the middle of an explicit range', () => {
    expect(reportingQuarter({ from: 0, to: 0, label: '2023-Q2' })).toEqual({ year: 2023, quarter: 2 });
    expect(reportingQuarter({ from: day(2023, 3, 15), to: day(2023, 6, 14), label: null })).toEqual({ year: 2023, quarter: 2 });
    expect(reportingQuarter({ from: day(2022, 12, 15), to: day(2023, 3, 14), label: null })).toEqual({ year: 2023, quarter: 1 });
    expect(reportingQuarter({ from: day(2023, 10, 1), to: day(2023, 12, 31), label: null })).toEqual({ year: 2023, quarter: 4 });
  });

  test('the next quarter of Q4 is Q1 of the next year', () => {
    expect(quarterShort(nextQuarter({ year: 2023, quarter: 4 }))).toBe('Quý I/2024');
    expect(quarterLong({ year: 2023, quarter: 2 })).toBe('Quý II năm 2023');
  });
});

describe('names inside sentences', () => {
  test('a name typed in normal case is kept', () => {
    expect(nameInSentence(' Sở Ngoại vụ ')).toBe('Sở Ngoại vụ');
  });

  test('a name typed in capitals does not shout mid-sentence', () => {
    expect(nameInSentence('SỞ NGOẠI VỤ')).toBe('Sở Ngoại Vụ');
  });
});
