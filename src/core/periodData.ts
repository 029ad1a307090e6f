import { periodKey } from './inputs';
import { periodFromLabel } from './periods';
import { Period } from './types';

/**
 * The SoLieu/NoiDung entries of a period: those whose label is the period's own,
 * or names the same days (`2023-Q2` and `15/03/2023-14/06/2023` are one period).
 */
export function entriesForPeriod<T>(byLabel: Record<string, T>, period: Period): T | undefined {
  if (period.label && byLabel[periodKey(period.label)] !== undefined) return byLabel[periodKey(period.label)];
  for (const [label, value] of Object.entries(byLabel)) {
    const p = periodFromLabel(label);
    if (p && p.from === period.from && p.to === period.to) return value;
  }
  return undefined;
}
