import { decodeCsvBytes, readCsvSheet } from '../../src/readers/csv';

describe('readCsvSheet', () => {
  test('a semicolon file, as Vietnamese Excel saves it, keeps numbers like 1.234 and dates as text', () => {
    const text =
      'Mã hồ sơ;Ngày tiếp nhận;Phí, lệ phí\r\n' +
      'HS-0001;15/06/2026 08:30:00;1.234\r\n' +
      'HS-0002;16/06/2026;12,5\r\n';
    expect(readCsvSheet(text, 'HoSo.csv')).toEqual({
      sheet: 'HoSo',
      firstRow: 1,
      firstColumn: 1,
      file: 'HoSo.csv',
      rows: [
        ['Mã hồ sơ', 'Ngày tiếp nhận', 'Phí, lệ phí'],
        ['HS-0001', '15/06/2026 08:30:00', '1.234'],
        ['HS-0002', '16/06/2026', '12,5'],
      ],
    });
  });

  test('a comma file is split on commas', () => {
    const text = 'Mã TTHC,Tên TTHC,Lĩnh vực\n1.001,Đăng ký khai sinh,Hộ tịch\n';
    expect(readCsvSheet(text, 'TTHC.csv').rows).toEqual([
      ['Mã TTHC', 'Tên TTHC', 'Lĩnh vực'],
      ['1.001', 'Đăng ký khai sinh', 'Hộ tịch'],
    ]);
  });

  test('a tab file is split on tabs, even when its values hold commas and semicolons', () => {
    const text = 'Mã hồ sơ\tĐịa chỉ\nHS-1\tSố 5, ngõ 2; Phường Hạc Thành\n';
    expect(readCsvSheet(text, 'a.txt').rows).toEqual([
      ['Mã hồ sơ', 'Địa chỉ'],
      ['HS-1', 'Số 5, ngõ 2; Phường Hạc Thành'],
    ]);
  });

  test('quoted values keep delimiters, doubled quotes and line breaks (written \\n)', () => {
    const text = 'Mã;Ghi chú;Số\r\nHS-1;"Trả ""đúng hạn"";\r\nđã ký";"3"\r\nHS-2;"";x\r\n';
    expect(readCsvSheet(text, 'a.csv').rows).toEqual([
      ['Mã', 'Ghi chú', 'Số'],
      ['HS-1', 'Trả "đúng hạn";\nđã ký', '3'],
      ['HS-2', null, 'x'],
    ]);
  });

  test('a UTF-8 byte-order mark at the start is not part of the first header', () => {
    const text = '\uFEFFMã hồ sơ;Trạng thái\nHS-1;Đã trả kết quả\n';
    expect(readCsvSheet(text, 'a.csv').rows).toEqual([
      ['Mã hồ sơ', 'Trạng thái'],
      ['HS-1', 'Đã trả kết quả'],
    ]);
  });

  test('CR LF, LF and CR line ends all end a row', () => {
    expect(readCsvSheet('a;b\r\nc;d\ne;f\rg;h', 'a.csv').rows).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'f'],
      ['g', 'h'],
    ]);
  });

  test('empty fields are null and an empty line is an empty row, so row numbers match Excel', () => {
    expect(readCsvSheet('a;b;c\n\n;x;\n', 'a.csv').rows).toEqual([['a', 'b', 'c'], [], [null, 'x', null]]);
  });

  test('a title line above the table, with a comma in it, does not hide the semicolon delimiter', () => {
    const text =
      'BÁO CÁO TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC\n' +
      '(Từ ngày 01/06/2026 đến ngày 30/06/2026)\n' +
      'STT;Đơn vị;Tổng số;Trực tuyến\n' +
      '1;Sở Tư pháp;1.234;800\n' +
      '2;Sở Nội vụ;56;12\n';
    expect(readCsvSheet(text, 'II.06a.csv').rows).toEqual([
      ['BÁO CÁO TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC'],
      ['(Từ ngày 01/06/2026 đến ngày 30/06/2026)'],
      ['STT', 'Đơn vị', 'Tổng số', 'Trực tuyến'],
      ['1', 'Sở Tư pháp', '1.234', '800'],
      ['2', 'Sở Nội vụ', '56', '12'],
    ]);
  });

  test("Excel's sep= first line names the delimiter and is not a row", () => {
    expect(readCsvSheet('sep=,\r\na;b,c\r\n', 'a.csv').rows).toEqual([['a;b', 'c']]);
  });

  test('a quote left open runs to the end of the file instead of failing', () => {
    expect(readCsvSheet('a;b\n"x;y\nz', 'a.csv').rows).toEqual([['a', 'b'], ['x;y\nz']]);
  });

  test('the sheet is named by the file name without folder or extension', () => {
    expect(readCsvSheet('a;b', 'C:\\Báo cáo\\Sổ theo dõi hồ sơ.csv').sheet).toBe('Sổ theo dõi hồ sơ');
    expect(readCsvSheet('a;b', 'data/HoSo.2026.csv').sheet).toBe('HoSo.2026');
  });

  test('an empty file is a sheet without rows', () => {
    expect(readCsvSheet('', 'a.csv').rows).toEqual([]);
  });
});

describe('decodeCsvBytes', () => {
  const text = 'Mã hồ sơ;Ngày tiếp nhận\nHS-1;15/06/2026';
  const utf16 = (bigEndian: boolean) => {
    const bytes = bigEndian ? [0xfe, 0xff] : [0xff, 0xfe];
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (bigEndian) bytes.push(code >> 8, code & 0xff);
      else bytes.push(code & 0xff, code >> 8);
    }
    return Uint8Array.from(bytes);
  };

  test('UTF-8 reads the same with or without its byte-order mark', () => {
    const utf8 = new TextEncoder().encode(text);
    expect(decodeCsvBytes(utf8)).toBe(text);
    expect(decodeCsvBytes(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8]))).toBe(text);
  });

  test('UTF-16 little- and big-endian are recognised by their byte-order mark', () => {
    expect(decodeCsvBytes(utf16(false))).toBe(text);
    expect(decodeCsvBytes(utf16(true))).toBe(text);
  });

  test('a CSV that is not UTF-8 is read as Windows-1258, the code page Excel uses for CSV on a Vietnamese Windows', () => {
    // "Hồ sơ" in Windows-1258: H, ô (0xF4), combining grave (0xCC), space, s, ơ (0xF5); invalid as UTF-8.
    const bytes = new Uint8Array([0x48, 0xf4, 0xcc, 0x20, 0x73, 0xf5]);
    expect(decodeCsvBytes(bytes).normalize('NFC')).toBe('Hồ sơ');
  });
});
