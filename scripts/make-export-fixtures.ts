/**
 * Writes test/fixtures/exports/: files shaped like what provincial TTHC systems export
 * (DOMAIN-2026 §2), each small enough to count by hand. Run again after changing it:
 *
 *   node -r ts-node/register/transpile-only scripts/make-export-fixtures.ts
 *
 * The bytes are the same on every run (fixed zip times, fixed workbook dates).
 */
import ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import path from 'path';
import { fixZipTimes, SheetSpec, workbookOf } from './make-bad-fixtures';

export const EXPORT_DIR = path.join(__dirname, '..', 'test', 'fixtures', 'exports');

const day = (d: number, m: number, y = 2026) => new Date(Date.UTC(y, m - 1, d));

/** The Thanh Hóa dossier list header (DOMAIN-2026 §2.1), in its order. */
export const THANH_HOA_HEADER = [
  'STT',
  'Đơn vị tiếp nhận',
  'Tên thủ tục hành chính',
  'Mã hồ sơ',
  'Trạng thái',
  'Địa chỉ',
  'Người nộp',
  'Chủ hồ sơ',
  'Ngày nộp hồ sơ',
  'Ngày nhận',
  'Ngày hẹn trả',
  'Ngày kết thúc xử lý',
];

/**
 * The dossiers of the HTML export, as [procedure name, status, submitted, received, due, ended].
 * Hand count for 2026-Q3 (15/06/2026–14/09/2026), with catalogue.xlsx:
 *  - left out: row 7 Mới đăng ký and row 8 Không được tiếp nhận (never received);
 *    row 10 ended 20/05, before the period;
 *  - received 8 = carried over 1 (row 3) + new 7; online unknown (no channel column);
 *  - resolved 6: early 2 (rows 1, 9), on time 3 (row 2 on its due day, row 6 withdrawn,
 *    row 11 stopped), late 1 (row 3); pending 2: in time 1 (row 4, due 15/09), overdue 1 (row 5);
 *  - row 9's procedure is not in the catalogue: counted under "Chưa xác định lĩnh vực".
 */
export const THANH_HOA_DOSSIERS: [string, string, string, string, string, string][] = [
  ['Đăng ký khai sinh', 'Đã trả kết quả', '14/06/2026 16:05:00', '15/06/2026 08:00:00', '19/06/2026', '18/06/2026 15:30:00'],
  ['Đăng ký khai sinh', 'Đã xử lý xong', '30/06/2026 17:00:00', '01/07/2026 08:30:00', '08/07/2026', '08/07/2026 10:00:00'],
  ['Đăng ký kết hôn', 'Đã trả kết quả', '09/06/2026 10:00:00', '10/06/2026 08:00:00', '15/06/2026', '17/06/2026 09:00:00'],
  ['Đăng ký kết hôn', 'Đang xử lý', '10/09/2026 07:50:00', '10/09/2026 08:10:00', '15/09/2026', ''],
  ['Chứng thực bản sao từ bản chính', 'Yêu cầu bổ sung giấy tờ', '20/08/2026 14:00', '20/08/2026 14:20', '21/08/2026', ''],
  ['Đăng ký đất đai lần đầu', 'Công dân yêu cầu rút hồ sơ', '31/07/2026 16:00:00', '01/08/2026 08:00:00', '12/09/2026', '05/08/2026 11:00:00'],
  ['Đăng ký khai sinh', 'Mới đăng ký', '13/09/2026 21:00:00', '', '', ''],
  ['Đăng ký kết hôn', 'Không được tiếp nhận', '02/07/2026 09:00:00', '', '', ''],
  ['Cấp phiếu lý lịch tư pháp', 'Đã trả kết quả', '04/07/2026 10:00:00', '05/07/2026 08:00:00', '15/07/2026', '14/07/2026 16:00:00'],
  ['Đăng ký khai sinh', 'Đã trả kết quả', '30/04/2026 10:00:00', '01/05/2026 08:00:00', '08/05/2026', '20/05/2026 08:00:00'],
  ['Đăng ký khai sinh', 'Dừng xử lý', '19/07/2026 10:00:00', '20/07/2026 08:00:00', '27/07/2026', '22/07/2026 08:00:00'],
];

