/**
 * Custom functions of the TTHC namespace (=TTHC.ONLINE_SHARE(...) in a formula).
 *
 * How this file works (Microsoft's shared-runtime template):
 * - Every function marked `@customfunction ID` gets an entry in dist/functions.json, generated
 *   at build time from its JSDoc by custom-functions-metadata-plugin (description, parameter
 *   help, types). Write descriptions in Vietnamese: they are what Excel shows.
 * - The same plugin appends `CustomFunctions.associate("ID", functionName);` for each of them
 *   to this file when bundling, so nothing here calls associate() by hand.
 * - Functions are thin wrappers: argument checks here, indicator logic in src/core.
 * - To add a function: write an exported function with a `@customfunction NAME` JSDoc block,
 *   throw `functionError(...)` for bad input, give it a Vietnamese name in localNames.ts, and
 *   add a unit test.
 * - Dates come and go as Excel serial numbers in the workbook's date system (1900, or 1904 as
 *   `dateSystem.ts` learns from Excel: `readSerialDay`, `readDateCell` and `serialOfDay` in
 *   args.ts); ranges (unknown[][]) as Excel passes them, blank cells as "" or null.
 */
import { excelSerialFromDay } from '../core/days';
import { workingDaysLeft } from '../core/deadlines';
import { emptyCounts, ratesOf, ratio } from '../core/indicators';
import { periodOf } from '../core/periods';
import { WorkCalendar } from '../core/workingDays';
import { find766Indicator, pointsForRate, SCORE766_INDICATORS, score766Indicator } from '../core/score766Model';
import {
  asMatrix,
  holidayEntries,
  isOmitted,
  localToday,
  MAX_EXCEL_SERIAL,
  maxSerial,
  rateResult,
  readCount,
  readPeriod,
  readPeriodPart,
  readDateCell,
  readSerialDay,
  readWholeDays,
  readYear,
  serialOfDay,
} from './args';
import { readCountKind } from './countKinds';
import { learnDateSystemWhenReady } from './dateSystem';
import { countDossiers } from './dossierColumns';
import { functionError } from './errors';

// office.js defines `CustomFunctions.associate` even outside Excel. Should it fail to load in a
// plain browser page, the associate() calls appended by the build get a harmless stand-in, so
// the page keeps working. (Never in Node: unit tests import this file directly.)
if (typeof window !== 'undefined' && typeof CustomFunctions === 'undefined') {
  (window as unknown as { CustomFunctions: unknown }).CustomFunctions = { associate: () => undefined };
}

// Inside Excel, ask the workbook's date system (1900 or 1904) once the host is ready.
if (typeof window !== 'undefined') learnDateSystemWhenReady();

/** A part that cannot exceed its whole (online ≤ new dossiers, digitised ≤ resolved…). */
function checkPartOfWhole(part: number, whole: number, partLabel: string, wholeLabel: string): void {
  if (part > whole) throw functionError('invalidValue', `${partLabel} (${part}) lớn hơn ${wholeLabel} (${whole}).`);
}

/**
 * Tỷ lệ hồ sơ tiếp nhận trực tuyến = số hồ sơ trực tuyến / số hồ sơ tiếp nhận mới (từ 0 đến 1; định dạng ô kiểu %).
 * @customfunction ONLINE_SHARE
 * @param online Số hồ sơ tiếp nhận trực tuyến (số không âm).
 * @param total Tổng số hồ sơ tiếp nhận mới (số không âm, không nhỏ hơn số hồ sơ trực tuyến).
 * @returns Tỷ lệ hồ sơ trực tuyến, từ 0 đến 1.
 */
export function onlineShare(online: number, total: number): number {
  readCount(online, 'Số hồ sơ trực tuyến');
  readCount(total, 'Tổng số hồ sơ tiếp nhận mới');
  if (total > 0) checkPartOfWhole(online, total, 'Số hồ sơ trực tuyến', 'tổng số hồ sơ tiếp nhận mới');
  return rateResult(ratio(online, total));
}

/**
 * Tỷ lệ giải quyết đúng hạn = (trước hạn + đúng hạn) / số hồ sơ đã giải quyết (từ 0 đến 1; định dạng ô kiểu %).
 * @customfunction ONTIME_RATE
 * @param early Số hồ sơ đã giải quyết trước hạn.
 * @param onTime Số hồ sơ đã giải quyết đúng hạn.
 * @param late Số hồ sơ đã giải quyết quá hạn.
 * @returns Tỷ lệ hồ sơ giải quyết trước và đúng hạn, từ 0 đến 1.
 */
