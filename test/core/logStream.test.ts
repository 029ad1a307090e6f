/**
 * A log read row by row (`analyseStreamed`) gives what the whole workbook gives (`analyse`):
 * the same figures, the same overdue list, the same issues in the same order. The reader is
 * stood in for by `streamedBook`, which, like the .xlsx reader, knows a sheet's merges and
 * tables only once its last row is read and leaves out the rows the file does not hold.
 */
import fc from 'fast-check';
import { dayFromParts } from '../../src/core/days';
import { analyse } from '../../src/core/engine';
import { analyseStreamed } from '../../src/core/logStream';
import { periodFromLabel } from '../../src/core/periods';
import { HEAD_ROWS, type SheetStream, type StreamedWorkbook } from '../../src/core/sheetStream';
import type { IndicatorResult, Period, RawCell, RawTable } from '../../src/core/types';
import { sampleSheets } from '../../src/sample/sampleWorkbook';

const table = (sheet: string, rows: RawCell[][], extra: Partial<RawTable> = {}): RawTable => ({ sheet, firstRow: 1, firstColumn: 1, rows, ...extra });

/** `sheets` as a streaming reader gives them, the sheets named in `large` streamed; counts the passes over each. */
function streamedBook(sheets: RawTable[], large: string[], hasTables: string[] = []): { book: StreamedWorkbook; passes: Map<string, number> } {
  const passes = new Map<string, number>();
  const streams = new Map<RawTable, SheetStream>();
  const shown = sheets.map((raw) => {
    if (!large.includes(raw.sheet) || raw.tableName !== undefined) return raw;
    const head = { ...raw, rows: raw.rows.slice(0, HEAD_ROWS), merges: [] };
    streams.set(head, {
      head,
      rows: async (visit) => {
        passes.set(raw.sheet, (passes.get(raw.sheet) ?? 0) + 1);
        raw.rows.forEach((cells, i) => {
          if (cells.length > 0) visit(i, cells.slice());
        });
        return { merges: raw.merges ?? [], hasTables: hasTables.includes(raw.sheet) };
      },
    });
    return head;
  });
  return { book: { sheets: shown, large: streams, readAll: async () => sheets }, passes };
}

async function bothWays(sheets: RawTable[], period: Period, large = ['HoSo'], options = {}) {
  const whole = analyse(sheets, period, options);
  const { book, passes } = streamedBook(sheets, large);
  const streamed = await analyseStreamed(book, [], period, options);
  return { whole, streamed, passes };
}

const figuresOf = ({ result }: { result: IndicatorResult }) => ({
  indicators: result.indicators,
  byField: result.byField,
  byProcedure: result.byProcedure,
  overdueDossiers: result.overdueDossiers,
  procedures: result.procedures,
});

/** The sample workbook's sheets as a reader gives them: titles, a blank row, header, rows. */
function sampleTables(): RawTable[] {
  return sampleSheets().map((s) => table(s.name, [...s.titles.map((t) => [t]), ...(s.titles.length ? [[]] : []), s.header, ...s.rows]));
}

const catalogue = table('TTHC', [
  ['Mã TTHC', 'Tên TTHC', 'Lĩnh vực', 'Thời hạn giải quyết (ngày làm việc)'],
  ['P1', 'Cấp hộ chiếu', 'Xuất nhập cảnh', 5],
  ['P2', 'Cấp thị thực', 'Xuất nhập cảnh', null],
]);
const Q1 = periodFromLabel('Quý I/2024')!;
const d = (day: number, month: number) => new Date(Date.UTC(2024, month - 1, day));

