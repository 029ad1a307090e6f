import { DossierClass } from './classify';
import { Channel, DossierCounts } from './types';

/** The flow counts of DESIGN §6: received, new by channel, carried over, resolved, pending. */
export const FLOW_COUNT_KEYS = [
  'received',
  'newReceived',
  'newOnline',
  'newDirect',
  'newPostal',
  'carriedOver',
  'resolved',
  'resolvedEarly',
  'resolvedOnTime',
  'resolvedLate',
  'pending',
  'pendingInTime',
  'pendingOverdue',
] as const satisfies readonly (keyof DossierCounts)[];

export type FlowCountKey = (typeof FLOW_COUNT_KEYS)[number];

export type FlowCounts = Record<FlowCountKey, number>;

/**
 * Each of `keys` at 0, a fresh object each call (callers fill it in): the one definition of "no
 * dossiers", for the flow counts here and every count (`emptyCounts` in indicators.ts).
 */
export function zeroCounts<K extends string>(keys: readonly K[]): Record<K, number> {
  const counts = {} as Record<K, number>;
  for (const k of keys) counts[k] = 0;
  return counts;
}

/** The flow counts at 0 (what the custom functions tally). */
export function emptyFlowCounts(): FlowCounts {
  return zeroCounts(FLOW_COUNT_KEYS);
}

/**
 * Adds one dossier, as classifyDossier placed it in a period, to the flow counts.
 * The same tally as computeIndicators, for callers that hold columns rather than Dossier records
 * (the custom functions).
 */
export function addToFlow(counts: FlowCounts, cls: DossierClass, channel: Channel): void {
  if (!cls.inPeriod) return;
  counts.received++;
  if (cls.carriedOver) counts.carriedOver++;
  else {
    counts.newReceived++;
    if (channel === 'online') counts.newOnline++;
    else if (channel === 'postal') counts.newPostal++;
    else counts.newDirect++;
  }
  if (cls.resolved) {
    counts.resolved++;
    if (cls.resolved === 'early') counts.resolvedEarly++;
    else if (cls.resolved === 'onTime') counts.resolvedOnTime++;
    else counts.resolvedLate++;
  } else {
    counts.pending++;
    if (cls.pending === 'inTime') counts.pendingInTime++;
    else counts.pendingOverdue++;
  }
}
