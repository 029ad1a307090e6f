/**
 * The QĐ 766 estimate of a workbook, as the national portal computes it in 2026 (DOMAIN-2026
 * §4): every indicator the workbook can feed, with the portal's formula and conversion
 * (`score766Model.ts`), over the calendar period; every other indicator "not computable" with
 * what it needs, never 0; the total out of the computable maximum; for each indicator that lost
 * points, the dossiers (or procedures) that cost them, by sheet and row, for go-to-cell.
 *
 * Two sources: the dossiers themselves (`evaluate766`, the portal's rules dossier by dossier) or,
 * when only a period's counts are at hand, those counts (`evaluate766FromCounts`: an
 * approximation over the period as given, which says so).
 *
 * What a missing column means: a column the numerator's fact needs (the channel, Kết quả điện
 * tử, Thanh toán trực tuyến…) makes the indicator not computable; a column that only narrows the
 * population (Trả kết quả bằng văn bản giấy, Đã đồng bộ DVCQG as a factor) leaves it computed on
 * the wider population, with a note naming the column.
 */

import { formatDay } from './days';
import { figureLabel } from './figureKeys';
import { proceduresInForce } from './indicators';
import { labelParts, PERIOD_PARTS, periodOf } from './periods';
import {
  SCORE766_GROUPS, SCORE766_MAX_POINTS, find766Indicator, fullPointsAt766, groupPoints766, pointsForRate, round2,
  score766Settings,
} from './score766Model';
import type { Score766Group, Score766Indicator, Score766Settings } from './score766Model';
import { progress766 } from './score766Progress';
import type { Progress766 } from './score766Progress';
import type { Dossier, Figures, IndicatorResult, Period, Procedure, UnknowableCountKey } from './types';

/** At most this many dossiers (or procedures) are listed per indicator; `lostCount` has them all. */
export const LOST_BY_LIMIT = 50;

/** A dossier (or, for procedure-level indicators, a catalogue row) that cost points. */
export interface LostItem {
  sheet: string;
  /** The worksheet's own row number. */
  row: number;
  /** Mã hồ sơ, or Mã TTHC for a procedure. */
  id: string;
  /** Why it cost points, in Vietnamese. */
  reason: string;
}

export type Score766Status = 'scored' | 'nothing to rate' | 'not computable';

export interface IndicatorScore766 {
  indicator: Score766Indicator;
  /** How the rate is formed, as computed (group 3's depends on the `onlineBasis` setting). */
  formula: string;
  status: Score766Status;
  /** What the workbook would need (`not computable`): "cần …" follows. */
  needs?: string;
  numerator?: number;
  denominator?: number;
  /** The factor the ratio is multiplied by (3.3: the sync rate), when applied. */
  factor?: { numerator: number; denominator: number };
  /** The rate that is converted: numerator / denominator × factor. */
  rate?: number;
  points?: number;
  /** The rate from which the indicator gets full points, as applied (group 3's is a setting). */
  fullPointsAt: number;
  /** How it was computed where a column or a rule narrows the portal's formula. */
  notes: string[];
  /** The dossiers or procedures that cost points (at most `LOST_BY_LIMIT`), in sheet order. */
  lostBy: LostItem[];
  /** How many cost points in all. */
  lostCount: number;
}

export interface GroupScore766 {
  group: Score766Group;
  indicators: IndicatorScore766[];
  /** Points of the scored indicators (capped at the group's maximum); null when none is scored. */
  points: number | null;
  /** What `points` is out of: the scored indicators' maxima, capped at the group's maximum. */
  computableMax: number;
}

export interface Score766Result {
  /** The period scored: calendar months, as the portal scores. */
  period: Period;
  /** The period asked for (a `2026-Q3` with the 15th–14th cut-off, say). */
  requestedPeriod: Period;
  source: 'dossiers' | 'counts';
  settings: Score766Settings;
  /** What group 3's 12 points rated (`auto` resolved). */
  onlineBasis: 'fullOnline' | 'onlineShare';
  groups: GroupScore766[];
  /** Points of every scored indicator. */
  points: number;
  /** The maxima of the scored indicators: what `points` is out of. */
  computableMax: number;
  maxPoints: number;
  /** The rules applied, in Vietnamese, for the report to print. */
  rules: string[];
}

