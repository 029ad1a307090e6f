/**
 * The .xlsx reader (src/readers/xlsx.ts) on tiny packages built here, one test per point of
 * XML and OPC it must get right, and the same answers through a file on disk (Node's source)
 * and bytes in memory (the browser's).
 */
import { readFileSync, writeFileSync } from 'fs';
import path from 'path';
import type { RawTable } from '../../src/core/types';
import { WorkbookFileError } from '../../src/readers/errors';
import { readSheetsFromBytes } from '../../src/readers/index';
import { readSheetsFromFile } from '../../src/readers/nodeFile';
import { memorySource, readXlsxSheets } from '../../src/readers/xlsx';
import { makeTempDir } from '../helpers/tempDir';

import { zipOf } from '../../scripts/zip';

const BAD = path.join(__dirname, '..', 'fixtures', 'bad');


const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

interface SheetSpec {
  name: string;
  /** The worksheet's XML inside `<worksheet>`, or the whole part when it starts with `<?xml`. */
  body: string;
  /** Parts the sheet's rels point at: r:id → [type, target relative to the sheet, content]. */
  rels?: Record<string, [string, string, string]>;
}

/**
 * The parts of a workbook. Style 0 is General, style 1 dd/mm/yyyy (built-in 14), style 2 a
 * custom date-time format, style 3 a custom number format.
 */
