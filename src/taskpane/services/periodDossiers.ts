/**
 * The dossier dates behind the period field: the period a workbook suggests (the latest closed
 * quarter holding dossiers) and the check, before "Tạo báo cáo", that the chosen period holds any.
 * The rules are core's (src/core/periodSuggestion.ts); this only feeds them the workbook's tables.
 */
import { parseInputs, type RawTables } from '../../core/inputs';
import { hasDossiersIn, latestClosedPeriodWithDossiers, type DossierDates } from '../../core/periodSuggestion';
import { formatDay } from '../../core/days';
import type { DayNumber, Period } from '../../core/types';

export interface PeriodDossiers {
  /** Each dossier's dates, as the engine classifies it. */
  dossiers: DossierDates[];
  /** The latest closed quarter (`2023-Q3`) holding dossiers; null when the log has none. */
  suggestedPeriod: string | null;
}

export function periodDossiersOf(tables: RawTables, today: DayNumber): PeriodDossiers {
  const dossiers = parseInputs(tables, { today }).dossiers.map(({ received, due, completed, endStatus }) => ({ received, due, completed, endStatus }));
  return { dossiers, suggestedPeriod: latestClosedPeriodWithDossiers(dossiers, today)?.label ?? null };
}

/** Null when the period holds dossiers (or the log has none to tell); else the log's received dates, `dd/mm/yyyy–dd/mm/yyyy`. */
export function emptyPeriodSpan(data: PeriodDossiers | null, period: Pick<Period, 'from' | 'to'> | null): string | null {
  if (!data || !period || data.dossiers.length === 0 || hasDossiersIn(data.dossiers, period)) return null;
  let first = data.dossiers[0].received;
  let last = first;
  for (const d of data.dossiers) {
    if (d.received < first) first = d.received;
    if (d.received > last) last = d.received;
  }
  return `${formatDay(first)}–${formatDay(last)}`;
}
