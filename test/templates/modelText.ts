/** Reading a rendered sheet model the way a reader reads the sheet: by its text. */

import type { CellModel, SheetModel } from '../../src/templates/sheetModel';

/** A cell's text without the no-break-space indent. */
export function cellText(cell: CellModel): string {
  return cell.value === null ? '' : String(cell.value).replace(/^\u00a0+/, '');
}

/** The first cell whose text contains `text`. */
export function findCell(model: SheetModel, text: string): CellModel | undefined {
  return model.cells.find((c) => cellText(c).includes(text));
}

/** The texts of all cells, in order. */
export function texts(model: SheetModel): string[] {
  return model.cells.map(cellText).filter((t) => t !== '');
}

/** The cells of row `row`, left to right. */
export function rowCells(model: SheetModel, row: number): CellModel[] {
  return model.cells.filter((c) => c.row === row).sort((a, b) => a.col - b.col);
}
