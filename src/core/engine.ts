import { computeIndicators } from './indicators';
import { parseInputs, ParseOptions, RawTables } from './inputs';
import { entriesForPeriod } from './periodData';
import { formatDay } from './days';
import { message } from './messages';
import { describePeriod } from './periods';
import { AgencyInfo, ALL_REPORTS, DayNumber, Language, Figures, IndicatorResult, Inputs, Issue, Narratives, Period, RawTable } from './types';

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
export function reportDataFor(inputs: Inputs, period: Period, report?: string, language: Language = 'vi'): ReportData {
  const byReport = entriesForPeriod(inputs.narratives, period) ?? {};
  const result = computeIndicators(inputs, period);
  return {
    result,
    figures: entriesForPeriod(inputs.figures, period) ?? {},
    narratives: (report !== undefined ? byReport[report] : undefined) ?? byReport[ALL_REPORTS] ?? {},
    info: inputs.info,
    issues: [...inputs.issues, ...emptyPeriodIssue(inputs, result.indicators.received, period, language)],
    inputs,
  };
}

/** A warning when the period holds no dossier at all: most often the wrong period was picked, not a quiet quarter. */
function emptyPeriodIssue(inputs: Inputs, received: number, period: Period, language: Language): Issue[] {
  if (received > 0 || inputs.dossiers.length === 0) return [];
  let first = inputs.dossiers[0].received;
  let last = first;
  for (const d of inputs.dossiers) {
    if (d.received < first) first = d.received;
    if (d.received > last) last = d.received;
  }
  return [emptyPeriodWarning(inputs.dossierSheet ?? 'HoSo', first, last, period, language)];
}

/** The empty-period warning of a log whose dossiers were received from `first` to `last`. */
export function emptyPeriodWarning(sheet: string, first: DayNumber, last: DayNumber, period: Period, language: Language): Issue {
  const params = { value: describePeriod(period), other: `${formatDay(first)}–${formatDay(last)}` };
  return { severity: 'warning', sheet, row: null, column: null, message: message('emptyPeriod', language, params), code: 'emptyPeriod' };
}

/** Raw tables to report data in one call: parse, validate, classify, count. */
export function analyse(tables: RawTables | readonly RawTable[], period: Period, options: ParseOptions = {}, report?: string): ReportData {
  return reportDataFor(parseInputs(tables, options), period, report, options.language);
}

export function hasErrors(issues: Issue[]): boolean {
  return issues.some((i) => i.severity === 'error');
}
