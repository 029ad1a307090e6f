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
 * Requests (`context.sync()`): sheet names, content (number formats, values, formulas),
 * formats and page setup, plus one to replace an old sheet. Each request is kept under a 4 MB
 * budget (Excel on the web refuses one over 5 MB, `RequestPayloadSizeLimitExceeded`): content
 * heavier than that (about 15,000 form 06 rows) goes in row blocks, one request each, and
 * formats that outweigh it in as many requests as they fill. A report of a few thousand rows
 * takes the three requests (four when replacing).
 * Page setup: paper, margins, fit to width, print area and titles, page numbers in the header
 * from page 2 (`headersFooters`), and a manual break at each page start of the model.
 * Requires ExcelApi 1.9 (`getRanges`, `pageLayout`, `headersFooters`, `horizontalPageBreaks`).
 */

import type { BorderStyle, HorizontalAlign, SheetModel, VerticalAlign } from '../../templates/sheetModel';
import { uniqueSheetName, validSheetName } from '../../templates/sheetName';
import { inputTableName } from '../../core/schema';
import { OPERATION_BYTES, payloadBytes, REQUEST_BUDGET_BYTES } from './chunks';
import { excelRun, type ExcelRun } from './run';
import { ContentPlan, contentBlocks, FormatPlan, PagePlan, planSheetWrite, SheetWritePlan } from './writePlan';

export type { ExcelRun } from './run';

export interface WriteReportOptions {
  /** Replace a sheet that already has the report's name, if `confirmReplace` agrees. */
  replaceExisting?: boolean;
  /** Asked with the existing sheet's name; the sheet is replaced only if it resolves true. */
  confirmReplace?: (name: string) => Promise<boolean>;
  /** Starts the separate batch that removes a half-written sheet; `excelRun` by default. */
  run?: ExcelRun;
  /** Bytes one request may carry (default 4 MB, under Excel on the web's 5 MB). */
  budgetBytes?: number;
}

export interface WriteReportResult {
  /** The sheet the report is on (now the active sheet). */
  sheetName: string;
  /** The sheet that was replaced, or null. */
  replaced: string | null;
}

export class ReportWriteError extends Error {}

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
  const budget = options.budgetBytes ?? REQUEST_BUDGET_BYTES;
  try {
    // The first block goes with the new sheet; a report with no values still adds it here.
    const blocks = plan.content ? contentBlocks(plan.content, budget) : [];
    for (let i = 0; i < Math.max(1, blocks.length); i++) {
      if (blocks[i]) queueContent(sheet, blocks[i]);
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one request per row block, each under the payload budget
      await context.sync();
    }
    await queueFormats(new Requests(context, budget), sheet, plan);
    if (!replace) sheet.activate();
    await context.sync();
  } catch (error) {
    const removed = await removeSheet(options.run ?? excelRun, name);
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

/**
 * Operations queued into requests of at most `budget` estimated bytes: before an operation
 * that would overflow the current request, the request is sent. The caller sends the last.
 */
class Requests {
  private bytes = 0;

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly budget: number,
  ) {}

  /** Queues `operations` (`count` of them, carrying `values`), sending the request first if they would not fit. */
  async add(count: number, values: unknown, queue: () => void): Promise<void> {
    const bytes = count * OPERATION_BYTES + payloadBytes([[values]]);
    if (this.bytes > 0 && this.bytes + bytes > this.budget) {
      await this.context.sync();
      this.bytes = 0;
    }
    queue();
    this.bytes += bytes;
  }
}

async function queueFormats(requests: Requests, sheet: Excel.Worksheet, plan: SheetWritePlan): Promise<void> {
  await requests.add(1, null, () => (sheet.showGridlines = false));
  const columns = plan.defaultFontColumns;
  if (columns) {
    // Text typed later into the report reads like the rest of it (as the ExcelJS writer's column fonts).
    await requests.add(3, [columns, plan.defaultFont.name], () => {
      const font = sheet.getRange(columns).format.font;
      font.name = plan.defaultFont.name;
      font.size = plan.defaultFont.size;
    });
  }
  for (const width of plan.columnWidths) {
    for (const address of width.addresses) await requests.add(2, address, () => (sheet.getRanges(address).format.columnWidth = width.points));
  }
  // Merged first: formatting a merged range then formats it whole, its outline included.
  for (const address of plan.merges) await requests.add(2, address, () => sheet.getRange(address).merge(false));
  for (const group of plan.formats) {
    const settings = formatSettings(group);
    for (const address of group.addresses) {
      await requests.add(1 + settings.length, [address, settings], () => applySettings(sheet.getRanges(address).format, settings));
    }
  }
  for (const height of plan.rowHeights) {
    for (const address of height.addresses) await requests.add(2, address, () => (sheet.getRanges(address).format.rowHeight = height.points));
  }
  await requests.add(PAGE_OPERATIONS + plan.page.pageBreaks.length, plan.page, () => queuePage(sheet, plan.page));
}

