import type ExcelJS from 'exceljs';
import { dayFromDate, excelSerialFromDay } from '../core/days';
import { FlowCountKey } from '../core/flowCounts';
import { quarterOfLabel } from '../core/periods';
import { SAMPLE_PERIODS } from './sampleWorkbook';
import { columnLetter, normalizeLabel } from '../core/text';
import { FunctionError } from '../functions/errors';
import {
  dossierCount,
  dueDate,
  onlineShare,
  onlineShareRange,
  onTimeRate,
  onTimeRateRange,
  periodEnd,
  periodStart,
  progressRate,
  score766Progress,
  workdays,
} from '../functions/functions';
import { rawCellOf } from '../adapters/exceljs/cellValue';

export const FORMULA_SHEET = 'Công thức';

/**
 * Writes the "Công thức" sheet into the sample workbook (after its input sheets): the indicators
 * of the sample quarter as staff would compute them with the add-in's functions,
 * =TTHC.DOSSIER_COUNT("received",HoSo!C5:C100,…) and so on, next to a column that fills the
 * blank due dates of HoSo with =TTHC.DUE_DATE. Each formula carries its result, computed here by
 * the same functions, so the file shows numbers before the add-in has loaded (or without it).
 */
export function writeFormulaSheet(workbook: ExcelJS.Workbook): void {
  const log = dossierLog(workbook);
  const days = holidayRanges(locate(workbook, 'NgayNghi', ['Ngày', 'Loại']));
  const tthc = locate(workbook, 'TTHC', [CODE, PROCESSING_DAYS]);
  const ws = workbook.addWorksheet(FORMULA_SHEET);

  ws.getCell('A1').value = 'CÁC CHỈ SỐ TÍNH BẰNG HÀM TTHC';
  ws.getCell('A1').font = { bold: true, size: 13 };
  ws.getCell('A2').value =
    'Các ô có công thức =TTHC.… dùng hàm của phần bổ trợ TTHC; số đang hiện được tính sẵn khi tạo tệp và được tính lại khi phần bổ trợ chạy. Đổi năm, kỳ ở ô B4, B5 để xem kỳ khác.';
  ws.getCell('A2').font = { italic: true };
  ws.getCell('A2').alignment = { wrapText: true, vertical: 'top' };
  ws.mergeCells('A2:B2');
  ws.getRow(2).height = 48;

  const due = writeDueColumn(ws, log, tthc, days);
  const period = writePeriod(ws, days);
  const counts = writeCounts(ws, 10, log, due, period);
  writeRates(ws, 11 + COUNT_ROWS.length, log, due, period, counts);

  ws.getColumn(1).width = 44;
  ws.getColumn(2).width = 14;
  ws.getColumn(3).width = 3;
  ws.getColumn(4).width = 26;
}

const CODE = 'Mã TTHC';
const PROCESSING_DAYS = 'Thời hạn giải quyết (ngày làm việc)';

/** A worksheet range a formula names, with the values Excel would pass for it. */
interface Range {
  ref: string;
  values: unknown[][];
}

interface DossierLog {
  first: number;
  last: number;
  /** `HoSo!C12`: a cell of a column. */
  at(label: string, row: number): string;
  code: Range;
  received: Range;
  due: Range;
  completed: Range;
  channel: Range;
  status: Range;
}

/** The HoSo columns the formulas read, down to a round row past the data so that rows staff add below count too. */
function dossierLog(workbook: ExcelJS.Workbook): DossierLog {
  const labels = { code: CODE, received: 'Ngày tiếp nhận', due: 'Hạn trả kết quả', completed: 'Ngày có kết quả', channel: 'Kênh tiếp nhận', status: 'Trạng thái' };
  const hoSo = locate(workbook, 'HoSo', Object.values(labels));
  const first = hoSo.headerRow + 1;
  const last = Math.ceil((hoSo.lastRow + 1) / 100) * 100;
  const range = (label: string): Range => ({
    ref: `HoSo!${hoSo.letter(label)}${first}:${hoSo.letter(label)}${last}`,
    values: columnValues(hoSo.ws, hoSo.column(label), first, last),
  });
  return {
    first,
    last,
    at: (label, row) => `HoSo!${hoSo.letter(label)}${row}`,
    code: range(labels.code),
    received: range(labels.received),
    due: range(labels.due),
    completed: range(labels.completed),
    channel: range(labels.channel),
    status: range(labels.status),
  };
}

/**
 * Column D, row for row with HoSo: the due date the counts use. HoSo's own where given; where
 * blank, as the engine computes it: DUE_DATE from the procedure's processing days (looked up in
 * TTHC) and the NgayNghi days.
 */
