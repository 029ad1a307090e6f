/**
 * Writes a sheet model into an ExcelJS workbook as a new sheet: values, fonts, alignment,
 * borders, merges, column widths, row heights and print setup (paper, margins, fit to width,
 * print area and titles, page numbers in the header from page 2, a break at each page start).
 *
 * Text is always text: ExcelJS stores a string value as a string, never parsing it as a
 * formula, so "=1+1" typed in a narrative stays those four characters. Such a string also gets
 * the Text number format (`@`), so Excel keeps it text when the user edits the cell. Formulas
 * come only from a cell's `formula`.
 */

import type ExcelJS from 'exceljs';
import { PAGE_NUMBER_HEADER } from '../../templates/sheetModel';
import type { BorderStyle, CellModel, CellStyle, MergeModel, PageSetupModel, SheetModel } from '../../templates/sheetModel';
import { uniqueSheetName } from '../../templates/sheetName';

const A4 = 9;
const MM_PER_INCH = 25.4;

/** A string Excel would take for a formula if typed: `=`, `+`, `-` or `@` first. */
function looksLikeFormula(text: string): boolean {
  return /^[=+\-@]/.test(text);
}

function font(style: CellStyle, model: SheetModel): Partial<ExcelJS.Font> {
  const f: Partial<ExcelJS.Font> = {
    name: style.fontName ?? model.defaultFont.name,
    size: style.fontSize ?? model.defaultFont.size,
  };
  if (style.bold) f.bold = true;
  if (style.italic) f.italic = true;
  if (style.underline) f.underline = true;
  if (style.color) f.color = { argb: `FF${style.color}` };
  return f;
}

function alignment(style: CellStyle): Partial<ExcelJS.Alignment> {
  const a: Partial<ExcelJS.Alignment> = {};
  if (style.horizontal) a.horizontal = style.horizontal;
  if (style.vertical) a.vertical = style.vertical;
  if (style.wrap) a.wrapText = true;
  if (style.indent) a.indent = style.indent;
  return a;
}

function side(border: BorderStyle | undefined): Partial<ExcelJS.Border> | undefined {
  return border ? { style: border } : undefined;
}

function writeCell(sheet: ExcelJS.Worksheet, cell: CellModel, model: SheetModel): void {
  const target = sheet.getCell(cell.row, cell.col);
  if (cell.formula !== undefined) {
    const formula = cell.formula.replace(/^=/, '');
    target.value = cell.value === null ? { formula } : ({ formula, result: cell.value } as ExcelJS.CellFormulaValue);
  } else {
    target.value = cell.value;
  }
  const style = cell.style ?? {};
  target.font = font(style, model);
  const align = alignment(style);
  if (Object.keys(align).length > 0) target.alignment = align;
  if (style.numberFormat) target.numFmt = style.numberFormat;
  else if (typeof cell.value === 'string' && cell.formula === undefined && looksLikeFormula(cell.value)) target.numFmt = '@';
  if (style.fill) target.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${style.fill}` } };
  if (style.border) {
    target.border = {
      top: side(style.border.top),
      bottom: side(style.border.bottom),
      left: side(style.border.left),
      right: side(style.border.right),
    };
  }
}

/** Draws the top-left cell's border around the whole merged range. */
function outlineMerge(sheet: ExcelJS.Worksheet, merge: MergeModel, style: CellStyle | undefined): void {
  const border = style?.border;
  if (!border) return;
  for (let row = merge.top; row <= merge.bottom; row += 1) {
    for (let col = merge.left; col <= merge.right; col += 1) {
      const edges: Partial<ExcelJS.Borders> = {};
      if (row === merge.top && border.top) edges.top = { style: border.top };
      if (row === merge.bottom && border.bottom) edges.bottom = { style: border.bottom };
      if (col === merge.left && border.left) edges.left = { style: border.left };
      if (col === merge.right && border.right) edges.right = { style: border.right };
      sheet.getCell(row, col).border = edges;
    }
  }
}

function pageSetup(page: PageSetupModel): Partial<ExcelJS.PageSetup> {
  const inches = (mm: number): number => Math.round((mm / MM_PER_INCH) * 1000) / 1000;
  const setup: Partial<ExcelJS.PageSetup> = {
    paperSize: A4,
    orientation: page.orientation,
    margins: {
      top: inches(page.margins.top),
      bottom: inches(page.margins.bottom),
      left: inches(page.margins.left),
      right: inches(page.margins.right),
      header: inches(page.margins.header),
      footer: inches(page.margins.footer),
    },
    printArea: page.printArea,
  };
  if (page.fitToWidth) Object.assign(setup, { fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
  if (page.printTitleRows) setup.printTitlesRow = page.printTitleRows;
  return setup;
}

/**
 * Page numbers from page 2: the first page gets its own header (`differentFirst`), left empty,
 * and every other page the centred number (`&C`), as OOXML's `headerFooter` holds them.
 */
function headerFooter(page: PageSetupModel): Partial<ExcelJS.HeaderFooter> | undefined {
  if (page.pageNumbers !== 'fromSecondPage') return undefined;
  return { differentFirst: true, oddHeader: `&C${PAGE_NUMBER_HEADER}` };
}

/**
 * Adds the model as a new sheet, named `model.name` made valid and unique in the workbook.
 * If anything fails, the half-written sheet is removed again and the error passed on.
 */
export function writeSheetModel(workbook: ExcelJS.Workbook, model: SheetModel): ExcelJS.Worksheet {
  const name = uniqueSheetName(model.name, workbook.worksheets.map((w) => w.name));
  const sheet = workbook.addWorksheet(name, {
    pageSetup: pageSetup(model.page),
    views: [{ showGridLines: false }],
  });
  const header = headerFooter(model.page);
  if (header) sheet.headerFooter = header;
  try {
    model.columnWidths.forEach((width, i) => {
      const column = sheet.getColumn(i + 1);
      column.width = width;
      // Text typed later into the report reads like the rest of it.
      column.font = { name: model.defaultFont.name, size: model.defaultFont.size };
    });
    for (const cell of model.cells) writeCell(sheet, cell, model);
    const topLeft = new Map(model.cells.map((c) => [`${c.row}:${c.col}`, c.style]));
    for (const merge of model.merges) {
      sheet.mergeCells(merge.top, merge.left, merge.bottom, merge.right);
      outlineMerge(sheet, merge, topLeft.get(`${merge.top}:${merge.left}`));
    }
    for (const [row, height] of Object.entries(model.rowHeights)) sheet.getRow(Number(row)).height = height;
    // ExcelJS breaks after a row; the model names the row a page starts at.
    for (const row of model.page.pageBreaks ?? []) sheet.getRow(row - 1).addPageBreak();
    return sheet;
  } catch (error) {
    workbook.removeWorksheet(sheet.id);
    throw error;
  }
}
