/**
 * Period arithmetic and label reading live in the core (core/periods.ts); the pane's period
 * field (taskpane/services/periodInput.ts) only re-exports them around its form glue.
 */
import { dayFromParts, formatDay } from '../../src/core/days';
import * as core from '../../src/core/periods';
import * as pane from '../../src/taskpane/services/periodInput';

const day = (d: number, m: number, y: number) => dayFromParts(y, m, d);

test('one parser of period labels: labelParts reads what periodFromLabel reads', () => {
  expect(core.labelParts('2023-Q2')).toEqual({ year: 2023, part: 'Q2' });
  expect(core.labelParts(' quý II năm 2023 ')).toEqual({ year: 2023, part: 'Q2' });
  expect(core.labelParts('6 tháng đầu năm 2024')).toEqual({ year: 2024, part: 'H1' });
  expect(core.labelParts('2024')).toEqual({ year: 2024, part: 'Y' });
  expect(core.labelParts('01/01/2023-31/08/2023')).toBeNull();
  for (const label of ['2023-Q2', 'Quý II/2023', '2024-H1', '2024-9M', '2024', 'năm 2024']) {
    const parts = core.labelParts(label)!;
    expect(core.periodFromLabel(label)).toEqual(core.periodOf(parts.year, parts.part));
  }
});

test('quarterOfLabel goes through the same parser', () => {
  expect(core.quarterOfLabel('2023-Q2')).toEqual({ year: 2023, quarter: 2 });
  expect(core.quarterOfLabel('Quý IV/2023')).toEqual({ year: 2023, quarter: 4 });
  expect(core.quarterOfLabel('2023-H1')).toBeNull();
  expect(core.quarterOfLabel(null)).toBeNull();
});

test('labels, quarters, the default period and recent quarters are core functions', () => {
  expect(core.periodLabel(2024, 'Q2')).toBe('2024-Q2');
  expect(core.periodLabel(2024, 'Y')).toBe('2024');
  expect(core.periodOf(2024, 'Q2').label).toBe(core.periodLabel(2024, 'Q2'));
  expect(core.quarterContaining(day(15, 12, 2023), false)).toEqual({ year: 2024, quarter: 1 });
  expect(core.lastEndedQuarterLabel(day(20, 6, 2023))).toBe('2023-Q2');
  expect(core.recentQuarters(core.periodFromLabel('2023-Q2')!, 2, false).map((p) => `${p.label} ${formatDay(p.from)}`)).toEqual(['2023-Q1 15/12/2022', '2023-Q2 15/03/2023']);
});

test('the pane module hands out the core functions, not copies', () => {
  expect(pane.quarterContaining).toBe(core.quarterContaining);
  expect(pane.recentQuarters).toBe(core.recentQuarters);
  expect(pane.defaultPeriodLabel).toBe(core.lastEndedQuarterLabel);
  expect(pane.partsOfLabel).toBe(core.labelParts);
  expect(pane.labelOf).toBe(core.periodLabel);
});
