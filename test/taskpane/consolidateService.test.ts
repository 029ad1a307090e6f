/**
 * Tổng hợp in the task pane's services: the three files of test/cli/consolidate.test.ts (two
 * units' logs and an II.06a table of two units with a total row), picked as Blobs, give the same
 * four units and total as the CLI's JSON; the preview's .xlsx download has the CLI's three sheets
 * and its .docx every unit; in Excel the two sheets and DonVi are written into the open workbook
 * (the strict fake of test/taskpane/fakeOffice.ts, and office-addin-mock's of test/officejs).
 */
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { readFileSync } from 'fs';
import * as path from 'path';
import { consolidatedBytes, consolidatedReport, consolidationJson, runConsolidation } from '../../src/cli/consolidate';
import { dayFromParts } from '../../src/core/days';
import { periodFromLabel } from '../../src/core/periods';
import { distinctNames } from '../../src/taskpane/services/consolidating';
import { createOfficeService } from '../../src/taskpane/services/officeService';
import { createPreviewService } from '../../src/taskpane/services/previewService';
import type { PickedFile, Progress } from '../../src/taskpane/services/types';
import { sampleCells } from '../helpers/fakeHost';
import { FakeWorkbook, MockExcel } from '../officejs/mockExcel';
import { FakeBook } from './fakeOffice';

const EXPORTS = path.join(__dirname, '..', 'fixtures', 'exports');
const NAMES = ['unit-so-noi-vu.xlsx', 'unit-phuong-hac-thanh.xlsx', 'ii06a-by-unit.xlsx'];
const Q3 = periodFromLabel('2026-Q3')!;
const TODAY = dayFromParts(2026, 12, 1);
const noWait = async () => undefined;

/** The fixtures as the browser hands them over: Blobs with their names. */
const picked = (names = NAMES): PickedFile[] => names.map((name) => ({ file: new Blob([readFileSync(path.join(EXPORTS, name))]), name }));

/** The hand count of scripts/make-export-fixtures.ts (test/cli/consolidate.test.ts). */
const KEYS = ['received', 'newOnline', 'newDirectPostal', 'carriedOver', 'resolved', 'resolvedEarly', 'resolvedOnTime', 'resolvedLate', 'pending', 'pendingInTime', 'pendingOverdue'];
const figures = (values: number[]) => Object.fromEntries(KEYS.map((k, i) => [k, values[i]]));
const HAND_COUNT = [
  { unit: 'Sở Nội vụ', level: 'province', counts: figures([5, 1, 3, 1, 3, 1, 1, 1, 2, 1, 1]) },
  { unit: 'Sở Tư pháp', level: 'province', counts: figures([25, 12, 8, 5, 20, 6, 11, 3, 5, 4, 1]) },
  { unit: 'Phường Hạc Thành', level: 'commune', counts: figures([4, 3, 1, 0, 3, 2, 1, 0, 1, 1, 0]) },
  { unit: 'Xã Đông Sơn', level: 'commune', counts: figures([8, 3, 4, 1, 6, 2, 3, 1, 2, 1, 1]) },
];
const TOTAL = figures([42, 19, 16, 7, 32, 11, 16, 5, 10, 7, 3]);
const SHEETS = ['Tổng hợp 2026-Q3', 'Tổng hợp chung 2026-Q3'];

function previewService() {
  const saved: { name: string; data: ArrayBuffer }[] = [];
  const svc = createPreviewService({ save: (data, name) => saved.push({ name, data }), today: () => TODAY, yieldToUi: noWait });
  return { svc, saved };
}

/** A worksheet's rows, formula cells as their results. */
function rowsOf(ws: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => (v && typeof v === 'object' && 'result' in v ? (v as { result: unknown }).result : v))));
  return rows;
}

const documentXml = (data: ArrayBuffer | Uint8Array) => strFromU8(unzipSync(new Uint8Array(data))['word/document.xml']);