function writeDueColumn(ws: ExcelJS.Worksheet, log: DossierLog, tthc: Located, days: HolidayRanges): Range {
  const header = ws.getCell(`D${log.first - 1}`);
  header.value = 'Hạn trả kết quả để tính';
  header.note = 'Mỗi dòng ứng với dòng cùng số của trang HoSo: hạn ghi trong HoSo, hoặc hạn tính theo thời hạn giải quyết của TTHC khi HoSo để trống.';
  styleHeader(header);
  const lookup = `TTHC!$${tthc.letter(CODE)}$${tthc.headerRow + 1}:$${tthc.letter(PROCESSING_DAYS)}$${tthc.lastRow}`;
  const daysIndex = tthc.column(PROCESSING_DAYS) - tthc.column(CODE) + 1;
  const processingDays = new Map<unknown, unknown>();
  for (let r = tthc.headerRow + 1; r <= tthc.lastRow; r++) {
    processingDays.set(excelValue(tthc.ws.getCell(r, tthc.column(CODE)).value), excelValue(tthc.ws.getCell(r, tthc.column(PROCESSING_DAYS)).value));
  }
  const values: unknown[][] = [];
  for (let r = log.first; r <= log.last; r++) {
    const i = r - log.first;
    const [received, given, code] = [log.received.values[i][0], log.due.values[i][0], log.code.values[i][0]];
    const [receivedAt, givenAt] = [log.at('Ngày tiếp nhận', r), log.at('Hạn trả kết quả', r)];
    const formula =
      `IF(${receivedAt}="","",IF(${givenAt}<>"",${givenAt},` +
      `TTHC.DUE_DATE(${receivedAt},VLOOKUP(${log.at(CODE, r)},${lookup},${daysIndex},FALSE)${days.args})))`;
    const value = cached(() => (received === '' ? '' : given !== '' ? (given as number) : dueDate(received as number, processingDays.get(code) as number, days.off, days.makeup)));
    setFormula(ws.getCell(`D${r}`), formula, value, 'dd/mm/yyyy');
    values.push([typeof value === 'object' ? Number.NaN : value]);
  }
  return { ref: `$D$${log.first}:$D$${log.last}`, values };
}

interface PeriodCells {
  from: Cached;
  to: Cached;
}

/** B4:B8: year and part typed in, the period's first and last day by PERIOD_START / PERIOD_END, its working days. */
function writePeriod(ws: ExcelJS.Worksheet, days: HolidayRanges): PeriodCells {
  const quarter = quarterOfLabel(SAMPLE_PERIODS.quarterly)!;
  const part = `Q${quarter.quarter}`;
  labelled(ws, 4, 'Năm báo cáo', quarter.year);
  labelled(ws, 5, 'Kỳ (Q1–Q4, H1, 9M, Y)', part);
  const from = cached(() => periodStart(quarter.year, part));
  const to = cached(() => periodEnd(quarter.year, part));
  labelledFormula(ws, 6, 'Từ ngày', 'TTHC.PERIOD_START(B4,B5)', from, 'dd/mm/yyyy');
  labelledFormula(ws, 7, 'Đến ngày', 'TTHC.PERIOD_END(B4,B5)', to, 'dd/mm/yyyy');
  const workingDays = cached(() => workdays(numberOf(from), numberOf(to), days.off, days.makeup));
  labelledFormula(ws, 8, 'Số ngày làm việc trong kỳ', `TTHC.WORKDAYS(B6,B7${days.args})`, workingDays, '0');
  return { from, to };
}

const COUNT_ROWS: [FlowCountKey, string][] = [
  ['received', 'Tổng số hồ sơ tiếp nhận'],
  ['carriedOver', '   Từ kỳ trước chuyển qua'],
  ['newReceived', '   Mới tiếp nhận trong kỳ'],
  ['newOnline', '      Trực tuyến'],
  ['newDirect', '      Trực tiếp'],
  ['newPostal', '      Qua dịch vụ bưu chính công ích'],
  ['resolved', 'Đã giải quyết'],
  ['resolvedEarly', '   Trước hạn'],
  ['resolvedOnTime', '   Đúng hạn'],
  ['resolvedLate', '   Quá hạn'],
  ['pending', 'Đang giải quyết'],
  ['pendingInTime', '   Trong hạn'],
  ['pendingOverdue', '   Quá hạn'],
];

/** Cell and cached value of each count. */
type CountCells = Record<FlowCountKey, { cell: string; value: number }>;

