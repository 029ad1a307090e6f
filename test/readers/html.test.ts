import { decodeHtmlBytes, readHtmlSheets } from '../../src/readers/html';

/** An Office-HTML page as the provincial systems export it, with Excel's options in a conditional comment. */
const officePage = (body: string, worksheet = 'DanhSachHoSo') =>
  `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel" ` +
  `xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv="content-type" content="application/vnd.ms-excel; charset=UTF-8">` +
  `<!--[if gte mso 9]><xml><x:ExcelWorkbook><x:ExcelWorksheets><x:ExcelWorksheet><x:Name>${worksheet}</x:Name>` +
  `<x:WorksheetOptions><x:DisplayGridlines/></x:WorksheetOptions></x:ExcelWorksheet></x:ExcelWorksheets>` +
  `</x:ExcelWorkbook></xml><![endif]--></head><body>${body}</body></html>`;

const HEADER = [
  'STT', 'Đơn vị tiếp nhận', 'Tên thủ tục hành chính', 'Mã hồ sơ', 'Trạng thái', 'Địa chỉ', 'Người nộp',
  'Chủ hồ sơ', 'Ngày nộp hồ sơ', 'Ngày nhận', 'Ngày hẹn trả', 'Ngày kết thúc xử lý',
];
const DOSSIER = [
  '1', 'Sở Tư pháp', 'Cấp phiếu lý lịch tư pháp', '000.00.12.H56-260615-0001', 'Đã trả kết quả',
  'Phường Hạc Thành', 'Lê Văn A', 'Lê Văn A', '15/06/2026 08:30:00', '15/06/2026 08:45:00',
  '25/06/2026 17:00:00', '19/06/2026 10:05:00',
];
const tr = (cells: string[]) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;