describe('Tổng hợp: preview service', () => {
  test('three picked files: four units with the hand counts, tỉnh then xã, and their sum; read one at a time', async () => {
    const { svc } = previewService();
    const progress: Progress[] = [];
    const outcome = await svc.consolidate(picked(), Q3, 'vi', { onProgress: (p) => progress.push(p) });
    const c = outcome.consolidation;
    expect(c.units.map((u) => ({ unit: u.unit, level: u.level, counts: u.counts }))).toEqual(HAND_COUNT);
    expect(c.total).toEqual(TOTAL);
    expect(c.issues).toEqual([]);
    expect(outcome.files).toEqual(NAMES);
    expect(c.units[1].sources).toEqual([{ file: 'ii06a-by-unit.xlsx', sheet: 'II.06a', row: 11 }]);
    // No ThongTin-only file and no workbook open: the report says the consolidating office is missing.
    expect(outcome.issues).toEqual([expect.objectContaining({ severity: 'warning', code: 'reportNote', sheet: SHEETS[0], message: expect.stringContaining('Chưa có tên cơ quan tổng hợp') })]);
    expect(progress.map((p) => p.fraction ?? p.stage)).toEqual([0, 1 / 3, 2 / 3, 1, 'computing']);
    expect(outcome.report.sheets.map((s) => s.name)).toEqual(SHEETS);
  });

  test('the same figures as the CLI’s JSON (the same files read from disk)', async () => {
    const { svc } = previewService();
    const outcome = await svc.consolidate(picked(), Q3, 'vi');
    const cli = consolidationJson(await runConsolidation(NAMES.map((n) => path.join(EXPORTS, n)), Q3, 'vi'));
    expect(consolidationJson({ consolidation: outcome.consolidation, files: outcome.files } as Parameters<typeof consolidationJson>[0])).toEqual(cli);
  });

  test('.xlsx download: the table with its total row, the summary and DonVi, as the CLI writes them', async () => {
    const { svc, saved } = previewService();
    const outcome = await svc.consolidate(picked(), Q3, 'vi');
    expect(await svc.downloadConsolidatedWorkbook(outcome)).toBe('Tổng hợp 2026-Q3.xlsx');
    expect(saved.map((s) => s.name)).toEqual(['Tổng hợp 2026-Q3.xlsx']);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(saved[0].data);
    expect(workbook.worksheets.map((w) => w.name)).toEqual([...SHEETS, 'DonVi']);
    const rows = rowsOf(workbook.worksheets[0]);
    expect(rows.find((r) => r[1] === 'Tổng cộng')!.slice(2, 13)).toEqual(KEYS.map((k) => TOTAL[k]));
    for (const unit of HAND_COUNT) expect(rows.find((r) => r[1] === unit.unit)!.slice(2, 13)).toEqual(KEYS.map((k) => unit.counts[k]));
    expect(rowsOf(workbook.getWorksheet('DonVi')!)).toEqual([
      ['Tên trong tệp', 'Đơn vị', 'Cấp'],
      ...outcome.consolidation.names.map((n) => [n.found, n.unit, n.level === 'province' ? 'tỉnh' : 'xã']),
    ]);
    expect(rowsOf(workbook.getWorksheet('DonVi')!)).toContainEqual(['UBND xã Đông Sơn', 'Xã Đông Sơn', 'xã']);

    // Cell for cell what the CLI's -o out.xlsx holds (one function writes both).
    const run = await runConsolidation(NAMES.map((n) => path.join(EXPORTS, n)), Q3, 'vi');
    const cli = new ExcelJS.Workbook();
    await cli.xlsx.load((await consolidatedBytes(run, consolidatedReport(run), 'xlsx', null)) as never);
    expect(cli.worksheets.map((w) => w.name)).toEqual(workbook.worksheets.map((w) => w.name));
    for (const ws of cli.worksheets) {
      // The signature's date is the day each was made: compare what is not a date line.
      const undated = (rows: unknown[][]) => rows.map((r) => r.filter((v) => !(typeof v === 'string' && /ngày \d+ tháng \d+ năm \d+/i.test(v))));
      expect(undated(rowsOf(workbook.getWorksheet(ws.name)!))).toEqual(undated(rowsOf(ws)));
    }
  });

  test('.docx download: every unit, the level headings and the total', async () => {
    const { svc, saved } = previewService();
    const outcome = await svc.consolidate(picked(), Q3, 'vi');
    expect(await svc.downloadConsolidatedDocument(outcome)).toEqual({ fileName: 'Tổng hợp 2026-Q3.docx', previewUrl: null });
    const xml = documentXml(saved[0].data);
    for (const unit of HAND_COUNT) expect(xml).toContain(unit.unit);
    expect(xml).toContain('Cấp tỉnh (Sở, ban, ngành)');
    expect(xml).toContain('Tổng số hồ sơ tiếp nhận: 42');
  });

  test('the open workbook lends its ThongTin when no picked file gives the consolidating office', async () => {
    const { svc } = previewService();
    await svc.openSample();
    const outcome = await svc.consolidate(picked(), Q3, 'vi');
    expect(outcome.issues).toEqual([]);
    expect(outcome.report.sheets[0].cells.some((c) => typeof c.value === 'string' && c.value.toLocaleUpperCase('vi').includes('SỞ NGOẠI VỤ'))).toBe(true);
  });

  test('no files, an empty file, two files of one name', async () => {
    const { svc } = previewService();
    await expect(svc.consolidate([], Q3, 'vi')).rejects.toThrow(/Chưa chọn tệp nào/);
    await expect(svc.consolidate([{ file: new Blob([]), name: 'rong.xlsx' }], Q3, 'vi')).rejects.toThrow(/rong\.xlsx/);
    expect(distinctNames([{ name: 'a.xlsx' }, { name: 'A.xlsx' }, { name: 'b.xlsx' }].map((f) => ({ ...f, file: new Blob([]) })))).toEqual(['a.xlsx', 'A.xlsx (2)', 'b.xlsx']);
    // The same unit twice with the same figures: counted once, the warning naming both files.
    const twice = await svc.consolidate([...picked(), { ...picked(['unit-so-noi-vu.xlsx'])[0] }], Q3, 'vi');
    expect(twice.consolidation.total).toEqual(TOTAL);
    expect(twice.consolidation.issues.map((i) => i.code)).toEqual(expect.arrayContaining(['unitRepeated']));
    expect(twice.consolidation.issues.find((i) => i.code === 'unitRepeated')!.sheet).toMatch(/^unit-so-noi-vu\.xlsx \(2\) › /);
  });
});

