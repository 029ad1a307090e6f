/**
 * Form 06's total row within Excel's limits: no more than 255 arguments to a function and 8,192
 * characters to a formula, and a catalogue of 10,000+ procedures rendered without a call-stack
 * overflow (no spread of a row list into a call).
 */
import { renderReport } from '../../src/templates';
import { FORM06_COLUMNS, totalFormula } from '../../src/templates/form06';
import type { Procedure, ReportedCounts } from '../../src/core/types';
import type { SheetModel } from '../../src/templates/sheetModel';
import { counts, quarterlyContext } from '../helpers/indicatorFixture';
import { findCell, rowCells } from './modelText';

/** The top-level arguments of `SUM(…)`, split at commas outside parentheses. */
function sumArguments(formula: string): string[] {
  const inner = /^SUM\((.*)\)$/.exec(formula)![1];
  const args: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < inner.length; i++) {
    if (inner[i] === '(') depth++;
    else if (inner[i] === ')') depth--;
    else if (inner[i] === ',' && depth === 0) {
      args.push(inner.slice(start, i));
      start = i + 1;
    }
  }
  args.push(inner.slice(start));
  return args;
}

/** Every SUM in a formula, nested ones included, has at most 255 arguments. */
function everySumWithinLimit(formula: string): boolean {
  return sumArguments(formula).every((arg) => (arg.startsWith('SUM(') ? everySumWithinLimit(arg) : /^[A-Z]+\d+(:[A-Z]+\d+)?$/.test(arg))) && sumArguments(formula).length <= 255;
}

/** The model's numbers by "row:col", looked up by `evaluate`. */
const numbersOf = (model: SheetModel): Map<string, number> =>
  new Map(model.cells.filter((c) => typeof c.value === 'number').map((c) => [`${c.row}:${c.col}`, c.value as number]));

/** The value of a SUM formula over the model's cells (blank or text counts 0, as in Excel). */
function evaluate(formula: string, model: SheetModel, numbers = numbersOf(model)): number {
  const at = (ref: string) => /^([A-Z]+)(\d+)$/.exec(ref)!;
  const valueAt = (col: string, row: number) => {
    const colNumber = [...col].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    return numbers.get(`${row}:${colNumber}`) ?? 0;
  };
  return sumArguments(formula).reduce((sum, arg) => {
    if (arg.startsWith('SUM(')) return sum + evaluate(arg, model, numbers);
    const [a, b = a] = arg.split(':');
    const [, col, first] = at(a);
    const [, , last] = at(b);
    let s = 0;
    for (let r = Number(first); r <= Number(last); r++) s += valueAt(col, r);
    return sum + s;
  }, 0);
}

describe('the total formula', () => {
  test('sums scattered rows as references and consecutive rows as one range', () => {
    expect(totalFormula('C', [10, 15])).toBe('SUM(C10,C15)');
    expect(totalFormula('D', [10, 11, 12, 20, 22, 23])).toBe('SUM(D10:D12,D20,D22:D23)');
    expect(totalFormula('C', [])).toBeUndefined();
  });

  test('past 255 arguments, nests sums of at most 255', () => {
    const rows = Array.from({ length: 600 }, (_, i) => 10 + 3 * i);
    const formula = totalFormula('C', rows)!;
    expect(formula.startsWith('SUM(SUM(C10,C13,')).toBe(true);
    expect(sumArguments(formula)).toHaveLength(3);
    expect(everySumWithinLimit(formula)).toBe(true);
    expect(formula.length).toBeLessThan(8_192);
  });

  test('a formula longer than Excel takes is left out (the total is then its value only)', () => {
    const rows = Array.from({ length: 2_000 }, (_, i) => 10_000 + 2 * i);
    expect(totalFormula('C', rows)).toBeUndefined();
  });
});

describe('form 06 of 10,000 procedures in 300 fields', () => {
  const ctx = quarterlyContext();
  const base = ctx.result.procedures[0];
  const procedures: Procedure[] = Array.from({ length: 10_000 }, (_, i) => ({ ...base, code: `P${i}`, name: `Thủ tục số ${i + 1}`, field: `Lĩnh vực ${i % 300}`, row: i + 2 }));
  const byField: Record<string, ReportedCounts> = { ...ctx.result.byField };
  for (let f = 0; f < 300; f++) byField[`Lĩnh vực ${f}`] = counts({ received: f + 1, newOnline: f + 1, resolved: f, resolvedOnTime: f, pending: 1, pendingInTime: 1 });
  const model = renderReport('form06', { ...ctx, result: { ...ctx.result, procedures, byField } });
  const totalRow = findCell(model, 'Tổng cộng')!.row;

  test('renders (over 130,000 cells, no call-stack overflow)', () => {
    expect(model.cells.length).toBeGreaterThan(130_000);
    expect(Object.keys(model.rowHeights).length).toBeGreaterThan(10_000);
  });

  test('its total row sums the 300+ field rows in nested SUMs Excel accepts, equal to the totals written', () => {
    const totals = rowCells(model, totalRow).slice(1);
    expect(totals).toHaveLength(FORM06_COLUMNS.length);
    for (const cell of totals) {
      const formula = cell.formula!;
      expect(formula).toMatch(/^SUM\(SUM\(/);
      expect(everySumWithinLimit(formula)).toBe(true);
      expect(formula.length).toBeLessThan(8_192);
      expect([cell.col, evaluate(formula, model)]).toEqual([cell.col, cell.value]);
    }
    expect(totals[0].value).toBeGreaterThanOrEqual((300 * 301) / 2);
  });
});
