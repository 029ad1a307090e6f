/**
 * `tthc-report indicators` on the workbooks of test/fixtures/bad (written by
 * scripts/make-bad-fixtures.ts): each is the base workbook with one thing wrong.
 * DESIGN §8: exit 1 for data errors, with the JSON still printed and figures
 * from the readable rows; exit 2 for a file that is no workbook, with a message
 * on stderr. Every message names sheet, row and column where there is one.
 *
 * The base workbook, for 2024-Q2: received 4, all new (2 online, 1 direct,
 * 1 postal); resolved 3 (1 early, 1 on time, 1 late); pending 1, in time.
 */
import { CliResult, IndicatorsJson, IssueJson, indicatorsOf, runCli } from './cliRun';

const BASE_FIGURES = {
  received: 4,
  newReceived: 4,
  newOnline: 2,
  newDirect: 1,
  newPostal: 1,
  resolved: 3,
  resolvedEarly: 1,
  resolvedOnTime: 1,
  resolvedLate: 1,
  pending: 1,
  pendingInTime: 1,
  pendingOverdue: 0,
};

jest.setTimeout(30_000);

/**
 * The issues but the one every fixture has: the base workbook keeps no digitisation columns,
 * which the core says once (`noFlagColumns`, checked on the base workbook). Without the kind
 * (`code`), which the messages already tell.
 */
function issuesOf(r: CliResult & { json: IndicatorsJson | null }): Omit<IssueJson, 'code'>[] {
  return (r.json!.issues as (IssueJson & { code?: string })[]).filter((i) => i.code !== 'noFlagColumns').map(({ code: _code, ...issue }) => issue);
}

describe('a good workbook, for comparison', () => {
  test('the base workbook gives its figures, no issue and exit 0', async () => {
    const r = await indicatorsOf('base.xlsx');
    expect(r.code).toBe(0);
    expect(r.json!.issues).toEqual([expect.objectContaining({ severity: 'warning', sheet: 'HoSo', code: 'noFlagColumns' })]);
    expect(issuesOf(r)).toEqual([]);
    expect(r.json!.indicators).toMatchObject(BASE_FIGURES);
    expect(r.stderr).toBe('');
  });
});

describe('tables and columns', () => {
  test('a workbook without a HoSo sheet: exit 1 and one error naming the HoSo table', async () => {
    const r = await indicatorsOf('missing-hoso-sheet.xlsx');
    expect(r.code).toBe(1);
    expect(issuesOf(r)).toEqual([
      {
        severity: 'error',
        sheet: 'HoSo',
        row: null,
        column: null,
        message:
          'Không tìm thấy bảng HoSo (trang tính tên "HoSo", "Sổ theo dõi hồ sơ", "Danh sách hồ sơ", hoặc một trang có các cột Mã hồ sơ, Ngày tiếp nhận). Tệp có các trang: "TTHC", "SoLieu", "NoiDung", "ThongTin".',
      },
    ]);
    expect(r.json!.indicators.received).toBe(0);
    expect(r.json!.indicators.procedures).toBe(2);
  });

  test('a HoSo sheet without "Ngày tiếp nhận": exit 1, one error on the header row listing the labels accepted', async () => {
    const r = await indicatorsOf('missing-received-column.xlsx');
    expect(r.code).toBe(1);
    expect(issuesOf(r)).toEqual([
      {
        severity: 'error',
        sheet: 'HoSo',
        row: 1,
        column: null,
        message: 'Thiếu cột bắt buộc "Ngày tiếp nhận". Tên cột được chấp nhận: "Ngày tiếp nhận", "Received", "Ngày nhận", "Ngày nhận hồ sơ", "NgayTiepNhan".',
      },
    ]);
  });

  test('the same in English with --lang en', async () => {
    const r = await indicatorsOf('missing-received-column.xlsx', '--lang', 'en');
    expect(r.code).toBe(1);
    expect(issuesOf(r)[0].message).toBe('Required column "Ngày tiếp nhận" is missing. Accepted labels: "Ngày tiếp nhận", "Received", "Ngày nhận", "Ngày nhận hồ sơ", "NgayTiepNhan".');
  });

  test('headers typed without diacritics ("Ngay tiep nhan") are read as the real labels', async () => {
    const r = await indicatorsOf('header-without-diacritics.xlsx');
    expect(r.code).toBe(0);
    expect(issuesOf(r)).toEqual([]);
    expect(r.json!.indicators).toMatchObject(BASE_FIGURES);
  });

  test('a header with a letter missing ("Ngày tếp nhận") is a missing required column', async () => {
    const r = await indicatorsOf('header-typo.xlsx');
    expect(r.code).toBe(1);
    expect(issuesOf(r)).toEqual([
      expect.objectContaining({ severity: 'error', sheet: 'HoSo', row: 1, message: expect.stringContaining('Thiếu cột bắt buộc "Ngày tiếp nhận"') }),
    ]);
  });

  test('a title merged over the table and a header on two rows with merged cells are read like a plain header', async () => {
    const r = await indicatorsOf('merged-header.xlsx');
    expect(r.code).toBe(0);
    expect(issuesOf(r)).toEqual([]);
    expect(r.json!.indicators).toMatchObject(BASE_FIGURES);
  });
});