/** What the estimate reads from the workbook: `Inputs` serves, plus where the tables sit. */
export interface Score766Source {
  procedures: readonly Procedure[];
  unlistedProcedures?: readonly Procedure[];
  dossiers: readonly Dossier[];
  unknownCounts?: readonly UnknowableCountKey[];
  /** The dossier log's sheet, for `lostBy` (default `HoSo`). */
  dossierSheet?: string;
  /** The catalogue's sheet (default `TTHC`). */
  catalogueSheet?: string;
}

export interface Evaluate766Options {
  settings?: Partial<Score766Settings>;
}

/**
 * The period the portal scores for a requested one: a named period (`2026-Q3`, `2026-H1`,
 * `2026-9M`, `2026`) or the same days with the 15th–14th cut-off become the calendar months
 * (2026-Q3 → 01/07/2026–30/09/2026); any other explicit range stays as given.
 */
export function score766Period(period: Period): Period {
  const named = namedPart(period);
  if (!named) return period;
  return periodOf(named.year, named.part, { calendar: true });
}

function namedPart(period: Period): { year: number; part: (typeof PERIOD_PARTS)[number] } | null {
  const named = period.label ? labelParts(period.label) : null;
  if (named) return named;
  const year = Number(formatDay(period.to).slice(6));
  for (const part of PERIOD_PARTS) {
    for (const calendar of [false, true]) {
      const p = periodOf(year, part, { calendar });
      if (p.from === period.from && p.to === period.to) return { year, part };
    }
  }
  return null;
}

const day = (d: number) => formatDay(d);

// ---------------------------------------------------------------------------------------------
// From dossiers

interface Counted {
  numerator: number;
  denominator: number;
  lost: LostItem[];
}

/** numerator = items passing; the others cost points, each with its reason. */
function rateOver<T>(items: readonly T[], why: (item: T) => string | null, where: (item: T) => Omit<LostItem, 'reason'>): Counted {
  let numerator = 0;
  const lost: LostItem[] = [];
  for (const item of items) {
    const reason = why(item);
    if (reason === null) numerator++;
    else lost.push({ ...where(item), reason });
  }
  lost.sort((a, b) => (a.sheet === b.sheet ? a.row - b.row : a.sheet < b.sheet ? -1 : 1));
  return { numerator, denominator: items.length, lost };
}

function progressReason(d: Dossier, p: Progress766): string {
  switch (p.reason) {
    case 'multipleRequests':
      return `yêu cầu bổ sung ${p.requests} lần (tính quá hạn)`;
    case 'supplementLate':
      return `yêu cầu bổ sung ngày ${day(p.end)}, chưa bổ sung: sau hạn ${day(d.due)}`;
    case 'pendingOverdue':
      return `đang giải quyết, quá hạn ${day(d.due)}`;
    default:
      return p.supplementDays > 0
        ? `kết thúc ${day(p.end)}, trừ ${p.supplementDays} ngày bổ sung còn sau hạn ${day(d.due)}`
        : `kết thúc ${day(p.end)} sau hạn ${day(d.due)}`;
  }
}

const CHANNEL_WORDS: Record<Dossier['channel'], string> = { online: 'nộp trực tuyến', direct: 'nộp trực tiếp', postal: 'nộp qua bưu chính công ích' };

/**
 * Scores the workbook over the calendar period of `requested` (`score766Period`), dossier by
 * dossier as the portal does.
 */
/** The group 3 basis setting in words, for the sheet (never the setting's internal name). */
const BASIS_WORDS: Record<Score766Settings['onlineBasis'], string> = {
  auto: 'hồ sơ của TTHC đủ điều kiện toàn trình khi danh mục có cột đó, nếu không thì mọi hồ sơ tiếp nhận',
  fullOnline: 'hồ sơ của TTHC đủ điều kiện toàn trình',
  onlineShare: 'mọi hồ sơ tiếp nhận',
};

