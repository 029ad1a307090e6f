import { ReportWriteError, writeReport } from '../../src/adapters/officejs';
import { rectAddress } from '../../src/adapters/officejs/a1';
import { columnWidthToPoints, mmToPoints } from '../../src/adapters/officejs/units';
import { renderReport } from '../../src/templates';
import { PAGE_NUMBER_HEADER } from '../../src/templates/sheetModel';
import type { CellModel, SheetModel } from '../../src/templates/sheetModel';
import { MAX_ROW_HEIGHT_PT } from '../../src/templates/layout';
import { QUARTERLY_NARRATIVES, quarterlyContext } from '../helpers/indicatorFixture';
import { boxOf, FakeWorkbook, LogEntry, MockExcel } from './mockExcel';
import { inputWorkbook, largeForm06 } from './reportFixtures';

const quarterly = (): SheetModel => renderReport('quarterly', quarterlyContext());

function model(cells: CellModel[], name = 'Kiểm tra'): SheetModel {
  return {
    name,
    columnWidths: [10, 10, 10],
    rowHeights: {},
    cells,
    merges: [],
    page: { paperSize: 'A4', orientation: 'portrait', margins: { top: 20, bottom: 20, left: 30, right: 15, header: 10, footer: 10 }, fitToWidth: true, printArea: 'A1:C10' },
    defaultFont: { name: 'Times New Roman', size: 14 },
  };
}

function columnNumber(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

/** Cells (`row:col`) of a multi-area reference of cell rectangles. */
function cellsOf(reference: string): string[] {
  const cells: string[] = [];
  for (const area of reference.split(',')) {
    const [a, b = a] = area.split(':');
    const [, c1, r1] = /^([A-Z]+)(\d+)$/.exec(a)!;
    const [, c2, r2] = /^([A-Z]+)(\d+)$/.exec(b)!;
    for (let r = Number(r1); r <= Number(r2); r++) for (let c = columnNumber(c1); c <= columnNumber(c2); c++) cells.push(`${r}:${c}`);
  }
  return cells;
}

/** Every cell given `property` = `value` through a `getRanges(…)` format (font properties under `.format.font`). */
function cellsSet(log: LogEntry[], targetEnd: string, property: string, value: unknown): Set<string> {
  const cells = new Set<string>();
  for (const e of log) {
    const m = /getRanges\(([^)]*)\)(.*)$/.exec(e.target);
    if (e.op === 'set' && m && m[2] === targetEnd && e.name === property && e.value === value) for (const cell of cellsOf(m[1])) cells.add(cell);
  }
  return cells;
}

/** Cells with a thin line along their top: the top row of `EdgeTop` areas, the lower rows of `InsideHorizontal` ones. */
function topLines(log: LogEntry[]): Set<string> {
  const cells = new Set<string>();
  for (const e of log) {
    const m = /getRanges\(([^)]*)\)\.format\.borders\.getItem\((EdgeTop|InsideHorizontal)\)$/.exec(e.target);
    if (e.op !== 'set' || !m || e.name !== 'weight' || e.value !== 'Thin') continue;
    for (const area of m[1].split(',')) {
      const areaCells = cellsOf(area);
      const top = Math.min(...areaCells.map((c) => Number(c.split(':')[0])));
      for (const cell of areaCells) if ((Number(cell.split(':')[0]) === top) === (m[2] === 'EdgeTop')) cells.add(cell);
    }
  }
  return cells;
}

/** Rows or columns given `property` through `getRanges("5:7,9:9")` / `getRanges("A:B")`, with the points. */
function sizesSet(log: LogEntry[], property: 'rowHeight' | 'columnWidth'): Map<number, number> {
  const sizes = new Map<number, number>();
  for (const e of log) {
    const m = /getRanges\(([^)]*)\)\.format$/.exec(e.target);
    if (e.op !== 'set' || !m || e.name !== property) continue;
    for (const run of m[1].split(',')) {
      const [first, last] = run.split(':').map((x) => (property === 'rowHeight' ? Number(x) : columnNumber(x)));
      for (let i = first; i <= last; i++) sizes.set(i, e.value as number);
    }
  }
  return sizes;
}

function topLeftCells(m: SheetModel): CellModel[] {
  const hidden = new Set<string>();
  for (const g of m.merges) for (let r = g.top; r <= g.bottom; r++) for (let c = g.left; c <= g.right; c++) if (r !== g.top || c !== g.left) hidden.add(`${r}:${c}`);
  return m.cells.filter((c) => !hidden.has(`${c.row}:${c.col}`));
}

