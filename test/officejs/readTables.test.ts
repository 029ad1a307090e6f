import ExcelJS from 'exceljs';
import { parseInputs } from '../../src/core/inputs';
import { tablesFromSheets } from '../../src/core/tableRoles';
import { fillMerges } from '../../src/core/tableReader';
import type { RawTable } from '../../src/core/types';
import { readTables } from '../../src/adapters/officejs';
import { REQUEST_BUDGET_BYTES } from '../../src/adapters/officejs/chunks';
import { parseAreasAddress } from '../../src/adapters/officejs/mergedAreas';
import { readThroughOfficeJs } from '../helpers/officeShaped';
import { CellValue, FakeWorkbook, MockExcel } from './mockExcel';

const HOSO_HEADER = [
  'Mã hồ sơ', 'Mã TTHC', 'Ngày tiếp nhận', 'Hạn trả kết quả', 'Ngày có kết quả', 'Kênh tiếp nhận', 'Trạng thái',
  'Hồ sơ số hóa', 'Kết quả số hóa', 'Kết quả điện tử', 'Tái sử dụng dữ liệu số hóa', 'Khai thác CSDL dân cư', 'Thanh toán trực tuyến',
];
const TTHC_HEADER = ['Mã TTHC', 'Tên TTHC', 'Lĩnh vực', 'Thời hạn giải quyết (ngày làm việc)'];

function dossier(i: number, note = ''): CellValue[] {
  return [`HS-${String(i).padStart(7, '0')}`, '1.001', 45000 + (i % 300), 45010 + (i % 300), i % 3 === 0 ? '' : 45005 + (i % 300), 'Trực tuyến', note, 'Có', 'x', '', 'Có', 'Không', 'Có'];
}

function bySheet(tables: RawTable[], sheet: string): RawTable {
  const found = tables.find((t) => t.sheet === sheet && t.tableName === undefined);
  if (!found) throw new Error(`no sheet ${sheet} in ${tables.map((t) => t.sheet).join(', ')}`);
  return found;
}

const calls = (excel: MockExcel, name: string) => excel.log.filter((e) => e.op === 'call' && e.name === name);

