/**
 * The "Công thức" sheet of the sample workbook: written with ExcelJS, saved, read back. Its
 * formulas call the TTHC functions on the HoSo columns, and their cached results, computed by
 * those functions in Node, are the engine's figures for the sample quarter.
 */
import ExcelJS from 'exceljs';
import { FORMULA_SHEET, writeFormulaSheet } from '../../src/sample/formulaSheet';
import { readTablesFromWorkbook } from '../../src/adapters/exceljs/readWorkbook';
import { writeInputSheets } from '../../src/adapters/exceljs/writeInputs';
import { dateFromDay } from '../../src/core/days';
import { computeIndicators } from '../../src/core/indicators';
import { parseInputs } from '../../src/core/inputs';
import { periodFromLabel } from '../../src/core/periods';
import { sampleSheets, SAMPLE_PERIODS } from '../../src/sample/sampleWorkbook';
import { Indicators, Inputs } from '../../src/core/types';

let ws: ExcelJS.Worksheet;
let reread: ExcelJS.Workbook;
let inputs: Inputs;
let quarter: Indicators;

beforeAll(async () => {
  const workbook = new ExcelJS.Workbook();
  writeInputSheets(workbook, sampleSheets());
  writeFormulaSheet(workbook);
  reread = new ExcelJS.Workbook();
  await reread.xlsx.load((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
  ws = reread.getWorksheet(FORMULA_SHEET)!;
  inputs = parseInputs(readTablesFromWorkbook(reread));
  quarter = computeIndicators(inputs, periodFromLabel(SAMPLE_PERIODS.quarterly)!).indicators;
});

/** The value cell next to a label of column A. */
function cellFor(label: string): ExcelJS.Cell {
  for (let r = 1; r <= ws.rowCount; r++) if (String(ws.getCell(r, 1).value).trim() === label) return ws.getCell(r, 2);
  throw new Error(`no row "${label}"`);
}

/** The formula as the user sees it once the add-in has loaded. */
const shown = (cell: ExcelJS.Cell) => `=${cell.formula.replace(/_xldudf_TTHC_/g, 'TTHC.')}`;

describe('the Công thức sheet', () => {
  test('is in the workbook, after the input sheets, which read as before', () => {
    expect(reread.worksheets.map((w) => w.name).at(-1)).toBe(FORMULA_SHEET);
    expect(inputs.issues).toEqual([]);
  });

  test('works out the period with PERIOD_START and PERIOD_END from the year and part typed in B4 and B5', () => {
    expect([ws.getCell('B4').value, ws.getCell('B5').value]).toEqual([2023, 'Q2']);
    expect(shown(cellFor('Từ ngày'))).toBe('=TTHC.PERIOD_START(B4,B5)');
    expect(shown(cellFor('Đến ngày'))).toBe('=TTHC.PERIOD_END(B4,B5)');
    expect([cellFor('Từ ngày').result, cellFor('Đến ngày').result]).toEqual([dateFromDay(periodFromLabel('2023-Q2')!.from), dateFromDay(periodFromLabel('2023-Q2')!.to)]);
  });

  test('counts dossiers with DOSSIER_COUNT over the HoSo columns, rows 5 to 100', () => {
    expect(shown(cellFor('Tổng số hồ sơ tiếp nhận'))).toBe(
      '=TTHC.DOSSIER_COUNT("received",HoSo!C5:C100,$D$5:$D$100,HoSo!E5:E100,HoSo!F5:F100,$B$6,$B$7,HoSo!G5:G100)',
    );
  });

  test('the ranges reach past the last dossier of HoSo', () => {
    const hoSo = sampleSheets().find((s) => s.name === 'HoSo')!;
    const lastDataRow = hoSo.titles.length + 2 + hoSo.rows.length;
    expect(reread.getWorksheet('HoSo')!.getCell(`C${lastDataRow}`).value).toBeInstanceOf(Date);
    expect(lastDataRow).toBeLessThanOrEqual(100);
  });

  test.each<[string, keyof Indicators]>([
    ['Tổng số hồ sơ tiếp nhận', 'received'],
    ['Từ kỳ trước chuyển qua', 'carriedOver'],
    ['Mới tiếp nhận trong kỳ', 'newReceived'],
    ['Trực tuyến', 'newOnline'],
    ['Trực tiếp', 'newDirect'],
    ['Đã giải quyết', 'resolved'],
    ['Trước hạn', 'resolvedEarly'],
    ['Đúng hạn', 'resolvedOnTime'],
    ['Đang giải quyết', 'pending'],
    ['Trong hạn', 'pendingInTime'],
  ])('caches "%s" as the engine computes %s for 2023-Q2', (label, key) => {
    expect(cellFor(label).result).toBe(quarter[key]);
  });

  test.each<[string, keyof Indicators]>([
    ['Tỷ lệ giải quyết đúng hạn', 'onTimeRate'],
    ['Tỷ lệ đúng hạn, tính thẳng từ sổ hồ sơ', 'onTimeRate'],
    ['Tỷ lệ tiến độ giải quyết (QĐ 766/QĐ-TTg)', 'progressRate766'],
    ['Tỷ lệ hồ sơ tiếp nhận trực tuyến', 'onlineShare'],
    ['Tỷ lệ trực tuyến, tính thẳng từ sổ hồ sơ', 'onlineShare'],
  ])('caches "%s" as the engine computes %s', (label, key) => {
    expect(cellFor(label).result).toBe(quarter[key]);
    expect(cellFor(label).numFmt).toBe('0%');
  });

  test('rates refer to the count cells above them', () => {
    expect(shown(cellFor('Tỷ lệ giải quyết đúng hạn'))).toBe('=TTHC.ONTIME_RATE(B18,B19,B20)');
  });

  test('the due-date column keeps HoSo due dates and fills blank ones with DUE_DATE, as the engine does', () => {
    const hoSo = reread.getWorksheet('HoSo')!;
    const engineDue = new Map(inputs.dossiers.map((d) => [d.row, dateFromDay(d.due)]));
    let filled = 0;
    for (let r = 5; r <= 100; r++) {
      const cell = ws.getCell(`D${r}`);
      expect(cell.formula).toContain(`_xldudf_TTHC_DUE_DATE(HoSo!C${r},VLOOKUP(HoSo!B${r},TTHC!$A$4:$J$13,10,FALSE),NgayNghi!$A$2:$A$2,NgayNghi!$A$3:$A$3)`);
      if (hoSo.getCell(`C${r}`).value === null) expect(cell.result ?? '').toBe('');
      else expect(cell.result).toEqual(engineDue.get(r));
      if (hoSo.getCell(`C${r}`).value !== null && hoSo.getCell(`D${r}`).value === null) filled++;
    }
    expect(filled).toBeGreaterThan(0);
  });

  test('the working days of the quarter count the NgayNghi days off and make-up days', () => {
    expect(shown(cellFor('Số ngày làm việc trong kỳ'))).toBe('=TTHC.WORKDAYS(B6,B7,NgayNghi!$A$2:$A$2,NgayNghi!$A$3:$A$3)');
    expect(cellFor('Số ngày làm việc trong kỳ').result).toBe(63);
  });

  test('without the input sheets it says what to do first', () => {
    expect(() => writeFormulaSheet(new ExcelJS.Workbook())).toThrow(/write the input sheets first/);
  });
});
