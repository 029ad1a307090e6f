/**
 * The task pane outside Excel (preview mode): the input is one or more files the user dropped
 * or picked (.xlsx, an HTML table saved as .xls, CSV), or the built-in sample. Their tables are
 * read by `readSheetsFromBytes`, the CLI's reader, so both give the same figures. The report is
 * written with ExcelJS into the first .xlsx among them (loaded whole, so the download keeps the
 * user's data), or into a new workbook when there is none; the user downloads that.
 *
 * - Every report made in this session stays in the workbook, each on its own sheet (named as in
 *   Excel); the download holds the user's sheets and all of them. A sheet of the same name (the
 *   same report and period made again, or one that came with the file) is replaced only if the
 *   user confirms, otherwise the report gets a free name beside it, as in Excel.
 * - Agency details are saved into the loaded workbook's ThongTin (so the download carries them).
 * - The report's Word document (.docx, from its document model) is a download of its own, named
 *   like the .xlsx (`<workbook> - <sheet>.docx`).
 */
import type ExcelJS from 'exceljs';
import { newWorkbook, workbookFromBytes, workbookToBytes } from '../../adapters/exceljs/browserWorkbook';
import { worksheetTable } from '../../adapters/exceljs/workbookTables';
import { writeInputSheets } from '../../adapters/exceljs/writeInputs';
import { writeSheetModel } from '../../adapters/exceljs/writeSheet';
import { inputTableName } from '../../core/schema';
import type { RawTables } from '../../core/inputs';
import { tablesFromSheets } from '../../core/tableRoles';
import type { AgencyInfo, DayNumber, Language, Period, RawTable } from '../../core/types';
import { emptyFile } from '../../readers/errors';
import { detectFormat, readSheetsFromBytes } from '../../readers/index';
import { sampleSheets } from '../../sample/sampleWorkbook';
import { validSheetName } from '../../templates/sheetName';
import { documentBytes, documentFileName, saveWithDownloadLink, reportFileName, type SaveFile } from './download';
import { appendWrites, INFO_SHEET, planInfoWrites, type CellWrite } from './infoSheet';
import { contentOf, type ContentValues } from './contentSheets';
import { saveContentInWorkbook } from './previewContent';
import { todayDay } from './periodInput';
import { writeConsolidatedWorkbook } from '../../adapters/exceljs/consolidatedWorkbook';
import { consolidatePicked } from './consolidating';
import { docxOf, safeFileName } from './download';
import { deadlinesOf, type DeadlineResult } from './deadlineWatch';
import { reportIssuesOf, type ReportId } from '../../templates';
import { periodDossiersOf, type PeriodDossiers } from './periodDossiers';
import { formatDay } from '../../core/days';
import { agencyInfoOf, analyseTables, checkTables, hasErrors, headlineOf, indicatorSeries, renderFor } from './reporting';
import {
  UserFacingError,
  type DataCheck,
  type GenerateHooks,
  type GenerateOutcome,
  type GenerateRequest,
  type IndicatorPoint,
  type MadeReport,
  type PickedFile,
  type PreviewReportService,
  type PreviewWorkbook,
  type SessionReport,
} from './types';

/** The sample's file name, when downloaded or shown as the open workbook. */
export const SAMPLE_FILE_NAME = 'tthc-mau.xlsx';

export interface PreviewServiceOptions {
  /** Saves a file for the user (default: a download link). */
  save?: SaveFile;
  today?: () => DayNumber;
  /** Lets the page paint between steps (default: a macrotask). */
  yieldToUi?: () => Promise<void>;
}

const nextFrame = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

interface OpenWorkbook {
  /** What the report is written into and the download holds. */
  workbook: ExcelJS.Workbook;
  /** The file `workbook` was loaded from (the download is named after it), or the first file. */
  workbookName: string;
  summary: PreviewWorkbook;
  tables: RawTables;
  /** The reports made here, in the order made (a replaced one keeps its place). */
  reports: SessionReport[];
  /** Dossier dates of the log, for the period check before generating. */
  dates: PeriodDossiers;
}

