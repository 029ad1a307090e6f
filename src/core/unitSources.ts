/**
 * What one unit's file brings to a consolidation, decided by its content: a dossier log (its
 * figures computed for the period, the unit named by `ThongTin`), an aggregate table (II.06a by
 * unit: a unit per row; form 06 by field: the whole table one unit), the `DonVi` mapping sheet,
 * or only `ThongTin` (the consolidating office's own details). Files come in any mix and order.
 */

import { isAggregateTable, readAggregateTable } from './aggregateTables';
import { cellText } from './cells';
import { HEADER_SEARCH_ROWS } from './tableReader';
import { normalizeLabel } from './text';
import { unitCountsOf, type UnitSource } from './consolidation';
import { reportDataFor } from './engine';
import { parseInputs, type ParseOptions } from './inputs';
import { tablesFromSheets } from './tableRoles';
import type { AgencyInfo, Issue, Period, RawTable } from './types';
import { isUnitMapping, readUnitMapping, type UnitMapping } from './units';

export interface FileSources {
  sources: UnitSource[];
  /** The `DonVi` sheet, when the file has one. */
  mapping: UnitMapping | null;
  /** The file's `ThongTin` when it has no log: the details of the office that consolidates. */
  info: AgencyInfo | null;
  issues: Issue[];
}

/** A file's issues name the file too: many units' files have a sheet called `HoSo`. */
const inFile = (file: string, issues: readonly Issue[]): Issue[] => issues.map((i) => ({ ...i, sheet: `${file} › ${i.sheet}` }));

/** The file's name without its folder and extension, to name a unit whose file names none. */
const stem = (file: string) => file.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');

/**
 * A log without its catalogue still gives its unit's figures when it writes every due date (a
 * dossier without one is reported on its own), so the missing catalogue is no error here.
 */
function catalogueNotNeeded(issue: Issue, en: boolean): Issue {
  const note = en
    ? ' For consolidating, the due dates written in the log are used; a dossier without one is reported on its own.'
    : ' Khi tổng hợp, dùng hạn trả ghi trong sổ; hồ sơ không ghi hạn trả được báo riêng.';
  return { ...issue, severity: 'warning', message: `${issue.message}${note}` };
}

/** Headers of a log's column naming the unit that received the dossier (exports of the one-stop systems). */
const UNIT_COLUMN_LABELS = new Set(['don vi tiep nhan', 'don vi', 'co quan tiep nhan', 'don vi xu ly', 'co quan giai quyet']);

/** The one unit a log's receiving-unit column names in every row, or null (no such column, or several units). */
function receivingUnitOf(raw: RawTable): string | null {
  for (let r = 0; r < Math.min(raw.rows.length, HEADER_SEARCH_ROWS); r += 1) {
    const c = raw.rows[r].findIndex((cell) => UNIT_COLUMN_LABELS.has(normalizeLabel(cellText(cell))));
    if (c < 0) continue;
    const names = new Set<string>();
    for (let below = r + 1; below < raw.rows.length; below += 1) {
      const text = cellText(raw.rows[below][c] ?? null).trim();
      if (text !== '') names.add(text);
      if (names.size > 1) return null;
    }
    return names.size === 1 ? [...names][0] : null;
  }
  return null;
}

/** The units, mapping and details one file holds, for the consolidation of `period`. */
export function unitSourcesOf(file: string, sheets: readonly RawTable[], period: Period, options: ParseOptions = {}): FileSources {
  const en = options.language === 'en';
  const issues: Issue[] = [];
  const sources: UnitSource[] = [];
  let mapping: UnitMapping | null = null;
  const rest: RawTable[] = [];
  const aggregates: RawTable[] = [];
  for (const sheet of sheets) {
    if (isUnitMapping(sheet)) {
      const read = readUnitMapping(sheet, options.language);
      mapping = mapping ? { entries: [...mapping.entries, ...read.mapping.entries] } : read.mapping;
      issues.push(...read.issues);
    } else if (isAggregateTable(sheet)) aggregates.push(sheet);
    else rest.push(sheet);
  }

  const tables = tablesFromSheets(rest);
  const hasLog = tables.HoSo !== undefined;
  const inputs = hasLog || tables.ThongTin ? parseInputs(tables, options) : null;
  const agency = inputs?.info.agency.trim() || null;

  for (const raw of aggregates) {
    const { table, issues: found } = readAggregateTable(raw, options.language);
    issues.push(...found);
    if (!table) continue;
    if (table.kind === 'byUnit') {
      for (const row of table.rows) {
        sources.push({ found: row.label, counts: row.counts, file, sheet: row.sheet, row: row.row, kind: 'table', period: table.period });
      }
    } else {
      sources.push({
        found: agency ?? table.agency ?? stem(file),
        counts: table.sum,
        file,
        sheet: table.sheet,
        row: table.total?.row ?? null,
        kind: 'table',
        period: table.period,
      });
    }
  }

  if (inputs && hasLog) {
    const data = reportDataFor(inputs, period, undefined, options.language);
    // Form 06's figures need no digitisation column: its absence is no news here.
    const relevant = data.issues.filter((i) => i.code !== 'noFlagColumns');
    issues.push(...relevant.map((i) => (i.code === 'missingTable' && i.sheet === 'TTHC' ? catalogueNotNeeded(i, en) : i)));
    const sheet = inputs.dossierSheet ?? tables.HoSo!.sheet;
    const fromColumn = agency ? null : receivingUnitOf(tables.HoSo!);
    const name = agency ?? fromColumn ?? stem(file);
    if (!agency && fromColumn) {
      issues.push({
        severity: 'warning',
        sheet,
        row: null,
        column: null,
        code: 'unitNamedByColumn',
        message: en
          ? `The file has no ThongTin sheet naming its agency: the unit is taken to be "${name}", from the log's receiving-unit column.`
          : `Tệp không có trang ThongTin ghi tên cơ quan: đơn vị được lấy theo cột đơn vị tiếp nhận của sổ, "${name}".`,
      });
    } else if (!agency) {
      issues.push({
        severity: 'warning',
        sheet,
        row: null,
        column: null,
        code: 'unitNamedByFile',
        message: en
          ? `The file has no ThongTin sheet naming its agency: the unit is taken to be "${name}", after the file's name (map it in the DonVi sheet if that is wrong).`
          : `Tệp không có trang ThongTin ghi tên cơ quan: đơn vị được lấy theo tên tệp, "${name}" (sửa ở trang DonVi nếu chưa đúng).`,
      });
    }
    sources.push({
      found: name,
      counts: unitCountsOf(data.result.indicators),
      file,
      sheet,
      row: null,
      kind: 'log',
      period: null,
      dossierIds: inputs.dossiers.map((d) => String(d.id)),
    });
  } else if (inputs) {
    // Only ThongTin: what parsing says of the missing log does not concern it.
    issues.push(...inputs.issues.filter((i) => i.sheet === tables.ThongTin?.sheet));
  }

  if (sources.length === 0 && mapping === null && !(inputs && !hasLog)) {
    issues.push({
      severity: 'warning',
      sheet: sheets[0]?.sheet ?? '',
      row: null,
      column: null,
      code: 'nothingToConsolidate',
      message: en
        ? 'Neither a dossier log nor a table of results (II.06a, form 06) was found in this file: it is left out.'
        : 'Không thấy sổ theo dõi hồ sơ hay bảng kết quả (II.06a, biểu 06) trong tệp này: bỏ qua.',
    });
  }
  return { sources, mapping, info: inputs && !hasLog && agency ? inputs.info : null, issues: inFile(file, issues) };
}
