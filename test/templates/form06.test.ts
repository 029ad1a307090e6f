import { renderReport } from '../../src/templates';
import { FORM06_COLUMNS, form06Rows } from '../../src/templates/form06';
import { NAMES, quarterlyContext, quarterlyResult } from '../helpers/indicatorFixture';
import { findCell, rowCells } from './modelText';

const model = renderReport('form06', quarterlyContext());
const numberingRow = findCell(model, '(13)')!.row;
const totalRow = findCell(model, 'Tổng cộng')!.row;
const headerTop = model.cells.find((c) => c.value === 'STT')!.row;

describe('form 06 (Biểu số 06/VPCP/KSTT), Quý II/2023', () => {
  test('is an A4 landscape sheet of 13 columns', () => {
    expect(model.columnWidths).toHaveLength(13);
    expect(model.page).toMatchObject({ paperSize: 'A4', orientation: 'landscape', fitToWidth: true });
    expect(findCell(model, 'Biểu số 06/VPCP/KSTT')).toBeDefined();
    expect(findCell(model, 'Kỳ báo cáo: Quý II/2023 (từ ngày 15/3/2023 đến ngày 14/6/2023)')).toBeDefined();
  });

  test('has a two-level merged header over the count columns', () => {
    const groupRow = findCell(model, 'Số hồ sơ nhận giải quyết')!.row;
    expect(model.merges).toEqual(expect.arrayContaining([
      { top: groupRow, left: 1, bottom: groupRow + 1, right: 1 },
      { top: groupRow, left: 2, bottom: groupRow + 1, right: 2 },
      { top: groupRow, left: 3, bottom: groupRow, right: 6 },
      { top: groupRow, left: 7, bottom: groupRow, right: 10 },
      { top: groupRow, left: 11, bottom: groupRow, right: 13 },
    ]));
    expect(rowCells(model, groupRow + 1).map((c) => c.value)).toEqual(FORM06_COLUMNS.map((c) => c.label));
  });

  test('numbers its columns (1) to (13) and repeats the header on every printed page', () => {
    expect(rowCells(model, numberingRow).map((c) => c.value)).toEqual(Array.from({ length: 13 }, (_, i) => `(${i + 1})`));
    expect(model.page.printTitleRows).toBe(`${headerTop}:${numberingRow}`);
  });

  test('lists each field in bold with a Roman number, then its procedures', () => {
    const field = rowCells(model, numberingRow + 1);
    expect(field.slice(0, 3).map((c) => c.value)).toEqual(['I', 'Lãnh sự', 10]);
    expect(field[1].style?.bold).toBe(true);
    const first = rowCells(model, numberingRow + 2);
    expect(first.map((c) => c.value)).toEqual(['1', NAMES.passport, 4, 2, 0, 2, 3, 3, 0, 0, 1, 1, 0]);
    expect(first[1].style?.bold).toBeFalsy();
    expect(findCell(model, 'Hội nghị, hội thảo quốc tế')?.style?.bold).toBe(true);
  });

  test('the total row is the sum of the field rows and equals the period totals', () => {
    const rows = form06Rows(quarterlyResult());
    const fields = rows.filter((r) => r.kind === 'field');
    const totals = rowCells(model, totalRow).slice(1);
    const sums = FORM06_COLUMNS.map((_, i) => fields.reduce((s, r) => s + r.counts[i]!, 0));
    expect(totals.map((c) => c.value)).toEqual(sums);
    expect(sums).toEqual([14, 9, 0, 5, 10, 10, 0, 0, 4, 4, 0]);
    expect(totals[0].formula).toMatch(/^SUM\(C\d+(,C\d+)*\)$/);
  });

  test('every table cell has a border on all sides', () => {
    const tableCells = model.cells.filter((c) => c.row >= headerTop && c.row <= totalRow);
    for (const cell of tableCells) {
      expect(cell.style?.border).toEqual({ top: 'thin', bottom: 'thin', left: 'thin', right: 'thin' });
    }
  });

  test('a procedure no longer in force still shows the dossiers it had', () => {
    const result = quarterlyResult();
    const [, ...rest] = result.procedures;
    result.procedures = rest; // NV01 (passport) left the catalogue, its dossiers stay
    const rows = form06Rows(result);
    expect(rows.find((r) => r.label === NAMES.passport)?.counts[0]).toBe(4);
  });
});
