/**
 * The task pane inside Excel: reads the open workbook through Office.js, runs the engine, and
 * writes the report sheet with the adapter's `writeReport` (new sheet, replace only after the
 * user confirms, no half-written sheet left behind). The report's Word document (.docx) is built
 * in the pane and offered as a download where the host can save one (`downloadDocument`).
 */
import { excelRun, readTables, writeReport, type ExcelRun } from '../../adapters/officejs';
import type { RawTables } from '../../core/inputs';
import { tablesFromSheets } from '../../core/tableRoles';
import type { AgencyInfo, DayNumber, Issue, Language, Period } from '../../core/types';
import { documentBytes, documentFileName, saveWithDownloadLink, type SaveFile } from './download';
import { issueAddress } from './issues';
import { appendWrites, INFO_SHEET, planInfoWrites } from './infoSheet';
import { emptyInputTables, sampleInputTables, type InputTableTemplate } from './inputTemplates';
import { appendTableTextRows, existingInputNames, findInfoSource, queueInputTable, queueTextWrites, selectOnSheet } from './officeWorkbook';
import { todayDay } from './periodInput';
import { UNIT_SHEET, unitSheetOf } from '../../core/units';
import { consolidatePicked } from './consolidating';
import { addUnitSheet } from './officeWorkbook';
import { loadContentFromExcel, saveContentToExcel } from './officeContent';
import type { ContentValues } from './contentSheets';
import { deadlinesOf } from './deadlineWatch';
import { periodDossiersOf } from './periodDossiers';
import { reportIssuesOf, type ReportId } from '../../templates';
import { agencyInfoOf, analyseTables, checkTables, hasErrors, headlineOf, indicatorSeries, renderFor } from './reporting';
import {
  UserFacingError,
  type DocumentDownload,
  type GenerateHooks,
  type GenerateOutcome,
  type GenerateRequest,
  type MadeReport,
  type OfficeReportService,
  type SheetsResult,
} from './types';

export interface OfficeServiceOptions {
  /** `Excel.run` (a mock in tests); by default with `delayForCellEdit` (`excelRun`). */
  run?: ExcelRun;
  today?: () => DayNumber;
  /** Lets the pane paint between steps. */
  yieldToUi?: () => Promise<void>;
  /** Saves a file for the user (default: a download link). */
  save?: SaveFile;
  /** Office's platform name (`PC`, `Mac`, `iOS`, `OfficeOnline`…); default: what `Office.context` says. */
  platform?: () => string | null;
  /** The preview page's address (default: this page's, without query or fragment). */
  pageUrl?: () => string;
}

/**
 * Platforms whose task pane cannot save a download: Excel on Mac and on iPad run the pane in
 * WKWebView, which ignores `<a download>` (nothing happens, no error). Named as the user knows them.
 */
const NO_DOWNLOADS: Record<string, { vi: string; en: string }> = {
  Mac: { vi: 'Excel trên máy Mac', en: 'Excel on Mac' },
  iOS: { vi: 'Excel trên iPad', en: 'Excel on iPad' },
};

/** `Office.context.diagnostics.platform`, else `Office.context.platform`; null outside Office or when it does not say. */
export function officePlatform(): string | null {
  try {
    const context = (globalThis as { Office?: { context?: { diagnostics?: { platform?: unknown } | null; platform?: unknown } | null } }).Office?.context;
    const platform = context?.diagnostics?.platform ?? context?.platform;
    return platform === undefined || platform === null || platform === '' ? null : String(platform);
  } catch {
    return null;
  }
}

/**
 * This page's address without its query (Office adds `?_host_Info=…`) or fragment: opened in a
 * browser, outside Office, the same page runs in preview mode (src/taskpane/office.ts).
 */