describe('rows that are not dossiers', () => {
  test('blank rows in the middle of the log are skipped without a word', async () => {
    const r = await indicatorsOf('blank-rows.xlsx');
    expect(r.code).toBe(0);
    expect(issuesOf(r)).toEqual([]);
    expect(r.json!.indicators).toMatchObject(BASE_FIGURES);
  });

  test('a "Tổng cộng" row at the bottom is a warning on its row and is not counted', async () => {
    const r = await indicatorsOf('total-row.xlsx');
    expect(r.code).toBe(0);
    expect(issuesOf(r)).toEqual([
      { severity: 'warning', sheet: 'HoSo', row: 6, column: null, message: '1 dòng tổng cộng (Tổng cộng, Tổng số, Trong đó) được bỏ qua, không tính là dữ liệu: dòng 6.' },
    ]);
    expect(r.json!.indicators).toMatchObject(BASE_FIGURES);
  });

  test('a "Tổng cộng" label in the STT column of a numbered log is the same warning', async () => {
    const r = await indicatorsOf('total-row-numbered.xlsx');
    expect(r.code).toBe(0);
    expect(issuesOf(r)).toEqual([expect.objectContaining({ severity: 'warning', sheet: 'HoSo', row: 6, message: expect.stringContaining('tổng cộng') })]);
    expect(r.json!.indicators).toMatchObject(BASE_FIGURES);
  });
});

describe('formulas and error values', () => {
  test('cells holding formulas are read as their results', async () => {
    const r = await indicatorsOf('formulas.xlsx');
    expect(r.code).toBe(0);
    expect(issuesOf(r)).toEqual([]);
    expect(r.json!.indicators).toMatchObject(BASE_FIGURES);
  });

  test('a formula whose result is #N/A is an error on its cell, and its row is left out', async () => {
    const r = await indicatorsOf('error-value.xlsx');
    expect(r.code).toBe(1);
    expect(issuesOf(r)).toEqual([
      {
        severity: 'error',
        sheet: 'HoSo',
        row: 4,
        column: 'E (Ngày có kết quả)',
        message: 'Ô có giá trị lỗi #N/A của Excel (thường do công thức, ví dụ VLOOKUP không tìm thấy). Sửa công thức hoặc nhập giá trị.',
      },
    ]);
    expect(r.json!.indicators).toMatchObject({ received: 3, resolved: 2, resolvedLate: 0, pending: 1 });
  });

  test('a #N/A typed into a date cell is the same error, in English with --lang en', async () => {
    const r = await indicatorsOf('error-value-typed.xlsx', '--lang', 'en');
    expect(r.code).toBe(1);
    expect(issuesOf(r)).toEqual([
      expect.objectContaining({ sheet: 'HoSo', row: 3, column: 'C (Ngày tiếp nhận)', message: expect.stringContaining('The cell holds the Excel error #N/A') }),
    ]);
  });
});

