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
  parseDaysCell,
  parseYesNoCell,
  parseWholeNumberCell,
  parseLevelCell,
  parseLetterCell,
  endStatusOf,
} from './cells';
import { DossierIdRegistry } from './dossierIds';
import { UNKNOWN_DOSSIER_2026, UNKNOWN_PROCEDURE_2026 } from './records';
import { formatDay, parseDayText } from './days';
import { message, MessageId } from './messages';
import { FIGURE_KEYS, figureKeyFromText, figureLabel } from './figureKeys';
import { periodKey } from './periodData';
import { REPORT_KEYS, REPORT_NAMES, reportFromName, ReportKey } from './reportNames';
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
import { LocatedTable, locateTable, TableRow, tableRows } from './tableReader';
import { sheetNamesOf, tablesFromSheets } from './tableRoles';
import { columnLetter, normalizeLabel } from './text';
import { WorkCalendar } from './workingDays';
import {
  AgencyInfo,
  ALL_REPORTS,
  DayNumber,
  Dossier,
  Figures,
  HolidayEntry,
  Inputs,
  Issue,
  Language,
  NarrativesByReport,
  Procedure,
  RawCell,
  RawTable,
  UnknowableCountKey,
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
  const state = beginParse(input, options);
  const dossiers: Dossier[] = [];
  const log = openDossierLog(state, { procedure: () => undefined, dossier: (d) => dossiers.push(d) });
  if (log) for (const r of tableRows(log.table)) log.add(r);
  return { ...endParse(state, log), dossiers };
}

/** Where a log's dossiers go as they are read: into a list, or counted and let go (`PeriodTally`). */
export interface DossierSink {
  /** A procedure the catalogue lacks, when a dossier first names it. */
  procedure(p: Procedure): void;
  /** A dossier read without error. */
  dossier(d: Dossier): void;
}

/** The inputs but the dossiers, which went to a `DossierSink`. */
export type InputsWithoutDossiers = Omit<Inputs, 'dossiers'>;

/**
 * `parseInputs` for a log read row by row: `readRows` gives each data row of the located log
 * table to `add`, in order; every dossier goes to the sink made for the catalogue read, and
 * none is kept. The same checks, the same issues in the same order as `parseInputs`.
 */
export async function parseInputsStreamed(
  input: RawTables | readonly RawTable[],
  options: ParseOptions,
  sinkFor: (catalogue: readonly Procedure[]) => DossierSink,
  readRows: (table: LocatedTable, add: (r: TableRow) => void) => Promise<void>,
): Promise<InputsWithoutDossiers> {
  const state = beginParse(input, options);
  const log = openDossierLog(state, sinkFor(state.catalogue.procedures));
  if (log) await readRows(log.table, (r) => log.add(r));
  return endParse(state, log);
}

interface ParseState {
  tables: RawTables;
  ctx: Context;
  holidays: HolidayEntry[];
  calendar: WorkCalendar;
  rejected: Map<string, number>;
  catalogue: Catalogue;
  today: DayNumber | undefined;
}

/** The tables found, the holidays and the catalogue: what the log is read with. */
function beginParse(input: RawTables | readonly RawTable[], options: ParseOptions): ParseState {
  const tables = Array.isArray(input) ? tablesFromSheets(input) : (input as RawTables);
  const sheets = Array.isArray(input) ? sheetNamesOf(input) : null;
  const ctx = new Context(options.language ?? 'vi', sheets);
  const holidays = readHolidays(tables, ctx);
  const calendar = new WorkCalendar(holidays);
  const rejected = new Map<string, number>();
  const catalogue = readProcedures(tables, ctx, rejected);
  return { tables, ctx, holidays, calendar, rejected, catalogue, today: options.today };
}

/** After the log: the typed-in figures, narratives and agency details, and every issue. */
function endParse(state: ParseState, log: DossierLog | null): InputsWithoutDossiers {
  const { tables, ctx, catalogue, holidays } = state;
  const read = log ? log.finish() : { unlisted: [], unknownCounts: [] };
  return {
    procedures: catalogue.procedures,
    unlistedProcedures: read.unlisted,
    unknownCounts: read.unknownCounts,
    dossierSheet: tables.HoSo?.sheet,
    catalogueSheet: tables.TTHC?.sheet,
    figures: readFigures(tables, ctx),
    narratives: readNarratives(tables, ctx),
    info: readAgencyInfo(tables[INFO_SHEET], ctx),
    holidays,
    issues: ctx.issues,
  };
}

class Context {
  readonly issues: Issue[] = [];
  /** The sheets the file has, when known: a table not found is reported with them. */
  constructor(
    readonly language: Language,
    private readonly sheetNames: string[] | null = null,
  ) {}

