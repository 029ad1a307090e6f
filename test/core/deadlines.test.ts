/**
 * The deadline watch (src/core/deadlines.ts): a hand-counted log read by the engine, then the
 * edges of each group: weekends, the announced holidays and their make-up Saturday, NgayNghi.
 */
import fc from 'fast-check';
import { dayFromParts } from '../../src/core/days';
import { deadlineGroup, deadlineOf, isOpenOn, watchDeadlines, workingDaysLeft, type DeadlineEntry } from '../../src/core/deadlines';
import { parseInputs } from '../../src/core/inputs';
import { UNKNOWN_DOSSIER_2026, UNKNOWN_PROCEDURE_2026 } from '../../src/core/records';
import type { Dossier, HolidayEntry, Procedure } from '../../src/core/types';
import { WorkCalendar } from '../../src/core/workingDays';
import { CONFERENCE, DEADLINE_AS_OF, DEADLINE_HAND_COUNT, deadlineTables, PASSPORT, UNLISTED } from '../helpers/deadlineFixture';

const d = (day: number, month: number, year = 2024) => dayFromParts(year, month, day);
const brief = (list: DeadlineEntry[]) => list.map((e) => ({ id: e.id, daysLeft: e.daysLeft, row: e.row }));

describe('the hand-counted log of test/helpers/deadlineFixture.ts, as of Friday 26/04/2024', () => {
  const inputs = parseInputs(deadlineTables());
  const watch = watchDeadlines(inputs, DEADLINE_AS_OF);

  test('the log reads without errors', () => {
    expect(inputs.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  test('overdue: HS02 by 6 working days (Giỗ Tổ not counted), HS01 and HS10 by 4, HS03 by 1', () => {
    expect(brief(watch.overdue)).toEqual(DEADLINE_HAND_COUNT.overdue);
  });

  test('due within 1 working day: HS04 today, HS05 and HS13 on 03/05 across the holiday and NgayNghi', () => {
    expect(brief(watch.dueSoon)).toEqual(DEADLINE_HAND_COUNT.dueSoon);
  });

  test('within 3: HS06 on the make-up Saturday, HS15 by its computed due date, HS07 by its extension, HS14', () => {
    expect(brief(watch.dueLater)).toEqual(DEADLINE_HAND_COUNT.dueLater);
  });

  test('12 dossiers are open on the day; closed, withdrawn and later ones are not', () => {
    expect(watch.open).toBe(DEADLINE_HAND_COUNT.open);
    const listed = [...watch.overdue, ...watch.dueSoon, ...watch.dueLater].map((e) => e.id);
    for (const id of ['HS08', 'HS09', 'HS11', 'HS12']) expect(listed).not.toContain(id);
  });

  test('each entry has its procedure name, dates, and the sheet and row to go to', () => {
    const byId = new Map([...watch.overdue, ...watch.dueSoon, ...watch.dueLater].map((e) => [e.id, e]));
    expect(byId.get('HS01')).toEqual({
      id: 'HS01',
      procedureCode: 'P1',
      procedureName: PASSPORT,
      received: d(10, 4),
      due: d(22, 4),
      extendedFrom: null,
      daysLeft: -4,
      sheet: 'HoSo',
      row: 2,
    });
    expect(byId.get('HS05')!.procedureName).toBe(CONFERENCE);
    expect(byId.get('HS13')!.procedureName).toBe(UNLISTED);
    expect(byId.get('HS15')!.due).toBe(d(4, 5));
    expect(byId.get('HS07')).toMatchObject({ due: d(6, 5), extendedFrom: d(23, 4) });
  });

  test('a day later (Saturday 27/04, a holiday): only the working days that passed count', () => {
    const saturday = watchDeadlines(inputs, d(27, 4));
    // HS04 was due Friday: overdue now, by 0 working days; nothing else moves.
    expect(brief(saturday.overdue).map((e) => [e.id, e.daysLeft])).toEqual([
      ['HS02', -6],
      ['HS01', -4],
      ['HS10', -4],
      ['HS03', -1],
      ['HS04', 0],
    ]);
    expect(Object.is(saturday.overdue[4].daysLeft, 0)).toBe(true);
    expect(saturday.dueSoon.map((e) => e.id)).toEqual(['HS05', 'HS13']);
  });
});

function procedure(code: string): Procedure {
  return {
    code, name: `Thủ tục ${code}`, field: 'Lãnh sự', regulator: 'local', authority: 'Sở', onlineLevel: 'none',
    onProvincialPortal: false, onNationalPortal: false, boundaryFree: false, processingDays: 5,
    electronicProcess: false, publicised: true, onInformationSystem: false, digitisationProcess: false,
    validFrom: null, validUntil: null, ...UNKNOWN_PROCEDURE_2026, row: 2,
  };
}

function dossier(id: string, due: number, extra: Partial<Dossier> = {}): Dossier {
  return {
    id, procedureCode: 'A', received: d(1, 4), due, completed: null, channel: 'direct', endStatus: null,
    dossierDigitised: false, resultDigitised: false, electronicResult: false, reusedDigitisedData: false,
    usedPopulationData: false, paidOnline: false, ...UNKNOWN_DOSSIER_2026, row: 2, ...extra,
  };
}

/** The group and days left of one dossier due on `due`, looked at on `asOf`. */
function watchOne(due: number, asOf: number, holidays: HolidayEntry[] = [], extra: Partial<Dossier> = {}): [string | null, number | null] {
  const w = watchDeadlines({ procedures: [procedure('A')], dossiers: [dossier('1', due, extra)], holidays }, asOf);
  for (const group of ['overdue', 'dueSoon', 'dueLater'] as const) if (w[group].length) return [group, w[group][0].daysLeft];
  return [null, null];
}

describe('the groups at their edges', () => {
  // June 2024: Mon 3, Fri 7, Sat 8, Mon 10, Tue 11, Wed 12, Thu 13.
  test('due today: 0 left, due within 1 working day', () => {
    expect(watchOne(d(7, 6), d(7, 6))).toEqual(['dueSoon', 0]);
  });

  test('over a weekend: Friday → Monday is 1, Tuesday 2, Wednesday 3, Thursday 4 (not listed)', () => {
    expect(watchOne(d(10, 6), d(7, 6))).toEqual(['dueSoon', 1]);
    expect(watchOne(d(11, 6), d(7, 6))).toEqual(['dueLater', 2]);
    expect(watchOne(d(12, 6), d(7, 6))).toEqual(['dueLater', 3]);
    expect(watchOne(d(13, 6), d(7, 6))).toEqual([null, null]);
  });

  test('looked at on a Saturday: Monday is 1 working day away; Friday’s deadline has passed, by 0 working days', () => {
    expect(watchOne(d(10, 6), d(8, 6))).toEqual(['dueSoon', 1]);
    expect(watchOne(d(7, 6), d(8, 6))).toEqual(['overdue', 0]);
    expect(watchOne(d(7, 6), d(10, 6))).toEqual(['overdue', -1]);
  });

  test('a NgayNghi day off pushes the deadline a working day further', () => {
    const off = [{ day: d(10, 6), kind: 'off' as const, note: '' }];
    expect(watchOne(d(11, 6), d(7, 6), off)).toEqual(['dueSoon', 1]);
    expect(watchOne(d(13, 6), d(7, 6), off)).toEqual(['dueLater', 3]);
    // …and an overdue dossier loses no day on it.
    expect(watchOne(d(7, 6), d(11, 6), off)).toEqual(['overdue', -1]);
  });

  test('a make-up Saturday is a working day: the announced one (04/05/2024) and a NgayNghi one', () => {
    // After Fri 26/04/2024: 27/04–01/05 off, Thu 02/05 = 1, Fri 03/05 = 2, Sat 04/05 = 3.
    expect(watchOne(d(4, 5), d(26, 4))).toEqual(['dueLater', 3]);
    expect(watchOne(d(2, 5), d(26, 4))).toEqual(['dueSoon', 1]);
    const makeup = [{ day: d(8, 6), kind: 'makeup' as const, note: 'Thứ Bảy làm bù' }];
    expect(watchOne(d(10, 6), d(7, 6), makeup)).toEqual(['dueLater', 2]);
  });

  test('the extended due date is the deadline watched', () => {
    expect(watchOne(d(3, 6), d(7, 6), [], { extendedDue: d(10, 6) })).toEqual(['dueSoon', 1]);
    expect(deadlineOf({ due: d(3, 6), extendedDue: null })).toBe(d(3, 6));
  });

  test('deadlineGroup: overdue by calendar day, then 0–1 and 2–3 working days left', () => {
    const asOf = d(7, 6);
    expect([deadlineGroup(asOf - 1, 0, asOf), deadlineGroup(asOf, 0, asOf), deadlineGroup(asOf + 3, 1, asOf)]).toEqual(['overdue', 'dueSoon', 'dueSoon']);
    expect([deadlineGroup(asOf + 4, 2, asOf), deadlineGroup(asOf + 5, 3, asOf), deadlineGroup(asOf + 6, 4, asOf)]).toEqual(['dueLater', 'dueLater', null]);
  });
});

describe('which dossiers are open on the day', () => {
  const asOf = d(7, 6);
  test('received after the day: not yet', () => {
    expect(isOpenOn({ received: asOf + 1, completed: null, endStatus: null }, asOf)).toBe(false);
  });
  test('received on the day: open', () => {
    expect(isOpenOn({ received: asOf, completed: null, endStatus: null }, asOf)).toBe(true);
  });
  test('completed on or before the day: closed; completed later: still open then', () => {
    expect(isOpenOn({ received: d(1, 6), completed: asOf, endStatus: null }, asOf)).toBe(false);
    expect(isOpenOn({ received: d(1, 6), completed: asOf + 1, endStatus: null }, asOf)).toBe(true);
  });
  test('ended by a status: closed from its completed day; with no completed day, left out', () => {
    expect(isOpenOn({ received: d(1, 6), completed: d(5, 6), endStatus: 'withdrawn' }, asOf)).toBe(false);
    expect(isOpenOn({ received: d(1, 6), completed: asOf + 2, endStatus: 'stopped' }, asOf)).toBe(true);
    expect(isOpenOn({ received: d(1, 6), completed: null, endStatus: 'rejected' }, asOf)).toBe(false);
  });
  test('without the log’s sheet name an entry has sheet null', () => {
    const w = watchDeadlines({ procedures: [procedure('A')], dossiers: [dossier('1', asOf)] }, asOf);
    expect(w.dueSoon[0]).toMatchObject({ sheet: null, procedureName: 'Thủ tục A' });
  });
  test('a procedure known to neither list is shown by its code', () => {
    const w = watchDeadlines({ procedures: [], dossiers: [dossier('1', asOf, { procedureCode: 'Z' })] }, asOf);
    expect(w.dueSoon[0].procedureName).toBe('Z');
  });
});

describe('workingDaysLeft', () => {
  test('equals the calendar’s workingDaysBetween, whatever the spread of due dates', () => {
    const calendar = new WorkCalendar([{ day: d(2, 5), kind: 'off', note: '' }]);
    const base = d(1, 1, 2023);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1200 }), fc.array(fc.integer({ min: 0, max: 1200 }), { maxLength: 30 }), (asOfOffset, offsets) => {
        const asOf = base + asOfOffset;
        const dues = offsets.map((o) => base + o);
        expect(workingDaysLeft(calendar, asOf, dues)).toEqual(dues.map((due) => calendar.workingDaysBetween(asOf, due)));
      }),
    );
  });
});
