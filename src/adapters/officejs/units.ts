/**
 * Unit conversions between the sheet model and Office.js, which sizes everything in points.
 */

export const POINTS_PER_INCH = 72;
export const MM_PER_INCH = 25.4;

/** Page margins: the model keeps millimetres, `PageLayout.topMargin` etc. take points. */
export function mmToPoints(mm: number): number {
  return round2((mm * POINTS_PER_INCH) / MM_PER_INCH);
}

/**
 * Column widths: the model keeps Excel character units (what ExcelJS writes into the file),
 * `RangeFormat.columnWidth` takes points. A unit is the maximum digit width of the workbook's
 * default font, 7 pixels for Calibri 11 (the OOXML width already includes the cell padding,
 * so Excel draws a column of width w about 7·w pixels wide); at 96 dpi a pixel is 0.75 pt,
 * so one unit is 5.25 pt. `templates/layout.ts` lays out text with the same 7 px per unit,
 * so row heights estimated there fit the columns written here.
 */
export const POINTS_PER_WIDTH_UNIT = 7 * 0.75;

export function columnWidthToPoints(width: number): number {
  return round2(width * POINTS_PER_WIDTH_UNIT);
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