function workbookParts(sheets: SheetSpec[], options: { strings?: string[]; date1904?: boolean; workbookExtra?: string } = {}): Record<string, string> {
  const files: Record<string, string> = {
    '[Content_Types].xml': '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    '_rels/.rels': `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml':
      `<?xml version="1.0"?><workbook ${NS}>${options.date1904 ? '<workbookPr date1904="1"/>' : '<workbookPr/>'}${options.workbookExtra ?? ''}<sheets>` +
      sheets.map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rS${i + 1}"/>`).join('') +
      '</sheets></workbook>',
    'xl/_rels/workbook.xml.rels':
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      sheets.map((_, i) => `<Relationship Id="rS${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('') +
      `<Relationship Id="rStyles" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rStrings" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    'xl/styles.xml':
      `<?xml version="1.0"?><styleSheet ${NS}><numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy\\ hh:mm"/><numFmt numFmtId="165" formatCode="#,##0.00"/></numFmts>` +
      '<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="165" applyNumberFormat="1"/></cellXfs></styleSheet>',
    'xl/sharedStrings.xml': `<?xml version="1.0"?><sst ${NS}>${(options.strings ?? []).join('')}</sst>`,
  };
  sheets.forEach((s, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = s.body.startsWith('<?xml') ? s.body : `<?xml version="1.0"?><worksheet ${NS}>${s.body}</worksheet>`;
    if (!s.rels) return;
    files[`xl/worksheets/_rels/sheet${i + 1}.xml.rels`] =
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      Object.entries(s.rels)
        .map(([id, [type, target]]) => `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"/>`)
        .join('') +
      '</Relationships>';
    for (const [, target, content] of Object.values(s.rels)) files[path.posix.join('xl/worksheets', target)] = content;
  });
  return files;
}

const sheetData = (rows: string): string => `<sheetData>${rows}</sheetData>`;
const read = (bytes: Uint8Array, name = 'test.xlsx'): Promise<RawTable[]> => readXlsxSheets(memorySource(bytes), name);
/** The rows of the first sheet of a one-sheet workbook. */
async function rowsOf(body: string, options: Parameters<typeof workbookParts>[1] = {}): Promise<RawTable['rows']> {
  return (await read(zipOf(workbookParts([{ name: 'HoSo', body }], options))))[0].rows;
}
const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

describe('XML as the standard writes it', () => {
  test('CR LF and a lone CR in text are LF (XML end-of-line handling); &#13; stays a CR', async () => {
    const strings = ['<si><t>a\r\nb\rc&#13;d</t></si>'];
    const rows = await rowsOf(sheetData('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>x\r\ny</t></is></c><c r="C1" t="str"><v>p\rq</v></c></row>'), { strings });
    expect(rows).toEqual([['a\nb\nc\rd', 'x\ny', 'p\nq']]);
  });

  test('a CR LF split between two chunks of the inflated part is one LF', async () => {
    // Stored entries are read 1 MiB at a time: put the CR last in the first MiB.
    const head = `<?xml version="1.0"?><sst ${NS}><si><t>`;
    const filler = 'x'.repeat((1 << 20) - Buffer.byteLength(head) - 1);
    const sst = `${head}${filler}\r\nend</t></si></sst>`;
    const files = workbookParts([{ name: 'S', body: sheetData('<row r="1"><c r="A1" t="s"><v>0</v></c></row>') }]);
    files['xl/sharedStrings.xml'] = sst;
    const [sheet] = await read(zipOf(files));
    expect(sheet.rows[0][0]).toBe(`${filler}\nend`);
  });

  test('closing tags with white space before ">" (</row >, </c >, </v >, </t >)', async () => {
    const rows = await rowsOf(
      sheetData('<row r="1" ><c r="A1" ><v >1</v ></c ><c r="B1" t="inlineStr"><is><t>b</t ></is ></c ></row >\n<row r="2"><c r="A2"><v>2</v></c></row >'),
    );
    expect(rows).toEqual([[1, 'b'], [2]]);
  });

  test('CDATA sections in <t> and <v>, holding markup', async () => {
    const strings = ['<si><t><![CDATA[a < b & </t> c]]></t></si>'];
    const rows = await rowsOf(
      sheetData('<row r="1"><c r="A1" t="s"><v><![CDATA[0]]></v></c><c r="B1"><v><![CDATA[42]]></v></c><c r="C1" t="str"><v><![CDATA[x</v>y]]></v></c></row>'),
      { strings },
    );
    expect(rows).toEqual([['a < b & </t> c', 42, 'x</v>y']]);
  });

  test('comments anywhere: between rows, in a row, in a cell, in the shared strings and the sheet list', async () => {
    const strings = ['<!-- <si><t>not a string</t></si> --><si><t>HS-1</t><!-- </si> --></si>'];
    const files = workbookParts(
      [
        {
          name: 'HoSo',
          body:
            '<!-- <sheetData><row r="1"><c><v>9</v></c></row></sheetData> -->' +
            sheetData('<row r="1"><!-- </row> --><c r="A1" t="s"><!-- <v>7</v> --><v>0</v></c></row><!-- <row r="2"><c r="A2"><v>9</v></c></row> --><row r="3"><c r="A3"><v>3</v><!-- </c> --></c></row>'),
        },
      ],
      { strings, workbookExtra: '<!-- <sheets><sheet name="Ghost" sheetId="9" r:id="rS1"/></sheets> -->' },
    );
    const sheets = await read(zipOf(files));
    expect(sheets.map((s) => s.sheet)).toEqual(['HoSo']);
    expect(sheets[0].rows).toEqual([['HS-1'], [], [3]]);
  });

  test('a self-closing <t/> or <t xml:space="preserve"/> is empty text and takes nothing from the next run', async () => {
    const strings = ['<si><r><t xml:space="preserve"/></r><r><t>x</t></r></si>', '<si><t/></si>', '<si><t xml:space="preserve">  y </t></si>'];
    const rows = await rowsOf(
      sheetData('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="inlineStr"><is><t xml:space="preserve"/></is></c></row>'),
      { strings },
    );
    expect(rows).toEqual([['x', '', '  y ', '']]);
  });

  test('t="d" cells: ISO 8601 text is the Date of its calendar day at UTC midnight', async () => {
    const rows = await rowsOf(
      sheetData(
        '<row r="1"><c r="A1" t="d"><v>2024-03-18T00:00:00</v></c><c r="B1" t="d"><v>2024-03-18T23:30:00Z</v></c><c r="C1" t="d" s="1"><v>2024-03-18</v></c><c r="D1" t="d"><v>2024-02-31</v></c></row>',
      ),
    );
    expect(rows).toEqual([[day(2024, 3, 18), day(2024, 3, 18), day(2024, 3, 18), '2024-02-31']]);
  });
});

describe('the package', () => {
  test('part names compare case-insensitively (XL/Worksheets/Sheet1.xml)', async () => {
    const files = workbookParts([{ name: 'HoSo', body: sheetData('<row r="1"><c r="A1" t="s"><v>0</v></c></row>') }], { strings: ['<si><t>ok</t></si>'] });
    const renamed: Record<string, string> = {};
    for (const [name, text] of Object.entries(files)) renamed[name.replace(/^xl\//, 'XL/').replace('worksheets/sheet1.xml', 'Worksheets/Sheet1.xml').replace('sharedStrings', 'SharedStrings')] = text;
    expect(Object.keys(renamed)).toContain('XL/Worksheets/Sheet1.xml');
    const sheets = await read(zipOf(renamed));
    expect(sheets).toEqual([expect.objectContaining({ sheet: 'HoSo', rows: [['ok']] })]);
  });

  test('every worksheet is read, in workbook order, with its file name', async () => {
    const files = workbookParts([
      { name: 'Trang bìa', body: sheetData('<row r="2"><c r="B2" t="inlineStr"><is><t>BÁO CÁO</t></is></c></row>') },
      { name: 'HoSo', body: sheetData('<row r="1"><c r="A1"><v>1</v></c></row>') },
      { name: 'Sheet3', body: '' },
    ]);
    const sheets = await read(zipOf(files), 'so.xlsx');
    expect(sheets).toEqual([
      { sheet: 'Trang bìa', firstRow: 1, firstColumn: 1, rows: [[], [undefined, 'BÁO CÁO']], merges: [], date1904: false, file: 'so.xlsx' },
      { sheet: 'HoSo', firstRow: 1, firstColumn: 1, rows: [[1]], merges: [], date1904: false, file: 'so.xlsx' },
      { sheet: 'Sheet3', firstRow: 1, firstColumn: 1, rows: [], merges: [], date1904: false, file: 'so.xlsx' },
    ]);
  });

  test('merged areas are reported as 0-based indices, and not filled', async () => {
    const body =
      sheetData('<row r="1"><c r="A1" t="inlineStr"><is><t>Tiêu đề</t></is></c></row><row r="3"><c r="B3"><v>5</v></c></row>') +
      '<mergeCells count="3"><mergeCell ref="A1:C1"/><mergeCell ref="B3:B5"/><mergeCell ref="$D$2:E4"/></mergeCells>';
    const [sheet] = await read(zipOf(workbookParts([{ name: 'HoSo', body }])));
    expect(sheet.merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: 2 },
      { top: 2, left: 1, bottom: 4, right: 1 },
      { top: 1, left: 3, bottom: 3, right: 4 },
    ]);
    expect(sheet.rows).toEqual([['Tiêu đề'], [], [undefined, 5]]);
  });

  test('an Excel table (ListObject) is one more RawTable: its name, its range, its rows cut from the sheet', async () => {
    const table = `<?xml version="1.0"?><table ${NS} id="1" name="Bang1" displayName="HoSo" ref="B3:C5" headerRowCount="1"><tableColumns count="2"><tableColumn id="1" name="Mã hồ sơ"/><tableColumn id="2" name="Ngày tiếp nhận"/></tableColumns></table>`;
    const body =
      sheetData(
        '<row r="1"><c r="A1" t="inlineStr"><is><t>SỔ THEO DÕI</t></is></c></row>' +
          '<row r="3"><c r="B3" t="inlineStr"><is><t>Mã hồ sơ</t></is></c><c r="C3" t="inlineStr"><is><t>Ngày tiếp nhận</t></is></c><c r="D3"><v>99</v></c></row>' +
          '<row r="4"><c r="A4"><v>0</v></c><c r="B4" t="inlineStr"><is><t>HS-1</t></is></c><c r="C4" s="1"><v>45369</v></c></row>',
      ) + '<tableParts count="1"><tablePart r:id="rT1"/></tableParts>';
    const files = workbookParts([{ name: 'Sổ theo dõi', body, rels: { rT1: ['table', '../tables/table1.xml', table] } }]);
    expect(Object.keys(files)).toContain('xl/tables/table1.xml');
    const sheets = await read(zipOf(files), 'so.xlsx');
    expect(sheets).toHaveLength(2);
    expect(sheets[1]).toEqual({
      sheet: 'Sổ theo dõi',
      tableName: 'HoSo',
      firstRow: 3,
      firstColumn: 2,
      rows: [['Mã hồ sơ', 'Ngày tiếp nhận'], ['HS-1', day(2024, 3, 18)], []],
      merges: [],
      date1904: false,
      file: 'so.xlsx',
    });
  });

  test('an Excel table with only a name (no displayName) is named by it', async () => {
    const table = `<table ${NS} id="1" name="TTHC" ref="A1:A2"/>`;
    const body = sheetData('<row r="1"><c r="A1"><v>1</v></c></row>') + '<tableParts count="1"><tablePart r:id="rT1"/></tableParts>';
    const sheets = await read(zipOf(workbookParts([{ name: 'Sheet1', body, rels: { rT1: ['table', '../tables/table1.xml', table] } }])));
    expect(sheets[1]).toMatchObject({ tableName: 'TTHC', firstRow: 1, firstColumn: 1, rows: [[1], []] });
  });
});

describe('dates', () => {
  const cells = '<row r="1"><c r="A1" s="1"><v>45369</v></c><c r="B1"><v>45369</v></c><c r="C1" s="2"><v>45369.75</v></c><c r="D1" s="3"><v>45369</v></c></row>';

  test('a 1900 workbook: styled serials are Dates (a date-time is its calendar day), others numbers', async () => {
    const [sheet] = await read(zipOf(workbookParts([{ name: 'HoSo', body: sheetData(cells) }])));
    expect(sheet.date1904).toBe(false);
    expect(sheet.rows).toEqual([[day(2024, 3, 18), 45369, day(2024, 3, 18), 45369]]);
  });

  test('a 1904 workbook: styled serials are Dates 1,462 days later; unstyled serials stay numbers for the core, flagged date1904', async () => {
    const [sheet] = await read(zipOf(workbookParts([{ name: 'HoSo', body: sheetData(cells) }], { date1904: true })));
    expect(sheet.date1904).toBe(true);
    expect(sheet.rows).toEqual([[day(2028, 3, 19), 45369, day(2028, 3, 19), 45369]]);
  });

  test('workbookPr date1904="true" is a 1904 workbook too', async () => {
    const files = workbookParts([{ name: 'HoSo', body: sheetData('<row r="1"><c r="A1" s="1"><v>0</v></c></row>') }]);
    files['xl/workbook.xml'] = files['xl/workbook.xml'].replace('<workbookPr/>', '<workbookPr date1904="true"/>');
    const [sheet] = await read(zipOf(files));
    expect(sheet).toMatchObject({ date1904: true, rows: [[day(1904, 1, 1)]] });
  });

  test('serial 60 styled as a date stays 60 (29/02/1900 never was); 61 is 01/03/1900', async () => {
    const rows = await rowsOf(sheetData('<row r="1"><c r="A1" s="1"><v>60</v></c><c r="B1" s="1"><v>61</v></c></row>'));
    expect(rows).toEqual([[60, day(1900, 3, 1)]]);
  });
});

describe('files that are not sound', () => {
  test('a deflated part whose CRC does not match is "damaged", from bytes and from a file', async () => {
    const bytes = zipOf(workbookParts([{ name: 'HoSo', body: sheetData('<row r="1"><c r="A1"><v>1</v></c></row>') }]), { deflate: true });
    // The sheet's CRC in the central directory (the reader checks against that one).
    const cen = Buffer.from(bytes).lastIndexOf('xl/worksheets/sheet1.xml') - 46;
    expect(Buffer.from(bytes).readUInt32LE(cen)).toBe(0x02014b50);
    const broken = new Uint8Array(bytes);
    broken[cen + 16] ^= 0xff;
    await expect(read(broken, 'x.xlsx')).rejects.toThrow(/"x\.xlsx" bị hỏng, không đọc được \(xl\/worksheets\/sheet1\.xml fails its CRC check\)/);
    const temp = makeTempDir('tthc-xlsx-');
    try {
      writeFileSync(temp.file('x.xlsx'), broken);
      await expect(readSheetsFromFile(temp.file('x.xlsx'), 'x.xlsx')).rejects.toThrow(/"x\.xlsx" bị hỏng/);
    } finally {
      temp.remove();
    }
  });

  test('deflate data that does not inflate is "damaged", not an exception of the platform', async () => {
    const bytes = zipOf(workbookParts([{ name: 'HoSo', body: sheetData('<row r="1"><c r="A1"><v>1</v></c></row>') }]), { deflate: true });
    const data = Buffer.from(bytes).indexOf('xl/worksheets/sheet1.xml') + 'xl/worksheets/sheet1.xml'.length;
    const broken = new Uint8Array(bytes);
    for (let i = 0; i < 8; i++) broken[data + i] = 0xff;
    const error = await read(broken, 'x.xlsx').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookFileError);
    expect((error as Error).message).toContain('"x.xlsx" bị hỏng');
  });
});