export function evaluate766(source: Score766Source, requested: Period, options: Evaluate766Options = {}): Score766Result {
  const period = score766Period(requested);
  const settings = score766Settings(options.settings);
  const logSheet = source.dossierSheet ?? 'HoSo';
  const catalogueSheet = source.catalogueSheet ?? 'TTHC';
  const unknown = new Set(source.unknownCounts ?? []);
  const dossiers = source.dossiers;
  const all = [...source.procedures, ...(source.unlistedProcedures ?? [])];
  const byCode = new Map<string, Procedure>();
  for (const p of all) if (!byCode.has(p.code)) byCode.set(p.code, p);
  const procedureOf = (d: Dossier) => byCode.get(d.procedureCode);
  const at = (d: Dossier) => ({ sheet: logSheet, row: d.row, id: d.id });
  const atProcedure = (p: Procedure) => ({ sheet: catalogueSheet, row: p.row, id: p.code });

  // Which columns the workbook has (an absent one is unknown, never "no").
  const has = {
    channel: !unknown.has('newOnline'),
    electronicResult: !unknown.has('electronicResults'),
    dossierDigitised: !unknown.has('dossiersDigitised'),
    reused: !unknown.has('reusedDigitisedData'),
    population: !unknown.has('usedPopulationData'),
    paidOnline: !unknown.has('paidOnline'),
    synced: dossiers.some((d) => d.syncedToNationalPortal !== null),
    dossierFee: dossiers.some((d) => d.hasFee !== null),
    supplements: dossiers.some((d) => d.supplementRequests !== null || d.supplementRequested !== null),
    serviceType: dossiers.some((d) => d.onlineServiceType !== null),
    paperResult: source.procedures.some((p) => p.paperResult !== null),
    eligible: source.procedures.some((p) => p.eligibleFullOnline !== null),
    procedureFee: source.procedures.some((p) => p.hasFee !== null),
  };

  const basis: 'fullOnline' | 'onlineShare' = settings.onlineBasis === 'auto' ? (has.eligible ? 'fullOnline' : 'onlineShare') : settings.onlineBasis;
  const progress = new Map<Dossier, Progress766>();
  for (const d of dossiers) {
    const p = progress766(d, period);
    if (p.inPeriod) progress.set(d, p);
  }
  const handled = [...progress.keys()];
  const received = dossiers.filter((d) => d.received >= period.from && d.received <= period.to);
  const resultsIssued = dossiers.filter((d) => d.completed !== null && d.completed >= period.from && d.completed <= period.to && d.endStatus === null);
  const paper = (d: Dossier) => procedureOf(d)?.paperResult === true;

  const scores = new Map<string, IndicatorScore766>();
  const blank = (id: string): IndicatorScore766 => {
    const indicator = find766Indicator(id)!;
    const formula = id === '3.3' ? onlineFormula(basis) : indicator.formula;
    return { indicator, formula, status: 'not computable', fullPointsAt: fullPointsAt766(indicator, settings), notes: [], lostBy: [], lostCount: 0 };
  };
  const notComputable = (id: string, needs: string, notes: string[] = []) => scores.set(id, { ...blank(id), needs, notes });
  const scored = (id: string, c: Counted, notes: string[] = [], factor?: { numerator: number; denominator: number }) => {
    scores.set(id, score(blank(id), c, notes, factor));
  };

  // 1.4 Đồng bộ hồ sơ.
  const syncRate = has.synced ? rateOver(received, (d) => (d.syncedToNationalPortal ? null : 'chưa đồng bộ lên Cổng DVCQG'), at) : null;
  if (syncRate) scored('1.4', syncRate);
  else notComputable('1.4', 'cột "Đã đồng bộ DVCQG" ở sổ theo dõi hồ sơ (trạng thái đồng bộ của từng hồ sơ)');

  // 2.1 Tiến độ, and 5.4's late share from the same judgement.
  const onTime = rateOver(handled, (d) => (progress.get(d)!.onTime ? null : progressReason(d, progress.get(d)!)), at);
  const progressNotes: string[] = [];
  if (!has.supplements) progressNotes.push('sổ hồ sơ không có cột yêu cầu bổ sung: chưa trừ thời gian bổ sung');
  const undated = handled.filter((d) => (d.supplementRequests ?? 0) > 0 && d.supplementRequested === null).length;
  if (undated > 0) progressNotes.push(`${undated} hồ sơ có yêu cầu bổ sung nhưng không có ngày yêu cầu: chưa trừ thời gian bổ sung`);
  scored('2.1', onTime, progressNotes);

  // 3.3 Hồ sơ trực tuyến (group 3's 12 points).
  const onlineNotes: string[] = [];
  if (settings.onlineBasis === 'auto' && basis === 'onlineShare') {
    onlineNotes.push('bảng TTHC không có cột "Đủ điều kiện toàn trình": tính theo tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận (chỉ số 3.3)');
  }
  if (!has.channel) notComputable('3.3', 'cột "Kênh tiếp nhận" ở sổ theo dõi hồ sơ');
  else if (basis === 'fullOnline' && !has.eligible) notComputable('3.3', 'cột "Đủ điều kiện toàn trình" ở bảng TTHC');
  else if (!has.electronicResult && received.some((d) => d.channel === 'online' && paper(d))) {
    notComputable('3.3', 'cột "Kết quả điện tử" ở sổ theo dõi hồ sơ (hồ sơ trực tuyến của TTHC trả kết quả bằng giấy chỉ tính khi có kết quả điện tử)');
  } else {
    if (!has.paperResult) onlineNotes.push('bảng TTHC không có cột "Trả kết quả bằng văn bản giấy": chưa xét điều kiện kết quả điện tử');
    const population = basis === 'fullOnline' ? received.filter((d) => procedureOf(d)?.eligibleFullOnline === true) : received;
    const why = (d: Dossier): string | null => {
      if (d.channel !== 'online') return CHANNEL_WORDS[d.channel];
      if (paper(d) && !d.electronicResult) return 'nộp trực tuyến nhưng chưa có kết quả điện tử (TTHC trả kết quả bằng giấy)';
      if (basis === 'fullOnline') {
        const type = d.onlineServiceType ?? procedureOf(d)?.onlineLevel ?? 'none';
        if (type !== 'full') return type === 'partial' ? 'DVCTT một phần, không phải toàn trình' : 'không phải DVCTT toàn trình';
      }
      return null;
    };
    const c = rateOver(population, why, at);
    let factor: { numerator: number; denominator: number } | undefined;
    if (syncRate) {
      factor = { numerator: syncRate.numerator, denominator: syncRate.denominator };
      const listed = new Set(c.lost.map((l) => l.row));
      for (const d of population) if (!d.syncedToNationalPortal && !listed.has(d.row)) c.lost.push({ ...at(d), reason: 'chưa đồng bộ lên Cổng DVCQG (giảm tỷ lệ đồng bộ)' });
      c.lost.sort((a, b) => a.row - b.row);
    } else onlineNotes.push('sổ hồ sơ không có cột "Đã đồng bộ DVCQG": chưa nhân tỷ lệ đồng bộ');
    if (basis === 'fullOnline' && !has.serviceType) onlineNotes.push('sổ hồ sơ không có cột "Loại DVCTT": loại lấy theo Mức DVCTT của TTHC');
    scored('3.3', c, onlineNotes, factor);
  }

  // 3′ Thanh toán trực tuyến: 6·A + min(2, 2,5·B) + 2,5·C.
  const feeFromLog = new Set<string>();
  if (has.dossierFee) for (const d of dossiers) if (d.hasFee) feeFromLog.add(d.procedureCode);
  const procedureFee = (p: Procedure | undefined): boolean | null => {
    if (!p) return null;
    if (has.procedureFee) return p.hasFee === true;
    return has.dossierFee ? feeFromLog.has(p.code) : null;
  };
  const dossierFee = (d: Dossier): boolean | null => (has.dossierFee ? d.hasFee === true : procedureFee(procedureOf(d)));
  const feeKnown = has.dossierFee || has.procedureFee;
  const needsFee = 'cột "Có phí" ở sổ theo dõi hồ sơ hoặc cột "Có phí, lệ phí" ở bảng TTHC';
  const feeDossiers = received.filter((d) => dossierFee(d) === true);
  if (!feeKnown) notComputable('3′A', needsFee);
  else if (!has.paidOnline) notComputable('3′A', 'cột "Thanh toán trực tuyến" ở sổ theo dõi hồ sơ');
  else scored('3′A', rateOver(feeDossiers, (d) => (d.paidOnline ? null : 'có phí, chưa thanh toán trực tuyến'), at), has.dossierFee ? [] : ['hồ sơ có phí: theo cột "Có phí, lệ phí" của TTHC']);
  const feeProcedures = proceduresInForce([...source.procedures], period).filter((p) => procedureFee(p) === true);
  const procedureNotes = has.procedureFee ? [] : ['TTHC có phí: TTHC có hồ sơ có phí trong sổ (bảng TTHC không có cột "Có phí, lệ phí")'];
  const withDossier = (test: (d: Dossier) => boolean) => new Set(feeDossiers.filter(test).map((d) => d.procedureCode));
  if (!feeKnown) notComputable('3′B', needsFee);
  else if (!has.paidOnline) notComputable('3′B', 'cột "Thanh toán trực tuyến" ở sổ theo dõi hồ sơ');
  else {
    const paid = withDossier((d) => d.paidOnline);
    scored('3′B', rateOver(feeProcedures, (p) => (paid.has(p.code) ? null : 'TTHC có phí chưa có hồ sơ thanh toán trực tuyến trong kỳ'), atProcedure), procedureNotes);
  }
  if (!feeKnown) notComputable('3′C', needsFee);
  else if (!has.synced) notComputable('3′C', 'cột "Đã đồng bộ DVCQG" ở sổ theo dõi hồ sơ');
  else {
    const synced = withDossier((d) => d.syncedToNationalPortal === true);
    scored('3′C', rateOver(feeProcedures, (p) => (synced.has(p.code) ? null : 'TTHC có phí chưa có hồ sơ đồng bộ dữ liệu phí trong kỳ'), atProcedure), procedureNotes);
  }

  // 4 Số hóa.
  const paperNote = 'bảng TTHC không có cột "Trả kết quả bằng văn bản giấy"';
  if (!has.electronicResult) notComputable('4.1', 'cột "Kết quả điện tử" ở sổ theo dõi hồ sơ');
  else {
    const population = has.paperResult ? resultsIssued.filter(paper) : resultsIssued;
    scored('4.1', rateOver(population, (d) => (d.electronicResult ? null : 'đã có kết quả, chưa có kết quả điện tử'), at), has.paperResult ? [] : [`${paperNote}: mẫu số là mọi hồ sơ đã trả kết quả`]);
  }
  if (!has.dossierDigitised) notComputable('4.2', 'cột "Hồ sơ số hóa" ở sổ theo dõi hồ sơ');
  else if (has.paperResult && !has.electronicResult) notComputable('4.2', 'cột "Kết quả điện tử" ở sổ theo dõi hồ sơ');
  else {
    const why = (d: Dossier) => (!d.dossierDigitised ? 'chưa số hóa thành phần hồ sơ' : paper(d) && !d.electronicResult ? 'TTHC trả kết quả bằng giấy, chưa có kết quả điện tử' : null);
    scored('4.2', rateOver(received, why, at), has.paperResult ? [] : [`${paperNote}: chỉ xét số hóa thành phần hồ sơ`]);
  }
  if (!has.reused) notComputable('4.3', 'cột "Tái sử dụng dữ liệu số hóa" ở sổ theo dõi hồ sơ');
  else scored('4.3', rateOver(received, (d) => (d.reusedDigitisedData ? null : 'chưa sử dụng lại dữ liệu số hóa'), at));
  if (!has.population) notComputable('4.5b', 'cột "Khai thác CSDL dân cư" ở sổ theo dõi hồ sơ');
  else scored('4.5b', rateOver(received, (d) => (d.usedPopulationData ? null : 'chưa sử dụng dữ liệu dân cư'), at));

  // 5.4 = 100% − late share (the complaint share needs a column no log has).
  scored('5.4', onTime, ['chưa trừ tỷ lệ hồ sơ có phản ánh, kiến nghị hoặc đánh giá không hài lòng: sổ hồ sơ không có cột này']);

  const rules = [
    `Kỳ tính điểm: từ ngày ${day(period.from)} đến ngày ${day(period.to)} (tháng, quý, năm dương lịch như Cổng Dịch vụ công quốc gia)` +
      (period.from !== requested.from || period.to !== requested.to ? `; kỳ báo cáo ${day(requested.from)}–${day(requested.to)} được quy về kỳ dương lịch.` : '.'),
    'Chỉ số 2.1, 5.4: hồ sơ kết thúc ở ngày đầu tiên đã xử lý xong, trả kết quả, dừng xử lý, từ chối hoặc rút, và đúng hạn khi không sau hạn trả; đang chờ bổ sung (một lần) thì kết thúc ở ngày yêu cầu bổ sung; yêu cầu bổ sung từ hai lần tính quá hạn; hồ sơ đã kết thúc được trừ thời gian bổ sung; hồ sơ chưa kết thúc tính đến ngày cuối kỳ; không có ngày hẹn trả thì hạn theo thời hạn giải quyết của TTHC.',
    onlineRule(basis, settings),
  ];
  return assemble(period, requested, 'dossiers', settings, basis, scores, rules);
}

