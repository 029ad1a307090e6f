import fc from 'fast-check';
import { dayFromParts } from '../../src/core/days';
import { computeIndicators } from '../../src/core/indicators';
import { parseInputs } from '../../src/core/inputs';
import { WorkingDaysAfter } from '../../src/core/overdue';
import { UNKNOWN_DOSSIER_2026, UNKNOWN_PROCEDURE_2026 } from '../../src/core/records';
import { Dossier, HolidayEntry, Procedure, RawCell, RawTable } from '../../src/core/types';
import { WorkCalendar } from '../../src/core/workingDays';

/** June 2026: Mon 1, Fri 5, Mon 8, Fri 12, Sun 14. */
const d = (day: number, month = 6) => dayFromParts(2026, month, day);
const period = { from: d(15, 3), to: d(14, 6), label: '2026-Q2' };

function procedure(code: string, field: string): Procedure {
  return {
    code, name: `Thủ tục ${code}`, field, regulator: 'local', authority: 'Sở', onlineLevel: 'none',
    onProvincialPortal: false, onNationalPortal: false, boundaryFree: false, processingDays: 5,
    electronicProcess: false, publicised: true, onInformationSystem: false, digitisationProcess: false,
    validFrom: null, validUntil: null, ...UNKNOWN_PROCEDURE_2026, row: 2,
  };
}

function dossier(id: string, extra: Partial<Dossier>): Dossier {
  return {
    id, procedureCode: 'A', received: d(1), due: d(5), completed: null, channel: 'direct', endStatus: null,
    dossierDigitised: false, resultDigitised: false, electronicResult: false, reusedDigitisedData: false,
    usedPopulationData: false, paidOnline: false, ...UNKNOWN_DOSSIER_2026, row: 2, ...extra,
  };
}

const procedures = [procedure('A', 'Lãnh sự')];
const listOf = (dossiers: Dossier[], holidays: HolidayEntry[] = []) =>
  computeIndicators({ procedures, dossiers, holidays }, period).overdueDossiers!;

describe('overdue dossiers of a period', () => {
  test('a dossier completed after its due date is listed as resolved late', () => {
    const [entry] = listOf([dossier('1', { completed: d(9) })]);
    expect(entry).toMatchObject({ status: 'resolvedLate', procedureCode: 'A', field: 'Lãnh sự', dossier: { id: '1' } });
  });

  test('resolved late counts the working days after the due date up to completion', () => {
    // Due Fri 5/6, completed Tue 9/6: Mon 8 and Tue 9.
    expect(listOf([dossier('1', { completed: d(9) })])[0].workingDaysOverdue).toBe(2);
  });

  test('a pending dossier is counted up to the period’s last day', () => {
    // Due Fri 5/6, still open on Sun 14/6: 8–12 June.
    const [entry] = listOf([dossier('1', { completed: d(20) })]);
    expect(entry).toMatchObject({ status: 'pendingOverdue', workingDaysOverdue: 5 });
  });

  test('a day off in NgayNghi is not a working day', () => {
    const [entry] = listOf([dossier('1', { completed: d(9) })], [{ day: d(8), kind: 'off', note: '' }]);
    expect(entry.workingDaysOverdue).toBe(1);
  });

  test('completed the Saturday after a Friday due date: late, by 0 working days', () => {
    expect(listOf([dossier('1', { completed: d(6) })])[0]).toMatchObject({ status: 'resolvedLate', workingDaysOverdue: 0 });
  });

  test('dossiers on time, in time, or finished before the period are not listed', () => {
    const list = listOf([
      dossier('early', { completed: d(4) }),
      dossier('due later', { due: d(30) }),
      dossier('old', { received: d(1, 2), due: d(5, 2), completed: d(10, 3) }),
    ]);
    expect(list).toEqual([]);
  });

  test('an extension is shown, not used: the dossier stays late against its due date', () => {
    const [entry] = listOf([dossier('1', { completed: d(9), extendedDue: d(12) })]);
    expect(entry.status).toBe('resolvedLate');
    expect(entry.dossier.extendedDue).toBe(d(12));
  });
});

