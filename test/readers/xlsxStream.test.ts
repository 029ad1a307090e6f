/**
 * The .xlsx reader opened for streaming (`openXlsxStreamed`, `withXlsxFile`): a large sheet is its
 * first rows and a way to read all of them one at a time, and what it gives is what
 * `readXlsxSheets` gives, row for row.
 */
import { promises as fsp, readFileSync, writeFileSync } from 'fs';
import path from 'path';
import { HEAD_ROWS, type SheetEnd, type StreamedWorkbook } from '../../src/core/sheetStream';
import type { RawCell, RawTable } from '../../src/core/types';
import { WorkbookFileError } from '../../src/readers/errors';
import { openXlsxStreamed as fromIndex } from '../../src/readers/index';
import { withXlsxFile } from '../../src/readers/nodeFile';
import { memorySource, openXlsxStreamed, readXlsxSheets, type ByteSource } from '../../src/readers/xlsx';
import { zipOf } from '../../scripts/zip';
import { makeTempDir } from '../helpers/tempDir';

const BAD = path.join(__dirname, '..', 'fixtures', 'bad');
const fixture = (name: string) => new Uint8Array(readFileSync(path.join(BAD, name)));

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A workbook of the given sheets (name → the XML inside `<worksheet>`); style 1 is a date; shared strings "Mã hồ sơ", "HS". */
function workbook(sheets: Record<string, string>): Record<string, string> {
  const names = Object.keys(sheets);
  const files: Record<string, string> = {
    '_rels/.rels': `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<?xml version="1.0"?><workbook ${NS}><sheets>${names.map((n, i) => `<sheet name="${n}" sheetId="${i + 1}" r:id="rS${i + 1}"/>`).join('')}</sheets></workbook>`,
    'xl/_rels/workbook.xml.rels':
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      names.map((_, i) => `<Relationship Id="rS${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('') +
      `<Relationship Id="rSt" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rSs" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    'xl/styles.xml': `<?xml version="1.0"?><styleSheet ${NS}><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>`,
    'xl/sharedStrings.xml': `<?xml version="1.0"?><sst ${NS}><si><t>Mã hồ sơ</t></si><si><t>HS</t></si></sst>`,
  };
  names.forEach((n, i) => (files[`xl/worksheets/sheet${i + 1}.xml`] = `<?xml version="1.0"?><worksheet ${NS}>${sheets[n]}</worksheet>`));
  return files;
}

/** `count` rows from row `first`: a shared string, a number, a date, inline text; every seventh row left out. */
function rowsXml(count: number, first = 1): string {
  let xml = '';
  for (let r = first; r < first + count; r++) {
    if (r % 7 === 0) continue;
    xml += `<row r="${r}"><c r="A${r}" t="s"><v>${r === 1 ? 0 : 1}</v></c><c r="B${r}"><v>${r}</v></c><c r="C${r}" s="1"><v>${45300 + r}</v></c><c r="E${r}" t="inlineStr"><is><t>dòng ${r}</t></is></c></row>`;
  }
  return xml;
}

/** A workbook whose HoSo sheet has `count` rows and two merged areas, after a small cover sheet. */
const logWorkbook = (count: number, options: { deflate?: boolean } = {}): Uint8Array =>
  zipOf(
    workbook({
      'Trang bìa': '<sheetData><row r="2"><c r="B2" t="inlineStr"><is><t>BÁO CÁO</t></is></c></row></sheetData><mergeCells><mergeCell ref="B2:D2"/></mergeCells>',
      HoSo: `<sheetData>${rowsXml(count)}</sheetData><mergeCells count="2"><mergeCell ref="A1:A2"/><mergeCell ref="C3:D3"/></mergeCells>`,
    }),
    { deflate: options.deflate ?? true },
  );

const open = (bytes: Uint8Array, largeAbove: number, name = 'so.xlsx'): Promise<StreamedWorkbook> => openXlsxStreamed(memorySource(bytes), name, { largeAbove });
const whole = (bytes: Uint8Array, name = 'so.xlsx'): Promise<RawTable[]> => readXlsxSheets(memorySource(bytes), name);

/** Every row `rows()` visits, by index, in the order visited. */
async function visited(book: StreamedWorkbook, head: RawTable): Promise<{ indices: number[]; rows: RawCell[][]; end: SheetEnd }> {
  const indices: number[] = [];
  const rows: RawCell[][] = [];
  const end = await book.large.get(head)!.rows((index, cells) => {
    indices.push(index);
    rows[index] = cells;
  });
  return { indices, rows, end };
}

describe('sheets at or under largeAbove', () => {
  test.each(['base.xlsx', 'excel-table.xlsx', 'merged-header.xlsx', 'libreoffice-saved.xlsx'])(
    'with largeAbove above every sheet, %s reads as readXlsxSheets reads it and nothing is large',
    async (name) => {
      const bytes = fixture(name);
      const book = await open(bytes, Number.MAX_SAFE_INTEGER, name);
      expect(book.sheets).toEqual(await whole(bytes, name));
      expect(book.large.size).toBe(0);
    },
  );

  test('a sheet exactly largeAbove bytes of XML is not large', async () => {
    const files = workbook({ HoSo: `<sheetData>${rowsXml(5)}</sheetData>` });
    const size = Buffer.byteLength(files['xl/worksheets/sheet1.xml']);
    const bytes = zipOf(files, { deflate: true });
    expect((await open(bytes, size)).large.size).toBe(0);
    expect((await open(bytes, size - 1)).large.size).toBe(1);
  });

  test('openXlsxStreamed is exported from the readers index too', () => {
    expect(fromIndex).toBe(openXlsxStreamed);
  });
});

describe('large sheets', () => {
  test('with largeAbove 0 every worksheet is large, in workbook order, each head the first HEAD_ROWS rows readXlsxSheets reads', async () => {
    const bytes = logWorkbook(100);
    const [cover, log] = await whole(bytes);
    const book = await open(bytes, 0);
    expect(book.sheets.map((s) => s.sheet)).toEqual(['Trang bìa', 'HoSo']);
    expect([...book.large.keys()]).toEqual(book.sheets);
    expect(book.sheets[0]).toEqual({ ...cover, merges: [] });
    expect(book.sheets[1]).toEqual({ sheet: 'HoSo', firstRow: 1, firstColumn: 1, rows: log.rows.slice(0, HEAD_ROWS), merges: [], date1904: false, file: 'so.xlsx' });
    expect(book.large.get(book.sheets[1])!.head).toBe(book.sheets[1]);
  });

  test('a head keeps a missing row as an empty row', async () => {
    const book = await open(logWorkbook(100), 0);
    expect(book.sheets[1].rows[6]).toEqual([]);
    expect(book.sheets[1].rows).toHaveLength(HEAD_ROWS);
  });

  test('rows() visits every row of the sheet in order, with readXlsxSheets cells; missing rows are not visited', async () => {
    const bytes = logWorkbook(3000);
    const [, log] = await whole(bytes);
    const book = await open(bytes, 0);
    const { indices, rows } = await visited(book, book.sheets[1]);
    expect(indices).toEqual(log.rows.map((_, i) => i).filter((i) => (i + 1) % 7 !== 0));
    expect(indices.map((i) => rows[i])).toEqual(indices.map((i) => log.rows[i]));
  });

  test("rows() ends with the sheet's merged areas, as readXlsxSheets reports them, and no tables", async () => {
    const bytes = logWorkbook(50);
    const [cover, log] = await whole(bytes);
    const book = await open(bytes, 0);
    expect((await visited(book, book.sheets[1])).end).toEqual({ merges: log.merges, hasTables: false });
    expect((await visited(book, book.sheets[0])).end).toEqual({ merges: cover.merges, hasTables: false });
    expect(log.merges).toHaveLength(2);
  });

  test('a large sheet with an Excel table: rows() says it has tables, and the table is not among the sheets', async () => {
    const bytes = fixture('excel-table.xlsx');
    const all = await whole(bytes, 'excel-table.xlsx');
    expect(all.some((t) => t.tableName === 'HoSo')).toBe(true);
    const book = await open(bytes, 0, 'excel-table.xlsx');
    expect(book.sheets.map((s) => s.sheet)).toEqual(all.filter((t) => t.tableName === undefined).map((t) => t.sheet));
    expect(book.sheets.every((s) => s.tableName === undefined)).toBe(true);
    const log = book.sheets.find((s) => s.sheet === 'Sổ theo dõi')!;
    expect((await visited(book, log)).end.hasTables).toBe(true);
    expect((await visited(book, book.sheets[0])).end.hasTables).toBe(false);
  });

  test('only the sheets over largeAbove are large; the others are read whole with their tables', async () => {
    const files = workbook({
      Nho: `<sheetData>${rowsXml(3)}</sheetData><tableParts count="1"><tablePart r:id="rT1"/></tableParts>`,
      HoSo: `<sheetData>${rowsXml(400)}</sheetData>`,
    });
    files['xl/worksheets/_rels/sheet1.xml.rels'] =
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rT1" Type="${REL}/table" Target="../tables/table1.xml"/></Relationships>`;
    files['xl/tables/table1.xml'] = `<table ${NS} id="1" name="T" displayName="T" ref="A1:B3"/>`;
    const bytes = zipOf(files, { deflate: true });
    const all = await whole(bytes);
    const book = await open(bytes, 10_000);
    expect(book.sheets.map((s) => [s.sheet, s.tableName])).toEqual([
      ['Nho', undefined],
      ['HoSo', undefined],
      ['Nho', 'T'],
    ]);
    expect(book.sheets[0]).toEqual(all[0]);
    expect(book.sheets[2]).toEqual(all[2]);
    expect([...book.large.keys()]).toEqual([book.sheets[1]]);
  });

  test('a large sheet read twice gives the same rows', async () => {
    const book = await open(logWorkbook(2000), 0);
    const first = await visited(book, book.sheets[1]);
    const second = await visited(book, book.sheets[1]);
    expect(second.indices).toEqual(first.indices);
    expect(second.rows).toEqual(first.rows);
    expect(second.end).toEqual(first.end);
  });

  test('reading the head stops early: a sheet of several MiB is not read to its end', async () => {
    // Stored, so that the bytes read are the bytes of XML scanned (1 MiB at a time).
    const bytes = logWorkbook(40_000, { deflate: false });
    let read = 0;
    const memory = memorySource(bytes);
    const counting: ByteSource = { ...memory, read: (offset, length) => ((read += length), memory.read(offset, length)) };
    const book = await openXlsxStreamed(counting, 'so.xlsx', { largeAbove: 1 << 20 });
    expect(bytes.length).toBeGreaterThan(4 << 20);
    expect(book.sheets[1].rows).toHaveLength(HEAD_ROWS);
    expect(read).toBeLessThan(2 << 20);
  });

  test('a comment in a row, holding </row>, is read past as readXlsxSheets reads it', async () => {
    const sheet = `<sheetData>${rowsXml(40)}<row r="41"><!-- </row><row r="42"> --><c r="A41"><v>1</v><!-- </c> --></c></row><![CDATA[x]]>${rowsXml(5, 43)}</sheetData>`;
    const bytes = zipOf(workbook({ HoSo: sheet }), { deflate: true });
    const [log] = await whole(bytes);
    expect(log.rows[40]).toEqual([1]);
    const book = await open(bytes, 0);
    const { rows } = await visited(book, book.sheets[0]);
    expect(rows).toEqual(log.rows.map((r, i) => ((i + 1) % 7 === 0 ? undefined : r)));
  });
});

describe('failures', () => {
  /** The log workbook with the CRC of its HoSo sheet in the zip's central directory broken. */
  function brokenCrc(): Uint8Array {
    const bytes = logWorkbook(200);
    const cen = Buffer.from(bytes).lastIndexOf('xl/worksheets/sheet2.xml') - 46;
    expect(Buffer.from(bytes).readUInt32LE(cen)).toBe(0x02014b50);
    const broken = new Uint8Array(bytes);
    broken[cen + 16] ^= 0xff;
    return broken;
  }

  test('a large sheet that fails its CRC check opens (its head is read) and rows() rejects, naming the file', async () => {
    const book = await open(brokenCrc(), 0, 'x.xlsx');
    expect(book.sheets[1].rows).toHaveLength(HEAD_ROWS);
    const error = await visited(book, book.sheets[1]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookFileError);
    expect((error as Error).message).toMatch(/"x\.xlsx" bị hỏng, không đọc được \(xl\/worksheets\/sheet2\.xml fails its CRC check\)/);
  });

  test('readAll() of that workbook rejects as readXlsxSheets does', async () => {
    const book = await open(brokenCrc(), 0, 'x.xlsx');
    const expected = await whole(brokenCrc(), 'x.xlsx').catch((e: Error) => e.message);
    expect(expected).toMatch(/bị hỏng/);
    await expect(book.readAll()).rejects.toThrow(expected as string);
  });

  test('an error of the visitor itself is passed on as it is, not as a damaged file', async () => {
    const book = await open(logWorkbook(50), 0);
    const mistake = new TypeError('the visitor failed');
    await expect(
      book.large.get(book.sheets[1])!.rows(() => {
        throw mistake;
      }),
    ).rejects.toBe(mistake);
  });

  test.each([
    ['not-a-zip', () => new Uint8Array(Buffer.from('PK\u0003\u0004 but nothing more'))],
    ['docx-renamed.xlsx', () => fixture('docx-renamed.xlsx')],
    ['truncated.xlsx', () => fixture('truncated.xlsx')],
    ['corrupt-sheet.xlsx', () => fixture('corrupt-sheet.xlsx')],
  ])('%s fails to open with the message readXlsxSheets gives', async (name, bytes) => {
    const expected = await whole(bytes(), name).catch((e: unknown) => e);
    expect(expected).toBeInstanceOf(WorkbookFileError);
    const error = await open(bytes(), Number.MAX_SAFE_INTEGER, name).catch((e: unknown) => e);
    expect(error).toEqual(expected);
  });
});

describe('readAll()', () => {
  test.each(['excel-table.xlsx', 'merged-header.xlsx', 'date-1904.xlsx'])('gives what readXlsxSheets gives (%s, every sheet large)', async (name) => {
    const book = await open(fixture(name), 0, name);
    expect(await book.readAll()).toEqual(await whole(fixture(name), name));
  });
});

describe('withXlsxFile', () => {
  const temp = makeTempDir('tthc-stream-');
  afterAll(() => temp.remove());
  afterEach(() => jest.restoreAllMocks());

  /** The file handles `fs.promises.open` gave while `run` ran. */
  async function handlesOpenedBy(run: () => Promise<unknown>): Promise<fsp.FileHandle[]> {
    const handles: fsp.FileHandle[] = [];
    const real = fsp.open.bind(fsp);
    jest.spyOn(fsp, 'open').mockImplementation(async (...args: Parameters<typeof fsp.open>) => {
      const handle = await real(...args);
      handles.push(handle);
      return handle;
    });
    await run();
    return handles;
  }

  test('returns null for a CSV file, without calling use, and closes the file', async () => {
    const file = temp.file('hoso.csv');
    writeFileSync(file, 'Mã hồ sơ;Ngày tiếp nhận\r\nHS-1;15/06/2026\r\n');
    const use = jest.fn(async () => 'used');
    let result: unknown;
    const handles = await handlesOpenedBy(async () => (result = await withXlsxFile(file, 'hoso.csv', { largeAbove: 0 }, use)));
    expect(result).toBeNull();
    expect(use).not.toHaveBeenCalled();
    expect(handles).toHaveLength(1);
    expect(handles[0].fd).toBe(-1);
  });

  test('gives an .xlsx to use as openXlsxStreamed opens it, returns what use returns, then closes the file', async () => {
    const file = temp.file('so.xlsx');
    const bytes = logWorkbook(100);
    writeFileSync(file, bytes);
    const expected = await open(bytes, 0, 'so-lieu.xlsx');
    let result: unknown;
    const handles = await handlesOpenedBy(async () => {
      result = await withXlsxFile(file, 'so-lieu.xlsx', { largeAbove: 0 }, async (book) => {
        expect(book.sheets).toEqual(expected.sheets);
        const { rows } = await visited(book, book.sheets[1]);
        return rows.length;
      });
    });
    expect(result).toBe(100);
    expect(handles).toHaveLength(1);
    expect(handles[0].fd).toBe(-1);
  });

  test('closes the file when use fails, and passes its error on', async () => {
    const file = temp.file('fails.xlsx');
    writeFileSync(file, fixture('base.xlsx'));
    const mistake = new Error('use failed');
    let error: unknown;
    const handles = await handlesOpenedBy(async () => {
      error = await withXlsxFile(file, 'fails.xlsx', { largeAbove: 0 }, async () => {
        throw mistake;
      }).catch((e: unknown) => e);
    });
    expect(error).toBe(mistake);
    expect(handles[0].fd).toBe(-1);
  });

  test('a damaged .xlsx fails as readSheetsFromFile fails, and the file is closed', async () => {
    const file = temp.file('truncated.xlsx');
    writeFileSync(file, fixture('truncated.xlsx'));
    const expected = await whole(fixture('truncated.xlsx'), 'truncated.xlsx').catch((e: unknown) => e);
    let error: unknown;
    const handles = await handlesOpenedBy(async () => {
      error = await withXlsxFile(file, 'truncated.xlsx', { largeAbove: 0 }, async () => 'used').catch((e: unknown) => e);
    });
    expect(error).toEqual(expected);
    expect(handles[0].fd).toBe(-1);
  });

  test('a missing file and a folder cannot be opened, in the words readSheetsFromFile uses', async () => {
    const use = async () => 'used';
    await expect(withXlsxFile(temp.file('none.xlsx'), 'none.xlsx', { largeAbove: 0 }, use)).rejects.toThrow('Không mở được tệp "none.xlsx" (ENOENT). / Cannot open "none.xlsx" (ENOENT).');
    await expect(withXlsxFile(temp.dir, 'thu-muc', { largeAbove: 0 }, use)).rejects.toThrow('Không mở được tệp "thu-muc" (EISDIR). / Cannot open "thu-muc" (EISDIR).');
  });
});