describe('a log read row by row', () => {
  test('the sample workbook gives the same figures, overdue list and issues as read whole', async () => {
    const { whole, streamed } = await bothWays(sampleTables(), periodFromLabel('Quý II/2023')!);
    expect(streamed).not.toBeNull();
    expect(figuresOf(streamed!)).toEqual(figuresOf(whole));
    expect(streamed!.issues).toEqual(whole.issues);
    expect(streamed!.inputs.info).toEqual(whole.inputs.info);
  });

  test('bad rows give the same issues, in the same order, as read whole', async () => {
    const log = table('HoSo', [
      ['SỔ THEO DÕI'],
      ['Mã hồ sơ', 'Mã TTHC', 'Tên TTHC', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày có kết quả', 'Trạng thái'],
      ['H1', 'P1', null, d(4, 1), d(11, 1), d(10, 1), 'Đã trả kết quả'],
      ['H1', 'P1', null, d(5, 1), null, null, null],
      ['H2', 'P9', 'Cấp phép lạ', d(6, 1), d(20, 1), null, null],
      ['H3', 'P2', null, d(7, 1), null, null, null],
      ['H4', 'P1', null, '31/02/2024', null, null, null],
      ['H5', 'P1', null, d(9, 1), d(1, 1), null, null],
      [],
      ['H6', null, 'Thủ tục khác', d(9, 2), d(19, 2), d(20, 2), 'Đã trả kết quả'],
      ['H7', 'P1', null, d(10, 2), null, null, 'Mới đăng ký'],
      ['Tổng cộng', null, null, null, null, null, null],
    ]);
    const { whole, streamed } = await bothWays([catalogue, log], Q1, ['HoSo'], { today: dayFromParts(2024, 12, 1) });
    expect(whole.issues.filter((i) => i.severity === 'error').length).toBeGreaterThan(2);
    expect(streamed!.issues).toEqual(whole.issues);
    expect(figuresOf(streamed!)).toEqual(figuresOf(whole));
  });

  test('a period without dossiers gives the same empty-period warning', async () => {
    const { whole, streamed } = await bothWays(sampleTables(), periodFromLabel('Quý I/2020')!, ['HoSo'], { language: 'en' });
    expect(whole.issues.map((i) => i.code)).toContain('emptyPeriod');
    expect(streamed!.issues).toEqual(whole.issues);
  });

  test('merged cells, known only at the end of the sheet, are filled as read whole, with a second pass', async () => {
    const log = table(
      'HoSo',
      [
        ['Mã hồ sơ', 'Thủ tục', null, 'Ngày tiếp nhận', 'Ngày hẹn trả'],
        [null, 'Mã TTHC', 'Tên TTHC', null, null],
        ['H1', 'P1', 'Cấp hộ chiếu', d(4, 1), d(11, 1)],
        ['H2', 'P1', null, d(5, 1), d(12, 1)],
        [],
        ['H4', 'P1', null, d(8, 1), d(15, 1)],
      ],
      // The header over two rows, and a procedure code merged down over three rows, one of them absent.
      { merges: [{ top: 0, left: 1, bottom: 0, right: 2 }, { top: 0, left: 0, bottom: 1, right: 0 }, { top: 0, left: 3, bottom: 1, right: 3 }, { top: 0, left: 4, bottom: 1, right: 4 }, { top: 3, left: 1, bottom: 5, right: 1 }, { top: 3, left: 3, bottom: 4, right: 4 }] },
    );
    const { whole, streamed, passes } = await bothWays([catalogue, log], Q1);
    // H1, H2, H4; the absent row 5 gets the merged code and dates but no ID: an error.
    expect(whole.result.indicators.received).toBe(3);
    expect(whole.issues.some((i) => i.row === 5 && i.severity === 'error')).toBe(true);
    expect(figuresOf(streamed!)).toEqual(figuresOf(whole));
    expect(streamed!.issues).toEqual(whole.issues);
    expect(passes.get('HoSo')).toBe(2);
  });

  test('a log without merged cells is read once', async () => {
    const { passes } = await bothWays(sampleTables(), periodFromLabel('Quý II/2023')!);
    expect(passes.get('HoSo')).toBe(1);
  });

  test('a catalogue given in another file, after the workbook, is used as read whole', async () => {
    const log = table('HoSo', [['Mã hồ sơ', 'Mã TTHC', 'Ngày tiếp nhận'], ['H1', 'P1', d(4, 1)], ['H2', 'P2', d(4, 1)]]);
    const whole = analyse([log, catalogue], Q1);
    const { book } = streamedBook([log], ['HoSo']);
    const streamed = await analyseStreamed(book, [catalogue], Q1);
    expect(figuresOf(streamed!)).toEqual(figuresOf(whole));
    expect(streamed!.issues).toEqual(whole.issues);
  });

  test('streaming declines when the log is not a large sheet, or its sheet holds Excel tables', async () => {
    const sheets = sampleTables();
    expect(await analyseStreamed(streamedBook(sheets, []).book, [], Q1)).toBeNull();
    expect(await analyseStreamed(streamedBook(sheets, ['HoSo'], ['HoSo']).book, [], Q1)).toBeNull();
  });

  test('every sheet large: the other input tables are read whole, and the figures are those of the workbook', async () => {
    const sheets = sampleTables();
    const { book, passes } = streamedBook(sheets, sheets.map((s) => s.sheet));
    const streamed = await analyseStreamed(book, [], periodFromLabel('Quý II/2023')!);
    const whole = analyse(sheets, periodFromLabel('Quý II/2023')!);
    expect(figuresOf(streamed!)).toEqual(figuresOf(whole));
    expect(streamed!.issues).toEqual(whole.issues);
    expect(passes.get('TTHC')).toBe(1);
  });

  test('any log, with any catalogue codes and dates, counts alike both ways', async () => {
    const cell = fc.oneof(
      fc.constantFrom<RawCell>(null, '', 'P1', 'P2', 'P9', 'Trực tuyến', 'Trực tiếp', 'Có', 'Không', 'Đã trả kết quả', 'Đang xử lý', 'Rút', 'x'),
      fc.integer({ min: 0, max: 120 }).map((n) => new Date(Date.UTC(2024, 0, 1 + n))),
      fc.integer({ min: 45000, max: 45500 }),
    );
    const header = ['Mã hồ sơ', 'Mã TTHC', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày có kết quả', 'Hình thức nộp', 'Trạng thái', 'Số hóa hồ sơ'];
    const rowArb = fc.tuple(fc.constantFrom('H1', 'H2', 'H3', 'H4', 'H5', 'H6', '', null), ...header.slice(1).map(() => cell));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(rowArb, fc.constant([] as RawCell[])), { maxLength: 40 }), async (rows) => {
        const sheets = [catalogue, table('HoSo', [header, ...rows])];
        const { whole, streamed } = await bothWays(sheets, Q1);
        expect(figuresOf(streamed!)).toEqual(figuresOf(whole));
        expect(streamed!.issues).toEqual(whole.issues);
      }),
      { numRuns: 150 },
    );
  });
});
