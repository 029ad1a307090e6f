/** The Office.js adapter: reads the input tables and writes report sheets in the open workbook. */

export { readTables, ReadTablesError } from './readTables';
export type { ReadTablesOptions } from './readTables';
export { excelRun } from './run';
export type { ExcelRun } from './run';
export { writeReport, ReportWriteError } from './writeReport';
export type { WriteReportOptions, WriteReportResult } from './writeReport';
