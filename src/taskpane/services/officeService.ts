/**
 * The task pane inside Excel: reads the open workbook through Office.js, runs the engine, and
 * writes the report sheet with the adapter's `writeReport` (new sheet, replace only after the
 * user confirms, no half-written sheet left behind).
 */
import { excelRun, readTables, writeReport, type ExcelRun } from '../../adapters/officejs';
import type { RawTables } from '../../core/inputs';
import { tablesFromSheets } from '../../core/tableRoles';
import type { AgencyInfo, DayNumber, Issue, Language, Period } from '../../core/types';
import { issueAddress } from './issues';
import { appendWrites, INFO_SHEET, planInfoWrites } from './infoSheet';
import { emptyInputTables, sampleInputTables, type InputTableTemplate } from './inputTemplates';
import { appendTableTextRows, existingInputNames, findInfoSource, queueInputTable, queueTextWrites, selectOnSheet } from './officeWorkbook';
import { todayDay } from './periodInput';
import { reportIssuesOf } from '../../templates';
import { agencyInfoOf, analyseTables, checkTables, hasErrors, headlineOf, indicatorSeries, renderFor } from './reporting';
import { UserFacingError, type GenerateHooks, type GenerateOutcome, type GenerateRequest, type OfficeReportService, type SheetsResult } from './types';

export interface OfficeServiceOptions {
  /** `Excel.run` (a mock in tests); by default with `delayForCellEdit` (`excelRun`). */
  run?: ExcelRun;
  today?: () => DayNumber;
  /** Lets the pane paint between steps. */
  yieldToUi?: () => Promise<void>;
}

// Waits out a cell edit instead of failing the batch (ExcelApi 1.11; ignored by older hosts).
const defaultRun: ExcelRun = excelRun;
const nextFrame = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export function createOfficeService(options: OfficeServiceOptions = {}): OfficeReportService {
  const run = options.run ?? defaultRun;
  const today = options.today ?? (() => todayDay());
  const yieldToUi = options.yieldToUi ?? nextFrame;

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

    async checkData(language: Language) {
      return checkTables(await readAll(), language, today());
    },

    async indicators(periods: readonly Period[], language: Language) {
      return indicatorSeries(await readAll(), periods, language, today());
    },

    async showSheet(sheetName: string): Promise<void> {
      await run((context) => selectOnSheet(context, sheetName, 'A1'));
    },

    selectIssue(issue: Issue): Promise<boolean> {
      return run((context) => selectOnSheet(context, issue.sheet, issueAddress(issue)));
    },

    createInputTables: () => writeTemplates(emptyInputTables(), false),

    insertSample: () => writeTemplates(sampleInputTables(), true),
  };
}
