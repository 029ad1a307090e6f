/**
 * The input tables the Data tab creates in a workbook: their headers (the engine's own
 * Vietnamese labels, `core/schema.ts`), which columns hold dates, and the choice lists offered
 * in cells (data validation). Used for empty tables and, with the sample's rows, for the sample.
 */
import { normalizeLabel } from '../../core/text';
import { AGENCY_KEYS, ALL_TABLES, INFO_SHEET, type TableSpec } from '../../core/schema';
import type { RawCell } from '../../core/types';
import { REPORT_NAMES } from '../../core/reportNames';
import { sampleSheets, type SampleSheet } from '../../sample/sampleWorkbook';
import { INFO_HEADER, INFO_KEYS } from './infoSheet';

/** The choice lists, with values the engine reads (`core/cells.ts`). */
export const CHOICES = {
  channel: ['Trực tuyến', 'Trực tiếp', 'Bưu chính'],
  yesNo: ['Có', 'Không'],
  onlineLevel: ['Toàn trình', 'Một phần', 'Không'],
  regulator: ['Trung ương', 'Địa phương'],
  holidayKind: ['Nghỉ', 'Làm bù'],
  status: ['Đang xử lý', 'Đã giải quyết', 'Rút', 'Từ chối', 'Dừng xử lý'],
  /** NoiDung's `Báo cáo`: the reports' Vietnamese names (blank = every report). */
  report: REPORT_NAMES.map((r) => r.name),
} as const;

export interface ChoiceList {
  values: readonly string[];
  /** False: the list is a suggestion and other text is allowed (statuses vary between systems). */
  strict: boolean;
}

const YES_NO_KEYS = new Set([
  'onProvincialPortal',
  'onNationalPortal',
  'boundaryFree',
  'electronicProcess',
  'publicised',
  'onInformationSystem',
  'digitisationProcess',
  'dossierDigitised',
  'resultDigitised',
  'electronicResult',
  'reusedDigitisedData',
  'usedPopulationData',
  'paidOnline',
]);
const DATE_KEYS = new Set(['validFrom', 'validUntil', 'received', 'due', 'completed', 'day']);
const TEXT_KEYS = new Set(['code', 'procedureCode', 'id', 'period', 'key', 'section']);

function choicesFor(key: string): ChoiceList | undefined {
  if (YES_NO_KEYS.has(key)) return { values: CHOICES.yesNo, strict: true };
  switch (key) {
    case 'channel':
      return { values: CHOICES.channel, strict: true };
    case 'onlineLevel':
      return { values: CHOICES.onlineLevel, strict: true };
    case 'regulator':
      return { values: CHOICES.regulator, strict: true };
    case 'kind':
      return { values: CHOICES.holidayKind, strict: true };
    case 'status':
      return { values: CHOICES.status, strict: false };
    case 'report':
      // A suggestion: other names of a report are read too (core/reportNames.ts).
      return { values: CHOICES.report, strict: false };
    default:
      return undefined;
  }
}

export interface ColumnTemplate {
  header: string;
  /** Column width in Excel character units. */
  width: number;
  /** Dates: shown `dd/mm/yyyy`. */
  date: boolean;
  /**
   * Codes and labels kept as typed (`NV.01`, `2023-Q2`, `I.7`): Text format, so Excel does not
   * turn them into numbers or dates.
   */
  text: boolean;
  choices?: ChoiceList;
}

export interface InputTableTemplate {
  /** Sheet name, also the Excel table's name. */
  name: string;
  /** Title rows above the header (the sample's, as exports have them). */
  titles: string[];
  columns: ColumnTemplate[];
  rows: RawCell[][];
}

function specOf(name: string): TableSpec | undefined {
  return ALL_TABLES.find((t) => t.name === name);
}

/** The schema key of a header label in a table (`Ngày tiếp nhận` → `received`). */
function keyOf(spec: TableSpec | undefined, header: string): string | undefined {
  const label = normalizeLabel(header);
  return spec?.columns.find((c) => c.labels.some((l) => normalizeLabel(l) === label))?.key;
}

function column(spec: TableSpec | undefined, header: string, width?: number): ColumnTemplate {
  const key = keyOf(spec, header);
  const date = key !== undefined && DATE_KEYS.has(key);
  return {
    header,
    width: width ?? Math.min(40, Math.max(date ? 12 : 10, header.length + 2)),
    date,
    text: key !== undefined && TEXT_KEYS.has(key),
    choices: key ? choicesFor(key) : undefined,
  };
}

const WIDE_COLUMNS: Record<string, number> = { name: 50, text: 80, field: 24, note: 40, authority: 20 };

/** Empty input tables: each with its Vietnamese header; ThongTin with its keys to fill in. */
export function emptyInputTables(): InputTableTemplate[] {
  const tables: InputTableTemplate[] = ALL_TABLES.map((spec) => ({
    name: spec.name,
    titles: [],
    columns: spec.columns.map((c) => column(spec, c.labels[0], WIDE_COLUMNS[c.key])),
    rows: [],
  }));
  tables.push({
    name: INFO_SHEET,
    titles: [],
    columns: [
      { header: INFO_HEADER[0], width: 26, date: false, text: true },
      { header: INFO_HEADER[1], width: 60, date: false, text: true },
    ],
    rows: INFO_KEYS.map((key) => [AGENCY_KEYS[key][0], null]),
  });
  return tables;
}

/** The built-in sample's sheets as tables (with choice lists on the same columns). */
export function sampleInputTables(sheets: SampleSheet[] = sampleSheets()): InputTableTemplate[] {
  return sheets.map((s) => {
    const spec = specOf(s.name);
    return {
      name: s.name,
      titles: s.titles,
      columns: s.header.map((h, i) => {
        const c = column(spec, h, s.columnWidths[i]);
        return s.name === INFO_SHEET ? { ...c, text: true } : c;
      }),
      rows: s.rows,
    };
  });
}

/** The row of the header: under the titles and one blank row, as `writeInputSheets` lays them out. */
export function headerRowOf(template: InputTableTemplate): number {
  return template.titles.length > 0 ? template.titles.length + 2 : 1;
}
