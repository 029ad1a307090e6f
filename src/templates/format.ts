/**
 * How figures, dates and periods are printed in the reports, as the seed reports print them.
 * Pure string functions; no locale APIs beyond upper-casing, so output is the same everywhere.
 */

import { documentDate, documentMonth, provisionalPhrase, twoDigitDay } from '../core/periodNames';
import { quarterOfLabel } from '../core/periods';
import type { DayNumber, Period } from '../core/types';

/** Vietnamese thousands separator (1.234), as in official documents. */
function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** What a report prints for a figure whose data is absent (DESIGN §6: unknown is not zero). */
export const NO_DATA = 'không có dữ liệu';

/** The sum of counts, unknown when any of them is. */
export function sumKnown(...values: (number | null)[]): number | null {
  let sum = 0;
  for (const v of values) {
    if (v === null) return null;
    sum += v;
  }
  return sum;
}

/** A count as written: `14`, `1.234`; an unknown count as "không có dữ liệu". */
export function count(n: number | null): string {
  if (n === null) return NO_DATA;
  return groupThousands(String(Math.round(n)));
}

/**
 * A count with the seeds' two-digit padding: `08`, `05`, `14`; zero stays `0`
 * (seed 000 writes "quá hạn: 0" next to "trong hạn: 04").
 */
export function pad2(n: number | null): string {
  if (n === null) return NO_DATA;
  if (n === 0) return '0';
  return n > 0 && n < 10 ? `0${n}` : count(n);
}

/** A part of a whole as the seeds write it: `05/05`, `00/05`. */
export function ratio(part: number, whole: number): string {
  const two = (n: number): string => (n >= 0 && n < 10 ? `0${n}` : count(n));
  return `${two(part)}/${two(whole)}`;
}

/**
 * A rate from 0 to 1 as a percentage: `100%`, `66,7%` (decimal comma, one decimal at most).
 */
export function percent(rate: number): string {
  const tenths = Math.round(rate * 1000) / 10;
  const text = Number.isInteger(tenths) ? String(tenths) : tenths.toFixed(1);
  return `${text.replace('.', ',')}%`;
}

/** A score with at most two decimals and a decimal comma: `20`, `11,43`. */
export function points(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return String(rounded).replace('.', ',');
}

interface DateParts {
  day: number;
  month: number;
  year: number;
}

function dateParts(day: DayNumber): DateParts {
  const date = new Date(day * 86_400_000);
  return { day: date.getUTCDate(), month: date.getUTCMonth() + 1, year: date.getUTCFullYear() };
}

/** `15/3/2023`, `01/01/2023` (Nghị định 30/2020/NĐ-CP, as the seeds print dates). */
export function formatDate(day: DayNumber): string {
  return documentDate(day);
}

/** The date line of a document: `Hà Tĩnh, ngày 05 tháng 02 năm 2024`. */
export function placeAndDate(place: string, day: DayNumber): string {
  const p = dateParts(day);
  const date = `ngày ${twoDigitDay(p.day)} tháng ${documentMonth(p.month)} năm ${p.year}`;
  return place.trim() ? `${place.trim()}, ${date}` : date.charAt(0).toUpperCase() + date.slice(1);
}

/** `Từ ngày 15/3/2023 đến ngày 14/6/2023` (seed 000, section 1). */
export function periodRange(period: Period): string {
  return `Từ ngày ${formatDate(period.from)} đến ngày ${formatDate(period.to)}`;
}

/**
 * The data period as a line under a report's title: `(Từ ngày 15/6/2026 đến ngày 14/9/2026)`,
 * with `; số liệu tạm tính đến ngày …` while the period is still open on the issue date.
 */
export function dataPeriodLine(period: Period, issueDate: DayNumber): string {
  const provisional = provisionalPhrase(period, issueDate);
  return `(${periodRange(period)}${provisional ? `; ${provisional}` : ''})`;
}

const ROMAN: ReadonlyArray<[number, string]> = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

/** `1` → `I`, `14` → `XIV`. */
export function roman(n: number): string {
  let rest = n;
  let text = '';
  for (const [value, symbol] of ROMAN) {
    while (rest >= value) {
      text += symbol;
      rest -= value;
    }
  }
  return text;
}

/** A reporting quarter (kỳ báo cáo quý). */
export interface Quarter {
  quarter: 1 | 2 | 3 | 4;
  year: number;
}

/**
 * The quarter a period reports on: from its label (`2023-Q2`) when it has one, otherwise the
 * calendar quarter of the period's middle day, which names both a cut-off quarter
 * (15/3–14/6) and a calendar one (1/4–30/6) correctly.
 */
export function reportingQuarter(period: Period): Quarter {
  const named = quarterOfLabel(period.label);
  if (named) return { year: named.year, quarter: named.quarter as Quarter['quarter'] };
  const middle = dateParts(Math.floor((period.from + period.to) / 2));
  return { year: middle.year, quarter: Math.ceil(middle.month / 3) as Quarter['quarter'] };
}

export function nextQuarter(q: Quarter): Quarter {
  return q.quarter === 4 ? { year: q.year + 1, quarter: 1 } : { year: q.year, quarter: (q.quarter + 1) as Quarter['quarter'] };
}

/** `Quý II năm 2023`. */
export function quarterLong(q: Quarter): string {
  return `Quý ${roman(q.quarter)} năm ${q.year}`;
}

/** `Quý III/2023`. */
export function quarterShort(q: Quarter): string {
  return `Quý ${roman(q.quarter)}/${q.year}`;
}

/** Upper case with Vietnamese letters kept (`Sở Ngoại vụ` → `SỞ NGOẠI VỤ`). */
export function upper(text: string): string {
  return text.toLocaleUpperCase('vi');
}

/**
 * A name as it reads inside a sentence. Names typed all in capitals (as the header prints
 * them, `SỞ NGOẠI VỤ`) get a capital per word (`Sở Ngoại Vụ`) rather than shouting mid-sentence;
 * names typed in normal case (`Sở Ngoại vụ`) are kept as typed.
 */
export function nameInSentence(name: string): string {
  const trimmed = name.trim();
  if (trimmed !== trimmed.toLocaleUpperCase('vi') || trimmed === trimmed.toLocaleLowerCase('vi')) return trimmed;
  return trimmed
    .toLocaleLowerCase('vi')
    .split(' ')
    .map((word) => word.charAt(0).toLocaleUpperCase('vi') + word.slice(1))
    .join(' ');
}
