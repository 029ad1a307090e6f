import { Language } from './types';

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
    vi: (p: P) => `Không đọc được "${p.value}". Cần Có/Không, x/để trống, TRUE/FALSE hoặc 1/0.`,
    en: (p: P) => `Cannot read "${p.value}". Expected Có/Không (yes/no), x/blank, TRUE/FALSE or 1/0.`,
  },
  badChannel: {
    vi: (p: P) => `Không đọc được kênh tiếp nhận "${p.value}". Cần Trực tuyến, Trực tiếp, Bưu chính (hoặc mã 2, 1, 3).`,
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
    vi: (p: P) => `Không đọc được trạng thái "${p.value}". Để trống, hoặc Rút, Từ chối, Dừng xử lý, Đã giải quyết, Đang giải quyết.`,
    en: (p: P) => `Cannot read the status "${p.value}". Leave blank, or Rút (withdrawn), Từ chối (rejected), Dừng xử lý (stopped).`,
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
    vi: (p: P) => `Không đọc được kỳ báo cáo "${p.value}". Ví dụ: 2024-Q2, 2024-H1, 2024-9M, 2024, 01/01/2024-31/08/2024.`,
    en: (p: P) => `Cannot read the period "${p.value}". Examples: 2024-Q2, 2024-H1, 2024-9M, 2024, 01/01/2024-31/08/2024.`,
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
  textTooLong: {
    vi: (p: P) => `Ô chứa ${p.value} ký tự, quá giới hạn ${p.other}; phần thừa bị cắt khi đọc.`,
    en: (p: P) => `The cell holds ${p.value} characters, over the limit of ${p.other}; the rest is cut when read.`,
  },
} as const;

type P = Record<string, string | number>;
export type MessageId = keyof typeof MESSAGES;

export function message(id: MessageId, language: Language, params: P = {}): string {
  return MESSAGES[id][language](params);
}