/** A header row, then one DOSSIER_COUNT a row under it. */
function writeCounts(ws: ExcelJS.Worksheet, headerRow: number, log: DossierLog, due: Range, period: PeriodCells): CountCells {
  ws.getCell(headerRow, 1).value = 'Chỉ tiêu';
  ws.getCell(headerRow, 2).value = 'Số liệu';
  styleHeader(ws.getCell(headerRow, 1));
  styleHeader(ws.getCell(headerRow, 2));
  const counts = {} as CountCells;
  COUNT_ROWS.forEach(([key, label], i) => {
    const row = headerRow + 1 + i;
    const value = cached(() =>
      dossierCount(key, log.received.values, due.values, log.completed.values, log.channel.values, numberOf(period.from), numberOf(period.to), log.status.values),
    );
    const args = [`"${key}"`, log.received.ref, due.ref, log.completed.ref, log.channel.ref, '$B$6', '$B$7', log.status.ref];
    labelledFormula(ws, row, label, `TTHC.DOSSIER_COUNT(${args.join(',')})`, value, '0');
    counts[key] = { cell: `B${row}`, value: numberOf(value) };
  });
  return counts;
}

/** The rates: from the count cells above, and straight from the HoSo columns. */
function writeRates(ws: ExcelJS.Worksheet, firstRow: number, log: DossierLog, due: Range, period: PeriodCells, c: CountCells): void {
  const [from, to] = [numberOf(period.from), numberOf(period.to)];
  const progressArgs = [c.resolvedEarly, c.resolvedOnTime, c.pendingInTime, c.received];
  const rows: [string, string, () => number, string][] = [
    [
      'Tỷ lệ giải quyết đúng hạn',
      `TTHC.ONTIME_RATE(${[c.resolvedEarly, c.resolvedOnTime, c.resolvedLate].map((x) => x.cell).join(',')})`,
      () => onTimeRate(c.resolvedEarly.value, c.resolvedOnTime.value, c.resolvedLate.value),
      '0%',
    ],
    [
      'Tỷ lệ đúng hạn, tính thẳng từ sổ hồ sơ',
      `TTHC.ONTIME_RATE_RANGE(${log.received.ref},${due.ref},${log.completed.ref},${log.status.ref},B6,B7)`,
      () => onTimeRateRange(log.received.values, due.values, log.completed.values, log.status.values, from, to),
      '0%',
    ],
    [
      'Tỷ lệ tiến độ giải quyết (QĐ 766/QĐ-TTg)',
      `TTHC.PROGRESS_RATE(${progressArgs.map((x) => x.cell).join(',')})`,
      () => progressRate(c.resolvedEarly.value, c.resolvedOnTime.value, c.pendingInTime.value, c.received.value),
      '0%',
    ],
    [
      'Điểm tiến độ giải quyết (chỉ số 2.1, QĐ 766/QĐ-TTg)',
      `TTHC.SCORE766_PROGRESS(${progressArgs.map((x) => x.cell).join(',')})`,
      () => score766Progress(c.resolvedEarly.value, c.resolvedOnTime.value, c.pendingInTime.value, c.received.value),
      '0.00',
    ],
    [
      'Tỷ lệ hồ sơ tiếp nhận trực tuyến',
      `TTHC.ONLINE_SHARE(${c.newOnline.cell},${c.newReceived.cell})`,
      () => onlineShare(c.newOnline.value, c.newReceived.value),
      '0%',
    ],
    [
      'Tỷ lệ trực tuyến, tính thẳng từ sổ hồ sơ',
      `TTHC.ONLINE_SHARE_RANGE(${log.channel.ref},${log.received.ref},B6,B7)`,
      () => onlineShareRange(log.channel.values, log.received.values, from, to),
      '0%',
    ],
  ];
  rows.forEach(([label, formula, compute, numFmt], i) => labelledFormula(ws, firstRow + i, label, formula, cached(compute), numFmt));
}

/** A formula's cached result: a number, "" for a blank, or the Excel error the function threw. */
type Cached = number | string | ExcelJS.CellErrorValue;

function cached(compute: () => number | string): Cached {
  try {
    return compute();
  } catch (e) {
    if (e instanceof FunctionError) return { error: e.code as ExcelJS.CellErrorValue['error'] };
    throw e;
  }
}

/** A cached value as the next formula receives it: an error (or a blank) as NaN, which the functions reject. */
function numberOf(value: Cached): number {
  return typeof value === 'number' ? value : Number.NaN;
}

/**
 * Custom functions are kept in the file as `_xldudf_<NAMESPACE>_<ID>`; Excel shows them as
 * `TTHC.ID` once the add-in has registered its functions (github.com/OfficeDev/office-js
 * issue 3558). Written as `TTHC.ID`, a formula would stay #NAME? after the add-in loads.
 */
