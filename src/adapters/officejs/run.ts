/** Starting an Office.js batch the way every part of the add-in does. */

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/**
 * `Excel.run` with `delayForCellEdit`: a batch that arrives while the user is typing in a cell
 * waits until the edit ends instead of failing (`Excel.RunOptions.delayForCellEdit`, ExcelApi
 * 1.11). On an older host office.js leaves the request flag unset (it checks the host's
 * `DelayForCellEdit` support itself), and the batch runs as it did without the option.
 */
export const excelRun: ExcelRun = (batch) => Excel.run({ delayForCellEdit: true }, batch);
