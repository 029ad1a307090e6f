import { reportDataFor } from '../../src/core/engine';
import { parseInputs, type RawTables } from '../../src/core/inputs';
import { periodFromLabel } from '../../src/core/periods';
import { sampleSheets } from '../../src/sample/sampleWorkbook';
import { renderReport } from '../../src/templates';
import type { SheetModel } from '../../src/templates/sheetModel';
import { cellDisplayText, fitColumns, gridText, minColumnPixels, MIN_TEXT_COLUMN_PX, previewGrid } from '../../src/taskpane/services/sheetPreview';

function model(): SheetModel {
  return {
    name: 'Thử',
    columnWidths: [10, 20, 5],
    rowHeights: { 2: 30 },
    cells: [
      { row: 1, col: 1, value: 'Tiêu đề', style: { bold: true, horizontal: 'center' } },
      { row: 2, col: 1, value: 'A' },
      { row: 2, col: 2, value: 8.5 },
      { row: 3, col: 3, value: 'cuối' },
    ],
    merges: [{ top: 1, left: 1, bottom: 1, right: 3 }, { top: 2, left: 3, bottom: 3, right: 3 }],
    page: { paperSize: 'A4', orientation: 'portrait', margins: { top: 20, bottom: 20, left: 30, right: 15, header: 10, footer: 10 }, fitToWidth: true, printArea: 'A1:C3' },
    defaultFont: { name: 'Times New Roman', size: 14 },
  };
}

describe('a sheet model as an HTML table', () => {
  test('merges become spans, covered cells are left out, blanks stay as empty cells', () => {
    const grid = previewGrid(model(), 'vi');
    expect(grid.rows.map((r) => r.cells.map((c) => `${c.row}:${c.col}/${c.colSpan}x${c.rowSpan}=${c.text}`))).toEqual([
      ['1:1/3x1=Tiêu đề'],
      ['2:1/1x1=A', '2:2/1x1=8,5', '2:3/1x2='],
      ['3:1/1x1=', '3:2/1x1='],
    ]);
    expect(grid.rows[0].cells[0].style).toEqual({ bold: true, horizontal: 'center' });
    expect(grid.rows[1].height).toBe(30);
    expect(grid.columnWidths).toEqual([10, 20, 5]);
    expect(grid.baseFontSize).toBe(14);
    // The text under a merge (3:3) is not shown: Excel shows only the top-left cell.
    expect(gridText(grid)).toBe('Tiêu đề\nA 8,5');
  });

  test('numbers in the pane language', () => {
    expect(cellDisplayText(1234.5, 'vi')).toBe('1.234,5');
    expect(cellDisplayText(1234.5, 'en')).toBe('1,234.5');
    expect(cellDisplayText(null, 'vi')).toBe('');
    expect(cellDisplayText('08', 'vi')).toBe('08');
  });

  test('the quarterly report of the sample shows the seed’s sentence', () => {
    const tables: RawTables = {};
    for (const s of sampleSheets()) tables[s.name] = { sheet: s.name, firstRow: 1, firstColumn: 1, rows: [...s.titles.map((t) => [t]), ...(s.titles.length ? [[]] : []), s.header, ...s.rows] };
    const data = reportDataFor(parseInputs(tables), periodFromLabel('2023-Q2')!);
    const m = renderReport('quarterly', { ...data, issueDate: 19500, language: 'vi' });
    const grid = previewGrid(m, 'vi');
    expect(gridText(grid)).toContain('Tổng số hồ sơ TTHC đã tiếp nhận trong kỳ báo cáo: 14');
    const spans = grid.rows.reduce((n, r) => n + r.cells.reduce((k, c) => k + c.colSpan * c.rowSpan, 0), 0);
    const covered = m.merges.reduce((n, g) => n + (g.bottom - g.top + 1) * (g.right - g.left + 1) - 1, 0);
    // Every grid position is drawn exactly once.
    expect(spans).toBe(grid.rows.length * grid.columnWidths.length);
    expect(grid.rows.reduce((n, r) => n + r.cells.length, 0)).toBe(grid.rows.length * grid.columnWidths.length - covered);
  });

  test('columns with text of their own are never squeezed below a word; merge-only columns may be', () => {
    // Columns 1 and 2 hold "A" and 8,5 on their own; column 3 only the merged title.
    expect(minColumnPixels(previewGrid(model(), 'vi'))).toEqual([MIN_TEXT_COLUMN_PX, 60, 15]);
  });

  test('fitting columns to the pane: proportions kept where there is room, minimums where not', () => {
    expect(fitColumns([10, 30, 60], [0, 0, 0], 200)).toEqual([20, 60, 120]);
    // The narrow first column is held at its minimum; the others share the rest 1:2.
    expect(fitColumns([5, 45, 90], [40, 15, 30], 280)).toEqual([40, 80, 160]);
    // Not enough room even for the minimums: the minimums (the table scrolls).
    expect(fitColumns([5, 45, 90], [40, 135, 270], 280)).toEqual([40, 135, 270]);
    const fitted = fitColumns([5, 45, 7.5, 7.5], [40, 135, 40, 40], 1000);
    expect(fitted.reduce((a, b) => a + b, 0)).toBeCloseTo(1000, 0);
    expect(fitted[0]).toBeGreaterThanOrEqual(40);
  });
});
