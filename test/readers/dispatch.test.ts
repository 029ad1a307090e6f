/**
 * `readSheetsFromBytes` and `readSheetsFromFile` tell formats apart by their bytes, never by the
 * file's name, and say in plain words what a file they cannot read is.
 */
import { readFileSync, writeFileSync } from 'fs';
import path from 'path';
import { WorkbookFileError as OldPlace } from '../../src/adapters/exceljs/workbookTables';
import { detectFormat, readSheetsFromBytes, WorkbookFileError } from '../../src/readers/index';
import { readSheetsFromFile } from '../../src/readers/nodeFile';
import { zipOf } from '../../scripts/zip';
import { makeTempDir } from '../helpers/tempDir';

const BAD = path.join(__dirname, '..', 'fixtures', 'bad');
const bad = (name: string) => new Uint8Array(readFileSync(path.join(BAD, name)));
const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));

const storedZip = (files: Record<string, string>) => zipOf(files);

const message = async (bytes: Uint8Array, name: string): Promise<string> => {
  const error = await readSheetsFromBytes(bytes, name).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(WorkbookFileError);
  return (error as Error).message;
};

describe('by content, not by name', () => {
  test('an .xlsx called .csv is read as the workbook it is', async () => {
    const sheets = await readSheetsFromBytes(bad('base.xlsx'), 'so-lieu.csv');
    expect(sheets.map((s) => s.sheet)).toEqual(['TTHC', 'HoSo', 'SoLieu', 'NoiDung', 'ThongTin']);
    expect(sheets.every((s) => s.file === 'so-lieu.csv')).toBe(true);
  });

  test('an HTML table saved as .xls (after a BOM and white space) is read by the HTML reader', async () => {
    const html = '\ufeff \r\n<html><body><table><tr><td>Mã hồ sơ</td><td>Ngày tiếp nhận</td></tr><tr><td>HS-1</td><td>15/06/2026</td></tr></table></body></html>';
    expect(detectFormat(utf8(html))).toBe('html');
    const sheets = await readSheetsFromBytes(utf8(html), 'hoso.xls');
    expect(sheets).toHaveLength(1);
    expect(sheets[0]).toMatchObject({ file: 'hoso.xls', rows: [['Mã hồ sơ', 'Ngày tiếp nhận'], ['HS-1', '15/06/2026']] });
  });

  test('other text is CSV', async () => {
    const csv = 'Mã hồ sơ;Ngày tiếp nhận\r\nHS-1;15/06/2026\r\n';
    expect(detectFormat(utf8(csv))).toBe('csv');
    const sheets = await readSheetsFromBytes(utf8(csv), 'HoSo.xlsx');
    expect(sheets).toEqual([expect.objectContaining({ file: 'HoSo.xlsx', rows: [['Mã hồ sơ', 'Ngày tiếp nhận'], ['HS-1', '15/06/2026']] })]);
  });

  test('UTF-16 text with its BOM is text', () => {
    expect(detectFormat(new Uint8Array(Buffer.from('\ufeffMã;Tên\r\n1;a', 'utf16le')))).toBe('csv');
  });
});

describe('files the readers do not take, in plain words', () => {
  test('an OpenDocument spreadsheet (.ods): open in Excel or LibreOffice and save as .xlsx', async () => {
    const ods = storedZip({ mimetype: 'application/vnd.oasis.opendocument.spreadsheet', 'content.xml': '<office:document-content/>' });
    expect(await message(ods, 'bang.ods')).toBe(
      'Tệp "bang.ods" là bảng tính OpenDocument (.ods). Hãy mở bằng Excel hoặc LibreOffice và Lưu thành .xlsx. / ' +
        '"bang.ods" is an OpenDocument spreadsheet (.ods): open it in Excel or LibreOffice and save it as .xlsx.',
    );
  });

  test.each(['xls-renamed.xlsx', 'password-protected.xlsx'])('%s (OLE): an old .xls or a password, open in Excel and save as .xlsx, never "damaged"', async (name) => {
    const text = await message(bad(name), 'cu.xls');
    expect(text).toContain('Tệp "cu.xls" là tệp .xls cũ hoặc sổ làm việc có mật khẩu. Hãy mở bằng Excel, bỏ mật khẩu và Lưu thành .xlsx.');
    expect(text).not.toMatch(/hỏng|damaged/);
  });

  test.each([
    ['a Word document renamed .xlsx', bad('docx-renamed.xlsx')],
    ['random bytes', bad('random-bytes.xlsx')],
  ])('%s: not a workbook', async (_, bytes) => {
    expect(await message(bytes, 'x.xlsx')).toMatch(/^Tệp "x\.xlsx" không phải sổ làm việc Excel \.xlsx .* \/ "x\.xlsx" is not an Excel \.xlsx workbook/);
  });

  test('an empty file: empty', async () => {
    expect(await message(new Uint8Array(0), 'x.xlsx')).toBe('Tệp "x.xlsx" trống. / "x.xlsx" is empty.');
  });

  test('Excel 2003 XML (SpreadsheetML) and a binary workbook (.xlsb): open in Excel, save as .xlsx', async () => {
    const xml = '<?xml version="1.0"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="HoSo"><Table/></Worksheet></Workbook>';
    expect(await message(utf8(xml), 'a.xls')).toContain('bảng tính XML của Excel 2003. Hãy mở bằng Excel và Lưu thành .xlsx.');
    const xlsb = storedZip({
      '_rels/.rels':
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.bin"/></Relationships>',
      'xl/workbook.bin': '\u0083\u0001',
    });
    expect(await message(xlsb, 'a.xlsb')).toContain('(.xlsb). Hãy mở bằng Excel và Lưu thành .xlsx.');
  });

  test('WorkbookFileError is one class, from its new place and its old one', () => {
    expect(OldPlace).toBe(WorkbookFileError);
  });
});

describe('from disk', () => {
  const temp = makeTempDir('tthc-dispatch-');
  afterAll(() => temp.remove());

  test('a CSV on disk is read whole, as from its bytes', async () => {
    const csv = 'Mã hồ sơ,Ngày tiếp nhận\nHS-1,15/06/2026\n'.repeat(1) + 'HS-2,16/06/2026\n'.repeat(20_000);
    writeFileSync(temp.file('hoso.txt'), csv);
    expect(await readSheetsFromFile(temp.file('hoso.txt'), 'hoso.txt')).toEqual(await readSheetsFromBytes(utf8(csv), 'hoso.txt'));
  });

  test('the file name defaults to the path as given; a missing path or a folder cannot be opened', async () => {
    writeFileSync(temp.file('a.csv'), 'x,y\n1,2\n');
    expect((await readSheetsFromFile(temp.file('a.csv')))[0].file).toBe(temp.file('a.csv'));
    await expect(readSheetsFromFile(temp.file('none.xlsx'))).rejects.toThrow(`Không mở được tệp "${temp.file('none.xlsx')}" (ENOENT)`);
    await expect(readSheetsFromFile(temp.dir, 'thu-muc')).rejects.toThrow('Không mở được tệp "thu-muc" (EISDIR)');
  });

  test('an OLE file is refused from its first bytes', async () => {
    writeFileSync(temp.file('cu.xls'), bad('xls-renamed.xlsx'));
    await expect(readSheetsFromFile(temp.file('cu.xls'), 'cu.xls')).rejects.toThrow(/"cu\.xls" là tệp \.xls cũ/);
  });
});
