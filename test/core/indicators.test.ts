import { dayFromParts } from '../../src/core/days';
import { computeIndicators } from '../../src/core/indicators';
import { Dossier, Procedure } from '../../src/core/types';
import { UNKNOWN_DOSSIER_2026, UNKNOWN_PROCEDURE_2026 } from '../../src/core/records';

const d = (day: number, month: number) => dayFromParts(2024, month, day);
const period = { from: d(15, 3), to: d(14, 6), label: '2024-Q2' };

function procedure(code: string, field: string, extra: Partial<Procedure> = {}): Procedure {
  return {
    code, name: `Thủ tục ${code}`, field, regulator: 'local', authority: 'Sở', onlineLevel: 'none',
    onProvincialPortal: false, onNationalPortal: false, boundaryFree: false, processingDays: 5,
    electronicProcess: false, publicised: true, onInformationSystem: false, digitisationProcess: false,
    validFrom: null, validUntil: null, ...UNKNOWN_PROCEDURE_2026, row: 2, ...extra,
  };
}

function dossier(id: string, procedureCode: string, extra: Partial<Dossier>): Dossier {
  return {
    id, procedureCode, received: d(1, 4), due: d(10, 4), completed: null, channel: 'direct', endStatus: null,
    dossierDigitised: false, resultDigitised: false, electronicResult: false, reusedDigitisedData: false,
    usedPopulationData: false, paidOnline: false, ...UNKNOWN_DOSSIER_2026, row: 2, ...extra,
  };
}

const procedures = [
  procedure('A', 'Lãnh sự', { onlineLevel: 'full', onProvincialPortal: true, onNationalPortal: true }),
  procedure('B', 'Lãnh sự', { onlineLevel: 'partial', onProvincialPortal: true, regulator: 'central' }),
  procedure('C', 'Hợp tác quốc tế', { validUntil: d(1, 6) }),
];
const dossiers = [
  dossier('1', 'A', { channel: 'online', completed: d(5, 4), dossierDigitised: true, resultDigitised: true }),
  dossier('2', 'A', { channel: 'postal', completed: d(12, 4) }),
  dossier('3', 'B', { received: d(1, 3), due: d(8, 3), completed: d(20, 3), endStatus: 'rejected' }),
  dossier('4', 'C', { due: d(1, 6) }),
  dossier('5', 'B', { received: d(1, 6), due: d(20, 6), reusedDigitisedData: true }),
];
const result = computeIndicators({ procedures, dossiers }, period);
const i = result.indicators;

describe('indicators of a period', () => {
  test('received splits into new (by channel) and carried over', () => {
    expect([i.received, i.newReceived, i.newOnline, i.newDirect, i.newPostal, i.carriedOver]).toEqual([5, 4, 1, 2, 1, 1]);
  });

  test('resolved splits into early, on time (a rejected dossier counts here) and late', () => {
    expect([i.resolved, i.resolvedEarly, i.resolvedOnTime, i.resolvedLate]).toEqual([3, 1, 1, 1]);
  });

  test('pending splits into in time and overdue at the period end', () => {
    expect([i.pending, i.pendingInTime, i.pendingOverdue]).toEqual([2, 1, 1]);
  });

  test('results issued leave out rejected dossiers; digitisation counts the resolved', () => {
    expect([i.resultsIssued, i.resultsDigitised, i.dossiersDigitised]).toEqual([2, 1, 1]);
  });

  test('rates divide as DESIGN §6 says', () => {
    expect(i.onTimeRate).toBeCloseTo(2 / 3);
    expect(i.progressRate766).toBeCloseTo(3 / 5);
    expect(i.onlineShare).toBeCloseTo(1 / 4);
    expect(i.reuseRate).toBeCloseTo(1 / 4);
  });

  test('a rate with a zero denominator is null, not zero', () => {
    const empty = computeIndicators({ procedures, dossiers: [] }, period).indicators;
    expect(empty.onTimeRate).toBeNull();
    expect(empty.onlineShare).toBeNull();
  });

  test('the catalogue counts the procedures in force on the period’s last day', () => {
    expect(i.procedures).toBe(2);
    expect([i.proceduresOnlineFull, i.proceduresOnlinePartial, i.proceduresNationalPortal, i.proceduresCentral]).toEqual([1, 1, 1, 1]);
  });

  test('a procedure no longer in force still reports its dossiers per procedure and field', () => {
    expect(result.byProcedure.C.received).toBe(1);
    expect(result.byField['Hợp tác quốc tế'].pendingOverdue).toBe(1);
  });

  test('per-field counts add up to the totals', () => {
    const fields = Object.values(result.byField);
    expect(fields.reduce((s, f) => s + f.received, 0)).toBe(i.received);
    expect(result.byField['Lãnh sự'].received).toBe(4);
  });
});