describe('writing a report through Office.js', () => {
  it('writes a small and a 2,000-procedure report in the same three requests', async () => {
    const small = quarterly();
    const large = largeForm06();
    expect(large.cells.length).toBeGreaterThan(20 * small.cells.length);
    const counts: number[] = [];
    for (const m of [small, large]) {
      const excel = new MockExcel(inputWorkbook());
      await writeReport(excel.context, m, { run: excel.run });
      counts.push(excel.syncs);
    }
    expect(counts).toEqual([3, 3]);
  });

  it('puts every value into a new, active sheet as the template wrote it, touching no other sheet', async () => {
    const wb = inputWorkbook();
    const before = wb.snapshot();
    const excel = new MockExcel(wb);
    const m = quarterly();

    const result = await writeReport(excel.context, m, { run: excel.run });

    expect(result).toEqual({ sheetName: m.name, replaced: null });
    expect(wb.active).toBe(m.name);
    expect(wb.snapshot()).toEqual(expect.arrayContaining(before as unknown[]));
    const sheet = wb.sheet(m.name)!;
    for (const cell of m.cells) {
      if (cell.value === null || cell.value === '' || cell.formula) continue;
      expect([cell.row, cell.col, wb.value(sheet, cell.row, cell.col)]).toEqual([cell.row, cell.col, cell.value]);
    }
    expect(sheet.formulas.size).toBe(m.cells.filter((c) => c.formula).length);
    const written = excel.log.filter((e) => e.op !== 'load' && e.target.startsWith('sheet('));
    expect(written.every((e) => e.target.startsWith(`sheet(+${m.name})`))).toBe(true);
  });

  it('formats, merges, sizes and sets up the page as the model says', async () => {
    const excel = new MockExcel(inputWorkbook());
    const m = largeForm06(300);

    await writeReport(excel.context, m, { run: excel.run });

    const sheet = excel.workbook.sheet(m.name)!;
    expect(sheet.merges.sort()).toEqual(m.merges.map((g) => rectAddress(g)).sort());
    const cells = topLeftCells(m);
    const bold = cellsSet(excel.log, '.format.font', 'bold', true);
    for (const c of cells) expect([c.row, c.col, bold.has(`${c.row}:${c.col}`)]).toEqual([c.row, c.col, Boolean(c.style?.bold)]);
    const sizes = cellsSet(excel.log, '.format.font', 'size', 12);
    for (const c of cells) expect([c.row, c.col, sizes.has(`${c.row}:${c.col}`)]).toEqual([c.row, c.col, (c.style?.fontSize ?? m.defaultFont.size) === 12]);
    const merged = new Set(m.merges.map((g) => `${g.top}:${g.left}`));
    const topLined = topLines(excel.log);
    const boxedCells = cells.filter((x) => x.style?.border?.top === 'thin' && !merged.has(`${x.row}:${x.col}`));
    expect(boxedCells.length).toBeGreaterThan(1_000);
    for (const c of boxedCells) expect([c.row, c.col, topLined.has(`${c.row}:${c.col}`)]).toEqual([c.row, c.col, true]);

    const widths = sizesSet(excel.log, 'columnWidth');
    m.columnWidths.forEach((w, i) => expect(widths.get(i + 1)).toBe(columnWidthToPoints(w)));
    const heights = sizesSet(excel.log, 'rowHeight');
    for (const [row, h] of Object.entries(m.rowHeights)) expect(heights.get(Number(row))).toBe(h);

    const page = new Map(excel.log.filter((e) => e.target.endsWith('.pageLayout')).map((e) => [e.name, e.value]));
    expect(page.get('paperSize')).toBe('A4');
    expect(page.get('orientation')).toBe(m.page.orientation === 'landscape' ? 'Landscape' : 'Portrait');
    expect(page.get('topMargin')).toBe(mmToPoints(m.page.margins.top));
    expect(page.get('leftMargin')).toBe(mmToPoints(m.page.margins.left));
    expect(page.get('zoom')).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
    expect(page.get('setPrintArea')).toEqual([m.page.printArea]);
    expect(page.get('setPrintTitleRows')).toEqual([m.page.printTitleRows]);
    expect(excel.log).toContainEqual(expect.objectContaining({ name: 'showGridlines', value: false }));
  });

  it('numbers the pages in the header from page 2 and breaks the pages where the model starts them, in the page request', async () => {
    const excel = new MockExcel(inputWorkbook());
    const m = quarterly();
    expect(m.page.pageNumbers).toBe('fromSecondPage');
    expect(m.page.pageBreaks?.length).toBeGreaterThan(0);

    await writeReport(excel.context, m, { run: excel.run });

    const sheet = excel.workbook.sheet(m.name)!;
    expect(sheet.headers).toEqual({
      state: 'FirstAndDefault',
      sections: { 'firstPage.centerHeader': '', 'defaultForAllPages.centerHeader': PAGE_NUMBER_HEADER },
    });
    expect(PAGE_NUMBER_HEADER).toBe('&"Times New Roman,Regular"&13&P');
    expect(sheet.pageBreaks).toEqual(m.page.pageBreaks!.map((row) => `A${row}`));
    const batches = new Set(excel.log.filter((e) => /pageLayout|horizontalPageBreaks/.test(e.target) && e.context === 0).map((e) => e.batch));
    expect(batches.size).toBe(1);
  });

  it('sets no header and no break for a model without page numbers or breaks', async () => {
    const excel = new MockExcel(inputWorkbook());
    const m = model([{ row: 1, col: 1, value: 'x' }]);

    await writeReport(excel.context, m, { run: excel.run });

    const sheet = excel.workbook.sheet(m.name)!;
    expect(sheet.headers).toEqual({ sections: {} });
    expect(sheet.pageBreaks).toEqual([]);
  });
});