export function onTimeRate(early: number, onTime: number, late: number): number {
  const counts = emptyCounts();
  counts.resolvedEarly = readCount(early, 'Số hồ sơ trước hạn');
  counts.resolvedOnTime = readCount(onTime, 'Số hồ sơ đúng hạn');
  counts.resolved = early + onTime + readCount(late, 'Số hồ sơ quá hạn');
  return rateResult(ratesOf(counts).onTimeRate);
}

/**
 * Tỷ lệ số hóa = số hồ sơ (hoặc kết quả) đã số hóa / số hồ sơ đã giải quyết (hoặc kết quả đã cấp), từ 0 đến 1.
 * @customfunction DIGITISATION_RATE
 * @param digitised Số hồ sơ hoặc kết quả đã số hóa.
 * @param total Tổng số hồ sơ đã giải quyết, hoặc tổng số kết quả đã cấp.
 * @returns Tỷ lệ số hóa, từ 0 đến 1.
 */
export function digitisationRate(digitised: number, total: number): number {
  readCount(digitised, 'Số đã số hóa');
  readCount(total, 'Tổng số');
  if (total > 0) checkPartOfWhole(digitised, total, 'Số đã số hóa', 'tổng số');
  return rateResult(ratio(digitised, total));
}

/**
 * Tỷ lệ tiến độ (QĐ 766/QĐ-TTg) = (trước hạn + đúng hạn + đang giải quyết trong hạn) / số hồ sơ tiếp nhận, từ 0 đến 1.
 * @customfunction PROGRESS_RATE
 * @param early Số hồ sơ đã giải quyết trước hạn.
 * @param onTime Số hồ sơ đã giải quyết đúng hạn.
 * @param pendingInTime Số hồ sơ đang giải quyết còn trong hạn.
 * @param received Tổng số hồ sơ tiếp nhận (kỳ trước chuyển qua và mới tiếp nhận).
 * @returns Tỷ lệ tiến độ, từ 0 đến 1.
 */
export function progressRate(early: number, onTime: number, pendingInTime: number, received: number): number {
  const counts = emptyCounts();
  counts.resolvedEarly = readCount(early, 'Số hồ sơ trước hạn');
  counts.resolvedOnTime = readCount(onTime, 'Số hồ sơ đúng hạn');
  counts.pendingInTime = readCount(pendingInTime, 'Số hồ sơ đang giải quyết trong hạn');
  counts.received = readCount(received, 'Tổng số hồ sơ tiếp nhận');
  if (received > 0) checkPartOfWhole(early + onTime + pendingInTime, received, 'Trước hạn + đúng hạn + trong hạn', 'tổng số hồ sơ tiếp nhận');
  return rateResult(ratesOf(counts).progressRate766);
}

/**
 * Đếm hồ sơ của kỳ từ các cột của sổ theo dõi hồ sơ (HoSo): tiếp nhận, mới, kỳ trước chuyển qua, đã giải quyết, đang giải quyết…
 * @customfunction DOSSIER_COUNT
 * @param kind Loại số liệu: received, newReceived, newOnline, newDirect, newPostal, carriedOver, resolved, resolvedEarly, resolvedOnTime, resolvedLate, pending, pendingInTime, pendingOverdue; hoặc tiếng Việt như "đã giải quyết", "trước hạn", "đang giải quyết quá hạn".
 * @param received Cột Ngày tiếp nhận, ví dụ HoSo[Ngày tiếp nhận].
 * @param due Cột Hạn trả kết quả (cùng số dòng); chỉ cần có giá trị ở những hồ sơ cần xét hạn.
 * @param completed Cột Ngày có kết quả (cùng số dòng); để trống là hồ sơ đang giải quyết.
 * @param channel [Tùy chọn] Cột Kênh tiếp nhận: Trực tuyến, Trực tiếp, Bưu chính (hoặc 2, 1, 3); cần khi đếm theo kênh.
 * @param from [Tùy chọn] Ngày đầu kỳ (có thể dùng TTHC.PERIOD_START). Bỏ trống: không giới hạn.
 * @param to [Tùy chọn] Ngày cuối kỳ (có thể dùng TTHC.PERIOD_END). Cần khi đếm hồ sơ đang giải quyết trong hạn, quá hạn.
 * @param status [Tùy chọn] Cột Trạng thái: hồ sơ Rút, Từ chối, Dừng xử lý kết thúc vào ngày có kết quả và được tính là đúng hạn.
 * @returns Số hồ sơ.
 */
