/**
 * Saving the "Số liệu và nội dung" tab in preview mode: the plan of `core/typedContent.ts`
 * applied with ExcelJS to the workbook the download holds.
 *
 * - SoLieu/NoiDung read from that workbook are written where they are (a sheet, or the Excel
 *   table's sheet: rows added below an Excel table are outside its range in the download, but
 *   read in this session);
 * - read from another file opened with it (a CSV beside the .xlsx), the table is first copied
 *   into a sheet of the workbook, so the download carries it with the new rows;
 * - missing, the workbook gets the sheet, headed as the sample's.
 * Text cells get the Text format (`@`): kept as typed, never a formula; figures are numbers.
 */
import type ExcelJS from 'exceljs';
import { worksheetTable } from '../../adapters/exceljs/workbookTables';
import { isBlank } from '../../core/cells';
import type { RawTables } from '../../core/inputs';
import type { Period, RawTable } from '../../core/types';
import type { ReportId } from '../../templates';
import { appendedCells, CONTENT_TABLES, ContentTableError, NEW_SHEET_WIDTHS, planContent, type ContentValues, type ContentWrite, type TablePlan } from './contentSheets';
import { UserFacingError } from './types';

interface Target {
  /** The rows the plan is made on, or null when the workbook has no such table. */
  raw: RawTable | null;
  /** The worksheet written to; null: made when there is something to write. */
  sheet: ExcelJS.Worksheet | null;
  /** Rows from another file, copied into the new sheet first. */
  copy: RawTable | null;
}

function targetOf(workbook: ExcelJS.Workbook, workbookName: string, tables: RawTables, name: string): Target {
  const read = tables[name];
  if (!read) return { raw: null, sheet: null, copy: null };
  const sheet = read.file === undefined || read.file === workbookName ? workbook.getWorksheet(read.sheet) : undefined;
  if (sheet) return { raw: read.tableName ? read : worksheetTable(sheet), sheet, copy: null };
  return { raw: read, sheet: null, copy: read };
}

/**
 * Writes `content` into the workbook's SoLieu and NoiDung; returns the tables as they now read
 * (those written re-read from their sheets), or throws a `UserFacingError` for a table that
 * cannot take them.
 */
export function saveContentInWorkbook(
  workbook: ExcelJS.Workbook,
  workbookName: string,
  tables: RawTables,
  report: ReportId,
  period: Period,
  content: ContentValues,
): RawTables {
  const [figureName, narrativeName] = CONTENT_TABLES;
  const figures = targetOf(workbook, workbookName, tables, figureName);
  const narratives = targetOf(workbook, workbookName, tables, narrativeName);
  let plan;
  try {
    plan = planContent({ figures: figures.raw, narratives: narratives.raw }, report, period, content);
  } catch (e) {
    if (e instanceof ContentTableError) throw new UserFacingError(e.message);
    throw e;
  }
  let result = tables;
  for (const [tablePlan, target] of [
    [plan.figures, figures],
    [plan.narratives, narratives],
  ] as const) {
    if (!tablePlan) continue;
    const sheet = apply(workbook, tablePlan, target);
    result = { ...result, [tablePlan.table]: { ...worksheetTable(sheet), file: workbookName } };
  }
  return result;
}

function apply(workbook: ExcelJS.Workbook, plan: TablePlan, target: Target): ExcelJS.Worksheet {
  let sheet = target.sheet;
  if (!sheet) {
    sheet = workbook.getWorksheet(plan.table) ?? workbook.addWorksheet(plan.table);
    if (target.copy) copyRows(sheet, target.copy);
    if (plan.create) (NEW_SHEET_WIDTHS[plan.table] ?? []).forEach((width, i) => (sheet!.getColumn(i + 1).width = width));
  }
  writeContentCells(sheet, [...plan.writes, ...appendedCells(plan)]);
  return sheet;
}

/** A table read from another file, at the same cells. */
function copyRows(sheet: ExcelJS.Worksheet, raw: RawTable): void {
  raw.rows.forEach((cells, i) =>
    (cells ?? []).forEach((value, j) => {
      if (isBlank(value)) return;
      const cell = sheet.getCell(raw.firstRow + i, raw.firstColumn + j);
      cell.value = value as ExcelJS.CellValue;
      if (typeof value === 'string') cell.numFmt = '@';
    }),
  );
}

/** Text as text (the Text format keeps `=…`, `08`, `- …` as typed when edited in Excel), numbers as numbers, null empties. */
export function writeContentCells(sheet: ExcelJS.Worksheet, writes: readonly ContentWrite[]): void {
  for (const w of writes) {
    const cell = sheet.getCell(w.row, w.col);
    if (w.value === null) {
      cell.value = null;
    } else if (typeof w.value === 'number') {
      cell.value = w.value;
      cell.numFmt = 'General';
    } else {
      cell.value = w.value;
      cell.numFmt = '@';
      // eslint-disable-next-line office-addins/call-sync-before-read -- an ExcelJS cell (the preview), not an Office.js proxy
      if (w.value.includes('\n')) cell.alignment = { ...cell.alignment, wrapText: true, vertical: 'top' };
    }
  }
}
