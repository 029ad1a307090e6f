/**
 * Plain data shared by every layer. Dates are whole calendar days counted from
 * 1970-01-01 (`DayNumber`), so comparisons ignore time of day and cost nothing.
 */

import type { OverdueDossier } from './overdue';

/** Days since 1970-01-01 (UTC calendar day). */
export type DayNumber = number;

export type Language = 'vi' | 'en';

/** A cell value as the readers hand it over (ExcelJS or Office.js, already unwrapped). */
export type RawCell = string | number | boolean | Date | null | undefined;

/** A table as read from a workbook: the rows of a sheet (or an Excel table's range). */
export interface RawTable {
  /** Sheet name (or the table's sheet when read from an Excel table). */
  sheet: string;
  /** Worksheet row number of `rows[0]` (1-based). */
  firstRow: number;
  /** Worksheet column number of `rows[i][0]` (1-based). */
  firstColumn: number;
  rows: RawCell[][];
  /**
   * Merged areas, as indices into `rows` (0-based, both ends included). Readers report them as
   * the file holds them and need not fill them: the core gives every cell of a merge the value
   * of its top-left cell (`fillMerges`), so every reader follows one rule.
   */
  merges?: CellArea[];
  /** The Excel table (ListObject) these rows are, when read from one; its name can name the input table. */
  tableName?: string;
  /** The workbook counts dates from 1904 (Excel for Mac's old default): a bare serial is 1,462 days later. */
  date1904?: boolean;
  /** The file the sheet came from, when tables are gathered from several files. */
  file?: string;
}

/** A rectangle of cells, 0-based row and column indices within a RawTable, both ends included. */
export interface CellArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export type Severity = 'error' | 'warning';

/** A data problem, located in the worksheet's own coordinates. */
export interface Issue {
  severity: Severity;
  sheet: string;
  /** Worksheet row number, or null when the issue concerns the whole sheet. */
  row: number | null;
  /** Column letter and header label, e.g. `C (Ngày tiếp nhận)`, or null. */
  column: string | null;
  message: string;
  /** Which kind of problem (the message's id, e.g. `badDate`): what groups it and explains how to fix it. */
  code?: string;
}

/** Identical problems (same sheet, column, kind and message) gathered: 5,000 equal bad cells are one group. */
export interface IssueGroup {
  severity: Severity;
  sheet: string;
  column: string | null;
  code: string | null;
  message: string;
  count: number;
  /** The first rows it occurs in, in worksheet order (at most `ISSUE_GROUP_ROWS`); null rows are left out. */
  rows: number[];
}

export type Channel = 'online' | 'direct' | 'postal';

/** Mức dịch vụ công trực tuyến. */
export type OnlineLevel = 'full' | 'partial' | 'none';

/** Cấp quy định. */
export type Regulator = 'central' | 'local';

/** One procedure of the catalogue (bảng TTHC). */
export interface Procedure {
  code: string;
  name: string;
  field: string;
  regulator: Regulator | null;
  authority: string;
  onlineLevel: OnlineLevel;
  onProvincialPortal: boolean;
  onNationalPortal: boolean;
  boundaryFree: boolean;
  processingDays: number | null;
  electronicProcess: boolean;
  publicised: boolean;
  onInformationSystem: boolean;
  digitisationProcess: boolean;
  validFrom: DayNumber | null;
  validUntil: DayNumber | null;
  /** Cấp thực hiện: tỉnh or xã (no district since 01/07/2025); null when not given or both. */
  level: GovernmentLevel | null;
  /** Đủ điều kiện toàn trình; null when the catalogue has no such column. */
  eligibleFullOnline: boolean | null;
  /** Trả kết quả bằng văn bản giấy; null when unknown. */
  paperResult: boolean | null;
  /** Có phí, lệ phí; null when unknown. */
  hasFee: boolean | null;
  /** Worksheet row, for messages. */
  row: number;
}

/** Cấp tỉnh (sở, ban, ngành) or cấp xã (xã, phường, đặc khu). */
export type GovernmentLevel = 'province' | 'commune';

/** Trạng thái kết thúc sớm: rút, từ chối, dừng xử lý. */
export type EndStatus = 'withdrawn' | 'rejected' | 'stopped';