/** Operations `queuePage` queues besides the page breaks, at most. */
const PAGE_OPERATIONS = 18;

const HORIZONTAL: Record<HorizontalAlign, Excel.HorizontalAlignment | 'Left' | 'Center' | 'Right' | 'Justify'> = {
  left: 'Left',
  center: 'Center',
  right: 'Right',
  justify: 'Justify',
};
const VERTICAL: Record<VerticalAlign, Excel.VerticalAlignment | 'Top' | 'Center' | 'Bottom'> = { top: 'Top', middle: 'Center', bottom: 'Bottom' };
const WEIGHT: Record<BorderStyle, Excel.BorderWeight | 'Thin' | 'Medium'> = { thin: 'Thin', medium: 'Medium' };

type BorderIndex = Excel.BorderIndex | 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideHorizontal' | 'InsideVertical';

/** One property to set: on the range format itself, its font, its fill, or one of its borders. */
type Setting = { on: 'format' | 'font' | 'fill'; name: string; value: unknown } | { on: BorderIndex; name: 'style' | 'weight'; value: string };

/** The properties a format group sets, in order, so their number and weight are known before they are queued. */
function formatSettings(group: FormatPlan): Setting[] {
  const f = group.format;
  const out: Setting[] = [
    { on: 'font', name: 'name', value: f.fontName },
    { on: 'font', name: 'size', value: f.fontSize },
  ];
  if (f.bold) out.push({ on: 'font', name: 'bold', value: true });
  if (f.italic) out.push({ on: 'font', name: 'italic', value: true });
  if (f.underline) out.push({ on: 'font', name: 'underline', value: 'Single' });
  if (f.color) out.push({ on: 'font', name: 'color', value: `#${f.color}` });
  if (f.fill) out.push({ on: 'fill', name: 'color', value: `#${f.fill}` });
  if (f.horizontal) out.push({ on: 'format', name: 'horizontalAlignment', value: HORIZONTAL[f.horizontal] });
  if (f.vertical) out.push({ on: 'format', name: 'verticalAlignment', value: VERTICAL[f.vertical] });
  if (f.wrap) out.push({ on: 'format', name: 'wrapText', value: true });
  // Excel indents only left- or right-aligned (or general) text.
  if (f.indent && (f.horizontal === undefined || f.horizontal === 'left' || f.horizontal === 'right')) out.push({ on: 'format', name: 'indentLevel', value: f.indent });
  const edge = (on: BorderIndex, style: BorderStyle | undefined) => {
    if (!style) return;
    out.push({ on, name: 'style', value: 'Continuous' }, { on, name: 'weight', value: WEIGHT[style] });
  };
  edge('EdgeTop', f.border?.top);
  edge('EdgeBottom', f.border?.bottom);
  edge('EdgeLeft', f.border?.left);
  edge('EdgeRight', f.border?.right);
  edge('InsideHorizontal', group.insideHorizontal);
  edge('InsideVertical', group.insideVertical);
  return out;
}

function applySettings(format: Excel.RangeFormat, settings: readonly Setting[]): void {
  const borders = new Map<BorderIndex, Excel.RangeBorder>();
  const border = (index: BorderIndex): Excel.RangeBorder => {
    let found = borders.get(index);
    if (!found) borders.set(index, (found = format.borders.getItem(index)));
    return found;
  };
  for (const s of settings) {
    const target = s.on === 'format' ? format : s.on === 'font' ? format.font : s.on === 'fill' ? format.fill : border(s.on);
    (target as unknown as Record<string, unknown>)[s.name] = s.value;
  }
}

function queuePage(sheet: Excel.Worksheet, page: PagePlan): void {
  const layout = sheet.pageLayout;
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
  if (page.pageNumberHeader) {
    // A first-page header of its own, left empty; the number on every other page.
    const headers = layout.headersFooters;
    headers.state = 'FirstAndDefault';
    headers.firstPage.centerHeader = '';
    headers.defaultForAllPages.centerHeader = page.pageNumberHeader;
  }
  // The model's page starts (every one, so the pages print as laid out: templates/pagination.ts).
  for (const cell of page.pageBreaks) sheet.horizontalPageBreaks.add(cell);
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
