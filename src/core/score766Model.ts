/**
 * Quyết định 766/QĐ-TTg (23/6/2022) as the Cổng Dịch vụ công quốc gia scores it in 2026
 * (DOMAIN-2026 §4, source S8): six groups, 100 points, their indicators, maxima and the
 * conversion of a rate into points. Data and pure functions only; the evaluation of a
 * workbook is `score766.ts`, the per-dossier progress rules `score766Progress.ts`.
 *
 * Conversions (S8 "Phân tích ngược điểm số", matched to the portal's published scores):
 * most indicators min(max, max × rate); 4.3 min(2, 2 × rate / 0.8); 5.4 min(6, 6 × rate / 0.9)
 * and 0 when nothing is rated; 5.2 and 5.3 full points when there is no feedback; payment
 * 6·A + min(2, 2,5·B) + 2,5·C. Not confirmed (DOMAIN-2026 §6): how the 12 points of the online
 * group are converted; that is a setting (`Score766Settings`) with a default, and the report
 * names it.
 */

export type Score766GroupId = 'publicity' | 'progress' | 'online' | 'payment' | 'digitisation' | 'satisfaction';

export interface Score766Indicator {
  /** As printed and as `TTHC.SCORE766` takes it: `2.1`, `3′A`, `4.5b`. */
  id: string;
  name: string;
  /** How the rate is formed, in the portal's words. */
  formula: string;
  maxPoints: number;
  /** Rate (0–1) from which the indicator gets its full points; 1 = points in proportion. */
  fullPointsAt: number;
  /** Points when the denominator is 0 (5.2, 5.3: full; 5.4 and payment: 0); absent = not rated. */
  pointsWhenEmpty?: number;
  /** The conversion is not confirmed: the report names the setting it used. */
  unconfirmed?: boolean;
  /** What the indicator needs that a workbook never holds; absent when a workbook can feed it. */
  needs?: string;
}

export interface Score766Group {
  id: Score766GroupId;
  /** `1` … `5`, `3′` (payment), as DOMAIN-2026 §4 numbers them. */
  number: string;
  name: string;
  maxPoints: number;
  indicators: readonly Score766Indicator[];
}

/** Settings for facts not confirmed (DOMAIN-2026 §6), each with its default. */
export interface Score766Settings {
  /**
   * What the 12 points of group 3 rate. `fullOnline`: online toàn trình dossiers ÷ dossiers of
   * the procedures eligible for toàn trình (the portal's 2026 indicator); `onlineShare`: online
   * dossiers ÷ all dossiers received (indicator 3.3 of the formula document); `auto` (default):
   * `fullOnline` when the catalogue says which procedures are eligible, else `onlineShare`.
   */
  onlineBasis: 'auto' | 'fullOnline' | 'onlineShare';
  /**
   * The rate from which group 3 gets its 12 points. Default 0,5: the threshold the formula
   * document gives for the online dossier share (3.3); the portal's own is not published.
   */
  onlineFullPointsAt: number;
}

export const DEFAULT_SCORE766_SETTINGS: Readonly<Score766Settings> = { onlineBasis: 'auto', onlineFullPointsAt: 0.5 };

/** The settings with defaults for what is not given; an out-of-range threshold keeps the default. */
export function score766Settings(given: Partial<Score766Settings> = {}): Score766Settings {
  const at = given.onlineFullPointsAt;
  return {
    onlineBasis: given.onlineBasis ?? DEFAULT_SCORE766_SETTINGS.onlineBasis,
    onlineFullPointsAt: typeof at === 'number' && at > 0 && at <= 1 ? at : DEFAULT_SCORE766_SETTINGS.onlineFullPointsAt,
  };
}

const NATIONAL_DB = 'CSDL quốc gia về TTHC';

