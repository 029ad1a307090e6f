import ExcelJS from 'exceljs';
import { readFileSync } from 'fs';
import * as path from 'path';
import { workbookFromBytes, workbookToBytes } from '../../src/adapters/exceljs/browserWorkbook';
import { readTablesFromFile } from '../../src/adapters/exceljs/readWorkbook';
import { checkWorkbookBytes, readTablesFromWorkbook, WorkbookFileError } from '../../src/adapters/exceljs/workbookTables';
import { parseInputs } from '../../src/core/inputs';
import { writeInputSheets } from '../../src/adapters/exceljs/writeInputs';
import { sampleSheets } from '../../src/sample/sampleWorkbook';

const FIXTURES = path.resolve(__dirname, '..', 'fixtures', 'bad');
const bytesOf = (file: string): ArrayBuffer => {
  const b = readFileSync(path.join(FIXTURES, file));
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
};

describe('ExcelJS in the browser (preview mode), run here under Node', () => {
  test('the sample loaded from bytes gives the engine its six input tables', async () => {
    const sample = new ExcelJS.Workbook();
    writeInputSheets(sample, sampleSheets());
    const loaded = await workbookFromBytes(await workbookToBytes(sample), 'sample.xlsx');
    expect(Object.keys(readTablesFromWorkbook(loaded)).sort()).toEqual(['HoSo', 'NgayNghi', 'NoiDung', 'SoLieu', 'TTHC', 'ThongTin']);
  });

  test.each(['excel-table.xlsx', 'merged-header.xlsx', 'libreoffice-saved.xlsx', 'date-1904.xlsx', 'inline-strings.xlsx'])(
    '%s: the dossiers read from bytes equal those the CLI streams from the file',
    async (file) => {
      const fromBytes = parseInputs(readTablesFromWorkbook(await workbookFromBytes(bytesOf(file), file)));
      const fromFile = parseInputs(await readTablesFromFile(path.join(FIXTURES, file)));
      expect(fromBytes.dossiers.length).toBeGreaterThan(0);
      expect(fromBytes.dossiers).toEqual(fromFile.dossiers);
    },
  );

  test('files that are not workbooks get a message a user understands', async () => {
    await expect(workbookFromBytes(bytesOf('docx-renamed.xlsx'), 'a.xlsx')).rejects.toThrow(/không phải sổ làm việc Excel \.xlsx/);
    await expect(workbookFromBytes(bytesOf('xls-renamed.xlsx'), 'a.xlsx')).rejects.toThrow(/tệp \.xls cũ hoặc sổ làm việc có mật khẩu/);
    await expect(workbookFromBytes(bytesOf('password-protected.xlsx'), 'a.xlsx')).rejects.toThrow(WorkbookFileError);
    await expect(workbookFromBytes(bytesOf('random-bytes.xlsx'), 'a.xlsx')).rejects.toThrow(WorkbookFileError);
    await expect(workbookFromBytes(bytesOf('truncated.xlsx'), 'a.xlsx')).rejects.toThrow(/bị hỏng|không phải/);
    await expect(workbookFromBytes(new ArrayBuffer(0), 'a.xlsx')).rejects.toThrow(WorkbookFileError);
    expect(() => checkWorkbookBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04]), 'ok.xlsx')).not.toThrow();
  });
});
