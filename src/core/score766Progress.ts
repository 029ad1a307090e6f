/**
 * Indicator 2.1 of QĐ 766 dossier by dossier, as the national portal judges it in 2026
 * (DOMAIN-2026 §4, the formula document of source S8):
 *
 * - The end of processing is the first of Đã xử lý xong, Đã trả kết quả, Dừng xử lý, Từ chối,
 *   Công dân yêu cầu rút hồ sơ: the log's completed day (`Ngày kết thúc xử lý`, else `Ngày trả`),
 *   whatever the status. Unlike DESIGN §5 (and Thanh Hóa's II.06a, DOMAIN-2026 §2.4), a dossier
 *   stopped, rejected or withdrawn is on time only if it ended by its due date.
 * - A supplement request still open at the period's end ends the dossier on the request day.
 * - More than one supplement request: overdue.
 * - A finished dossier: the supplement time (request → completion of the supplement; an
 *   uncompleted supplement runs to the end) is taken off its end before comparing with the due day.
 * - A dossier not finished by the period's end is measured on the period's last day.
 * - No due date: on time ⇔ duration − supplement time ≤ the procedure's maximum time. The
 *   parser gives such a dossier the due day N working days after receipt (DESIGN §5), so the
 *   same comparison of the shortened end with that day applies the rule.
 *
 * The due day is the log's `Hạn trả kết quả` (the portal's NgayHenTra); an extension column
 * does not replace it. Days compare as calendar days.
 */

import type { DayNumber, Dossier, Period } from './types';

export type Progress766State = 'ended' | 'supplementOpen' | 'pending';

export interface Progress766 {
  /** Handled in the period: received by its end and not ended before it. */
  inPeriod: boolean;
  state: Progress766State;
  onTime: boolean;
  /** The end of processing as the portal takes it (the period's last day while pending). */
  end: DayNumber;
  /** Days taken off the end: the supplement time of a finished dossier. */
  supplementDays: number;
  /** Supplement requests: the count column, and at least 1 when a request day is given. */
  requests: number;
  /** Why it is not on time, when it is not (`late`, `multipleRequests`…). */
  reason: Progress766Reason | null;
}

export type Progress766Reason = 'late' | 'multipleRequests' | 'supplementLate' | 'pendingOverdue';

type ProgressFields = Pick<Dossier, 'received' | 'due' | 'completed' | 'supplementRequests' | 'supplementRequested' | 'supplementCompleted'>;

/** How the portal places one dossier in a period for indicator 2.1. */
export function progress766(d: ProgressFields, period: Pick<Period, 'from' | 'to'>): Progress766 {
  const { from, to } = period;
  const requests = Math.max(d.supplementRequests ?? 0, d.supplementRequested !== null ? 1 : 0);
  const finished = d.completed !== null && d.completed <= to;
  const asked = d.supplementRequested;
  const open = !finished && asked !== null && asked <= to && (d.supplementCompleted === null || d.supplementCompleted > to);

  let state: Progress766State;
  let end: DayNumber;
  let supplementDays = 0;
  if (finished) {
    state = 'ended';
    end = d.completed!;
    if (asked !== null && asked <= end) supplementDays = Math.min(d.supplementCompleted ?? end, end) - asked;
  } else if (open) {
    state = 'supplementOpen';
    end = asked!;
  } else {
    state = 'pending';
    end = to;
  }
  const inPeriod = d.received <= to && (state === 'pending' || end >= from);

  let reason: Progress766Reason | null = null;
  if (requests > 1) reason = 'multipleRequests';
  else if (end - supplementDays > d.due) reason = state === 'ended' ? 'late' : state === 'supplementOpen' ? 'supplementLate' : 'pendingOverdue';
  return { inPeriod, state, onTime: reason === null, end, supplementDays, requests, reason };
}
