import {
  cellText,
  isBlank,
  isExcelError,
  parseChannelCell,
  parseDateCell,
  Parsed,
  parseNumberCell,
  parseOnlineLevelCell,
  parseRegulatorCell,
  parseStatusCell,
  parseWholeNumberCell,
  parseYesNoCell,
} from './cells';
import { formatDay } from './days';
import { message, MessageId } from './messages';
import { periodFromLabel } from './periods';
import {
  AGENCY_KEYS,
  DOSSIER_TABLE,
  FIGURE_TABLE,
  HOLIDAY_TABLE,
  INFO_SHEET,
  NARRATIVE_TABLE,
  PROCEDURE_TABLE,
  TableSpec,
} from './schema';
import { locateTable, TableRow, tableRows } from './tableReader';
import { tablesFromSheets } from './tableRoles';
import { columnLetter, normalizeLabel } from './text';
import { WorkCalendar } from './workingDays';
import {
  AgencyInfo,
  DayNumber,
  Dossier,
  Figures,
  HolidayEntry,
  Inputs,
  Issue,
  Language,
  Narratives,
  Procedure,
  RawCell,
  RawTable,
} from './types';

/** The raw tables of a workbook, by table name (`TTHC`, `HoSo`, `SoLieu`, `NoiDung`, `NgayNghi`, `ThongTin`). */
export type RawTables = Partial<Record<string, RawTable>>;

export interface ParseOptions {
  language?: Language;
  /** Today, to flag dates in the future; omit to skip that check. */
  today?: DayNumber;
}

/** Longest text kept from one cell: a 10 MB cell must not become a 10 MB report line. */
export const MAX_TEXT_LENGTH = 32_767;

/**
 * Reads and checks every input table. Each unreadable value is an issue naming
 * sheet, row and column; rows with an error are left out of the figures.
 */
export function parseInputs(input: RawTables | readonly RawTable[], options: ParseOptions = {}): Inputs {
  const tables = Array.isArray(input) ? tablesFromSheets(input) : (input as RawTables);
  const ctx = new Context(options.language ?? 'vi');
  const holidays = readHolidays(tables, ctx);
  const calendar = new WorkCalendar(holidays);
  const rejected = new Map<string, number>();
  const procedures = readProcedures(tables, ctx, rejected);
  const dossiers = readDossiers(tables, ctx, procedures, rejected, calendar, options.today);
  return {
    procedures,
    dossiers,
    figures: readFigures(tables, ctx),
    narratives: readNarratives(tables, ctx),
    info: readAgencyInfo(tables[INFO_SHEET], ctx),
    holidays,
    issues: ctx.issues,
  };
}

class Context {
  readonly issues: Issue[] = [];
  constructor(readonly language: Language) {}

  locate(tables: RawTables, spec: TableSpec, required: boolean) {
    const raw = tables[spec.name];
    if (!raw) {
      if (required) this.issues.push({ severity: 'error', sheet: spec.name, row: null, column: null, message: message('missingTable', this.language, { table: spec.name }) });
      return null;
    }
    const { table, issues } = locateTable(raw, spec, this.language);
    this.issues.push(...issues);
    return table;
  }

  error(sheet: string, row: TableRow, key: string, id: MessageId, params: Record<string, string | number> = {}): void {
    this.issues.push({ severity: 'error', sheet, row: row.row, column: row.column(key), message: message(id, this.language, params) });
  }

  warning(sheet: string, row: TableRow, key: string | null, id: MessageId, params: Record<string, string | number> = {}): void {
    this.issues.push({ severity: 'warning', sheet, row: row.row, column: key ? row.column(key) : null, message: message(id, this.language, params) });
  }

  /** Reads a cell; on failure records the issue and returns undefined. */
  read<T>(sheet: string, row: TableRow, key: string, parse: (cell: RawCell) => Parsed<T>): T | null | undefined {
    const cell = row.get(key);
    if (isExcelError(cell)) {
      this.error(sheet, row, key, 'excelError', { value: cellText(cell) });
      return undefined;
    }
    const parsed = parse(cell);
    if (parsed.ok) return parsed.value;
    this.error(sheet, row, key, parsed.error, { value: shorten(cellText(cell)) });
    return undefined;
  }

