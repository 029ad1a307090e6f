/** What every report template is given to render. */

import type { AgencyInfo, DayNumber, Figures, IndicatorResult, Language, Narratives } from '../core/types';

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
}

/** A section whose narrative comes from `NoiDung`. */
export interface NarrativeSection {
  /** The value of the `Mục` column. */
  section: string;
  /** The section heading, to guide the user. */
  title: string;
}
