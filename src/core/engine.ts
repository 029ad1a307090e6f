import { computeIndicators } from './indicators';
import { parseInputs, ParseOptions, RawTables } from './inputs';
import { entriesForPeriod } from './periodData';
import { AgencyInfo, ALL_REPORTS, Figures, IndicatorResult, Inputs, Issue, Narratives, Period, RawTable } from './types';

/** What a report is made from: the indicators of a period and the typed-in figures, narrative and agency details. */
export interface ReportData {
  result: IndicatorResult;
  figures: Figures;
  narratives: Narratives;
  info: AgencyInfo;
  issues: Issue[];
  /** The parsed workbook, for the reports that list or score dossier by dossier (QĐ 766). */
  inputs: Inputs;
}

/**
 * The data of one report (`report`: its id, `quarterly`, `digitisation`…) for a period: the
 * period's figures and the narrative written for that report or for every report, never another
 * report's. Without a report id, only the narrative written for every report.
 */
export function reportDataFor(inputs: Inputs, period: Period, report?: string): ReportData {
  const byReport = entriesForPeriod(inputs.narratives, period) ?? {};
  return {
    result: computeIndicators(inputs, period),
    figures: entriesForPeriod(inputs.figures, period) ?? {},
    narratives: (report !== undefined ? byReport[report] : undefined) ?? byReport[ALL_REPORTS] ?? {},
    info: inputs.info,
    issues: inputs.issues,
    inputs,
  };
}

/** Raw tables to report data in one call: parse, validate, classify, count. */
export function analyse(tables: RawTables | readonly RawTable[], period: Period, options: ParseOptions = {}, report?: string): ReportData {
  return reportDataFor(parseInputs(tables, options), period, report);
}

export function hasErrors(issues: Issue[]): boolean {
  return issues.some((i) => i.severity === 'error');
}
