import fc from 'fast-check';
import { dayFromParts } from '../../src/core/days';
import { computeIndicators } from '../../src/core/indicators';
import { parseInputs } from '../../src/core/inputs';
import { periodFromLabel } from '../../src/core/periods';
import { UNKNOWN_DOSSIER_2026, UNKNOWN_PROCEDURE_2026 } from '../../src/core/records';
import type { Dossier, IndicatorResult, Period, Procedure, RawCell, RawTable } from '../../src/core/types';
import { sampleSheets, SAMPLE_PERIODS } from '../../src/sample/sampleWorkbook';
import { findReport, renderReport } from '../../src/templates';
import { OVERDUE_COLUMNS, PENDING_TEXT, overdueListRows } from '../../src/templates/overdueList';
import { AGENCY } from '../helpers/indicatorFixture';
import { findCell, rowCells } from './modelText';

const table = (sheet: string, rows: RawCell[][]): RawTable => ({ sheet, firstRow: 1, firstColumn: 1, rows });

/** A small 2026 log with the new columns: 2 late and 2 overdue dossiers in two fields, 1 on time. */
const LOG_2026 = {
  TTHC: table('TTHC', [
    ['Mã TTHC', 'Tên TTHC', 'Lĩnh vực', 'Thời hạn giải quyết (ngày làm việc)'],
    ['1.001', 'Cấp hộ chiếu ngoại giao', 'Lãnh sự', 5],
    ['2.001', 'Cho phép tổ chức hội nghị quốc tế', 'Hội nghị, hội thảo quốc tế', 10],
  ]),
  HoSo: table('HoSo', [
    ['Mã hồ sơ', 'Mã TTHC', 'Ngày tiếp nhận', 'Hạn trả kết quả', 'Ngày có kết quả', 'Văn bản xin lỗi', 'Nguyên nhân quá hạn', 'Hạn trả mới (gia hạn)'],
    ['000.00.12.H56-260401-0002', '1.001', '01/04/2026', '08/04/2026', '15/04/2026', 'Có', 'Chờ xác minh nhân thân', '16/04/2026'],
    ['000.00.12.H56-260320-0001', '1.001', '20/03/2026', '27/03/2026', '26/03/2026', '', '', ''],
    ['0012345', '2.001', '10/04/2026', '24/04/2026', '', '', 'Chờ ý kiến cơ quan liên quan', ''],
    ['000.00.12.H56-260425-0003', '1.001', '24/04/2026', '04/05/2026', '06/05/2026', 'Không', 'Công chức nghỉ ốm', ''],
    ['000.00.12.H56-260520-0006', '2.001', '20/05/2026', '03/06/2026', '20/06/2026', '', '', ''],
  ]),
};
const Q2_2026: Period = periodFromLabel('2026-Q2')!;
const result2026 = computeIndicators(parseInputs(LOG_2026), Q2_2026);
const ctx = (result: IndicatorResult) => ({ result, figures: {}, narratives: {}, info: AGENCY, issueDate: dayFromParts(2026, 6, 20), language: 'vi' as const });
const model = renderReport('overdueList', ctx(result2026));
const numberingRow = findCell(model, '(10)')!.row;
const dossierRows = (result: IndicatorResult) => (overdueListRows(result) ?? []).filter((r) => r.kind === 'dossier');

describe('Danh sách hồ sơ quá hạn', () => {
  test('is registered as overdueList with its Vietnamese title', () => {
    expect(findReport('overdueList')?.title('vi')).toBe('Danh sách hồ sơ quá hạn');
  });

  test('is an A4 landscape sheet of 10 columns, (1) to (10), repeating its header', () => {
    expect(model.columnWidths).toHaveLength(10);
    expect(model.page).toMatchObject({ paperSize: 'A4', orientation: 'landscape', fitToWidth: true });
    expect(rowCells(model, numberingRow - 1).map((c) => c.value)).toEqual(OVERDUE_COLUMNS.map((c) => c.label));
    expect(rowCells(model, numberingRow).map((c) => c.value)).toEqual(Array.from({ length: 10 }, (_, i) => `(${i + 1})`));
    expect(model.page.printTitleRows).toBe(`${numberingRow - 1}:${numberingRow}`);
  });

  test('states its data period', () => {
    expect(findCell(model, 'Từ ngày 15/3/2026 đến ngày 14/6/2026')).toBeDefined();
  });

  test('lists each field in bold with a Roman number, then its overdue dossiers', () => {
    const rows = overdueListRows(result2026)!;
    expect(rows.map((r) => [r.kind, r.number, r.entry?.dossier.id ?? r.label])).toEqual([
      ['field', 'I', 'Lãnh sự'],
      ['dossier', '1', '000.00.12.H56-260401-0002'],
      ['dossier', '2', '000.00.12.H56-260425-0003'],
      ['field', 'II', 'Hội nghị, hội thảo quốc tế'],
      ['dossier', '1', '0012345'],
      ['dossier', '2', '000.00.12.H56-260520-0006'],
    ]);
    expect(findCell(model, 'Lãnh sự')?.style?.bold).toBe(true);
  });

  test('a resolved dossier shows its dates, working days late, cause, letter and extension', () => {
    const row = findCell(model, '000.00.12.H56-260401-0002')!.row;
    // Due Wed 8/4, completed Wed 15/4: 9, 10, 13, 14, 15 April.
    expect(rowCells(model, row).map((c) => c.value)).toEqual([
      '1', 'Cấp hộ chiếu ngoại giao', '000.00.12.H56-260401-0002', '01/4/2026', '08/4/2026', '15/4/2026', 5, 'Chờ xác minh nhân thân', 'Có', '16/4/2026',
    ]);
  });

  test('a dossier open at the period’s end is "Đang giải quyết", counted to the last day', () => {
    const row = findCell(model, '000.00.12.H56-260520-0006')!.row;
    // Due Wed 3/6, completed after the period: 4, 5, 8–12 June.
    expect(rowCells(model, row).slice(5, 7).map((c) => c.value)).toEqual([PENDING_TEXT, 7]);
  });

  test('a dossier ID stays text, leading zeros and all', () => {
    expect(findCell(model, '0012345')?.value).toBe('0012345');
  });

  test('the total line gives form 06 columns (10) and (13) and the apology letters', () => {
    expect(findCell(model, 'Tổng cộng')?.value).toBe(
      'Tổng cộng: 4 hồ sơ quá hạn, gồm đã giải quyết quá hạn: 2, đang giải quyết quá hạn: 2; có văn bản xin lỗi: 1, chưa có: 3.',
    );
  });

  test('a log without an apology column prints "không có dữ liệu" for the letter', () => {
    const hoSo = table('HoSo', (LOG_2026.HoSo.rows as RawCell[][]).map((r) => r.slice(0, 5)));
    const noLetters = renderReport('overdueList', ctx(computeIndicators(parseInputs({ ...LOG_2026, HoSo: hoSo }), Q2_2026)));
    const row = findCell(noLetters, '0012345')!.row;
    expect(rowCells(noLetters, row)[8].value).toBe('không có dữ liệu');
    expect(findCell(noLetters, 'Tổng cộng')?.value).toContain('văn bản xin lỗi: không có dữ liệu');
  });

  test('a period with no overdue dossier says so', () => {
    const empty = renderReport('overdueList', ctx(computeIndicators(parseInputs(LOG_2026), periodFromLabel('2026-Q1')!)));
    expect(findCell(empty, 'Không có hồ sơ quá hạn trong kỳ báo cáo.')).toBeDefined();
  });
});

