/** What every report template is given to render. */

import type { RegimeSettings } from '../core/legalRegimes';
import type { Inputs, Issue, AgencyInfo, DayNumber, Figures, IndicatorResult, Language, Narratives } from '../core/types';
import type { DocumentModel } from './document';
import type { SheetModel } from './sheetModel';

export interface ReportContext {
  /** Indicators, per-field and per-procedure counts for the period. */
  result: IndicatorResult;
  /** `SoLieu` figures of the period (see `figureKeys.ts`). */
  figures: Figures;
  /** `NoiDung` paragraphs of the period, by section (`I.7`, `II`, `III`…). */
  narratives: Narratives;
  /** `ThongTin`: agency, signer, recipients. */
  info: AgencyInfo;
  /** The date printed on the document. */
  issueDate: DayNumber;
  /** Only picks the sheet name's language; the report text is always Vietnamese. */
  language: Language;
  /** The parsed workbook, for reports that go dossier by dossier (the QĐ 766 estimate); without it they work from the counts. */
  inputs?: Inputs;
  /**
   * The report being rendered (`quarterly`…), so a placeholder can say which `Báo cáo` to type
   * a narrative under; the registry sets it.
   */
  report?: string;
  /**
   * Unconfirmed facts of the period's legal regime (DOMAIN-2026 §6), e.g. from `ThongTin`;
   * each absent one keeps the regime's default (`src/core/legalRegimes.ts`).
   */
  regimeSettings?: Partial<RegimeSettings>;
  /**
   * `ThongTin`'s code line over form 06 ("Biểu số 06/VPCP/KSTT …"); the regime's
   * `form06CodeLine` when absent or empty. Also read from `info.formCodeLine` once `AgencyInfo` has it.
   */
  formCodeLine?: string;
}

/**
 * A rendered report: the sheet, and what the user should know about it before sending it
 * (provisional figures, a period across a change of law, outdated words in `NoiDung`). The
 * CLI and the task pane show `warnings`; they are never printed on the sheet.
 */
export interface ReportModel extends SheetModel {
  warnings: string[];
  /** The same report as a document (header block, paragraphs, tables, closing block), for the Word writer. */
  document?: DocumentModel;
  /** Cells of the input tables the report points at (the dossiers that cost QĐ 766 points): go-to-cell in Excel. */
  located?: Issue[];
}

/** The warnings a rendered report carries (none for a model without them). */
export function warningsOf(model: SheetModel): string[] {
  const warnings = (model as Partial<ReportModel>).warnings;
  return Array.isArray(warnings) ? warnings : [];
}

/** A report's warnings (figures still provisional, a period across 01/07/2025…) as issues on its sheet, for the lists the CLI and the pane show. */
export function reportIssuesOf(model: SheetModel): Issue[] {
  const notes: Issue[] = warningsOf(model).map((message) => ({ severity: 'warning', sheet: model.name, row: null, column: null, message, code: 'reportNote' }));
  const located = (model as Partial<ReportModel>).located;
  return Array.isArray(located) ? [...notes, ...located] : notes;
}

/** The form-06 code line `ThongTin` gives, from the context or the agency info; undefined when none. */
export function formCodeLineOf(ctx: ReportContext): string | undefined {
  const line = ctx.formCodeLine ?? ctx.info.formCodeLine;
  return line && line.trim() !== '' ? line.trim() : undefined;
}

/** A section whose narrative comes from `NoiDung`. */
export interface NarrativeSection {
  /** The value of the `Mục` column. */
  section: string;
  /** The section heading, to guide the user. */
  title: string;
  /** Printed only when written (an `optional narrative`): left blank, the report shows no placeholder. */
  optional?: boolean;
}