export function previewPageUrl(): string {
  if (typeof location === 'undefined') return 'taskpane.html';
  return location.href.replace(/[?#].*$/, '');
}

// Waits out a cell edit instead of failing the batch (ExcelApi 1.11; ignored by older hosts).
const defaultRun: ExcelRun = excelRun;
const nextFrame = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export function createOfficeService(options: OfficeServiceOptions = {}): OfficeReportService {
  const run = options.run ?? defaultRun;
  const today = options.today ?? (() => todayDay());
  const yieldToUi = options.yieldToUi ?? nextFrame;
  const save = options.save ?? saveWithDownloadLink;
  const platform = options.platform ?? officePlatform;
  const pageUrl = options.pageUrl ?? previewPageUrl;

  /** Every sheet and Excel table of the workbook, sorted into input tables by the core. */
  const readAll = async (onRows?: (read: number, total: number) => void): Promise<RawTables> =>
    tablesFromSheets(await run((context) => readTables(context, { onProgress: onRows })));

  /** Writes templates whose names the workbook does not have yet, each in its own batch. */
  async function writeTemplates(templates: InputTableTemplate[], refuseIfAnyExists: boolean): Promise<SheetsResult> {
    const existing = await run((context) => existingInputNames(context));
    const skipped = templates.filter((t) => existing.has(t.name)).map((t) => t.name);
    if (refuseIfAnyExists && skipped.length > 0) return { created: [], skipped };
    const created: string[] = [];
    for (const template of templates) {
      if (existing.has(template.name)) continue;
      try {
        await run(async (context) => {
          queueInputTable(context, template);
          // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one batch per template, so a failure removes only that sheet
          await context.sync();
        });
      } catch (error) {
        await run(async (context) => {
          context.workbook.worksheets.getItemOrNullObject(template.name).delete();
          // eslint-disable-next-line office-addins/no-context-sync-in-loop -- cleanup after the failed template; the loop ends with the throw below
          await context.sync();
        }).catch(() => undefined);
        const cause = error instanceof Error ? error.message : String(error);
        throw new UserFacingError(
          `Không tạo được bảng ${template.name} (${cause}).${created.length ? ` Đã tạo: ${created.join(', ')}.` : ''} / ` +
            `Could not create table ${template.name} (${cause}).${created.length ? ` Created: ${created.join(', ')}.` : ''}`,
        );
      }
      created.push(template.name);
    }
    if (created.length > 0) {
      await run(async (context) => {
        context.workbook.worksheets.getItem(created[0]).activate();
        await context.sync();
      });
    }
    return { created, skipped };
  }

  return {
    mode: 'office',

    async loadInfo(): Promise<AgencyInfo | null> {
      return run(async (context) => {
        const source = await findInfoSource(context, INFO_SHEET);
        if (!source) return null;
        return agencyInfoOf({ [INFO_SHEET]: source.raw ?? { sheet: INFO_SHEET, firstRow: 1, firstColumn: 1, rows: [] } });
      });
    },

    async saveInfo(info: AgencyInfo): Promise<void> {
      await run(async (context) => {
        const source = await findInfoSource(context, INFO_SHEET);
        if (!source) {
          const worksheet = context.workbook.worksheets.add(INFO_SHEET);
          const plan = planInfoWrites(null, info);
          queueTextWrites(worksheet, [...plan.writes, ...appendWrites(plan)]);
          worksheet.getRange('A:A').format.columnWidth = 140;
          worksheet.getRange('B:B').format.columnWidth = 320;
          await context.sync();
          return;
        }
        const plan = planInfoWrites(source.raw, info);
        if (source.kind === 'sheet') {
          queueTextWrites(source.worksheet, [...plan.writes, ...appendWrites(plan)]);
          await context.sync();
          return;
        }
        queueTextWrites(source.worksheet, plan.writes);
        await context.sync();
        const width = source.raw.rows[0]?.length ?? 2;
        const offset = plan.appendAt.col - source.raw.firstColumn;
        const rows = plan.appends.map((a) => {
          const row = new Array<string>(Math.max(width, offset + 2)).fill('');
          row[offset] = a.label;
          row[offset + 1] = a.value;
          return row.slice(0, width);
        });
        await appendTableTextRows(context, source.table, width, rows);
      });
    },

    async generate(request: GenerateRequest, hooks: GenerateHooks = {}): Promise<GenerateOutcome> {
      hooks.onProgress?.({ stage: 'reading', fraction: 0 });
      const tables = await readAll((read, total) => hooks.onProgress?.({ stage: 'reading', fraction: total > 0 ? read / total : 1 }));
      hooks.onProgress?.({ stage: 'computing' });
      await yieldToUi();
      const day = today();
      const data = analyseTables(tables, request.period, request.language, day, request.report);
      const headline = headlineOf(data.result);
      if (hasErrors(data.issues) && !request.allowErrors) return { status: 'blocked', issues: data.issues, headline };
      const model = renderFor(request.report, data, request.info, request.language, day);
      hooks.onProgress?.({ stage: 'writing' });
      await yieldToUi();
      const written = await run((context) =>
        writeReport(context, model, { replaceExisting: true, confirmReplace: hooks.confirmReplace, run }),
      );
      return { status: 'done', sheetName: written.sheetName, replaced: written.replaced, headline, issues: [...data.issues, ...reportIssuesOf(model)], model };
    },

    async periodDossiers() {
      return periodDossiersOf(await readAll(), today());
    },

    async checkData(language: Language) {
      return checkTables(await readAll(), language, today());
    },

    async indicators(periods: readonly Period[], language: Language) {
      return indicatorSeries(await readAll(), periods, language, today());
    },

    async deadlines(asOf: DayNumber | undefined, language: Language) {
      const tables = await readAll();
      const day = today();
      return deadlinesOf(tables, asOf ?? day, language, day);
    },

    async showSheet(sheetName: string): Promise<void> {
      await run((context) => selectOnSheet(context, sheetName, 'A1'));
    },

    selectIssue(issue: Issue): Promise<boolean> {
      return run((context) => selectOnSheet(context, issue.sheet, issueAddress(issue)));
    },

    // Tổng hợp: the picked files are read in the pane; the open workbook lends its ThongTin and takes the report.
    consolidate: (files, period, language, hooks) =>
      consolidatePicked(
        files,
        period,
        language,
        {
          today: today(),
          yieldToUi,
          workbookInfo: () =>
            run(async (context) => {
              const source = await findInfoSource(context, INFO_SHEET);
              return source?.raw ? agencyInfoOf({ [INFO_SHEET]: source.raw }) : null;
            }),
        },
        hooks,
      ),

    async writeConsolidated(outcome, hooks = {}) {
      const sheets: string[] = [];
      const replaced: string[] = [];
      // One sheet at a time, each through the report writer (a free name, replace only when confirmed, no half-written sheet).
      for (const model of outcome.report.sheets) {
        const written = await run((context) => writeReport(context, model, { replaceExisting: true, confirmReplace: hooks.confirmReplace, run }));
        sheets.push(written.sheetName);
        if (written.replaced) replaced.push(written.replaced);
      }
      const unitSheet = await run((context) => addUnitSheet(context, UNIT_SHEET, unitSheetOf(outcome.consolidation.names)));
      await run(async (context) => {
        context.workbook.worksheets.getItem(sheets[0]).activate();
        await context.sync();
      });
      return { sheets, replaced, unitSheet };
    },

    downloadConsolidatedDocument(outcome) {
      // The Word document as a report's: the same download, and the same refusal where the pane cannot save one.
      const [table] = outcome.report.sheets;
      const model = { ...table, document: outcome.report.document };
      return this.downloadDocument({ model, sheetName: table.name });
    },

    async downloadDocument(report: MadeReport): Promise<DocumentDownload> {
      const previewUrl = pageUrl();
      const host = NO_DOWNLOADS[platform() ?? ''];
      if (host) {
        throw new UserFacingError(
          `${host.vi} không lưu được tệp tải về từ ngăn tác vụ. Để có bản Word, mở trang xem trước ${previewUrl} trong trình duyệt, ` +
            `chọn sổ tính này (đã lưu) và tạo báo cáo ở đó. / ` +
            `${host.en} cannot save a download from the task pane. For the Word document, open the preview page ${previewUrl} ` +
            `in a browser, choose this workbook (saved) and make the report there.`,
        );
      }
      const fileName = documentFileName(null, report.sheetName);
      save(await documentBytes(report.model), fileName);
      return { fileName, previewUrl };
    },

    createInputTables: () => writeTemplates(emptyInputTables(), false),

    insertSample: () => writeTemplates(sampleInputTables(), true),

    loadContent: (report: ReportId, period: Period) => run((context) => loadContentFromExcel(context, report, period)),

    saveContent: (report: ReportId, period: Period, content: ContentValues) => run((context) => saveContentToExcel(context, report, period, content)),
  };
}