describe('values that cannot be read', () => {
  test('31/02/2024 is an error naming the sheet, row, column and the value', async () => {
    const r = await indicatorsOf('date-31-feb.xlsx');
    expect(r.code).toBe(1);
    expect(issuesOf(r)).toEqual([
      {
        severity: 'error',
        sheet: 'HoSo',
        row: 3,
        column: 'C (Ngày tiếp nhận)',
        message: 'Không đọc được ngày "31/02/2024". Cần ngày Excel hoặc dạng dd/mm/yyyy.',
      },
    ]);
    expect(r.json!.indicators).toMatchObject({ received: 3, resolvedOnTime: 0 });
  });

  test('the same in English with --lang en', async () => {
    const r = await indicatorsOf('date-31-feb.xlsx', '--lang', 'en');
    expect(issuesOf(r)[0].message).toBe('Cannot read the date "31/02/2024". Expected an Excel date or dd/mm/yyyy.');
  });

  test('serial 60 shown as a date (29/02/1900, a day Excel invented) is an error, not 28/02/1900', async () => {
    const r = await indicatorsOf('date-serial-60.xlsx');
    expect(r.code).toBe(1);
    expect(issuesOf(r)).toEqual([
      expect.objectContaining({ severity: 'error', sheet: 'HoSo', row: 3, column: 'C (Ngày tiếp nhận)', message: expect.stringContaining('Không đọc được ngày "60"') }),
    ]);
  });

  test('"năm" as processing days (an optional cell) is a warning on the TTHC cell; the procedure and its dossiers still count', async () => {
    const r = await indicatorsOf('text-in-number.xlsx');
    expect(r.code).toBe(0);
    expect(issuesOf(r)).toEqual([
      {
        severity: 'warning',
        sheet: 'TTHC',
        row: 3,
        column: 'E (Thời hạn giải quyết (ngày làm việc))',
        message: 'Không đọc được số "năm". Cần một số nguyên không âm. Giá trị này được bỏ qua (coi như để trống); hồ sơ vẫn được tính.',
      },
    ]);
    expect(r.json!.indicators).toMatchObject({ received: 4, procedures: 2 });
  });

  test('a negative figure (SoLieu value −3) is an error on its cell', async () => {
    const r = await indicatorsOf('negative-figure.xlsx');
    expect(r.code).toBe(1);
    expect(issuesOf(r)).toEqual([
      { severity: 'error', sheet: 'SoLieu', row: 2, column: 'C (Giá trị)', message: 'Số "-3" âm; số liệu phải từ 0 trở lên.' },
    ]);
    expect(r.json!.indicators).toMatchObject(BASE_FIGURES);
  });

  test('a date received in the future is an error and the dossier is not counted', async () => {
    const r = await indicatorsOf('future-date.xlsx');
    expect(r.code).toBe(1);
    expect(issuesOf(r)).toEqual([
      expect.objectContaining({ severity: 'error', sheet: 'HoSo', row: 5, column: 'C (Ngày tiếp nhận)', message: expect.stringMatching(/^Ngày 03\/06\/2099 ở tương lai/) }),
    ]);
    expect(r.json!.indicators).toMatchObject({ received: 3, pending: 0 });
  });

  test('a dossier ID used twice is an error on the second row, which is left out', async () => {
    const r = await indicatorsOf('duplicate-id.xlsx');
    expect(r.code).toBe(1);
    expect(issuesOf(r)).toEqual([
      { severity: 'error', sheet: 'HoSo', row: 4, column: 'A (Mã hồ sơ)', message: 'Mã "HS-001" trùng với dòng 2; dòng này không được tính.' },
    ]);
    expect(r.json!.indicators).toMatchObject({ received: 3 });
  });

  test('a procedure code not in the TTHC table is a warning on its row; the dossier counts under an unknown field', async () => {
    const r = await indicatorsOf('unknown-procedure.xlsx');
    expect(r.code).toBe(0);
    expect(issuesOf(r)).toEqual([
      {
        severity: 'warning',
        sheet: 'HoSo',
        row: 4,
        column: null,
        message: '1 TTHC có trong sổ hồ sơ nhưng không có trong danh mục TTHC; hồ sơ của chúng vẫn được tính vào tổng, ở lĩnh vực "Chưa xác định lĩnh vực": "NV.99".',
      },
    ]);
    expect(r.json!.indicators).toMatchObject({ received: 4 });
  });

  test('10 MB of text in a cell (a NoiDung paragraph, a ThongTin value) is cut with a warning, and the output stays small', async () => {
    const r = await indicatorsOf('long-text.xlsx');
    expect(r.code).toBe(0);
    const message = 'Ô chứa 10485760 ký tự, quá giới hạn 32767; phần thừa bị cắt khi đọc.';
    expect(issuesOf(r)).toEqual([
      { severity: 'warning', sheet: 'NoiDung', row: 2, column: 'C (Nội dung)', message },
      { severity: 'warning', sheet: 'ThongTin', row: 3, column: 'B', message },
    ]);
    expect(r.stdout.length).toBeLessThan(20_000);
  });
});

