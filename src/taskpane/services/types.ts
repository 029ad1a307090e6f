/**
 * What the task pane's components ask of the workbook, whichever it is: the open workbook in
 * Excel (`officeService.ts`) or an .xlsx the user dropped into the preview page
 * (`previewService.ts`). Components call these and show the state; all logic lives behind them.
 */
import type { AgencyInfo, DayNumber, Issue, Language, Period } from '../../core/types';
import type { ReportId } from '../../templates';
import type { SheetModel } from '../../templates/sheetModel';
import type { Consolidation } from '../../core/consolidation';
import type { ConsolidatedReport } from '../../templates/consolidated';
import type { DataCheck, Headline, IndicatorPoint } from './reporting';
import type { DeadlineResult } from './deadlineWatch';
import type { ContentValues, TypedContent } from './contentSheets';
import type { PeriodDossiers } from './periodDossiers';

export type { PeriodDossiers };

export type { DataCheck, Headline, IndicatorPoint };

/** The steps of making a report, in order. */
export type Stage = 'reading' | 'computing' | 'writing';

export interface Progress {
  stage: Stage;
  /** 0–1 while reading rows; undefined when the step cannot tell. */
  fraction?: number;
}

export interface GenerateRequest {
  report: ReportId;
  period: Period;
  /** Language of messages and of the new sheet's name. */
  language: Language;
  /** The agency details as the form holds them (ThongTin, perhaps edited). */
  info?: AgencyInfo;
  /**
   * False: stop after computing when the data has errors and return them (`blocked`), so the
   * user sees them first. True: make the report from the rows that could be read.
   */
  allowErrors: boolean;
}

export interface GenerateHooks {
  onProgress?: (progress: Progress) => void;
  /** Asked when a sheet already has the report's name; true replaces it, false writes beside it. */
  confirmReplace?: (sheetName: string) => Promise<boolean>;
}

export type GenerateOutcome =
  | { status: 'blocked'; issues: Issue[]; headline: Headline }
  | {
      status: 'done';
      /** The sheet the report was written to. */
      sheetName: string;
      /** The sheet it replaced, or null. */
      replaced: string | null;
      headline: Headline;
      /** Every issue found (warnings, and the errors the user chose to go past). */
      issues: Issue[];
      /** The report as written (the preview renders it). */
      model: SheetModel;
    };

/** A report just made, as `generate` returned it: what `downloadDocument` turns into a Word file. */
export type MadeReport = Pick<Extract<GenerateOutcome, { status: 'done' }>, 'model' | 'sheetName'>;

/** What `downloadDocument` did. */
export interface DocumentDownload {
  /** The file name the download was offered under. */
  fileName: string;
  /**
   * Set where the host may quietly drop the download (inside Excel): the preview page's URL, to
   * tell the user where to make the Word document if no save dialog appeared. Null in preview.
   */
  previewUrl: string | null;
}

/** A file the user picked or dropped, with its name. */
export interface PickedFile {
  file: Blob;
  name: string;
}

/** What `consolidate` made of the picked files (Tổng hợp): the units, the total, the report rendered. */
export interface ConsolidateOutcome {
  /** The units with their figures, levels and sources, the total, and every name found (the `DonVi` rows). */
  consolidation: Consolidation;
  /** The files read, in order, by the names the issues give them. */
  files: string[];
  /** The report: its two sheets (the table by unit, the summary) and its Word document. */
  report: ConsolidatedReport;
  /** Every issue: the files' (their sheet named `file › sheet`), the consolidation's, the report's notes. */
  issues: Issue[];
}

export interface ConsolidateHooks {
  /** `reading` with the share of the files read, then `computing`. */
  onProgress?: (progress: Progress) => void;
}

/** What `writeConsolidated` wrote into the open workbook. */
export interface ConsolidatedWrite {
  /** The report's sheets as written (the table by unit, the summary); the table is made active. */
  sheets: string[];
  /** Sheets the user agreed to replace. */
  replaced: string[];
  /** `DonVi` when it was added; null when the workbook had one already (left as it is). */
  unitSheet: string | null;
}

/** The source the pane works on in preview mode. */
export interface PreviewWorkbook {
  /** The file's name; for several files, their names joined by commas. */
  fileName: string;
  /** The built-in sample (the pane then suggests the sample's period). */
  isSample: boolean;
  /** Its ThongTin, or null when it has none. */
  info: AgencyInfo | null;
  /** The latest closed quarter that holds its dossiers (`2023-Q3`), the period the pane then proposes; null when none. */
  suggestedPeriod: string | null;
}

/** Result of creating input tables or inserting the sample. */
export interface SheetsResult {
  created: string[];
  /** Names left alone because a sheet or table of that name exists. */
  skipped: string[];
}

