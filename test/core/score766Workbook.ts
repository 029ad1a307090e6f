/**
 * A small 2026 workbook for the QĐ 766 estimate: three procedures and thirteen dossiers around
 * 2026-Q3, covering supplements (subtracted, open, requested twice), a stopped dossier, a
 * dossier without due date, online dossiers with and without an electronic result, fees and
 * the national-portal sync. The hand count of every indicator is in
 * `test/core/score766.test.ts`, next to the assertions.
 */
import type { RawCell, RawTable } from '../../src/core/types';

const table = (sheet: string, rows: RawCell[][]): RawTable => ({ sheet, firstRow: 1, firstColumn: 1, rows });

export const CATALOGUE_HEADER = [
  'Mã TTHC', 'Tên TTHC', 'Lĩnh vực', 'Mức DVCTT', 'Thời hạn giải quyết (ngày làm việc)',
  'Đủ điều kiện toàn trình', 'Trả kết quả bằng văn bản giấy', 'Có phí, lệ phí',
];

// Sheet rows: P1 row 2, P2 row 3, P3 row 4.
export const CATALOGUE_ROWS: RawCell[][] = [
  ['P1', 'Cấp giấy phép A', 'Lĩnh vực 1', 'Toàn trình', 5, 'Có', 'Có', 'Có'], // toàn trình, paper result, fee
  ['P2', 'Cấp giấy chứng nhận B', 'Lĩnh vực 1', 'Một phần', 10, 'Có', 'Không', 'Có'], // eligible, no paper result, fee
  ['P3', 'Xác nhận C', 'Lĩnh vực 2', 'Không', 3, 'Không', 'Có', 'Không'], // not eligible, paper result, no fee
];

export const LOG_HEADER = [
  'Mã hồ sơ', 'Mã TTHC', 'Ngày tiếp nhận', 'Hạn trả kết quả', 'Ngày có kết quả', 'Kênh tiếp nhận', 'Trạng thái',
  'Hồ sơ số hóa', 'Kết quả điện tử', 'Tái sử dụng dữ liệu số hóa', 'Khai thác CSDL dân cư', 'Thanh toán trực tuyến',
  'Số lần yêu cầu bổ sung', 'Ngày yêu cầu bổ sung', 'Ngày hoàn thành bổ sung', 'Loại DVCTT', 'Có phí', 'Đã đồng bộ DVCQG',
];

/*
 * Sheet row = index + 2. Columns: id, procedure, received, due, completed, channel, status,
 * digitised, e-result, reused, population data, paid online, requests, requested, supplement
 * completed, DVCTT type, fee, synced.
 */