export function createPreviewService(options: PreviewServiceOptions = {}): PreviewReportService {
  const save = options.save ?? saveWithDownloadLink;
  const today = options.today ?? (() => todayDay());
  const yieldToUi = options.yieldToUi ?? nextFrame;
  let open: OpenWorkbook | null = null;

  function use(): OpenWorkbook {
    if (!open) throw new UserFacingError('Chưa có sổ tính: hãy chọn tệp .xlsx hoặc dùng sổ mẫu. / No workbook yet: choose an .xlsx file or use the sample.');
    return open;
  }

  function adopt(workbook: ExcelJS.Workbook, workbookName: string, sheets: readonly RawTable[], fileNames: readonly string[], isSample: boolean): PreviewWorkbook {
    // The core decides which sheet (of which file) is which input table.
    const tables = tablesFromSheets(sheets);
    const dates = periodDossiersOf(tables, today());
    const summary: PreviewWorkbook = { fileName: fileNames.join(', '), isSample, info: agencyInfoOf(tables), suggestedPeriod: dates.suggestedPeriod };
    open = { workbook, workbookName, summary, tables, reports: [], dates };
    return summary;
  }

  async function openFiles(files: readonly PickedFile[]): Promise<PreviewWorkbook> {
    if (files.length === 0) throw new UserFacingError('Chưa chọn tệp nào. / No file chosen.');
    const sheets: RawTable[] = [];
    let target: { workbook: ExcelJS.Workbook; name: string } | null = null;
    for (const { file, name } of files) {
      if (file.size === 0) throw emptyFile(name);
      const data = await file.arrayBuffer();
      const bytes = new Uint8Array(data);
      for (const sheet of await readSheetsFromBytes(bytes, name)) sheets.push(sheet);
      if (!target && detectFormat(bytes) === 'zip') {
        // A file our reader read but ExcelJS cannot load still makes a report, in a new workbook.
        const workbook = await workbookFromBytes(data, name).catch(() => null);
        if (workbook) target = { workbook, name };
      }
    }
    target ??= { workbook: await newWorkbook(), name: files[0].name };
    return adopt(target.workbook, target.name, sheets, files.map((f) => f.name), false);
  }

  async function sampleWorkbook(): Promise<ExcelJS.Workbook> {
    const workbook = await newWorkbook();
    writeInputSheets(workbook, sampleSheets());
    return workbook;
  }

  return {
    mode: 'preview',

    current: () => open?.summary ?? null,

    openFile: (file, fileName) => openFiles([{ file, name: fileName }]),

    openFiles,

    async openSample() {
      // Read back from its bytes, as a file the user opens is.
      const workbook = await sampleWorkbook();
      const sheets = await readSheetsFromBytes(new Uint8Array(await workbookToBytes(workbook)), SAMPLE_FILE_NAME);
      return adopt(workbook, SAMPLE_FILE_NAME, sheets, [SAMPLE_FILE_NAME], true);
    },

    async loadInfo() {
      return open ? agencyInfoOf(open.tables) : null;
    },

    async saveInfo(info: AgencyInfo) {
      // eslint-disable-next-line react-hooks/rules-of-hooks -- use() is this service's open-workbook check, not React's use hook
      const o = use();
      // Planned on the sheet written to: the ThongTin read may have come from another file.
      let sheet = o.workbook.worksheets.find((ws) => inputTableName(ws.name) === INFO_SHEET);
      const plan = planInfoWrites(sheet ? worksheetTable(sheet) : null, info);
      sheet ??= o.workbook.addWorksheet(INFO_SHEET);
      writeCells(sheet, [...plan.writes, ...appendWrites(plan)]);
      o.tables = { ...o.tables, [INFO_SHEET]: { ...worksheetTable(sheet), file: o.workbookName } };
      o.summary = { ...o.summary, info: agencyInfoOf(o.tables) };
    },

    async generate(request: GenerateRequest, hooks: GenerateHooks = {}): Promise<GenerateOutcome> {
      // eslint-disable-next-line react-hooks/rules-of-hooks -- use() is this service's open-workbook check, not React's use hook
      const o = use();
      hooks.onProgress?.({ stage: 'reading', fraction: 1 });
      await yieldToUi();
      hooks.onProgress?.({ stage: 'computing' });
      await yieldToUi();
      const day = today();
      const data = analyseTables(o.tables, request.period, request.language, day, request.report);
      const headline = headlineOf(data.result);
      if (hasErrors(data.issues) && !request.allowErrors) return { status: 'blocked', issues: data.issues, headline };
      const model = renderFor(request.report, data, request.info, request.language, day);
      hooks.onProgress?.({ stage: 'writing' });
      await yieldToUi();
      const replace = await sheetToReplace(o, model.name, hooks.confirmReplace);
      // Written beside first, so a failed write loses nothing; then the old sheet goes.
      const sheet = writeSheetModel(o.workbook, model);
      let index = o.reports.length;
      if (replace) {
        const old = o.workbook.getWorksheet(replace);
        if (old) o.workbook.removeWorksheet(old.id);
        sheet.name = validSheetName(model.name);
        const at = o.reports.findIndex((r) => r.sheetName.toLocaleLowerCase() === replace.toLocaleLowerCase());
        if (at >= 0) {
          o.reports.splice(at, 1);
          index = at;
        }
      }
      o.reports.splice(index, 0, { sheetName: sheet.name, report: request.report, period: request.period.label ?? `${formatDay(request.period.from)}–${formatDay(request.period.to)}`, model });
      return { status: 'done', sheetName: sheet.name, replaced: replace, headline, issues: [...data.issues, ...reportIssuesOf(model)], model };
    },

    async checkData(language: Language): Promise<DataCheck> {
      // eslint-disable-next-line react-hooks/rules-of-hooks -- use() is this service's open-workbook check, not React's use hook
      return checkTables(use().tables, language, today());
    },

    async indicators(periods: readonly Period[], language: Language): Promise<{ points: IndicatorPoint[]; issues: DataCheck['issues'] }> {
      // eslint-disable-next-line react-hooks/rules-of-hooks -- use() is this service's open-workbook check, not React's use hook
      return indicatorSeries(use().tables, periods, language, today());
    },

    async deadlines(asOf: DayNumber | undefined, language: Language): Promise<DeadlineResult> {
      // eslint-disable-next-line react-hooks/rules-of-hooks -- use() is this service's open-workbook check, not React's use hook
      const o = use();
      const day = today();
      return deadlinesOf(o.tables, asOf ?? day, language, day);
    },

    async downloadReport() {
      // eslint-disable-next-line react-hooks/rules-of-hooks -- use() is this service's open-workbook check, not React's use hook
      const o = use();
      if (o.reports.length === 0) throw new UserFacingError('Chưa có báo cáo để tải về. / There is no report to download yet.');
      const base = o.workbookName.replace(/\.(xlsx|xls|csv|html?)$/i, '');
      // One report: named after its sheet, as before; several: after how many it holds.
      const fileName = reportFileName(base, o.reports.length === 1 ? o.reports[0].sheetName : `${o.reports.length} báo cáo`);
      save(await workbookToBytes(o.workbook), fileName);
      return fileName;
    },

    async downloadDocument(report: MadeReport) {
      // Named like the .xlsx download: after the workbook the report was made from, and its sheet.
      const fileName = documentFileName(open?.workbookName ?? null, report.sheetName);
      save(await documentBytes(report.model), fileName);
      return { fileName, previewUrl: null };
    },

    async loadContent(report: ReportId, period: Period) {
      // eslint-disable-next-line react-hooks/rules-of-hooks -- use() is this service's open-workbook check, not React's use hook
      return contentOf(use().tables, report, period);
    },

    async saveContent(report: ReportId, period: Period, content: ContentValues) {
      // eslint-disable-next-line react-hooks/rules-of-hooks -- use() is this service's open-workbook check, not React's use hook
      const o = use();
      o.tables = saveContentInWorkbook(o.workbook, o.workbookName, o.tables, report, period, content);
    },

    sessionReports: () => [...(open?.reports ?? [])],

    async periodDossiers() {
      return open?.dates ?? { dossiers: [], suggestedPeriod: null };
    },

    async downloadSample() {
      // As `tthc-report sample` writes it: the input sheets, then the "Công thức" sheet.
      const workbook = await sampleWorkbook();
      const { writeFormulaSheet } = await loadFormulaSheet();
      writeFormulaSheet(workbook);
      save(await workbookToBytes(workbook), SAMPLE_FILE_NAME);
      return SAMPLE_FILE_NAME;
    },

    // Tổng hợp: the picked files are the consolidation's own; the open workbook only lends its ThongTin.
    consolidate: (files, period, language, hooks) =>
      consolidatePicked(files, period, language, { today: today(), yieldToUi, workbookInfo: async () => (open ? agencyInfoOf(open.tables) : null) }, hooks),

    async downloadConsolidatedWorkbook(outcome) {
      // A new workbook, as the CLI's -o out.xlsx: the two sheets and DonVi.
      const workbook = await newWorkbook();
      writeConsolidatedWorkbook(workbook, outcome.report, outcome.consolidation.names);
      const fileName = safeFileName(outcome.report.sheets[0].name, 'xlsx');
      save(await workbookToBytes(workbook), fileName);
      return fileName;
    },

    async downloadConsolidatedDocument(outcome) {
      const fileName = safeFileName(outcome.report.sheets[0].name, 'docx');
      save(await docxOf(outcome.report.document), fileName);
      return { fileName, previewUrl: null };
    },
  };
}

