/**
 * The Office.js writer at province scale, in the full tier (`npm run test:all`): a 25,000-procedure
 * form 06 takes a quarter of a minute against the stand-in.
 */
import { writeReport } from '../../src/adapters/officejs';
import { MockExcel, WEB_PAYLOAD_LIMIT } from './mockExcel';
import { inputWorkbook, largeForm06 } from './reportFixtures';

describe('within Excel on the web\'s limits, at province scale', () => {
  it('writes a 25,000-procedure form 06 in requests each under 5 MB: the content in row blocks, one request each', async () => {
    const m = largeForm06(25_000);
    const excel = new MockExcel(inputWorkbook());

    const { sheetName } = await writeReport(excel.context, m, { run: excel.run });

    expect(excel.refusals).toBe(0);
    expect(Math.max(...excel.requests)).toBeLessThanOrEqual(WEB_PAYLOAD_LIMIT);
    // In one request, as before, the content alone would have been refused.
    expect(excel.requests[1] + excel.requests[2]).toBeGreaterThan(WEB_PAYLOAD_LIMIT);
    // Names, two content blocks, formats: one request more than a report of a few thousand rows.
    expect(excel.syncs).toBe(4);
    const sheet = excel.workbook.sheet(sheetName)!;
    for (const cell of m.cells) {
      if (cell.value === null || cell.value === '' || cell.formula) continue;
      if (wb(sheet, cell.row, cell.col) !== cell.value) throw new Error(`cell ${cell.row}:${cell.col} is ${wb(sheet, cell.row, cell.col)}, not ${cell.value}`);
    }
    expect(sheet.formulas.size).toBe(m.cells.filter((c) => c.formula).length);
  }, 120_000);
});

function wb(sheet: { grid: unknown[][] }, row: number, col: number): unknown {
  return sheet.grid[row - 1]?.[col - 1];
}
