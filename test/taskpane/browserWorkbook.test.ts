import ExcelJS from 'exceljs';
import { readFileSync } from 'fs';
import * as path from 'path';
import {
  checkXlsxBytes,
  readTablesFromLoadedWorkbook,
  workbookFromBytes,
  workbookToBytes,
  WorkbookBytesError,
} from '../../src/adapters/exceljs/browserWorkbook';
import { readTablesFromWorkbook } from '../../src/adapters/exceljs/readWorkbook';
import { writeInputSheets } from '../../src/adapters/exceljs/writeInputs';
import { sampleSheets } from '../../src/sample/sampleWorkbook';

const FIXTURES = path.resolve(__dirname, '..', 'fixtures', 'bad');
const bytesOf = (file: string): ArrayBuffer => {
  const b = readFileSync(path.join(FIXTURES, file));
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
};

describe('ExcelJS in the browser (preview mode), run here under Node', () => {
  test('reads exactly what the Node reader reads from a loaded workbook', async () => {
    const sample = new ExcelJS.Workbook();
    writeInputSheets(sample, sampleSheets());
    const loaded = await workbookFromBytes(await workbookToBytes(sample), 'sample.xlsx');
    expect(readTablesFromLoadedWorkbook(loaded)).toEqual(readTablesFromWorkbook(loaded));
    expect(Object.keys(readTablesFromLoadedWorkbook(loaded)).sort()).toEqual(['HoSo', 'NgayNghi', 'NoiDung', 'SoLieu', 'TTHC', 'ThongTin']);

    for (const file of ['excel-table.xlsx', 'merged-header.xlsx', 'libreoffice-saved.xlsx', 'date-1904.xlsx', 'inline-strings.xlsx']) {
      const workbook = await workbookFromBytes(bytesOf(file), file);
      expect(readTablesFromLoadedWorkbook(workbook)).toEqual(readTablesFromWorkbook(workbook));
    }
  });

  test('files that are not workbooks get a message a user understands', async () => {
    await expect(workbookFromBytes(bytesOf('docx-renamed.xlsx'), 'a.xlsx')).rejects.toThrow(/không phải sổ làm việc Excel \.xlsx/);
    await expect(workbookFromBytes(bytesOf('xls-renamed.xlsx'), 'a.xlsx')).rejects.toThrow(/tệp \.xls cũ hoặc sổ làm việc có mật khẩu/);
    await expect(workbookFromBytes(bytesOf('password-protected.xlsx'), 'a.xlsx')).rejects.toThrow(WorkbookBytesError);
    await expect(workbookFromBytes(bytesOf('random-bytes.xlsx'), 'a.xlsx')).rejects.toThrow(WorkbookBytesError);
    await expect(workbookFromBytes(bytesOf('truncated.xlsx'), 'a.xlsx')).rejects.toThrow(/bị hỏng|không phải/);
    await expect(workbookFromBytes(new ArrayBuffer(0), 'a.xlsx')).rejects.toThrow(WorkbookBytesError);
    expect(() => checkXlsxBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04]), 'ok.xlsx')).not.toThrow();
  });
});
