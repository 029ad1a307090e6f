/**
 * The workbook's date system, asked of Excel's own DATE function (`Workbook.functions`, ExcelApi
 * 1.2): its year "is a number from 1900 or 1904 (depending on the workbook's date system)"
 * (Excel.Functions.date), so DATE(1904, 1, 2) is serial 1 in a 1904 workbook and 1463 otherwise.
 * `Workbook.use1904DateSystem` would say it directly, but it is in no released requirement set
 * (preview only, absent from @types/office-js), so hosts lack it. A host that cannot evaluate
 * the function gives no value: read as the 1900 system, Excel's default.
 *
 * Used by the reader (`readTables.ts`) and by the custom functions (`functions/dateSystem.ts`).
 * Typed by the members it uses (an `Excel.RequestContext` has them), not by office-js, so the
 * custom functions still compile where office-js's types are absent (the CLI build, which runs
 * them for the sample's formula sheet).
 */

/** The result of `workbook.functions.date(…)` (an `Excel.FunctionResult<number>`). */
export interface DateProbe {
  load(propertyNames: 'value'): unknown;
  readonly value: unknown;
}

/** What the probe needs of a request context. */
export interface DateProbeContext {
  workbook: { functions: { date(year: number, month: number, day: number): DateProbe } };
}

/** Queues the question; read the answer with `isDate1904` after the next sync. */
export function queueDateSystemProbe(context: DateProbeContext): DateProbe {
  const result = context.workbook.functions.date(1904, 1, 2);
  result.load('value');
  return result;
}

/** Whether the synced probe found the 1904 date system. */
export function isDate1904(probe: DateProbe): boolean {
  return probe.value === 1;
}
