/**
 * The Excel service: generate through the adapter on office-addin-mock (test/officejs/mockExcel.ts),
 * and the pane's own Office.js work (ThongTin, input tables, selecting an issue's cell) on a
 * small fake of those members (./fakeOffice.ts).
 */
import { dayFromDate, dayFromParts, excelSerialFromDay } from '../../src/core/days';
import { periodFromLabel } from '../../src/core/periods';
import type { RawCell } from '../../src/core/types';
import { PROCEDURE_TABLE } from '../../src/core/schema';
import { sampleSheets } from '../../src/sample/sampleWorkbook';
import { createOfficeService } from '../../src/taskpane/services/officeService';
import type { Progress } from '../../src/taskpane/services/types';
import { emptyPeriodSpan } from '../../src/taskpane/services/periodDossiers';
import { FakeWorkbook, MockExcel, type CellValue } from '../officejs/mockExcel';
import { FakeBook } from './fakeOffice';

const Q2 = periodFromLabel('2023-Q2')!;
// After the sample's last dossiers (2026-Q3), so none is in the future.
const TODAY = dayFromParts(2026, 12, 1);
const SENTENCE = 'Tổng số hồ sơ TTHC đã tiếp nhận trong kỳ báo cáo: 14';

/** A sample sheet's cells as Excel hands them over: dates as serial numbers. */
function excelRows(titles: string[], header: string[], rows: RawCell[][]): CellValue[][] {
  const value = (v: RawCell): CellValue => (v instanceof Date ? excelSerialFromDay(dayFromDate(v)) : v === null || v === undefined ? '' : v);
  return [...titles.map((t) => [t]), ...(titles.length ? [[]] : []), header, ...rows.map((r) => r.map(value))];
}

function mockSample(): MockExcel {
  const wb = new FakeWorkbook();
  for (const s of sampleSheets()) wb.addSheet(s.name, excelRows(s.titles, s.header, s.rows));
  return new MockExcel(wb);
}

const noWait = async () => undefined;

