/**
 * Which date system the workbook uses, for the custom functions (see `args.ts`): a date reaches
 * a function as the cell's bare serial number, 1,462 days smaller in a workbook that counts
 * from 1904 (Excel for Mac's old default) than in one that counts from 1900, and nothing in the
 * call says which. The functions run in the add-in's shared runtime (manifest: SharedRuntime),
 * which may call Excel's JavaScript API, so it asks Excel itself, with the same DATE(1904, 1, 2)
 * probe the reader uses (`adapters/officejs/dateSystem.ts`), once the host is ready.
 *
 * The answer comes after Excel may already have calculated some formulas (the functions are
 * synchronous and cannot wait for it). So when the workbook turns out to count from 1904, Excel
 * is asked for a full recalculation, and every TTHC formula is computed again with the right
 * dates. Known limit: a workbook whose date system is changed while it is open (File > Options >
 * Advanced) keeps the system it had when the add-in started until it is reopened.
 *
 * Typed by the members it uses rather than by office-js (see `adapters/officejs/dateSystem.ts`).
 */
import { type DateProbeContext, isDate1904, queueDateSystemProbe } from '../adapters/officejs/dateSystem';
import { setWorkbookDate1904, workbookDate1904 } from './args';

/** What the probe batch needs of a request context (an `Excel.RequestContext` has it). */
export interface DateSystemContext extends DateProbeContext {
  workbook: DateProbeContext['workbook'] & { application: { calculate(calculationType: 'Full'): void } };
  sync(): Promise<unknown>;
}

/** Runs a batch, as `Excel.run` does. */
export type DateSystemRun = <T>(batch: (context: DateSystemContext) => Promise<T>) => Promise<T>;

/** The page's office.js, as far as this file uses it. */
interface OfficeGlobals {
  Office?: { onReady?: () => Promise<{ host?: unknown } | undefined> };
  Excel?: { run(options: { delayForCellEdit: boolean }, batch: (context: DateSystemContext) => Promise<unknown>): Promise<unknown> };
}

/** `Excel.run` with `delayForCellEdit`, as the pane runs its batches (`adapters/officejs/run.ts`). */
const excelRun: DateSystemRun = <T>(batch: (context: DateSystemContext) => Promise<T>) => {
  const excel = (globalThis as OfficeGlobals).Excel;
  if (!excel) return Promise.reject(new Error('office.js has no Excel'));
  return excel.run({ delayForCellEdit: true }, batch) as Promise<T>;
};

/**
 * Asks Excel for the workbook's date system and sets it for the functions; when it differs from
 * what they assumed, has Excel recalculate everything. Resolves to whether it is 1904, or null
 * when Excel could not be asked (the functions then keep the 1900 system). Never rejects.
 */
export async function learnDateSystem(run: DateSystemRun = excelRun): Promise<boolean | null> {
  try {
    return await run(async (context) => {
      const probe = queueDateSystemProbe(context);
      await context.sync();
      const date1904 = isDate1904(probe);
      if (date1904 !== workbookDate1904()) {
        setWorkbookDate1904(date1904);
        // Results computed before the answer came used the other system: compute them again.
        context.workbook.application.calculate('Full');
        await context.sync();
      }
      return date1904;
    });
  } catch {
    return null;
  }
}

/** In Excel (not the preview page, not Node), learns the date system once office.js is ready. */
export function learnDateSystemWhenReady(run: DateSystemRun = excelRun): void {
  try {
    const office = (globalThis as OfficeGlobals).Office;
    if (!office || typeof office.onReady !== 'function') return;
    void Promise.resolve(office.onReady())
      .then((info) => (String(info?.host) === 'Excel' ? learnDateSystem(run) : null))
      .catch(() => undefined);
  } catch {
    // No usable office.js: the functions keep the 1900 system.
  }
}
