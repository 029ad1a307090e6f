import { parseInputs } from '../../src/core/inputs';
import { readTables } from '../../src/adapters/officejs';
import { REQUEST_BUDGET_BYTES } from '../../src/adapters/officejs/chunks';
import { CellValue, FakeWorkbook, MockExcel } from './mockExcel';

const HOSO_HEADER = [
  'Mã hồ sơ', 'Mã TTHC', 'Ngày tiếp nhận', 'Hạn trả kết quả', 'Ngày có kết quả', 'Kênh tiếp nhận', 'Trạng thái',
  'Hồ sơ số hóa', 'Kết quả số hóa', 'Kết quả điện tử', 'Tái sử dụng dữ liệu số hóa', 'Khai thác CSDL dân cư', 'Thanh toán trực tuyến',
];
const TTHC_HEADER = ['Mã TTHC', 'Tên TTHC', 'Lĩnh vực', 'Thời hạn giải quyết (ngày làm việc)'];

function dossier(i: number, note = ''): CellValue[] {
  return [`HS-${String(i).padStart(7, '0')}`, '1.001', 45000 + (i % 300), 45010 + (i % 300), i % 3 === 0 ? '' : 45005 + (i % 300), 'Trực tuyến', note, 'Có', 'x', '', 'Có', 'Không', 'Có'];
}

describe('reading the input tables through Office.js', () => {
  it('reads a sheet named like a table, keeping worksheet row and column numbers under title rows', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet('Báo cáo cũ', [['không phải bảng đầu vào']]);
    // Title at B2, header at B4, data from B5: the engine must name worksheet rows and columns.
    wb.addSheet('Hồ Sơ', [['SỔ THEO DÕI HỒ SƠ'], [], HOSO_HEADER, dossier(1), ['HS-2', '1.001', 'không phải ngày']], { row: 2, col: 2 });
    wb.addSheet('TTHC', [TTHC_HEADER, ['1.001', 'Cấp thị thực', 'Lãnh sự', 5]]);
    const excel = new MockExcel(wb);

    const tables = await readTables(excel.context);

    expect(Object.keys(tables).sort()).toEqual(['HoSo', 'TTHC']);
    expect(tables.HoSo).toMatchObject({ sheet: 'Hồ Sơ', firstRow: 2, firstColumn: 2 });
    expect(tables.HoSo!.rows[0][0]).toBe('SỔ THEO DÕI HỒ SƠ');
    expect(tables.HoSo!.rows[1].every((c) => c === null)).toBe(true);
    expect(tables.HoSo!.rows[2]).toEqual(HOSO_HEADER);
    const issues = parseInputs(tables).issues.filter((i) => i.sheet === 'Hồ Sơ');
    expect(issues).toContainEqual(expect.objectContaining({ row: 6, column: 'D (Ngày tiếp nhận)' }));
    // Sheets that are not input tables are never looked into.
    expect(excel.log.some((e) => e.target.startsWith('sheet(Báo cáo cũ)') && e.op !== 'load')).toBe(false);
  });

  it('reads an Excel table by name when no sheet has that name', async () => {
    const wb = new FakeWorkbook();
    const sheet = wb.addSheet('Danh mục', [['Danh mục thủ tục'], [], TTHC_HEADER, ['1.001', 'Cấp thị thực', 'Lãnh sự', 5]], { row: 1, col: 3 });
    wb.addTable(sheet, 'TTHC', { row: 3, col: 3 }, 2, 4);
    const excel = new MockExcel(wb);

    const tables = await readTables(excel.context);

    expect(tables.TTHC).toEqual({ sheet: 'Danh mục', firstRow: 3, firstColumn: 3, rows: [TTHC_HEADER, ['1.001', 'Cấp thị thực', 'Lãnh sự', 5]] });
  });

  it('prefers a sheet to an Excel table of the same name, as the ExcelJS reader does', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet('TTHC', [TTHC_HEADER, ['từ trang tính', 'a', 'b', 1]]);
    const other = wb.addSheet('Khác', [TTHC_HEADER, ['từ bảng', 'a', 'b', 1]]);
    wb.addTable(other, 'tthc', { row: 1, col: 1 }, 2, 4);

    const tables = await readTables(new MockExcel(wb).context);

    expect(tables.TTHC!.sheet).toBe('TTHC');
    expect(tables.TTHC!.rows[1][0]).toBe('từ trang tính');
  });

  it('reads an empty input sheet as an empty table and blank cells as null', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet('NgayNghi');
    wb.addSheet('SoLieu', [['Kỳ báo cáo', 'Mã chỉ tiêu', 'Giá trị'], ['2023-Q2', '', 3]]);

    const tables = await readTables(new MockExcel(wb).context);

    expect(tables.NgayNghi).toEqual({ sheet: 'NgayNghi', firstRow: 1, firstColumn: 1, rows: [] });
    expect(tables.SoLieu!.rows[1]).toEqual(['2023-Q2', null, 3]);
  });

  it('reads a 50,000-row dossier log in blocks that each stay under 4 MB, reporting progress', async () => {
    const wb = new FakeWorkbook();
    const rows = [HOSO_HEADER, ...Array.from({ length: 50_000 }, (_, i) => dossier(i + 1))];
    wb.addSheet('HoSo', rows);
    wb.addSheet('TTHC', [TTHC_HEADER, ['1.001', 'Cấp thị thực', 'Lãnh sự', 5]]);
    const excel = new MockExcel(wb);
    const progress: Array<[number, number]> = [];

    const tables = await readTables(excel.context, { onProgress: (read, total) => progress.push([read, total]) });

    expect(tables.HoSo!.rows).toHaveLength(50_001);
    expect(tables.HoSo!.rows[50_000][0]).toBe('HS-0050000');
    expect(tables.HoSo!.rows[3][4]).toBeNull();
    // Two requests for names and sizes, then blocks: several, none over the budget.
    const blockPayloads = excel.payloads.slice(2);
    expect(blockPayloads.length).toBeGreaterThan(1);
    expect(excel.syncs).toBe(2 + blockPayloads.length);
    expect(Math.max(...blockPayloads)).toBeLessThanOrEqual(REQUEST_BUDGET_BYTES);
    expect(progress[0]).toEqual([0, 50_003]);
    expect(progress[progress.length - 1]).toEqual([50_003, 50_003]);
    expect(progress.every(([read], i) => i === 0 || read > progress[i - 1][0])).toBe(true);
  });

  it('reads the small tables together in one request', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet('TTHC', [TTHC_HEADER, ['1.001', 'Cấp thị thực', 'Lãnh sự', 5]]);
    wb.addSheet('SoLieu', [['Kỳ báo cáo', 'Mã chỉ tiêu', 'Giá trị']]);
    wb.addSheet('ThongTin', [['Cơ quan', 'Sở Ngoại vụ']]);
    const excel = new MockExcel(wb);

    await readTables(excel.context);

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
    expect(tables.HoSo!.rows).toHaveLength(40_001);
    expect(tables.HoSo!.rows.map((r) => r[0])).toEqual(rows.map((r) => r[0]));
    expect(Math.max(...excel.payloads)).toBeLessThanOrEqual(REQUEST_BUDGET_BYTES * 1.25);
  });
});
