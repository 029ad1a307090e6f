/**
 * Scoring of Quyết định 766/QĐ-TTg (23/6/2022), "Bộ chỉ số chỉ đạo, điều hành và đánh giá chất
 * lượng phục vụ người dân, doanh nghiệp trong thực hiện TTHC, dịch vụ công theo thời gian thực
 * trên môi trường điện tử": five groups, 100 points. Pure functions, for the report sheet and
 * for custom functions alike.
 *
 * Sources of the point scale:
 * - group maxima (Công khai, minh bạch 18; Tiến độ, kết quả giải quyết 20; Số hóa hồ sơ 22;
 *   Cung cấp dịch vụ trực tuyến 22; Mức độ hài lòng 18): the decision's appendix;
 * - indicators, formulas and the rates from which full points are given (TTHC có DVCTT 80%,
 *   hồ sơ trực tuyến 50%, TTHC tích hợp thanh toán 80%, số hóa hồ sơ 80%, tái sử dụng dữ liệu
 *   80%, hài lòng trong giải quyết TTHC 90%; below that, rate × maximum / threshold; without a
 *   threshold, rate × maximum): Văn phòng Chính phủ's "Mô tả công thức tính chỉ số 766" used
 *   by the evaluation system on Cổng Dịch vụ công quốc gia;
 * - points of each indicator within its group, as the evaluation system allots them:
 *   công khai 6/4/2/6 (the 4 for "cập nhật, công khai đúng hạn" is also in published summaries
 *   of the decision), tiến độ 20 for the single on-time indicator, hài lòng 6/6/6 (idem),
 *   số hóa 6/4/2/2 plus 8 for population data. The online group's split (2/4/6 for the
 *   online-service indicators, 4/6 for payment; 12 + 10 in the live system) is the least
 *   certain: check it, and the others, against the appendix in force when Văn phòng Chính
 *   phủ revises the index. The report says the official score is the system's.
 */

import type { Figures, IndicatorResult } from '../core/types';

export type Score766GroupId = 'publicity' | 'progress' | 'online' | 'digitisation' | 'satisfaction';

export interface Score766Indicator {
  /** `2.1`: group number and position, as printed. */
  id: string;
  name: string;
  /** How the rate is formed, in the decision's words. */
  formula: string;
  maxPoints: number;
  /** Rate (0–1) from which the indicator gets its full points; 1 = points in proportion. */
  fullPointsAt: number;
  /** Set when the workbook cannot give the inputs: what is missing. */
  missingData?: string;
}

export interface Score766Group {
  id: Score766GroupId;
  /** `I` … `V`. */
  number: string;
  name: string;
  maxPoints: number;
  indicators: readonly Score766Indicator[];
}

