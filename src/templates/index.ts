/**
 * The report registry. Adding a report = one template module + one line here.
 *
 * A caller (CLI, task pane) picks a report, builds a `ReportContext` and writes
 * `report.render(ctx)` with a sheet writer (`writeSheetModel` for ExcelJS).
 */

import { namedPeriod } from '../core/periodNames';
import type { Language } from '../core/types';
import type { NarrativeSection, ReportContext } from './context';
import { DIGITISATION_FIGURE_KEYS, DIGITISATION_NARRATIVES, renderDigitisation } from './digitisation';
import { figureKeysOf } from './figureKeys';
import { formatDate, roman } from './format';
import { renderForm06 } from './form06';
import { renderOverdueList } from './overdueList';
import { renderProceduresByLevel } from './proceduresByLevel';
import { QUARTERLY_FIGURE_KEYS, QUARTERLY_NARRATIVES, renderQuarterly } from './quarterly';
import { renderScore766 } from './score766';
import type { SheetModel } from './sheetModel';

export type { NarrativeSection, ReportContext } from './context';
export { FIGURE_KEYS } from './figureKeys';
export { reportIssuesOf, warningsOf } from './context';
export type { FigureKey } from './figureKeys';

export type ReportId = 'quarterly' | 'digitisation' | 'form06' | 'score766' | 'proceduresByLevel' | 'overdueList';

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

/**
 * The periodic report's sheet name from its period: `BC quý II-2023`, `BC 6 tháng đầu 2023`,
 * `BC 9 tháng 2023`, `BC năm 2023`, `BC tháng 6-2026`, or the dates of a range
 * (`Quarter II-2023`, `H1 2023`, `9M 2023`, `Year 2023`, `Month 6-2026` in English).
 */
function periodicSheetName(ctx: ReportContext): string {
  const named = namedPeriod(ctx.result.period);
  const en = ctx.language === 'en';
  switch (named.kind) {
    case 'quarter': return `${en ? 'Quarter' : 'BC quý'} ${roman(named.quarter)}-${named.year}`;
    case 'half': return en ? `H${named.half} ${named.year}` : `BC 6 tháng ${named.half === 1 ? 'đầu' : 'cuối'} ${named.year}`;
    case 'nineMonths': return `${en ? '9M' : 'BC 9 tháng'} ${named.year}`;
    case 'year': return `${en ? 'Year' : 'BC năm'} ${named.year}`;
    case 'month': return `${en ? 'Month' : 'BC tháng'} ${named.month}-${named.year}`;
    default: return sheetName(ctx, 'BC', 'Report');
  }
}

export const reports: readonly ReportDefinition[] = [
  {
    id: 'quarterly',
    title: (l) => (l === 'en' ? 'Periodic TTHC control report (quarter, 6 or 9 months, year)' : 'Báo cáo kiểm soát TTHC định kỳ (quý, 6 tháng, 9 tháng, năm)'),
    render: (ctx) => renderQuarterly({ ...ctx, report: 'quarterly' }, periodicSheetName(ctx)),
    narrativeSections: QUARTERLY_NARRATIVES,
    figureKeys: QUARTERLY_FIGURE_KEYS,
  },
  {
    id: 'digitisation',
    title: (l) => (l === 'en' ? 'Digitisation report (Decree 118/2025; 107/2021 before 07/2025)' : 'Báo cáo số hóa hồ sơ (NĐ 118/2025; NĐ 107/2021 trước 7/2025)'),
    render: (ctx) => renderDigitisation({ ...ctx, report: 'digitisation' }, sheetName(ctx, 'BC số hóa', 'Digitisation')),
    narrativeSections: DIGITISATION_NARRATIVES,
    figureKeys: DIGITISATION_FIGURE_KEYS,
  },
  {
    id: 'form06',
    title: (l) => (l === 'en' ? 'Form 06: TTHC dossier results' : 'Biểu 06: kết quả giải quyết TTHC'),
    render: (ctx) => renderForm06({ ...ctx, report: 'form06' }, sheetName(ctx, 'Biểu 06', 'Form 06')),
    narrativeSections: [],
    figureKeys: [],
  },
  {
    id: 'score766',
    title: (l) => (l === 'en' ? 'Decision 766 service-quality scores' : 'Điểm Bộ chỉ số 766'),
    render: (ctx) => renderScore766({ ...ctx, report: 'score766' }, sheetName(ctx, 'Điểm 766', 'Scores 766')),
    narrativeSections: [],
    figureKeys: figureKeysOf('score766'),
  },
  {
    id: 'proceduresByLevel',
    title: (l) => (l === 'en' ? 'Number of procedures by level' : 'Tổng hợp số lượng TTHC'),
    render: (ctx) => renderProceduresByLevel({ ...ctx, report: 'proceduresByLevel' }, sheetName(ctx, 'Số lượng TTHC', 'Procedures')),
    narrativeSections: [],
    figureKeys: [],
  },
  {
    id: 'overdueList',
    title: (l) => (l === 'en' ? 'Overdue dossiers' : 'Danh sách hồ sơ quá hạn'),
    render: (ctx) => renderOverdueList({ ...ctx, report: 'overdueList' }, sheetName(ctx, 'HS quá hạn', 'Overdue')),
    narrativeSections: [],
    figureKeys: [],
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