describe('reading the workbook through Office.js', () => {
  it('reads every sheet, keeping worksheet row and column numbers under title rows', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet('Báo cáo cũ', [['không phải bảng đầu vào']]);
    // Title at B2, header at B4, data from B5: the engine must name worksheet rows and columns.
    wb.addSheet('Hồ Sơ', [['SỔ THEO DÕI HỒ SƠ'], [], HOSO_HEADER, dossier(1), ['HS-2', '1.001', 'không phải ngày']], { row: 2, col: 2 });
    wb.addSheet('TTHC', [TTHC_HEADER, ['1.001', 'Cấp thị thực', 'Lãnh sự', 5]]);
    const excel = new MockExcel(wb);

    const tables = await readTables(excel.context);

    expect(tables.map((t) => t.sheet)).toEqual(['Báo cáo cũ', 'Hồ Sơ', 'TTHC']);
    expect(bySheet(tables, 'Báo cáo cũ').rows).toEqual([['không phải bảng đầu vào']]);
    const hoso = bySheet(tables, 'Hồ Sơ');
    expect(hoso).toMatchObject({ firstRow: 2, firstColumn: 2 });
    expect(hoso.rows[0][0]).toBe('SỔ THEO DÕI HỒ SƠ');
    expect(hoso.rows[1].every((c) => c === null)).toBe(true);
    expect(hoso.rows[2]).toEqual(HOSO_HEADER);
    expect(hoso.merges).toBeUndefined();
    expect(hoso.date1904).toBeUndefined();
    const issues = parseInputs(tables).issues.filter((i) => i.sheet === 'Hồ Sơ');
    expect(issues).toContainEqual(expect.objectContaining({ row: 6, column: 'D (Ngày tiếp nhận)' }));
  });

  it('reports merged areas relative to the used range, values only in their top-left cell, for the core to fill', async () => {
    const wb = new FakeWorkbook();
    // Used range C3:F8. A title merged over C3:F3; "Lĩnh vực" merged down C6:C8 over three procedures;
    // a merge reaching past the last used column (F5:H5); a blank merged area above the used range (A1:B1).
    const sheet = wb.addSheet(
      'Danh mục TTHC',
      [
        ['DANH MỤC', 'x', 'x', 'x'],
        [],
        ['Lĩnh vực', 'Mã TTHC', 'Tên TTHC', 'Ghi chú'],
        ['Lãnh sự', '1.001', 'Cấp thị thực', 'ghi chú dài'],
        ['Lãnh sự (xóa khi gộp)', '1.002', 'Gia hạn'],
        ['', '1.003', 'Miễn thị thực'],
      ],
      { row: 3, col: 3 },
    );
    wb.addMerge(sheet, 'C3:F3');
    wb.addMerge(sheet, 'C6:C8');
    wb.addMerge(sheet, 'F6:H6');
    wb.addMerge(sheet, 'A1:B1');
    const excel = new MockExcel(wb);

    const [table] = await readTables(excel.context);

    expect(table).toMatchObject({ sheet: 'Danh mục TTHC', firstRow: 3, firstColumn: 3 });
    // Excel keeps a merged area's value in its top-left cell: the rest read as blank.
    expect(table.rows[0]).toEqual(['DANH MỤC', null, null, null]);
    expect(table.rows.map((r) => r[0])).toEqual(['DANH MỤC', null, 'Lĩnh vực', 'Lãnh sự', null, null]);
    expect(table.merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: 3 },
      { top: 3, left: 0, bottom: 5, right: 0 },
      { top: 3, left: 3, bottom: 3, right: 3 }, // F6:H6 clipped to the used range's last column
    ]);
    // The core gives each row of the merge its value.
    expect(fillMerges(table).rows.map((r) => r[0])).toEqual(['DANH MỤC', null, 'Lĩnh vực', 'Lãnh sự', 'Lãnh sự', 'Lãnh sự']);
    // Asked once, of the whole sheet, in the request that sizes the used range.
    const asked = calls(excel, 'getMergedAreasOrNullObject');
    expect(asked).toHaveLength(1);
    expect(asked[0]).toMatchObject({ target: 'sheet(Danh mục TTHC).getRange()', batch: 2 });
    expect(excel.log.find((e) => e.name === 'getUsedRangeOrNullObject')).toMatchObject({ batch: 2, value: [true] });
  });

  it('reads an Excel table as its own RawTable, cut from its sheet’s values without reading them twice', async () => {
    const wb = new FakeWorkbook();
    const sheet = wb.addSheet('Danh mục', [['Danh mục thủ tục'], [], TTHC_HEADER, ['1.001', 'Cấp thị thực', 'Lãnh sự', 5]], { row: 1, col: 3 });
    wb.addTable(sheet, 'TTHC', { row: 3, col: 3 }, 2, 4);
    const excel = new MockExcel(wb);

    const tables = await readTables(excel.context);

    expect(tables).toHaveLength(2);
    expect(tables[1]).toEqual({ sheet: 'Danh mục', firstRow: 3, firstColumn: 3, rows: [TTHC_HEADER, ['1.001', 'Cấp thị thực', 'Lãnh sự', 5]], tableName: 'TTHC' });
    expect(tablesFromSheets(tables).TTHC).toBe(tables[1]);
    // Values are loaded for the sheet's used range only (C1:F4).
    expect(excel.log.filter((e) => e.op === 'load' && e.name === 'values').map((e) => e.target)).toEqual(['sheet(Danh mục).getRangeByIndexes(0,2,4,4)']);
    expect(excel.syncs).toBe(3);
  });

  it('a table narrower than its sheet gets its own columns; rows past the used range are blank', async () => {
    const wb = new FakeWorkbook();
    const sheet = wb.addSheet('Khác', [['ghi chú', 'Kỳ báo cáo', 'Mã chỉ tiêu', 'Giá trị'], ['', '2023-Q2', 'a', 3]]);
    wb.addTable(sheet, 'SoLieu', { row: 1, col: 2 }, 3, 3); // an empty last row, as a table keeps one

    const tables = await readTables(new MockExcel(wb).context);

    expect(tables[1]).toEqual({
      sheet: 'Khác',
      firstRow: 1,
      firstColumn: 2,
      rows: [['Kỳ báo cáo', 'Mã chỉ tiêu', 'Giá trị'], ['2023-Q2', 'a', 3], [null, null, null]],
      tableName: 'SoLieu',
    });
  });

  it('lists sheets before tables; the core takes an Excel table named like an input table over a sheet of that name', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet('TTHC', [TTHC_HEADER, ['từ trang tính', 'a', 'b', 1]]);
    const other = wb.addSheet('Khác', [TTHC_HEADER, ['từ bảng', 'a', 'b', 1]]);
    wb.addTable(other, 'tthc', { row: 1, col: 1 }, 2, 4);

    const tables = tablesFromSheets(await readTables(new MockExcel(wb).context));

    const sheets = await readTables(new MockExcel(wb).context);
    expect(sheets.map((t) => t.tableName ?? t.sheet)).toEqual(['TTHC', 'Khác', 'tthc']);
    expect(tables.TTHC!.tableName).toBe('tthc');
    expect(tables.TTHC!.rows[1][0]).toBe('từ bảng');
  });

  it('reads an empty sheet as an empty table and blank cells as null', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet('NgayNghi');
    wb.addSheet('SoLieu', [['Kỳ báo cáo', 'Mã chỉ tiêu', 'Giá trị'], ['2023-Q2', '', 3]]);

    const tables = await readTables(new MockExcel(wb).context);

    expect(tables[0]).toEqual({ sheet: 'NgayNghi', firstRow: 1, firstColumn: 1, rows: [] });
    expect(tables[1].rows[1]).toEqual(['2023-Q2', null, 3]);
  });

  it('marks every table of a 1904 workbook, learnt from Excel’s DATE function in the first request', async () => {
    const wb = new FakeWorkbook();
    wb.date1904 = true;
    const sheet = wb.addSheet('HoSo', [['Mã hồ sơ', 'Ngày tiếp nhận'], ['HS-1', 43_844]]); // 15/01/2024 counted from 1904
    wb.addTable(sheet, 'HoSoBang', { row: 1, col: 1 }, 2, 2);
    const excel = new MockExcel(wb);

    const tables = await readTables(excel.context);

    expect(tables.map((t) => t.date1904)).toEqual([true, true]);
    expect(calls(excel, 'date')).toEqual([expect.objectContaining({ target: 'functions', batch: 1, value: [1904, 1, 2] })]);
    expect(excel.syncs).toBe(3);

    wb.date1904 = false;
    const plain = await readTables(new MockExcel(wb).context);
    expect(plain.map((t) => 'date1904' in t)).toEqual([false, false]);
  });

  it('reads a 50,000-row dossier log in blocks that each stay under 4 MB, reporting progress', async () => {
    const wb = new FakeWorkbook();
    const rows = [HOSO_HEADER, ...Array.from({ length: 50_000 }, (_, i) => dossier(i + 1))];
    wb.addSheet('HoSo', rows);
    wb.addSheet('TTHC', [TTHC_HEADER, ['1.001', 'Cấp thị thực', 'Lãnh sự', 5]]);
    const excel = new MockExcel(wb);
    const progress: Array<[number, number]> = [];

    const tables = await readTables(excel.context, { onProgress: (read, total) => progress.push([read, total]) });

    const hoso = bySheet(tables, 'HoSo');
    expect(hoso.rows).toHaveLength(50_001);
    expect(hoso.rows[50_000][0]).toBe('HS-0050000');
    expect(hoso.rows[3][4]).toBeNull();
    // Two requests for names and sizes, then blocks: several, none over the budget.
    const blockPayloads = excel.payloads.slice(2);
    expect(blockPayloads.length).toBeGreaterThan(1);
    expect(excel.syncs).toBe(2 + blockPayloads.length);
    expect(Math.max(...blockPayloads)).toBeLessThanOrEqual(REQUEST_BUDGET_BYTES);
    expect(progress[0]).toEqual([0, 50_003]);
    expect(progress[progress.length - 1]).toEqual([50_003, 50_003]);
    expect(progress.every(([read], i) => i === 0 || read > progress[i - 1][0])).toBe(true);
  });

  it('reads a small three-sheet workbook in three requests, merges and date system included', async () => {
    const wb = new FakeWorkbook();
    const tthc = wb.addSheet('TTHC', [TTHC_HEADER, ['1.001', 'Cấp thị thực', 'Lãnh sự', 5], ['1.002', 'Gia hạn', '', 3]]);
    wb.addMerge(tthc, 'C2:C3');
    wb.addSheet('SoLieu', [['Kỳ báo cáo', 'Mã chỉ tiêu', 'Giá trị']]);
    wb.addSheet('ThongTin', [['Cơ quan', 'Sở Ngoại vụ']]);
    const excel = new MockExcel(wb);

    const tables = await readTables(excel.context);

    // 1: names and DATE; 2: used ranges and merged areas; 3: every sheet's values. As before merges.
    expect(excel.syncs).toBe(3);
    expect(tables[0].merges).toEqual([{ top: 1, left: 2, bottom: 2, right: 2 }]);
  });

  it('asks again by row block when a sheet has more merged areas than Excel lists in one call', async () => {
    const wb = new FakeWorkbook();
    // 600 dossiers of two rows each, the ID merged down over both: 600 merges, over Excel's 512.
    const rows: CellValue[][] = [['Mã hồ sơ', 'Ghi chú']];
    for (let i = 1; i <= 600; i++) rows.push([`HS-${i}`, 'lần 1'], ['', 'lần 2']);
    const sheet = wb.addSheet('HoSo', rows);
    for (let i = 0; i < 600; i++) wb.addMerge(sheet, `A${2 + 2 * i}:A${3 + 2 * i}`);
    wb.addSheet('TTHC', [TTHC_HEADER]);
    const excel = new MockExcel(wb);

    const tables = await readTables(excel.context);

    const merges = bySheet(tables, 'HoSo').merges!;
    expect(merges).toHaveLength(600);
    expect(merges[599]).toEqual({ top: 1199, left: 0, bottom: 1200, right: 0 });
    expect(fillMerges(bySheet(tables, 'HoSo')).rows[1200]).toEqual(['HS-600', 'lần 2']);
    // Names; sizes and merges refused, sizes again; merges of the small sheets (TTHC) together, of HoSo
    // whole (refused) and of its two halves; values.
    expect(excel.syncs).toBe(1 + 2 + 4 + 1);
  });

  it('on a host without ExcelApi 1.13 reads no merged areas, in the same three requests', async () => {
    const wb = new FakeWorkbook();
    const sheet = wb.addSheet('TTHC', [TTHC_HEADER, ['1.001', 'Cấp thị thực', 'Lãnh sự', 5], ['1.002', 'Gia hạn', '', 3]]);
    wb.addMerge(sheet, 'C2:C3');
    const excel = new MockExcel(wb);

    const tables = await readTables(excel.context, { mergedAreas: false });

    expect(tables[0].merges).toBeUndefined();
    expect(calls(excel, 'getMergedAreasOrNullObject')).toEqual([]);
    expect(excel.syncs).toBe(3);
  });

  it('shrinks its blocks when the host refuses a response as too large, and still reads every row', async () => {
    const wb = new FakeWorkbook();
    // Light rows first, so blocks grow; then rows with 2,000-character notes.
    const rows = [HOSO_HEADER, ...Array.from({ length: 40_000 }, (_, i) => dossier(i + 1, i >= 30_000 ? `Ghi chú ${'x'.repeat(2_000)}` : ''))];
    wb.addSheet('HoSo', rows);
    const excel = new MockExcel(wb);

    const tables = await readTables(excel.context);

    expect(excel.refusals).toBeGreaterThan(0);
    expect(tables[0].rows).toHaveLength(40_001);
    expect(tables[0].rows.map((r) => r[0])).toEqual(rows.map((r) => r[0]));
    expect(Math.max(...excel.payloads)).toBeLessThanOrEqual(REQUEST_BUDGET_BYTES * 1.25);
  });
});

