/**
 * How the reports name a period in Vietnamese: "Quý II năm 2023", "6 tháng đầu năm 2023",
 * "9 tháng năm 2023", "năm 2023", "từ ngày 01/01/2023 đến ngày 31/8/2023", and the period that
 * follows it ("quý III/2023", "6 tháng cuối năm 2023", "năm 2024"). Reading period labels is
 * `periods.ts`; this module only prints. Pure: no locale APIs.
 */

import { dayFromParts, partsFromDay } from './days';
import { labelParts } from './periods';
import type { DayNumber, Period } from './types';

/**
 * Day and month as Nghị định 30/2020/NĐ-CP writes them: a zero before days under 10 and
 * before months 1 and 2 only ("15/3/2023", "01/01/2023", "31/8/2023", "08/4/2020"), as both
 * seed reports print them.
 */
export function documentDate(day: DayNumber): string {
  const p = partsFromDay(day);
  return `${twoDigitDay(p.day)}/${documentMonth(p.month)}/${p.year}`;
}

export function twoDigitDay(day: number): string {
  return day < 10 ? `0${day}` : String(day);
}

export function documentMonth(month: number): string {
  return month <= 2 ? `0${month}` : String(month);
}

/** What a period is, as a report names it. */
export type NamedPeriod =
  | { kind: 'quarter'; year: number; quarter: 1 | 2 | 3 | 4 }
  | { kind: 'half'; year: number; half: 1 | 2 }
  | { kind: 'nineMonths'; year: number }
  | { kind: 'year'; year: number }
  | { kind: 'month'; year: number; month: number }
  | { kind: 'range'; from: DayNumber; to: DayNumber };

type Part = 'Q1' | 'Q2' | 'Q3' | 'Q4' | 'H1' | 'H2' | '9M' | 'Y';

const PART_MONTHS: Record<Part, [number, number]> = {
  Q1: [1, 3], Q2: [4, 6], Q3: [7, 9], Q4: [10, 12], H1: [1, 6], H2: [7, 12], '9M': [1, 9], Y: [1, 12],
};

function fromPart(year: number, part: Part): NamedPeriod {
  switch (part) {
    case 'Q1': case 'Q2': case 'Q3': case 'Q4':
      return { kind: 'quarter', year, quarter: Number(part.slice(1)) as 1 | 2 | 3 | 4 };
    case 'H1': case 'H2':
      return { kind: 'half', year, half: part === 'H1' ? 1 : 2 };
    case '9M':
      return { kind: 'nineMonths', year };
    default:
      return { kind: 'year', year };
  }
}

/** Both shapes of a part: the 15th→14th reporting cut-off and calendar months. */
function spansOf(year: number, part: Part): Array<[DayNumber, DayNumber]> {
  const [first, last] = PART_MONTHS[part];
  const cutOffFrom = first === 1 ? dayFromParts(year - 1, 12, 15) : dayFromParts(year, first - 1, 15);
  return [
    [cutOffFrom, dayFromParts(year, last, 14)],
    [dayFromParts(year, first, 1), dayFromParts(year, last + 1, 1) - 1],
  ];
}

/**
 * The named period a period is: from its label (`2023-Q2`, `2023-H1`, `2023-9M`, `2023`) when it
 * has one, otherwise from its dates when they are exactly a cut-off or calendar quarter, half,
 * nine months, year or calendar month; any other range stays a range.
 */
export function namedPeriod(period: Period): NamedPeriod {
  // One label parser for the whole engine (`labelParts`: `2023-Q2`, `Quý II/2023`…).
  const named = period.label ? labelParts(period.label) : null;
  if (named) return fromPart(named.year, named.part);
  const end = partsFromDay(period.to);
  for (const part of Object.keys(PART_MONTHS) as Part[]) {
    if (spansOf(end.year, part).some(([from, to]) => from === period.from && to === period.to)) return fromPart(end.year, part);
  }
  const start = partsFromDay(period.from);
  if (start.day === 1 && start.year === end.year && start.month === end.month && partsFromDay(period.to + 1).day === 1) {
    return { kind: 'month', year: end.year, month: end.month };
  }
  return { kind: 'range', from: period.from, to: period.to };
}