describe('readHtmlSheets: an Office-HTML ".xls" export', () => {
  test('the Thanh Hóa overdue list keeps its title row, empty row, header and dates as text, with both merges listed', () => {
    const html = officePage(
      '<table border="1">' +
        '<tr><td colspan="9">THỐNG KÊ HỒ SƠ TIẾP NHẬN QUÁ HẠN</td></tr>' +
        '<tr><td colspan="8"></td></tr>' +
        `<tr>${HEADER.map((h) => `<th>${h}</th>`).join('')}</tr>` +
        tr(DOSSIER) +
        '</table>',
    );
    const [sheet, ...others] = readHtmlSheets(html, 'DanhSachHoSo.xls');
    expect(others).toEqual([]);
    expect(sheet).toEqual({
      sheet: 'DanhSachHoSo',
      firstRow: 1,
      firstColumn: 1,
      file: 'DanhSachHoSo.xls',
      rows: [
        ['THỐNG KÊ HỒ SƠ TIẾP NHẬN QUÁ HẠN', null, null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, null],
        HEADER,
        DOSSIER,
      ],
      merges: [
        { top: 0, left: 0, bottom: 0, right: 8 },
        { top: 1, left: 0, bottom: 1, right: 7 },
      ],
    });
  });

  test('a "Lĩnh vực" cell spanning three rows sits in its first row only, and the next rows start one column on', () => {
    const html =
      '<table>' +
      '<tr><th>Lĩnh vực</th><th>Tên thủ tục</th><th>Số hồ sơ</th></tr>' +
      '<tr><td rowspan="3">Hộ tịch</td><td>Đăng ký khai sinh</td><td>12</td></tr>' +
      '<tr><td>Đăng ký kết hôn</td><td>5</td></tr>' +
      '<tr><td>Đăng ký khai tử</td><td>2</td></tr>' +
      '<tr><td>Chứng thực</td><td>Chứng thực bản sao</td><td>40</td></tr>' +
      '</table>';
    const [sheet] = readHtmlSheets(html, 'b.xls');
    expect(sheet.rows).toEqual([
      ['Lĩnh vực', 'Tên thủ tục', 'Số hồ sơ'],
      ['Hộ tịch', 'Đăng ký khai sinh', '12'],
      [null, 'Đăng ký kết hôn', '5'],
      [null, 'Đăng ký khai tử', '2'],
      ['Chứng thực', 'Chứng thực bản sao', '40'],
    ]);
    expect(sheet.merges).toEqual([{ top: 1, left: 0, bottom: 3, right: 0 }]);
  });

  test('two tables in one page are two sheets, in page order, named by their captions', () => {
    const html =
      '<html><head><title>Báo cáo</title></head><body>' +
      '<table><caption>TTHC</caption><tr><td>Mã TTHC</td></tr><tr><td>1.001</td></tr></table>' +
      '<p>giữa hai bảng</p>' +
      '<table><caption>Hồ sơ</caption><tr><td>Mã hồ sơ</td></tr></table>' +
      '</body></html>';
    const sheets = readHtmlSheets(html, 'x.xls');
    expect(sheets.map((s) => [s.sheet, s.rows])).toEqual([
      ['TTHC', [['Mã TTHC'], ['1.001']]],
      ['Hồ sơ', [['Mã hồ sơ']]],
    ]);
  });

  test('without a worksheet name or caption a sheet is named by the page title, made unique, else "Bảng n"', () => {
    const titled = '<title>Danh sách hồ sơ</title><table><tr><td>a</td></tr></table><table><tr><td>b</td></tr></table>';
    expect(readHtmlSheets(titled, 'x.xls').map((s) => s.sheet)).toEqual(['Danh sách hồ sơ', 'Danh sách hồ sơ (2)']);
    const bare = '<table><tr><td>a</td></tr></table><table><tr><td>b</td></tr></table>';
    expect(readHtmlSheets(bare, 'x.xls').map((s) => s.sheet)).toEqual(['Bảng 1', 'Bảng 2']);
  });

  test('each worksheet declared in the Excel options names the table of the same rank', () => {
    const html =
      '<!--[if gte mso 9]><xml><x:ExcelWorkbook><x:ExcelWorksheets>' +
      '<x:ExcelWorksheet><x:Name>TTHC</x:Name></x:ExcelWorksheet>' +
      '<x:ExcelWorksheet><x:Name>HoSo</x:Name></x:ExcelWorksheet>' +
      '</x:ExcelWorksheets></x:ExcelWorkbook>' +
      '<x:ExcelName><x:Name>Print_Titles</x:Name></x:ExcelName></xml><![endif]-->' +
      '<table><tr><td>a</td></tr></table><table><tr><td>b</td></tr></table><table><tr><td>c</td></tr></table>';
    expect(readHtmlSheets(html, 'x.xls').map((s) => s.sheet)).toEqual(['TTHC', 'HoSo', 'Bảng 3']);
  });

  test('cell text has <br> as a line break, entities decoded, &nbsp; as a space, whitespace collapsed and trimmed', () => {
    const html =
      '<table><tr>' +
      '<td>  Lê&nbsp;&nbsp;Văn\n   A<br>Phường <b>Hạc</b> Thành </td>' +
      '<td>Sở Tư pháp &amp; Sở Nội vụ &#7889; &lt;x&gt;</td>' +
      '<td><p>Dòng 1</p><p>Dòng 2</p></td>' +
      '<td>&nbsp;</td>' +
      '</tr></table>';
    expect(readHtmlSheets(html, 'x.xls')[0].rows).toEqual([
      ['Lê Văn A\nPhường Hạc Thành', 'Sở Tư pháp & Sở Nội vụ ố <x>', 'Dòng 1\nDòng 2', null],
    ]);
  });

  test("Excel's x:num gives a number and x:bool a boolean; everything else, dates included, stays text", () => {
    const html =
      '<table><tr>' +
      '<td x:num="45123">15/06/2023</td>' +
      '<td x:num>12</td>' +
      '<td x:num>1.234</td>' +
      '<td x:num="abc">abc</td>' +
      '<td x:bool="TRUE">TRUE</td>' +
      '<td x:bool>FALSE</td>' +
      '<td>42</td>' +
      '<td>15/06/2026 08:30:00</td>' +
      '<td>000123</td>' +
      '</tr></table>';
    expect(readHtmlSheets(html, 'x.xls')[0].rows).toEqual([
      [45123, 12, '1.234', 'abc', true, false, '42', '15/06/2026 08:30:00', '000123'],
    ]);
  });

  test("a table inside a cell is part of that cell's text, not a sheet of its own", () => {
    const html =
      '<table><tr><td>Người nộp</td><td>' +
      '<table><tr><td>Lê Văn A</td><td>0912345678</td></tr><tr><td>Phường Hạc Thành</td></tr></table>' +
      '</td></tr><tr><td>Sau</td></tr></table>';
    const sheets = readHtmlSheets(html, 'x.xls');
    expect(sheets).toHaveLength(1);
    expect(sheets[0].rows).toEqual([
      ['Người nộp', 'Lê Văn A 0912345678\nPhường Hạc Thành'],
      ['Sau'],
    ]);
  });

  test('rows in <thead>, <tbody> and <tfoot> all count in page order, and empty <tr> stay empty rows', () => {
    const html =
      '<table>' +
      '<thead><tr><th>Mã hồ sơ</th></tr></thead>' +
      '<tbody><tr></tr><tr><td>HS-1</td></tr></tbody>' +
      '<tfoot><tr><td>Tổng: 1</td></tr></tfoot>' +
      '</table>';
    expect(readHtmlSheets(html, 'x.xls')[0].rows).toEqual([['Mã hồ sơ'], [], ['HS-1'], ['Tổng: 1']]);
  });

  test('cells and rows left unclosed, as old exports write them, are still read', () => {
    const html = '<table><tr><td>a<td>b<tr><td>c<td>d</table>';
    expect(readHtmlSheets(html, 'x.xls')[0].rows).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  test('a colspan running into a cell held by a rowspan stops before it, and a rowspan past the last row stops there', () => {
    const html =
      '<table>' +
      '<tr><td>a</td><td rowspan="2">b</td></tr>' +
      '<tr><td colspan="3">c</td></tr>' +
      '<tr><td rowspan="5">d</td></tr>' +
      '</table>';
    const [sheet] = readHtmlSheets(html, 'x.xls');
    expect(sheet.rows).toEqual([['a', 'b'], ['c', null], ['d']]);
    expect(sheet.merges).toEqual([{ top: 0, left: 1, bottom: 1, right: 1 }]);
  });

  test('a page without a table, or text that is not HTML, gives no sheets', () => {
    expect(readHtmlSheets('<html><body><p>Không có dữ liệu</p></body></html>', 'x.xls')).toEqual([]);
    expect(readHtmlSheets('\u00d0\u00cf\u0011\u00e0 not html <<<>>>', 'x.xls')).toEqual([]);
    expect(readHtmlSheets('', 'x.xls')).toEqual([]);
  });
});

describe('decodeHtmlBytes', () => {
  const latin1 = (text: string) => Uint8Array.from(text, (ch) => ch.charCodeAt(0));

  test('a windows-1252 charset in the meta tag is honoured (0x80 is €, not a control character)', () => {
    const meta = '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">';
    const bytes = latin1(`${meta}<td>Ng\u00e0y \u0080 Caf\u00e9</td>`);
    expect(decodeHtmlBytes(bytes)).toBe(`${meta}<td>Ngày € Café</td>`);
  });

  test('a utf-8 charset in the meta tag, and no declaration at all, both read UTF-8', () => {
    const declared = '<meta charset="utf-8"><td>Ngày tiếp nhận</td>';
    expect(decodeHtmlBytes(new TextEncoder().encode(declared))).toBe(declared);
    expect(decodeHtmlBytes(new TextEncoder().encode('<td>Đã trả kết quả</td>'))).toBe('<td>Đã trả kết quả</td>');
  });

  test('a byte-order mark wins over the meta tag: UTF-8, UTF-16 LE and UTF-16 BE', () => {
    const text = '<meta charset="windows-1252"><td>Hồ sơ</td>';
    const utf8 = new TextEncoder().encode(text);
    expect(decodeHtmlBytes(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8]))).toBe(text);
    const le = [0xff, 0xfe];
    const be = [0xfe, 0xff];
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      le.push(code & 0xff, code >> 8);
      be.push(code >> 8, code & 0xff);
    }
    expect(decodeHtmlBytes(Uint8Array.from(le))).toBe(text);
    expect(decodeHtmlBytes(Uint8Array.from(be))).toBe(text);
  });

  test('an unknown charset label falls back to UTF-8 instead of failing', () => {
    const text = '<meta charset="x-no-such-charset"><td>Hồ sơ</td>';
    expect(decodeHtmlBytes(new TextEncoder().encode(text))).toBe(text);
  });
});