export const SCORE766_GROUPS: readonly Score766Group[] = [
  {
    id: 'publicity', number: '1', name: 'Công khai, minh bạch', maxPoints: 18,
    indicators: [
      { id: '1.1', name: 'Tỷ lệ TTHC công bố đúng hạn', maxPoints: 6, fullPointsAt: 1,
        formula: 'Số TTHC công bố đúng hạn / Tổng số TTHC đã công bố trong kỳ',
        needs: `ngày công bố, ngày hiệu lực văn bản của từng TTHC (${NATIONAL_DB})` },
      { id: '1.2', name: 'Tỷ lệ TTHC được cập nhật, công khai đúng hạn', maxPoints: 4, fullPointsAt: 1,
        formula: `Số TTHC công khai đúng hạn / Tổng số TTHC phải cập nhật, công khai trên ${NATIONAL_DB} trong kỳ`,
        needs: `ngày công khai từng TTHC (${NATIONAL_DB})` },
      { id: '1.3', name: 'Tỷ lệ TTHC công khai đầy đủ các bộ phận tạo thành', maxPoints: 2, fullPointsAt: 1,
        formula: `Số TTHC công khai đầy đủ nội dung / Tổng số TTHC đã công khai trên ${NATIONAL_DB}`,
        needs: `nội dung công khai từng TTHC (${NATIONAL_DB})` },
      { id: '1.4', name: 'Tỷ lệ hồ sơ đồng bộ lên Cổng Dịch vụ công quốc gia', maxPoints: 6, fullPointsAt: 1,
        formula: 'Số hồ sơ đã đồng bộ có ngày tiếp nhận trong kỳ / Tổng số hồ sơ tiếp nhận trong kỳ' },
    ],
  },
  {
    // The decision's and the formula document's name; the portal's API shortens it to "Tiến độ giải quyết".
    id: 'progress', number: '2', name: 'Tiến độ, kết quả giải quyết', maxPoints: 20,
    indicators: [
      { id: '2.1', name: 'Tỷ lệ hồ sơ xử lý trước hạn, đúng hạn', maxPoints: 20, fullPointsAt: 1,
        formula: '(Số hồ sơ kết thúc xử lý trước hoặc đúng hạn + số hồ sơ đang xử lý trong hạn) / Tổng số hồ sơ tiếp nhận, xử lý trong kỳ (kỳ trước chuyển qua và mới tiếp nhận)' },
    ],
  },
  {
    id: 'online', number: '3', name: 'Dịch vụ công trực tuyến', maxPoints: 12,
    indicators: [
      { id: '3.3', name: 'Tỷ lệ hồ sơ trực tuyến', maxPoints: 12, fullPointsAt: DEFAULT_SCORE766_SETTINGS.onlineFullPointsAt, unconfirmed: true,
        formula: 'Số hồ sơ trực tuyến toàn trình / Số hồ sơ tiếp nhận của các TTHC đủ điều kiện toàn trình × tỷ lệ đồng bộ' },
    ],
  },
  {
    id: 'payment', number: '3′', name: 'Thanh toán trực tuyến', maxPoints: 10,
    indicators: [
      { id: '3′A', name: 'Tỷ lệ hồ sơ thanh toán trực tuyến (A)', maxPoints: 6, fullPointsAt: 1, pointsWhenEmpty: 0,
        formula: 'A = Số hồ sơ thanh toán trực tuyến / Số hồ sơ tiếp nhận trong kỳ có phí, lệ phí; điểm 6 × A' },
      { id: '3′B', name: 'Tỷ lệ TTHC có phí có hồ sơ thanh toán trực tuyến (B)', maxPoints: 2, fullPointsAt: 0.8, pointsWhenEmpty: 0,
        formula: 'B = Số TTHC có hồ sơ thanh toán trực tuyến trong kỳ / Số TTHC có phí, lệ phí; điểm min(2; 2,5 × B)' },
      { id: '3′C', name: 'Tỷ lệ TTHC có phí có dữ liệu phí đồng bộ lên Cổng (C)', maxPoints: 2.5, fullPointsAt: 1, pointsWhenEmpty: 0,
        formula: 'C = Số TTHC có hồ sơ đồng bộ dữ liệu phí, lệ phí trong kỳ / Số TTHC có phí, lệ phí; điểm 2,5 × C' },
    ],
  },
  {
    id: 'digitisation', number: '4', name: 'Số hóa hồ sơ', maxPoints: 22,
    indicators: [
      { id: '4.1', name: 'Tỷ lệ hồ sơ có cấp kết quả giải quyết TTHC điện tử', maxPoints: 6, fullPointsAt: 1,
        formula: 'Số hồ sơ có kết quả điện tử / Số hồ sơ đã giải quyết, trả kết quả của các TTHC trả kết quả bằng văn bản giấy' },
      { id: '4.2', name: 'Tỷ lệ hồ sơ thực hiện số hóa hồ sơ', maxPoints: 4, fullPointsAt: 1,
        formula: 'Số hồ sơ số hóa thành phần hồ sơ (và có kết quả điện tử nếu TTHC trả kết quả bằng văn bản giấy) / Tổng số hồ sơ tiếp nhận trong kỳ' },
      { id: '4.6', name: 'Tỷ lệ cung cấp dịch vụ chứng thực bản sao điện tử từ bản chính (cấp xã)', maxPoints: 2, fullPointsAt: 1,
        formula: 'Số xã cung cấp dịch vụ chứng thực bản sao điện tử / Tổng số xã thuộc phạm vi quản lý',
        needs: 'số xã có dịch vụ chứng thực bản sao điện tử (chỉ số cấp xã)' },
      { id: '4.3', name: 'Tỷ lệ hồ sơ khai thác, sử dụng lại thông tin, dữ liệu số hóa', maxPoints: 2, fullPointsAt: 0.8,
        formula: 'Số hồ sơ sử dụng lại dữ liệu đã số hóa / Tổng số hồ sơ tiếp nhận trong kỳ' },
      { id: '4.4', name: 'Tỷ lệ hồ sơ số hóa có kết nối, chia sẻ dữ liệu phục vụ tái sử dụng', maxPoints: 4, fullPointsAt: 1,
        formula: 'Số hồ sơ có thành phần lấy từ kho dữ liệu cá nhân, tổ chức trên Cổng DVCQG / Tổng số hồ sơ tiếp nhận trong kỳ',
        needs: 'đánh dấu hồ sơ lấy thành phần từ kho dữ liệu cá nhân, tổ chức trên Cổng DVCQG' },
      { id: '4.5a', name: 'Tỷ lệ TTHC triển khai kết nối, chia sẻ dữ liệu dân cư', maxPoints: 2, fullPointsAt: 1,
        formula: 'Số TTHC có hồ sơ sử dụng dữ liệu dân cư / Số TTHC có đối tượng thực hiện là người dân',
        needs: `đối tượng thực hiện từng TTHC (${NATIONAL_DB})` },
      { id: '4.5b', name: 'Tỷ lệ hồ sơ sử dụng thông tin, dữ liệu dân cư', maxPoints: 2, fullPointsAt: 1,
        formula: 'Số hồ sơ sử dụng dữ liệu từ CSDL quốc gia về dân cư / Tổng số hồ sơ tiếp nhận trong kỳ' },
    ],
  },
  {
    id: 'satisfaction', number: '5', name: 'Mức độ hài lòng', maxPoints: 18,
    indicators: [
      { id: '5.2', name: 'Tỷ lệ phản ánh, kiến nghị xử lý đúng hạn', maxPoints: 6, fullPointsAt: 1, pointsWhenEmpty: 6,
        formula: 'Số phản ánh, kiến nghị xử lý đúng, trước hạn và đang xử lý trong hạn / Tổng số phản ánh, kiến nghị (không có phản ánh, kiến nghị: 6 điểm)',
        needs: 'bảng phản ánh, kiến nghị của kỳ (Hệ thống PAKN)' },
      { id: '5.3', name: 'Tỷ lệ hài lòng trong xử lý phản ánh, kiến nghị', maxPoints: 6, fullPointsAt: 1, pointsWhenEmpty: 6,
        formula: '(Tổng số phản ánh, kiến nghị − số bị đánh giá không hài lòng hoặc xử lý quá hạn) / Tổng số phản ánh, kiến nghị (không có phản ánh, kiến nghị: 6 điểm)',
        needs: 'bảng phản ánh, kiến nghị của kỳ với đánh giá của người dân' },
      { id: '5.4', name: 'Tỷ lệ hài lòng trong tiếp nhận, giải quyết TTHC', maxPoints: 6, fullPointsAt: 0.9, pointsWhenEmpty: 0,
        formula: '100% − (tỷ lệ hồ sơ giải quyết quá hạn + tỷ lệ hồ sơ có phản ánh, kiến nghị hoặc đánh giá không hài lòng)' },
    ],
  },
];

