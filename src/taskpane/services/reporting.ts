/**
 * The engine as both task pane services use it: raw tables in, report data, headline figures,
 * a rendered sheet model and indicator series out. No Office, ExcelJS or React here.
 */
import { analyse, hasErrors, reportDataFor, type ReportData } from '../../core/engine';
import { parseInputs, type RawTables } from '../../core/inputs';
import type { AgencyInfo, DayNumber, IndicatorResult, Issue, Language, Period } from '../../core/types';
import { issueDateFor } from '../../core/issueDate';
import { renderReport, type ReportId } from '../../templates';
import type { SheetModel } from '../../templates/sheetModel';

/** The four figures the pane shows after a report is made. */
export interface Headline {
  received: number;
  resolved: number;
  onTimeRate: number | null;
  onlineShare: number | null;
  /** Dossiers digitised among those resolved (`dossierDigitisationRate`). */
  digitisationRate: number | null;
}

export function headlineOf(result: IndicatorResult): Headline {
  const i = result.indicators;
  return {
    received: i.received,
    resolved: i.resolved,
    onTimeRate: i.onTimeRate,
    onlineShare: i.onlineShare,
    digitisationRate: i.dossierDigitisationRate,
  };
}

/** The data of report `report` (its id) for the period: its own narrative, never another report's. */
export function analyseTables(tables: RawTables, period: Period, language: Language, today: DayNumber, report?: ReportId): ReportData {
  return analyse(tables, period, { language, today }, report);
}

export { hasErrors };

/**
 * The report's sheet model. `info` is the agency details as the form holds them (typed-in
 * edits count even before they are saved to ThongTin); the report is dated by their issue date,
 * else `today`.
 */
export function renderFor(id: ReportId, data: ReportData, info: AgencyInfo | undefined, language: Language, today: DayNumber): SheetModel {
  const agency = info ?? data.info;
  return renderReport(id, {
    result: data.result,
    figures: data.figures,
    narratives: data.narratives,
    info: agency,
    issueDate: issueDateFor(agency, today),
    language,
    inputs: data.inputs,
  });
}

/** One period's rates and counts, for the Indicators tab. */
export interface IndicatorPoint {
  period: Period;
  received: number;
  resolved: number;
  onTimeRate: number | null;
  onlineShare: number | null;
  digitisationRate: number | null;
}

/** The indicators of several periods from one parse of the tables. */
export function indicatorSeries(tables: RawTables, periods: readonly Period[], language: Language, today: DayNumber): { points: IndicatorPoint[]; issues: Issue[] } {
  const inputs = parseInputs(tables, { language, today });
  const points = periods.map((period) => {
    const h = headlineOf(reportDataFor(inputs, period).result);
    return { period, ...h };
  });
  return { points, issues: inputs.issues };
}

/** What the Data tab shows after a check: how much was read, and every issue. */
export interface DataCheck {
  procedures: number;
  dossiers: number;
  /** Input tables found, by name (`TTHC` → the sheet it was read from). */
  tables: { name: string; sheet: string }[];
  issues: Issue[];
}

export function checkTables(tables: RawTables, language: Language, today: DayNumber): DataCheck {
  const inputs = parseInputs(tables, { language, today });
  const found = Object.entries(tables)
    .filter((entry): entry is [string, NonNullable<(typeof entry)[1]>] => entry[1] !== undefined)
    .map(([name, table]) => ({ name, sheet: table.sheet }));
  return { procedures: inputs.procedures.length, dossiers: inputs.dossiers.length, tables: found, issues: inputs.issues };
}

/** The agency details (ThongTin) of the tables, or null when the workbook has no ThongTin. */
export function agencyInfoOf(tables: RawTables): AgencyInfo | null {
  if (!tables.ThongTin) return null;
  return parseInputs({ ThongTin: tables.ThongTin }).info;
}
