import { classifyDossier } from './classify';
import { addToFlow, FLOW_COUNT_KEYS, zeroCounts } from './flowCounts';
import { OverdueCandidate, overdueEntries, overdueStatus } from './overdue';
import {
  ApologyCounts,
  CatalogueCounts,
  Dossier,
  DossierCounts,
  HolidayEntry,
  IndicatorResult,
  Inputs,
  Period,
  Procedure,
  ProcedureBreakdown,
  Rates,
  ReportedCounts,
  UnknowableCountKey,
} from './types';
import { WorkCalendar } from './workingDays';

/** Every dossier count: the flow counts, then the digitisation and online-service counts. */
export const COUNT_KEYS: (keyof DossierCounts)[] = [
  ...FLOW_COUNT_KEYS,
  'dossiersDigitised',
  'resultsIssued',
  'resultsDigitised',
  'electronicResults',
  'reusedDigitisedData',
  'usedPopulationData',
  'paidOnline',
];

/**
 * Every dossier count at 0: the counts of a period, field or procedure without dossiers (form 06,
 * the custom functions, the tallies here use it). Built, like the flow counts' `emptyFlowCounts`,
 * by `zeroCounts`, the one definition of every count zero; a fresh object each call.
 */
export function emptyCounts(): DossierCounts {
  return zeroCounts(COUNT_KEYS);
}

export function addCounts(target: DossierCounts, source: DossierCounts): void {
  for (const k of COUNT_KEYS) target[k] += source[k];
}

/** The late dossiers split by apology letter (`ApologyCounts`), counted beside the others. */
export const APOLOGY_COUNT_KEYS = [
  'resolvedLateWithApology',
  'resolvedLateWithoutApology',
  'pendingOverdueWithApology',
  'pendingOverdueWithoutApology',
] as const satisfies readonly (keyof ApologyCounts)[];

/** What a computation counts per procedure: every dossier count and the apology split. */
type Tally = DossierCounts & ApologyCounts;

function emptyTally(): Tally {
  return zeroCounts([...COUNT_KEYS, ...APOLOGY_COUNT_KEYS]);
}

function addTally(target: Tally, source: Tally): void {
  addCounts(target, source);
  for (const k of APOLOGY_COUNT_KEYS) target[k] += source[k];
}

/** part / whole, or null when whole is 0. */
export function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

/** part / whole; null when either is unknown or whole is 0. */
function knownRatio(part: number | null, whole: number): number | null {
  return part === null ? null : ratio(part, whole);
}

export function ratesOf(c: DossierCounts | ReportedCounts): Rates {
  return {
    onTimeRate: ratio(c.resolvedEarly + c.resolvedOnTime, c.resolved),
    progressRate766: ratio(c.resolvedEarly + c.resolvedOnTime + c.pendingInTime, c.received),
    onlineShare: knownRatio(c.newOnline, c.newReceived),
    dossierDigitisationRate: knownRatio(c.dossiersDigitised, c.resolved),
    resultDigitisationRate: knownRatio(c.resultsDigitised, c.resultsIssued),
    reuseRate: knownRatio(c.reusedDigitisedData, c.newReceived),
    populationDataRate: knownRatio(c.usedPopulationData, c.newReceived),
  };
}

/** The counts as reported: the keys whose column is absent become null (unknown, not zero). */
export function reportedCounts(c: DossierCounts, unknown: readonly UnknowableCountKey[]): ReportedCounts {
  const out: ReportedCounts = { ...c };
  for (const k of unknown) out[k] = null;
  return out;
}

/** Procedures in force on the period's last day: the catalogue "đến thời điểm báo cáo". */
export function proceduresInForce(procedures: readonly Procedure[], period: Pick<Period, 'to'>): Procedure[] {
  return procedures.filter((p) => (p.validFrom === null || p.validFrom <= period.to) && (p.validUntil === null || p.validUntil >= period.to));
}

export function catalogueCounts(procedures: Procedure[]): CatalogueCounts {
  const count = (test: (p: Procedure) => boolean) => procedures.filter(test).length;
  const full = count((p) => p.onlineLevel === 'full');
  const partial = count((p) => p.onlineLevel === 'partial');
  return {
    procedures: procedures.length,
    proceduresCentral: count((p) => p.regulator === 'central'),
    proceduresLocal: count((p) => p.regulator === 'local'),
    proceduresPublicised: count((p) => p.publicised),
    proceduresOnlineFull: full,
    proceduresOnlinePartial: partial,
    proceduresBoundaryFree: count((p) => p.boundaryFree),
    proceduresWithEProcess: count((p) => p.electronicProcess),
    proceduresOnInformationSystem: count((p) => p.onInformationSystem),
    proceduresWithDigitisationProcess: count((p) => p.digitisationProcess),
    proceduresProvincialPortal: count((p) => p.onProvincialPortal),
    proceduresProvincialPortalFull: count((p) => p.onProvincialPortal && p.onlineLevel === 'full'),
    proceduresProvincialPortalPartial: count((p) => p.onProvincialPortal && p.onlineLevel === 'partial'),
    proceduresNationalPortal: count((p) => p.onNationalPortal),
    proceduresNationalPortalFull: count((p) => p.onNationalPortal && p.onlineLevel === 'full'),
    proceduresNationalPortalPartial: count((p) => p.onNationalPortal && p.onlineLevel === 'partial'),
    onlineProcedureShare: ratio(full + partial, procedures.length),
  };
}

