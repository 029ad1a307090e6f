import { classifyDossier } from './classify';
import { periodOf, PeriodOptions, PeriodPart, quarterContaining } from './periods';
import type { DayNumber, Dossier, Period } from './types';

const QUARTERS: PeriodPart[] = ['Q1', 'Q2', 'Q3', 'Q4'];

/** What the period rules need of a dossier. */
export type DossierDates = Pick<Dossier, 'received' | 'due' | 'completed' | 'endStatus'>;

/** Whether any dossier is received, carried over or resolved in the period. */
export function hasDossiersIn(dossiers: readonly Pick<Dossier, 'received' | 'due' | 'completed' | 'endStatus'>[], period: Pick<Period, 'from' | 'to'>): boolean {
  return dossiers.some((d) => classifyDossier(d, period).inPeriod);
}

/**
 * The period a workbook's data suggests: the latest quarter that has closed by `today` and
 * holds dossiers; null when the log has none. A 2023 workbook opened in 2026 gets a 2023
 * quarter, not today's empty one.
 */
export function latestClosedPeriodWithDossiers(
  dossiers: readonly Pick<Dossier, 'received' | 'due' | 'completed' | 'endStatus'>[],
  today: DayNumber,
  options: PeriodOptions = {},
): Period | null {
  if (dossiers.length === 0) return null;
  let last = dossiers[0].received;
  for (const d of dossiers) if (d.received > last) last = d.received;
  const start = quarterContaining(Math.min(last, today), options.calendar === true);
  let year = start.year;
  let index = start.quarter - 1;
  // Forty quarters back at most: a log with nothing in ten years of quarters suggests nothing.
  for (let step = 0; step < 40; step++) {
    const period = periodOf(year, QUARTERS[index], options);
    if (period.to < today && hasDossiersIn(dossiers, period)) return period;
    index -= 1;
    if (index < 0) {
      index = 3;
      year -= 1;
    }
  }
  return null;
}
