/**
 * The mock Excel refuses what Excel refuses (test/officejs/mockExcel.ts), so that an adapter
 * passing against it does not fail in Excel for a reason the mock let through.
 */
import { FakeWorkbook, MAX_ROW_HEIGHT_POINTS, MockExcel, REQUEST_BYTES_PER_OPERATION } from './mockExcel';

function withSheet(): { excel: MockExcel; wb: FakeWorkbook; sheet: Excel.Worksheet } {
  const wb = new FakeWorkbook();
  wb.addSheet('A', [['x']]);
  const excel = new MockExcel(wb);
  return { excel, wb, sheet: excel.context.workbook.worksheets.getItem('A') };
}

describe('the mock refuses what Excel refuses', () => {
  test('a row taller than 409 points, or negative, fails its request; 409 is fine', async () => {
    const { excel, sheet } = withSheet();
    sheet.getRanges('1:2').format.rowHeight = MAX_ROW_HEIGHT_POINTS;
    await expect(excel.context.sync()).resolves.toBeUndefined();
    sheet.getRanges('3:3').format.rowHeight = 409.5;
    await expect(excel.context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
    sheet.getRange('A4').format.rowHeight = -1;
    await expect(excel.context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  test('a request heavier than the limit is refused whole: nothing in it is applied', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet('A');
    const excel = new MockExcel(wb, { requestLimit: 10_000 });
    const sheet = excel.context.workbook.worksheets.getItem('A');
    sheet.getRange('A1:A2').values = [['nhỏ'], ['x']];
    await excel.context.sync();
    sheet.getRange('B1').values = [['y'.repeat(20_000)]];
    sheet.getRange('C1').values = [['z']];
    await expect(excel.context.sync()).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(wb.value(wb.sheet('A')!, 1, 1)).toBe('nhỏ');
    expect(wb.value(wb.sheet('A')!, 1, 2)).toBeUndefined();
    expect(wb.value(wb.sheet('A')!, 1, 3)).toBeUndefined();
    expect(excel.refusals).toBe(1);
    expect(excel.requests[0]).toBeGreaterThan(REQUEST_BYTES_PER_OPERATION);
    expect(excel.requests[1]).toBeGreaterThan(20_000);
  });

  test('a multi-area address over 255 characters fails its request; getRange takes one area only', async () => {
    const { excel, sheet } = withSheet();
    const areas = Array.from({ length: 40 }, (_, i) => `A${i + 1}:B${i + 1}`).join(',');
    expect(areas.length).toBeGreaterThan(255);
    sheet.getRanges(areas.slice(0, areas.lastIndexOf(',', 255))).format.wrapText = true;
    await expect(excel.context.sync()).resolves.toBeUndefined();
    sheet.getRanges(areas).format.wrapText = true;
    await expect(excel.context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
    sheet.getRange('A1,B2').format.wrapText = true;
    await expect(excel.context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  test('a property read before load and sync is PropertyNotLoaded', async () => {
    const { excel } = withSheet();
    const sheets = excel.context.workbook.worksheets;
    expect(() => sheets.items).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    sheets.load('items/name');
    expect(() => sheets.items).toThrow(/read before load and sync/);
    await excel.context.sync();
    expect(sheets.items.map((s) => s.name)).toEqual(['A']);
    const used = sheets.items[0].getUsedRangeOrNullObject();
    used.load('rowCount');
    await excel.context.sync();
    expect(used.rowCount).toBe(1);
    expect(() => used.columnCount).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
  });

  test('members Excel lacks (or the mock does not model) are undefined to read and refused to set', () => {
    const { sheet } = withSheet();
    const range = sheet.getRange('A1') as unknown as Record<string, unknown>;
    expect(range.getCellProperties).toBeUndefined();
    expect(() => (sheet.getRange('A1') as unknown as { getCellProperties(): void }).getCellProperties()).toThrow(TypeError);
    // office-addin-mock's own helpers are not Excel's.
    for (const helper of ['sync', 'setValue', 'addMock', 'populate', '_properties']) expect(range[helper]).toBeUndefined();
    const format = sheet.getRange('A1').format as unknown as Record<string, unknown>;
    expect(() => (format.rowHeigth = 20)).toThrow(TypeError);
    expect(() => ((sheet as unknown as Record<string, unknown>).tabColour = 'red')).toThrow(TypeError);
    // RangeAreas has no values.
    expect(() => ((sheet.getRanges('A1,B2') as unknown as Record<string, unknown>).values = [['x']])).toThrow(TypeError);
  });

  test('merging keeps the value of the top-left cell only', async () => {
    const { excel, wb, sheet } = withSheet();
    sheet.getRange('A1:C2').values = [['a', 'b', 'c'], ['d', 'e', 'f']];
    sheet.getRange('A1:C2').merge(false);
    await excel.context.sync();
    const a = wb.sheet('A')!;
    expect([1, 2].map((r) => [1, 2, 3].map((c) => wb.value(a, r, c)))).toEqual([['a', undefined, undefined], [undefined, undefined, undefined]]);
    expect(a.merges).toEqual(['A1:C2']);
  });

  test('Excel.run in both forms, with the options recorded', async () => {
    const excel = new MockExcel(new FakeWorkbook());
    await excel.run(async () => undefined);
    await excel.run({ delayForCellEdit: true }, async () => undefined);
    expect(excel.runOptions).toEqual([null, { delayForCellEdit: true }]);
    expect(excel.contexts).toHaveLength(3);
  });
});
