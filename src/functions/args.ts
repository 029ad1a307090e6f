/**
 * Reading the arguments Excel hands a custom function: numbers, date serials, period parts and
 * ranges of dates. Each bad argument becomes the Excel error a user expects, with a Vietnamese
 * message saying what was found and what was expected.
 */
import { parseDateCell } from '../core/cells';
import { dayFromExcelSerial, dayFromParts, excelSerialFromDay, formatDay } from '../core/days';
import { MessageId, message } from '../core/messages';
import { PERIOD_PARTS, PeriodPart } from '../core/periods';
import { normalizeLabel } from '../core/text';
import { DayNumber, HolidayEntry, RawCell } from '../core/types';
import { functionError } from './errors';

/** 31/12/9999, the last day Excel has a serial number for (in the 1900 date system). */
export const MAX_EXCEL_SERIAL = 2_958_465;

/** Serial 0 of the 1904 date system (01/01/1904) is serial 1462 of the 1900 system. */
const DATE_1904_OFFSET = 1_462;

/**
 * Whether the workbook the functions calculate in counts dates from 1904. Excel hands a custom
 * function a date as the cell's bare serial number, counted from 1900 or from 1904 as the
 * workbook says, and nothing in the call says which (no argument type, no field of
 * `CustomFunctions.Invocation`): read as 1900 serials, a 1904 workbook's dates would be 1,462
 * days (four years) early. The shared runtime asks Excel once the host is ready
 * (`dateSystem.ts`); until then, the 1900 system, Excel's default.
 */
let date1904 = false;

export function setWorkbookDate1904(value: boolean): void {
  date1904 = value;
}

export function workbookDate1904(): boolean {
  return date1904;
}

/** The workbook's last serial: 31/12/9999. */
export function maxSerial(): number {
  return date1904 ? MAX_EXCEL_SERIAL - DATE_1904_OFFSET : MAX_EXCEL_SERIAL;
}

/** A day as the workbook's serial number, for a function's result; #NUM! for a day the workbook's dates do not reach. */
export function serialOfDay(day: DayNumber): number {
  const serial = excelSerialFromDay(day) - (date1904 ? DATE_1904_OFFSET : 0);
  if (serial < (date1904 ? 0 : 1) || serial > maxSerial()) {
    throw functionError('invalidNumber', `Ngày ${formatDay(day)} nằm ngoài các ngày Excel có (${date1904 ? '01/01/1904' : '01/01/1900'} đến 31/12/9999).`);
  }
  return serial;
}

/** Excel passes null for an omitted optional argument; tests and JS callers pass undefined. */
export function isOmitted(value: unknown): value is null | undefined {
  return value === null || value === undefined;
}

/** A count of dossiers: a number, 0 or more. */
export function readCount(value: number, label: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw functionError('invalidValue', `${label} phải là một số.`);
  }
  if (value < 0) throw functionError('invalidValue', `${label} không được âm (đang là ${value}).`);
  return value;
}

/** A rate's result: null (denominator 0) is #DIV/0!, as Excel's own division gives. */
export function rateResult(rate: number | null): number {
  if (rate === null) throw functionError('divisionByZero', 'Mẫu số bằng 0: không có hồ sơ để tính tỷ lệ.');
  return rate;
}

/**
 * A date argument as Excel passes it: a serial number in the workbook's date system (time of
 * day ignored). Serial 60 of the 1900 system is 29/02/1900, a day that never existed, and
 * serials outside the system's range (1–31/12/9999, or 0–31/12/9999 from 1904) have no date: #NUM!.
 */
export function readSerialDay(value: number, label: string): DayNumber {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw functionError('invalidValue', `${label} phải là một ngày (số sê-ri ngày của Excel).`);
  }
  const day = value <= maxSerial() && !(date1904 && value < 0) ? dayFromExcelSerial(date1904 ? value + DATE_1904_OFFSET : value) : null;
  if (day === null) throw functionError('invalidNumber', `${label}: ${value} không phải một ngày có thật.`);
  return day;
}

/**
 * Today as a custom function defaults it: the calendar day of the computer's clock in its own
 * time zone, the day Excel's TODAY() gives.
 */