export const SCORE766_GROUPS: readonly Score766Group[] = [
  {
    id: 'publicity', number: 'I', name: 'Công khai, minh bạch', maxPoints: 18,
    indicators: [
      { id: '1.1', name: 'Tỷ lệ TTHC được công bố đúng hạn', maxPoints: 6, fullPointsAt: 1,
        formula: 'Số TTHC công bố đúng hạn / Tổng số TTHC đã công bố trong kỳ',
        missingData: 'ngày quyết định công bố và ngày có hiệu lực của văn bản quy định TTHC' },
      { id: '1.2', name: 'Tỷ lệ TTHC được cập nhật, công khai đúng hạn trên CSDL quốc gia về TTHC', maxPoints: 4, fullPointsAt: 1,
        formula: 'Số TTHC công khai đúng hạn / Tổng số TTHC phải cập nhật, công khai trong kỳ',
        missingData: 'ngày công khai TTHC trên CSDL quốc gia về TTHC' },
      { id: '1.3', name: 'Tỷ lệ TTHC công khai đầy đủ các bộ phận tạo thành', maxPoints: 2, fullPointsAt: 1,
        formula: 'Số TTHC công khai đầy đủ nội dung / Tổng số TTHC đã công khai trên CSDL quốc gia về TTHC',
        missingData: 'nội dung công khai của từng TTHC trên CSDL quốc gia về TTHC' },
      { id: '1.4', name: 'Tỷ lệ hồ sơ đồng bộ lên Cổng Dịch vụ công quốc gia', maxPoints: 6, fullPointsAt: 1,
        formula: 'Số hồ sơ đã đồng bộ / Tổng số hồ sơ tiếp nhận trong kỳ',
        missingData: 'trạng thái đồng bộ của từng hồ sơ lên Cổng Dịch vụ công quốc gia' },
    ],
  },
  {
    id: 'progress', number: 'II', name: 'Tiến độ, kết quả giải quyết', maxPoints: 20,
    indicators: [
      { id: '2.1', name: 'Tỷ lệ hồ sơ xử lý trước hạn, đúng hạn', maxPoints: 20, fullPointsAt: 1,
        formula: '(Số hồ sơ giải quyết trước hạn, đúng hạn + số hồ sơ đang giải quyết trong hạn) / Tổng số hồ sơ tiếp nhận' },
    ],
  },
  {
    id: 'online', number: 'III', name: 'Cung cấp dịch vụ trực tuyến', maxPoints: 22,
    indicators: [
      { id: '3.1', name: 'Tỷ lệ TTHC cung cấp dịch vụ công trực tuyến', maxPoints: 2, fullPointsAt: 0.8,
        formula: 'Số TTHC có DVCTT toàn trình, một phần / Tổng số TTHC thuộc thẩm quyền' },
      { id: '3.2', name: 'Tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ', maxPoints: 4, fullPointsAt: 1,
        formula: 'Số TTHC có DVCTT phát sinh hồ sơ trực tuyến / Số TTHC có DVCTT' },
      { id: '3.3', name: 'Tỷ lệ hồ sơ trực tuyến', maxPoints: 6, fullPointsAt: 0.5,
        formula: 'Số hồ sơ mới tiếp nhận trực tuyến / Tổng số hồ sơ mới tiếp nhận' },
      { id: '3.4', name: 'Tỷ lệ TTHC có yêu cầu nghĩa vụ tài chính được tích hợp thanh toán trực tuyến', maxPoints: 4, fullPointsAt: 0.8,
        formula: 'Số TTHC tích hợp thanh toán trực tuyến / Số TTHC có phí, lệ phí',
        missingData: 'phí, lệ phí và việc tích hợp thanh toán trực tuyến của từng TTHC' },
      { id: '3.5', name: 'Tỷ lệ hồ sơ thanh toán trực tuyến', maxPoints: 6, fullPointsAt: 1,
        formula: 'Số hồ sơ thanh toán trực tuyến / Số hồ sơ mới tiếp nhận phải nộp phí, lệ phí' },
    ],
  },
  {
    id: 'digitisation', number: 'IV', name: 'Số hóa hồ sơ', maxPoints: 22,
    indicators: [
      { id: '4.1', name: 'Tỷ lệ hồ sơ có cấp kết quả giải quyết TTHC điện tử', maxPoints: 6, fullPointsAt: 1,
        formula: 'Số hồ sơ có kết quả điện tử / Số kết quả giải quyết TTHC đã cấp' },
      { id: '4.2', name: 'Tỷ lệ hồ sơ TTHC thực hiện số hóa hồ sơ', maxPoints: 4, fullPointsAt: 0.8,
        formula: 'Số hồ sơ đã số hóa / Số hồ sơ đã giải quyết' },
      { id: '4.3', name: 'Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa', maxPoints: 2, fullPointsAt: 0.8,
        formula: 'Số hồ sơ sử dụng lại dữ liệu đã số hóa / Tổng số hồ sơ mới tiếp nhận' },
      { id: '4.4', name: 'Tỷ lệ hồ sơ số hóa có kết nối, chia sẻ dữ liệu phục vụ tái sử dụng', maxPoints: 2, fullPointsAt: 1,
        formula: 'Số hồ sơ có thành phần lấy từ kho dữ liệu của Cổng DVC quốc gia / Tổng số hồ sơ mới tiếp nhận',
        missingData: 'thành phần hồ sơ lấy từ kho dữ liệu cá nhân, tổ chức trên Cổng Dịch vụ công quốc gia' },
      { id: '4.5', name: 'Ứng dụng dữ liệu dân cư trong giải quyết TTHC, cung cấp dịch vụ công', maxPoints: 8, fullPointsAt: 1,
        formula: 'Số TTHC kết nối, chia sẻ dữ liệu dân cư / Số TTHC có đối tượng là người dân; số hồ sơ sử dụng dữ liệu dân cư / Tổng số hồ sơ',
        missingData: 'đối tượng thực hiện của từng TTHC và cách chia điểm giữa hai tỷ lệ' },
    ],
  },
  {
    id: 'satisfaction', number: 'V', name: 'Mức độ hài lòng', maxPoints: 18,
    indicators: [
      { id: '5.1', name: 'Tỷ lệ phản ánh, kiến nghị xử lý đúng hạn', maxPoints: 6, fullPointsAt: 1,
        formula: 'Số phản ánh, kiến nghị xử lý đúng hoặc trước hạn / Tổng số phản ánh, kiến nghị thuộc thẩm quyền',
        missingData: 'phản ánh, kiến nghị và thời hạn xử lý từng phản ánh, kiến nghị' },
      { id: '5.2', name: 'Tỷ lệ hài lòng trong xử lý phản ánh, kiến nghị', maxPoints: 6, fullPointsAt: 1,
        formula: '(Tổng số phản ánh, kiến nghị − số bị phản hồi không hài lòng hoặc xử lý quá hạn) / Tổng số phản ánh, kiến nghị',
        missingData: 'đánh giá của người dân về kết quả xử lý phản ánh, kiến nghị' },
      { id: '5.3', name: 'Tỷ lệ hài lòng trong tiếp nhận, giải quyết TTHC', maxPoints: 6, fullPointsAt: 0.9,
        formula: '100% − (tỷ lệ hồ sơ giải quyết quá hạn + tỷ lệ hồ sơ có phản ánh, kiến nghị hoặc đánh giá không hài lòng)',
        missingData: 'đánh giá không hài lòng, phản ánh, kiến nghị gắn với từng hồ sơ' },
    ],
  },
];

