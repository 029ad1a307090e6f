import { dayFromParts } from '../../src/core/days';
import { latestClosedPeriodWithDossiers } from '../../src/core/periodSuggestion';

const d = (day: number, month: number, year: number) => dayFromParts(year, month, day);
const dossier = (received: number, completed: number | null = null) => ({ received, due: received + 10, completed, endStatus: null });

describe('the period a workbook suggests', () => {
  test('a log whose dossiers end in 2023, opened on 01/12/2026, suggests a 2023 quarter: the last that holds them', () => {
    const log = [dossier(d(10, 3, 2023), d(20, 3, 2023)), dossier(d(1, 8, 2023), d(10, 8, 2023))];
    expect(latestClosedPeriodWithDossiers(log, d(1, 12, 2026))?.label).toBe('2023-Q3');
  });

  test('the quarter still open today is never suggested, even when it holds dossiers', () => {
    const log = [dossier(d(20, 5, 2026), d(25, 5, 2026)), dossier(d(20, 11, 2026))];
    // Today 01/12/2026 lies in 2026-Q4 (15/09–14/12), still open; Q3 holds no dossier; Q2 holds the May one.
    expect(latestClosedPeriodWithDossiers(log, d(1, 12, 2026))?.label).toBe('2026-Q2');
  });

  test('a dossier received on 20/12 belongs to next year’s first quarter under the 15th–14th cut-off', () => {
    const log = [dossier(d(20, 12, 2025), d(22, 12, 2025))];
    expect(latestClosedPeriodWithDossiers(log, d(1, 6, 2026))?.label).toBe('2026-Q1');
  });

  test('calendar quarters on request', () => {
    const log = [dossier(d(20, 12, 2025), d(22, 12, 2025))];
    expect(latestClosedPeriodWithDossiers(log, d(1, 6, 2026), { calendar: true })?.label).toBe('2025-Q4');
  });

  test('an empty log suggests nothing', () => {
    expect(latestClosedPeriodWithDossiers([], d(1, 12, 2026))).toBeNull();
  });
});