const ROMAN = ['I', 'II', 'III', 'IV'];

/** "Quý II năm 2023", "6 tháng đầu năm 2023", "9 tháng năm 2023", "năm 2023", "tháng 6 năm 2026". */
export function namedTitle(named: NamedPeriod): string {
  switch (named.kind) {
    case 'quarter': return `Quý ${ROMAN[named.quarter - 1]} năm ${named.year}`;
    case 'half': return `6 tháng ${named.half === 1 ? 'đầu' : 'cuối'} năm ${named.year}`;
    case 'nineMonths': return `9 tháng năm ${named.year}`;
    case 'year': return `năm ${named.year}`;
    case 'month': return `tháng ${documentMonth(named.month)} năm ${named.year}`;
    default: return `từ ngày ${documentDate(named.from)} đến ngày ${documentDate(named.to)}`;
  }
}

/** "Quý II/2023" (seed 000's short form); the other periods as `namedTitle`, a month "tháng 6/2026". */
export function namedShort(named: NamedPeriod): string {
  switch (named.kind) {
    case 'quarter': return `Quý ${ROMAN[named.quarter - 1]}/${named.year}`;
    case 'month': return `tháng ${documentMonth(named.month)}/${named.year}`;
    default: return namedTitle(named);
  }
}

/** A report title's period: "Quý II năm 2023", "6 tháng đầu năm 2023", "từ ngày … đến ngày …". */
export function periodTitle(period: Period): string {
  return namedTitle(namedPeriod(period));
}

/** The period in its short form: "Quý II/2023", "6 tháng đầu năm 2023", "năm 2023". */
export function periodShort(period: Period): string {
  return namedShort(namedPeriod(period));
}

/**
 * The period after a named one: a quarter → the next quarter; the first half → the second; the
 * second half → the first half of the next year; nine months → the fourth quarter; a year → the
 * next year; a month → the next month. Null for an arbitrary range.
 */
export function nextNamedPeriod(named: NamedPeriod): NamedPeriod | null {
  switch (named.kind) {
    case 'quarter':
      return named.quarter === 4
        ? { kind: 'quarter', year: named.year + 1, quarter: 1 }
        : { kind: 'quarter', year: named.year, quarter: (named.quarter + 1) as 1 | 2 | 3 | 4 };
    case 'half':
      return named.half === 1 ? { kind: 'half', year: named.year, half: 2 } : { kind: 'half', year: named.year + 1, half: 1 };
    case 'nineMonths':
      return { kind: 'quarter', year: named.year, quarter: 4 };
    case 'year':
      return { kind: 'year', year: named.year + 1 };
    case 'month':
      return named.month === 12 ? { kind: 'month', year: named.year + 1, month: 1 } : { kind: 'month', year: named.year, month: named.month + 1 };
    default:
      return null;
  }
}

/** What comes after a range with no name. */
export const NEXT_UNNAMED = 'thời gian tới';

/**
 * The next period inside a sentence: "quý III/2023", "6 tháng cuối năm 2023", "năm 2024",
 * "quý I/2024"; "thời gian tới" after an arbitrary range.
 */
export function nextPeriodPhrase(period: Period): string {
  const next = nextNamedPeriod(namedPeriod(period));
  if (!next) return NEXT_UNNAMED;
  const text = namedShort(next);
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** True when the period has not ended by `day` (its figures are provisional). */
export function isOpenOn(period: Period, day: DayNumber): boolean {
  return day < period.to;
}

/** "số liệu tạm tính đến ngày 10/9/2026" when the period is still open on the issue date, else null. */
export function provisionalPhrase(period: Period, issueDate: DayNumber): string | null {
  return isOpenOn(period, issueDate) ? `số liệu tạm tính đến ngày ${documentDate(issueDate)}` : null;
}