export const LOG_ROWS: RawCell[][] = [
  // row 2  D01: P1 online toàn trình, e-result, everything yes; ended 06/07 ≤ due 08/07.
  ['D01', 'P1', '01/07/2026', '08/07/2026', '06/07/2026', 'Trực tuyến', 'Đã trả kết quả', 'Có', 'Có', 'Có', 'Có', 'Có', 0, '', '', 'Toàn trình', 'Có', 'Có'],
  // row 3  D02: ended 15/07 > due 09/07, but 7 supplement days (03/07 → 10/07): 08/07 ≤ 09/07, on time.
  ['D02', 'P1', '02/07/2026', '09/07/2026', '15/07/2026', 'Trực tuyến', 'Đã trả kết quả', 'Có', 'Có', 'Không', 'Có', 'Có', 1, '03/07/2026', '10/07/2026', 'Toàn trình', 'Có', 'Có'],
  // row 4  D03: ended 20/07, 2 supplement days → 18/07 > due 13/07: late. Online, paper result, no e-result.
  ['D03', 'P1', '06/07/2026', '13/07/2026', '20/07/2026', 'Trực tuyến', 'Đã trả kết quả', 'Có', 'Không', 'Không', 'Không', 'Không', 1, '07/07/2026', '09/07/2026', 'Toàn trình', 'Có', 'Có'],
  // row 5  D04: supplement requested 12/08, still open: ends at 12/08 ≤ due 17/08, on time. Online, no e-result yet.
  ['D04', 'P1', '10/08/2026', '17/08/2026', '', 'Trực tuyến', 'Yêu cầu bổ sung giấy tờ', 'Có', 'Không', 'Không', 'Không', 'Không', 1, '12/08/2026', '', 'Toàn trình', 'Có', 'Có'],
  // row 6  D05: two supplement requests: overdue, though ended 14/08 ≤ due 17/08. Direct.
  ['D05', 'P2', '03/08/2026', '17/08/2026', '14/08/2026', 'Trực tiếp', 'Đã trả kết quả', 'Có', 'Không', 'Có', 'Không', 'Không', 2, '05/08/2026', '07/08/2026', '', 'Có', 'Có'],
  // row 7  D06: stopped 25/08 after due 19/08: late for the portal. Online một phần, not synced.
  ['D06', 'P2', '05/08/2026', '19/08/2026', '25/08/2026', 'Trực tuyến', 'Dừng xử lý', 'Không', 'Không', 'Không', 'Không', 'Không', 0, '', '', 'Một phần', 'Có', 'Không'],
  // row 8  D07: no due date: 10 working days after Mon 10/08 = Sat 22/08 (a make-up day in the 2026 schedule for 2/9;
  //        Mon 24/08 without it); ended 26/08 − 5 supplement days (12/08 → 17/08) = 21/08: on time either way.
  ['D07', 'P2', '10/08/2026', '', '26/08/2026', 'Trực tuyến', 'Đã trả kết quả', 'Có', 'Có', 'Không', 'Không', 'Có', 1, '12/08/2026', '17/08/2026', 'Một phần', 'Có', 'Có'],
  // row 9  D08: P3 direct, ended 03/09 ≤ due 04/09, e-result, no fee.
  ['D08', 'P3', '01/09/2026', '04/09/2026', '03/09/2026', 'Trực tiếp', 'Đã trả kết quả', 'Có', 'Có', 'Không', 'Không', 'Không', 0, '', '', '', 'Không', 'Có'],
  // row 10 D09: received 21/09 (after the 14/09 cut-off), pending, due 24/09 < 30/09: overdue. Postal, not synced.
  ['D09', 'P3', '21/09/2026', '24/09/2026', '', 'Bưu chính', 'Đang xử lý', 'Không', 'Không', 'Không', 'Không', 'Không', 0, '', '', '', 'Không', 'Không'],
  // row 11 D10: received and ended in June (inside the cut-off quarter 15/06–14/09, before the calendar one): left out.
  ['D10', 'P1', '19/06/2026', '26/06/2026', '25/06/2026', 'Trực tuyến', 'Đã trả kết quả', 'Có', 'Có', 'Có', 'Có', 'Có', 0, '', '', 'Toàn trình', 'Có', 'Có'],
  // row 12 D11: carried over from 25/06, ended 03/07 > due 02/07: late. No e-result.
  ['D11', 'P1', '25/06/2026', '02/07/2026', '03/07/2026', 'Trực tuyến', 'Đã trả kết quả', 'Có', 'Không', 'Không', 'Không', 'Không', 0, '', '', 'Toàn trình', 'Có', 'Có'],
  // row 13 D12: pending, due 09/10 ≥ 30/09: in time. Online một phần.
  ['D12', 'P2', '25/09/2026', '09/10/2026', '', 'Trực tuyến', 'Đang xử lý', 'Có', 'Không', 'Không', 'Không', 'Không', 0, '', '', 'Một phần', 'Có', 'Có'],
  // row 14 D13: P1 online toàn trình, e-result, everything yes; ended 18/09 ≤ due 21/09.
  ['D13', 'P1', '14/09/2026', '21/09/2026', '18/09/2026', 'Trực tuyến', 'Đã trả kết quả', 'Có', 'Có', 'Có', 'Có', 'Có', 0, '', '', 'Toàn trình', 'Có', 'Có'],
];

/** The workbook's two sheets; `drop` leaves out log columns by header (a workbook without them). */
export function score766Sheets(drop: readonly string[] = []): RawTable[] {
  const keep = LOG_HEADER.map((h, i) => (drop.includes(h) ? -1 : i)).filter((i) => i >= 0);
  return [
    table('TTHC', [CATALOGUE_HEADER, ...CATALOGUE_ROWS]),
    table('HoSo', [keep.map((i) => LOG_HEADER[i]), ...LOG_ROWS.map((r) => keep.map((i) => r[i]))]),
  ];
}
