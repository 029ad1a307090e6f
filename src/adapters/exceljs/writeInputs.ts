import type ExcelJS from 'exceljs';
import { SampleSheet } from '../../sample/sampleWorkbook';

/**
 * Writes input sheets the way staff keep them: optional title rows, a bold
 * header with a filter, dates formatted dd/mm/yyyy, the header frozen.
 */
export function writeInputSheets(workbook: ExcelJS.Workbook, sheets: SampleSheet[]): void {
  for (const s of sheets) {
    const ws = workbook.addWorksheet(s.name);
    s.titles.forEach((t, i) => {
      const cell = ws.getCell(i + 1, 1);
      cell.value = t;
      cell.font = { bold: i === 0, italic: i > 0, size: i === 0 ? 13 : 11 };
    });
    const headerRow = s.titles.length > 0 ? s.titles.length + 2 : 1;
    const header = ws.getRow(headerRow);
    s.header.forEach((h, i) => {
      const cell = header.getCell(i + 1);
      cell.value = h;
      cell.font = { bold: true };
      cell.alignment = { wrapText: true, vertical: 'middle' };
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
    });
    s.rows.forEach((values, r) => {
      const row = ws.getRow(headerRow + 1 + r);
      values.forEach((v, c) => {
        const cell = row.getCell(c + 1);
        cell.value = v ?? null;
        if (v instanceof Date) cell.numFmt = 'dd/mm/yyyy';
      });
    });
    s.columnWidths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
    ws.views = [{ state: 'frozen', ySplit: headerRow }];
    ws.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: headerRow, column: s.header.length } };
  }
}