/**
 * The sheet a report named `wanted` replaces: one of that name (a report of this session, or a
 * sheet from the file) when the user confirms, never an input table; null to write beside it.
 */
async function sheetToReplace(o: OpenWorkbook, wanted: string, confirm?: (name: string) => Promise<boolean>): Promise<string | null> {
  const name = validSheetName(wanted).toLocaleLowerCase();
  const clash = o.workbook.worksheets.find((ws) => ws.name.toLocaleLowerCase() === name);
  if (!clash || inputTableName(clash.name) || !confirm) return null;
  return (await confirm(clash.name)) ? clash.name : null;
}

/** The sample's formula sheet (and the custom functions it computes with), loaded only when the sample is downloaded. */
const loadFormulaSheet = () => import(/* webpackChunkName: "formula-sheet" */ '../../sample/formulaSheet');

/** Writes text cells as text: the Text format (`@`) keeps Excel from reading them as formulas or numbers when edited. */
function writeCells(sheet: ExcelJS.Worksheet, writes: readonly CellWrite[]): void {
  for (const w of writes) {
    const cell = sheet.getCell(w.row, w.col);
    cell.value = w.value;
    cell.numFmt = '@';
    // eslint-disable-next-line office-addins/call-sync-before-read -- an ExcelJS cell (the preview), not an Office.js proxy
    if (w.value.includes('\n')) cell.alignment = { ...cell.alignment, wrapText: true, vertical: 'top' };
  }
}