function onlineFormula(basis: 'fullOnline' | 'onlineShare'): string {
  return basis === 'fullOnline'
    ? find766Indicator('3.3')!.formula
    : 'Số hồ sơ trực tuyến tiếp nhận trong kỳ / Tổng số hồ sơ tiếp nhận trong kỳ × tỷ lệ đồng bộ (chỉ số 3.3)';
}

function onlineRule(basis: 'fullOnline' | 'onlineShare', settings: Score766Settings): string {
  const what = basis === 'fullOnline' ? 'hồ sơ trực tuyến toàn trình trên hồ sơ của các TTHC đủ điều kiện toàn trình' : 'hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận (chỉ số 3.3)';
  const at = `${Math.round(settings.onlineFullPointsAt * 1000) / 10}`.replace('.', ',');
  return `Nhóm 3 (12 điểm): tỷ lệ ${what}, nhân tỷ lệ đồng bộ; hồ sơ trực tuyến của TTHC trả kết quả bằng giấy chỉ tính khi có kết quả điện tử. Cách quy đổi điểm của Cổng chưa được xác nhận: theo thiết lập (có thể đổi), đạt 12 điểm từ ${at}%, mẫu số là ${BASIS_WORDS[settings.onlineBasis]}.`;
}

/** Converts one indicator's counts into points; lists what cost points when points were lost. */
function score(base: IndicatorScore766, c: Counted, notes: string[], factor?: { numerator: number; denominator: number }): IndicatorScore766 {
  const { indicator } = base;
  const out: IndicatorScore766 = { ...base, numerator: c.numerator, denominator: c.denominator, notes };
  if (factor) out.factor = factor;
  if (!(c.denominator > 0)) {
    if (indicator.pointsWhenEmpty === undefined) return { ...out, status: 'nothing to rate' };
    const empty = indicator.pointsWhenEmpty;
    return { ...out, status: 'scored', rate: 0, points: empty, notes: [...notes, `mẫu số bằng 0: Cổng tính ${empty} điểm`] };
  }
  const factorRate = factor ? (factor.denominator > 0 ? factor.numerator / factor.denominator : 0) : 1;
  const rate = (c.numerator / c.denominator) * factorRate;
  const points = pointsForRate(rate, indicator.maxPoints, base.fullPointsAt);
  const lost = points < indicator.maxPoints ? c.lost : [];
  return { ...out, status: 'scored', rate, points, lostBy: lost.slice(0, LOST_BY_LIMIT), lostCount: lost.length };
}

