/**
 * Figures the reports print that cannot be counted from the dossier log (impact assessments,
 * legal documents, reviews, feedback…). The user types them in the `SoLieu` sheet, one row per
 * period and figure, naming the figure by its Vietnamese label (`Chỉ tiêu`, the report's own
 * words) or by its key (`Mã chỉ tiêu`):
 *
 * | Kỳ báo cáo | Chỉ tiêu                                                  | Giá trị |
 * |------------|-----------------------------------------------------------|---------|
 * | Quý II/2023 | Số lượng TTHC đã được đánh giá tác động trong kỳ báo cáo | 0       |
 *
 * Every figure is a count (a whole number, 0 or more). A report sentence whose figure is missing
 * shows `[Nhập: <label> — trang SoLieu]`, highlighted, instead of a made-up zero. `seedValue` is
 * the figure in the seed report, so a sample workbook built from this list reproduces the seeds.
 */
import { ReportKey } from './reportNames';
import { normalizeLabel } from './text';

export interface FigureKey {
  key: string;
  /** The figure in the words of the report (Vietnamese): what the `Chỉ tiêu` column holds. */
  label: string;
  /** How to count it, where the label alone does not say. */
  note?: string;
  report: ReportKey;
  /** Section of the report where it is printed. */
  section: string;
  /** The value printed in the seed report (none for score766, which has no seed). */
  seedValue?: number;
  /** Left blank, the report uses a default (see `note`) and shows no placeholder. */
  optional?: boolean;
}

export const FIGURE_KEYS: readonly FigureKey[] = [
  { key: 'impactAssessedProcedures', report: 'quarterly', section: 'I.1', seedValue: 0,
    label: 'Số lượng TTHC đã được đánh giá tác động trong kỳ báo cáo' },
  { key: 'issuedAssessedProcedures', report: 'quarterly', section: 'I.1', seedValue: 0,
    label: 'Số lượng TTHC được ban hành trong kỳ báo cáo đã được đánh giá tác động' },
  { key: 'appraisedProcedures', report: 'quarterly', section: 'I.2', seedValue: 0,
    label: 'Số TTHC trong kỳ báo cáo do cơ quan chủ trì thực hiện thẩm định, thẩm tra' },
  { key: 'appraisedLegalDocuments', report: 'quarterly', section: 'I.2', seedValue: 0,
    label: 'Số văn bản QPPL trong kỳ báo cáo do cơ quan chủ trì thực hiện thẩm định, thẩm tra' },
  { key: 'publicationDecisions', report: 'quarterly', section: 'I.3', seedValue: 0,
    label: 'Tổng số Quyết định công bố TTHC đã được ban hành trong kỳ báo cáo' },
  { key: 'legalDocumentsWithProcedures', report: 'quarterly', section: 'I.3', seedValue: 0,
    label: 'Tổng số văn bản QPPL có quy định TTHC được công bố' },
  { key: 'reviewPlannedProcedures', report: 'quarterly', section: 'I.4', seedValue: 0,
    label: 'Tổng số TTHC cần rà soát, đơn giản hóa theo kế hoạch' },
  { key: 'reviewedProcedures', report: 'quarterly', section: 'I.4', seedValue: 0,
    label: 'Tổng số TTHC đã được rà soát, thông qua phương án đơn giản hóa' },
  { key: 'simplificationKept', report: 'quarterly', section: 'I.4', seedValue: 0,
    label: 'Phương án đơn giản hóa: số TTHC giữ nguyên' },
  { key: 'simplificationAbolished', report: 'quarterly', section: 'I.4', seedValue: 0,
    label: 'Phương án đơn giản hóa: số TTHC bãi bỏ' },
  { key: 'simplificationAmended', report: 'quarterly', section: 'I.4', seedValue: 0,
    label: 'Phương án đơn giản hóa: số TTHC sửa đổi, bổ sung' },
  { key: 'simplificationReplaced', report: 'quarterly', section: 'I.4', seedValue: 0,
    label: 'Phương án đơn giản hóa: số TTHC thay thế' },
  { key: 'simplificationInterconnected', report: 'quarterly', section: 'I.4', seedValue: 0,
    label: 'Phương án đơn giản hóa: số TTHC liên thông' },
  { key: 'simplificationElectronic', report: 'quarterly', section: 'I.4', seedValue: 0,
    label: 'Phương án đơn giản hóa: số TTHC có giải pháp để thực hiện trên môi trường điện tử' },
  { key: 'feedbackReceived', report: 'quarterly', section: 'I.5', seedValue: 0,
    label: 'Số phản ánh, kiến nghị về quy định hành chính, hành vi hành chính đã tiếp nhận trong kỳ' },
  { key: 'feedbackResolved', report: 'quarterly', section: 'I.5', seedValue: 0,
    label: 'Số phản ánh, kiến nghị đã xử lý xong trong kỳ' },
  { key: 'proceduresReusingSharedData', report: 'digitisation', section: 'I.2', seedValue: 0,
    label: 'Số TTHC sử dụng lại thông tin, dữ liệu đã có trong CSDL quốc gia, CSDL chuyên ngành trong quá trình giải quyết' },
  { key: 'proceduresSyncedNationalPortal', report: 'digitisation', section: 'I.5', seedValue: 5,
    label: 'Số TTHC có hồ sơ được đồng bộ, công khai quá trình tiếp nhận, giải quyết trên Cổng Dịch vụ công quốc gia' },
  { key: 'dossiersRequiringFee', report: 'score766', section: 'III.5', optional: true,
    label: 'Số hồ sơ mới tiếp nhận trong kỳ phải nộp phí, lệ phí',
    note: 'mẫu số của tỷ lệ hồ sơ thanh toán trực tuyến; để trống thì dùng tổng số hồ sơ mới tiếp nhận' },
];

/** The figure keys a report reads. */
export function figureKeysOf(report: ReportKey): string[] {
  return FIGURE_KEYS.filter((f) => f.report === report).map((f) => f.key);
}

/** A figure's Vietnamese label (`impactAssessedProcedures` → `Số lượng TTHC đã được đánh giá tác động…`), or null. */
export function figureLabel(key: string): string | null {
  return FIGURE_KEYS.find((f) => f.key === key)?.label ?? null;
}

/** Labels and keys as compared: no case, diacritics or punctuation. */
const BY_TEXT = new Map<string, string>();
for (const f of FIGURE_KEYS) {
  BY_TEXT.set(normalizeLabel(f.label), f.key);
  BY_TEXT.set(normalizeLabel(f.key), f.key);
}

/**
 * The figure a `Chỉ tiêu` label or a `Mã chỉ tiêu` key names (either column takes either),
 * case, diacritics and punctuation ignored; null when it names none.
 */
export function figureKeyFromText(text: string): string | null {
  return BY_TEXT.get(normalizeLabel(text)) ?? null;
}
