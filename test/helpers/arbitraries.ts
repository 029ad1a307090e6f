/**
 * fast-check arbitraries of dossier logs and periods, shared by the property tests: a small
 * catalogue of three procedures, dossiers as the parser hands them over (due and completion
 * never before receipt, often on or next to the due day), logs of up to 60 and random periods.
 */
import fc from 'fast-check';
import { dayFromParts } from '../../src/core/days';
import { UNKNOWN_DOSSIER_2026, UNKNOWN_PROCEDURE_2026 } from '../../src/core/records';
import type { Channel, Dossier, EndStatus, Period, Procedure } from '../../src/core/types';

export const BASE = dayFromParts(2023, 1, 1);

export const PROCEDURES: Procedure[] = [
  { code: 'P1', field: 'Xuất nhập cảnh', processingDays: 5 },
  { code: 'P2', field: 'Xuất nhập cảnh', processingDays: 10 },
  { code: 'P3', field: 'Lãnh sự', processingDays: 3 },
].map((p, i) => ({
  ...p,
  name: `Thủ tục ${i + 1}`,
  regulator: 'local',
  authority: 'Sở',
  onlineLevel: 'full',
  onProvincialPortal: true,
  onNationalPortal: false,
  boundaryFree: false,
  electronicProcess: true,
  publicised: true,
  onInformationSystem: true,
  digitisationProcess: true,
  validFrom: null,
  validUntil: null,
  ...UNKNOWN_PROCEDURE_2026,
  row: i + 2,
}));

/** Days from receipt to due, and to completion: often on, just before or just after the due day. */
const timingArb = fc.integer({ min: 0, max: 40 }).chain((dueAfter) =>
  fc.record({
    dueAfter: fc.constant(dueAfter),
    doneAfter: fc.option(fc.oneof(fc.integer({ min: 0, max: 80 }), fc.integer({ min: Math.max(0, dueAfter - 2), max: dueAfter + 2 })), { nil: null }),
  }),
);

/** A dossier as the parser would hand it over: due and completed never before received. */
export const dossierArb = fc
  .record({
    code: fc.constantFrom('P1', 'P2', 'P3'),
    received: fc.integer({ min: BASE, max: BASE + 500 }),
    timing: timingArb,
    channel: fc.constantFrom<Channel>('online', 'direct', 'postal'),
    endStatus: fc.constantFrom<EndStatus | null>(null, null, null, 'withdrawn', 'rejected', 'stopped'),
    flags: fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
  })
  .map(({ code, received, timing: { dueAfter, doneAfter }, channel, endStatus, flags }): Omit<Dossier, 'id' | 'row'> => ({
    procedureCode: code,
    received,
    due: received + dueAfter,
    completed: doneAfter === null ? null : received + doneAfter,
    channel,
    endStatus: doneAfter === null ? null : endStatus,
    dossierDigitised: flags[0],
    resultDigitised: flags[1],
    electronicResult: flags[2],
    reusedDigitisedData: flags[3],
    usedPopulationData: flags[4],
    paidOnline: flags[5],
    ...UNKNOWN_DOSSIER_2026,
  }));

export const logArb = fc
  .array(dossierArb, { maxLength: 60 })
  .map((list): Dossier[] => list.map((d, i) => ({ ...d, id: `HS-${i + 1}`, row: i + 2 })));

export const periodArb = fc
  .record({ from: fc.integer({ min: BASE - 30, max: BASE + 550 }), length: fc.integer({ min: 0, max: 200 }) })
  .map(({ from, length }): Period => ({ from, to: from + length, label: null }));