function assemble(
  period: Period,
  requestedPeriod: Period,
  source: Score766Result['source'],
  settings: Score766Settings,
  onlineBasis: Score766Result['onlineBasis'],
  scores: Map<string, IndicatorScore766>,
  rules: string[],
): Score766Result {
  const groups = SCORE766_GROUPS.map((group): GroupScore766 => {
    const indicators = group.indicators.map((indicator) => {
      const s = scores.get(indicator.id);
      if (s) return s;
      return {
        indicator, formula: indicator.formula, status: 'not computable' as const, needs: indicator.needs ?? 'dữ liệu ngoài sổ theo dõi hồ sơ',
        fullPointsAt: fullPointsAt766(indicator, settings), notes: [], lostBy: [], lostCount: 0,
      };
    });
    const done = indicators.filter((s) => s.status === 'scored');
    return {
      group,
      indicators,
      points: done.length === 0 ? null : groupPoints766(group, done.map((s) => s.points!)),
      computableMax: Math.min(group.maxPoints, done.reduce((sum, s) => sum + s.indicator.maxPoints, 0)),
    };
  });
  return {
    period,
    requestedPeriod,
    source,
    settings,
    onlineBasis,
    groups,
    points: round2(groups.reduce((sum, g) => sum + (g.points ?? 0), 0)),
    computableMax: round2(groups.reduce((sum, g) => sum + g.computableMax, 0)),
    maxPoints: SCORE766_MAX_POINTS,
    rules,
  };
}