describe('naming the new sheet', () => {
  async function nameFor(wanted: string, existing: string[]): Promise<string> {
    const wb = new FakeWorkbook();
    for (const n of existing) wb.addSheet(n, [['cũ']]);
    const excel = new MockExcel(wb);
    const { sheetName } = await writeReport(excel.context, model([{ row: 1, col: 1, value: 'x' }], wanted), { run: excel.run });
    expect(wb.sheet(sheetName)).toBeDefined();
    return sheetName;
  }

  it('adds " (2)" when a sheet has the name, whatever its case', async () => {
    expect(await nameFor('Báo cáo Q2-2023', ['báo cáo q2-2023'])).toBe('Báo cáo Q2-2023 (2)');
    expect(await nameFor('Báo cáo Q2-2023', ['Báo cáo Q2-2023', 'BÁO CÁO Q2-2023 (2)'])).toBe('Báo cáo Q2-2023 (3)');
  });

  it('shortens a long name to 31 characters, suffix included', async () => {
    const long = 'Báo cáo kiểm soát thủ tục hành chính quý II năm 2023';
    expect(await nameFor(long, [])).toBe(long.slice(0, 31).trim());
    const second = await nameFor(long, [long.slice(0, 31).trim()]);
    expect(second.length).toBeLessThanOrEqual(31);
    expect(second.endsWith(' (2)')).toBe(true);
  });

  it('removes characters Excel refuses in sheet names', async () => {
    expect(await nameFor('Báo cáo [Q2]: 2023/06*?', [])).toBe('Báo cáo Q2 2023 06');
    expect(await nameFor('History', [])).not.toBe('History');
  });
});