/** One dossier of the log (bảng HoSo). */
export interface Dossier {
  id: string;
  /** The catalogue code it was joined to (by code, else by name); for a procedure not in the catalogue, its key in `Inputs.unlistedProcedures`. */
  procedureCode: string;
  received: DayNumber;
  due: DayNumber;
  completed: DayNumber | null;
  channel: Channel;
  endStatus: EndStatus | null;
  dossierDigitised: boolean;
  resultDigitised: boolean;
  electronicResult: boolean;
  reusedDigitisedData: boolean;
  usedPopulationData: boolean;
  paidOnline: boolean;
  /**
   * The 2026 columns, each null when the log has no such column (unknown, not "no"):
   * Số lần yêu cầu bổ sung, Ngày yêu cầu bổ sung, Ngày hoàn thành bổ sung (ND 118 Art. 19.5),
   * Loại DVCTT, Có phí, Đã đồng bộ DVCQG, Văn bản xin lỗi (Art. 19.6), Nguyên nhân quá hạn, gia hạn.
   */
  supplementRequests: number | null;
  supplementRequested: DayNumber | null;
  supplementCompleted: DayNumber | null;
  onlineServiceType: OnlineLevel | null;
  hasFee: boolean | null;
  syncedToNationalPortal: boolean | null;
  apologyLetter: boolean | null;
  /** Nguyên nhân quá hạn as written; empty when none. */
  overdueCause: string;
  extendedDue: DayNumber | null;
  row: number;
}

/** A reporting period, both ends included. */
export interface Period {
  from: DayNumber;
  to: DayNumber;
  /** The label it was made from (`2023-Q2`), or null for an explicit range. */
  label: string | null;
}

export interface HolidayEntry {
  day: DayNumber;
  kind: 'off' | 'makeup';
  note: string;
}

/** Dossier flow counts (DESIGN §6). */
export interface DossierCounts {
  received: number;
  newReceived: number;
  newOnline: number;
  newDirect: number;
  newPostal: number;
  carriedOver: number;
  resolved: number;
  resolvedEarly: number;
  resolvedOnTime: number;
  resolvedLate: number;
  pending: number;
  pendingInTime: number;
  pendingOverdue: number;
  dossiersDigitised: number;
  resultsIssued: number;
  resultsDigitised: number;
  electronicResults: number;
  reusedDigitisedData: number;
  usedPopulationData: number;
  paidOnline: number;
}

/**
 * The late dossiers split by apology letter (Nghị định 118/2025 Art. 19.6: a dossier gone late
 * needs a letter of apology): resolvedLate = with + without, pendingOverdue = with + without.
 * A letter that cannot be read (an Excel error in the cell, warned) counts as without.
 */
export interface ApologyCounts {
  resolvedLateWithApology: number;
  resolvedLateWithoutApology: number;
  pendingOverdueWithApology: number;
  pendingOverdueWithoutApology: number;
}

export type CountKey = keyof DossierCounts | keyof ApologyCounts;

/**
 * Counts that need a column a log may not have (the channel, each digitisation flag, the
 * apology letter): without it they are unknown, not zero.
 */
export const UNKNOWABLE_COUNT_KEYS = [
  'newOnline',
  'newDirect',
  'newPostal',
  'dossiersDigitised',
  'resultsDigitised',
  'electronicResults',
  'reusedDigitisedData',
  'usedPopulationData',
  'paidOnline',
  'resolvedLateWithApology',
  'resolvedLateWithoutApology',
  'pendingOverdueWithApology',
  'pendingOverdueWithoutApology',
] as const satisfies readonly CountKey[];

export type UnknowableCountKey = (typeof UNKNOWABLE_COUNT_KEYS)[number];

/**
 * Counts as reported: null where the log lacks the column they need. The apology split is set
 * on every count `computeIndicators` makes; it is optional in the type only so counts written
 * out by hand without it stay valid.
 */
export type ReportedCounts = Omit<DossierCounts, UnknowableCountKey> & { [K in Extract<UnknowableCountKey, keyof DossierCounts>]: number | null } & {
  [K in keyof ApologyCounts]?: number | null;
};