  locate(tables: RawTables, spec: TableSpec, required: boolean) {
    const raw = tables[spec.name];
    if (!raw) {
      if (required) this.issues.push({ severity: 'error', sheet: spec.name, row: null, column: null, message: this.notFound(spec), code: 'missingTable' });
      return null;
    }
    const { table, issues } = locateTable(raw, spec, this.language);
    for (const issue of issues) this.issues.push(issue);
    return table;
  }

  private notFound(spec: TableSpec): string {
    if (this.sheetNames === null) return message('missingTable', this.language, { table: spec.name });
    const aliases = (spec.aliases ?? []).slice(0, 2).map((a) => `, "${a}"`).join('');
    const expected = spec.columns.filter((c) => c.required).map((c) => c.labels[0]).join(', ');
    const sheets = this.sheetNames.length > 0 ? this.sheetNames.map((n) => `"${n}"`).join(', ') : '—';
    return message('tableNotFound', this.language, { table: spec.name, aliases, expected, sheets });
  }

  error(sheet: string, row: TableRow, key: string, id: MessageId, params: Record<string, string | number> = {}): void {
    this.issues.push({ severity: 'error', sheet, row: row.row, column: row.column(key), message: message(id, this.language, params), code: id });
  }

  warning(sheet: string, row: TableRow, key: string | null, id: MessageId, params: Record<string, string | number> = {}): void {
    this.issues.push({ severity: 'warning', sheet, row: row.row, column: key ? row.column(key) : null, message: message(id, this.language, params), code: id });
  }

  /** A warning about a whole sheet (one note for many rows). */
  sheetWarning(sheet: string, row: number | null, id: MessageId, params: Record<string, string | number> = {}): void {
    this.issues.push({ severity: 'warning', sheet, row, column: null, message: message(id, this.language, params), code: id });
  }

  /** Reads a cell; on failure records an error and returns undefined. */
  read<T>(sheet: string, row: TableRow, key: string, parse: (cell: RawCell) => Parsed<T>): T | null | undefined {
    return this.readAs('error', sheet, row, key, parse);
  }

  /**
   * Reads an optional attribute: an unreadable value is a warning and the attribute is treated
   * as missing (null), so one odd cell never drops its row.
   */
  optional<T>(sheet: string, row: TableRow, key: string, parse: (cell: RawCell) => Parsed<T>): T | null {
    return this.readAs('warning', sheet, row, key, parse) ?? null;
  }