export function dossierCount(
  kind: string,
  received: unknown[][],
  due: unknown[][],
  completed: unknown[][],
  channel?: unknown[][],
  from?: number,
  to?: number,
  status?: unknown[][],
): number {
  const key = readCountKind(kind);
  return countDossiers({ received, due, completed, channel, status }, readPeriod(from, to), [key])[key];
}

/**
 * Tỷ lệ giải quyết đúng hạn của kỳ, tính thẳng từ các cột của sổ theo dõi hồ sơ (HoSo), từ 0 đến 1.
 * @customfunction ONTIME_RATE_RANGE
 * @param received Cột Ngày tiếp nhận, ví dụ HoSo[Ngày tiếp nhận].
 * @param due Cột Hạn trả kết quả (cùng số dòng).
 * @param completed Cột Ngày có kết quả (cùng số dòng).
 * @param status [Tùy chọn] Cột Trạng thái: hồ sơ Rút, Từ chối, Dừng xử lý được tính là đúng hạn.
 * @param from [Tùy chọn] Ngày đầu kỳ. Bỏ trống: không giới hạn.
 * @param to [Tùy chọn] Ngày cuối kỳ. Bỏ trống: không giới hạn.
 * @returns Tỷ lệ đúng hạn, từ 0 đến 1.
 */
export function onTimeRateRange(
  received: unknown[][],
  due: unknown[][],
  completed: unknown[][],
  status?: unknown[][],
  from?: number,
  to?: number,
): number {
  const flow = countDossiers({ received, due, completed, status }, readPeriod(from, to), ['resolvedEarly', 'resolvedOnTime', 'resolvedLate']);
  return rateResult(ratesOf({ ...emptyCounts(), ...flow }).onTimeRate);
}

/**
 * Tỷ lệ hồ sơ tiếp nhận trực tuyến của kỳ, tính thẳng từ các cột của sổ theo dõi hồ sơ (HoSo), từ 0 đến 1.
 * @customfunction ONLINE_SHARE_RANGE
 * @param channel Cột Kênh tiếp nhận: Trực tuyến, Trực tiếp, Bưu chính (hoặc 2, 1, 3); ô trống là trực tiếp.
 * @param received Cột Ngày tiếp nhận (cùng số dòng).
 * @param from [Tùy chọn] Ngày đầu kỳ. Bỏ trống: không giới hạn.
 * @param to [Tùy chọn] Ngày cuối kỳ. Bỏ trống: không giới hạn.
 * @returns Tỷ lệ hồ sơ trực tuyến, từ 0 đến 1.
 */
export function onlineShareRange(channel: unknown[][], received: unknown[][], from?: number, to?: number): number {
  const flow = countDossiers({ received, channel }, readPeriod(from, to), ['newOnline', 'newReceived']);
  return rateResult(ratesOf({ ...emptyCounts(), ...flow }).onlineShare);
}

/**
 * Ngày đầu kỳ báo cáo, mặc định theo kỳ chốt số liệu 15–14 (Quý II/2023 từ 15/03/2023). Định dạng ô kiểu ngày.
 * @customfunction PERIOD_START
 * @param year Năm báo cáo, ví dụ 2023.
 * @param part Kỳ: Q1, Q2, Q3, Q4 (quý), H1 (6 tháng), H2, 9M (9 tháng), Y (cả năm).
 * @param calendar [Tùy chọn] TRUE để tính theo tháng dương lịch (Quý II từ 01/04 đến 30/06).
 * @returns Ngày đầu kỳ.
 */
export function periodStart(year: number, part: string, calendar?: boolean): number {
  return serialOfDay(periodOf(readYear(year), readPeriodPart(part), { calendar: calendar === true }).from);
}

