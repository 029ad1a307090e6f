/**
 * Tổng hợp in the task pane, the same in both modes: the files the user picked are read one at
 * a time (`consolidateFiles` lets each go before the next is read, as the CLI does), with the
 * CLI's reader (`readSheetsFromBytes`), consolidated for the period and rendered as the CLI's
 * report: the table by unit and the summary (`renderConsolidated`), and its Word document.
 * No Office, ExcelJS or React here; the services write the result where it belongs.
 */
import { consolidateFiles } from '../../core/consolidateFiles';
import { issueDateFor } from '../../core/issueDate';
import type { AgencyInfo, DayNumber, Language, Period } from '../../core/types';
import { emptyFile } from '../../readers/errors';
import { readSheetsFromBytes } from '../../readers/index';
import { reportIssuesOf } from '../../templates';
import { consolidatedSheetNames, renderConsolidated } from '../../templates/consolidated';
import { UserFacingError, type ConsolidateHooks, type ConsolidateOutcome, type PickedFile } from './types';

/**
 * The names messages give the files: their own, or `name (2)` for a second file of the same name
 * (picked from two folders), so every issue names one file.
 */
export function distinctNames(files: readonly PickedFile[]): string[] {
  const seen = new Map<string, number>();
  return files.map(({ name }) => {
    const key = name.toLocaleLowerCase();
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    return count === 1 ? name : `${name} (${count})`;
  });
}

export interface ConsolidateContext {
  today: DayNumber;
  /** Lets the page paint between files. */
  yieldToUi: () => Promise<void>;
  /**
   * The consolidating office's details when no picked file gives them (a file with only
   * ThongTin): the ThongTin of the workbook the pane works in, or null.
   */
  workbookInfo: () => Promise<AgencyInfo | null>;
}

/** Reads `files` one at a time and consolidates their units for `period`; the report rendered. */
export async function consolidatePicked(
  files: readonly PickedFile[],
  period: Period,
  language: Language,
  context: ConsolidateContext,
  hooks: ConsolidateHooks = {},
): Promise<ConsolidateOutcome> {
  if (files.length === 0) throw new UserFacingError('Chưa chọn tệp nào để tổng hợp. / No files chosen to consolidate.');
  const names = distinctNames(files);
  const byName = new Map(names.map((name, i) => [name, files[i].file]));
  let done = 0;
  hooks.onProgress?.({ stage: 'reading', fraction: 0 });
  const read = async (name: string) => {
    const file = byName.get(name)!;
    if (file.size === 0) throw emptyFile(name);
    // Only this file's bytes and sheets are held; they go once its units are taken.
    const sheets = await readSheetsFromBytes(new Uint8Array(await file.arrayBuffer()), name);
    done += 1;
    hooks.onProgress?.({ stage: 'reading', fraction: done / files.length });
    await context.yieldToUi();
    return sheets;
  };
  const run = await consolidateFiles(names, read, period, { language, today: context.today });
  hooks.onProgress?.({ stage: 'computing' });
  await context.yieldToUi();
  const fromWorkbook = run.info.agency.trim() ? null : await context.workbookInfo();
  const info = fromWorkbook?.agency.trim() ? fromWorkbook : run.info;
  const report = renderConsolidated({ consolidation: run.consolidation, info, issueDate: issueDateFor(info, context.today) }, consolidatedSheetNames(period));
  return {
    consolidation: run.consolidation,
    files: run.files,
    report,
    issues: [...run.consolidation.issues, ...report.sheets.flatMap((sheet) => reportIssuesOf(sheet))],
  };
}
