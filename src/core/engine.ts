import { computeIndicators } from './indicators';
import { parseInputs, ParseOptions, RawTables } from './inputs';
import { entriesForPeriod } from './periodData';
import { AgencyInfo, Figures, IndicatorResult, Inputs, Issue, Narratives, Period, RawTable } from './types';

/** What a report is made from: the indicators of a period and the typed-in figures, narrative and agency details. */
export interface ReportData {
  result: IndicatorResult;
  figures: Figures;
  narratives: Narratives;
  info: AgencyInfo;
  issues: Issue[];
}

export function reportDataFor(inputs: Inputs, period: Period): ReportData {
  return {
    result: computeIndicators(inputs, period),
    figures: entriesForPeriod(inputs.figures, period) ?? {},
    narratives: entriesForPeriod(inputs.narratives, period) ?? {},
    info: inputs.info,
    issues: inputs.issues,
  };
}

/** Raw tables to report data in one call: parse, validate, classify, count. */
export function analyse(tables: RawTables | readonly RawTable[], period: Period, options: ParseOptions = {}): ReportData {
  return reportDataFor(parseInputs(tables, options), period);
}

export function hasErrors(issues: Issue[]): boolean {
  return issues.some((i) => i.severity === 'error');
}
