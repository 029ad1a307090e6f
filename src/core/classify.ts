import { DayNumber, EndStatus, Period } from './types';

/** The dates and status that decide where a dossier stands in a period. */
export interface DossierDates {
  received: DayNumber;
  due: DayNumber;
  completed: DayNumber | null;
  endStatus?: EndStatus | null;
}

/** Where a dossier stands in a period (DESIGN §5). */
export interface DossierClass {
  /** Counted in the period at all (received = carried over + new). */
  inPeriod: boolean;
  /** Hồ sơ kỳ trước chuyển qua. */
  carriedOver: boolean;
  /** Hồ sơ mới tiếp nhận trong kỳ. */
  isNew: boolean;
  /** Đã giải quyết: trước hạn, đúng hạn, quá hạn. */
  resolved: 'early' | 'onTime' | 'late' | null;
  /** Đang giải quyết: trong hạn, quá hạn. */
  pending: 'inTime' | 'overdue' | null;
}

const OUTSIDE: DossierClass = { inPeriod: false, carriedOver: false, isNew: false, resolved: null, pending: null };

/**
 * Classifies one dossier for a period [from, to]. A dossier withdrawn, rejected
 * or stopped ends on its completed day and counts as resolved on time.
 */
export function classifyDossier(d: DossierDates, period: Pick<Period, 'from' | 'to'>): DossierClass {
  const { from, to } = period;
  const { received: r, due, completed: c } = d;
  if (r > to) return OUTSIDE;
  if (r < from && c !== null && c < from) return OUTSIDE;
  const isNew = r >= from;
  if (c !== null && c <= to) {
    const resolved = d.endStatus ? 'onTime' : c < due ? 'early' : c === due ? 'onTime' : 'late';
    return { inPeriod: true, carriedOver: !isNew, isNew, resolved, pending: null };
  }
  return { inPeriod: true, carriedOver: !isNew, isNew, resolved: null, pending: due >= to ? 'inTime' : 'overdue' };
}
