/** Shared by the custom-function tests: catching the Excel error a call throws, Excel-style arguments. */
import { dayFromParts, excelSerialFromDay } from '../../src/core/days';
import { FunctionError } from '../../src/functions/errors';

/** The FunctionError the call throws (outside Excel, the stand-in for CustomFunctions.Error). */
export function errorOf(call: () => unknown): FunctionError {
  try {
    call();
  } catch (e) {
    if (e instanceof FunctionError) return e;
    throw e;
  }
  throw new Error('expected the call to throw an Excel error');
}

/** The Excel serial number of a date, as Excel passes dates to functions. */
export function serial(day: number, month: number, year: number): number {
  return excelSerialFromDay(dayFromParts(year, month, day));
}

/** A one-column range, as Excel passes HoSo[Ngày tiếp nhận]. */
export function column(...cells: unknown[]): unknown[][] {
  return cells.map((c) => [c]);
}