describe('late dossiers by apology letter', () => {
  const dossiers = [
    dossier('1', { completed: d(9), apologyLetter: true }),
    dossier('2', { completed: d(9), apologyLetter: false }),
    dossier('3', { completed: d(10), apologyLetter: false }),
    dossier('4', { apologyLetter: true }),
    dossier('5', { completed: d(4), apologyLetter: false }),
  ];

  test('resolved late and pending overdue each split into with and without a letter', () => {
    const i = computeIndicators({ procedures, dossiers }, period).indicators;
    expect([i.resolvedLate, i.resolvedLateWithApology, i.resolvedLateWithoutApology]).toEqual([3, 1, 2]);
    expect([i.pendingOverdue, i.pendingOverdueWithApology, i.pendingOverdueWithoutApology]).toEqual([1, 1, 0]);
  });

  test('the split is also given per field and per procedure', () => {
    const r = computeIndicators({ procedures, dossiers }, period);
    expect(r.byField['Lãnh sự'].resolvedLateWithApology).toBe(1);
    expect(r.byProcedure.A.resolvedLateWithoutApology).toBe(2);
  });

  const table = (sheet: string, rows: RawCell[][]): RawTable => ({ sheet, firstRow: 1, firstColumn: 1, rows });
  const catalogue = table('TTHC', [['Mã TTHC', 'Tên TTHC', 'Lĩnh vực'], ['A', 'Cấp hộ chiếu', 'Lãnh sự']]);

  test('a log without an apology column leaves the split unknown (null), not zero', () => {
    const log = table('HoSo', [['Mã hồ sơ', 'Mã TTHC', 'Ngày tiếp nhận', 'Hạn trả kết quả', 'Ngày có kết quả'], ['H1', 'A', '01/06/2026', '05/06/2026', '09/06/2026']]);
    const inputs = parseInputs({ TTHC: catalogue, HoSo: log });
    const i = computeIndicators(inputs, period).indicators;
    expect(i.resolvedLate).toBe(1);
    expect([i.resolvedLateWithApology, i.resolvedLateWithoutApology, i.pendingOverdueWithApology, i.pendingOverdueWithoutApology]).toEqual([null, null, null, null]);
  });

  test('a log without an apology column gets no extra warning about it', () => {
    const log = table('HoSo', [['Mã hồ sơ', 'Mã TTHC', 'Ngày tiếp nhận'], ['H1', 'A', '01/06/2026']]);
    const messages = parseInputs({ TTHC: catalogue, HoSo: log }).issues.map((i) => i.message).join('\n');
    expect(messages).not.toContain('Văn bản xin lỗi');
  });

  test('with an apology column, a blank cell is no letter and a letter number is a letter', () => {
    const log = table('HoSo', [
      ['Mã hồ sơ', 'Mã TTHC', 'Ngày tiếp nhận', 'Hạn trả kết quả', 'Ngày có kết quả', 'Văn bản xin lỗi'],
      ['H1', 'A', '01/06/2026', '05/06/2026', '09/06/2026', 'Số 12/TB-SNgV'],
      ['H2', 'A', '01/06/2026', '05/06/2026', '09/06/2026', ''],
    ]);
    const i = computeIndicators(parseInputs({ TTHC: catalogue, HoSo: log }), period).indicators;
    expect([i.resolvedLateWithApology, i.resolvedLateWithoutApology]).toEqual([1, 1]);
  });
});

describe('working days after a date, for many dossiers at once', () => {
  test('agrees with the calendar’s own count, also for spans outside the ones it was built for', () => {
    const calendar = new WorkCalendar([{ day: d(8), kind: 'off', note: '' }, { day: d(13), kind: 'makeup', note: '' }]);
    fc.assert(
      fc.property(
        fc.array(fc.record({ after: fc.integer({ min: d(1, 1), max: d(31, 12) }), length: fc.integer({ min: -5, max: 120 }) }), { maxLength: 8 }),
        fc.integer({ min: d(1, 1) - 400, max: d(31, 12) }),
        fc.integer({ min: 0, max: 60 }),
        (spans, after, length) => {
          const counter = new WorkingDaysAfter(calendar, spans.map((s) => ({ after: s.after, until: s.after + s.length })));
          for (const s of [...spans, { after, length }]) {
            expect(counter.count(s.after, s.after + s.length)).toBe(s.length <= 0 ? 0 : calendar.countWorkingDays(s.after + 1, s.after + s.length));
          }
        },
      ),
    );
  });
});
