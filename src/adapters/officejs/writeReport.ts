/**
 * Writes a report's sheet model into the open workbook through Office.js, with the same
 * result as the ExcelJS writer (`adapters/exceljs/writeSheet.ts`).
 *
 * Nothing is lost (DESIGN §7):
 * - the report goes to a new sheet with a valid name no other sheet has (`templates/sheetName.ts`);
 * - a sheet of the same name is replaced only when the caller asks to and `confirmReplace`
 *   says yes, and only after the new sheet is fully written: the new sheet is written under a
 *   free name, then the old one is deleted and the new one takes its name. Declined (or no
 *   `confirmReplace`): the report is written next to it under a free name. A sheet named like
 *   an input table is never replaced;
 * - if writing fails, the half-written sheet is deleted (in a batch of its own) and a
 *   `ReportWriteError` says what happened; no other sheet is ever written to;
 * - text stays text (`textCells.ts`); formulas come only from `CellModel.formula`.
 *
 * Requests (`context.sync()`), whatever the size of the report: sheet names, content (number
 * formats, values, formulas), formats and page setup, plus one to replace an old sheet.
 * Requires ExcelApi 1.9 (`getRanges`, `pageLayout`).
 */

import type { BorderStyle, HorizontalAlign, SheetModel, VerticalAlign } from '../../templates/sheetModel';
import { uniqueSheetName, validSheetName } from '../../templates/sheetName';
import { inputTableName } from '../../core/schema';
import { ContentPlan, FormatPlan, PagePlan, planSheetWrite, SheetWritePlan } from './writePlan';

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface WriteReportOptions {
  /** Replace a sheet that already has the report's name, if `confirmReplace` agrees. */
  replaceExisting?: boolean;
  /** Asked with the existing sheet's name; the sheet is replaced only if it resolves true. */
  confirmReplace?: (name: string) => Promise<boolean>;
  /** Starts the separate batch that removes a half-written sheet; `Excel.run` by default. */
  run?: ExcelRun;
}

export interface WriteReportResult {
  /** The sheet the report is on (now the active sheet). */
  sheetName: string;
  /** The sheet that was replaced, or null. */
  replaced: string | null;
}

export class ReportWriteError extends Error {}

const defaultRun: ExcelRun = (batch) => Excel.run(batch);

export async function writeReport(context: Excel.RequestContext, model: SheetModel, options: WriteReportOptions = {}): Promise<WriteReportResult> {
  // Planned before any Office call, so a model that cannot be written changes nothing.
  const plan = planSheetWrite(model);
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  await context.sync();

  const existing = sheets.items.map((s) => s.name);
  const wanted = validSheetName(model.name);
  const replace = await sheetToReplace(existing, wanted, options);
  const name = uniqueSheetName(wanted, existing);
  const sheet = sheets.add(name);
  try {
    if (plan.content) queueContent(sheet, plan.content);
    await context.sync();
    queueFormats(sheet, plan);
    if (!replace) sheet.activate();
    await context.sync();
  } catch (error) {
    const removed = await removeSheet(options.run ?? defaultRun, name);
    throw writeFailed(name, error, removed);
  }
  if (!replace) return { sheetName: name, replaced: null };

  try {
    sheets.getItem(replace).delete();
    sheet.name = wanted;
    sheet.activate();
    await context.sync();
  } catch (error) {
    throw new ReportWriteError(
      `Báo cáo mới đã được ghi vào trang tính "${name}" nhưng chưa thay được trang tính "${replace}" (${causeOf(error)}). / ` +
        `The new report is on sheet "${name}", but sheet "${replace}" could not be replaced (${causeOf(error)}).`,
      { cause: error },
    );
  }
  return { sheetName: wanted, replaced: replace };
}

async function sheetToReplace(existing: string[], wanted: string, options: WriteReportOptions): Promise<string | null> {
  const clash = existing.find((n) => n.toLocaleLowerCase() === wanted.toLocaleLowerCase());
  if (!clash || !options.replaceExisting || !options.confirmReplace || inputTableName(clash)) return null;
  return (await options.confirmReplace(clash)) ? clash : null;
}

/** Number formats go first, so text meant as text is never parsed as a formula or number. */
function queueContent(sheet: Excel.Worksheet, content: ContentPlan): void {
  const range = sheet.getRange(content.address);
  if (content.numberFormats) range.numberFormat = content.numberFormats;
  range.values = content.values;
  if (content.formulas) range.formulas = content.formulas;
}

