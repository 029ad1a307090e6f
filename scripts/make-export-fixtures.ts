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
