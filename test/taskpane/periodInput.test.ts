import { dayFromParts, formatDay } from '../../src/core/days';
import { periodFromLabel } from '../../src/core/periods';
import {
  checkPeriod,
  defaultPeriodLabel,
  labelOf,
  partsOfLabel,
  periodDates,
  quarterContaining,
  rangeLabel,
  recentQuarters,
  todayDay,
  yearChoices,
} from '../../src/taskpane/services/periodInput';

const day = (d: number, m: number, y: number) => dayFromParts(y, m, d);

describe('the period field', () => {
  test('reads labels as the engine does, and says why it cannot', () => {
    const q2 = checkPeriod('2023-Q2', false);
    expect(q2.ok && periodDates(q2.period)).toEqual({ from: '15/03/2023', to: '14/06/2023' });
    const calendar = checkPeriod('2023-Q2', true);
    expect(calendar.ok && periodDates(calendar.period)).toEqual({ from: '01/04/2023', to: '30/06/2023' });
    expect(checkPeriod(' 2024 ', false).ok).toBe(true);
    expect(checkPeriod('2024-h1', false).ok).toBe(true);
    expect(checkPeriod('01/01/2023-31/08/2023', false).ok).toBe(true);
    expect(checkPeriod('', false)).toEqual({ ok: false, reason: 'empty' });
    expect(checkPeriod('   ', false)).toEqual({ ok: false, reason: 'empty' });
    expect(checkPeriod('2024-Q5', false)).toEqual({ ok: false, reason: 'unreadable' });
    expect(checkPeriod('31/08/2023-01/01/2023', false)).toEqual({ ok: false, reason: 'unreadable' });
  });

  test('pickers make labels the field reads back', () => {
    expect(labelOf(2024, 'Q2')).toBe('2024-Q2');
    expect(labelOf(2024, '9M')).toBe('2024-9M');
    expect(labelOf(2024, 'Y')).toBe('2024');
    expect(partsOfLabel('2024-q3')).toEqual({ year: 2024, part: 'Q3' });
    expect(partsOfLabel('2024')).toEqual({ year: 2024, part: 'Y' });
    expect(partsOfLabel('01/01/2024-30/06/2024')).toBeNull();
    for (const label of ['2024-Q1', '2024-H1', '2024-9M', '2024']) {
      const parts = partsOfLabel(label)!;
      expect(labelOf(parts.year, parts.part)).toBe(label);
    }
  });

  test('custom dates become a range label', () => {
    expect(rangeLabel('2023-01-01', '2023-08-31')).toBe('01/01/2023-31/08/2023');
    expect(periodFromLabel(rangeLabel('2023-01-01', '2023-08-31')!)).toMatchObject({ from: day(1, 1, 2023), to: day(31, 8, 2023) });
    expect(rangeLabel('2023-08-31', '2023-01-01')).toBeNull();
    expect(rangeLabel('', '2023-01-01')).toBeNull();
  });

  test('quarters by the reporting cut-off: 15/12 already belongs to next year’s Q1', () => {
    expect(quarterContaining(day(14, 12, 2023), false)).toEqual({ year: 2023, quarter: 4 });
    expect(quarterContaining(day(15, 12, 2023), false)).toEqual({ year: 2024, quarter: 1 });
    expect(quarterContaining(day(15, 12, 2023), true)).toEqual({ year: 2023, quarter: 4 });
    expect(quarterContaining(day(14, 6, 2023), false)).toEqual({ year: 2023, quarter: 2 });
  });

  test('the default is the last quarter that has ended', () => {
    expect(defaultPeriodLabel(day(20, 6, 2023))).toBe('2023-Q2');
    expect(defaultPeriodLabel(day(14, 6, 2023))).toBe('2023-Q1');
    expect(defaultPeriodLabel(day(10, 1, 2024))).toBe('2023-Q4');
    expect(defaultPeriodLabel(day(16, 12, 2023))).toBe('2023-Q4');
  });

  test('the last four quarters end with the one holding the period’s end', () => {
    const labels = (label: string, calendar = false) =>
      recentQuarters(periodFromLabel(label, { calendar })!, 4, calendar).map((p) => `${p.label} ${formatDay(p.from)}`);
    expect(labels('2023-Q2')).toEqual(['2022-Q3 15/06/2022', '2022-Q4 15/09/2022', '2023-Q1 15/12/2022', '2023-Q2 15/03/2023']);
    expect(labels('2023-H1')).toEqual(['2022-Q3 15/06/2022', '2022-Q4 15/09/2022', '2023-Q1 15/12/2022', '2023-Q2 15/03/2023']);
    expect(labels('2023', true)).toEqual(['2023-Q1 01/01/2023', '2023-Q2 01/04/2023', '2023-Q3 01/07/2023', '2023-Q4 01/10/2023']);
    expect(labels('01/01/2023-31/08/2023')).toEqual(['2022-Q4 15/09/2022', '2023-Q1 15/12/2022', '2023-Q2 15/03/2023', '2023-Q3 15/06/2023']);
  });

  test('today in the local calendar; years offered', () => {
    expect(todayDay(new Date(2024, 0, 31, 23, 30))).toBe(day(31, 1, 2024));
    const years = yearChoices(day(1, 3, 2024));
    expect(years[0]).toBe(2025);
    expect(years[years.length - 1]).toBe(2015);
    expect(yearChoices(day(1, 3, 2024), 2010)).toContain(2010);
  });
});