describe('files that are not workbooks: exit 2, a message on stderr, nothing on stdout', () => {
  const NOT_XLSX = 'không phải sổ làm việc Excel .xlsx (có thể là tệp hỏng hoặc loại tệp khác). / ';

  test.each([
    ['random bytes', 'random-bytes.xlsx'],
    ['a Word document (a zip with no workbook) named .xlsx', 'docx-renamed.xlsx'],
  ])('%s is "not an .xlsx workbook"', async (_, fixture) => {
    const r = await indicatorsOf(fixture);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`${fixture}" ${NOT_XLSX}`);
    expect(r.stderr).toContain('is not an Excel .xlsx workbook');
  });

  test('an empty file says it is empty', async () => {
    const r = await indicatorsOf('empty.xlsx');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/empty\.xlsx" trống\. \/ ".*empty\.xlsx" is empty\./);
  });

  test('a CSV file named .xlsx is read as the CSV it is (formats go by content, not name): its log is found, the catalogue is missing', async () => {
    const r = await indicatorsOf('csv-named.xlsx');
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(issuesOf(r)).toContainEqual(expect.objectContaining({ severity: 'error', sheet: 'TTHC', row: null }));
    expect(r.json!.indicators.received).toBe(1);
  });

  test('a truncated .xlsx is "damaged"', async () => {
    const r = await indicatorsOf('truncated.xlsx');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/truncated\.xlsx" bị hỏng, không đọc được .* is damaged and cannot be read/);
  });

  test.each([
    ['an encrypted (password-protected) workbook', 'password-protected.xlsx'],
    ['an Excel 97–2003 .xls named .xlsx', 'xls-renamed.xlsx'],
  ])('%s says: open it in Excel, remove the password, save as .xlsx (never "damaged")', async (_, fixture) => {
    const r = await indicatorsOf(fixture);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`${fixture}" là tệp .xls cũ hoặc sổ làm việc có mật khẩu. Hãy mở bằng Excel, bỏ mật khẩu và Lưu thành .xlsx.`);
    expect(r.stderr).toContain('open it in Excel, remove the password and save it as .xlsx');
    expect(r.stderr).not.toMatch(/hỏng|damaged/);
  });

  test('a path that does not exist is a file error', async () => {
    const r = await runCli(['indicators', '/nonexistent/so-lieu.xlsx', '--period', '2024-Q2']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Không tìm thấy tệp "/nonexistent/so-lieu.xlsx"');
  });
});
