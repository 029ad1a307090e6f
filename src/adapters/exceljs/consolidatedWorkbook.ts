/**
 * The consolidated report as a workbook (ExcelJS), the same for the CLI (`consolidate -o
 * out.xlsx`) and the preview page's download: the table by unit and the summary, then the
 * `DonVi` sheet of every name found and the unit and level it was taken for, for the user to
 * correct and give back as one of the inputs.
 */
import type ExcelJS from 'exceljs';
import type { Consolidation } from '../../core/consolidation';
import { UNIT_SHEET, unitSheetOf } from '../../core/units';
import type { ConsolidatedReport } from '../../templates/consolidated';
import { writeInputSheets } from './writeInputs';
import { writeSheetModel } from './writeSheet';

/** Writes the report's two sheets and the `DonVi` sheet of `names` into `workbook` (a new one, as a rule). */
export function writeConsolidatedWorkbook(workbook: ExcelJS.Workbook, report: ConsolidatedReport, names: Consolidation['names']): void {
  for (const sheet of report.sheets) writeSheetModel(workbook, sheet);
  const donVi = unitSheetOf(names);
  writeInputSheets(workbook, [{ name: UNIT_SHEET, titles: [], header: donVi.header, rows: donVi.rows, columnWidths: donVi.columnWidths }]);
}
