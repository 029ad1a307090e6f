/**
 * The overdue dossiers of a period, one entry each: exactly the dossiers form 06 counts in
 * column (10), resolved late (completed in the period after the due date), and column (13),
 * pending overdue (not completed by the period's last day, due before it). `computeIndicators`
 * picks them in the loop that counts them, so the list and the counts cannot disagree.
 *
 * How late, in working days (the workbook's `WorkCalendar`: weekends, statutory holidays and
 * `NgayNghi`): the working days after the due date up to the completion day, or up to the
 * period's last day for a dossier still pending then. The classification itself stays in
 * calendar days (DESIGN §5), so a dossier completed on the Saturday after a Friday due date is
 * late by 0 working days.
 *
 * An extension (`Dossier.extendedDue`, "gia hạn") is shown, never used: form 06 counts against
 * the due date, and so does this list.
 */

import type { DossierClass } from './classify';
import type { DayNumber, Dossier, Period, Procedure } from './types';
import type { WorkCalendar } from './workingDays';

/** Form 06 column (10) or (13). */
export type OverdueStatus = 'resolvedLate' | 'pendingOverdue';

export interface OverdueDossier {
  /** The dossier as read (id as text, dates, apology letter, cause, extension). */
  dossier: Dossier;
  status: OverdueStatus;
  /** The procedure it was counted under (its code, name and field, as form 06 groups it). */
  procedureCode: string;
  procedureName: string;
  field: string;
  /** Working days after the due date up to completion, or the period's last day when pending. */
  workingDaysOverdue: number;
}

/** Where form 06 puts an overdue dossier, or null for one on time or outside the period. */
export function overdueStatus(cls: DossierClass): OverdueStatus | null {
  if (!cls.inPeriod) return null;
  if (cls.resolved === 'late') return 'resolvedLate';
  if (cls.pending === 'overdue') return 'pendingOverdue';
  return null;
}

/** The day an overdue dossier's lateness is measured to: its completion, or the period's end. */
export function overdueUntil(d: Pick<Dossier, 'completed'>, status: OverdueStatus, period: Pick<Period, 'to'>): DayNumber {
  return status === 'resolvedLate' && d.completed !== null ? d.completed : period.to;
}

/** A dossier picked as overdue, before its working days are counted. */
export interface OverdueCandidate {
  dossier: Dossier;
  status: OverdueStatus;
  procedure: Pick<Procedure, 'code' | 'name' | 'field'>;
}

/** Longest span counted with a running total; beyond it (dates decades apart) days are counted one by one. */
const MAX_PREFIX_DAYS = 100_000;

/**
 * Working days in (after, until], for many spans over one calendar: each day is looked up once
 * (a log may hold hundreds of thousands of overdue dossiers).
 */
export class WorkingDaysAfter {
  private first = 0;
  /** `prefix[i]`: working days in [first, first + i). */
  private prefix: Int32Array = new Int32Array(1);

  constructor(
    private readonly calendar: WorkCalendar,
    spans: ReadonlyArray<{ after: DayNumber; until: DayNumber }> = [],
  ) {
    let low = Infinity;
    let high = -Infinity;
    for (const s of spans) {
      if (s.until <= s.after) continue;
      low = Math.min(low, s.after + 1);
      high = Math.max(high, s.until);
    }
    if (low <= high && high - low < MAX_PREFIX_DAYS) {
      this.first = low;
      this.prefix = new Int32Array(high - low + 2);
      for (let day = low; day <= high; day++) this.prefix[day - low + 1] = this.prefix[day - low] + (calendar.isWorkingDay(day) ? 1 : 0);
    }
  }

  count(after: DayNumber, until: DayNumber): number {
    if (until <= after) return 0;
    const from = after + 1 - this.first;
    const to = until + 1 - this.first;
    if (from >= 0 && to < this.prefix.length) return this.prefix[to] - this.prefix[from];
    return this.calendar.countWorkingDays(after + 1, until);
  }
}

/** Worksheet row, then ID: the log's own order, whatever order the dossiers were handed over in. */
function byRow(a: OverdueCandidate, b: OverdueCandidate): number {
  const x = a.dossier;
  const y = b.dossier;
  return x.row - y.row || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);
}

/** The entries of the picked dossiers, in the log's order (`byRow`); reports group them as they print them. */
export function overdueEntries(candidates: readonly OverdueCandidate[], period: Pick<Period, 'to'>, calendar: WorkCalendar): OverdueDossier[] {
  const sorted = [...candidates].sort(byRow);
  const spans = sorted.map((c) => ({ after: c.dossier.due, until: overdueUntil(c.dossier, c.status, period) }));
  const days = new WorkingDaysAfter(calendar, spans);
  return sorted.map((c, i) => ({
    dossier: c.dossier,
    status: c.status,
    procedureCode: c.procedure.code,
    procedureName: c.procedure.name,
    field: c.procedure.field,
    workingDaysOverdue: days.count(spans[i].after, spans[i].until),
  }));
}