describe('Excel service: generating (adapter on office-addin-mock)', () => {
  test('reads, computes, writes the report sheet and makes it active', async () => {
    const excel = mockSample();
    const service = createOfficeService({ run: excel.run, today: () => TODAY, yieldToUi: noWait });
    const progress: Progress[] = [];
    const outcome = await service.generate({ report: 'quarterly', period: Q2, language: 'vi', allowErrors: false }, { onProgress: (p) => progress.push(p) });
    expect(outcome).toMatchObject({ status: 'done', sheetName: 'BC quý II-2023', replaced: null, headline: { received: 14, onTimeRate: 1, onlineShare: 1 } });
    expect(progress[0]).toEqual({ stage: 'reading', fraction: 0 });
    expect(progress.filter((p) => p.stage === 'reading').pop()).toEqual({ stage: 'reading', fraction: 1 });
    expect(progress.slice(-2).map((p) => p.stage)).toEqual(['computing', 'writing']);
    const sheet = excel.workbook.sheet('BC quý II-2023')!;
    expect(excel.workbook.active).toBe('BC quý II-2023');
    expect(sheet.grid.flat().some((v) => typeof v === 'string' && v.includes(SENTENCE))).toBe(true);
  });

  test('a second report of the same name: replaced only when the user says so', async () => {
    const excel = mockSample();
    const service = createOfficeService({ run: excel.run, today: () => TODAY, yieldToUi: noWait });
    const request = { report: 'quarterly' as const, period: Q2, language: 'vi' as const, allowErrors: false };
    await service.generate(request);
    const asked: string[] = [];
    const kept = await service.generate(request, { confirmReplace: async (name) => (asked.push(name), false) });
    expect(asked).toEqual(['BC quý II-2023']);
    expect(kept).toMatchObject({ sheetName: 'BC quý II-2023 (2)', replaced: null });
    const replaced = await service.generate(request, { confirmReplace: async () => true });
    expect(replaced).toMatchObject({ sheetName: 'BC quý II-2023', replaced: 'BC quý II-2023' });
    expect(excel.workbook.sheets.map((s) => s.name).filter((n) => n.startsWith('BC'))).toEqual(['BC quý II-2023 (2)', 'BC quý II-2023']);
  });

  test('data errors stop it before anything is written, unless allowed', async () => {
    const excel = mockSample();
    const hoso = sampleSheets().find((x) => x.name === 'HoSo')!;
    const firstDataRow = hoso.titles.length + (hoso.titles.length ? 2 : 1) + 1;
    excel.workbook.sheet('HoSo')!.grid[firstDataRow - 1][2] = '31/02/2023'; // column C
    const service = createOfficeService({ run: excel.run, today: () => TODAY, yieldToUi: noWait });
    const before = excel.workbook.sheets.length;
    const blocked = await service.generate({ report: 'quarterly', period: Q2, language: 'vi', allowErrors: false });
    expect(blocked.status).toBe('blocked');
    expect(blocked.issues).toEqual([expect.objectContaining({ sheet: 'HoSo', row: firstDataRow, column: 'C (Ngày tiếp nhận)' })]);
    expect(excel.workbook.sheets.length).toBe(before);
    const made = await service.generate({ report: 'quarterly', period: Q2, language: 'vi', allowErrors: true });
    expect(made.status).toBe('done');
    expect(excel.workbook.sheets.length).toBe(before + 1);
  });

  test('the form’s agency details are printed when given', async () => {
    const excel = mockSample();
    const service = createOfficeService({ run: excel.run, today: () => TODAY, yieldToUi: noWait });
    const info = { parentAgency: 'UBND TỈNH X', agency: 'Sở Y', place: 'Z', documentNumber: '7/BC', recipient: '', recipients: [], signerTitle: '', signerDeputyTitle: '', signerName: '', formCodeLine: '' };
    const outcome = await service.generate({ report: 'quarterly', period: Q2, language: 'vi', allowErrors: false, info });
    expect(outcome.status === 'done' && outcome.model.cells.some((c) => c.value === 'Số: 7/BC')).toBe(true);
  });

  test('check and indicators read the workbook', async () => {
    const excel = mockSample();
    const service = createOfficeService({ run: excel.run, today: () => TODAY, yieldToUi: noWait });
    const check = await service.checkData('vi');
    expect(check).toMatchObject({ procedures: 10, issues: [] });
    expect(check.tables.map((t) => t.name).sort()).toEqual(['HoSo', 'NgayNghi', 'NoiDung', 'SoLieu', 'TTHC', 'ThongTin']);
    const { points } = await service.indicators([Q2], 'vi');
    expect(points[0]).toMatchObject({ received: 14, onTimeRate: 1, onlineShare: 1 });
  });
});

