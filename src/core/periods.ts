import { dayFromParts, formatDay, parseDayText, partsFromDay } from './days';
import { normalizeLabel } from './text';
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
  const label = periodLabel(year, part);
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

/** The label of a year and part: `2024-Q2`, and `2024` for the whole year (what `periodFromLabel` reads back). */
export function periodLabel(year: number, part: PeriodPart): string {
  return part === 'Y' ? String(year) : `${year}-${part}`;
}

/**
 * Reads a period label: `2024-Q2`, `2024-H1`, `2024-9M`, `2024`, or an explicit
 * range `01/01/2023-31/08/2023` (also `2023-01-01..2023-08-31`, `Từ ngày 01/01/2023 đến ngày
 * 31/08/2023`). The Vietnamese names are read too, without case, diacritics or punctuation:
 * `Q2/2024`, `Quý II/2024`, `quý 2 năm 2024` (a quarter); `6 tháng đầu năm 2024`, `H1/2024`
 * (first half), `6 tháng cuối năm 2024` (second half); `9 tháng 2024`, `9 tháng đầu năm 2024`;
 * `năm 2024`. Null when unreadable.
 */
export function periodFromLabel(label: string, options: PeriodOptions = {}): Period | null {
  const text = label.normalize('NFC').trim();
  const named = labelParts(text);
  if (named) return periodOf(named.year, named.part, options);
  const range = splitRange(text);
  return range ? periodFromRange(range[0], range[1]) : null;
}

/**
 * The year and part a label names, read as `periodFromLabel` reads it (`2024-Q2`, `Quý II/2024`,
 * `6 tháng đầu năm 2024`…); null for a range or an unreadable label. The one parser of period
 * labels: whatever needs a label's year and part asks it.
 */
export function labelParts(label: string): { year: number; part: PeriodPart } | null {
  return namedPeriod(label.normalize('NFC').trim());
}

const QUARTER_WORDS: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, mot: 1, hai: 2, ba: 3, bon: 4, tu: 4 };
const QUARTER = '([1-4]|iv|i{1,3}|mot|hai|ba|bon|tu)';

const quarterNumber = (word: string): number => (/^[1-4]$/.test(word) ? Number(word) : QUARTER_WORDS[word]);

/** The year and part a label names (`2024-Q2`, `Quý II/2024`, `6 tháng đầu năm 2024`…), or null. */
function namedPeriod(label: string): { year: number; part: PeriodPart } | null {
  const compact = label.toUpperCase().replace(/\s+/g, '');
  let m = /^(\d{4})(?:-(Q[1-4]|H[12]|9M|Y))?$/.exec(compact);
  if (m) return { year: Number(m[1]), part: (m[2] ?? 'Y') as PeriodPart };
  // `quý ii năm 2024`, `q2 2024`, `2024 q2`, `6 thang dau nam 2024`…: words, no diacritics.
  const t = normalizeLabel(label).replace(/^(?:ky )?(?:bao cao )?/, '');
  const year = (s: string) => Number(s);
  m = new RegExp(`^(?:quy|q) ?${QUARTER}(?: nam)? (\\d{4})$`).exec(t);
  if (m) return { year: year(m[2]), part: `Q${quarterNumber(m[1])}` as PeriodPart };
  m = new RegExp(`^(\\d{4}) ?(?:quy|q) ?${QUARTER}$`).exec(t);
  if (m) return { year: year(m[1]), part: `Q${quarterNumber(m[2])}` as PeriodPart };
  m = /^(\d{4}) ?(h[12]|9m)$/.exec(t);
  if (m) return { year: year(m[1]), part: m[2].toUpperCase() as PeriodPart };
  m = /^(?:h|nua nam) ?([12])(?: nam)? (\d{4})$/.exec(t);
  if (m) return { year: year(m[2]), part: `H${m[1]}` as PeriodPart };
  m = /^(?:6|sau) thang(?: dau)?(?: nam)? (\d{4})$/.exec(t);
  if (m) return { year: year(m[1]), part: 'H1' };
  m = /^(?:6|sau) thang cuoi(?: nam)? (\d{4})$/.exec(t);
  if (m) return { year: year(m[1]), part: 'H2' };
  m = /^(?:(?:9|chin) thang(?: dau)?(?: nam)?|9m) (\d{4})$/.exec(t);
  if (m) return { year: year(m[1]), part: '9M' };
  m = /^(?:ca )?nam (\d{4})$/.exec(t);
  if (m) return { year: year(m[1]), part: 'Y' };
  return null;
}

/** `A..B`, `A – B`, `A - B`, `từ ngày A đến ngày B`, or `dd/mm/yyyy-dd/mm/yyyy`. */
function splitRange(label: string): [string, string] | null {
  const text = label.replace(/^t[ừu]\s+(?:ng[àa]y\s+)?/i, '');
  const lower = text.toLowerCase();
  const day = (s: string) => s.trim().replace(/^ng[àa]y\s+/i, '');
  for (const sep of ['..', '–', '—', ' - ', ' đến ']) {
    const i = lower.indexOf(sep);
    if (i > 0) return [day(text.slice(0, i)), day(text.slice(i + sep.length))];
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

/** The quarter (1–4) and year a period label names, or null (read by `labelParts`). */
export function quarterOfLabel(label: string | null): { year: number; quarter: number } | null {
  const parts = label ? labelParts(label) : null;
  const m = parts ? /^Q([1-4])$/.exec(parts.part) : null;
  return parts && m ? { year: parts.year, quarter: Number(m[1]) } : null;
}

/** The quarter (reporting cut-off, or calendar) that contains `day`. */
export function quarterContaining(day: DayNumber, calendar: boolean): { year: number; quarter: number } {
  const { year } = partsFromDay(day);
  for (const y of [year, year + 1]) {
    for (let q = 1; q <= 4; q += 1) {
      const p = periodOf(y, `Q${q}` as PeriodPart, { calendar });
      if (p.from <= day && day <= p.to) return { year: y, quarter: q };
    }
  }
  // unreachable: every day falls in a quarter of its year or the next (Q1 starts 15/12)
  return { year, quarter: 4 };
}

/** The label of the last cut-off quarter that has ended by `today` (what a report is usually made for). */
export function lastEndedQuarterLabel(today: DayNumber): string {
  const current = quarterContaining(today, false);
  const previous = current.quarter === 1 ? { year: current.year - 1, quarter: 4 } : { year: current.year, quarter: current.quarter - 1 };
  return periodLabel(previous.year, `Q${previous.quarter}` as PeriodPart);
}

/** The `count` quarters ending with the one that holds the period's last day, oldest first. */
export function recentQuarters(period: Period, count: number, calendar: boolean): Period[] {
  let { year, quarter } = quarterContaining(period.to, calendar);
  const list: Period[] = [];
  for (let i = 0; i < count; i += 1) {
    list.unshift(periodOf(year, `Q${quarter}` as PeriodPart, { calendar }));
    quarter -= 1;
    if (quarter === 0) {
      quarter = 4;
      year -= 1;
    }
  }
  return list;
}