function queueFormats(sheet: Excel.Worksheet, plan: SheetWritePlan): void {
  sheet.showGridlines = false;
  if (plan.defaultFontColumns) {
    // Text typed later into the report reads like the rest of it (as the ExcelJS writer's column fonts).
    const font = sheet.getRange(plan.defaultFontColumns).format.font;
    font.name = plan.defaultFont.name;
    font.size = plan.defaultFont.size;
  }
  for (const width of plan.columnWidths) for (const address of width.addresses) sheet.getRanges(address).format.columnWidth = width.points;
  // Merged first: formatting a merged range then formats it whole, its outline included.
  for (const address of plan.merges) sheet.getRange(address).merge(false);
  for (const group of plan.formats) for (const address of group.addresses) applyFormat(sheet.getRanges(address).format, group);
  for (const height of plan.rowHeights) for (const address of height.addresses) sheet.getRanges(address).format.rowHeight = height.points;
  queuePage(sheet.pageLayout, plan.page);
}

const HORIZONTAL: Record<HorizontalAlign, Excel.HorizontalAlignment | 'Left' | 'Center' | 'Right' | 'Justify'> = {
  left: 'Left',
  center: 'Center',
  right: 'Right',
  justify: 'Justify',
};
const VERTICAL: Record<VerticalAlign, Excel.VerticalAlignment | 'Top' | 'Center' | 'Bottom'> = { top: 'Top', middle: 'Center', bottom: 'Bottom' };
const WEIGHT: Record<BorderStyle, Excel.BorderWeight | 'Thin' | 'Medium'> = { thin: 'Thin', medium: 'Medium' };

function applyFormat(format: Excel.RangeFormat, group: FormatPlan): void {
  const f = group.format;
  format.font.name = f.fontName;
  format.font.size = f.fontSize;
  if (f.bold) format.font.bold = true;
  if (f.italic) format.font.italic = true;
  if (f.underline) format.font.underline = 'Single';
  if (f.color) format.font.color = `#${f.color}`;
  if (f.fill) format.fill.color = `#${f.fill}`;
  if (f.horizontal) format.horizontalAlignment = HORIZONTAL[f.horizontal];
  if (f.vertical) format.verticalAlignment = VERTICAL[f.vertical];
  if (f.wrap) format.wrapText = true;
  // Excel indents only left- or right-aligned (or general) text.
  if (f.indent && (f.horizontal === undefined || f.horizontal === 'left' || f.horizontal === 'right')) format.indentLevel = f.indent;
  const edge = (index: Excel.BorderIndex | 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideHorizontal' | 'InsideVertical', style: BorderStyle | undefined) => {
    if (!style) return;
    const border = format.borders.getItem(index);
    border.style = 'Continuous';
    border.weight = WEIGHT[style];
  };
  edge('EdgeTop', f.border?.top);
  edge('EdgeBottom', f.border?.bottom);
  edge('EdgeLeft', f.border?.left);
  edge('EdgeRight', f.border?.right);
  edge('InsideHorizontal', group.insideHorizontal);
  edge('InsideVertical', group.insideVertical);
}

function queuePage(layout: Excel.PageLayout, page: PagePlan): void {
  layout.paperSize = page.paperSize;
  layout.orientation = page.orientation;
  layout.topMargin = page.margins.top;
  layout.bottomMargin = page.margins.bottom;
  layout.leftMargin = page.margins.left;
  layout.rightMargin = page.margins.right;
  layout.headerMargin = page.margins.header;
  layout.footerMargin = page.margins.footer;
  // One page wide, as many tall as needed (0 = automatic, as OOXML's fitToHeight).
  if (page.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  layout.setPrintArea(page.printArea);
  if (page.printTitleRows) layout.setPrintTitleRows(page.printTitleRows);
}

/** Deletes a half-written sheet in a fresh batch; false if that failed too. */
async function removeSheet(run: ExcelRun, name: string): Promise<boolean> {
  try {
    await run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(name);
      await context.sync();
      if (sheet.isNullObject) return;
      sheet.delete();
      await context.sync();
    });
    return true;
  } catch {
    return false;
  }
}

function causeOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function writeFailed(name: string, error: unknown, removed: boolean): ReportWriteError {
  const cause = causeOf(error);
  const after = removed
    ? 'Trang tính dở dang đã được xóa, các trang tính khác không thay đổi. / The half-written sheet was removed; no other sheet was changed.'
    : `Không xóa được trang tính dở dang "${name}", hãy xóa bằng tay. / The half-written sheet "${name}" could not be removed: please delete it by hand.`;
  return new ReportWriteError(`Không ghi được báo cáo vào trang tính "${name}" (${cause}). / Could not write the report to sheet "${name}" (${cause}). ${after}`, { cause: error });
}
