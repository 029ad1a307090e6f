import { formatGroups, rectangles } from '../../src/adapters/officejs/formatGroups';
import { needsTextFormat } from '../../src/adapters/officejs/textCells';
import { planSheetWrite } from '../../src/adapters/officejs/writePlan';
import type { CellModel, CellStyle, SheetModel } from '../../src/templates/sheetModel';

const BOX: CellStyle = { border: { top: 'thin', bottom: 'thin', left: 'thin', right: 'thin' } };

function model(cells: CellModel[], extra: Partial<SheetModel> = {}): SheetModel {
  return {
    name: 'Báo cáo',
    columnWidths: [10, 10, 10, 10],
    rowHeights: {},
    cells,
    merges: [],
    page: {
      paperSize: 'A4',
      orientation: 'portrait',
      margins: { top: 20, bottom: 20, left: 30, right: 15, header: 10, footer: 10 },
      fitToWidth: true,
      printArea: 'A1:D10',
    },
    defaultFont: { name: 'Times New Roman', size: 14 },
    ...extra,
  };
}

describe('text cells', () => {
  it('protect text Excel would read as a formula', () => {
    for (const text of ['=1+1', '+A1', '-3', '@x', '- Như trên;']) expect(needsTextFormat(text)).toBe(true);
  });

  it('protect short text Excel would read as a number, date, percentage or boolean', () => {
    for (const text of ['08', '05/05', '100%', '1.234', '14/6/2023', 'TRUE']) expect(needsTextFormat(text)).toBe(true);
  });

  it('leave plain words and long prose alone', () => {
    expect(needsTextFormat('Nơi nhận:')).toBe(false);
    expect(needsTextFormat(`        Trong quý, Sở đã tiếp nhận 1.234 hồ sơ ${'và giải quyết đúng hạn '.repeat(5)}`)).toBe(false);
  });
});

describe('format groups', () => {
  it('gather equal cells into rectangles: runs along rows, stacked down', () => {
    const cells = [
      { row: 1, col: 1 }, { row: 1, col: 2 }, { row: 2, col: 1 }, { row: 2, col: 2 },
      { row: 3, col: 1 }, { row: 5, col: 4 },
    ];
    expect(rectangles(cells)).toEqual([
      { top: 1, left: 1, bottom: 2, right: 2 },
      { top: 3, left: 1, bottom: 3, right: 1 },
      { top: 5, left: 4, bottom: 5, right: 4 },
    ]);
  });

  it('give a boxed table the lines between its rows and columns', () => {
    const cells: CellModel[] = [];
    for (let row = 1; row <= 3; row++) for (let col = 1; col <= 4; col++) cells.push({ row, col, value: row * col, style: BOX });
    const groups = formatGroups(model(cells));
    expect(groups).toHaveLength(1);
    expect(groups[0].rects).toEqual([{ top: 1, left: 1, bottom: 3, right: 4 }]);
    expect(groups[0].insideHorizontal).toBe('thin');
    expect(groups[0].insideVertical).toBe('thin');
  });

  it('format a merged range whole, outlined by its top-left cell border, skipping its hidden cells', () => {
    const cells: CellModel[] = [
      { row: 1, col: 1, value: 'Tiêu đề', style: { ...BOX, bold: true } },
      { row: 1, col: 2, value: null, style: { italic: true } },
    ];
    const groups = formatGroups(model(cells, { merges: [{ top: 1, left: 1, bottom: 2, right: 3 }] }));
    expect(groups).toHaveLength(1);
    expect(groups[0].rects).toEqual([{ top: 1, left: 1, bottom: 2, right: 3 }]);
    expect(groups[0].format).toMatchObject({ bold: true, border: BOX.border });
    expect(groups[0].insideHorizontal).toBeUndefined();
  });

  it('fall back to the default font, as the ExcelJS writer does', () => {
    const [group] = formatGroups(model([{ row: 1, col: 1, value: 'x' }]));
    expect(group.format).toEqual({ fontName: 'Times New Roman', fontSize: 14 });
  });
});

describe('write plan', () => {
  it('writes values, number formats and formulas as whole-rectangle arrays from A1', () => {
    const plan = planSheetWrite(
      model([
        { row: 1, col: 1, value: 'Số liệu' },
        { row: 2, col: 2, value: 0.5, style: { numberFormat: '0%' } },
        { row: 3, col: 3, value: 3, formula: 'SUM(B2:B2)' },
        { row: 2, col: 1, value: '=1+1' },
      ]),
    );
    expect(plan.content!.address).toBe('A1:C3');
    expect(plan.content!.values).toEqual([
      ['Số liệu', null, null],
      ['=1+1', 0.5, null],
      [null, null, null],
    ]);
    expect(plan.content!.numberFormats).toEqual([
      [null, null, null],
      ['@', '0%', null],
      [null, null, null],
    ]);
    expect(plan.content!.formulas).toEqual([
      [null, null, null],
      [null, null, null],
      [null, null, '=SUM(B2:B2)'],
    ]);
  });

  it('groups rows and columns by size and converts page margins to points', () => {
    const plan = planSheetWrite(model([{ row: 1, col: 1, value: 'x' }], { rowHeights: { 1: 20, 2: 20, 3: 30, 5: 20 }, columnWidths: [5, 5, 34, 5] }));
    expect(plan.rowHeights).toEqual([
      { points: 20, addresses: ['1:2,5:5'] },
      { points: 30, addresses: ['3:3'] },
    ]);
    expect(plan.columnWidths).toEqual([
      { points: 26.25, addresses: ['A:B,D:D'] },
      { points: 178.5, addresses: ['C:C'] },
    ]);
    expect(plan.defaultFontColumns).toBe('A:D');
    expect(plan.page.margins).toEqual({ top: 56.69, bottom: 56.69, left: 85.04, right: 42.52, header: 28.35, footer: 28.35 });
    expect(plan.page.orientation).toBe('Portrait');
  });

  it('has no content to write for a model without values', () => {
    expect(planSheetWrite(model([{ row: 1, col: 1, value: null, style: BOX }])).content).toBeNull();
  });
});
