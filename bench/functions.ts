/**
 * Custom functions over 100,000-row ranges, as Excel hands them over: one
 * column a range, Excel serial numbers for dates, text for the channel. Each
 * call is timed after one warm-up call (Excel keeps the runtime alive) and its
 * answer compared with the engine's figure for the same dossiers.
 */
import { excelSerialFromDay } from '../src/core/days';
import { Dossier, IndicatorResult, Period } from '../src/core/types';
import { dossierCount, onlineShareRange, onTimeRateRange } from '../src/functions/functions';
import { median, now, secondsSince } from './measure';

const CHANNEL_TEXT = { online: 'Trực tuyến', direct: 'Trực tiếp', postal: 'Bưu chính' } as const;
const STATUS_TEXT = { withdrawn: 'Rút', rejected: 'Từ chối', stopped: 'Dừng xử lý' } as const;

export interface FunctionTiming {
  name: string;
  medianSeconds: number;
  value: number;
  expected: number | null;
}

export function timeFunctions(dossiers: Dossier[], period: Period, engine: IndicatorResult, runs = 7): FunctionTiming[] {
  const column = <T>(f: (d: Dossier) => T) => dossiers.map((d) => [f(d)]);
  const received = column((d) => excelSerialFromDay(d.received));
  const due = column((d) => excelSerialFromDay(d.due));
  const completed = column((d) => (d.completed === null ? '' : excelSerialFromDay(d.completed)));
  const channel = column((d) => CHANNEL_TEXT[d.channel]);
  const status = column((d) => (d.endStatus ? STATUS_TEXT[d.endStatus] : ''));
  const from = excelSerialFromDay(period.from);
  const to = excelSerialFromDay(period.to);
  const i = engine.indicators;
  const calls: [string, () => number, number | null][] = [
    ['DOSSIER_COUNT("received")', () => dossierCount('received', received, due, completed, channel, from, to, status), i.received],
    ['DOSSIER_COUNT("pendingOverdue")', () => dossierCount('pendingOverdue', received, due, completed, channel, from, to, status), i.pendingOverdue],
    ['ONTIME_RATE_RANGE', () => onTimeRateRange(received, due, completed, status, from, to), i.onTimeRate],
    ['ONLINE_SHARE_RANGE', () => onlineShareRange(channel, received, from, to), i.onlineShare],
  ];
  return calls.map(([name, call, expected]) => {
    const value = call();
    const times: number[] = [];
    for (let r = 0; r < runs; r++) {
      const t0 = now();
      call();
      times.push(secondsSince(t0));
    }
    return { name, medianSeconds: median(times), value, expected };
  });
}