describe('replacing a sheet of the same name', () => {
  function withOldReport(name: string): FakeWorkbook {
    const wb = inputWorkbook();
    wb.addSheet(name, [['Báo cáo cũ, do người dùng sửa']]);
    return wb;
  }

  it('writes next to the old sheet when the user declines, deleting nothing', async () => {
    const m = quarterly();
    const wb = withOldReport(m.name);
    const before = wb.snapshot();
    const excel = new MockExcel(wb);
    const asked: string[] = [];

    const result = await writeReport(excel.context, m, { run: excel.run, replaceExisting: true, confirmReplace: async (n) => (asked.push(n), false) });

    expect(asked).toEqual([m.name]);
    expect(result).toEqual({ sheetName: `${m.name} (2)`, replaced: null });
    expect(wb.snapshot()).toEqual(expect.arrayContaining(before as unknown[]));
    expect(excel.log.some((e) => e.name === 'delete')).toBe(false);
  });

  it('does not ask when the caller did not ask to replace', async () => {
    const m = quarterly();
    const excel = new MockExcel(withOldReport(m.name));
    const confirmReplace = jest.fn(async () => true);

    const result = await writeReport(excel.context, m, { run: excel.run, confirmReplace });

    expect(confirmReplace).not.toHaveBeenCalled();
    expect(result.sheetName).toBe(`${m.name} (2)`);
  });

  it('replaces the old sheet only after the new one is fully written', async () => {
    const m = quarterly();
    const wb = withOldReport(m.name);
    const excel = new MockExcel(wb);

    const result = await writeReport(excel.context, m, { run: excel.run, replaceExisting: true, confirmReplace: async () => true });

    expect(result).toEqual({ sheetName: m.name, replaced: m.name });
    expect(wb.sheets.map((s) => s.name)).toEqual(['HoSo', 'TTHC', m.name]);
    expect(wb.value(wb.sheet(m.name)!, 1, 1)).not.toBe('Báo cáo cũ, do người dùng sửa');
    expect(wb.active).toBe(m.name);
    const deletion = excel.log.find((e) => e.name === 'delete')!;
    const writes = excel.log.filter((e) => e.target.startsWith('sheet(+') && e.op === 'set' && e.name !== 'name');
    expect(deletion.batch).toBeGreaterThan(Math.max(...writes.map((e) => e.batch)));
    expect(excel.syncs).toBe(4);
  });

  it('never replaces a sheet named like an input table', async () => {
    const wb = inputWorkbook();
    const before = wb.snapshot();
    const excel = new MockExcel(wb);
    const confirmReplace = jest.fn(async () => true);

    const result = await writeReport(excel.context, model([{ row: 1, col: 1, value: 'x' }], 'HoSo'), { run: excel.run, replaceExisting: true, confirmReplace });

    expect(confirmReplace).not.toHaveBeenCalled();
    expect(result.sheetName).toBe('HoSo (2)');
    expect(wb.snapshot()).toEqual(expect.arrayContaining(before as unknown[]));
  });

  it('keeps the new report and the old sheet, and says so, if the old one cannot be replaced', async () => {
    const m = quarterly();
    const wb = withOldReport(m.name);
    const excel = new MockExcel(wb, { failAt: { sync: 4 } });

    await expect(writeReport(excel.context, m, { run: excel.run, replaceExisting: true, confirmReplace: async () => true })).rejects.toThrow(
      `The new report is on sheet "${m.name} (2)", but sheet "${m.name}" could not be replaced`,
    );
    expect(wb.value(wb.sheet(m.name)!, 1, 1)).toBe('Báo cáo cũ, do người dùng sửa');
    expect(wb.sheet(`${m.name} (2)`)).toBeDefined();
  });
});

describe('when writing fails', () => {
  it.each([
    ['the formats', 3, 10],
    ['the values', 2, 1],
  ])('removes the half-written sheet and leaves every other sheet as it was (failure in %s)', async (_what, sync, afterOps) => {
    const wb = inputWorkbook();
    const before = wb.snapshot();
    const excel = new MockExcel(wb, { failAt: { sync, afterOps } });

    const error = await writeReport(excel.context, quarterly(), { run: excel.run }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ReportWriteError);
    expect((error as Error).message).toContain('The half-written sheet was removed; no other sheet was changed.');
    expect(wb.snapshot()).toEqual(before);
    expect(excel.contexts).toHaveLength(2);
  });

  it('leaves the old sheet alone when writing its replacement fails', async () => {
    const m = quarterly();
    const wb = inputWorkbook();
    wb.addSheet(m.name, [['Báo cáo cũ']]);
    const before = wb.snapshot();
    const excel = new MockExcel(wb, { failAt: { sync: 3, afterOps: 5 } });

    await expect(writeReport(excel.context, m, { run: excel.run, replaceExisting: true, confirmReplace: async () => true })).rejects.toBeInstanceOf(ReportWriteError);

    expect(wb.snapshot()).toEqual(before);
  });
});

describe('text that looks like a formula', () => {
  it('is written as text: Text format queued before the values, and no formula', async () => {
    const texts = ['=1+1', '+A1', '-3', '@x', '08'];
    const cells: CellModel[] = texts.map((value, i) => ({ row: i + 1, col: 1, value }));
    cells.push({ row: 1, col: 2, value: 2, formula: '=1+1' });
    const excel = new MockExcel(new FakeWorkbook());

    const { sheetName } = await writeReport(excel.context, model(cells), { run: excel.run });

    const content = (name: string) => excel.log.find((e) => e.op === 'set' && e.name === name)!;
    const formats = content('numberFormat');
    const values = content('values');
    const formulas = content('formulas');
    expect(formats.target).toBe(values.target);
    expect(formats.seq).toBeLessThan(values.seq);
    texts.forEach((text, i) => {
      expect((formats.value as string[][])[i][0]).toBe('@');
      expect((values.value as string[][])[i][0]).toBe(text);
      expect((formulas.value as Array<Array<string | null>>)[i][0]).toBeNull();
    });
    expect((formulas.value as string[][])[0][1]).toBe('=1+1');
    const sheet = excel.workbook.sheet(sheetName)!;
    texts.forEach((text, i) => expect(excel.workbook.value(sheet, i + 1, 1)).toBe(text));
    expect([...sheet.formulas]).toEqual([['1:2', '=1+1']]);
  });
});

