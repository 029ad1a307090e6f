/**
 * The input tables and the column labels each accepts (DESIGN §3). The first
 * label is the Vietnamese one shown in messages, the second the English one.
 */

export interface ColumnSpec {
  key: string;
  labels: string[];
  required: boolean;
  /**
   * Read when present, but not in the sheet a new workbook gets: export columns (Ngày nộp, Đơn vị
   * tiếp nhận…) and the optional 2026 columns, whose absence must stay "unknown", never "blank = no".
   */
  exportOnly?: boolean;
}

export interface TableSpec {
  /** Sheet or Excel table name. */
  name: string;
  /** Other sheet names that workbooks really use for it ("Danh mục TTHC"). */
  aliases?: string[];
  columns: ColumnSpec[];
}

/** The Vietnamese header labels of a table, in column order: what a new sheet is headed with. */
export function headerOf(spec: TableSpec): string[] {
  return spec.columns.filter((c) => !c.exportOnly).map((c) => c.labels[0]);
}

const col = (key: string, required: boolean, ...labels: string[]): ColumnSpec => ({ key, labels, required });
const exportCol = (key: string, ...labels: string[]): ColumnSpec => ({ key, labels, required: false, exportOnly: true });

/** Danh mục TTHC. */
export const PROCEDURE_TABLE: TableSpec = {
  name: 'TTHC',
  aliases: ['Danh mục TTHC', 'DM TTHC', 'Danh mục thủ tục hành chính', 'Danh mục thủ tục', 'Procedures', 'Catalogue'],
  columns: [
    col('code', true, 'Mã TTHC', 'Procedure code', 'Mã thủ tục', 'Mã số TTHC', 'Mã thủ tục hành chính', 'MaTTHC', 'Code'),
    col('name', true, 'Tên TTHC', 'Procedure name', 'Tên thủ tục', 'Tên thủ tục hành chính', 'TenTTHC', 'Name'),
    col('field', true, 'Lĩnh vực', 'Field', 'Tên lĩnh vực', 'TenLinhVuc'),
    col('regulator', false, 'Cấp quy định', 'Regulated by'),
    col('authority', false, 'Thẩm quyền giải quyết', 'Resolving authority', 'Cơ quan giải quyết'),
    col('onlineLevel', false, 'Mức DVCTT', 'Online level', 'Mức độ DVCTT', 'Mức độ dịch vụ công trực tuyến'),
    col('onProvincialPortal', false, 'Cổng DVC tỉnh', 'On provincial portal'),
    col('onNationalPortal', false, 'Cổng DVC quốc gia', 'On national portal'),
    col('boundaryFree', false, 'Phi địa giới', 'Boundary-free', 'Không phụ thuộc địa giới hành chính'),
    col('processingDays', false, 'Thời hạn giải quyết (ngày làm việc)', 'Processing days', 'Thời hạn giải quyết', 'Thời hạn giải quyết (ngày)', 'Thời gian giải quyết'),
    col('electronicProcess', false, 'Quy trình nội bộ điện tử', 'Electronic internal process'),
    col('publicised', false, 'Đã công khai', 'Publicised'),
    col('onInformationSystem', false, 'Trên Hệ thống giải quyết TTHC', 'On the TTHC information system'),
    col('digitisationProcess', false, 'Quy trình số hóa', 'Digitisation process in place'),
    col('validFrom', false, 'Ngày hiệu lực', 'In force from'),
    col('validUntil', false, 'Ngày hết hiệu lực', 'In force until'),
    // The 2026 structure and QĐ 766 as the portal scores it (DOMAIN-2026 §1, §4).
    exportCol('level', 'Cấp thực hiện', 'Level', 'Cấp giải quyết', 'Cấp'),
    exportCol('eligibleFullOnline', 'Đủ điều kiện toàn trình', 'Eligible for full online', 'Đủ điều kiện DVCTT toàn trình'),
    exportCol('paperResult', 'Trả kết quả bằng văn bản giấy', 'Paper result', 'Kết quả bằng giấy'),
    exportCol('hasFee', 'Có phí, lệ phí', 'Has fees', 'Có phí', 'Phí, lệ phí'),
  ],
};

/**
 * Sổ theo dõi hồ sơ, as kept by hand or exported (DOMAIN-2026 §2.1). A log names its procedure
 * by code or by name (exports often have only the name); the code is used where there is one.
 */