describe('merged-area addresses', () => {
  it('parses RangeAreas.address: sheet names quoted or not, commas and "!" inside quotes, whole rows and columns', () => {
    expect(parseAreasAddress("Sheet1!A1:B4, Sheet1!D1:D4")).toEqual([
      { row: 0, col: 0, rows: 4, cols: 2 },
      { row: 0, col: 3, rows: 4, cols: 1 },
    ]);
    expect(parseAreasAddress("'Sổ, hồ sơ!'!$C$5:$E$6,'Sổ, hồ sơ!'!2:3,'It''s'!AA:AB")).toEqual([
      { row: 4, col: 2, rows: 2, cols: 3 },
      { row: 1, col: 0, rows: 2, cols: 16_384 },
      { row: 0, col: 26, rows: 1_048_576, cols: 2 },
    ]);
    expect(parseAreasAddress('')).toEqual([]);
  });
});

describe('the mock refuses what Excel refuses', () => {
  it('merged areas: read only after load and sync, a null object when there are none, a failed request over 512', async () => {
    const wb = new FakeWorkbook();
    const sheet = wb.addSheet('A', [['x', 'y']]);
    wb.addMerge(sheet, 'A1:B1');
    expect(wb.value(sheet, 1, 2)).toBeUndefined(); // merging blanks all but the top-left cell
    const excel = new MockExcel(wb);
    const ws = excel.context.workbook.worksheets.getItem('A');
    const merged = ws.getRange().getMergedAreasOrNullObject();
    const none = ws.getRange('C1:D4').getMergedAreasOrNullObject();
    const date = excel.context.workbook.functions.date(2024, 1, 15);
    expect(() => merged.address).toThrow(/read before load and sync/);
    merged.load('address');
    date.load('value');
    expect(() => merged.isNullObject).toThrow(/before sync/);
    expect(() => date.value).toThrow(/read before load and sync/);
    await excel.context.sync();
    expect(merged.isNullObject).toBe(false);
    expect(merged.address).toBe('A!A1:B1');
    expect(none.isNullObject).toBe(true);
    expect(date.value).toBe(45_306);

    const many = new FakeWorkbook();
    const big = many.addSheet('B', []);
    for (let i = 1; i <= 513; i++) many.addMerge(big, `A${i}:B${i}`);
    const refusing = new MockExcel(many);
    refusing.context.workbook.worksheets.getItem('B').getRange().getMergedAreasOrNullObject().load('address');
    await expect(refusing.context.sync()).rejects.toMatchObject({ code: 'GeneralException' });
  });
});