describe('the list holds exactly the dossiers of form 06 columns (10) and (13)', () => {
  test('on the built-in sample, in every period of 2023', () => {
    const sheets = sampleSheets().map((s): RawTable => table(s.name, [...s.titles.map((t) => [t]), s.header, ...s.rows]));
    const inputs = parseInputs(sheets);
    for (const label of [SAMPLE_PERIODS.quarterly, SAMPLE_PERIODS.digitisation, '2023-Q1', '2023-Q3', '2023-Q4', '2023', '2024-Q1']) {
      const result = computeIndicators(inputs, periodFromLabel(label)!);
      expect(dossierRows(result)).toHaveLength(result.indicators.resolvedLate + result.indicators.pendingOverdue);
    }
  });

  const BASE = dayFromParts(2026, 1, 1);
  const procedures: Procedure[] = ['Lãnh sự', 'Lãnh sự', 'Hợp tác quốc tế'].map((field, i) => ({
    code: `P${i + 1}`, name: `Thủ tục ${i + 1}`, field, regulator: 'local', authority: 'Sở', onlineLevel: 'none',
    onProvincialPortal: false, onNationalPortal: false, boundaryFree: false, processingDays: 5, electronicProcess: false,
    publicised: true, onInformationSystem: true, digitisationProcess: false, validFrom: null, validUntil: null,
    ...UNKNOWN_PROCEDURE_2026, row: i + 2,
  }));
  const dossierArb = fc
    .record({
      code: fc.constantFrom('P1', 'P2', 'P3', 'P9'),
      received: fc.integer({ min: BASE, max: BASE + 300 }),
      dueAfter: fc.integer({ min: 0, max: 30 }),
      doneAfter: fc.option(fc.integer({ min: 0, max: 60 }), { nil: null }),
      letter: fc.constantFrom(true, false, null),
    });

  test('on random logs and periods', () => {
    fc.assert(
      fc.property(
        fc.array(dossierArb, { maxLength: 40 }),
        fc.integer({ min: BASE - 20, max: BASE + 320 }),
        fc.integer({ min: 0, max: 120 }),
        (specs, from, length) => {
          const dossiers: Dossier[] = specs.map((s, i) => ({
            id: String(1000 + i), procedureCode: s.code, received: s.received, due: s.received + s.dueAfter,
            completed: s.doneAfter === null ? null : s.received + s.doneAfter, channel: 'direct', endStatus: null,
            dossierDigitised: false, resultDigitised: false, electronicResult: false, reusedDigitisedData: false,
            usedPopulationData: false, paidOnline: false, ...UNKNOWN_DOSSIER_2026, apologyLetter: s.letter, row: i + 2,
          }));
          // P9 is in no catalogue: its dossiers are counted under their own field, and listed there.
          const unlisted = [{ ...procedures[0], code: 'P9', name: 'P9', field: 'Chưa xác định lĩnh vực' }];
          const result = computeIndicators({ procedures, unlistedProcedures: unlisted, dossiers }, { from, to: from + length, label: null });
          const i = result.indicators;
          const rows = dossierRows(result);
          expect(rows).toHaveLength(i.resolvedLate + i.pendingOverdue);
          expect(rows.filter((r) => r.entry!.status === 'resolvedLate')).toHaveLength(i.resolvedLate);
          expect(new Set(rows.map((r) => r.entry!.dossier.id)).size).toBe(rows.length);
          expect(i.resolvedLateWithApology! + i.resolvedLateWithoutApology!).toBe(i.resolvedLate);
          expect(i.pendingOverdueWithApology! + i.pendingOverdueWithoutApology!).toBe(i.pendingOverdue);
        },
      ),
    );
  });
});