/** Maximum total of the index. */
export const SCORE766_MAX_POINTS = 100;

/** Every indicator, in order. */
export const SCORE766_INDICATORS: readonly Score766Indicator[] = SCORE766_GROUPS.flatMap((g) => g.indicators);

/**
 * Points for a rate: the full `maxPoints` from `fullPointsAt` up, in proportion below it
 * (rate × maxPoints / fullPointsAt). Rounded to two decimals.
 */
export function pointsForRate(rate: number, maxPoints: number, fullPointsAt = 1): number {
  const points = rate >= fullPointsAt ? maxPoints : (Math.max(0, rate) * maxPoints) / fullPointsAt;
  return Math.round(points * 100) / 100;
}

/**
 * Points of one indicator (`2.1`, `3.3`…) from its numerator and denominator; null when the
 * denominator is 0 (nothing to rate) or the id is not an indicator.
 */
export function score766Indicator(id: string, numerator: number, denominator: number): number | null {
  const indicator = SCORE766_INDICATORS.find((i) => i.id === id);
  if (!indicator || !(denominator > 0)) return null;
  return pointsForRate(numerator / denominator, indicator.maxPoints, indicator.fullPointsAt);
}

/** Inputs of an indicator the workbook supports. */
export interface Score766Input {
  numerator: number;
  denominator: number;
  /** Why the denominator is not the decision's own, when it is a stand-in. */
  note?: string;
}

/**
 * The numerators and denominators the workbook gives, by indicator id. Indicators that need
 * data the workbook does not hold (`missingData`) are absent.
 */
export function score766Inputs(result: IndicatorResult, figures: Figures): Record<string, Score766Input> {
  const i = result.indicators;
  const online = result.procedures.filter((p) => p.onlineLevel !== 'none');
  const onlineUsed = online.filter((p) => (result.byProcedure[p.code]?.newOnline ?? 0) > 0).length;
  const feeDossiers = figures.dossiersRequiringFee;
  const all: Record<string, { numerator: number | null; denominator: number; note?: string }> = {
    '2.1': { numerator: i.resolvedEarly + i.resolvedOnTime + i.pendingInTime, denominator: i.received },
    '3.1': { numerator: i.proceduresOnlineFull + i.proceduresOnlinePartial, denominator: i.procedures },
    '3.2': { numerator: onlineUsed, denominator: online.length },
    '3.3': { numerator: i.newOnline, denominator: i.newReceived },
    '3.5':
      feeDossiers === undefined
        ? { numerator: i.paidOnline, denominator: i.newReceived, note: 'mẫu số là tổng số hồ sơ mới tiếp nhận (bảng SoLieu chưa có dossiersRequiringFee)' }
        : { numerator: i.paidOnline, denominator: feeDossiers },
    '4.1': { numerator: i.electronicResults, denominator: i.resultsIssued },
    '4.2': { numerator: i.dossiersDigitised, denominator: i.resolved },
    '4.3': { numerator: i.reusedDigitisedData, denominator: i.newReceived },
  };
  // A numerator whose column the log lacks is unknown: the indicator is not computable, never 0 points.
  const known: Record<string, Score766Input> = {};
  for (const [id, input] of Object.entries(all)) if (input.numerator !== null) known[id] = { ...input, numerator: input.numerator };
  return known;
}

export type IndicatorStatus = 'scored' | 'nothing to rate' | 'missing data';

export interface IndicatorScore {
  indicator: Score766Indicator;
  status: IndicatorStatus;
  input?: Score766Input;
  rate?: number;
  points?: number;
}

export interface GroupScore {
  group: Score766Group;
  indicators: IndicatorScore[];
  /** Sum of the scored indicators; null when none could be scored. */
  points: number | null;
  /** Maximum of the scored indicators, i.e. what `points` is out of. */
  scoredMaxPoints: number;
}

/** Scores every indicator the workbook supports; the others say why they are not scored. */
export function evaluate766(result: IndicatorResult, figures: Figures): GroupScore[] {
  const inputs = score766Inputs(result, figures);
  return SCORE766_GROUPS.map((group) => {
    const indicators = group.indicators.map((indicator): IndicatorScore => {
      const input = inputs[indicator.id];
      if (!input) return { indicator, status: 'missing data' };
      if (!(input.denominator > 0)) return { indicator, status: 'nothing to rate', input };
      const rate = input.numerator / input.denominator;
      return { indicator, status: 'scored', input, rate, points: pointsForRate(rate, indicator.maxPoints, indicator.fullPointsAt) };
    });
    const scored = indicators.filter((s) => s.status === 'scored');
    return {
      group,
      indicators,
      points: scored.length === 0 ? null : Math.round(scored.reduce((sum, s) => sum + (s.points ?? 0), 0) * 100) / 100,
      scoredMaxPoints: scored.reduce((sum, s) => sum + s.indicator.maxPoints, 0),
    };
  });
}
