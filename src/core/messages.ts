import { Language } from './types';
import { CHANNEL_VOCABULARY, STATUS_VOCABULARY, vocabularyWords } from './vocabulary';

/**
 * Every user-facing message of the engine, in Vietnamese and English. A message
 * says what was found and what was expected, so a non-programmer can fix the cell.
 */
const MESSAGES = {
  missingTable: {
    vi: (p: P) => `Không tìm thấy bảng "${p.table}" (trang tính hoặc Excel table cùng tên).`,
    en: (p: P) => `Table "${p.table}" was not found (a sheet or an Excel table with that name).`,
  },
  noHeader: {
    vi: (p: P) => `Không tìm thấy dòng tiêu đề trong 20 dòng đầu. Cần các cột: ${p.expected}.`,
    en: (p: P) => `No header row found in the first 20 rows. Expected columns: ${p.expected}.`,
  },
  missingColumn: {
    vi: (p: P) => `Thiếu cột bắt buộc "${p.label}". Tên cột được chấp nhận: ${p.expected}.`,
    en: (p: P) => `Required column "${p.label}" is missing. Accepted labels: ${p.expected}.`,
  },
  required: {
    vi: () => `Ô trống nhưng bắt buộc phải có giá trị.`,
    en: () => `The cell is empty but a value is required.`,
  },
  badDate: {
    vi: (p: P) => `Không đọc được ngày "${p.value}". Cần ngày Excel hoặc dạng dd/mm/yyyy.`,
    en: (p: P) => `Cannot read the date "${p.value}". Expected an Excel date or dd/mm/yyyy.`,
  },
  badYesNo: {
    vi: (p: P) => `Không đọc được "${p.value}". Cần Có/Không, x/để trống, TRUE/FALSE, 1/0, "Đã …"/"Chưa …".`,
    en: (p: P) => `Cannot read "${p.value}". Expected Có/Không (yes/no), x/blank, TRUE/FALSE or 1/0.`,
  },
  badChannel: {
    vi: (p: P) => `Không đọc được kênh tiếp nhận "${p.value}". Cần ${vocabularyWords(CHANNEL_VOCABULARY, 2)}.`,
    en: (p: P) => `Cannot read the channel "${p.value}". Expected Trực tuyến (online), Trực tiếp (direct), Bưu chính (postal) or codes 2, 1, 3.`,
  },
  badLevel: {
    vi: (p: P) => `Không đọc được mức DVCTT "${p.value}". Cần Toàn trình, Một phần, Không (hoặc 4, 3, 2).`,
    en: (p: P) => `Cannot read the online level "${p.value}". Expected Toàn trình (full), Một phần (partial), Không (none) or 4, 3, 2.`,
  },
  badRegulator: {
    vi: (p: P) => `Không đọc được cấp quy định "${p.value}". Cần Trung ương hoặc Địa phương.`,
    en: (p: P) => `Cannot read "${p.value}". Expected Trung ương (central) or Địa phương (local).`,
  },
  badStatus: {
    vi: (p: P) => `Không đọc được trạng thái "${p.value}"; tính như đang giải quyết. Cần một trạng thái của danh mục quốc gia: ${vocabularyWords(STATUS_VOCABULARY)}, Trả lại.`,
    en: (p: P) => `Cannot read the status "${p.value}"; counted as in progress. Expected a status of the national list: ${vocabularyWords(STATUS_VOCABULARY)}, Trả lại.`,
  },
  badWholeNumber: {
    vi: (p: P) => `Không đọc được số "${p.value}". Cần một số nguyên không âm.`,
    en: (p: P) => `Cannot read the number "${p.value}". Expected a whole number, not negative.`,
  },
  badNumber: {
    vi: (p: P) => `Không đọc được số "${p.value}".`,
    en: (p: P) => `Cannot read the number "${p.value}".`,
  },
  negativeNumber: {
    vi: (p: P) => `Số "${p.value}" âm; số liệu phải từ 0 trở lên.`,
    en: (p: P) => `"${p.value}" is negative; figures must be 0 or more.`,
  },
  badPeriod: {
    vi: (p: P) => `Không đọc được kỳ báo cáo "${p.value}"; dòng này không được dùng. Ví dụ: 2024-Q2, Quý II/2024, 6 tháng đầu năm 2024, 9 tháng 2024, năm 2024, 01/01/2024-31/08/2024.`,
    en: (p: P) => `Cannot read the period "${p.value}"; the row is not used. Examples: 2024-Q2, Quý II/2024, 6 tháng đầu năm 2024 (first half), 9 tháng 2024 (nine months), năm 2024 (year), 01/01/2024-31/08/2024.`,
  },
  badHolidayKind: {
    vi: (p: P) => `Không đọc được loại ngày "${p.value}". Cần Nghỉ hoặc Làm bù.`,
    en: (p: P) => `Cannot read the day type "${p.value}". Expected Nghỉ (day off) or Làm bù (make-up working day).`,
  },
  duplicateId: {
    vi: (p: P) => `Mã "${p.value}" trùng với dòng ${p.other}; dòng này không được tính.`,
    en: (p: P) => `ID "${p.value}" repeats row ${p.other}; this row is left out.`,
  },
  unknownProcedure: {
    vi: (p: P) => `Mã TTHC "${p.value}" không có trong bảng TTHC.`,
    en: (p: P) => `Procedure code "${p.value}" is not in the TTHC table.`,
  },
  completedBeforeReceived: {
    vi: (p: P) => `Ngày có kết quả ${p.value} trước ngày tiếp nhận ${p.other}.`,
    en: (p: P) => `Completed ${p.value} is before received ${p.other}.`,
  },
  dueBeforeReceived: {
    vi: (p: P) => `Hạn trả kết quả ${p.value} trước ngày tiếp nhận ${p.other}.`,
    en: (p: P) => `Due ${p.value} is before received ${p.other}.`,
  },
  noDueDate: {
    vi: (p: P) => `Không có hạn trả kết quả, và TTHC "${p.value}" không có thời hạn giải quyết để tính.`,
    en: (p: P) => `No due date, and procedure "${p.value}" has no processing days to compute it from.`,
  },
  endedWithoutDate: {
    vi: (p: P) => `Trạng thái "${p.value}" cần Ngày có kết quả (ngày kết thúc hồ sơ).`,
    en: (p: P) => `Status "${p.value}" needs a Completed date (the day the dossier ended).`,
  },
  futureDate: {
    vi: (p: P) => `Ngày ${p.value} ở tương lai (sau hôm nay ${p.other}).`,
    en: (p: P) => `Date ${p.value} is in the future (after today ${p.other}).`,
  },
  totalRowSkipped: {
    vi: () => `Dòng tổng cộng: bỏ qua, không tính là hồ sơ.`,
    en: () => `Total row: skipped, not counted as a dossier.`,
  },
  validUntilBeforeFrom: {
    vi: (p: P) => `Ngày hết hiệu lực ${p.value} trước ngày hiệu lực ${p.other}.`,
    en: (p: P) => `In force until ${p.value} is before in force from ${p.other}.`,
  },
  excelError: {
    vi: (p: P) => `Ô có giá trị lỗi ${p.value} của Excel (thường do công thức, ví dụ VLOOKUP không tìm thấy). Sửa công thức hoặc nhập giá trị.`,
    en: (p: P) => `The cell holds the Excel error ${p.value} (usually from a formula, e.g. a VLOOKUP that found nothing). Fix the formula or type the value.`,
  },
  procedureHasErrors: {
    vi: (p: P) => `TTHC "${p.value}" có lỗi ở bảng TTHC dòng ${p.other}; sửa dòng đó để tính hồ sơ này.`,
    en: (p: P) => `Procedure "${p.value}" has errors in the TTHC table, row ${p.other}; fix that row to count this dossier.`,
  },
  badLevelOfGovernment: {
    vi: (p: P) => `Không đọc được cấp thực hiện "${p.value}". Cần Cấp tỉnh hoặc Cấp xã (từ 01/7/2025 không còn cấp huyện).`,
    en: (p: P) => `Cannot read the level "${p.value}". Expected Cấp tỉnh (province) or Cấp xã (commune); there is no district level since 01/07/2025.`,
  },
  emptyPeriod: {
    vi: (p: P) => `Kỳ ${p.value} không có hồ sơ nào (sổ hồ sơ có ngày tiếp nhận từ ${p.other}): kiểm tra lại kỳ báo cáo trước khi tạo báo cáo.`,
    en: (p: P) => `The period ${p.value} holds no dossier (the log's received dates run ${p.other}): check the period before making the report.`,
  },
  valueIgnored: {
    vi: () => `Giá trị này được bỏ qua (coi như để trống); hồ sơ vẫn được tính.`,
    en: () => `The value is ignored (treated as blank); the row is still counted.`,
  },
  totalRowsSkipped: {
    vi: (p: P) => `${p.value} dòng tổng cộng (Tổng cộng, Tổng số, Trong đó) được bỏ qua, không tính là dữ liệu: dòng ${p.other}.`,
    en: (p: P) => `${p.value} total row(s) (Tổng cộng, Tổng số, Trong đó) skipped, not counted as data: row(s) ${p.other}.`,
  },
  noChannelColumn: {
    vi: () => `Không có cột Kênh tiếp nhận: số hồ sơ trực tuyến, trực tiếp, bưu chính và tỷ lệ trực tuyến là "không có dữ liệu" (không phải 0).`,
    en: () => `No Channel column: online, direct and postal counts and the online share are unknown (not 0).`,
  },
  noFlagColumns: {
    vi: (p: P) => `Không có cột ${p.value}: các số liệu số hóa tương ứng là "không có dữ liệu" (không phải 0).`,
    en: (p: P) => `No column ${p.value}: the digitisation figures that need it are unknown (not 0).`,
  },
  codeTypeDiffers: {
    vi: (p: P) => `Mã TTHC "${p.value}" là số ở một bảng và chữ ở bảng kia; vẫn được ghép. Nên định dạng cột mã là Văn bản (Text) để không mất số 0 đầu.`,
    en: (p: P) => `Procedure code "${p.value}" is a number in one table and text in the other; matched anyway. Format code columns as Text so leading zeros are kept.`,
  },
  resolvedWithoutDate: {
    vi: (p: P) => `Trạng thái "${p.value}" là đã giải quyết nhưng không có Ngày có kết quả: tính là đang giải quyết.`,
    en: (p: P) => `Status "${p.value}" says resolved but there is no Completed date: counted as pending.`,
  },
  notReceivedSkipped: {
    vi: (p: P) => `${p.value} hồ sơ "Mới đăng ký" hoặc "Không được tiếp nhận" không phải hồ sơ đã tiếp nhận: không tính vào số liệu (dòng ${p.other}).`,
    en: (p: P) => `${p.value} dossier(s) "Mới đăng ký" (registered) or "Không được tiếp nhận" (not accepted) were never received: left out of every figure (row(s) ${p.other}).`,
  },
  unlistedProcedures: {
    vi: (p: P) => `${p.value} TTHC có trong sổ hồ sơ nhưng không có trong danh mục TTHC; hồ sơ của chúng vẫn được tính vào tổng, ở lĩnh vực "Chưa xác định lĩnh vực": ${p.other}.`,
    en: (p: P) => `${p.value} procedure(s) in the log are not in the TTHC catalogue; their dossiers still count in the totals, under the field "Chưa xác định lĩnh vực": ${p.other}.`,
  },
  tableNotFound: {
    vi: (p: P) => `Không tìm thấy bảng ${p.table} (trang tính tên "${p.table}"${p.aliases}, hoặc một trang có các cột ${p.expected}). Tệp có các trang: ${p.sheets}.`,
    en: (p: P) => `Table ${p.table} was not found (a sheet named "${p.table}"${p.aliases}, or a sheet with the columns ${p.expected}). The file has the sheets: ${p.sheets}.`,
  },
  badIssueDate: {
    vi: (p: P) => `"${p.value}" không phải ngày ban hành: viết dd/mm/yyyy, ví dụ 15/06/2026, hoặc để trống để lấy ngày tạo báo cáo.`,
    en: (p: P) => `"${p.value}" is not an issue date: write dd/mm/yyyy, e.g. 15/06/2026, or leave it blank for the day the report is made.`,
  },
  textTooLong: {
    vi: (p: P) => `Ô chứa ${p.value} ký tự, quá giới hạn ${p.other}; phần thừa bị cắt khi đọc.`,
    en: (p: P) => `The cell holds ${p.value} characters, over the limit of ${p.other}; the rest is cut when read.`,
  },
  unknownFigure: {
    vi: (p: P) => `Không có chỉ tiêu "${p.value}" trong danh sách chỉ tiêu của bảng SoLieu; dòng này không được dùng. Ghi tên chỉ tiêu như trong báo cáo, ví dụ "${p.other}".`,
    en: (p: P) => `"${p.value}" is not one of the SoLieu figures; the row is not used. Write the figure's name as the report words it, e.g. "${p.other}".`,
  },
  figureMismatch: {
    vi: (p: P) => `Mã chỉ tiêu và Chỉ tiêu của dòng này là hai chỉ tiêu khác nhau ("${p.value}" và "${p.other}"); số liệu được tính theo Mã chỉ tiêu.`,
    en: (p: P) => `The figure key and the figure name of this row are two different figures ("${p.value}" and "${p.other}"); the value counts for the key.`,
  },
  notWholeCount: {
    vi: (p: P) => `Số "${p.value}" không phải số nguyên: chỉ tiêu "${p.other}" là số lượng, cần số nguyên từ 0 trở lên.`,
    en: (p: P) => `"${p.value}" is not a whole number: "${p.other}" is a count, a whole number of 0 or more.`,
  },
  duplicateFigure: {
    vi: (p: P) => `Chỉ tiêu "${p.value}" của kỳ ${p.period} đã có ở ô ${p.other} (giá trị ${p.first}); dùng giá trị của ô này (${p.second}), dòng nhập sau được tính.`,
    en: (p: P) => `Figure "${p.value}" of period ${p.period} is already in cell ${p.other} (value ${p.first}); this cell's value (${p.second}) is used: the later row wins.`,
  },
  unknownReport: {
    vi: (p: P) => `Không rõ báo cáo "${p.value}"; đoạn này không được in vào báo cáo nào. Ghi một trong: ${p.other}; để trống nếu đoạn dùng cho mọi báo cáo.`,
    en: (p: P) => `Unknown report "${p.value}"; the paragraph is printed in no report. Write one of: ${p.other}; leave it blank for a paragraph of every report.`,
  },
} as const;

type P = Record<string, string | number>;
export type MessageId = keyof typeof MESSAGES;

export function message(id: MessageId, language: Language, params: P = {}): string {
  return MESSAGES[id][language](params);
}