const escapeHtml = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** An Office-HTML page saved as .xls, the way the Thanh Hóa system's "Xuất Excel" writes it. */
export function thanhHoaExport(): string {
  const cells = (values: string[]) => values.map((v) => `<td>${escapeHtml(v)}</td>`).join('');
  const rows = THANH_HOA_DOSSIERS.map(([name, status, submitted, received, due, ended], i) =>
    `<tr>${cells([String(i + 1), 'UBND xã Đông Sơn', name, `000.00.12.H56-2606${String(15 + (i % 10)).padStart(2, '0')}-${String(i + 1).padStart(4, '0')}`, status, 'Thôn 1', 'Nguyễn Văn A', 'Nguyễn Văn A', submitted, received, due, ended])}</tr>`,
  );
  return [
    '<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel" xmlns="http://www.w3.org/TR/REC-html40">',
    '<head><meta http-equiv="Content-Type" content="application/vnd.ms-excel; charset=UTF-8">',
    '<!--[if gte mso 9]><xml><x:ExcelWorkbook><x:ExcelWorksheets><x:ExcelWorksheet><x:Name>Sheet1</x:Name></x:ExcelWorksheet></x:ExcelWorksheets></x:ExcelWorkbook></xml><![endif]-->',
    '</head><body><table border="1">',
    '<tr><td colspan="9" style="font-weight:bold;text-align:center">THỐNG KÊ HỒ SƠ TIẾP NHẬN QUÁ HẠN</td></tr>',
    '<tr><td colspan="8"></td></tr>',
    `<tr>${THANH_HOA_HEADER.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr>`,
    ...rows,
    '</table></body></html>',
    '',
  ].join('\r\n');
}

/** A commune's catalogue: title rows, a "(1)…(5)" row, "Lĩnh vực" merged down over its procedures. */
export function catalogueSheets(): SheetSpec[] {
  return [
    {
      name: 'Danh mục TTHC',
      rows: [
        ['DANH MỤC THỦ TỤC HÀNH CHÍNH THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA UBND XÃ ĐÔNG SƠN'],
        [],
        ['STT', 'Lĩnh vực', 'Mã TTHC', 'Tên TTHC', 'Thời hạn giải quyết'],
        ['(1)', '(2)', '(3)', '(4)', '(5)'],
        [1, 'Hộ tịch', '1.001193', 'Đăng ký khai sinh', '05 ngày làm việc'],
        [2, null, '1.000894', 'Đăng ký kết hôn', '03 ngày làm việc'],
        [3, 'Chứng thực', '2.000815', 'Chứng thực bản sao từ bản chính', '01 ngày làm việc'],
        [4, 'Đất đai', '1.003003', 'Đăng ký đất đai lần đầu', '30 ngày'],
      ],
      merges: ['A1:E1', 'B5:B6'],
    },
  ];
}

const CATALOGUE_SHEET: SheetSpec = {
  name: 'TTHC',
  rows: [
    ['Mã TTHC', 'Tên TTHC', 'Lĩnh vực', 'Thời hạn giải quyết (ngày làm việc)'],
    ['P1', 'Cấp hộ chiếu', 'Xuất nhập cảnh', 5],
  ],
};

/**
 * A log with every national status (labels and codes) and every channel wording. For 2026-Q3:
 * 1 and 3 (both spellings) are left out; the other 20 rows are received, all new.
 */
export function statusSheets(): SheetSpec[] {
  const statuses: (string | number)[] = [
    'Mới đăng ký', 'Được tiếp nhận', 'Không được tiếp nhận', 'Đang xử lý', 'Yêu cầu bổ sung giấy tờ',
    'Yêu cầu thực hiện nghĩa vụ tài chính', 'Công dân yêu cầu rút hồ sơ', 'Dừng xử lý', 'Đã xử lý xong', 'Đã trả kết quả',
    1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 'Trả lại', 'Hủy',
  ];
  const channels = ['Nộp trực tuyến', 'Trực tiếp', 'Qua BCCI', 'DVC trực tuyến toàn trình', 'Trực tuyến một phần', 'Bưu chính công ích', 'Dịch vụ bưu chính', 'qua mạng', 2, 1, 3];
  const ends = new Set(['Công dân yêu cầu rút hồ sơ', 'Dừng xử lý', 'Đã xử lý xong', 'Đã trả kết quả', 7, 8, 9, 10, 'Trả lại', 'Hủy']);
  const rows: ExcelJS.CellValue[][] = [['Mã hồ sơ', 'Mã TTHC', 'Ngày tiếp nhận', 'Hạn trả kết quả', 'Ngày có kết quả', 'Kênh tiếp nhận', 'Trạng thái', 'Hồ sơ số hóa']];
  statuses.forEach((status, i) => {
    const notReceived = status === 'Mới đăng ký' || status === 'Không được tiếp nhận' || status === 1 || status === 3;
    rows.push([
      `HS-${String(i + 1).padStart(3, '0')}`,
      'P1',
      notReceived ? null : day(1 + i, 7),
      notReceived ? null : day(8 + i, 7),
      ends.has(status) ? day(5 + i, 7) : null,
      channels[i % channels.length],
      status,
      i % 2 === 0 ? 'Đã số hóa' : 'Chưa số hóa',
    ]);
  });
  return [CATALOGUE_SHEET, { name: 'Sổ theo dõi hồ sơ', rows }];
}