  private readAs<T>(severity: 'error' | 'warning', sheet: string, row: TableRow, key: string, parse: (cell: RawCell) => Parsed<T>): T | null | undefined {
    const cell = row.get(key);
    if (isExcelError(cell)) {
      (severity === 'error' ? this.error : this.warning).call(this, sheet, row, key, 'excelError', { value: cellText(cell) });
      return undefined;
    }
    const parsed = parse(cell);
    if (parsed.ok) return parsed.value;
    if (severity === 'error') {
      this.error(sheet, row, key, parsed.error, { value: shorten(cellText(cell)) });
    } else {
      // The same words, then what was done: the attribute is treated as blank and the row is kept.
      const text = `${message(parsed.error, this.language, { value: shorten(cellText(cell)) })} ${message('valueIgnored', this.language)}`;
      this.issues.push({ severity: 'warning', sheet, row: row.row, column: row.column(key), message: text, code: parsed.error });
    }
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

const MAYBE_TOTAL = /^[^a-z0-9]*[tcs]/i;
const TOTAL_LABEL = /^(tong cong|tong so|tong|cong|total|sum|trong do)$/;

/**
 * `Tổng cộng`, `Tổng số`, `Trong đó`, `Total`: a sum row staff put under their log, labelled in
 * a key column or the first filled one. `labels` remembers what each text was found to be (a
 * log names the same procedures a million times).
 */
function isTotalRow(row: TableRow, keys: readonly string[], labels?: Map<string, boolean>): boolean {
  for (const k of keys) if (isTotalLabel(row.get(k), labels)) return true;
  return isTotalLabel(row.firstValue(), labels);
}

function isTotalLabel(cell: RawCell, labels: Map<string, boolean> | undefined): boolean {
  // Only text can be a label; cheap first look (this runs on every row): each starts with t, c or s.
  if (typeof cell !== 'string') return false;
  const text = cell.trim();
  if (!MAYBE_TOTAL.test(text)) return false;
  let total = labels?.get(text);
  if (total === undefined) {
    total = TOTAL_LABEL.test(normalizeLabel(text));
    if (labels && labels.size < REMEMBERED_TEXTS) labels.set(text, total);
  }
  return total;
}

/** Distinct texts a log's parsers remember: enough for every status, channel and procedure name, bounded for a column of IDs. */
const REMEMBERED_TEXTS = 4096;

/**
 * A cell parser that remembers what it made of each text: a log repeats a handful of statuses,
 * channels and yes/no words a million times. The results are shared, never changed.
 */
function remembering<T>(parse: (cell: RawCell) => Parsed<T>): (cell: RawCell) => Parsed<T> {
  const made = new Map<string, Parsed<T>>();
  return (cell) => {
    if (typeof cell !== 'string') return parse(cell);
    let parsed = made.get(cell);
    if (parsed === undefined) {
      parsed = parse(cell);
      if (made.size < REMEMBERED_TEXTS) made.set(cell, parsed);
    }
    return parsed;
  };
}

/** The log's columns a total row's label may be in. */
const LOG_LABEL_KEYS = ['id', 'procedureCode', 'procedureName'];

/** Total rows found in a table, noted once for the table rather than once a row. */
class TotalRows {
  private readonly rows: number[] = [];
  add(row: number): void {
    this.rows.push(row);
  }
  report(ctx: Context, sheet: string): void {
    if (this.rows.length === 0) return;
    ctx.sheetWarning(sheet, this.rows[0], 'totalRowsSkipped', { value: this.rows.length, other: listRows(this.rows) });
  }
}

function listRows(rows: number[], max = 10): string {
  return rows.length > max ? `${rows.slice(0, max).join(', ')}…` : rows.join(', ');
}

/** A procedure code as compared: text after NFC and trimming, so 1.001 typed as text or as a number can match. */
export function codeKey(cell: RawCell): string {
  return cellText(cell).normalize('NFC').trim();
}

/** A procedure name as compared: NFC, case, spacing and punctuation ignored (diacritics kept). */
export function procedureNameKey(name: string): string {
  return name
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Lĩnh vực of dossiers whose procedure the catalogue lacks. */
export const UNKNOWN_FIELD = 'Chưa xác định lĩnh vực';

interface Catalogue {
  procedures: Procedure[];
  /** Codes that were numbers in the catalogue sheet, for the text/number warning. */
  numericCodes: Set<string>;
}

/** `rejected` gets the code and row of each procedure left out for an error, so its dossiers can say why. */
function readProcedures(tables: RawTables, ctx: Context, rejected: Map<string, number>): Catalogue {
  const table = ctx.locate(tables, PROCEDURE_TABLE, true);
  const numericCodes = new Set<string>();
  if (!table) return { procedures: [], numericCodes };
  const sheet = table.sheet;
  const list: Procedure[] = [];
  const seen = new Map<string, number>();
  const totals = new TotalRows();
  const date = dateReader(table.raw);
  // A 2026 column the catalogue lacks is unknown for every procedure, not "no".
  const known = (key: string) => table.columns.has(key);
  for (const r of tableRows(table)) {
    if (isTotalRow(r, ['code', 'name'])) {
      totals.add(r.row);
      continue;
    }
    const before = ctx.issues.length;
    const code = codeKey(ctx.text(sheet, r, 'code'));
    if (typeof r.get('code') === 'number') numericCodes.add(code);
    const name = ctx.text(sheet, r, 'name');
    const field = ctx.text(sheet, r, 'field');
    for (const [key, value] of [['code', code], ['name', name], ['field', field]] as const) if (!value) ctx.error(sheet, r, key, 'required');
    if (code && seen.has(code)) ctx.error(sheet, r, 'code', 'duplicateId', { value: code, other: seen.get(code)! });
    const yes = (key: string) => ctx.optional(sheet, r, key, parseYesNoCell) ?? false;
    const procedure: Procedure = {
      code,
      name,
      field,
      regulator: ctx.optional(sheet, r, 'regulator', parseRegulatorCell),
      authority: ctx.text(sheet, r, 'authority'),
      onlineLevel: ctx.optional(sheet, r, 'onlineLevel', parseOnlineLevelCell) ?? 'none',
      onProvincialPortal: yes('onProvincialPortal'),
      onNationalPortal: yes('onNationalPortal'),
      boundaryFree: yes('boundaryFree'),
      processingDays: ctx.optional(sheet, r, 'processingDays', parseDaysCell),
      electronicProcess: yes('electronicProcess'),
      publicised: yes('publicised'),
      onInformationSystem: yes('onInformationSystem'),
      digitisationProcess: yes('digitisationProcess'),
      validFrom: ctx.optional(sheet, r, 'validFrom', date),
      validUntil: ctx.optional(sheet, r, 'validUntil', date),
      level: known('level') ? ctx.optional(sheet, r, 'level', parseLevelCell) : null,
      eligibleFullOnline: known('eligibleFullOnline') ? yes('eligibleFullOnline') : null,
      paperResult: known('paperResult') ? yes('paperResult') : null,
      hasFee: known('hasFee') ? yes('hasFee') : null,
      row: r.row,
    };
    if (procedure.validFrom !== null && procedure.validUntil !== null && procedure.validUntil < procedure.validFrom) {
      ctx.error(sheet, r, 'validUntil', 'validUntilBeforeFrom', { value: formatDay(procedure.validUntil), other: formatDay(procedure.validFrom) });
    }
    if (code && !seen.has(code)) seen.set(code, r.row);
    if (hasErrorSince(ctx, before)) {
      if (code && !rejected.has(code) && !list.some((p) => p.code === code)) rejected.set(code, r.row);
      continue;
    }
    list.push(procedure);
  }
  totals.report(ctx, sheet);
  return { procedures: list, numericCodes };
}

/** The date parser for a table's cells: bare serials count from 1904 in a 1904 workbook. */
function dateReader(raw: RawTable): (cell: RawCell) => Parsed<DayNumber> {
  const date1904 = raw.date1904 === true;
  return (cell) => parseDateCell(cell, date1904);
}

/** The columns each unknowable count needs, and the counts that are unknown without it. */
const COUNT_COLUMNS: [string, UnknowableCountKey[]][] = [
  ['channel', ['newOnline', 'newDirect', 'newPostal']],
  ['dossierDigitised', ['dossiersDigitised']],
  ['resultDigitised', ['resultsDigitised']],
  ['electronicResult', ['electronicResults']],
  ['reusedDigitisedData', ['reusedDigitisedData']],
  ['usedPopulationData', ['usedPopulationData']],
  ['paidOnline', ['paidOnline']],
  ['apologyLetter', ['resolvedLateWithApology', 'resolvedLateWithoutApology', 'pendingOverdueWithApology', 'pendingOverdueWithoutApology']],
];

/**
 * The log (HoSo) being read: its table located, its columns checked, then its rows added one
 * at a time, each checked and its dossier given to the sink; `finish` notes what is noted
 * once for the table. Null when the log is missing or names no procedure column.
 */
function openDossierLog(state: ParseState, sink: DossierSink): DossierLog | null {
  const { tables, ctx } = state;
  const table = ctx.locate(tables, DOSSIER_TABLE, true);
  if (!table) return null;
  const has = (key: string) => table.columns.has(key);
  if (!has('procedureCode') && !has('procedureName')) {
    const headerRow = table.raw.firstRow + table.firstDataIndex - 1;
    const expected = ['procedureCode', 'procedureName'].map((k) => `"${DOSSIER_TABLE.columns.find((c) => c.key === k)!.labels[0]}"`).join(' hoặc / or ');
    ctx.issues.push({ severity: 'error', sheet: table.sheet, row: headerRow, column: null, message: message('missingColumn', ctx.language, { label: 'Mã TTHC / Tên TTHC', expected }), code: 'missingColumn' });
    return null;
  }
  return new DossierLog(state, table, sink);
}

class DossierLog {
  readonly unknownCounts: UnknowableCountKey[] = [];
  private readonly ctx: Context;
  private readonly sheet: string;
  private readonly has: (key: string) => boolean;
  /** Ngày trả stands for completion only in a log that does not say when processing ended. */
  private readonly completedKey: string;
  private readonly byCode: Map<string, Procedure>;
  private readonly byName = new Map<string, Procedure>();
  private readonly unlisted = new Map<string, Procedure>();
  private readonly unlistedRows = new Map<string, number>();
  /** The row each ID is first on: a compact set, since a log may hold a million IDs. */
  private readonly seen = new DossierIdRegistry();
  private readonly totals = new TotalRows();
  private readonly notReceived: number[] = [];
  private readonly date: (cell: RawCell) => Parsed<DayNumber>;
  private readonly totalLabels = new Map<string, boolean>();
  private readonly status = remembering(parseStatusCell);
  private readonly channel = remembering(parseChannelCell);
  private readonly yesNo = remembering(parseYesNoCell);

  constructor(
    private readonly state: ParseState,
    readonly table: LocatedTable,
    private readonly sink: DossierSink,
  ) {
    const ctx = (this.ctx = state.ctx);
    const sheet = (this.sheet = table.sheet);
    const has = (this.has = (key: string) => table.columns.has(key));
    const headerRow = table.raw.firstRow + table.firstDataIndex - 1;
    const absentFlags: string[] = [];
    for (const [key, counts] of COUNT_COLUMNS) {
      if (has(key)) continue;
      this.unknownCounts.push(...counts);
      if (key !== 'channel' && key !== 'apologyLetter') absentFlags.push(DOSSIER_TABLE.columns.find((c) => c.key === key)!.labels[0]);
    }
    if (!has('channel')) ctx.sheetWarning(sheet, headerRow, 'noChannelColumn');
    if (absentFlags.length > 0) ctx.sheetWarning(sheet, headerRow, 'noFlagColumns', { value: absentFlags.join(', ') });
    this.completedKey = has('completed') ? 'completed' : 'returned';
    const procedures = state.catalogue.procedures;
    this.byCode = new Map(procedures.map((p) => [p.code, p]));
    for (const p of procedures) if (!this.byName.has(procedureNameKey(p.name))) this.byName.set(procedureNameKey(p.name), p);
    this.date = dateReader(table.raw);
    this.has2026 = KEYS_2026.some(has);
    // Asked of every row: plain fields, not a lookup by name each time.
    this.present = {
      status: has('status'),
      procedureCode: has('procedureCode'),
      procedureName: has('procedureName'),
      due: has('due'),
      completed: has(this.completedKey),
      channel: has('channel'),
      dossierDigitised: has('dossierDigitised'),
      resultDigitised: has('resultDigitised'),
      electronicResult: has('electronicResult'),
      reusedDigitisedData: has('reusedDigitisedData'),
      usedPopulationData: has('usedPopulationData'),
      paidOnline: has('paidOnline'),
    };
  }

  /** Which of the columns every row reads the log has (`completed`: its completion column, `completedKey`). */
  private readonly present: Readonly<Record<'status' | 'procedureCode' | 'procedureName' | 'due' | 'completed' | 'channel' | 'dossierDigitised' | 'resultDigitised' | 'electronicResult' | 'reusedDigitisedData' | 'usedPopulationData' | 'paidOnline', boolean>>;

  /** The log has any of the 2026 columns; most have none, and their row is then all unknowns. */
  private readonly has2026: boolean;
  private readonly codes = new Map<string, string>();

  /** `codeKey` of a code as written, remembered: the same few hundred codes a million times. */
  private codeOf(text: string): string {
    let code = this.codes.get(text);
    if (code === undefined) {
      code = codeKey(text);
      if (this.codes.size < REMEMBERED_TEXTS) this.codes.set(text, code);
    }
    return code;
  }

  private yes(r: TableRow, key: string, present: boolean): boolean {
    return present ? (this.ctx.optional(this.sheet, r, key, this.yesNo) ?? false) : false;
  }

  /** One data row of the log. */
  add(r: TableRow): void {
    const { ctx, sheet, has, completedKey, date, seen, present: p } = this;
    const { catalogue, rejected, calendar, today } = this.state;
    if (isTotalRow(r, LOG_LABEL_KEYS, this.totalLabels)) {
      this.totals.add(r.row);
      return;
    }
    const status = p.status ? ctx.optional(sheet, r, 'status', this.status) : null;
    // 1 Mới đăng ký, 3 Không được tiếp nhận: never received, so in no figure and no check.
    if (status === 'notReceived') {
      this.notReceived.push(r.row);
      return;
    }
    const before = ctx.issues.length;
    const id = ctx.text(sheet, r, 'id');
    const firstRow = id ? seen.claim(id, r.row) : -1;
    if (!id) ctx.error(sheet, r, 'id', 'required');
    else if (firstRow >= 0) ctx.error(sheet, r, 'id', 'duplicateId', { value: id, other: firstRow });

    const code = p.procedureCode ? this.codeOf(ctx.text(sheet, r, 'procedureCode')) : '';
    const name = p.procedureName ? ctx.text(sheet, r, 'procedureName') : '';
    let procedure = code ? this.byCode.get(code) : undefined;
    if (procedure && typeof r.get('procedureCode') === 'number' !== catalogue.numericCodes.has(code)) {
      ctx.warning(sheet, r, 'procedureCode', 'codeTypeDiffers', { value: code });
    }
    if (!procedure && !code && name) procedure = this.byName.get(procedureNameKey(name));
    if (!procedure && code && rejected.has(code)) ctx.error(sheet, r, 'procedureCode', 'procedureHasErrors', { value: code, other: rejected.get(code)! });
    else if (!procedure && !code && !name) ctx.error(sheet, r, p.procedureCode ? 'procedureCode' : 'procedureName', 'required');
    else if (!procedure) {
      // Not in the catalogue: still a dossier of this unit, counted in the totals under its own name.
      const key = code || procedureNameKey(name);
      procedure = this.unlisted.get(key);
      if (!procedure) {
        procedure = unlistedProcedure(code || name, name || code, has('field') ? ctx.text(sheet, r, 'field') : '', r.row);
        this.unlisted.set(key, procedure);
        this.unlistedRows.set(key, r.row);
        this.sink.procedure(procedure);
      }
    }

    const received = ctx.read(sheet, r, 'received', date);
    if (received === null) ctx.error(sheet, r, 'received', 'required');
    let due = p.due ? ctx.optional(sheet, r, 'due', date) : null;
    const completed = p.completed ? ctx.read(sheet, r, completedKey, date) : null;
    const endStatus = endStatusOf(status ?? null);
    const channel = p.channel ? (ctx.optional(sheet, r, 'channel', this.channel) ?? 'direct') : 'direct';
    const dossierDigitised = this.yes(r, 'dossierDigitised', p.dossierDigitised);
    const resultDigitised = this.yes(r, 'resultDigitised', p.resultDigitised);
    const electronicResult = this.yes(r, 'electronicResult', p.electronicResult);
    const reusedDigitisedData = this.yes(r, 'reusedDigitisedData', p.reusedDigitisedData);
    const usedPopulationData = this.yes(r, 'usedPopulationData', p.usedPopulationData);
    const paidOnline = this.yes(r, 'paidOnline', p.paidOnline);
    if (typeof received === 'number') {
      if (due === null && procedure) {
        if (procedure.processingDays === null) ctx.error(sheet, r, p.due ? 'due' : 'received', 'noDueDate', { value: procedure.name || procedure.code });
        else due = calendar.addWorkingDays(received, procedure.processingDays);
      }
      if (typeof due === 'number' && due < received) {
        ctx.error(sheet, r, 'due', 'dueBeforeReceived', { value: formatDay(due), other: formatDay(received) });
      }
      if (typeof completed === 'number' && completed < received) {
        ctx.error(sheet, r, completedKey, 'completedBeforeReceived', { value: formatDay(completed), other: formatDay(received) });
      }
      if (today !== undefined) {
        if (received > today) ctx.error(sheet, r, 'received', 'futureDate', { value: formatDay(received), other: formatDay(today) });
        if (typeof completed === 'number' && completed > today) {
          ctx.error(sheet, r, completedKey, 'futureDate', { value: formatDay(completed), other: formatDay(today) });
        }
      }
    }
    if (endStatus && completed === null) ctx.error(sheet, r, 'status', 'endedWithoutDate', { value: cellText(r.get('status')) });
    if (status === 'resolved' && completed === null) ctx.warning(sheet, r, 'status', 'resolvedWithoutDate', { value: cellText(r.get('status')) });
    if (hasErrorSince(ctx, before) || !procedure) return;
    const more = this.has2026 ? readDossier2026(ctx, sheet, r, has, date, this.yesNo) : UNKNOWN_DOSSIER_2026;
    // Written out, not spread: this runs a million times for a full sheet.
    this.sink.dossier({
      id,
      procedureCode: procedure.code,
      received: received as DayNumber,
      due: due as DayNumber,
      completed: completed ?? null,
      channel,
      endStatus,
      dossierDigitised,
      resultDigitised,
      electronicResult,
      reusedDigitisedData,
      usedPopulationData,
      paidOnline,
      supplementRequests: more.supplementRequests,
      supplementRequested: more.supplementRequested,
      supplementCompleted: more.supplementCompleted,
      onlineServiceType: more.onlineServiceType,
      hasFee: more.hasFee,
      syncedToNationalPortal: more.syncedToNationalPortal,
      apologyLetter: more.apologyLetter,
      overdueCause: more.overdueCause,
      extendedDue: more.extendedDue,
      row: r.row,
    });
  }

  /** The notes about the whole log, once its rows are read; the procedures it named that the catalogue lacks. */
  finish(): { unlisted: Procedure[]; unknownCounts: UnknowableCountKey[] } {
    const { ctx, sheet, notReceived, unlisted } = this;
    this.totals.report(ctx, sheet);
    if (notReceived.length > 0) ctx.sheetWarning(sheet, notReceived[0], 'notReceivedSkipped', { value: notReceived.length, other: listRows(notReceived) });
    if (unlisted.size > 0) {
      const names = [...unlisted.values()].map((p) => `"${p.name}"`);
      let first = Infinity;
      for (const row of this.unlistedRows.values()) if (row < first) first = row;
      ctx.sheetWarning(sheet, first, 'unlistedProcedures', { value: unlisted.size, other: names.length > 10 ? `${names.slice(0, 10).join(', ')}…` : names.join(', ') });
    }
    return { unlisted: [...unlisted.values()], unknownCounts: this.unknownCounts };
  }
}

/** The columns `readDossier2026` reads. */
const KEYS_2026 = ['supplementRequests', 'supplementRequested', 'supplementCompleted', 'onlineServiceType', 'hasFee', 'syncedToNationalPortal', 'apologyLetter', 'overdueCause', 'extendedDue'];

/** The 2026 columns of a dossier row; each null (unknown) when the log has no such column. */
function readDossier2026(
  ctx: Context,
  sheet: string,
  r: TableRow,
  has: (key: string) => boolean,
  date: (cell: RawCell) => Parsed<DayNumber>,
  yesNo: (cell: RawCell) => Parsed<boolean>,
): typeof UNKNOWN_DOSSIER_2026 {
  const opt = <T>(key: string, parse: (cell: RawCell) => Parsed<T>): T | null => (has(key) ? ctx.optional(sheet, r, key, parse) : null);
  const yes = (key: string) => (has(key) ? (ctx.optional(sheet, r, key, yesNo) ?? false) : null);
  return {
    supplementRequests: has('supplementRequests') ? (ctx.optional(sheet, r, 'supplementRequests', parseWholeNumberCell) ?? 0) : null,
    supplementRequested: opt('supplementRequested', date),
    supplementCompleted: opt('supplementCompleted', date),
    onlineServiceType: opt('onlineServiceType', parseOnlineLevelCell),
    hasFee: yes('hasFee'),
    syncedToNationalPortal: yes('syncedToNationalPortal'),
    apologyLetter: has('apologyLetter') ? ctx.optional(sheet, r, 'apologyLetter', parseLetterCell) : null,
    overdueCause: has('overdueCause') ? ctx.text(sheet, r, 'overdueCause') : '',
    extendedDue: opt('extendedDue', date),
  };
}

function unlistedProcedure(code: string, name: string, field: string, row: number): Procedure {
  return {
    code,
    name,
    field: field || UNKNOWN_FIELD,
    regulator: null,
    authority: '',
    onlineLevel: 'none',
    onProvincialPortal: false,
    onNationalPortal: false,
    boundaryFree: false,
    processingDays: null,
    electronicProcess: false,
    publicised: false,
    onInformationSystem: false,
    digitisationProcess: false,
    validFrom: null,
    validUntil: null,
    ...UNKNOWN_PROCEDURE_2026,
    row,
  };
}

function hasErrorSince(ctx: Context, index: number): boolean {
  for (let i = index; i < ctx.issues.length; i++) if (ctx.issues[i].severity === 'error') return true;
  return false;
}

export { periodKey } from './periodData';

/**
 * The period of a SoLieu/NoiDung row, as its key (`periodKey`): null, with an error for a blank
 * cell or a warning for a label that names no period, when the row cannot be used.
 */
function readPeriodCell(ctx: Context, sheet: string, r: TableRow): string | null {
  const text = cellText(r.get('period'));
  if (!text) {
    ctx.error(sheet, r, 'period', 'required');
    return null;
  }
  const key = periodKey(text);
  if (key === null) ctx.warning(sheet, r, 'period', 'badPeriod', { value: shorten(text) });
  return key;
}

/** `C5`: the address of a row's cell, for a message that names another cell. */
function cellAddress(table: LocatedTable, r: TableRow, key: string): string {
  const index = table.columns.get(key);
  return index === undefined ? `${r.row}` : `${columnLetter(table.raw.firstColumn + index)}${r.row}`;
}

/**
 * The figure a SoLieu row names: by `Mã chỉ tiêu` (key) or `Chỉ tiêu` (Vietnamese label), either
 * column taking either; the key wins when both name figures. Null, with a warning naming the
 * cell, for a name that is no figure; with an error when both are blank.
 */
function readFigureName(ctx: Context, table: LocatedTable, r: TableRow): string | null {
  const sheet = table.sheet;
  const example = FIGURE_KEYS[0].label;
  let found: { key: string; column: string; text: string } | null = null;
  let named = false;
  for (const column of ['key', 'label']) {
    const text = cellText(r.get(column));
    if (!text) continue;
    named = true;
    const key = figureKeyFromText(text);
    if (key === null) ctx.warning(sheet, r, column, 'unknownFigure', { value: shorten(text), other: example });
    else if (!found) found = { key, column, text };
    else if (found.key !== key) ctx.warning(sheet, r, column, 'figureMismatch', { value: shorten(found.text), other: shorten(text) });
  }
  if (!named) ctx.error(sheet, r, table.columns.has('key') ? 'key' : 'label', 'required');
  return found?.key ?? null;
}

/**
 * SoLieu: one figure a row, by period key and figure key. Counts are whole numbers, 0 or more.
 * The same figure twice for one period (also written `Q2/2024` and `2024-Q2`) is a warning on
 * the later cell naming the earlier; the later row's value is used.
 */
function readFigures(tables: RawTables, ctx: Context): Record<string, Figures> {
  const table = ctx.locate(tables, FIGURE_TABLE, false);
  const result: Record<string, Figures> = {};
  if (!table) return result;
  const sheet = table.sheet;
  if (!table.columns.has('key') && !table.columns.has('label')) {
    const expected = ['label', 'key'].map((k) => `"${FIGURE_TABLE.columns.find((c) => c.key === k)!.labels[0]}"`).join(' hoặc / or ');
    const headerRow = table.raw.firstRow + table.firstDataIndex - 1;
    ctx.issues.push({ severity: 'error', sheet, row: headerRow, column: null, message: message('missingColumn', ctx.language, { label: 'Chỉ tiêu / Mã chỉ tiêu', expected }), code: 'missingColumn' });
    return result;
  }
  const seen = new Map<string, { address: string; value: number }>();
  for (const r of tableRows(table)) {
    // A row with neither period nor value is a figure not filled in yet (a list of names to fill).
    if (isBlank(r.get('period')) && isBlank(r.get('value'))) continue;
    const before = ctx.issues.length;
    const period = readPeriodCell(ctx, sheet, r);
    const key = readFigureName(ctx, table, r);
    const value = ctx.read(sheet, r, 'value', parseNumberCell);
    if (typeof value === 'number' && value < 0) ctx.error(sheet, r, 'value', 'negativeNumber', { value });
    else if (typeof value === 'number' && !Number.isInteger(value)) {
      ctx.error(sheet, r, 'value', 'notWholeCount', { value: cellText(r.get('value')), other: (key && figureLabel(key)) || cellText(r.get('label')) || cellText(r.get('key')) });
    }
    if (period === null || key === null || typeof value !== 'number' || hasErrorSince(ctx, before)) continue;
    const id = `${period}\u0000${key}`;
    const address = cellAddress(table, r, 'value');
    const earlier = seen.get(id);
    if (earlier) {
      ctx.warning(sheet, r, 'value', 'duplicateFigure', { value: figureLabel(key) ?? key, period, other: earlier.address, first: earlier.value, second: value });
    }
    seen.set(id, { address, value });
    (result[period] ??= {})[key] = value;
  }
  return result;
}

/**
 * NoiDung: paragraphs by period key, report and section (see `NarrativesByReport`). A blank
 * `Báo cáo` is every report's; a name that is no report is a warning, and its paragraph is
 * printed nowhere (never in another report).
 */
function readNarratives(tables: RawTables, ctx: Context): Record<string, NarrativesByReport> {
  const table = ctx.locate(tables, NARRATIVE_TABLE, false);
  const result: Record<string, NarrativesByReport> = {};
  if (!table) return result;
  const sheet = table.sheet;
  const names = REPORT_NAMES.map((n) => n.name).join(', ');
  for (const r of tableRows(table)) {
    const period = readPeriodCell(ctx, sheet, r);
    const section = sectionKey(cellText(r.get('section')));
    const before = ctx.issues.length;
    const text = ctx.text(sheet, r, 'text');
    if (!section) ctx.error(sheet, r, 'section', 'required');
    const reportText = cellText(r.get('report'));
    const reports: (ReportKey | typeof ALL_REPORTS)[] = [];
    for (const part of reportText.split(/[;\n]/).map((t) => t.trim()).filter(Boolean)) {
      const id = reportFromName(part);
      if (id === null) ctx.warning(sheet, r, 'report', 'unknownReport', { value: shorten(part), other: names });
      else if (!reports.includes(id)) reports.push(id);
    }
    if (period === null || !section || !text || hasErrorSince(ctx, before)) continue;
    if (reportText && reports.length === 0) continue;
    const byReport = (result[period] ??= {});
    const targets = reports.length === 0 ? [ALL_REPORTS, ...REPORT_KEYS] : reports;
    for (const report of targets) ((byReport[report] ??= {})[section] ??= []).push(text);
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
    const day = ctx.read(table.sheet, r, 'day', dateReader(table.raw));
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
  issueDate: '',
  recipient: '',
  recipients: [],
  signerTitle: '',
  signerDeputyTitle: '',
  signerName: '',
  formCodeLine: '',
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
    if (key === 'issueDate' && value.trim() !== '' && parseDayText(value) === null) {
      const column = columnLetter(raw.firstColumn + filled[1][1]);
      ctx.issues.push({ severity: 'warning', sheet: raw.sheet, row: raw.firstRow + i, column, message: message('badIssueDate', ctx.language, { value }), code: 'badIssueDate' });
    }
    if (key === 'recipients') info.recipients.push(...value.split(/\r?\n/).map((s) => s.trim()).filter(Boolean));
    else info[key] = value;
  });
  return info;
}
