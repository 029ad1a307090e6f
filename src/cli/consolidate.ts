/**
 * `tthc-report consolidate <files or folders>… --period P [-o out.xlsx|.docx|.pdf] [--json]`:
 * many units' files in one report by unit (II.06a). Each file is read, reduced to its units'
 * figures and let go before the next, so memory follows the largest file, not their number.
 */

import ExcelJS from 'exceljs';
import path from 'node:path';
import { docxBytes } from '../adapters/docx/writeDocx';
import { writeInputSheets } from '../adapters/exceljs/writeInputs';
import { writeSheetModel } from '../adapters/exceljs/writeSheet';
import { consolidate, type Consolidation, type UnitSource } from '../core/consolidation';
import { dayFromDate, formatDay, isoDay } from '../core/days';
import { EMPTY_AGENCY } from '../core/inputs';
import { issueDateFor } from '../core/issueDate';
import type { AgencyInfo, GovernmentLevel, Issue, Language, Period } from '../core/types';
import { unitSourcesOf } from '../core/unitSources';
import { NO_MAPPING, UNIT_COLUMNS, UNIT_SHEET, type UnitMapping } from '../core/units';
import { readSheetsFromFile } from '../readers/nodeFile';
import { renderConsolidated, type ConsolidatedReport } from '../templates/consolidated';
import type { OutputFormat } from './outputFormat';
import { docxToPdf } from './pdf';

export interface ConsolidateRun {
  consolidation: Consolidation;
  /** The consolidating office's details: the first file with only `ThongTin`, else blank. */
  info: AgencyInfo;
  /** The files read, in order. */
  files: string[];
}

/** Reads every file (one at a time) and consolidates their units for `period`. */
export async function runConsolidation(files: readonly string[], period: Period, language: Language): Promise<ConsolidateRun> {
  const today = dayFromDate(new Date());
  const sources: UnitSource[] = [];
  const issues: Issue[] = [];
  let mapping: UnitMapping | null = null;
  let info: AgencyInfo | null = null;
  for (const file of files) {
    const shown = path.basename(file);
    const sheets = await readSheetsFromFile(file, shown);
    const found = unitSourcesOf(shown, sheets, period, { language, today });
    sources.push(...found.sources);
    issues.push(...found.issues);
    if (found.mapping) mapping = mapping ? { entries: [...mapping.entries, ...found.mapping.entries] } : found.mapping;
    info ??= found.info;
  }
  const consolidation = consolidate(sources, period, mapping ?? NO_MAPPING, language);
  return { consolidation: { ...consolidation, issues: [...issues, ...consolidation.issues] }, info: info ?? { ...EMPTY_AGENCY, recipients: [] }, files: [...files] };
}

const LEVEL_TEXT: Record<GovernmentLevel, string> = { province: 'tỉnh', commune: 'xã' };

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

/** The report's sheet names: `Tổng hợp 2026-Q3` and `Tổng hợp chung 2026-Q3`, or the dates of a range. */
function sheetNamesOf(period: Period): { table: string; summary: string } {
  const tag = period.label ?? `${formatDay(period.from)}-${formatDay(period.to)}`.replace(/\//g, '.');
  return { table: `Tổng hợp ${tag}`, summary: `Tổng hợp chung ${tag}` };
}

/** The report by unit, rendered: its two sheets and its document. */
export function consolidatedReport(run: ConsolidateRun): ConsolidatedReport {
  return renderConsolidated({ consolidation: run.consolidation, info: run.info, issueDate: issueDateFor(run.info, dayFromDate(new Date())) }, sheetNamesOf(run.consolidation.period));
}

/**
 * The report file's bytes. The .xlsx also holds the `DonVi` sheet: every name found and the unit
 * and level it was taken for, for the user to correct and give back as one of the inputs.
 */
export async function consolidatedBytes(run: ConsolidateRun, report: ConsolidatedReport, format: OutputFormat, soffice: string | null): Promise<Uint8Array> {
  if (format === 'xlsx') {
    const workbook = new ExcelJS.Workbook();
    for (const sheet of report.sheets) writeSheetModel(workbook, sheet);
    writeInputSheets(workbook, [
      {
        name: UNIT_SHEET,
        titles: [],
        header: [UNIT_COLUMNS.found, UNIT_COLUMNS.unit, UNIT_COLUMNS.level],
        rows: run.consolidation.names.map((n) => [n.found, n.unit, n.level === null ? '' : LEVEL_TEXT[n.level]]),
        columnWidths: [40, 40, 10],
      },
    ]);
    return new Uint8Array(await workbook.xlsx.writeBuffer());
  }
  const docx = await docxBytes(report.document);
  return format === 'docx' ? docx : docxToPdf(soffice!, docx);
}
