/**
 * `tthc-report consolidate <files or folders>… --period P [-o out.xlsx|.docx|.pdf] [--json]`:
 * many units' files in one report by unit (II.06a). Each file is read, reduced to its units'
 * figures and let go before the next, so memory follows the largest file, not their number.
 */

import { newWorkbook } from './exceljs';
import path from 'node:path';
import { docxBytes } from '../adapters/docx/writeDocx';
import { writeConsolidatedWorkbook } from '../adapters/exceljs/consolidatedWorkbook';
import { consolidateFiles, type ConsolidatedFiles } from '../core/consolidateFiles';
import { dayFromDate, isoDay } from '../core/days';
import { issueDateFor } from '../core/issueDate';
import type { Language, Period } from '../core/types';
import { readSheetsFromFile } from '../readers/nodeFile';
import { consolidatedSheetNames, renderConsolidated, type ConsolidatedReport } from '../templates/consolidated';
import type { OutputFormat } from './outputFormat';
import { docxToPdf } from './pdf';

export type ConsolidateRun = ConsolidatedFiles;

/** Reads every file (one at a time, by its path; messages name it by its file name) and consolidates their units for `period`. */
export async function runConsolidation(files: readonly string[], period: Period, language: Language): Promise<ConsolidateRun> {
  const byName = new Map(files.map((file) => [path.basename(file), file]));
  // Two files of one name in different folders: messages name them by their paths instead.
  const names = byName.size === files.length ? [...byName.keys()] : [...files];
  const pathOf = (name: string) => byName.get(name) ?? name;
  return consolidateFiles(names, (name) => readSheetsFromFile(pathOf(name), name), period, { language, today: dayFromDate(new Date()) });
}

/** `--json`: the period, each unit's form-06 figures with its level and source, the total, the issues. */
export function consolidationJson(run: ConsolidateRun): unknown {
  const c = run.consolidation;
  return {
    period: { from: isoDay(c.period.from), to: isoDay(c.period.to) },
    units: c.units.map((u) => ({
      unit: u.unit,
      level: u.level,
      source: u.sources.map((s) => `${s.file} › ${s.sheet}${s.row === null ? '' : `!${s.row}`}`).join('; '),
      counts: u.counts,
    })),
    total: c.total,
    issues: c.issues,
  };
}

/** The report by unit, rendered: its two sheets and its document. */
export function consolidatedReport(run: ConsolidateRun): ConsolidatedReport {
  return renderConsolidated({ consolidation: run.consolidation, info: run.info, issueDate: issueDateFor(run.info, dayFromDate(new Date())) }, consolidatedSheetNames(run.consolidation.period));
}

/**
 * The report file's bytes. The .xlsx also holds the `DonVi` sheet: every name found and the unit
 * and level it was taken for, for the user to correct and give back as one of the inputs.
 */
export async function consolidatedBytes(run: ConsolidateRun, report: ConsolidatedReport, format: OutputFormat, soffice: string | null): Promise<Uint8Array> {
  if (format === 'xlsx') {
    const workbook = await newWorkbook();
    writeConsolidatedWorkbook(workbook, report, run.consolidation.names);
    return new Uint8Array(await workbook.xlsx.writeBuffer());
  }
  const docx = await docxBytes(report.document);
  return format === 'docx' ? docx : docxToPdf(soffice!, docx);
}