/**
 * Every indicator of a period: dossier counts overall, per field (lĩnh vực) and
 * per procedure, rates, and the catalogue in force at the period's end.
 */
export function computeIndicators(
  inputs: Pick<Inputs, 'procedures' | 'dossiers'> & Partial<Pick<Inputs, 'unlistedProcedures' | 'unknownCounts' | 'holidays'>>,
  period: Period,
): IndicatorResult {
  const tally = new PeriodTally(inputs.procedures, period);
  for (const p of inputs.unlistedProcedures ?? []) tally.addProcedure(p);
  for (const d of inputs.dossiers) tally.add(d);
  return tally.result(inputs.unknownCounts ?? [], inputs.holidays ?? []);
}

/**
 * The counting of `computeIndicators`, one dossier at a time: what a log too large to hold
 * (read row by row) is counted with, so a streamed log and a log in memory are counted by
 * the same code. Keeps the overdue dossiers (for their list) and no other.
 */
export class PeriodTally {
  private readonly all: Procedure[] = [];
  private readonly index = new Map<string, number>();
  private readonly perProcedure: Tally[] = [];
  private readonly touched: boolean[] = [];
  private readonly overdue: OverdueCandidate[] = [];

  /** `procedures`: the catalogue; the procedures of dossiers it lacks follow with `addProcedure`. */
  constructor(
    private readonly procedures: readonly Procedure[],
    private readonly period: Period,
  ) {
    for (const p of procedures) this.addProcedure(p);
  }

  /** A procedure a dossier may name (one the catalogue lacks); the first of a code counts its dossiers. */
  addProcedure(p: Procedure): void {
    if (!this.index.has(p.code)) this.index.set(p.code, this.all.length);
    this.all.push(p);
    this.perProcedure.push(emptyTally());
    this.touched.push(false);
  }

  add(d: Dossier): void {
    const cls = classifyDossier(d, this.period);
    if (!cls.inPeriod) return;
    const i = this.index.get(d.procedureCode);
    if (i === undefined) return;
    this.touched[i] = true;
    const c = this.perProcedure[i];
    addToFlow(c, cls, d.channel);
    const status = overdueStatus(cls);
    if (status) {
      // Form 06 (10) and (13), split by apology letter; the same dossiers make the overdue list.
      const letter = d.apologyLetter === true;
      if (status === 'resolvedLate') c[letter ? 'resolvedLateWithApology' : 'resolvedLateWithoutApology']++;
      else c[letter ? 'pendingOverdueWithApology' : 'pendingOverdueWithoutApology']++;
      this.overdue.push({ dossier: d, status, procedure: this.all[i] });
    }
    if (cls.isNew) {
      if (d.reusedDigitisedData) c.reusedDigitisedData++;
      if (d.usedPopulationData) c.usedPopulationData++;
      if (d.paidOnline) c.paidOnline++;
    }
    if (cls.resolved) {
      if (d.dossierDigitised) c.dossiersDigitised++;
      if (!d.endStatus) {
        c.resultsIssued++;
        if (d.resultDigitised) c.resultsDigitised++;
        if (d.electronicResult) c.electronicResults++;
      }
    }
  }

  /** The indicators of the dossiers added; `unknown`: the counts the log cannot tell. */
  result(unknown: readonly UnknowableCountKey[], holidays: readonly HolidayEntry[]): IndicatorResult {
    const { all, perProcedure, touched, period } = this;
    const inForce = proceduresInForce(this.procedures, period);
    const inForceCodes = new Set(inForce.map((p) => p.code));
    const total = emptyTally();
    const fields: Record<string, Tally> = {};
    const byProcedure: Record<string, ProcedureBreakdown> = {};
    all.forEach((p, i) => {
      if (!touched[i] && !inForceCodes.has(p.code)) return;
      if (byProcedure[p.code]) return;
      const counts = perProcedure[i];
      addTally(total, counts);
      addTally((fields[p.field] ??= emptyTally()), counts);
      byProcedure[p.code] = { name: p.name, field: p.field, ...reportedCounts(counts, unknown) };
    });
    const byField: Record<string, ReportedCounts> = {};
    for (const [field, counts] of Object.entries(fields)) byField[field] = reportedCounts(counts, unknown);
    const reported = reportedCounts(total, unknown);

    return {
      period,
      indicators: { ...reported, ...ratesOf(reported), ...catalogueCounts(inForce) },
      byField,
      byProcedure,
      procedures: inForce,
      overdueDossiers: overdueEntries(this.overdue, period, new WorkCalendar([...holidays])),
    };
  }
}
