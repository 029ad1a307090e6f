import { renderReport, reports } from '../../src/templates';
import type { ReportId } from '../../src/templates';
import { MARGINS_MM } from '../../src/templates/frame';
import { columnLetter, columnsWidthMm, estimateLines, rowHeightFor, spanWidthPt } from '../../src/templates/layout';
import type { SheetModel } from '../../src/templates/sheetModel';
import { digitisationContext, quarterlyContext } from '../helpers/indicatorFixture';

/** The table reports, laid out on landscape pages with a smaller font. */
const LANDSCAPE = new Set<string>(['form06', 'proceduresByLevel', 'overdueList']);

const render = (id: ReportId): SheetModel =>
  renderReport(id, id === 'digitisation' ? digitisationContext() : quarterlyContext());

const A4_MM = { portrait: 210, landscape: 297 };

describe('text height estimates', () => {
  test('a short text takes one line, a long one several', () => {
    expect(estimateLines('Kính gửi: Văn phòng UBND tỉnh', 450, 14)).toBe(1);
    expect(estimateLines('chữ '.repeat(200), 450, 14)).toBeGreaterThan(5);
  });

  test('explicit line breaks count', () => {
    expect(estimateLines('a\nb\nc', 450, 14)).toBe(3);
  });

  test('leading spaces take room', () => {
    const words = 'TÌNH HÌNH KẾT QUẢ KIỂM SOÁT THỦ TỤC HÀNH CHÍNH';
    expect(estimateLines(words, 450, 14)).toBe(1);
    expect(estimateLines(`${' '.repeat(40)}${words}`, 450, 14)).toBe(2);
  });

  test('more lines need a taller row', () => {
    expect(rowHeightFor(3, 14)).toBeGreaterThan(rowHeightFor(2, 14));
  });
});

describe.each(reports.map((r) => r.id))('%s report on paper', (id) => {
  const model = render(id);

  test('is A4 with margins within Nghị định 30 ranges and fits the page width', () => {
    const { margins } = model.page;
    expect(model.page.paperSize).toBe('A4');
    expect(model.page.orientation).toBe(LANDSCAPE.has(id) ? 'landscape' : 'portrait');
    expect(margins.top).toBeGreaterThanOrEqual(20);
    expect(margins.top).toBeLessThanOrEqual(25);
    expect(margins.bottom).toBeGreaterThanOrEqual(20);
    expect(margins.bottom).toBeLessThanOrEqual(25);
    expect(margins.left).toBeGreaterThanOrEqual(30);
    expect(margins.left).toBeLessThanOrEqual(35);
    expect(margins.right).toBeGreaterThanOrEqual(15);
    expect(margins.right).toBeLessThanOrEqual(20);
    expect(model.page.fitToWidth).toBe(true);
  });

  test('its columns fit between the margins without shrinking the text', () => {
    const line = A4_MM[model.page.orientation] - MARGINS_MM.left - MARGINS_MM.right;
    expect(columnsWidthMm(model.columnWidths)).toBeLessThanOrEqual(line);
  });

  test('is in Times New Roman, body 13–14 pt, nothing under 11 pt', () => {
    const sizes = model.cells.map((c) => c.style?.fontSize ?? model.defaultFont.size);
    expect(model.cells.every((c) => c.style?.fontName === 'Times New Roman')).toBe(true);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(11);
    if (!LANDSCAPE.has(id)) expect(model.defaultFont.size).toBeGreaterThanOrEqual(13);
  });

  test('the print area covers every cell', () => {
    const lastRow = Math.max(...model.cells.map((c) => c.row));
    expect(model.page.printArea).toBe(`A1:${columnLetter(model.columnWidths.length)}${lastRow}`);
  });

  test("every wrapped row is tall enough for its text's estimated lines", () => {
    const tooShort: string[] = [];
    for (const cell of model.cells.filter((c) => c.style?.wrap && c.value !== null)) {
      const merge = model.merges.find((m) => m.top === cell.row && m.left === cell.col);
      if (merge && merge.bottom > merge.top) continue; // spans rows: not one row's height
      const size = cell.style?.fontSize ?? model.defaultFont.size;
      const width = spanWidthPt(model.columnWidths, cell.col, merge?.right ?? cell.col);
      const needed = rowHeightFor(estimateLines(String(cell.value), width, size, cell.style?.bold), size);
      if ((model.rowHeights[cell.row] ?? 0) < needed) tooShort.push(`row ${cell.row}: ${String(cell.value)}`);
    }
    expect(tooShort).toEqual([]);
  });
});