/** Maximum total of the index. */
export const SCORE766_MAX_POINTS = 100;

/** Every indicator, in order. */
export const SCORE766_INDICATORS: readonly Score766Indicator[] = SCORE766_GROUPS.flatMap((g) => g.indicators);

/** The indicator with that id; `3'A` and `3′a` name `3′A`. */
export function find766Indicator(id: string): Score766Indicator | undefined {
  const key = (s: string) => s.trim().replace(/['’′]/g, '′').toLowerCase();
  return SCORE766_INDICATORS.find((i) => key(i.id) === key(String(id)));
}

/** The group an indicator belongs to. */
export function groupOf766(indicatorId: string): Score766Group | undefined {
  return SCORE766_GROUPS.find((g) => g.indicators.some((i) => i.id === indicatorId));
}

/** Two decimals, as the portal publishes scores. */
export function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * Points for a rate: min(max, max × rate / fullPointsAt) (fullPointsAt 1: in proportion),
 * rounded to two decimals.
 */
export function pointsForRate(rate: number, maxPoints: number, fullPointsAt = 1): number {
  const points = rate >= fullPointsAt ? maxPoints : (Math.max(0, rate) * maxPoints) / fullPointsAt;
  return round2(Math.min(maxPoints, points));
}

/** The rate from which an indicator gets its full points under the settings (group 3's is a setting). */
export function fullPointsAt766(indicator: Score766Indicator, settings: Score766Settings = DEFAULT_SCORE766_SETTINGS): number {
  return indicator.id === '3.3' ? settings.onlineFullPointsAt : indicator.fullPointsAt;
}

/**
 * Points of one indicator (`2.1`, `3.3`, `3′A`…) from its numerator and denominator. A
 * denominator of 0 gives the indicator's `pointsWhenEmpty` (5.2, 5.3: full; 5.4, payment: 0),
 * else null (nothing to rate); an unknown id is null.
 */
export function score766Indicator(id: string, numerator: number, denominator: number, settings?: Partial<Score766Settings>): number | null {
  const indicator = find766Indicator(id);
  if (!indicator) return null;
  if (!(denominator > 0)) return indicator.pointsWhenEmpty ?? null;
  return pointsForRate(numerator / denominator, indicator.maxPoints, fullPointsAt766(indicator, score766Settings(settings)));
}

/** The sum of a group's points, never above its maximum (payment: 6 + 2 + 2,5 is capped at 10). */
export function groupPoints766(group: Score766Group, indicatorPoints: readonly number[]): number {
  return round2(Math.min(group.maxPoints, indicatorPoints.reduce((s, p) => s + p, 0)));
}