/** A semicolon CSV with a BOM, as Excel's "CSV UTF-8" writes it on a Vietnamese Windows. */
export function dossierCsv(): string {
  const lines = [
    'Mã hồ sơ;Mã TTHC;Ngày tiếp nhận;Hạn trả kết quả;Ngày có kết quả;Kênh tiếp nhận',
    'H-1;1.001193;16/06/2026;23/06/2026;22/06/2026;Trực tuyến',
    'H-2;1.001193;"17/06/2026 08:00";24/06/2026;;Trực tiếp',
    'H-3;1.000894;01/07/2026;06/07/2026;07/07/2026;"Qua BCCI"',
  ];
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

/** The same log in a 1904 workbook, dates shown as dates (styled serials) or as bare serial numbers. */
function sheets1904(styled: boolean): SheetSpec[] {
  const serial1904 = (d: Date) => d.getTime() / 86_400_000 + 25569 - 1462;
  const date = (d: Date) => (styled ? d : serial1904(d));
  return [
    CATALOGUE_SHEET,
    {
      name: 'HoSo',
      rows: [
        ['Mã hồ sơ', 'Mã TTHC', 'Ngày tiếp nhận', 'Hạn trả kết quả', 'Ngày có kết quả', 'Kênh tiếp nhận'],
        ['H-1', 'P1', date(day(16, 6)), date(day(23, 6)), date(day(22, 6)), 'Trực tuyến'],
        ['H-2', 'P1', date(day(1, 7)), date(day(8, 7)), null, 'Trực tiếp'],
      ],
    },
  ];
}

/**
 * Form II.06a by unit (DOMAIN-2026 §2.2), 13 columns, as a province's system exports it: the
 * agency block and the national motto, the title, the period, three merged header rows, the
 * (1)…(13) row, one row per unit, a "Tổng cộng" row, the signature line under the table.
 * Hand count, columns (3)…(13) = received, online, direct/postal, carried over | resolved,
 * early, on time, late | pending, in time, overdue:
 *  - Sở Tư pháp        25 = 12 + 8 + 5 | 20 = 6 + 11 + 3 | 5 = 4 + 1
 *  - UBND xã Đông Sơn   8 =  3 + 4 + 1 |  6 = 2 +  3 + 1 | 2 = 1 + 1
 *  - Tổng cộng         33 = 15 + 12 + 6 | 26 = 8 + 14 + 4 | 7 = 5 + 2 (their sum)
 */
export const II06A_UNITS: [string, number[]][] = [
  ['Sở Tư pháp', [25, 12, 8, 5, 20, 6, 11, 3, 5, 4, 1]],
  ['UBND xã Đông Sơn', [8, 3, 4, 1, 6, 2, 3, 1, 2, 1, 1]],
];

export const II06A_TITLE = 'TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC TẠI CƠ QUAN, ĐƠN VỊ TRỰC TIẾP GIẢI QUYẾT TTHC';

export function ii06aByUnitSheets(): SheetSpec[] {
  const total = II06A_UNITS[0][1].map((_, i) => II06A_UNITS.reduce((s, [, counts]) => s + counts[i], 0));
  return [
    {
      name: 'II.06a',
      rows: [
        ['UBND TỈNH THANH HÓA', null, null, null, null, null, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
        ['VĂN PHÒNG UBND TỈNH', null, null, null, null, null, 'Độc lập - Tự do - Hạnh phúc'],
        [],
        [II06A_TITLE],
        ['(Từ ngày 15/6/2026 đến ngày 14/9/2026)'],
        [null, null, null, null, null, null, null, null, null, null, 'Đơn vị tính: Số hồ sơ TTHC'],
        ['STT', 'Đơn vị', 'Số hồ sơ nhận giải quyết', null, null, null, 'Số hồ sơ đã giải quyết', null, null, null, 'Số lượng hồ sơ đang giải quyết'],
        [null, null, 'Tổng số', 'Trong đó', null, 'Từ kỳ trước', 'Tổng số', 'Trước hạn', 'Đúng hạn', 'Quá hạn', 'Tổng số', 'Trong hạn', 'Quá hạn'],
        [null, null, null, 'Trực tuyến', 'Trực tiếp, dịch vụ bưu chính'],
        Array.from({ length: 13 }, (_, i) => `(${i + 1})`),
        ...II06A_UNITS.map(([unit, counts], i) => [i + 1, unit, ...counts]),
        ['Tổng cộng', null, ...total],
        [],
        ['NGƯỜI LẬP BIỂU', null, null, null, null, null, null, null, null, 'THỦ TRƯỞNG ĐƠN VỊ'],
      ],
      merges: [
        'A1:C1', 'G1:M1', 'A2:C2', 'G2:M2', 'A4:M4', 'A5:M5', 'K6:M6',
        'A7:A9', 'B7:B9', 'C7:F7', 'G7:J7', 'K7:M7',
        'C8:C9', 'D8:E8', 'F8:F9', 'G8:G9', 'H8:H9', 'I8:I9', 'J8:J9', 'K8:K9', 'L8:L9', 'M8:M9',
        'A13:B13', 'A15:C15', 'J15:M15',
      ],
    },
  ];
}

/**
 * The same form as an HTML page saved as .xls (the "Xuất Excel" of provincial systems): an empty
 * first column, two header rows in Thanh Hóa's wording, every number as text with thousands dots.
 * Hand count (same columns as above):
 *  - Sở Tư pháp        1.234 = 1.000 + 200 + 34 | 1.200 = 300 + 850 + 50 | 34 = 30 + 4
 *  - UBND xã Đông Sơn     56 =    20 +  30 +  6 |    50 =  10 +  38 +  2 |  6 =  5 + 1
 *  - their sum         1.290 = 1.020 + 230 + 40 | 1.250 = 310 + 888 + 52 | 40 = 35 + 5
 *  - the "Tổng cộng" row says 1.300 received and 50 carried over (consistent in itself), so two
 *    warnings: received (column D) 1.300 ≠ 1.290, carried over (column G) 50 ≠ 40.
 */
export const II06A_BAD_TOTAL_UNITS: [string, string[]][] = [
  ['Sở Tư pháp', ['1.234', '1.000', '200', '34', '1.200', '300', '850', '50', '34', '30', '4']],
  ['UBND xã Đông Sơn', ['56', '20', '30', '6', '50', '10', '38', '2', '6', '5', '1']],
];
export const II06A_BAD_TOTAL_ROW = ['1.300', '1.020', '230', '50', '1.250', '310', '888', '52', '40', '35', '5'];

export function ii06aBadTotalExport(): string {
  const td = (v: string, attrs = '') => `<td${attrs}>${escapeHtml(v)}</td>`;
  const row = (...cells: string[]) => `<tr><td></td>${cells.join('')}</tr>`;
  const span = (c: number, r = 1) => `${c > 1 ? ` colspan="${c}"` : ''}${r > 1 ? ` rowspan="${r}"` : ''}`;
  return [
    '<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel" xmlns="http://www.w3.org/TR/REC-html40">',
    '<head><meta http-equiv="Content-Type" content="application/vnd.ms-excel; charset=UTF-8">',
    '<!--[if gte mso 9]><xml><x:ExcelWorkbook><x:ExcelWorksheets><x:ExcelWorksheet><x:Name>BaoCao</x:Name></x:ExcelWorksheet></x:ExcelWorksheets></x:ExcelWorkbook></xml><![endif]-->',
    '</head><body><table border="1">',
    row(td('UBND TỈNH THANH HÓA', span(3)), td('', span(3)), td('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', span(7))),
    row(td('VĂN PHÒNG UBND TỈNH', span(3)), td('', span(3)), td('Độc lập - Tự do - Hạnh phúc', span(7))),
    row(td('', span(13))),
    row(td(II06A_TITLE, span(13))),
    row(td('(Từ ngày 15/6/2026 đến ngày 14/9/2026)', span(13))),
    row(
      td('STT', span(1, 2)), td('Đơn vị', span(1, 2)), td('Số hồ sơ nhận giải quyết', span(4)),
      td('Số hồ sơ đã giải quyết', span(4)), td('Số hồ sơ đang giải quyết', span(3)),
    ),
    row(
      ...['Tổng số', 'Trong đó: Trực tuyến', 'Trực tiếp, bưu chính', 'Kỳ trước chuyển qua'].map((h) => td(h)),
      ...['Tổng số', 'Trước hạn', 'Đúng hạn (Bao gồm cả hồ sơ chờ Bổ sung và Trả lại / Xin rút)', 'Quá hạn'].map((h) => td(h)),
      ...['Tổng số', 'Trong hạn', 'Quá hạn'].map((h) => td(h)),
    ),
    row(...Array.from({ length: 13 }, (_, i) => td(`(${i + 1})`))),
    ...II06A_BAD_TOTAL_UNITS.map(([unit, counts], i) => row(td(String(i + 1)), td(unit), ...counts.map((c) => td(c)))),
    row(td('Tổng cộng', span(2)), ...II06A_BAD_TOTAL_ROW.map((c) => td(c))),
    '</table></body></html>',
    '',
  ].join('\r\n');
}

/**
 * Hà Nội's "Tổng hợp kết quả giải quyết TTHC theo đơn vị" (DOMAIN-2026 §2.2, [S]: wording not
 * confirmed): three merged header rows, a (1)…(n) row, a total row. Received split without a
 * total (trực tiếp, trực tuyến toàn trình / một phần / hình thức khác, phi địa giới, kỳ trước
 * chuyển qua, bưu chính/BCCI); resolved "đúng và trước hạn" and quá hạn (đã / chưa có thư xin
 * lỗi); pending trong hạn and quá hạn the same; payments, dừng xử lý, chờ tiếp nhận, không được
 * tiếp nhận, rút (none of them form 06 figures). Per unit, in that order:
 * [trực tiếp, toàn trình, một phần, khác, phi địa giới, kỳ trước, BCCI | (tổng), đúng và trước hạn,
 *  quá hạn có thư, không thư | (tổng), trong hạn, quá hạn có thư, không thư | payments 2 | 4 others].
 * Hand count (received = trực tiếp + online + BCCI + kỳ trước; phi địa giới not added):
 *  - Sở Xây dựng          received 1.294 = online 1.100 (950 + 130 + 20) + direct/postal 134 (120 + 14) + carried 60
 *                         resolved 1.165 = đúng và trước hạn 1.150 + late 15 (12 + 3) | pending 129 = 120 + 9 (6 + 3)
 *  - UBND phường Hoàn Kiếm received 300 = 250 (210 + 35 + 5) + 42 (40 + 2) + 8
 *                         resolved 275 = 270 + 5 (4 + 1) | pending 25 = 22 + 3 (2 + 1)
 *  - UBND xã Sóc Sơn      received 103 = 72 (60 + 12 + 0) + 26 (25 + 1) + 5
 *                         resolved 92 = 90 + 2 (2 + 0) | pending 11 = 10 + 1 (1 + 0)
 *  - total                received 1.697 = 1.422 + 202 + 73 | resolved 1.532 = 1.510 + 22 | pending 165 = 152 + 13
 * Early and on time apart are unknown (null) for every unit.
 */
export const HA_NOI_UNITS: [string, { received: number[]; resolved: number[]; pending: number[]; other: number[] }][] = [
  ['Sở Xây dựng', { received: [120, 950, 130, 20, 45, 60, 14], resolved: [1165, 1150, 12, 3], pending: [129, 120, 6, 3], other: [800, 50, 2, 7, 4, 3] }],
  ['UBND phường Hoàn Kiếm', { received: [40, 210, 35, 5, 12, 8, 2], resolved: [275, 270, 4, 1], pending: [25, 22, 2, 1], other: [150, 10, 1, 3, 2, 1] }],
  ['UBND xã Sóc Sơn', { received: [25, 60, 12, 0, 3, 5, 1], resolved: [92, 90, 2, 0], pending: [11, 10, 1, 0], other: [40, 5, 0, 2, 1, 0] }],
];
export const HA_NOI_TITLE = 'TỔNG HỢP KẾT QUẢ GIẢI QUYẾT TTHC THEO ĐƠN VỊ';

/** The layout as rows (null where a merge continues): with or without the "Tổng số" columns of resolved and pending, the total row as given or with its sums. */
export function haNoiRows(options: { totals: boolean; totalLabel?: string; totalRow?: number[] }): { rows: (string | number | null)[][]; merges: [number, number, number, number][] } {
  const t = options.totals;
  const values = (u: (typeof HA_NOI_UNITS)[number][1]) => [...u.received, ...(t ? u.resolved : u.resolved.slice(1)), ...(t ? u.pending : u.pending.slice(1)), ...u.other];
  const width = 2 + values(HA_NOI_UNITS[0][1]).length;
  const resolvedAt = 9;
  const pendingAt = resolvedAt + (t ? 4 : 3);
  const otherAt = pendingAt + (t ? 4 : 3);
  const row = (cells: Record<number, string>) => Array.from({ length: width }, (_, c) => cells[c] ?? null);
  const r1 = row({ 0: 'STT', 1: 'Tên đơn vị', 2: 'Tiếp nhận', [resolvedAt]: 'Đã giải quyết', [pendingAt]: 'Đang giải quyết', [otherAt]: 'Thanh toán', [otherAt + 2]: 'Dừng xử lý', [otherAt + 3]: 'Chờ tiếp nhận', [otherAt + 4]: 'Không được tiếp nhận', [otherAt + 5]: 'Rút hồ sơ' });
  const r2 = row({
    2: 'Trực tiếp', 3: 'Trực tuyến', 6: 'Phi địa giới', 7: 'Kỳ trước chuyển qua', 8: 'Bưu chính/BCCI',
    ...(t ? { [resolvedAt]: 'Tổng số', [resolvedAt + 1]: 'Đúng và trước hạn', [resolvedAt + 2]: 'Quá hạn' } : { [resolvedAt]: 'Đúng và trước hạn', [resolvedAt + 1]: 'Quá hạn' }),
    ...(t ? { [pendingAt]: 'Tổng số', [pendingAt + 1]: 'Trong hạn', [pendingAt + 2]: 'Quá hạn' } : { [pendingAt]: 'Trong hạn', [pendingAt + 1]: 'Quá hạn' }),
    [otherAt]: 'Trực tuyến', [otherAt + 1]: 'Trực tiếp',
  });
  const lateAt = resolvedAt + (t ? 2 : 1);
  const overdueAt = pendingAt + (t ? 2 : 1);
  const r3 = row({ 3: 'Toàn trình', 4: 'Một phần', 5: 'Hình thức khác', [lateAt]: 'Đã có thư xin lỗi', [lateAt + 1]: 'Chưa có thư xin lỗi', [overdueAt]: 'Đã có thư xin lỗi', [overdueAt + 1]: 'Chưa có thư xin lỗi' });
  const units = HA_NOI_UNITS.map(([name, u], i) => [i + 1, name, ...values(u)]);
  const sums = values(HA_NOI_UNITS[0][1]).map((_, i) => HA_NOI_UNITS.reduce((s, [, u]) => s + values(u)[i], 0));
  const rows = [
    row({ 0: 'UBND THÀNH PHỐ HÀ NỘI', 12: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM' }),
    row({ 0: 'VĂN PHÒNG UBND THÀNH PHỐ', 12: 'Độc lập - Tự do - Hạnh phúc' }),
    [],
    row({ 0: HA_NOI_TITLE }),
    row({ 0: 'Kỳ báo cáo: Quý III/2026 (từ ngày 15/6/2026 đến ngày 14/9/2026)' }),
    r1, r2, r3,
    Array.from({ length: width }, (_, i) => `(${i + 1})`),
    ...units,
    [options.totalLabel ?? 'Tổng cộng', null, ...(options.totalRow ?? sums)],
  ];
  // [top, left, bottom, right], 0-based
  const merges: [number, number, number, number][] = [
    [0, 0, 0, 5], [0, 12, 0, width - 1], [1, 0, 1, 5], [1, 12, 1, width - 1], [3, 0, 3, width - 1], [4, 0, 4, width - 1],
    [5, 0, 7, 0], [5, 1, 7, 1], [5, 2, 5, 8], [5, resolvedAt, 5, pendingAt - 1], [5, pendingAt, 5, otherAt - 1], [5, otherAt, 5, otherAt + 1],
    ...[2, 3, 4, 5].map((k): [number, number, number, number] => [5, otherAt + k, 7, otherAt + k]),
    [6, 2, 7, 2], [6, 3, 6, 5], [6, 6, 7, 6], [6, 7, 7, 7], [6, 8, 7, 8], [6, otherAt, 7, otherAt], [6, otherAt + 1, 7, otherAt + 1],
    ...(t ? [[6, resolvedAt, 7, resolvedAt], [6, pendingAt, 7, pendingAt]] as [number, number, number, number][] : []),
    [6, lateAt - 1, 7, lateAt - 1], [6, lateAt, 6, lateAt + 1], [6, overdueAt - 1, 7, overdueAt - 1], [6, overdueAt, 6, overdueAt + 1],
    [rows.length - 1, 0, rows.length - 1, 1],
  ];
  return { rows, merges };
}

const a1 = ([top, left, bottom, right]: [number, number, number, number]) => {
  const col = (c: number) => (c >= 26 ? String.fromCharCode(64 + Math.floor(c / 26)) : '') + String.fromCharCode(65 + (c % 26));
  return `${col(left)}${top + 1}:${col(right)}${bottom + 1}`;
};

/** The .xlsx: numbers as numbers, "Tổng số" columns under resolved and pending. */
export function haNoiSheets(options: { totalRow?: number[] } = {}): SheetSpec[] {
  const { rows, merges } = haNoiRows({ totals: true, ...options });
  return [{ name: 'TongHop', rows, merges: merges.map(a1) }];
}

/** The HTML .xls: an empty first column, no "Tổng số" under resolved and pending, numbers as text with a thousands separator ('.' or ','), zeros left blank, "Tổng số" as the total row's label. */
export function haNoiExport(separator: '.' | ',' = '.'): string {
  const { rows, merges } = haNoiRows({ totals: false, totalLabel: 'Tổng số' });
  const covered = new Set<string>();
  const starts = new Map<string, string>();
  for (const [top, left, bottom, right] of merges) {
    for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) if (r !== top || c !== left) covered.add(`${r},${c}`);
    starts.set(`${top},${left}`, `${right > left ? ` colspan="${right - left + 1}"` : ''}${bottom > top ? ` rowspan="${bottom - top + 1}"` : ''}`);
  }
  const text = (v: string | number | null, r: number) => (v === null ? '' : typeof v === 'number' && r > 8 ? (v === 0 ? '' : String(v).replace(/\B(?=(\d{3})+$)/g, separator)) : String(v));
  const width = Math.max(...rows.map((r) => r.length));
  const html = rows.map((cells, r) => {
    const tds: string[] = [];
    for (let c = 0; c < Math.max(width, cells.length); c++) {
      if (covered.has(`${r},${c}`)) continue;
      tds.push(`<td${starts.get(`${r},${c}`) ?? ''}>${escapeHtml(text(cells[c] ?? null, r))}</td>`);
    }
    return `<tr><td></td>${tds.join('')}</tr>`;
  });
  return [
    '<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel" xmlns="http://www.w3.org/TR/REC-html40">',
    '<head><meta http-equiv="Content-Type" content="application/vnd.ms-excel; charset=UTF-8">',
    '<!--[if gte mso 9]><xml><x:ExcelWorkbook><x:ExcelWorksheets><x:ExcelWorksheet><x:Name>TongHop</x:Name></x:ExcelWorksheet></x:ExcelWorksheets></x:ExcelWorkbook></xml><![endif]-->',
    '</head><body><table border="1">',
    ...html,
    '</table></body></html>',
    '',
  ].join('\r\n');
}

/** A unit's own workbook for consolidating: ThongTin naming it, its catalogue and its log (columns of make-bad-fixtures). */
function unitWorkbook(agency: string, procedures: (string | number)[][], dossiers: (string | Date | null)[][]): SheetSpec[] {
  return [
    { name: 'ThongTin', rows: [['Thông tin', 'Giá trị'], ['Cơ quan chủ quản', 'UBND TỈNH THANH HÓA'], ['Cơ quan', agency], ['Địa danh', 'Thanh Hóa']] },
    { name: 'TTHC', rows: [['Mã TTHC', 'Tên TTHC', 'Lĩnh vực', 'Mức DVCTT', 'Thời hạn giải quyết (ngày làm việc)'], ...procedures] },
    { name: 'HoSo', rows: [['Mã hồ sơ', 'Mã TTHC', 'Ngày tiếp nhận', 'Hạn trả kết quả', 'Ngày có kết quả', 'Kênh tiếp nhận'], ...dossiers] },
  ];
}

/**
 * Sở Nội vụ's log, hand count for 2026-Q3 (15/06–14/09/2026): received 5 = carried over 1 (row 2,
 * received 10/06) + new 4 (online 1: row 3; direct and postal 3: rows 4, 5, 6); resolved 3: early 1
 * (row 2), on time 1 (row 3), late 1 (row 4); pending 2: in time 1 (row 5, due 15/09), overdue 1 (row 6).
 */
export function unitLogNoiVu(): SheetSpec[] {
  return unitWorkbook(
    'Sở Nội vụ',
    [['NV.01', 'Thẩm định thành lập tổ chức', 'Tổ chức hành chính', 'Toàn trình', 5], ['NV.02', 'Công nhận ban vận động thành lập hội', 'Tổ chức phi chính phủ', 'Một phần', 10]],
    [
      ['SNV-01', 'NV.01', day(10, 6), day(17, 6), day(16, 6), 'Trực tuyến'],
      ['SNV-02', 'NV.01', day(1, 7), day(8, 7), day(8, 7), 'Trực tuyến'],
      ['SNV-03', 'NV.02', day(5, 8), day(19, 8), day(25, 8), 'Trực tiếp'],
      ['SNV-04', 'NV.02', day(1, 9), day(15, 9), null, 'Bưu chính'],
      ['SNV-05', 'NV.01', day(20, 8), day(27, 8), null, 'Trực tiếp'],
    ],
  );
}

/**
 * Phường Hạc Thành's log ("UBND phường Hạc Thành" in its ThongTin), hand count for 2026-Q3:
 * received 4, all new (online 3: rows 2, 3, 5; direct 1: row 4); resolved 3: early 2 (rows 2, 4),
 * on time 1 (row 3); pending 1, in time (row 5).
 */
export function unitLogHacThanh(): SheetSpec[] {
  return unitWorkbook(
    'UBND phường Hạc Thành',
    [['TP.01', 'Đăng ký khai sinh', 'Hộ tịch', 'Toàn trình', 3], ['TP.02', 'Chứng thực bản sao từ bản chính', 'Chứng thực', 'Một phần', 2]],
    [
      ['PHT-01', 'TP.01', day(16, 6), day(23, 6), day(22, 6), 'Trực tuyến'],
      ['PHT-02', 'TP.01', day(2, 7), day(9, 7), day(9, 7), 'Trực tuyến'],
      ['PHT-03', 'TP.01', day(3, 7), day(10, 7), day(9, 7), 'Trực tiếp'],
      ['PHT-04', 'TP.02', day(10, 9), day(17, 9), null, 'Trực tuyến'],
    ],
  );
}

async function writeXlsx(file: string, sheets: SheetSpec[], date1904 = false): Promise<void> {
  const wb = workbookOf(sheets);
  if (date1904) wb.properties.date1904 = true;
  // ExcelJS writes a Date in a 1904 workbook against the 1904 epoch, and the format makes it a styled serial.
  const buffer = Buffer.from(await wb.xlsx.writeBuffer());
  await fs.writeFile(file, fixZipTimes(buffer));
}

export const EXPORT_FIXTURES: Record<string, (file: string) => Promise<void>> = {
  'thanh-hoa-dossiers.xls': (f) => fs.writeFile(f, thanhHoaExport(), 'utf8'),
  'catalogue.xlsx': (f) => writeXlsx(f, catalogueSheets()),
  'statuses.xlsx': (f) => writeXlsx(f, statusSheets()),
  'dossiers.csv': (f) => fs.writeFile(f, dossierCsv(), 'utf8'),
  'date1904-styled.xlsx': (f) => writeXlsx(f, sheets1904(true), true),
  'date1904-unstyled.xlsx': (f) => writeXlsx(f, sheets1904(false), true),
  'ii06a-by-unit.xlsx': (f) => writeXlsx(f, ii06aByUnitSheets()),
  'ii06a-by-unit-bad-total.xls': (f) => fs.writeFile(f, ii06aBadTotalExport(), 'utf8'),
  'ha-noi-by-unit.xlsx': (f) => writeXlsx(f, haNoiSheets()),
  'ha-noi-by-unit.xls': (f) => fs.writeFile(f, haNoiExport(), 'utf8'),
  'unit-so-noi-vu.xlsx': (f) => writeXlsx(f, unitLogNoiVu()),
  'unit-phuong-hac-thanh.xlsx': (f) => writeXlsx(f, unitLogHacThanh()),
};

async function main(): Promise<void> {
  await fs.mkdir(EXPORT_DIR, { recursive: true });
  for (const [name, write] of Object.entries(EXPORT_FIXTURES)) {
    const file = path.join(EXPORT_DIR, name);
    await write(file);
    const { size } = await fs.stat(file);
    process.stdout.write(`${name.padEnd(28)} ${size} bytes\n`);
  }
}

if (require.main === module) {
  main().catch((e) => {
    process.stderr.write(`${(e as Error).stack}\n`);
    process.exitCode = 1;
  });
}