describe('Excel service: the pane’s own workbook work (fake Office.js)', () => {
  function sampleBook(): FakeBook {
    const book = new FakeBook();
    for (const s of sampleSheets()) book.addSheet(s.name, excelRows(s.titles, s.header, s.rows));
    return book;
  }

  test('ThongTin: read, saved back in place as text, created when missing', async () => {
    const book = sampleBook();
    const service = createOfficeService({ run: book.run });
    const info = (await service.loadInfo())!;
    expect(info).toMatchObject({ agency: 'Sở Ngoại vụ', recipients: ['Như trên;', 'Lãnh đạo Sở;', 'Lưu: VT, VP.'], signerName: 'Nguyễn Thái Bình' });

    const edited = { ...info, documentNumber: '08', recipient: '=Văn phòng', recipients: ['Như trên;'] };
    await service.saveInfo(edited);
    expect(await service.loadInfo()).toEqual(edited);
    expect(book.rows('ThongTin').length).toBe(12); // header + 11 rows: nothing added
    expect(book.sheet('ThongTin')!.typedAsInput).toEqual([]);

    book.sheets = book.sheets.filter((s) => s.name !== 'ThongTin');
    expect(await service.loadInfo()).toBeNull();
    await service.saveInfo(edited);
    expect(book.rows('ThongTin')[0]).toEqual(['Thông tin', 'Giá trị']);
    expect(await service.loadInfo()).toEqual(edited);
    expect(book.sheet('ThongTin')!.typedAsInput).toEqual([]);
  });

  test('ThongTin as an Excel table elsewhere: missing keys become new table rows', async () => {
    const book = new FakeBook();
    const sheet = book.addSheet('Cài đặt', [['Thông tin', 'Giá trị'], ['Cơ quan', 'Sở Z']], 3);
    sheet.tables.push({ name: 'ThongTin', top: 3, left: 1, bottom: 4, right: 2 });
    const service = createOfficeService({ run: book.run });
    expect(await service.loadInfo()).toMatchObject({ agency: 'Sở Z' });
    const info = { ...(await service.loadInfo())!, agency: 'Sở Y', signerName: '0912', place: 'Huế' };
    await service.saveInfo(info);
    expect(sheet.tables[0].bottom).toBeGreaterThan(4);
    expect(await service.loadInfo()).toEqual(info);
    expect(sheet.typedAsInput).toEqual([]);
    expect(book.sheet('ThongTin')).toBeUndefined();
  });

  test('input tables: each missing one created as a headed Excel table with choice lists; existing ones left alone', async () => {
    const book = new FakeBook();
    book.addSheet('Hồ sơ', [['x']]); // stands for HoSo
    const service = createOfficeService({ run: book.run });
    const result = await service.createInputTables();
    expect(result).toEqual({ created: ['TTHC', 'SoLieu', 'NoiDung', 'NgayNghi', 'ThongTin'], skipped: ['HoSo'] });
    expect(book.rows('Hồ sơ')).toEqual([['x']]);

    const tthc = book.sheet('TTHC')!;
    expect(tthc.tables).toEqual([{ name: 'TTHC', top: 1, left: 1, bottom: 2, right: PROCEDURE_TABLE.columns.length }]);
    expect(book.rows('TTHC')[0].slice(0, 3)).toEqual(['Mã TTHC', 'Tên TTHC', 'Lĩnh vực']);
    expect(tthc.frozenRows).toBe(1);
    expect(tthc.validations.get('2:6')).toEqual({ source: 'Toàn trình,Một phần,Không', alert: true }); // Mức DVCTT
    expect(tthc.validations.get('2:7')).toEqual({ source: 'Có,Không', alert: true }); // Cổng DVC tỉnh
    expect(tthc.formats.get('2:15')).toBe('dd/mm/yyyy'); // Ngày hiệu lực
    expect(tthc.formats.get('2:1')).toBe('@'); // Mã TTHC
    expect(book.sheet('NgayNghi')!.validations.get('2:2')).toEqual({ source: 'Nghỉ,Làm bù', alert: true });
    expect(book.rows('ThongTin').map((r) => r[0])).toContain('Người ký');
    expect(book.active).toBe('TTHC');

    const again = await service.createInputTables();
    expect(again.created).toEqual([]);
    expect(again.skipped).toHaveLength(6);
  });

  test('HoSo choice lists: channel strict, status a suggestion', async () => {
    const book = new FakeBook();
    await createOfficeService({ run: book.run }).createInputTables();
    const hoso = book.sheet('HoSo')!;
    // Columns found by their header: the template's column order follows the schema.
    const column = (label: string) => book.rows('HoSo')[0].indexOf(label) + 1;
    expect(hoso.validations.get(`2:${column('Kênh tiếp nhận')}`)).toEqual({ source: 'Trực tuyến,Trực tiếp,Bưu chính', alert: true });
    expect(hoso.validations.get(`2:${column('Trạng thái')}`)).toEqual({ source: 'Đang xử lý,Đã giải quyết,Rút,Từ chối,Dừng xử lý', alert: false });
    expect(hoso.formats.get(`2:${column('Ngày tiếp nhận')}`)).toBe('dd/mm/yyyy');
  });

  test('the sample: inserted into an empty workbook, readable; refused when any of its sheets exists', async () => {
    const book = new FakeBook();
    const service = createOfficeService({ run: book.run, today: () => TODAY, yieldToUi: noWait });
    const result = await service.insertSample();
    expect(result.created).toEqual(['TTHC', 'HoSo', 'SoLieu', 'NoiDung', 'NgayNghi', 'ThongTin']);
    for (const s of book.sheets) expect(s.typedAsInput).toEqual([]);
    expect(book.sheet('TTHC')!.get(1, 1)).toBe('DANH MỤC THỦ TỤC HÀNH CHÍNH THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA SỞ NGOẠI VỤ');
    expect(book.sheet('TTHC')!.tables[0]).toMatchObject({ name: 'TTHC', top: 3 });
    const hoso = book.sheet('HoSo')!;
    const header = hoso.tables[0].top;
    expect(hoso.get(header, 3)).toBe('Ngày tiếp nhận');
    expect(hoso.get(header + 1, 3)).toEqual(expect.any(Number)); // a date as a serial number
    expect(hoso.formats.get(`${header + 1}:3`)).toBe('dd/mm/yyyy');
    expect(book.sheet('SoLieu')!.formats.get('2:1')).toBe('@'); // '2023-Q2' stays text

    // What was inserted reads back as the sample: 2023-Q2 gives the seed's figures.
    const outcome = await service.generate({ report: 'quarterly', period: Q2, language: 'vi', allowErrors: false });
    expect(outcome).toMatchObject({ status: 'done', headline: { received: 14, onTimeRate: 1, onlineShare: 1 }, issues: [] });
    expect([...book.sheet('BC quý II-2023')!.cells.values()].some((v) => typeof v === 'string' && v.includes(SENTENCE))).toBe(true);

    const other = new FakeBook();
    other.addSheet('NgayNghi', [['Ngày', 'Loại']]);
    const refused = await createOfficeService({ run: other.run }).insertSample();
    expect(refused).toEqual({ created: [], skipped: ['NgayNghi'] });
    expect(other.sheets.map((s) => s.name)).toEqual(['NgayNghi']);
  });

  test('clicking an issue selects its cell on its sheet', async () => {
    const book = sampleBook();
    const service = createOfficeService({ run: book.run });
    await expect(service.selectIssue({ severity: 'error', sheet: 'HoSo', row: 7, column: 'C (Ngày tiếp nhận)', message: '' })).resolves.toBe(true);
    expect(book.active).toBe('HoSo');
    expect(book.selected).toEqual({ sheet: 'HoSo', address: 'C7' });
    await service.selectIssue({ severity: 'warning', sheet: 'TTHC', row: 12, column: null, message: '' });
    expect(book.selected).toEqual({ sheet: 'TTHC', address: '12:12' });
    await expect(service.selectIssue({ severity: 'error', sheet: 'Không có', row: 1, column: 'A (x)', message: '' })).resolves.toBe(false);
    await service.showSheet('NoiDung');
    expect(book.active).toBe('NoiDung');
    expect(book.selected).toEqual({ sheet: 'NoiDung', address: 'A1' });
  });

  test('period dossiers: a log whose dossiers end in 2023 suggests a 2023 quarter, read through Office.js', async () => {
    const book = sampleBook();
    // The sample's dossiers received after 2023 are dropped: the log ends in 2023.
    const hoso = book.rows('HoSo');
    const header = hoso.findIndex((r) => r.includes('Mã hồ sơ'));
    const col = hoso[header].indexOf('Ngày tiếp nhận');
    const kept = hoso.filter((r, i) => i <= header || (typeof r[col] === 'number' && (r[col] as number) < excelSerialFromDay(dayFromParts(2024, 1, 1))));
    book.sheets = book.sheets.filter((s) => s.name !== 'HoSo');
    book.addSheet('HoSo', kept);
    const service = createOfficeService({ run: book.run, today: () => TODAY });
    const data = await service.periodDossiers();
    expect(data.dossiers.length).toBe(kept.length - header - 1);
    expect(data.suggestedPeriod).toMatch(/^2023-Q[1-4]$/);
    expect(emptyPeriodSpan(data, periodFromLabel(data.suggestedPeriod!)!)).toBeNull();
    expect(emptyPeriodSpan(data, periodFromLabel('2025-Q2')!)).toMatch(/2023$/);
  });
});
