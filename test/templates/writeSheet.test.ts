import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { writeSheetModel } from '../../src/adapters/exceljs/writeSheet';
import { renderReport } from '../../src/templates';
import type { CellModel, SheetModel } from '../../src/templates/sheetModel';
import { uniqueSheetName, validSheetName } from '../../src/templates/sheetName';
import { quarterlyContext } from '../helpers/indicatorFixture';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'tthc-write-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes the workbook to an .xlsx file and reads it back, as Excel would open it. */
async function roundTrip(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const file = path.join(dir, `${Math.random().toString(36).slice(2)}.xlsx`);
  await workbook.xlsx.writeFile(file);
  const read = new ExcelJS.Workbook();
  await read.xlsx.readFile(file);
  return read;
}

function sheetOf(cells: CellModel[], name = 'Báo cáo', merges: SheetModel['merges'] = []): SheetModel {
  return {
    name,
    columnWidths: [10, 20],
    rowHeights: { 1: 30 },
    cells,
    merges,
    page: {
      paperSize: 'A4', orientation: 'portrait', fitToWidth: true, printArea: 'A1:B4',
      margins: { top: 20, bottom: 20, left: 30, right: 15, header: 10, footer: 10 },
    },
    defaultFont: { name: 'Times New Roman', size: 14 },
  };
}

describe('writing a report sheet with ExcelJS', () => {
  const model = renderReport('form06', quarterlyContext());
  let sheet: ExcelJS.Worksheet;

  beforeAll(async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('HoSo');
    writeSheetModel(workbook, model);
    sheet = (await roundTrip(workbook)).getWorksheet(model.name)!;
  });

  test('keeps merges', () => {
    const merged = (sheet.model as unknown as { merges: string[] }).merges;
    expect(merged).toHaveLength(model.merges.length);
    const stt = model.cells.find((c) => c.value === 'STT')!;
    expect(merged).toContain(`A${stt.row}:A${stt.row + 1}`);
  });

  test('keeps column widths and row heights', () => {
    model.columnWidths.forEach((width, i) => expect(sheet.getColumn(i + 1).width).toBe(width));
    for (const [row, height] of Object.entries(model.rowHeights)) expect(sheet.getRow(Number(row)).height).toBe(height);
  });

  test('keeps fonts and alignment', () => {
    const title = model.cells.find((c) => c.value === 'TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH')!;
    const cell = sheet.getCell(title.row, title.col);
    expect(cell.font).toMatchObject({ name: 'Times New Roman', size: 14, bold: true });
    expect(cell.alignment).toMatchObject({ horizontal: 'center', wrapText: true });
  });

  test('draws a merged cell’s border around the whole range', () => {
    const group = model.cells.find((c) => c.value === 'Số hồ sơ nhận giải quyết')!;
    expect(sheet.getCell(group.row, 6).border).toMatchObject({ top: { style: 'thin' }, right: { style: 'thin' } });
  });

  test('sets up A4 landscape, margins in inches, fit to one page wide, print area and title rows', () => {
    const setup = sheet.pageSetup;
    expect(setup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(setup.margins).toMatchObject({ left: 1.181, right: 0.591, top: 0.787, bottom: 0.787 });
    expect(setup.printArea).toBe(model.page.printArea);
    expect(setup.printTitlesRow).toBe(model.page.printTitleRows);
  });

  test('numbers the pages in the header from page 2 (13 pt Times New Roman), the first page’s header empty', () => {
    expect(model.page.pageNumbers).toBe('fromSecondPage');
    expect(sheet.headerFooter).toMatchObject({ differentFirst: true, oddHeader: '&C&"Times New Roman,Regular"&13&P' });
    expect(sheet.headerFooter.firstHeader ?? '').toBe('');
  });

  test('breaks the pages where the model starts them (ExcelJS breaks after the row above)', () => {
    const starts = model.page.pageBreaks ?? [];
    expect(starts.length).toBeGreaterThan(0);
    // ExcelJS does not read row breaks back: the sheet as written (test/render/pdf.test.ts prints them).
    const written = writeSheetModel(new ExcelJS.Workbook(), model);
    expect(written.model.rowBreaks.map((b) => b.id + 1)).toEqual(starts);
  });

  test('writes the total row as formulas that keep their computed value', () => {
    const total = model.cells.find((c) => c.formula)!;
    const cell = sheet.getCell(total.row, total.col);
    expect(cell.formula).toBe(total.formula);
    expect(cell.result).toBe(total.value);
  });
});