export const DOSSIER_TABLE: TableSpec = {
  name: 'HoSo',
  aliases: ['Sổ theo dõi hồ sơ', 'Danh sách hồ sơ', 'Sổ theo dõi', 'Dossiers', 'Dossier log'],
  columns: [
    col('id', true, 'Mã hồ sơ', 'Dossier ID', 'Số hồ sơ', 'Mã số hồ sơ', 'MaHoSo'),
    col('procedureCode', false, 'Mã TTHC', 'Procedure code', 'Mã thủ tục', 'Mã thủ tục hành chính', 'MaTTHC'),
    exportCol('procedureName', 'Tên TTHC', 'Procedure name', 'Tên thủ tục hành chính', 'Tên thủ tục', 'TenTTHC', 'Nội dung hồ sơ', 'Trích yếu hồ sơ'),
    exportCol('field', 'Lĩnh vực', 'Field', 'Tên lĩnh vực', 'TenLinhVuc'),
    col('received', true, 'Ngày tiếp nhận', 'Received', 'Ngày nhận', 'Ngày nhận hồ sơ', 'NgayTiepNhan'),
    // Ngày nộp: when the applicant submitted; the clock starts at receipt (ND 118 Art. 17.3), so never taken as received.
    exportCol('submitted', 'Ngày nộp hồ sơ', 'Submitted', 'Ngày nộp', 'NgayNopHoSo'),
    col('due', false, 'Hạn trả kết quả', 'Due', 'Ngày hẹn trả', 'Hạn giải quyết', 'Ngày hẹn trả kết quả', 'Hạn xử lý', 'NgayHenTra'),
    col('completed', false, 'Ngày có kết quả', 'Completed', 'Ngày hoàn thành', 'Ngày kết thúc xử lý', 'Ngày xử lý xong', 'NgayKetThucXuLy'),
    // Ngày trả: the day the result was handed over; used as completed only when no completed column exists.
    exportCol('returned', 'Ngày trả kết quả', 'Returned', 'Ngày trả', 'NgayTra'),
    col('channel', false, 'Kênh tiếp nhận', 'Channel', 'Kênh nộp', 'Hình thức nộp', 'Kênh thực hiện', 'Hình thức tiếp nhận', 'KenhThucHien'),
    col('status', false, 'Trạng thái', 'Status', 'Trạng thái hồ sơ', 'TrangThaiHoSo'),
    exportCol('unit', 'Đơn vị tiếp nhận', 'Receiving unit', 'Đơn vị xử lý', 'DonViXuLy'),
    col('dossierDigitised', false, 'Hồ sơ số hóa', 'Dossier digitised'),
    col('resultDigitised', false, 'Kết quả số hóa', 'Result digitised'),
    col('electronicResult', false, 'Kết quả điện tử', 'Electronic result'),
    col('reusedDigitisedData', false, 'Tái sử dụng dữ liệu số hóa', 'Reuses digitised data'),
    col('usedPopulationData', false, 'Khai thác CSDL dân cư', 'Uses population data'),
    col('paidOnline', false, 'Thanh toán trực tuyến', 'Paid online'),
    // The 2026 rules (ND 118/2025 Art. 19; QĐ 766 as the national portal scores it, DOMAIN-2026 §4).
    exportCol('supplementRequests', 'Số lần yêu cầu bổ sung', 'Supplement requests', 'Số lần bổ sung'),
    exportCol('supplementRequested', 'Ngày yêu cầu bổ sung', 'Supplement requested'),
    exportCol('supplementCompleted', 'Ngày hoàn thành bổ sung', 'Supplement completed', 'Ngày bổ sung xong'),
    exportCol('onlineServiceType', 'Loại DVCTT', 'Online service type', 'Loại dịch vụ công trực tuyến'),
    exportCol('hasFee', 'Có phí', 'Fee charged', 'Có phí, lệ phí', 'Phải nộp phí'),
    exportCol('syncedToNationalPortal', 'Đã đồng bộ DVCQG', 'Synced to the national portal', 'Đồng bộ Cổng DVCQG', 'Đã đồng bộ'),
    exportCol('apologyLetter', 'Văn bản xin lỗi', 'Apology letter', 'Thư xin lỗi', 'Phiếu xin lỗi'),
    exportCol('overdueCause', 'Nguyên nhân quá hạn', 'Overdue cause', 'Lý do quá hạn'),
    exportCol('extendedDue', 'Hạn trả mới (gia hạn)', 'Extended due', 'Ngày hẹn trả lại', 'Gia hạn'),
  ],
};

