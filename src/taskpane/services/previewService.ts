/**
 * The task pane outside Excel (preview mode): the workbook is an .xlsx the user dropped or
 * picked (or the built-in sample), loaded with ExcelJS in the browser. The same engine makes
 * the same report; it is added to the loaded workbook, which the user downloads.
 *
 * - Each new report replaces the previous one made in this session (one report per download);
 *   a sheet of the same name that came with the file is replaced only if the user confirms,
 *   otherwise the report gets a free name beside it, as in Excel.
 * - Agency details are saved into the loaded workbook's ThongTin (so the download carries them).
 */
import type ExcelJS from 'exceljs';
import { newWorkbook, workbookFromBytes, workbookToBytes } from '../../adapters/exceljs/browserWorkbook';
import { readTablesFromWorkbook, WorkbookFileError } from '../../adapters/exceljs/workbookTables';
import { writeInputSheets } from '../../adapters/exceljs/writeInputs';
import { writeSheetModel } from '../../adapters/exceljs/writeSheet';
import { inputTableName } from '../../core/schema';
import type { RawTables } from '../../core/inputs';
import type { AgencyInfo, DayNumber, Language, Period } from '../../core/types';
import { sampleSheets } from '../../sample/sampleWorkbook';
import { validSheetName } from '../../templates/sheetName';
import { saveWithDownloadLink, reportFileName, type SaveFile } from './download';
import { appendWrites, INFO_SHEET, planInfoWrites, type CellWrite } from './infoSheet';
import { todayDay } from './periodInput';
import { agencyInfoOf, analyseTables, checkTables, hasErrors, headlineOf, indicatorSeries, renderFor } from './reporting';
import {
  UserFacingError,
  type DataCheck,
  type GenerateHooks,
  type GenerateOutcome,
  type GenerateRequest,
  type IndicatorPoint,
  type PreviewReportService,
  type PreviewWorkbook,
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
  workbook: ExcelJS.Workbook;
  summary: PreviewWorkbook;
  tables: RawTables;
  /** The sheet of the last report made here, removed when the next one is made. */
  reportSheet: string | null;
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

  function adopt(workbook: ExcelJS.Workbook, fileName: string, isSample: boolean): PreviewWorkbook {
    const tables = readTablesFromWorkbook(workbook);
    const summary: PreviewWorkbook = { fileName, isSample, info: agencyInfoOf(tables) };
    open = { workbook, summary, tables, reportSheet: null };
    return summary;
  }

  async function sampleWorkbook(): Promise<ExcelJS.Workbook> {
    const workbook = await newWorkbook();
    writeInputSheets(workbook, sampleSheets());
    return workbook;
  }

  return {
    mode: 'preview',

    current: () => open?.summary ?? null,

    async openFile(file, fileName) {
      if (file.size === 0) throw new WorkbookFileError(`Tệp "${fileName}" trống. / "${fileName}" is empty.`);
      const workbook = await workbookFromBytes(await file.arrayBuffer(), fileName);
      return adopt(workbook, fileName, false);
    },

    async openSample() {
      return adopt(await sampleWorkbook(), SAMPLE_FILE_NAME, true);
    },

    async loadInfo() {
      return open ? agencyInfoOf(open.tables) : null;
    },

    async saveInfo(info: AgencyInfo) {
      const o = use();
      let sheet = o.workbook.worksheets.find((ws) => inputTableName(ws.name) === INFO_SHEET);
      const plan = planInfoWrites(sheet ? (o.tables[INFO_SHEET] ?? null) : null, info);
      sheet ??= o.workbook.addWorksheet(INFO_SHEET);
      writeCells(sheet, [...plan.writes, ...appendWrites(plan)]);
      o.tables = readTablesFromWorkbook(o.workbook);
      o.summary = { ...o.summary, info: agencyInfoOf(o.tables) };
    },

    async generate(request: GenerateRequest, hooks: GenerateHooks = {}): Promise<GenerateOutcome> {
      const o = use();
      hooks.onProgress?.({ stage: 'reading', fraction: 1 });
      await yieldToUi();
      hooks.onProgress?.({ stage: 'computing' });
      await yieldToUi();
      const day = today();
      const data = analyseTables(o.tables, request.period, request.language, day);
      const headline = headlineOf(data.result);
      if (hasErrors(data.issues) && !request.allowErrors) return { status: 'blocked', issues: data.issues, headline };
      const model = renderFor(request.report, data, request.info, request.language, day);
      hooks.onProgress?.({ stage: 'writing' });
      await yieldToUi();
      const replaced = await clearTheWay(o, model.name, hooks.confirmReplace);
      const sheet = writeSheetModel(o.workbook, model);
      o.reportSheet = sheet.name;
      return { status: 'done', sheetName: sheet.name, replaced, headline, issues: data.issues, model };
    },

    async checkData(language: Language): Promise<DataCheck> {
      return checkTables(use().tables, language, today());
    },

    async indicators(periods: readonly Period[], language: Language): Promise<{ points: IndicatorPoint[]; issues: DataCheck['issues'] }> {
      return indicatorSeries(use().tables, periods, language, today());
    },

    async downloadReport() {
      const o = use();
      if (!o.reportSheet) throw new UserFacingError('Chưa có báo cáo để tải về. / There is no report to download yet.');
      const fileName = reportFileName(o.summary.fileName, o.reportSheet);
      save(await workbookToBytes(o.workbook), fileName);
      return fileName;
    },

    async downloadSample() {
      save(await workbookToBytes(await sampleWorkbook()), SAMPLE_FILE_NAME);
      return SAMPLE_FILE_NAME;
    },
  };
}

/**
 * Makes room for a report named `wanted`: the previous report of this session goes; a sheet of
 * that name from the file goes only if the user confirms (input tables never). Returns the
 * name of a sheet the user agreed to replace.
 */
async function clearTheWay(o: OpenWorkbook, wanted: string, confirm?: (name: string) => Promise<boolean>): Promise<string | null> {
  const name = validSheetName(wanted).toLocaleLowerCase();
  if (o.reportSheet) {
    const previous = o.workbook.getWorksheet(o.reportSheet);
    if (previous) o.workbook.removeWorksheet(previous.id);
    o.reportSheet = null;
  }
  const clash = o.workbook.worksheets.find((ws) => ws.name.toLocaleLowerCase() === name);
  if (!clash || inputTableName(clash.name) || !confirm) return null;
  if (!(await confirm(clash.name))) return null;
  const replaced = clash.name;
  o.workbook.removeWorksheet(clash.id);
  return replaced;
}

/** Writes text cells as text: the Text format (`@`) keeps Excel from reading them as formulas or numbers when edited. */
function writeCells(sheet: ExcelJS.Worksheet, writes: readonly CellWrite[]): void {
  for (const w of writes) {
    const cell = sheet.getCell(w.row, w.col);
    cell.value = w.value;
    cell.numFmt = '@';
    if (w.value.includes('\n')) cell.alignment = { ...cell.alignment, wrapText: true, vertical: 'top' };
  }
}