/** A report made in the preview this session: its sheet in the workbook the user downloads. */
export interface SessionReport {
  sheetName: string;
  report: ReportId;
  /** The period's label (`2023-Q2`). */
  period: string;
  model: SheetModel;
}

interface CommonService {
  /** The log's dossier dates and the period they suggest (read again on each call in Excel). */
  periodDossiers(): Promise<PeriodDossiers>;
  /** ThongTin of the workbook, or null when it has none (or no workbook is open in preview). */
  loadInfo(): Promise<AgencyInfo | null>;
  /** Writes the agency details to ThongTin (created if missing), as text. */
  saveInfo(info: AgencyInfo): Promise<void>;
  generate(request: GenerateRequest, hooks?: GenerateHooks): Promise<GenerateOutcome>;
  checkData(language: Language): Promise<DataCheck>;
  indicators(periods: readonly Period[], language: Language): Promise<{ points: IndicatorPoint[]; issues: Issue[] }>;
  /** Theo dõi hạn: the open dossiers overdue or due within 1 and 3 working days on `asOf` (default: today). */
  deadlines(asOf: DayNumber | undefined, language: Language): Promise<DeadlineResult>;
  /**
   * Saves the report's Word document (.docx, from its document model) as a download. Inside
   * Excel on a host whose pane cannot save downloads (Mac, iPad) it refuses with a
   * `UserFacingError` that names the preview page instead.
   */
  downloadDocument(report: MadeReport): Promise<DocumentDownload>;
  /**
   * Tổng hợp: reads the picked files one at a time (each let go before the next) and
   * consolidates their units for the period, as `tthc-report consolidate` does. Nothing is
   * written; the consolidating office is the files' ThongTin-only file, else the workbook's ThongTin.
   */
  consolidate(files: readonly PickedFile[], period: Period, language: Language, hooks?: ConsolidateHooks): Promise<ConsolidateOutcome>;
  /** Saves the consolidated report's Word document (.docx); refused as `downloadDocument` is where the pane cannot save. */
  downloadConsolidatedDocument(outcome: ConsolidateOutcome): Promise<DocumentDownload>;
  /**
   * The report's typed-in figures (SoLieu) and narrative sections (NoiDung) for the period, as
   * the report would print them; empty ones have a null value or no paragraphs.
   */
  loadContent(report: ReportId, period: Period): Promise<TypedContent>;
  /**
   * Writes the figures and sections given into SoLieu and NoiDung (each created if missing, with
   * the report's name in `Báo cáo`): text as text, never a formula; figures as numbers.
   */
  saveContent(report: ReportId, period: Period, content: ContentValues): Promise<void>;
}

export interface OfficeReportService extends CommonService {
  readonly mode: 'office';
  /** Activates a sheet (the link to a new report). */
  showSheet(sheetName: string): Promise<void>;
  /** Activates the issue's sheet and selects its cell; false when that sheet does not exist. */
  selectIssue(issue: Issue): Promise<boolean>;
  /** Creates the missing input tables as headed Excel tables with choice lists. */
  createInputTables(): Promise<SheetsResult>;
  /** Inserts the sample's sheets; refuses (creates nothing) if any of them exists. */
  insertSample(): Promise<SheetsResult>;
  /**
   * Writes the consolidated report's two sheets into the open workbook (a sheet of the same name
   * replaced only if `confirmReplace` agrees), and a `DonVi` sheet of the names found, as text,
   * when the workbook has none; the table's sheet is left active.
   */
  writeConsolidated(outcome: ConsolidateOutcome, hooks?: Pick<GenerateHooks, 'confirmReplace'>): Promise<ConsolidatedWrite>;
}

export interface PreviewReportService extends CommonService {
  readonly mode: 'preview';
  /** Opens a file the user dropped or picked (.xlsx, an HTML table saved as .xls, CSV). */
  openFile(file: Blob, fileName: string): Promise<PreviewWorkbook>;
  /** Opens several files at once: their sheets together, the input tables found across them. */
  openFiles(files: readonly PickedFile[]): Promise<PreviewWorkbook>;
  /** Opens the built-in sample workbook. */
  openSample(): Promise<PreviewWorkbook>;
  current(): PreviewWorkbook | null;
  /** Every report made since the workbook was opened, each on its own sheet, in the order made. */
  sessionReports(): SessionReport[];
  /** Saves the workbook with every report of the session in it (`<a download>`). */
  downloadReport(): Promise<string>;
  /** Saves the sample workbook as `tthc-report sample` writes it (input sheets and "Công thức"). */
  downloadSample(): Promise<string>;
  /** Saves the consolidated report as an .xlsx (its two sheets and `DonVi`, as the CLI writes it); returns the file's name. */
  downloadConsolidatedWorkbook(outcome: ConsolidateOutcome): Promise<string>;
}

export type ReportService = OfficeReportService | PreviewReportService;

/** An error meant for the user: its message is already in their language. */
export class UserFacingError extends Error {}
