/**
 * HyperFormula baseline: the formula workbook of bench/formulas.ts built in
 * memory, then `HyperFormula.buildFromSheets` (which evaluates every formula)
 * and reading the Formulas sheet's values, timed.
 *
 * HyperFormula is GPL-3.0 (licenseKey 'gpl-v3'): it is a devDependency used
 * only here, as a baseline to measure against. It is never imported by src/
 * and never shipped in the add-in, the CLI or the preview.
 *
 * Run in its own process by bench/run.ts (a larger heap, and its memory does not
 * weigh on the other measurements):
 *   node -r ts-node/register/transpile-only bench/hyperformula.ts <rows> <period>
 * prints {"seconds", "buildSeconds", "valuesSeconds", "values", "formulaCells", "maxRssMB"}.
 */
import { HyperFormula } from 'hyperformula';
import { periodFromLabel } from '../src/core/periods';
import { hyperFormulaSheets } from './formulas';

export function runHyperFormula(n: number, periodLabel: string) {
  const period = periodFromLabel(periodLabel)!;
  const sheets = hyperFormulaSheets(n, period);
  let formulaCells = 0;
  for (const rows of Object.values(sheets)) for (const row of rows) for (const c of row) if (typeof c === 'string' && c.startsWith('=')) formulaCells++;
  global.gc?.();
  const t0 = process.hrtime.bigint();
  // Excel's sheet size; HyperFormula's default stops at 40,000 rows. Everything else is left at its defaults.
  const hf = HyperFormula.buildFromSheets(sheets, { licenseKey: 'gpl-v3', maxRows: 1_048_576, maxColumns: 16_384 });
  const t1 = process.hrtime.bigint();
  const values = hf.getSheetValues(hf.getSheetId('Formulas')!);
  const t2 = process.hrtime.bigint();
  const s = (a: bigint, b: bigint) => Number(b - a) / 1e9;
  return {
    seconds: s(t0, t2),
    buildSeconds: s(t0, t1),
    valuesSeconds: s(t1, t2),
    values: values.map((row) => row.map((v) => (typeof v === 'object' && v !== null ? String((v as { value?: unknown }).value ?? v) : v))),
    formulaCells,
    maxRssMB: process.resourceUsage().maxRSS / 1024,
  };
}

if (require.main === module) {
  const result = runHyperFormula(Number(process.argv[2]), process.argv[3] ?? '2024-Q2');
  process.stdout.write(`${JSON.stringify(result)}\n`);
}