describe('the file path and the bytes path give the same tables', () => {
  const temp = makeTempDir('tthc-xlsx-');
  afterAll(() => temp.remove());

  const built = zipOf(
    workbookParts(
      [
        {
          name: 'HoSo',
          body:
            sheetData('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="1"><v>45369</v></c><c r="C1"><v>12</v></c></row><row r="2"><c r="A2" t="d"><v>2024-03-18</v></c></row>') +
            '<mergeCells><mergeCell ref="A1:A2"/></mergeCells><tableParts><tablePart r:id="rT1"/></tableParts>',
          rels: { rT1: ['table', '../tables/table1.xml', `<table ${NS} id="1" name="T" displayName="T" ref="A1:C2"/>`] },
        },
      ],
      { strings: ['<si><t>Mã\r\nhồ sơ</t></si>'], date1904: true },
    ),
    { deflate: true },
  );

  test.each(['base.xlsx', 'excel-table.xlsx', 'merged-header.xlsx', 'date-1904.xlsx', 'libreoffice-saved.xlsx', 'inline-strings.xlsx', 'long-text.xlsx', 'built'])('%s', async (name) => {
    const bytes = name === 'built' ? built : new Uint8Array(readFileSync(path.join(BAD, name)));
    const file = temp.file(name === 'built' ? 'built.xlsx' : name);
    writeFileSync(file, bytes);
    const fromFile = await readSheetsFromFile(file, name);
    const fromBytes = await readSheetsFromBytes(bytes, name);
    expect(fromFile.length).toBeGreaterThan(0);
    expect(fromBytes).toEqual(fromFile);
  });
});
