import { dayFromParts, parseDayText, formatDay } from './days';
import { DayNumber, Period } from './types';

export type PeriodPart = 'Q1' | 'Q2' | 'Q3' | 'Q4' | 'H1' | 'H2' | '9M' | 'Y';

export interface PeriodOptions {
  /** Calendar months instead of the 15th-to-14th reporting cut-off. */
  calendar?: boolean;
}

/**
 * Start and end of a reporting period. By default the cut-off of the TTHC
 * reports: Q1 = 15/12 of the previous year to 14/03, Q2 = 15/03–14/06, and so on.
 */
export function periodOf(year: number, part: PeriodPart, options: PeriodOptions = {}): Period {
  const [firstMonth, lastMonth] = MONTHS[part];
  const label = part === 'Y' ? String(year) : `${year}-${part}`;
  if (options.calendar) {
    return { from: dayFromParts(year, firstMonth, 1), to: dayFromParts(year, lastMonth + 1, 1) - 1, label };
  }
  const from = firstMonth === 1 ? dayFromParts(year - 1, 12, 15) : dayFromParts(year, firstMonth - 1, 15);
  return { from, to: dayFromParts(year, lastMonth, 14), label };
}

const MONTHS: Record<PeriodPart, [number, number]> = {
  Q1: [1, 3],
  Q2: [4, 6],
  Q3: [7, 9],
  Q4: [10, 12],
  H1: [1, 6],
  H2: [7, 12],
  '9M': [1, 9],
  Y: [1, 12],
};

export const PERIOD_PARTS = Object.keys(MONTHS) as PeriodPart[];

/**
 * Reads a period label: `2024-Q2`, `2024-H1`, `2024-9M`, `2024`, or an explicit
 * range `01/01/2023-31/08/2023` (also `2023-01-01..2023-08-31`). Null when unreadable.
 */
export function periodFromLabel(label: string, options: PeriodOptions = {}): Period | null {
  const t = label.trim().toUpperCase().replace(/\s+/g, '');
  let m = /^(\d{4})(?:-(Q[1-4]|H[12]|9M|Y))?$/.exec(t);
  if (m) return periodOf(Number(m[1]), (m[2] ?? 'Y') as PeriodPart, options);
  m = /^(?:Q|QUY)([1-4])[/-](\d{4})$/.exec(t);
  if (m) return periodOf(Number(m[2]), `Q${m[1]}` as PeriodPart, options);
  const range = splitRange(label.trim());
  return range ? periodFromRange(range[0], range[1]) : null;
}

/** `A..B`, `A – B`, `A - B`, or `dd/mm/yyyy-dd/mm/yyyy`. */
function splitRange(text: string): [string, string] | null {
  for (const sep of ['..', '–', '—', ' - ', ' đến ']) {
    const i = text.indexOf(sep);
    if (i > 0) return [text.slice(0, i), text.slice(i + sep.length)];
  }
  const m = /^(\d{1,2}\/\d{1,2}\/\d{4})-(\d{1,2}\/\d{1,2}\/\d{4})$/.exec(text);
  return m ? [m[1], m[2]] : null;
}

export function periodFromRange(fromText: string, toText: string): Period | null {
  const from = parseDayText(fromText);
  const to = parseDayText(toText);
  if (from === null || to === null || to < from) return null;
  return { from, to, label: null };
}

export function periodFromDays(from: DayNumber, to: DayNumber): Period {
  return { from, to, label: null };
}

/** The label, or `dd/mm/yyyy–dd/mm/yyyy` for an explicit range. */
export function describePeriod(period: Period): string {
  return period.label ?? `${formatDay(period.from)}–${formatDay(period.to)}`;
}

/** The quarter (1–4) and year a period label names, or null. */
export function quarterOfLabel(label: string | null): { year: number; quarter: number } | null {
  const m = label ? /^(\d{4})-Q([1-4])$/.exec(label) : null;
  return m ? { year: Number(m[1]), quarter: Number(m[2]) } : null;
}