/** Rates from 0 to 1, null where the denominator is 0. */
export interface Rates {
  onTimeRate: number | null;
  progressRate766: number | null;
  onlineShare: number | null;
  dossierDigitisationRate: number | null;
  resultDigitisationRate: number | null;
  reuseRate: number | null;
  populationDataRate: number | null;
}

/** Catalogue counts over the procedures in force at the end of the period. */
export interface CatalogueCounts {
  procedures: number;
  proceduresCentral: number;
  proceduresLocal: number;
  proceduresPublicised: number;
  proceduresOnlineFull: number;
  proceduresOnlinePartial: number;
  proceduresBoundaryFree: number;
  proceduresWithEProcess: number;
  proceduresOnInformationSystem: number;
  proceduresWithDigitisationProcess: number;
  proceduresProvincialPortal: number;
  proceduresProvincialPortalFull: number;
  proceduresProvincialPortalPartial: number;
  proceduresNationalPortal: number;
  proceduresNationalPortalFull: number;
  proceduresNationalPortalPartial: number;
  onlineProcedureShare: number | null;
}

export type Indicators = ReportedCounts & Rates & CatalogueCounts;

export type ProcedureBreakdown = ReportedCounts & {
  name: string;
  field: string;
};

/** Everything a report needs, computed for one period. */
export interface IndicatorResult {
  period: Period;
  indicators: Indicators;
  byField: Record<string, ReportedCounts>;
  byProcedure: Record<string, ProcedureBreakdown>;
  /** Procedures in force at the end of the period, in catalogue order. */
  procedures: Procedure[];
  /**
   * The dossiers form 06 counts as resolved late (column 10) and pending overdue (column 13),
   * one entry each (`src/core/overdue.ts`). Set by `computeIndicators`; absent only in a
   * result written out by hand, where the list is unknown.
   */
  overdueDossiers?: OverdueDossier[];
}

/** Số liệu: figures that are typed in, keyed by figure key, for one period. */
export type Figures = Record<string, number>;

/** Nội dung: narrative paragraphs by section (`I.7`, `II`, `III`). */
export type Narratives = Record<string, string[]>;

/**
 * Nội dung of one period by report: under a report id (`quarterly`, `digitisation`…) what that
 * report prints (its own rows and the rows with a blank `Báo cáo`, in row order); under `*`
 * (`ALL_REPORTS`) only the rows written for every report.
 */
export type NarrativesByReport = Record<string, Narratives>;

/** The `NarrativesByReport` entry of the rows written for every report (blank `Báo cáo`). */
export const ALL_REPORTS = '*';

/** Thông tin cơ quan. */
export interface AgencyInfo {
  parentAgency: string;
  agency: string;
  place: string;
  documentNumber: string;
  /**
   * Ngày ban hành as typed in ThongTin (`15/06/2023`); empty: the day the report is made
   * (`issueDateFor`). Optional only so older callers' literals stay valid.
   */
  issueDate?: string;
  recipient: string;
  recipients: string[];
  signerTitle: string;
  signerDeputyTitle: string;
  signerName: string;
  /** The code line printed on form 06 ("Biểu số 06/VPCP/KSTT …"); empty = the regime's default (DOMAIN-2026 §6: unconfirmed for TT 05/2025). */
  formCodeLine: string;
}

/** The workbook's input tables, parsed. */
export interface Inputs {
  procedures: Procedure[];
  /**
   * Procedures the log names but the catalogue lacks: their dossiers count in the totals, under
   * the field "Chưa xác định lĩnh vực" (or the log's own field), never in the catalogue counts.
   */
  unlistedProcedures: Procedure[];
  dossiers: Dossier[];
  /** The counts whose column the log lacks: reported as unknown (null). */
  unknownCounts: UnknowableCountKey[];
  /** The sheets the log and the catalogue were read from, for the dossiers a report lists (sheet and row). */
  dossierSheet?: string;
  catalogueSheet?: string;
  /** Figures per period key (`periodKey`: `Quý II/2024` and `2024-Q2` are one). */
  figures: Record<string, Figures>;
  /** Narratives per period key, then per report (see `NarrativesByReport`). */
  narratives: Record<string, NarrativesByReport>;
  info: AgencyInfo;
  holidays: HolidayEntry[];
  issues: Issue[];
}