test('a model without page numbers gets no header', async () => {
  const workbook = new ExcelJS.Workbook();
  writeSheetModel(workbook, sheetOf([{ row: 1, col: 1, value: 'x' }]));
  const header = (await roundTrip(workbook)).worksheets[0].headerFooter as Partial<ExcelJS.HeaderFooter> | null;
  expect(header?.oddHeader ?? null).toBeNull();
  expect(header?.differentFirst ?? false).toBe(false);
});

describe('sheet names', () => {
  test('a second "Báo cáo" gets a suffix, ignoring case', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('BÁO CÁO');
    const second = writeSheetModel(workbook, sheetOf([], 'Báo cáo'));
    const third = writeSheetModel(workbook, sheetOf([], 'Báo cáo'));
    expect([second.name, third.name]).toEqual(['Báo cáo (2)', 'Báo cáo (3)']);
    expect((await roundTrip(workbook)).worksheets.map((w) => w.name)).toEqual(['BÁO CÁO', 'Báo cáo (2)', 'Báo cáo (3)']);
  });

  test('a name differing only in Unicode composition still clashes', () => {
    expect(uniqueSheetName('Báo cáo', ['Báo cáo'.normalize('NFD')])).toBe('Báo cáo (2)');
  });

  test('characters Excel refuses are removed', () => {
    expect(validSheetName("Quý II/2023: [BC]*?\\'x'")).toBe('Quý II 2023 BC x');
    expect(validSheetName(' / ')).toBe('Báo cáo');
    expect(validSheetName('History')).toBe('Báo cáo');
  });

  test('names stay within 31 characters, suffix included', () => {
    const long = 'Báo cáo kiểm soát thủ tục hành chính quý II năm 2023';
    expect(validSheetName(long)).toBe('Báo cáo kiểm soát thủ tục hành');
    const unique = uniqueSheetName(long, [validSheetName(long)]);
    expect(unique.length).toBeLessThanOrEqual(31);
    expect(unique.endsWith(' (2)')).toBe(true);
  });
});

describe('text is always text', () => {
  const injected = ['=1+1', '+SUM(A1)', '-2', '@x'];

  test('text that looks like a formula reads back as a string, with no formula', async () => {
    const workbook = new ExcelJS.Workbook();
    writeSheetModel(workbook, sheetOf(injected.map((value, i) => ({ row: i + 1, col: 1, value }))));
    const sheet = (await roundTrip(workbook)).worksheets[0];
    injected.forEach((text, i) => {
      const cell = sheet.getCell(i + 1, 1);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.formula).toBeUndefined();
      expect(cell.value).toBe(text);
      // Text number format: Excel keeps it text when the user edits the cell.
      expect(cell.numFmt).toBe('@');
    });
  });

  test('a formula is written only from the formula field', async () => {
    const workbook = new ExcelJS.Workbook();
    writeSheetModel(workbook, sheetOf([{ row: 1, col: 1, value: 4, formula: 'SUM(B1:B2)' }]));
    const cell = (await roundTrip(workbook)).worksheets[0].getCell('A1');
    expect(cell.type).toBe(ExcelJS.ValueType.Formula);
    expect(cell.formula).toBe('SUM(B1:B2)');
  });
});

describe('a failed write', () => {
  test('leaves no half-written sheet behind', () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('HoSo');
    const overlapping = sheetOf([{ row: 1, col: 1, value: 'x' }], 'Báo cáo', [
      { top: 1, left: 1, bottom: 1, right: 2 },
      { top: 1, left: 2, bottom: 2, right: 2 },
    ]);
    expect(() => writeSheetModel(workbook, overlapping)).toThrow();
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['HoSo']);
  });
});
