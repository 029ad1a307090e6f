/** On random dossier logs, the range functions and the engine count the same (fast-check). */
import fc from 'fast-check';
import { excelSerialFromDay } from '../../src/core/days';
import { FLOW_COUNT_KEYS } from '../../src/core/flowCounts';
import { computeIndicators } from '../../src/core/indicators';
import { Dossier, EndStatus, Procedure } from '../../src/core/types';
import { dossierCount, onTimeRateRange } from '../../src/functions/functions';
import { UNKNOWN_DOSSIER_2026, UNKNOWN_PROCEDURE_2026 } from '../../src/core/records';

const procedure: Procedure = {
  code: 'P', name: 'P', field: 'F', regulator: 'local', authority: 'Sở', onlineLevel: 'none', onProvincialPortal: false,
  onNationalPortal: false, boundaryFree: false, processingDays: 5, electronicProcess: false, publicised: true,
  onInformationSystem: false, digitisationProcess: false, validFrom: null, validUntil: null, ...UNKNOWN_PROCEDURE_2026, row: 1,
};

const STATUS_TEXT: Record<EndStatus, string> = { withdrawn: 'Rút', rejected: 'Từ chối', stopped: 'Dừng xử lý' };
const CHANNEL_TEXT = { online: 'Trực tuyến', direct: 'Trực tiếp', postal: 'Bưu chính' } as const;

const BASE = 19_400; // a day in 2023
const dossierArb = fc
  .record({
    received: fc.integer({ min: 0, max: 120 }),
    dueAfter: fc.integer({ min: 0, max: 30 }),
    doneAfter: fc.option(fc.integer({ min: 0, max: 60 })),
    channel: fc.constantFrom('online', 'direct', 'postal' as const),
    endStatus: fc.option(fc.constantFrom<EndStatus>('withdrawn', 'rejected', 'stopped')),
  })
  .map(({ received, dueAfter, doneAfter, channel, endStatus }): Dossier => ({
    id: '', procedureCode: 'P', received: BASE + received, due: BASE + received + dueAfter,
    completed: doneAfter === null ? null : BASE + received + doneAfter, channel,
    endStatus: doneAfter === null ? null : endStatus, dossierDigitised: false, resultDigitised: false,
    electronicResult: false, reusedDigitisedData: false, usedPopulationData: false, paidOnline: false, ...UNKNOWN_DOSSIER_2026, row: 1,
  }));
const periodArb = fc.tuple(fc.integer({ min: 0, max: 150 }), fc.integer({ min: 0, max: 90 })).map(([start, length]) => ({
  from: BASE + start,
  to: BASE + start + length,
  label: null,
}));

test('DOSSIER_COUNT gives every flow count of computeIndicators, and ONTIME_RATE_RANGE its on-time rate', () => {
  fc.assert(
    fc.property(fc.array(dossierArb, { maxLength: 40 }), periodArb, (dossiers, period) => {
      const serial = (day: number | null) => (day === null ? '' : excelSerialFromDay(day));
      const received = dossiers.map((d) => [serial(d.received)]);
      const due = dossiers.map((d) => [serial(d.due)]);
      const completed = dossiers.map((d) => [serial(d.completed)]);
      const channel = dossiers.map((d) => [CHANNEL_TEXT[d.channel]]);
      const status = dossiers.map((d) => [d.endStatus ? STATUS_TEXT[d.endStatus] : '']);
      const from = excelSerialFromDay(period.from);
      const to = excelSerialFromDay(period.to);
      const engine = computeIndicators({ procedures: [procedure], dossiers }, period).indicators;
      for (const k of FLOW_COUNT_KEYS) expect(dossierCount(k, received, due, completed, channel, from, to, status)).toBe(engine[k]);
      if (engine.onTimeRate !== null) expect(onTimeRateRange(received, due, completed, status, from, to)).toBe(engine.onTimeRate);
    }),
    { numRuns: 300 },
  );
});