export function localToday(now: Date = new Date()): DayNumber {
  return dayFromParts(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/** The period [from, to] of the range functions; an omitted end leaves that side open. */
export function readPeriod(from: number | null | undefined, to: number | null | undefined): { from: DayNumber; to: DayNumber } {
  const start = isOmitted(from) ? -Infinity : readSerialDay(from, 'Ngày đầu kỳ');
  const end = isOmitted(to) ? Infinity : readSerialDay(to, 'Ngày cuối kỳ');
  if (start > end) {
    throw functionError('invalidNumber', `Ngày đầu kỳ ${formatDay(start)} sau ngày cuối kỳ ${formatDay(end)}.`);
  }
  return { from: start, to: end };
}

/** A year as reports name it: a whole number Excel has dates in. */
export function readYear(value: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw functionError('invalidValue', 'Năm phải là một số, ví dụ 2023.');
  if (!Number.isInteger(value) || value < 1901 || value > 9999) {
    throw functionError('invalidNumber', `Năm ${value} không hợp lệ: cần một năm từ 1901 đến 9999.`);
  }
  return value;
}

const PART_ALIASES: Record<string, PeriodPart> = {
  ...Object.fromEntries(PERIOD_PARTS.map((p) => [normalizeLabel(p), p])),
  'quy 1': 'Q1',
  'quy i': 'Q1',
  'quy 2': 'Q2',
  'quy ii': 'Q2',
  'quy 3': 'Q3',
  'quy iii': 'Q3',
  'quy 4': 'Q4',
  'quy iv': 'Q4',
  '6 thang': 'H1',
  '6t': 'H1',
  '9 thang': '9M',
  '9t': '9M',
  nam: 'Y',
  'ca nam': 'Y',
};

/** Q1–Q4, H1, H2, 9M, Y; also written in Vietnamese (`Quý II`, `6 tháng`, `9 tháng`, `Năm`). */
export function readPeriodPart(value: string): PeriodPart {
  const part = typeof value === 'string' ? PART_ALIASES[normalizeLabel(value)] : undefined;
  if (!part) {
    throw functionError('invalidValue', `Không đọc được kỳ "${String(value)}". Cần Q1, Q2, Q3, Q4, H1, H2, 9M hoặc Y (cả năm).`);
  }
  return part;
}

/** A number of working days: a whole number, 0 or more. */
export function readWholeDays(value: number, label: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw functionError('invalidValue', `${label} phải là một số.`);
  if (!Number.isInteger(value) || value < 0) {
    throw functionError('invalidNumber', `${label} phải là số nguyên không âm (đang là ${value}).`);
  }
  return value;
}

/**
 * Where a cell is, for a message (`Dòng 3 của vùng Ngày tiếp nhận`); a function so that the text
 * is only built when something is wrong.
 */
export type Where = () => string;

/**
 * A date cell of a range (a serial in the workbook's date system, or dd/mm/yyyy text): blank is
 * null; an unreadable value throws #VALUE! (a number that is no date, like serial 60, throws
 * #NUM!) naming where the cell is.
 */
export function readDateCell(cell: unknown, where: Where): DayNumber | null {
  const parsed = parseDateCell(cell as RawCell, date1904);
  if (parsed.ok) return parsed.value;
  throw cellError(typeof cell === 'number' ? 'invalidNumber' : 'invalidValue', where, parsed.error, cell);
}

export function cellError(code: 'invalidValue' | 'invalidNumber', where: Where, id: MessageId, cell: unknown): Error {
  return functionError(code, `${where()}: ${message(id, 'vi', { value: shortText(cell) })}`);
}

function shortText(cell: unknown): string {
  const text = String(cell);
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

/** Every date of a range of any shape (days off, make-up days), blanks skipped. */
export function readDateList(range: unknown[][] | null | undefined, label: string): DayNumber[] {
  if (isOmitted(range)) return [];
  const rows = asMatrix(range, label);
  const days: DayNumber[] = [];
  rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      const day = readDateCell(cell, () => `Ô dòng ${r + 1}, cột ${c + 1} của vùng ${label}`);
      if (day !== null) days.push(day);
    }),
  );
  return days;
}

/** Days off and make-up working days as the WorkCalendar takes them. */
export function holidayEntries(holidays: unknown[][] | null | undefined, makeupDays: unknown[][] | null | undefined): HolidayEntry[] {
  return [
    ...readDateList(holidays, 'ngày nghỉ').map((day) => ({ day, kind: 'off' as const, note: '' })),
    ...readDateList(makeupDays, 'ngày làm bù').map((day) => ({ day, kind: 'makeup' as const, note: '' })),
  ];
}

/** A range as rows of cells; a single value (a one-cell argument passed by a script) is one cell. */
export function asMatrix(range: unknown, label: string): unknown[][] {
  if (!Array.isArray(range)) return [[range]];
  if (!range.every(Array.isArray)) throw functionError('invalidValue', `Vùng ${label} phải là một vùng ô.`);
  return range as unknown[][];
}