/**
 * Số liệu nhập tay. A figure is named by its Vietnamese label (`Chỉ tiêu`, the report's words,
 * see `figureKeys.ts`) or its key (`Mã chỉ tiêu`): either column, or both.
 */
export const FIGURE_TABLE: TableSpec = {
  name: 'SoLieu',
  columns: [
    col('period', true, 'Kỳ báo cáo', 'Period'),
    col('label', false, 'Chỉ tiêu', 'Figure', 'Tên chỉ tiêu', 'Nội dung chỉ tiêu', 'Indicator'),
    col('key', false, 'Mã chỉ tiêu', 'Figure key'),
    col('value', true, 'Giá trị', 'Value'),
  ],
};

/** Nội dung thuyết minh. `Báo cáo` names the report a paragraph is for; blank = every report. */
export const NARRATIVE_TABLE: TableSpec = {
  name: 'NoiDung',
  columns: [
    col('period', true, 'Kỳ báo cáo', 'Period'),
    col('report', false, 'Báo cáo', 'Report', 'Loại báo cáo', 'Tên báo cáo'),
    col('section', true, 'Mục', 'Section'),
    col('text', true, 'Nội dung', 'Text'),
  ],
};

/** Ngày nghỉ, ngày làm bù. */
export const HOLIDAY_TABLE: TableSpec = {
  name: 'NgayNghi',
  columns: [
    col('day', true, 'Ngày', 'Date'),
    col('kind', true, 'Loại', 'Type'),
    col('note', false, 'Ghi chú', 'Note'),
  ],
};

/** Thông tin cơ quan: a key/value sheet; these are the keys it accepts (Vietnamese, English, others). */
export const AGENCY_KEYS: Record<string, string[]> = {
  parentAgency: ['Cơ quan chủ quản', 'Parent agency'],
  agency: ['Cơ quan', 'Agency', 'Tên cơ quan', 'Cơ quan báo cáo'],
  place: ['Địa danh', 'Place'],
  documentNumber: ['Số văn bản', 'Document number', 'Số hiệu', 'Số'],
  issueDate: ['Ngày ban hành', 'Issue date', 'Ngày văn bản', 'Ngày ký'],
  recipient: ['Kính gửi', 'Recipient'],
  recipients: ['Nơi nhận', 'Recipients'],
  signerTitle: ['Chức vụ người ký', 'Signer title', 'Chức vụ'],
  signerDeputyTitle: ['Chức vụ cấp phó ký thay', 'Deputy signer title', 'Ký thay'],
  signerName: ['Người ký', 'Signer name', 'Họ tên người ký'],
  formCodeLine: ['Mã biểu mẫu 06', 'Form 06 code line', 'Ký hiệu biểu mẫu 06', 'Biểu số 06'],
};

export const INFO_SHEET = 'ThongTin';

export const ALL_TABLES = [PROCEDURE_TABLE, DOSSIER_TABLE, FIGURE_TABLE, NARRATIVE_TABLE, HOLIDAY_TABLE];

/** The names the engine looks for, as sheets or Excel tables. */
export const INPUT_TABLE_NAMES: readonly string[] = [...ALL_TABLES.map((t) => t.name), INFO_SHEET];

const INFO_ALIASES = ['Thông tin cơ quan', 'Thông tin chung', 'Agency'];

/** `Hồ Sơ`, `hoso`, `HOSO` all name the HoSo table. */
function nameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .replace(/[^A-Za-z0-9]/g, '')
    .toLowerCase();
}

/** The input table (`HoSo`, `TTHC`…) a sheet or Excel table name stands for, if any. */
export function inputTableName(sheetOrTable: string): string | undefined {
  const key = nameKey(sheetOrTable);
  for (const t of ALL_TABLES) if (nameKey(t.name) === key || t.aliases?.some((a) => nameKey(a) === key)) return t.name;
  if (nameKey(INFO_SHEET) === key || INFO_ALIASES.some((a) => nameKey(a) === key)) return INFO_SHEET;
  return undefined;
}