/**
 * Ngày cuối kỳ báo cáo, mặc định theo kỳ chốt số liệu 15–14 (Quý II/2023 đến 14/06/2023). Định dạng ô kiểu ngày.
 * @customfunction PERIOD_END
 * @param year Năm báo cáo, ví dụ 2023.
 * @param part Kỳ: Q1, Q2, Q3, Q4 (quý), H1 (6 tháng), H2, 9M (9 tháng), Y (cả năm).
 * @param calendar [Tùy chọn] TRUE để tính theo tháng dương lịch (Quý II đến 30/06).
 * @returns Ngày cuối kỳ.
 */
export function periodEnd(year: number, part: string, calendar?: boolean): number {
  return serialOfDay(periodOf(readYear(year), readPeriodPart(part), { calendar: calendar === true }).to);
}

/**
 * Hạn trả kết quả: ngày làm việc thứ N sau ngày tiếp nhận, trừ thứ Bảy, Chủ nhật, lễ, Tết và ngày nghỉ thêm. Định dạng ô kiểu ngày.
 * @customfunction DUE_DATE
 * @param received Ngày tiếp nhận hồ sơ.
 * @param workingDays Thời hạn giải quyết (số ngày làm việc, số nguyên không âm).
 * @param holidays [Tùy chọn] Vùng các ngày nghỉ thêm, ví dụ cột Ngày của bảng NgayNghi.
 * @param makeupDays [Tùy chọn] Vùng các ngày làm bù (thứ Bảy, Chủ nhật phải đi làm).
 * @returns Hạn trả kết quả.
 */
export function dueDate(received: number, workingDays: number, holidays?: unknown[][], makeupDays?: unknown[][]): number {
  const start = readSerialDay(received, 'Ngày tiếp nhận');
  const n = readWholeDays(workingDays, 'Số ngày làm việc');
  // Working days never outnumber calendar days: past this, the answer has no Excel date.
  if (n > maxSerial() - serialOfDay(start)) throw functionError('invalidNumber', 'Hạn trả kết quả vượt quá ngày 31/12/9999.');
  const calendar = new WorkCalendar(holidayEntries(holidays, makeupDays));
  const due = calendar.addWorkingDays(start, n);
  if (excelSerialFromDay(due) > MAX_EXCEL_SERIAL) throw functionError('invalidNumber', 'Hạn trả kết quả vượt quá ngày 31/12/9999.');
  return serialOfDay(due);
}

/**
 * Số ngày làm việc từ ngày đầu đến ngày cuối (tính cả hai), trừ thứ Bảy, Chủ nhật, lễ, Tết và ngày nghỉ thêm.
 * @customfunction WORKDAYS
 * @param from Ngày đầu.
 * @param to Ngày cuối (không trước ngày đầu).
 * @param holidays [Tùy chọn] Vùng các ngày nghỉ thêm, ví dụ cột Ngày của bảng NgayNghi.
 * @param makeupDays [Tùy chọn] Vùng các ngày làm bù.
 * @returns Số ngày làm việc.
 */
export function workdays(from: number, to: number, holidays?: unknown[][], makeupDays?: unknown[][]): number {
  const period = readPeriod(readSerialArg(from, 'Ngày đầu'), readSerialArg(to, 'Ngày cuối'));
  return new WorkCalendar(holidayEntries(holidays, makeupDays)).countWorkingDays(period.from, period.to);
}

/**
 * Số ngày làm việc còn lại đến hạn trả kết quả, trừ thứ Bảy, Chủ nhật, lễ, Tết và ngày nghỉ thêm; số âm là số ngày làm việc đã quá hạn. Hạn là hôm nay: 0; ngày làm việc kế tiếp: 1. Chọn cả cột hạn để có kết quả cho từng dòng.
 * @customfunction DAYS_LEFT
 * @volatile
 * @param due Hạn trả kết quả: một ô, hoặc cả cột như HoSo[Hạn trả kết quả] (ô trống cho kết quả trống).
 * @param today [Tùy chọn] Ngày tính. Bỏ trống: hôm nay, theo đồng hồ của máy (như hàm TODAY).
 * @param holidays [Tùy chọn] Vùng các ngày nghỉ thêm, ví dụ cột Ngày của bảng NgayNghi.
 * @param makeupDays [Tùy chọn] Vùng các ngày làm bù.
 * @returns Số ngày làm việc còn lại (âm: đã quá hạn), cho từng ô của vùng hạn.
 */