export function fileFormula(formula: string): string {
  return formula.replace(/\bTTHC\.(?=[A-Z0-9_]+\()/g, '_xldudf_TTHC_');
}

function setFormula(cell: ExcelJS.Cell, formula: string, value: Cached, numFmt: string): void {
  cell.value = { formula: fileFormula(formula), result: value as ExcelJS.CellFormulaValue['result'] };
  cell.numFmt = numFmt;
}

function labelled(ws: ExcelJS.Worksheet, row: number, label: string, value: string | number): void {
  ws.getCell(row, 1).value = label;
  ws.getCell(row, 2).value = value;
  ws.getCell(row, 2).alignment = { horizontal: 'right' };
}

function labelledFormula(ws: ExcelJS.Worksheet, row: number, label: string, formula: string, value: Cached, numFmt: string): void {
  ws.getCell(row, 1).value = label;
  setFormula(ws.getCell(row, 2), formula, value, numFmt);
}

function styleHeader(cell: ExcelJS.Cell): void {
  cell.font = { bold: true };
  cell.alignment = { wrapText: true, vertical: 'middle' };
  cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
}

interface Located {
  ws: ExcelJS.Worksheet;
  headerRow: number;
  lastRow: number;
  column(label: string): number;
  letter(label: string): string;
}

/** An input sheet of the workbook, its header row found by its labels (title rows may come first). */
function locate(workbook: ExcelJS.Workbook, sheet: string, labels: string[]): Located {
  const ws = workbook.getWorksheet(sheet);
  if (!ws) throw new Error(`writeFormulaSheet: no ${sheet} sheet; write the input sheets first.`);
  for (let r = 1; r <= Math.min(20, ws.rowCount); r++) {
    const columns = new Map<string, number>();
    ws.getRow(r).eachCell((cell, c) => columns.set(String(cell.value), c));
    if (!labels.every((l) => columns.has(l))) continue;
    const column = (label: string) => {
      const c = columns.get(label);
      if (c === undefined) throw new Error(`writeFormulaSheet: ${sheet} has no column "${label}".`);
      return c;
    };
    return { ws, headerRow: r, lastRow: ws.rowCount, column, letter: (label) => columnLetter(column(label)) };
  }
  throw new Error(`writeFormulaSheet: no header row with ${labels.join(', ')} in ${sheet}.`);
}

interface HolidayRanges {
  /** `,NgayNghi!$A$2:$A$2,NgayNghi!$A$3:$A$3`: the trailing arguments of DUE_DATE and WORKDAYS. */
  args: string;
  off: unknown[][];
  makeup: unknown[][];
}

/** Days off and make-up days of NgayNghi as the extra arguments of DUE_DATE / WORKDAYS. */
function holidayRanges(ngayNghi: Located): HolidayRanges {
  const rows: Record<'off' | 'makeup', number[]> = { off: [], makeup: [] };
  for (let r = ngayNghi.headerRow + 1; r <= ngayNghi.lastRow; r++) {
    const kind = normalizeLabel(String(excelValue(ngayNghi.ws.getCell(r, ngayNghi.column('Loại')).value)));
    if (kind.startsWith('nghi')) rows.off.push(r);
    else if (kind.startsWith('lam bu')) rows.makeup.push(r);
  }
  const letter = ngayNghi.letter('Ngày');
  const span = (list: number[]) => {
    if (list.length === 0) return null;
    const [top, bottom] = [list[0], list[list.length - 1]];
    // One range per kind: the sample lists its days off and make-up days each in a block.
    if (bottom - top + 1 !== list.length) throw new Error('writeFormulaSheet: NgayNghi must list each kind of day in one block.');
    return { ref: `NgayNghi!$${letter}$${top}:$${letter}$${bottom}`, values: columnValues(ngayNghi.ws, ngayNghi.column('Ngày'), top, bottom) };
  };
  const off = span(rows.off);
  const makeup = span(rows.makeup);
  // An omitted middle argument is written as an empty one, as Excel users do: DUE_DATE(a,b,,d).
  const args = makeup ? `,${off?.ref ?? ''},${makeup.ref}` : off ? `,${off.ref}` : '';
  return { args, off: off?.values ?? [], makeup: makeup?.values ?? [] };
}

/** A column of cells as Excel hands it to a custom function: dates as serials, blanks as "". */
function columnValues(ws: ExcelJS.Worksheet, column: number, first: number, last: number): unknown[][] {
  const values: unknown[][] = [];
  for (let r = first; r <= last; r++) values.push([excelValue(ws.getCell(r, column).value)]);
  return values;
}

function excelValue(value: ExcelJS.CellValue): unknown {
  const raw = rawCellOf(value);
  if (raw instanceof Date) return excelSerialFromDay(dayFromDate(raw));
  return raw ?? '';
}