// ---------------------------------------------------------------------------------------------
// From a period's counts

/**
 * The estimate from a period's counts alone (no dossier list at hand): the period as given, the
 * counting rules of DESIGN §5 (stopped or withdrawn dossiers on time, no supplement time), no
 * e-result condition or sync factor, no list of dossiers that cost points. Says so in its rules.
 */
export function evaluate766FromCounts(result: IndicatorResult, figures: Figures, options: Evaluate766Options = {}): Score766Result {
  const settings = score766Settings(options.settings);
  const i = result.indicators;
  const scores = new Map<string, IndicatorScore766>();
  const put = (id: string, numerator: number | null, denominator: number | null, notes: string[], needs: string) => {
    const indicator = find766Indicator(id)!;
    const formula = id === '3.3' ? onlineFormula('onlineShare') : indicator.formula;
    const base: IndicatorScore766 = { indicator, formula, status: 'not computable', fullPointsAt: fullPointsAt766(indicator, settings), notes: [], lostBy: [], lostCount: 0 };
    if (numerator === null || denominator === null) scores.set(id, { ...base, needs });
    else scores.set(id, score(base, { numerator, denominator, lost: [] }, notes));
  };
  const progressNote = 'theo số liệu tổng hợp: hồ sơ rút, từ chối, dừng xử lý tính đúng hạn; chưa trừ thời gian bổ sung';
  const onTime = i.resolvedEarly + i.resolvedOnTime + i.pendingInTime;
  put('2.1', onTime, i.received, [progressNote], '');
  put('3.3', i.newOnline, i.newReceived, ['theo số liệu tổng hợp: hồ sơ trực tuyến trên tổng số hồ sơ mới tiếp nhận (chỉ số 3.3), chưa xét kết quả điện tử và tỷ lệ đồng bộ'], 'cột "Kênh tiếp nhận" ở sổ theo dõi hồ sơ');
  const feeDossiers = figures.dossiersRequiringFee;
  const feeLabel = figureLabel('dossiersRequiringFee') ?? 'dossiersRequiringFee';
  put('3′A', i.paidOnline, feeDossiers ?? null, [], i.paidOnline === null ? 'cột "Thanh toán trực tuyến" ở sổ theo dõi hồ sơ' : `cột "Có phí" ở sổ theo dõi hồ sơ, hoặc chỉ tiêu "${feeLabel}" ở trang SoLieu`);
  put('4.1', i.electronicResults, i.resultsIssued, ['mẫu số là mọi hồ sơ đã trả kết quả trong kỳ'], 'cột "Kết quả điện tử" ở sổ theo dõi hồ sơ');
  put('4.2', i.dossiersDigitised, i.resolved, ['theo số liệu tổng hợp: hồ sơ số hóa trên hồ sơ đã giải quyết, chưa xét kết quả điện tử'], 'cột "Hồ sơ số hóa" ở sổ theo dõi hồ sơ');
  put('4.3', i.reusedDigitisedData, i.newReceived, [], 'cột "Tái sử dụng dữ liệu số hóa" ở sổ theo dõi hồ sơ');
  put('4.5b', i.usedPopulationData, i.newReceived, [], 'cột "Khai thác CSDL dân cư" ở sổ theo dõi hồ sơ');
  put('5.4', onTime, i.received, [progressNote, 'chưa trừ tỷ lệ hồ sơ có phản ánh, kiến nghị hoặc đánh giá không hài lòng'], '');
  for (const id of ['1.4', '3′B', '3′C']) {
    const needs = id === '1.4' ? 'cột "Đã đồng bộ DVCQG" ở sổ theo dõi hồ sơ' : 'danh sách hồ sơ với cột "Có phí" (và "Đã đồng bộ DVCQG")';
    put(id, null, null, [], needs);
  }
  const rules = [
    `Kỳ tính điểm: từ ngày ${day(result.period.from)} đến ngày ${day(result.period.to)}, tính từ số liệu tổng hợp của kỳ: không có danh sách hồ sơ nên chưa quy về kỳ dương lịch, chưa áp dụng quy tắc bổ sung hồ sơ của Cổng, chưa liệt kê hồ sơ làm giảm điểm.`,
    onlineRule('onlineShare', settings),
  ];
  return assemble(result.period, result.period, 'counts', settings, 'onlineShare', scores, rules);
}
