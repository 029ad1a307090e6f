/**
 * How to fix each kind of data problem, keyed by the issue's `code` (the engine's message id,
 * see `src/core/messages.ts`): one or two plain sentences, in Vietnamese and English, for the
 * person who keeps the workbook. The message says what is wrong in this cell; this says what
 * to do about it. A code without an entry shows no explanation.
 */
import type { MessageId } from '../../core/messages';
import type { Language } from '../../core/types';

export type IssueHelpText = Record<Language, string>;

export const ISSUE_HELP = {
  missingTable: {
    vi: 'Thêm một trang tính đặt đúng tên bảng trong thông báo (hoặc bấm “Tạo bảng nhập liệu” ở thẻ Dữ liệu), rồi chép dữ liệu vào.',
    en: 'Add a sheet named as the table in the message (or press “Create input tables” on the Data tab), then copy the data into it.',
  },
  tableNotFound: {
    vi: 'Đổi tên trang chứa dữ liệu cho đúng tên bảng (ví dụ HoSo, TTHC), hoặc sửa dòng tiêu đề cho có các cột nêu trong thông báo.',
    en: 'Rename the sheet holding the data to the table’s name (e.g. HoSo, TTHC), or give its header row the columns named in the message.',
  },
  noHeader: {
    vi: 'Trong 20 dòng đầu của trang, cần một dòng tiêu đề ghi tên các cột như trong thông báo, mỗi tên một ô.',
    en: 'Within the first 20 rows of the sheet, put a header row with the column names given in the message, one name per cell.',
  },
  missingColumn: {
    vi: 'Thêm vào dòng tiêu đề một cột mang một trong các tên được chấp nhận trong thông báo, hoặc sửa tên cột đang có cho đúng (kể cả dấu).',
    en: 'Add a column to the header row with one of the accepted names in the message, or correct the existing header’s spelling.',
  },
  required: {
    vi: 'Nhập giá trị cho ô này; nếu dòng không phải là dữ liệu (dòng trống, ghi chú), hãy xóa cả dòng.',
    en: 'Type a value in this cell; if the row is not data (a blank or a note), delete the whole row.',
  },
  badDate: {
    vi: 'Gõ ngày dạng 15/06/2026 hoặc định dạng ô là Ngày (Date).',
    en: 'Type the date as 15/06/2026 (day/month/year) or format the cell as Date.',
  },
  badYesNo: {
    vi: 'Ghi Có hoặc Không (hoặc đánh dấu x, để trống nghĩa là Không).',
    en: 'Write Có (yes) or Không (no), or mark it with x and leave it blank for no.',
  },
  badChannel: {
    vi: 'Ghi một trong: Trực tuyến, Trực tiếp, Bưu chính (hoặc mã 2, 1, 3); nên chọn từ danh sách trong ô.',
    en: 'Write one of Trực tuyến (online), Trực tiếp (in person), Bưu chính (by post), or codes 2, 1, 3; best pick it from the cell’s list.',
  },
  badLevel: {
    vi: 'Ghi một trong: Toàn trình, Một phần, Không (hoặc 4, 3, 2).',
    en: 'Write one of Toàn trình (full), Một phần (partial), Không (none), or 4, 3, 2.',
  },
  emptyPeriod: {
    vi: 'Chọn kỳ báo cáo có hồ sơ (ví dụ quý của các ngày tiếp nhận trong sổ), hoặc kiểm tra cột Ngày tiếp nhận.',
    en: 'Pick a period that holds dossiers (e.g. the quarter of the log’s received dates), or check the Received column.',
  },
  score766Lost: {
    vi: 'Hồ sơ này làm giảm điểm chỉ số QĐ 766 nêu trên (ước tính). Bấm để đến dòng của hồ sơ; kiểm tra ngày hẹn trả, ngày có kết quả, kênh và các cột số hóa.',
    en: 'This dossier lowers the QĐ 766 indicator named (estimate). Press to go to its row; check its due and completed dates, channel and digitisation columns.',
  },
  reportNote: {
    vi: 'Điều cần biết về báo cáo trước khi gửi (ví dụ số liệu tạm tính khi kỳ chưa kết thúc).',
    en: 'Something to know about the report before sending it (e.g. provisional figures while the period is open).',
  },
  badLevelOfGovernment: {
    vi: 'Ghi Cấp tỉnh (sở, ban, ngành) hoặc Cấp xã (xã, phường, đặc khu); từ 01/7/2025 không còn cấp huyện.',
    en: 'Write Cấp tỉnh (departments) or Cấp xã (communes, wards, special zones); there is no district level since 01/07/2025.',
  },
  badRegulator: {
    vi: 'Ghi Trung ương hoặc Địa phương, theo cấp ban hành quy định của thủ tục.',
    en: 'Write Trung ương (central) or Địa phương (local), after who regulates the procedure.',
  },
  badStatus: {
    vi: 'Ghi trạng thái theo danh mục nêu trong thông báo, ví dụ “Đang giải quyết” hoặc “Đã trả kết quả”.',
    en: 'Write a status from the list in the message, e.g. “Đang giải quyết” (in progress) or “Đã trả kết quả” (result returned).',
  },
  badWholeNumber: {
    vi: 'Gõ một số nguyên từ 0 trở lên, chỉ có chữ số (ví dụ 15), không kèm chữ như “ngày”.',
    en: 'Type a whole number, 0 or more, digits only (e.g. 15), without words such as “days”.',
  },
  badNumber: {
    vi: 'Gõ một số, chỉ có chữ số và dấu phẩy thập phân (ví dụ 12,5), không kèm chữ hay đơn vị.',
    en: 'Type a number, digits and a decimal separator only (e.g. 12.5), without words or units.',
  },
  negativeNumber: {
    vi: 'Sửa thành số từ 0 trở lên; số liệu báo cáo không thể âm.',
    en: 'Change it to 0 or more; report figures cannot be negative.',
  },
  badPeriod: {
    vi: 'Ghi kỳ báo cáo như 2026-Q2 hoặc Quý II/2026, 6 tháng đầu năm 2026, 9 tháng 2026, năm 2026 hoặc 01/01/2026-30/06/2026.',
    en: 'Write the period as 2026-Q2 (quarter), 2026-H1 (half year), 2026-9M (nine months), 2026 (year) or 01/01/2026-30/06/2026.',
  },
  badHolidayKind: {
    vi: 'Ghi Nghỉ cho ngày nghỉ hoặc Làm bù cho ngày làm việc bù.',
    en: 'Write Nghỉ for a day off or Làm bù for a make-up working day.',
  },
  duplicateId: {
    vi: 'Mỗi hồ sơ cần một mã riêng: xóa dòng nhập trùng, hoặc sửa mã nếu đây là hồ sơ khác.',
    en: 'Each dossier needs its own ID: delete the duplicated row, or correct the ID if it is a different dossier.',
  },
  unknownProcedure: {
    vi: 'Sửa mã TTHC cho khớp với trang TTHC, hoặc thêm thủ tục này vào trang TTHC.',
    en: 'Correct the procedure code to match the TTHC sheet, or add the procedure to the TTHC sheet.',
  },
  completedBeforeReceived: {
    vi: 'Kiểm tra lại hai ngày: ngày có kết quả phải từ ngày tiếp nhận trở đi (thường do gõ nhầm năm hoặc đảo ngày và tháng).',
    en: 'Check both dates: the completed date must be on or after the received date (often a wrong year or day and month swapped).',
  },
  dueBeforeReceived: {
    vi: 'Kiểm tra lại hai ngày: hạn trả kết quả phải từ ngày tiếp nhận trở đi (thường do gõ nhầm năm hoặc đảo ngày và tháng).',
    en: 'Check both dates: the due date must be on or after the received date (often a wrong year or day and month swapped).',
  },
  noDueDate: {
    vi: 'Nhập Hạn trả kết quả cho hồ sơ, hoặc ghi số ngày ở cột “Thời hạn giải quyết (ngày làm việc)” của thủ tục trên trang TTHC.',
    en: 'Enter the dossier’s due date, or fill in the procedure’s “Thời hạn giải quyết (ngày làm việc)” (processing days) on the TTHC sheet.',
  },
  endedWithoutDate: {
    vi: 'Nhập Ngày có kết quả (ngày hồ sơ kết thúc), hoặc sửa Trạng thái nếu hồ sơ còn đang giải quyết.',
    en: 'Enter the completed date (the day the dossier ended), or correct the status if it is still in progress.',
  },
  resolvedWithoutDate: {
    vi: 'Nhập Ngày có kết quả để hồ sơ được tính là đã giải quyết, hoặc sửa Trạng thái nếu hồ sơ chưa xong.',
    en: 'Enter the completed date so the dossier counts as resolved, or correct the status if it is not finished.',
  },
  futureDate: {
    vi: 'Kiểm tra lại ngày: thường do gõ nhầm năm hoặc đảo ngày và tháng (06/05 thay vì 05/06).',
    en: 'Check the date: usually a wrong year or day and month swapped (06/05 instead of 05/06).',
  },
  validUntilBeforeFrom: {
    vi: 'Kiểm tra lại hai ngày: ngày hết hiệu lực phải sau ngày hiệu lực; để trống nếu thủ tục còn hiệu lực.',
    en: 'Check both dates: in force until must be after in force from; leave it blank if the procedure is still in force.',
  },
  excelError: {
    vi: 'Sửa công thức của ô (ví dụ VLOOKUP không tìm thấy mã), hoặc gõ thẳng giá trị vào ô.',
    en: 'Fix the cell’s formula (e.g. a VLOOKUP that finds no match), or type the value into the cell.',
  },
  procedureHasErrors: {
    vi: 'Sửa dòng của thủ tục này trên trang TTHC (dòng nêu trong thông báo); hồ sơ sẽ được tính khi dòng đó hết lỗi.',
    en: 'Fix this procedure’s row on the TTHC sheet (the row in the message); the dossier counts once that row has no errors.',
  },
  valueIgnored: {
    vi: 'Sửa giá trị cho đúng dạng, hoặc xóa nội dung ô nếu không cần.',
    en: 'Correct the value, or clear the cell if it is not needed.',
  },
  unknownFigure: {
    vi: 'Chép đúng tên chỉ tiêu từ câu trong báo cáo (xem hướng dẫn dữ liệu), hoặc ghi mã chỉ tiêu ở cột Mã chỉ tiêu.',
    en: 'Copy the figure’s name from the report sentence (see the data guide), or write its key in the Mã chỉ tiêu column.',
  },
  figureMismatch: {
    vi: 'Sửa cho Mã chỉ tiêu và Chỉ tiêu cùng chỉ một chỉ tiêu, hoặc xóa một trong hai ô.',
    en: 'Make the key and the name point to the same figure, or clear one of the two cells.',
  },
  notWholeCount: {
    vi: 'Gõ số nguyên từ 0 trở lên (ví dụ 3); chỉ tiêu này đếm thủ tục, văn bản hoặc phản ánh nên không có phần lẻ.',
    en: 'Type a whole number, 0 or more (e.g. 3); the figure counts procedures, documents or feedback, so it has no fraction.',
  },
  duplicateFigure: {
    vi: 'Mỗi chỉ tiêu một dòng cho mỗi kỳ: xóa dòng thừa, giữ lại dòng có số đúng.',
    en: 'One row per figure and period: delete the extra row and keep the one with the right value.',
  },
  unknownReport: {
    vi: 'Ghi tên báo cáo như Báo cáo quý, Báo cáo số hóa, Biểu 06 hoặc Điểm 766; để trống nếu đoạn dùng cho mọi báo cáo.',
    en: 'Write the report as Báo cáo quý (quarterly), Báo cáo số hóa (digitisation), Biểu 06 or Điểm 766; leave it blank for every report.',
  },
  badIssueDate: {
    vi: 'Viết ngày ban hành dạng dd/mm/yyyy (15/06/2026) trong trang ThongTin, hoặc xóa để báo cáo lấy ngày tạo.',
    en: 'Write the issue date as dd/mm/yyyy (15/06/2026) in the ThongTin sheet, or clear it to date the report the day it is made.',
  },
  textTooLong: {
    vi: 'Rút gọn nội dung ô, hoặc tách thành nhiều ô hay nhiều dòng.',
    en: 'Shorten the text, or split it over several cells or rows.',
  },
  totalRowSkipped: {
    vi: 'Không cần sửa: dòng tổng cộng không được tính là hồ sơ. Có thể chuyển dòng tổng ra ngoài bảng dữ liệu.',
    en: 'Nothing to fix: the total row is not counted as a dossier. You may move totals out of the data table.',
  },
  totalRowsSkipped: {
    vi: 'Không cần sửa: các dòng tổng cộng không được tính là dữ liệu. Có thể chuyển chúng ra ngoài bảng dữ liệu.',
    en: 'Nothing to fix: total rows are not counted as data. You may move them out of the data table.',
  },
  noChannelColumn: {
    vi: 'Nếu cần số liệu nộp trực tuyến, thêm cột “Kênh tiếp nhận” vào trang HoSo và ghi Trực tuyến, Trực tiếp hoặc Bưu chính cho từng hồ sơ.',
    en: 'If online figures are wanted, add a “Kênh tiếp nhận” (channel) column to the HoSo sheet and write Trực tuyến, Trực tiếp or Bưu chính for each dossier.',
  },
  noFlagColumns: {
    vi: 'Nếu cần các số liệu số hóa này, thêm cột nêu trong thông báo vào trang HoSo và ghi Có hoặc Không cho từng hồ sơ.',
    en: 'If these digitisation figures are wanted, add the column named in the message to the HoSo sheet and write Có (yes) or Không (no) for each dossier.',
  },
  codeTypeDiffers: {
    vi: 'Định dạng cột Mã TTHC ở cả hai trang là Văn bản (Text) rồi gõ lại mã, để giữ các số 0 đầu.',
    en: 'Format the procedure code column on both sheets as Text and retype the codes, so leading zeros are kept.',
  },
  notReceivedSkipped: {
    vi: 'Không cần sửa nếu đúng: hồ sơ chưa tiếp nhận không được tính. Nếu hồ sơ đã được tiếp nhận, sửa Trạng thái cho đúng.',
    en: 'Nothing to fix if correct: dossiers never received are not counted. If they were received, correct the status.',
  },
  unlistedProcedures: {
    vi: 'Thêm các TTHC này (mã, tên, lĩnh vực) vào trang TTHC (danh mục), hoặc chọn cả tệp danh mục TTHC cùng sổ hồ sơ.',
    en: 'Add these procedures (code, name, field) to the TTHC catalogue sheet, or open the catalogue file together with the dossier log.',
  },
} satisfies Partial<Record<MessageId | ReportIssueCode, IssueHelpText>>;

/** Issue codes a report gives (not engine messages): its notes, and the dossiers that cost QĐ 766 points. */
type ReportIssueCode = 'reportNote' | 'score766Lost';

/** How to fix a kind of problem, in the pane's language; null for an unknown or missing code. */
export function issueHelp(code: string | null | undefined, language: Language): string | null {
  if (!code || !Object.prototype.hasOwnProperty.call(ISSUE_HELP, code)) return null;
  return (ISSUE_HELP as Record<string, IssueHelpText>)[code][language];
}