describe('within Excel on the web\'s limits', () => {
  it('splits content and formats over as many requests as a small budget needs, with the same result as one request', async () => {
    const m = largeForm06(300);
    const whole = new MockExcel(inputWorkbook());
    await writeReport(whole.context, m, { run: whole.run });
    const split = new MockExcel(inputWorkbook(), { requestLimit: 60_000 });

    await writeReport(split.context, m, { run: split.run, budgetBytes: 40_000 });

    expect(whole.syncs).toBe(3);
    expect(split.syncs).toBeGreaterThan(5);
    expect(split.refusals).toBe(0);
    expect(Math.max(...split.requests)).toBeLessThanOrEqual(60_000);
    expect(split.workbook.snapshot()).toEqual(whole.workbook.snapshot());
    const formatsOf = (excel: MockExcel) => excel.log.filter((e) => e.op === 'set' && e.target.includes('.format')).map((e) => [e.target, e.name, e.value]);
    expect(formatsOf(split)).toEqual(formatsOf(whole));
  });

  it('never asks Excel for a row over 409 points, so a report with a 10,000-character paragraph is written', async () => {
    const long = Array.from({ length: 160 }, (_, i) => `Câu thứ ${i + 1} của đoạn văn dài, kể lại công việc của Sở trong kỳ báo cáo một cách đầy đủ.`).join(' ');
    expect(long.length).toBeGreaterThan(10_000);
    const m = renderReport('quarterly', quarterlyContext({ narratives: { ...QUARTERLY_NARRATIVES, 'I.5': [long] } }));
    const excel = new MockExcel(inputWorkbook());

    await writeReport(excel.context, m, { run: excel.run });

    const heights = [...sizesSet(excel.log, 'rowHeight').values()];
    expect(heights.length).toBeGreaterThan(0);
    expect(Math.max(...heights)).toBeLessThanOrEqual(MAX_ROW_HEIGHT_PT);
    expect(excel.syncs).toBe(3);
  });

  it('holds a hand-built model to 409 points rather than have Excel refuse the write', async () => {
    const excel = new MockExcel(new FakeWorkbook());
    const m = { ...model([{ row: 1, col: 1, value: 'x' }, { row: 2, col: 1, value: 'y' }]), rowHeights: { 1: 600, 2: 30 } };

    await writeReport(excel.context, m, { run: excel.run });

    expect(sizesSet(excel.log, 'rowHeight')).toEqual(new Map([[1, MAX_ROW_HEIGHT_PT], [2, 30]]));
  });

  it('leaves values only in the top-left cell of each merge', async () => {
    const m = largeForm06(50);
    const excel = new MockExcel(new FakeWorkbook());

    const { sheetName } = await writeReport(excel.context, m, { run: excel.run });

    const sheet = excel.workbook.sheet(sheetName)!;
    expect(sheet.merges.length).toBe(m.merges.length);
    for (const address of sheet.merges) {
      const box = boxOf(address);
      for (let r = box.row; r < box.row + box.rows; r++) {
        for (let c = box.col; c < box.col + box.cols; c++) if (r !== box.row || c !== box.col) expect([address, r, c, sheet.grid[r]?.[c]]).toEqual([address, r, c, undefined]);
      }
    }
  });
});

describe('Excel.run', () => {
  const g = globalThis as { Excel?: unknown };
  afterEach(() => {
    delete g.Excel;
  });

  it('by default, the batch that removes a half-written sheet waits out a cell edit (delayForCellEdit)', async () => {
    const wb = inputWorkbook();
    const before = wb.snapshot();
    const excel = new MockExcel(wb, { failAt: { sync: 3 } });
    g.Excel = { run: excel.run };

    await expect(writeReport(excel.context, quarterly())).rejects.toBeInstanceOf(ReportWriteError);

    expect(excel.runOptions).toEqual([{ delayForCellEdit: true }]);
    expect(wb.snapshot()).toEqual(before);
  });
});
