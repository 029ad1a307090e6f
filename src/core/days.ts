import { DayNumber } from './types';

const MS_PER_DAY = 86_400_000;
/** Excel serial 25569 is 1970-01-01 (serials count from 1899-12-30 once the 1900 leap-year bug is past). */
const EXCEL_EPOCH_OFFSET = 25_569;

export function dayFromParts(year: number, month: number, day: number): DayNumber {
  return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

export function partsFromDay(day: DayNumber): DateParts {
  const d = new Date(day * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** True when the parts name a real calendar day (rejects 31/02). */
export function isValidDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  const p = partsFromDay(dayFromParts(year, month, day));
  return p.year === year && p.month === month && p.day === day;
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(day: DayNumber): number {
  return (((day + 4) % 7) + 7) % 7;
}

/**
 * The calendar day of a JS Date. ExcelJS hands dates over as UTC midnight; a
 * Date built in a local zone keeps its local calendar day.
 */
export function dayFromDate(date: Date): DayNumber {
  const utcMidnight = date.getUTCHours() === 0 && date.getUTCMinutes() === 0;
  if (utcMidnight) return Math.floor(date.getTime() / MS_PER_DAY);
  return dayFromParts(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

export function dateFromDay(day: DayNumber): Date {
  return new Date(day * MS_PER_DAY);
}

/**
 * Excel serial number to day. Serial 60 is 29/02/1900, a day that never existed
 * (Excel's 1900 leap-year bug): the caller gets null for it.
 */
export function dayFromExcelSerial(serial: number): DayNumber | null {
  const whole = Math.floor(serial);
  if (whole === 60 || whole < 1) return null;
  return whole < 60 ? whole - EXCEL_EPOCH_OFFSET + 1 : whole - EXCEL_EPOCH_OFFSET;
}

export function excelSerialFromDay(day: DayNumber): number {
  const serial = day + EXCEL_EPOCH_OFFSET;
  return serial <= 60 ? serial - 1 : serial;
}

/** `dd/mm/yyyy`. */
export function formatDay(day: DayNumber): string {
  const p = partsFromDay(day);
  return `${String(p.day).padStart(2, '0')}/${String(p.month).padStart(2, '0')}/${p.year}`;
}

/** `yyyy-mm-dd`. */
export function isoDay(day: DayNumber): string {
  const p = partsFromDay(day);
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

/** Reads `dd/mm/yyyy` (also `-` or `.` separators) or `yyyy-mm-dd`; null when it is not a real date. */
export function parseDayText(text: string): DayNumber | null {
  const t = text.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(t);
  if (m) return checked(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/.exec(t);
  if (m) return checked(Number(m[3]), Number(m[2]), Number(m[1]));
  return null;
}

function checked(year: number, month: number, day: number): DayNumber | null {
  return isValidDate(year, month, day) ? dayFromParts(year, month, day) : null;
}