describe('an .xlsx read as Office.js presents it (test/helpers/officeShaped.ts)', () => {
  it('dates as 1904 serials, formula results, errors as text, merges top-left only, tables with their ranges', async () => {
    const book = new ExcelJS.Workbook();
    book.properties.date1904 = true;
    const ws = book.addWorksheet('Sổ hồ sơ');
    ws.getCell('B2').value = 'SỔ THEO DÕI';
    ws.mergeCells('B2:E2');
    ws.getRow(3).values = [undefined, 'Mã hồ sơ', 'Ngày tiếp nhận', 'Số ngày', 'Lỗi'];
    ws.getRow(4).values = [undefined, 'HS-1', new Date(Date.UTC(2024, 0, 15)), { formula: '1+1', result: 2 }, { error: '#N/A' }];
    ws.getRow(5).values = [undefined, 'HS-2', new Date(Date.UTC(2024, 0, 16)), true, { richText: [{ text: 'a' }, { text: 'b' }] }];
    ws.mergeCells('B6:B7');
    ws.getCell('B6').value = 'gộp';
    ws.getCell('C7').value = 'dưới';
    ws.addTable({ name: 'TTHC', ref: 'G3', headerRow: true, columns: [{ name: 'Mã TTHC' }, { name: 'Tên TTHC' }], rows: [['1.001', 'Cấp thị thực']] });
    const bytes = new Uint8Array(await book.xlsx.writeBuffer());

    const tables = await readThroughOfficeJs(bytes);

    const sheet = tables[0];
    expect(sheet).toMatchObject({ sheet: 'Sổ hồ sơ', firstRow: 2, firstColumn: 2, date1904: true });
    expect(sheet.rows.slice(0, 4)).toEqual([
      ['SỔ THEO DÕI', null, null, null, null, null, null],
      ['Mã hồ sơ', 'Ngày tiếp nhận', 'Số ngày', 'Lỗi', null, 'Mã TTHC', 'Tên TTHC'],
      ['HS-1', 43_844, 2, '#N/A', null, '1.001', 'Cấp thị thực'],
      ['HS-2', 43_845, true, 'ab', null, null, null],
    ]);
    expect(sheet.rows.slice(4).map((r) => r.slice(0, 2))).toEqual([['gộp', null], [null, 'dưới']]);
    expect(sheet.merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: 3 },
      { top: 4, left: 0, bottom: 5, right: 0 },
    ]);
    expect(tables[1]).toEqual({ sheet: 'Sổ hồ sơ', firstRow: 3, firstColumn: 7, rows: [['Mã TTHC', 'Tên TTHC'], ['1.001', 'Cấp thị thực']], tableName: 'TTHC', date1904: true });
  });
});