export function daysLeft(due: unknown[][], today?: number, holidays?: unknown[][], makeupDays?: unknown[][]): Array<Array<number | string>> {
  const asOf = isOmitted(today) ? localToday() : readSerialDay(today, 'Ngày tính');
  const rows = asMatrix(due, 'Hạn trả kết quả');
  const days = rows.map((row, r) => row.map((cell, c) => readDateCell(cell, () => `Ô dòng ${r + 1}, cột ${c + 1} của vùng Hạn trả kết quả`)));
  const dues = days.flat().filter((day): day is number => day !== null);
  const left = workingDaysLeft(new WorkCalendar(holidayEntries(holidays, makeupDays)), asOf, dues);
  let next = 0;
  // A blank due cell gives a blank result, so the column lines up with the log's rows.
  return days.map((row) => row.map((day) => (day === null ? '' : left[next++])));
}

/** WORKDAYS takes both ends; unlike a period's, neither may be left out. */
function readSerialArg(value: number | null | undefined, label: string): number {
  if (isOmitted(value)) throw functionError('invalidValue', `Thiếu ${label.toLowerCase()}.`);
  return value;
}

/** The 766 indicator with that id (`2.1`, `4.2`, `3'A`…), or #VALUE! naming the ids there are. */
function indicator766(id: string) {
  const found = find766Indicator(String(id));
  if (!found) {
    throw functionError('invalidValue', `Không có chỉ số "${String(id)}" trong Bộ chỉ số 766. Chọn một trong: ${SCORE766_INDICATORS.map((i) => i.id).join(', ')}.`);
  }
  return found;
}

/**
 * Điểm một chỉ số của Bộ chỉ số 766 (QĐ 766/QĐ-TTg) từ tử số và mẫu số, theo cách Cổng Dịch vụ công quốc gia tính điểm năm 2026 (như báo cáo 766).
 * @customfunction SCORE766
 * @param indicator Mã chỉ số như trong bảng điểm: "2.1", "3.3", "3'A", "4.2", "5.4"…
 * @param numerator Tử số của chỉ số (ví dụ số hồ sơ đã số hóa).
 * @param denominator Mẫu số của chỉ số (ví dụ số hồ sơ đã giải quyết).
 * @returns Số điểm đạt được.
 */
export function score766(indicator: string, numerator: number, denominator: number): number {
  const found = indicator766(indicator);
  readCount(numerator, 'Tử số');
  readCount(denominator, 'Mẫu số');
  if (denominator > 0) checkPartOfWhole(numerator, denominator, 'Tử số', 'mẫu số');
  return rateResult(score766Indicator(found.id, numerator, denominator));
}

/**
 * Điểm tiến độ giải quyết (chỉ số 2.1 của QĐ 766/QĐ-TTg), từ các số liệu của TTHC.PROGRESS_RATE.
 * @customfunction SCORE766_PROGRESS
 * @param early Số hồ sơ đã giải quyết trước hạn.
 * @param onTime Số hồ sơ đã giải quyết đúng hạn.
 * @param pendingInTime Số hồ sơ đang giải quyết còn trong hạn.
 * @param received Tổng số hồ sơ tiếp nhận (kỳ trước chuyển qua và mới tiếp nhận).
 * @returns Số điểm đạt được.
 */
export function score766Progress(early: number, onTime: number, pendingInTime: number, received: number): number {
  const found = indicator766('2.1');
  return pointsForRate(progressRate(early, onTime, pendingInTime, received), found.maxPoints, found.fullPointsAt);
}

/**
 * Điểm số hóa hồ sơ TTHC (chỉ số 4.2 của QĐ 766/QĐ-TTg): số hồ sơ đã số hóa trên tổng số hồ sơ (Cổng DVCQG: hồ sơ tiếp nhận trong kỳ).
 * @customfunction SCORE766_DIGITISATION
 * @param digitised Số hồ sơ đã số hóa (thành phần hồ sơ, và kết quả điện tử nếu TTHC trả kết quả bằng giấy).
 * @param resolved Tổng số hồ sơ (hồ sơ tiếp nhận trong kỳ; hoặc số hồ sơ đã giải quyết như báo cáo số hóa).
 * @returns Số điểm đạt được.
 */
export function score766Digitisation(digitised: number, resolved: number): number {
  const found = indicator766('4.2');
  return pointsForRate(digitisationRate(digitised, resolved), found.maxPoints, found.fullPointsAt);
}