describe('Tổng hợp: Excel service', () => {
  function sampleBook(): FakeBook {
    const book = new FakeBook();
    for (const s of sampleCells()) book.addSheet(s.name, s.rows);
    return book;
  }

  test('the two sheets written through the report writer, DonVi as text, the table made active (fake Office.js)', async () => {
    const book = new FakeBook();
    const service = createOfficeService({ run: book.run, today: () => TODAY, yieldToUi: noWait });
    const outcome = await service.consolidate(picked(), Q3, 'vi');
    expect(outcome.consolidation.total).toEqual(TOTAL);
    const written = await service.writeConsolidated(outcome);
    expect(written).toEqual({ sheets: SHEETS, replaced: [], unitSheet: 'DonVi' });
    expect(book.sheets.map((s) => s.name)).toEqual([...SHEETS, 'DonVi']);
    expect(book.active).toBe(SHEETS[0]);

    const table = book.rows(SHEETS[0]);
    for (const unit of HAND_COUNT) expect(table.find((r) => r[1] === unit.unit)!.slice(2, 13)).toEqual(KEYS.map((k) => unit.counts[k]));
    // The total sums the level subtotals, each the sum of its units, as formulas Excel computes.
    const total = table.find((r) => r[1] === 'Tổng cộng')!;
    expect(total[2]).toMatch(/^=SUM\(C\d+,C\d+\)$/);
    expect(book.sheet(SHEETS[0])!.pageLayout).toMatchObject({ orientation: 'Landscape', paperSize: 'A4' });
    expect(book.rows(SHEETS[1]).flat().some((v) => typeof v === 'string' && v.includes('Tổng số hồ sơ tiếp nhận: 42'))).toBe(true);

    const donVi = book.sheet('DonVi')!;
    expect(book.rows('DonVi')).toEqual([['Tên trong tệp', 'Đơn vị', 'Cấp'], ...outcome.consolidation.names.map((n) => [n.found, n.unit, n.level === 'province' ? 'tỉnh' : 'xã'])]);
    expect(donVi.formats.get('2:1')).toBe('@');
    expect(donVi.typedAsInput).toEqual([]);
    expect(donVi.columnWidths.get(1)).toBeGreaterThan(donVi.columnWidths.get(3)!);
    expect(donVi.formatting).toContainEqual({ address: 'A1:C1', property: 'font.bold', value: true });
  });

  test('again: each sheet replaced only when the user agrees; a DonVi already there is left as it is', async () => {
    const book = new FakeBook();
    const service = createOfficeService({ run: book.run, today: () => TODAY, yieldToUi: noWait });
    const outcome = await service.consolidate(picked(), Q3, 'vi');
    await service.writeConsolidated(outcome);
    book.sheet('DonVi')!.set(2, 2, 'sửa tay');
    const asked: string[] = [];
    const again = await service.writeConsolidated(outcome, { confirmReplace: async (name) => (asked.push(name), name === SHEETS[0]) });
    expect(asked).toEqual(SHEETS);
    expect(again).toEqual({ sheets: [SHEETS[0], `${SHEETS[1]} (2)`], replaced: [SHEETS[0]], unitSheet: null });
    expect(book.sheet('DonVi')!.get(2, 2)).toBe('sửa tay');
    expect(book.active).toBe(SHEETS[0]);
  });

  test('the workbook’s ThongTin names the consolidating office; the Word document downloads', async () => {
    const book = sampleBook();
    const saved: string[] = [];
    const service = createOfficeService({ run: book.run, today: () => TODAY, yieldToUi: noWait, save: (_data, name) => saved.push(name), platform: () => 'PC', pageUrl: () => 'https://x/taskpane.html' });
    const outcome = await service.consolidate(picked(), Q3, 'vi');
    expect(outcome.issues).toEqual([]);
    expect(await service.downloadConsolidatedDocument(outcome)).toEqual({ fileName: 'Tổng hợp 2026-Q3.docx', previewUrl: 'https://x/taskpane.html' });
    expect(saved).toEqual(['Tổng hợp 2026-Q3.docx']);
    const mac = createOfficeService({ run: book.run, today: () => TODAY, yieldToUi: noWait, save: () => undefined, platform: () => 'Mac', pageUrl: () => 'https://x/taskpane.html' });
    await expect(mac.downloadConsolidatedDocument(outcome)).rejects.toThrow(/Excel trên máy Mac/);
  });

  test('on office-addin-mock (batched, strict): the sheets and DonVi written, text kept as text', async () => {
    const excel = new MockExcel(new FakeWorkbook());
    const service = createOfficeService({ run: excel.run, today: () => TODAY, yieldToUi: noWait });
    const outcome = await service.consolidate(picked(), Q3, 'vi');
    expect(await service.writeConsolidated(outcome)).toEqual({ sheets: SHEETS, replaced: [], unitSheet: 'DonVi' });
    expect(excel.workbook.sheets.map((s) => s.name)).toEqual([...SHEETS, 'DonVi']);
    expect(excel.workbook.active).toBe(SHEETS[0]);
    const grid = excel.workbook.sheet(SHEETS[0])!.grid;
    for (const unit of HAND_COUNT) expect(grid.find((r) => r?.[1] === unit.unit)!.slice(2, 13)).toEqual(KEYS.map((k) => unit.counts[k]));
    const totalRow = grid.findIndex((r) => r?.[1] === 'Tổng cộng') + 1;
    expect(excel.workbook.sheet(SHEETS[0])!.formulas.get(`${totalRow}:3`)).toMatch(/^=SUM\(/);
    const donVi = excel.workbook.sheet('DonVi')!;
    expect(donVi.grid[0]).toEqual(['Tên trong tệp', 'Đơn vị', 'Cấp']);
    expect(donVi.grid).toContainEqual(['UBND xã Đông Sơn', 'Xã Đông Sơn', 'xã']);
    expect(donVi.formulas.size).toBe(0);
  });
});
