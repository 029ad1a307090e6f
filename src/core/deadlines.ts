/**
 * Theo dõi hạn (deadline watch): on a given day (`asOf`, a parameter: nothing here reads a clock
 * or a time zone), the dossiers still being processed whose deadline has passed or comes within
 * a few working days, each with the working days it has left.
 *
 * - Open on `asOf`: received on or before it, and neither completed nor ended by a status (Rút,
 *   Từ chối, Dừng xử lý: they end on their completed day) on or before it. A dossier completed
 *   after `asOf` was still open then, as DESIGN §5 counts a dossier pending at a period's end.
 *   A dossier ended by a status with no completed day has ended on a day unknown: left out.
 * - Its deadline: the extended due date (`extendedDue`, gia hạn) when the log gives one, else the
 *   due date. Form 06 and the overdue list (`overdue.ts`) count lateness against the due date
 *   alone; the watch is for acting in time, and an extended dossier must be returned by its new
 *   date. `extendedFrom` keeps the due date it replaced.
 * - Working days left (`daysLeft`), in the workbook's `WorkCalendar` (weekends, the announced
 *   and statutory holidays, NgayNghi's days off and make-up days): the working days after
 *   `asOf` up to and including the deadline, so a deadline of today is 0 and one of the next
 *   working day is 1 (Friday → Monday is 1). Past the deadline it is minus the working days
 *   after the deadline up to and including `asOf`, as `overdue.ts` counts lateness: due Friday,
 *   on Monday −1. (`WorkCalendar.workingDaysBetween(asOf, deadline)`, counted in bulk.)
 * - The groups, each dossier in one:
 *   `overdue`  the deadline is before `asOf` (calendar days, as DESIGN §5 decides overdue), so
 *              `daysLeft` ≤ 0; 0 only when no working day has passed since, e.g. due Friday,
 *              looked at on Saturday;
 *   `dueSoon`  "đến hạn trong 1 ngày làm việc": deadline on or after `asOf`, `daysLeft` 0 or 1
 *              (due today, or on the next working day);
 *   `dueLater` "trong 3 ngày làm việc": `daysLeft` 2 or 3.
 *   Dossiers with more working days left are only counted in `open`.
 */
import { WorkingDaysAfter } from './overdue';
import type { DayNumber, Dossier, Inputs, Procedure } from './types';
import { WorkCalendar } from './workingDays';

/** The last `daysLeft` of the `dueSoon` group (đến hạn trong 1 ngày làm việc). */
export const DUE_SOON_DAYS = 1;
/** The last `daysLeft` of the `dueLater` group (trong 3 ngày làm việc). */
export const DUE_LATER_DAYS = 3;

export type DeadlineGroup = 'overdue' | 'dueSoon' | 'dueLater';

export interface DeadlineEntry {
  id: string;
  procedureCode: string;
  /** From the catalogue, or from the log for a procedure the catalogue lacks; the code when neither names it. */
  procedureName: string;
  received: DayNumber;
  /** The deadline watched: the extended due date when there is one, else the due date. */
  due: DayNumber;
  /** The due date an extension replaced; null when the dossier has no extension. */
  extendedFrom: DayNumber | null;
  /** Working days left until `due`; negative: working days overdue. */
  daysLeft: number;
  /** Where the dossier is, to go to it: the log's sheet (`Inputs.dossierSheet`, null when unknown) and worksheet row. */
  sheet: string | null;
  row: number;
}

export interface DeadlineWatch {
  asOf: DayNumber;
  /** Dossiers open on `asOf`, listed or not. */
  open: number;
  /** Most overdue first. */
  overdue: DeadlineEntry[];
  /** Fewest working days left first; then by deadline, then by row. */
  dueSoon: DeadlineEntry[];
  dueLater: DeadlineEntry[];
}

/** The deadline a dossier is watched against: its extended due date, else its due date. */
export function deadlineOf(d: Pick<Dossier, 'due' | 'extendedDue'>): DayNumber {
  return d.extendedDue ?? d.due;
}

/** Still being processed on `asOf` (see the file's comment). */
export function isOpenOn(d: Pick<Dossier, 'received' | 'completed' | 'endStatus'>, asOf: DayNumber): boolean {
  if (d.received > asOf) return false;
  if (d.completed === null) return !d.endStatus;
  return d.completed > asOf;
}

/** The group of a dossier whose deadline is `deadline`, with `daysLeft` working days left on `asOf`; null: not due within the watch. */
export function deadlineGroup(deadline: DayNumber, daysLeft: number, asOf: DayNumber): DeadlineGroup | null {
  if (deadline < asOf) return 'overdue';
  if (daysLeft <= DUE_SOON_DAYS) return 'dueSoon';
  if (daysLeft <= DUE_LATER_DAYS) return 'dueLater';
  return null;
}

/**
 * `calendar.workingDaysBetween(asOf, due)` for each due date, counted over one running total
 * (a log may hold many dossiers, some due years ago).
 */
export function workingDaysLeft(calendar: WorkCalendar, asOf: DayNumber, dues: readonly DayNumber[]): number[] {
  const spans = dues.map((due) => (due >= asOf ? { after: asOf, until: due } : { after: due, until: asOf }));
  const days = new WorkingDaysAfter(calendar, spans);
  return dues.map((due, i) => {
    const n = days.count(spans[i].after, spans[i].until);
    return due >= asOf || n === 0 ? n : -n;
  });
}

function byUrgency(a: DeadlineEntry, b: DeadlineEntry): number {
  return a.daysLeft - b.daysLeft || a.due - b.due || a.row - b.row || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The deadline watch of the parsed inputs on `asOf`. */
export function watchDeadlines(
  inputs: Pick<Inputs, 'procedures' | 'dossiers'> & Partial<Pick<Inputs, 'unlistedProcedures' | 'holidays' | 'dossierSheet'>>,
  asOf: DayNumber,
): DeadlineWatch {
  const names = new Map<string, Pick<Procedure, 'name'>>();
  for (const p of [...inputs.procedures, ...(inputs.unlistedProcedures ?? [])]) if (!names.has(p.code)) names.set(p.code, p);
  const open = inputs.dossiers.filter((d) => isOpenOn(d, asOf));
  const deadlines = open.map(deadlineOf);
  const left = workingDaysLeft(new WorkCalendar(inputs.holidays ?? []), asOf, deadlines);
  const watch: DeadlineWatch = { asOf, open: open.length, overdue: [], dueSoon: [], dueLater: [] };
  open.forEach((d, i) => {
    const group = deadlineGroup(deadlines[i], left[i], asOf);
    if (!group) return;
    watch[group].push({
      id: d.id,
      procedureCode: d.procedureCode,
      procedureName: names.get(d.procedureCode)?.name || d.procedureCode,
      received: d.received,
      due: deadlines[i],
      extendedFrom: d.extendedDue !== null && d.extendedDue !== undefined ? d.due : null,
      daysLeft: left[i],
      sheet: inputs.dossierSheet ?? null,
      row: d.row,
    });
  });
  watch.overdue.sort(byUrgency);
  watch.dueSoon.sort(byUrgency);
  watch.dueLater.sort(byUrgency);
  return watch;
}
