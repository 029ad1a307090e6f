import { formatDay } from './days';
import { PERIOD_PARTS, periodFromLabel, periodOf } from './periods';
import { Period } from './types';

/**
 * The one key of a period as written in SoLieu/NoiDung, so that rows naming the same period merge:
 * `Q2/2024`, `Quý II/2024`, `quý 2 năm 2024`, `2024-q2` and `15/03/2024-14/06/2024` are all
 * `2024-Q2`; `6 tháng đầu năm 2024` is `2024-H1`, `9 tháng 2024` `2024-9M`, `năm 2024` `2024`;
 * another range is `dd/mm/yyyy-dd/mm/yyyy`. Null when the label is no period.
 */
export function periodKey(label: string): string | null {
  const period = periodFromLabel(label);
  return period ? keyOfPeriod(period) : null;
}

/** The key of a period (reporting cut-off): its label, or the named period with the same days, or its dates. */
export function keyOfPeriod(period: Period): string {
  if (period.label) return period.label;
  const year = Number(formatDay(period.to).slice(6));
  for (const part of PERIOD_PARTS) {
    const named = periodOf(year, part);
    if (named.from === period.from && named.to === period.to) return named.label!;
  }
  return `${formatDay(period.from)}-${formatDay(period.to)}`;
}

/**
 * The SoLieu/NoiDung entries of a period: those whose key is the period's own, or that name the
 * same days (a calendar `2023-Q2` also finds rows typed `01/04/2023-30/06/2023`).
 */
export function entriesForPeriod<T>(byKey: Record<string, T>, period: Period): T | undefined {
  const own = byKey[keyOfPeriod(period)];
  if (own !== undefined) return own;
  for (const [key, value] of Object.entries(byKey)) {
    const p = periodFromLabel(key);
    if (p && p.from === period.from && p.to === period.to) return value;
  }
  return undefined;
}
