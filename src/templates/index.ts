/**
 * The report registry. Adding a report = one template module + one line here.
 *
 * A caller (CLI, task pane) picks a report, builds a `ReportContext` and writes
 * `report.render(ctx)` with a sheet writer (`writeSheetModel` for ExcelJS).
 */

import type { Language } from '../core/types';
import type { NarrativeSection, ReportContext } from './context';
import { DIGITISATION_FIGURE_KEYS, DIGITISATION_NARRATIVES, renderDigitisation } from './digitisation';
import { figureKeysOf } from './figureKeys';
import { formatDate, reportingQuarter, roman } from './format';
import { renderForm06 } from './form06';
import { QUARTERLY_FIGURE_KEYS, QUARTERLY_NARRATIVES, renderQuarterly } from './quarterly';
import { renderScore766 } from './score766';
import type { SheetModel } from './sheetModel';

export type { NarrativeSection, ReportContext } from './context';
export { FIGURE_KEYS } from './figureKeys';
export type { FigureKey } from './figureKeys';

export type ReportId = 'quarterly' | 'digitisation' | 'form06' | 'score766';

export interface ReportDefinition {
  id: ReportId;
  /** Name shown in the task pane and CLI help. */
  title(language: Language): string;
  render(ctx: ReportContext): SheetModel;
  /** `NoiDung` sections the report prints (a placeholder shows where one is missing). */
  narrativeSections: readonly NarrativeSection[];
  /** `SoLieu` keys the report prints (see `figureKeys.ts`). */
  figureKeys: readonly string[];
}

/** `2023-Q2`, or the dates of an explicit range, for sheet names (no `/` allowed there). */
function periodTag(ctx: ReportContext): string {
  const { period } = ctx.result;
  if (period.label) return period.label;
  return `${formatDate(period.from)}-${formatDate(period.to)}`.replace(/\//g, '.');
}

function sheetName(ctx: ReportContext, vi: string, en: string, tag = periodTag(ctx)): string {
  return `${ctx.language === 'en' ? en : vi} ${tag}`;
}

/** `II-2023`: the quarter a quarterly report covers. */
function quarterTag(ctx: ReportContext): string {
  const q = reportingQuarter(ctx.result.period);
  return `${roman(q.quarter)}-${q.year}`;
}

export const reports: readonly ReportDefinition[] = [
  {
    id: 'quarterly',
    title: (l) => (l === 'en' ? 'Quarterly TTHC control report' : 'Báo cáo kiểm soát TTHC quý'),
    render: (ctx) => renderQuarterly(ctx, sheetName(ctx, 'BC quý', 'Quarter', quarterTag(ctx))),
    narrativeSections: QUARTERLY_NARRATIVES,
    figureKeys: QUARTERLY_FIGURE_KEYS,
  },
  {
    id: 'digitisation',
    title: (l) => (l === 'en' ? 'Digitisation report (Decree 107, Decision 468)' : 'Báo cáo số hóa (NĐ 107, QĐ 468)'),
    render: (ctx) => renderDigitisation(ctx, sheetName(ctx, 'BC số hóa', 'Digitisation')),
    narrativeSections: DIGITISATION_NARRATIVES,
    figureKeys: DIGITISATION_FIGURE_KEYS,
  },
  {
    id: 'form06',
    title: (l) => (l === 'en' ? 'Form 06: TTHC dossier results' : 'Biểu 06: kết quả giải quyết TTHC'),
    render: (ctx) => renderForm06(ctx, sheetName(ctx, 'Biểu 06', 'Form 06')),
    narrativeSections: [],
    figureKeys: [],
  },
  {
    id: 'score766',
    title: (l) => (l === 'en' ? 'Decision 766 service-quality scores' : 'Điểm Bộ chỉ số 766'),
    render: (ctx) => renderScore766(ctx, sheetName(ctx, 'Điểm 766', 'Scores 766')),
    narrativeSections: [],
    figureKeys: figureKeysOf('score766'),
  },
];

export const REPORT_IDS: readonly ReportId[] = reports.map((r) => r.id);

export function findReport(id: string): ReportDefinition | undefined {
  return reports.find((r) => r.id === id);
}

/** Renders report `id` (one of `REPORT_IDS`) for the context. */
export function renderReport(id: ReportId, ctx: ReportContext): SheetModel {
  const report = findReport(id);
  if (!report) throw new Error(`Unknown report: ${id}`);
  return report.render(ctx);
}