  text(sheet: string, row: TableRow, key: string): string {
    const t = cellText(row.get(key));
    if (isExcelError(t)) this.error(sheet, row, key, 'excelError', { value: t });
    if (t.length <= MAX_TEXT_LENGTH) return t;
    this.warning(sheet, row, key, 'textTooLong', { value: t.length, other: MAX_TEXT_LENGTH });
    return t.slice(0, MAX_TEXT_LENGTH);
  }
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** `Tổng cộng`, `Cộng`, `Total`: a sum row staff put under their log, labelled in a key column or the first filled one. */
function isTotalRow(row: TableRow, keys: string[]): boolean {
  return [...keys.map((k) => row.get(k)), row.firstValue()].some((c) => {
    const text = cellText(c);
    // Cheap first look (this runs on every row): every total label starts with t, c or s.
    return /^[^a-z0-9]*[tcs]/i.test(text) && /^(tong cong|tong so|tong|cong|total|sum)$/.test(normalizeLabel(text));
  });
}

/** `rejected` gets the code and row of each procedure left out for an error, so its dossiers can say why. */
function readProcedures(tables: RawTables, ctx: Context, rejected: Map<string, number>): Procedure[] {
  const table = ctx.locate(tables, PROCEDURE_TABLE, true);
  if (!table) return [];
  const sheet = table.sheet;
  const list: Procedure[] = [];
  const seen = new Map<string, number>();
  for (const r of tableRows(table)) {
    if (isTotalRow(r, ['code', 'name'])) {
      ctx.warning(sheet, r, null, 'totalRowSkipped');
      continue;
    }
    const before = ctx.issues.length;
    const code = ctx.text(sheet, r, 'code');
    const name = ctx.text(sheet, r, 'name');
    const field = ctx.text(sheet, r, 'field');
    for (const [key, value] of [['code', code], ['name', name], ['field', field]] as const) if (!value) ctx.error(sheet, r, key, 'required');
    if (code && seen.has(code)) ctx.error(sheet, r, 'code', 'duplicateId', { value: code, other: seen.get(code)! });
    const yes = (key: string) => ctx.read(sheet, r, key, parseYesNoCell) ?? false;
    const procedure: Procedure = {
      code,
      name,
      field,
      regulator: ctx.read(sheet, r, 'regulator', parseRegulatorCell) ?? null,
      authority: ctx.text(sheet, r, 'authority'),
      onlineLevel: ctx.read(sheet, r, 'onlineLevel', parseOnlineLevelCell) ?? 'none',
      onProvincialPortal: yes('onProvincialPortal'),
      onNationalPortal: yes('onNationalPortal'),
      boundaryFree: yes('boundaryFree'),
      processingDays: ctx.read(sheet, r, 'processingDays', parseWholeNumberCell) ?? null,
      electronicProcess: yes('electronicProcess'),
      publicised: yes('publicised'),
      onInformationSystem: yes('onInformationSystem'),
      digitisationProcess: yes('digitisationProcess'),
      validFrom: ctx.read(sheet, r, 'validFrom', parseDateCell) ?? null,
      validUntil: ctx.read(sheet, r, 'validUntil', parseDateCell) ?? null,
      row: r.row,
    };
    if (procedure.validFrom !== null && procedure.validUntil !== null && procedure.validUntil < procedure.validFrom) {
      ctx.error(sheet, r, 'validUntil', 'validUntilBeforeFrom', { value: formatDay(procedure.validUntil), other: formatDay(procedure.validFrom) });
    }
    if (code && !seen.has(code)) seen.set(code, r.row);
    if (ctx.issues.slice(before).some((i) => i.severity === 'error')) {
      if (code && !rejected.has(code) && !list.some((p) => p.code === code)) rejected.set(code, r.row);
      continue;
    }
    list.push(procedure);
  }
  return list;
}

function readDossiers(
  tables: RawTables,
  ctx: Context,
  procedures: Procedure[],
  rejected: Map<string, number>,
  calendar: WorkCalendar,
  today: DayNumber | undefined,
): Dossier[] {
  const table = ctx.locate(tables, DOSSIER_TABLE, true);
  if (!table) return [];
  const sheet = table.sheet;
  const byCode = new Map(procedures.map((p) => [p.code, p]));
  const seen = new Map<string, number>();
  const list: Dossier[] = [];
  for (const r of tableRows(table)) {
    if (isTotalRow(r, ['id', 'procedureCode'])) {
      ctx.warning(sheet, r, null, 'totalRowSkipped');
      continue;
    }
    const before = ctx.issues.length;
    const id = ctx.text(sheet, r, 'id');
    const code = ctx.text(sheet, r, 'procedureCode');
    if (!id) ctx.error(sheet, r, 'id', 'required');
    else if (seen.has(id)) ctx.error(sheet, r, 'id', 'duplicateId', { value: id, other: seen.get(id)! });
    else seen.set(id, r.row);
    const procedure = byCode.get(code);
    if (!code) ctx.error(sheet, r, 'procedureCode', 'required');
    else if (!procedure && rejected.has(code)) ctx.error(sheet, r, 'procedureCode', 'procedureHasErrors', { value: code, other: rejected.get(code)! });
    else if (!procedure) ctx.error(sheet, r, 'procedureCode', 'unknownProcedure', { value: code });

    const received = ctx.read(sheet, r, 'received', parseDateCell);
    if (received === null) ctx.error(sheet, r, 'received', 'required');
    let due = ctx.read(sheet, r, 'due', parseDateCell);
    const completed = ctx.read(sheet, r, 'completed', parseDateCell);
    const endStatus = ctx.read(sheet, r, 'status', parseStatusCell) ?? null;
    const channel = ctx.read(sheet, r, 'channel', parseChannelCell) ?? 'direct';
    const yes = (key: string) => ctx.read(sheet, r, key, parseYesNoCell) ?? false;
    const flags = {
      dossierDigitised: yes('dossierDigitised'),
      resultDigitised: yes('resultDigitised'),
      electronicResult: yes('electronicResult'),
      reusedDigitisedData: yes('reusedDigitisedData'),
      usedPopulationData: yes('usedPopulationData'),
      paidOnline: yes('paidOnline'),
    };
    if (typeof received === 'number') {
      if (due === null && procedure) {
        if (procedure.processingDays === null) ctx.error(sheet, r, 'due', 'noDueDate', { value: code });
        else due = calendar.addWorkingDays(received, procedure.processingDays);
      }
      if (typeof due === 'number' && due < received) {
        ctx.error(sheet, r, 'due', 'dueBeforeReceived', { value: formatDay(due), other: formatDay(received) });
      }
      if (typeof completed === 'number' && completed < received) {
        ctx.error(sheet, r, 'completed', 'completedBeforeReceived', { value: formatDay(completed), other: formatDay(received) });
      }
      if (today !== undefined) {
        if (received > today) ctx.error(sheet, r, 'received', 'futureDate', { value: formatDay(received), other: formatDay(today) });
        if (typeof completed === 'number' && completed > today) {
          ctx.error(sheet, r, 'completed', 'futureDate', { value: formatDay(completed), other: formatDay(today) });
        }
      }
    }
    if (endStatus && completed === null) ctx.error(sheet, r, 'status', 'endedWithoutDate', { value: cellText(r.get('status')) });
    if (hasErrorSince(ctx, before)) continue;
    list.push({
      id,
      procedureCode: code,
      received: received as DayNumber,
      due: due as DayNumber,
      completed: completed ?? null,
      channel,
      endStatus,
      ...flags,
      row: r.row,
    });
  }
  return list;
}

function hasErrorSince(ctx: Context, index: number): boolean {
  for (let i = index; i < ctx.issues.length; i++) if (ctx.issues[i].severity === 'error') return true;
  return false;
}

/** Period labels as written in SoLieu/NoiDung, normalised so `2023-q2` and `2023-Q2` are one. */
export function periodKey(label: string): string {
  return label.trim().toUpperCase().replace(/\s+/g, '');
}

function readPeriodCell(ctx: Context, sheet: string, r: TableRow): string | null {
  const text = cellText(r.get('period'));
  if (!text) {
    ctx.error(sheet, r, 'period', 'required');
    return null;
  }
  if (!periodFromLabel(text)) {
    ctx.error(sheet, r, 'period', 'badPeriod', { value: text });
    return null;
  }
  return periodKey(text);
}

function readFigures(tables: RawTables, ctx: Context): Record<string, Figures> {
  const table = ctx.locate(tables, FIGURE_TABLE, false);
  const result: Record<string, Figures> = {};
  if (!table) return result;
  for (const r of tableRows(table)) {
    const period = readPeriodCell(ctx, table.sheet, r);
    const key = cellText(r.get('key'));
    if (!key) ctx.error(table.sheet, r, 'key', 'required');
    const value = ctx.read(table.sheet, r, 'value', parseNumberCell);
    if (typeof value === 'number' && value < 0) {
      ctx.error(table.sheet, r, 'value', 'negativeNumber', { value });
      continue;
    }
    if (period === null || !key || typeof value !== 'number') continue;
    (result[period] ??= {})[key] = value;
  }
  return result;
}

function readNarratives(tables: RawTables, ctx: Context): Record<string, Narratives> {
  const table = ctx.locate(tables, NARRATIVE_TABLE, false);
  const result: Record<string, Narratives> = {};
  if (!table) return result;
  for (const r of tableRows(table)) {
    const period = readPeriodCell(ctx, table.sheet, r);
    const section = sectionKey(cellText(r.get('section')));
    const before = ctx.issues.length;
    const text = ctx.text(table.sheet, r, 'text');
    if (!section) ctx.error(table.sheet, r, 'section', 'required');
    if (period === null || !section || !text || hasErrorSince(ctx, before)) continue;
    ((result[period] ??= {})[section] ??= []).push(text);
  }
  return result;
}

/** `i.7`, `I. 7.` → `I.7`; `mo dau` → `Mở đầu`; other names as written. */
export function sectionKey(text: string): string {
  const compact = text.replace(/\s+/g, '').replace(/\.$/, '');
  if (/^[IVX]+(\.\d+)*$/i.test(compact)) return compact.toUpperCase();
  if (['mo dau', 'opening', 'introduction'].includes(normalizeLabel(text))) return 'Mở đầu';
  return text.trim().replace(/\s+/g, ' ');
}

function readHolidays(tables: RawTables, ctx: Context): HolidayEntry[] {
  const table = ctx.locate(tables, HOLIDAY_TABLE, false);
  if (!table) return [];
  const list: HolidayEntry[] = [];
  for (const r of tableRows(table)) {
    const day = ctx.read(table.sheet, r, 'day', parseDateCell);
    if (day === null) ctx.error(table.sheet, r, 'day', 'required');
    const kindText = normalizeLabel(cellText(r.get('kind')));
    const kind = kindText.startsWith('lam bu') || kindText === 'makeup' || kindText === 'make up' ? 'makeup' : kindText.startsWith('nghi') || kindText === 'off' || kindText === 'day off' ? 'off' : null;
    if (!kind) ctx.error(table.sheet, r, 'kind', 'badHolidayKind', { value: cellText(r.get('kind')) });
    if (typeof day === 'number' && kind) list.push({ day, kind, note: cellText(r.get('note')) });
  }
  return list;
}

export const EMPTY_AGENCY: AgencyInfo = {
  parentAgency: '',
  agency: '',
  place: '',
  documentNumber: '',
  recipient: '',
  recipients: [],
  signerTitle: '',
  signerDeputyTitle: '',
  signerName: '',
};

/** ThongTin: each row a label and its value; `Nơi nhận` may take several rows or lines. */
function readAgencyInfo(raw: RawTable | undefined, ctx: Context): AgencyInfo {
  const info: AgencyInfo = { ...EMPTY_AGENCY, recipients: [] };
  if (!raw) return info;
  const lookup = new Map<string, keyof AgencyInfo>();
  for (const [key, labels] of Object.entries(AGENCY_KEYS)) for (const l of labels) lookup.set(normalizeLabel(l), key as keyof AgencyInfo);
  raw.rows.forEach((row, i) => {
    const filled = row.map((c, j) => [c, j] as const).filter(([c]) => !isBlank(c));
    if (filled.length < 2) return;
    const key = lookup.get(normalizeLabel(cellText(filled[0][0])));
    if (!key) return;
    let value = cellText(filled[1][0]);
    if (value.length > MAX_TEXT_LENGTH) {
      const column = columnLetter(raw.firstColumn + filled[1][1]);
      const params = { value: value.length, other: MAX_TEXT_LENGTH };
      ctx.issues.push({ severity: 'warning', sheet: raw.sheet, row: raw.firstRow + i, column, message: message('textTooLong', ctx.language, params) });
      value = value.slice(0, MAX_TEXT_LENGTH);
    }
    if (key === 'recipients') info.recipients.push(...value.split(/\r?\n/).map((s) => s.trim()).filter(Boolean));
    else info[key] = value;
  });
  return info;
}
