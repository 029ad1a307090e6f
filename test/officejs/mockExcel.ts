/**
 * A mock Excel for the Office.js adapter, built on office-addin-mock's OfficeMockObject (which
 * gives the load → sync → read rule: a property read before it was loaded and synced comes
 * back as an error text, which this mock turns into a thrown `PropertyNotLoaded` error).
 *
 * It is strict where Excel is, so that what passes here has a chance in Excel:
 * - a fake workbook (sheets of cells, Excel tables, merges, number formats, formulas) that
 *   queued operations change only when `context.sync()` runs, in order, as Excel does;
 * - a log of every property set, method call and load, with the request (batch) it went in;
 * - a count of `context.sync()` calls per context, and the request and response payload of each;
 * - Excel on the web's 5 MB limits: a request whose queued operations weigh more is refused
 *   whole (`RequestPayloadSizeLimitExceeded`, nothing applied), and so is a response
 *   (`ResponsePayloadSizeLimitExceeded`);
 * - a row taller than Excel's 409 points, or a negative one, fails its request (`InvalidArgument`);
 * - a multi-area address (`getRanges`) longer than 255 characters fails its request, and
 *   `getRange` refuses a multi-area address (`InvalidArgument`);
 * - only members Excel has and the adapter uses exist: reading any other member gives undefined
 *   (so calling it is a TypeError), and setting one throws a TypeError, never a silent no-op;
 *   office-addin-mock's own helpers (`sync`, `setValue`…) are hidden the same way;
 * - Excel's reading of typed input: a string written through `values` into a cell that is
 *   not Text-formatted becomes a formula if it starts with `=`, `+`, `-` or `@`, and a number
 *   if it is all digits;
 * - injected failures: sync number n throws after applying its first k operations;
 * - merged cells as Excel keeps them: a value in the top-left cell only (merging blanks the
 *   others), listed by `getMergedAreasOrNullObject()` (a null object when there are none, a
 *   refused request over 512), by their top-left cell as Excel does (office-js issue #3611);
 * - the workbook's date system, as Excel's DATE function (`workbook.functions.date`) shows it,
 *   and recalculation requests (`workbook.application.calculate`);
 * - `Excel.run` in both forms, `run(batch)` and `run(options, batch)`, recording the options;
 * - page setup: the page layout's properties, its headers (`headersFooters`: the state, one of
 *   Excel.HeaderFooterState, and each header's sections) and manual page breaks
 *   (`horizontalPageBreaks.add`, at most 1,026 on a sheet as in Excel), kept on the sheet.
 * Only the members the adapter uses are modelled.
 */

import { OfficeMockObject } from 'office-addin-mock';
import { columnLetter } from '../../src/core/text';

export type CellValue = string | number | boolean;

/** An Excel table; positions 0-based as Office.js counts, header row included. */
export interface FakeTable {
  name: string;
  top: number;
  left: number;
  rowCount: number;
  columnCount: number;
}

export interface FakeSheet {
  name: string;
  /** `grid[r][c]`, 0-based from A1; a missing cell is empty. */
  grid: CellValue[][];
  /** By `row:col` (1-based). */
  numberFormats: Map<string, string>;
  formulas: Map<string, string>;
  /** A1 addresses (`B2:D3`). */
  merges: string[];
  tables: FakeTable[];
  /** Cells a manual page break was added above (`horizontalPageBreaks.add`), in order. */
  pageBreaks: string[];
  /** The page headers set through `pageLayout.headersFooters`: its `state`, and each header's sections by name (`firstPage.centerHeader`). */
  headers: { state?: string; sections: Record<string, string> };
}

/** A block of cells, 0-based as Office.js counts. */
export interface Box {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

const SHEET_ROWS = 1_048_576;
const SHEET_COLS = 16_384;

/** Excel refuses to list more merged areas than this in one call (Excel.Range.getMergedAreasOrNullObject). */
export const MERGED_AREAS_LIMIT = 512;

function columnIndex(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

/** `C5`, `A1:P80`, `A:C`, `2:4` → a 0-based box. */
export function boxOf(address: string): Box {
  const [a, b = a] = address.split(':');
  const part = (ref: string) => {
    const m = /^\$?([A-Z]*)\$?(\d*)$/.exec(ref);
    if (!m) throw new Error(`mock: unsupported address ${address}`);
    return { col: m[1] ? columnIndex(m[1]) : null, row: m[2] ? Number(m[2]) - 1 : null };
  };
  const p = part(a);
  const q = part(b);
  const row = p.row ?? 0;
  const col = p.col ?? 0;
  return { row, col, rows: (q.row ?? SHEET_ROWS - 1) - row + 1, cols: (q.col ?? SHEET_COLS - 1) - col + 1 };
}

/** A box as an A1 address (`B2:D3`). */
export function addressOf(box: Box): string {
  return `${columnLetter(box.col + 1)}${box.row + 1}:${columnLetter(box.col + box.cols)}${box.row + box.rows}`;
}

/** A sheet name as Excel writes it before `!`: quoted unless plain, quotes doubled. */
function sheetRef(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** Excel keeps a merged area's value in its top-left cell and blanks the others. */
function blankMerged(sheet: FakeSheet, box: Box): void {
  for (let r = box.row; r < box.row + box.rows; r++) {
    const line = sheet.grid[r];
    if (!line) continue;
    for (let c = box.col; c < box.col + box.cols; c++) if ((r !== box.row || c !== box.col) && line[c] !== undefined) delete line[c];
  }
}

/** Days from 1899-12-30 (1900 system, from March 1900) or from 1904-01-01, as Excel's DATE gives them. */
function excelSerial(year: number, month: number, day: number, date1904: boolean): number {
  const days = Date.UTC(year, month - 1, day) / 86_400_000;
  if (date1904) return days - Date.UTC(1904, 0, 1) / 86_400_000;
  const serial = days - Date.UTC(1899, 11, 30) / 86_400_000;
  return serial < 61 ? serial - 1 : serial; // Excel's 29/02/1900, which never was
}

export class FakeWorkbook {
  sheets: FakeSheet[] = [];
  active: string | null = null;
  /** The workbook counts dates from 1904 (Excel for Mac's old default). */
  date1904 = false;
  /** Recalculations asked for (`application.calculate`), by calculation type. */
  calculations: string[] = [];

  /** Adds a sheet with `rows` placed with their first cell at `at` (1-based). */
  addSheet(name: string, rows: CellValue[][] = [], at = { row: 1, col: 1 }): FakeSheet {
    const sheet: FakeSheet = { name, grid: [], numberFormats: new Map(), formulas: new Map(), merges: [], tables: [], pageBreaks: [], headers: { sections: {} } };
    rows.forEach((row, r) => {
      const target = (sheet.grid[at.row - 1 + r] ??= []);
      row.forEach((v, c) => {
        target[at.col - 1 + c] = v;
      });
    });
    this.sheets.push(sheet);
    return sheet;
  }

  /** Merges `address` (`A3:A6`) on `sheet` as Excel does: only the top-left cell keeps its value. */
  addMerge(sheet: FakeSheet, address: string): void {
    blankMerged(sheet, boxOf(address));
    sheet.merges.push(address);
  }

  /** Adds an Excel table over cells already on `sheet` (1-based first cell, header included). */
  addTable(sheet: FakeSheet, name: string, at: { row: number; col: number }, rowCount: number, columnCount: number): void {
    sheet.tables.push({ name, top: at.row - 1, left: at.col - 1, rowCount, columnCount });
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLocaleLowerCase() === name.toLocaleLowerCase());
  }

  /** A cell's value (1-based), undefined if empty. */
  value(sheet: FakeSheet, row: number, col: number): CellValue | undefined {
    return sheet.grid[row - 1]?.[col - 1];
  }

  /** A deep copy, to compare the workbook before and after. */
  snapshot(): unknown {
    return this.sheets.map((s) => ({
      name: s.name,
      grid: s.grid.map((r) => [...r]),
      numberFormats: [...s.numberFormats],
      formulas: [...s.formulas],
      merges: [...s.merges],
      tables: s.tables.map((t) => ({ ...t })),
    }));
  }
}

export interface LogEntry {
  seq: number;
  /** 0 for the main context, then one per `run` batch. */
  context: number;
  /** The request (1-based sync number of its context) the operation went in. */
  batch: number;
  /** Which object: `worksheets`, `sheet(HoSo)`, `sheet(HoSo).getRange(A1:P8).format.font`… */
  target: string;
  op: 'set' | 'call' | 'load';
  name: string;
  value: unknown;
}

export interface MockOptions {
  /** Sync number `sync` of the main context throws after applying its first `afterOps` operations. */
  failAt?: { sync: number; afterOps?: number };
  /** Largest response in bytes before the host refuses it (Excel on the web: 5 MB). */
  responseLimit?: number;
  /** Largest request in bytes before the host refuses it (Excel on the web: 5 MB). */
  requestLimit?: number;
}

export const WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;

/** Excel's tallest row, in points (Excel specifications and limits: "Row height: 409 points"). */
export const MAX_ROW_HEIGHT_POINTS = 409;

/** Longest multi-area reference Excel takes, as in its UI and VBA. */
export const MAX_AREAS_ADDRESS_LENGTH = 255;

/**
 * What one operation adds to a request besides its value: the JSON of the action and of the
 * object path it acts on (`{"Id":12,"ActionType":4,"Name":"rowHeight","ObjectPathId":11,…}`).
 */
export const REQUEST_BYTES_PER_OPERATION = 100;

function officeError(code: string, message: string): Error {
  return Object.assign(new Error(`${code}: ${message}`), { code, name: 'RichApi.Error' });
}

/** `C5` or `A1:P80` → first cell (1-based). */
function topLeft(address: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)/.exec(address);
  if (!m) throw new Error(`mock: unsupported address ${address}`);
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { row: Number(m[2]), col };
}

const NOT_READY = new Set(['Error, property was not loaded', 'Error, context.sync() was not called']);

/** Where a worksheet object points: a sheet found now, one added at sync, or one looked up by name at sync. */
interface SheetHolder {
  sheet?: FakeSheet;
  lookup?: string;
}

/** How a wrapped object behaves beyond reads: the properties that may be set (with their effect at sync), and what a load does. */
interface Members {
  set?: Record<string, ((value: any) => void) | null>;
  onLoad?: (what: string) => void;
}

/** Excel.RangeFormat's scalar properties the adapter sets. */
const FORMAT_SCALARS = ['columnWidth', 'horizontalAlignment', 'verticalAlignment', 'wrapText', 'indentLevel'] as const;
const FONT_PROPERTIES = ['name', 'size', 'bold', 'italic', 'underline', 'color'] as const;
const BORDER_PROPERTIES = ['style', 'weight', 'color'] as const;
const PAGE_LAYOUT_PROPERTIES = ['paperSize', 'orientation', 'topMargin', 'bottomMargin', 'leftMargin', 'rightMargin', 'headerMargin', 'footerMargin', 'zoom'] as const;
/** Excel.HeaderFooterState. */
const HEADER_FOOTER_STATES = ['Default', 'FirstAndDefault', 'OddAndEven', 'FirstOddAndEven'];
/** Excel.HeaderFooterGroup's headers, and the sections of each (Excel.HeaderFooter). */
const HEADER_FOOTERS = ['defaultForAllPages', 'firstPage', 'evenPages', 'oddPages'] as const;
const HEADER_FOOTER_SECTIONS = ['leftHeader', 'centerHeader', 'rightHeader', 'leftFooter', 'centerFooter', 'rightFooter'] as const;
/** Excel keeps at most this many manual horizontal page breaks on a sheet. */
export const MAX_PAGE_BREAKS = 1026;

const settable = (names: readonly string[]): Record<string, null> => Object.fromEntries(names.map((n) => [n, null]));

class MockContext {
  syncs = 0;
  /** Bytes of the operations queued since the last sync. */
  private requestBytes = 0;
  private ops: Array<() => void> = [];
  private loads: Array<() => unknown[][]> = [];
  private pending = new Set<OfficeMockObject>();
  private proxies = new WeakMap<object, unknown>();
  private raws = new WeakMap<object, OfficeMockObject>();
  private worksheetsProxy?: unknown;
  private tablesProxy?: unknown;
  private functionsProxy?: unknown;
  private applicationProxy?: unknown;
  readonly requestContext: Excel.RequestContext;

  constructor(
    private readonly excel: MockExcel,
    readonly id: number,
  ) {
    // Collections are made on first use, so they list the sheets as they are then.
    const workbook = {};
    Object.defineProperty(workbook, 'worksheets', { get: () => (this.worksheetsProxy ??= this.worksheetCollection()) });
    Object.defineProperty(workbook, 'tables', { get: () => (this.tablesProxy ??= this.tableCollection()) });
    Object.defineProperty(workbook, 'functions', { get: () => (this.functionsProxy ??= this.functions()) });
    Object.defineProperty(workbook, 'application', { get: () => (this.applicationProxy ??= this.application()) });
    this.requestContext = { workbook, sync: () => this.sync() } as unknown as Excel.RequestContext;
  }

  private get wb(): FakeWorkbook {
    return this.excel.workbook;
  }

  async sync(): Promise<void> {
    this.syncs++;
    const ops = this.ops;
    const loads = this.loads;
    const pending = [...this.pending];
    const requestBytes = this.requestBytes;
    this.ops = [];
    this.loads = [];
    this.pending.clear();
    this.requestBytes = 0;
    if (this.id === 0) this.excel.requests.push(requestBytes);
    if (requestBytes > (this.excel.options.requestLimit ?? WEB_PAYLOAD_LIMIT)) {
      this.excel.refusals++;
      throw officeError('RequestPayloadSizeLimitExceeded', `Request of ${requestBytes} bytes is over the limit`);
    }
    const fail = this.excel.options.failAt;
    if (this.id === 0 && fail && fail.sync === this.syncs) {
      ops.slice(0, fail.afterOps ?? 0).forEach((op) => op());
      throw officeError('GeneralException', `Injected failure in sync ${this.syncs}`);
    }
    const payload = loads.reduce((sum, values) => sum + Buffer.byteLength(JSON.stringify(values())), 0);
    if (payload > (this.excel.options.responseLimit ?? WEB_PAYLOAD_LIMIT)) {
      this.excel.refusals++;
      throw officeError('ResponsePayloadSizeLimitExceeded', `Response of ${payload} bytes is over the limit`);
    }
    if (this.id === 0) this.excel.payloads.push(payload);
    for (const op of ops) op();
    for (const mock of pending) await mock.sync();
    // OfficeMockObject finishes copying loaded values in later microtasks.
    await new Promise((resolve) => setImmediate(resolve));
  }

  private queue(op: () => void): void {
    this.ops.push(op);
  }

  /** Queues a failure: the request fails at sync, as Excel reports a bad argument. */
  private refuse(code: string, message: string): void {
    this.queue(() => {
      throw officeError(code, message);
    });
  }

  private log(target: string, op: LogEntry['op'], name: string, value: unknown): void {
    this.excel.log.push({ seq: this.excel.log.length, context: this.id, batch: this.syncs + 1, target, op, name, value });
    this.requestBytes += REQUEST_BYTES_PER_OPERATION + Buffer.byteLength(JSON.stringify(value) ?? '');
  }

  /**
   * Wraps a mock so that loads, sets and calls are logged, sets can have an effect at sync,
   * reading a property that was not loaded and synced throws, and members Excel's object does
   * not have (or the mock does not model) are undefined to read and refused to set.
   */
  private wrap<T = any>(raw: OfficeMockObject, target: string, members: Members = {}): T {
    const known = this.proxies.get(raw);
    if (known) return known as T;
    const proxy: any = new Proxy(raw, {
      get: (obj, prop, receiver) => {
        if (prop === 'load') {
          return (what: string) => {
            this.log(target, 'load', String(what), what);
            this.pending.add(obj);
            members.onLoad?.(what);
            obj.load(what);
            return receiver;
          };
        }
        if (typeof prop === 'symbol') return Reflect.get(obj, prop);
        // Only the members the object was built with: office-addin-mock's own (`sync`, `_properties`…) are not Excel's.
        if (prop.startsWith('_') || !Object.prototype.hasOwnProperty.call(obj, prop)) return undefined;
        const value = Reflect.get(obj, prop);
        if (this.raws.has(value)) return value;
        if (value instanceof OfficeMockObject) return this.wrap(value, `${target}.${prop}`);
        if (typeof value === 'function') {
          return (...args: unknown[]) => {
            this.log(target, 'call', prop, args);
            return value(...args);
          };
        }
        if (typeof value === 'string' && NOT_READY.has(value)) {
          throw officeError('PropertyNotLoaded', `mock: ${target}.${prop} read before load and sync`);
        }
        return value;
      },
      set: (obj, prop, value) => {
        const name = String(prop);
        const set = members.set ?? {};
        if (!Object.prototype.hasOwnProperty.call(set, name)) throw new TypeError(`mock: ${target} has no settable member "${name}"`);
        this.log(target, 'set', name, value);
        (obj as any)[prop] = value;
        const effect = set[name];
        if (effect) this.queue(() => effect(value));
        return true;
      },
    });
    this.proxies.set(raw, proxy);
    this.raws.set(proxy, raw);
    return proxy;
  }

  /** `isNullObject`, readable only after the next sync, as in Office.js. */
  private nullable(raw: OfficeMockObject, isNull: () => boolean): void {
    const createdBefore = this.syncs;
    Object.defineProperty(raw, 'isNullObject', {
      get: () => {
        if (this.syncs <= createdBefore) throw officeError('PropertyNotLoaded', 'mock: isNullObject read before sync');
        return isNull();
      },
    });
  }

  private resolve(holder: SheetHolder): FakeSheet {
    const sheet = holder.sheet ?? (holder.lookup !== undefined ? this.wb.sheet(holder.lookup) : undefined);
    if (!sheet || !this.wb.sheets.includes(sheet)) throw officeError('ItemNotFound', 'The worksheet does not exist');
    return sheet;
  }

  private worksheetCollection(): unknown {
    const items = this.wb.sheets.map((s) => this.worksheet({ sheet: s }, s.name));
    const raw = new OfficeMockObject({
      items,
      add: (name: string) => {
        const holder: SheetHolder = {};
        this.queue(() => {
          if (this.wb.sheet(name)) throw officeError('ItemAlreadyExists', `A sheet named ${name} exists`);
          holder.sheet = this.wb.addSheet(name);
        });
        return this.worksheet(holder, `+${name}`);
      },
      getItem: (name: string) => this.worksheet({ lookup: name }, name),
      getItemOrNullObject: (name: string) => {
        const sheet = this.worksheet({ lookup: name }, name);
        this.nullable(this.raws.get(sheet as object)!, () => !this.wb.sheet(name));
        return sheet;
      },
    });
    // `items/name` loads each sheet's name.
    Object.defineProperty(raw, 'load', {
      configurable: true,
      writable: true,
      value: (what: string) => {
        OfficeMockObject.prototype.load.call(raw, 'items');
        if (/items\/name/.test(what)) for (const item of items) (item as any).load('name');
        return raw;
      },
    });
    return this.wrap(raw, 'worksheets');
  }

  /** `workbook.functions`: DATE only, in the workbook's date system. */
  private functions(): unknown {
    const raw = new OfficeMockObject({
      date: (year: number, month: number, day: number) =>
        this.wrap(new OfficeMockObject({ value: excelSerial(year, month, day, this.wb.date1904), error: '' }), `functions.date(${year},${month},${day})`),
    });
    return this.wrap(raw, 'functions');
  }

  /** `workbook.application`: `calculate` only, recorded at sync. */
  private application(): unknown {
    const raw = new OfficeMockObject({
      calculate: (type: string) => this.queue(() => this.wb.calculations.push(type)),
    });
    return this.wrap(raw, 'application');
  }

  private tableCollection(): unknown {
    const items = this.wb.sheets.flatMap((s) => s.tables.map((t) => this.table(s, t)));
    const raw = new OfficeMockObject({ items });
    Object.defineProperty(raw, 'load', {
      configurable: true,
      writable: true,
      value: (what: string) => {
        OfficeMockObject.prototype.load.call(raw, 'items');
        if (/items\/name/.test(what)) for (const item of items) (item as any).load('name');
        return raw;
      },
    });
    return this.wrap(raw, 'tables');
  }

  private table(sheet: FakeSheet, t: FakeTable): unknown {
    const raw = new OfficeMockObject({
      name: t.name,
      getRange: () => this.bounds(`table(${t.name}).getRange()`, { row: t.top, col: t.left, rows: t.rowCount, cols: t.columnCount }),
    });
    // A navigation property: the table's sheet, as the worksheet object of that sheet.
    (raw as any).worksheet = this.worksheet({ sheet }, sheet.name);
    return this.wrap(raw, `table(${t.name})`);
  }

  /** A range whose position is loaded (used range, table range); null when `box` is. */
  private bounds(target: string, box: { row: number; col: number; rows: number; cols: number } | null): unknown {
    const raw = new OfficeMockObject({
      rowIndex: box?.row ?? 0,
      columnIndex: box?.col ?? 0,
      rowCount: box?.rows ?? 0,
      columnCount: box?.cols ?? 0,
    });
    this.nullable(raw, () => box === null);
    return this.wrap(raw, target);
  }

  private worksheet(holder: SheetHolder, label: string): unknown {
    const target = `sheet(${label})`;
    const raw: OfficeMockObject = new OfficeMockObject({
      name: holder.sheet?.name ?? holder.lookup ?? label.replace(/^\+/, ''),
      pageLayout: {
        setPrintArea: () => undefined,
        setPrintTitleRows: () => undefined,
        headersFooters: Object.fromEntries(HEADER_FOOTERS.map((name) => [name, {}])),
      },
      horizontalPageBreaks: {
        // Excel.PageBreakCollection.add: a break above the range's top-left cell.
        add: (cell: string) => {
          boxOf(cell); // an address the mock cannot read is a test bug
          this.queue(() => {
            const sheet = this.resolve(holder);
            if (sheet.pageBreaks.length >= MAX_PAGE_BREAKS) throw officeError('InvalidOperation', `A sheet holds at most ${MAX_PAGE_BREAKS} page breaks`);
            sheet.pageBreaks.push(cell);
          });
          return undefined;
        },
      },
      getRange: (address?: string) => {
        if (address !== undefined && address.includes(',')) this.refuse('InvalidArgument', `getRange takes one area, not "${address}"`);
        return this.range(holder, `${target}.getRange(${address ?? ''})`, address ?? null);
      },
      getRanges: (address: string) => {
        if (address.length > MAX_AREAS_ADDRESS_LENGTH) {
          this.refuse('InvalidArgument', `The address of ${address.length} characters is longer than ${MAX_AREAS_ADDRESS_LENGTH}`);
        }
        for (const area of address.split(',')) boxOf(area); // an area the mock cannot read is a test bug
        return this.areas(`${target}.getRanges(${address})`);
      },
      getRangeByIndexes: (row: number, col: number, rows: number, cols: number) => this.valuesRange(holder, `${target}.getRangeByIndexes(${row},${col},${rows},${cols})`, row, col, rows, cols),
      getUsedRangeOrNullObject: () => this.bounds(`${target}.getUsedRangeOrNullObject()`, usedBox(this.resolve(holder))),
      activate: () => this.queue(() => (this.wb.active = this.resolve(holder).name)),
      delete: () =>
        this.queue(() => {
          const sheet = this.resolve(holder);
          this.wb.sheets = this.wb.sheets.filter((s) => s !== sheet);
        }),
    });
    this.wrap((raw as any).pageLayout, `${target}.pageLayout`, { set: settable(PAGE_LAYOUT_PROPERTIES) });
    const headers = (raw as any).pageLayout.headersFooters;
    this.wrap(headers, `${target}.pageLayout.headersFooters`, {
      set: {
        state: (state: string) => {
          if (!HEADER_FOOTER_STATES.includes(state)) throw officeError('InvalidArgument', `No header/footer state "${state}"`);
          this.resolve(holder).headers.state = state;
        },
        useSheetMargins: null,
        useSheetScale: null,
      },
    });
    for (const name of HEADER_FOOTERS) {
      const set = Object.fromEntries(
        HEADER_FOOTER_SECTIONS.map((section) => [section, (text: string) => (this.resolve(holder).headers.sections[`${name}.${section}`] = text)]),
      );
      this.wrap(headers[name], `${target}.pageLayout.headersFooters.${name}`, { set });
    }
    this.wrap((raw as any).horizontalPageBreaks, `${target}.horizontalPageBreaks`);
    return this.wrap(raw, target, {
      set: {
        name: (name: string) => {
          const sheet = this.resolve(holder);
          const clash = this.wb.sheet(name);
          if (clash && clash !== sheet) throw officeError('ItemAlreadyExists', `A sheet named ${name} exists`);
          if (this.wb.active === sheet.name) this.wb.active = name;
          sheet.name = name;
        },
        showGridlines: null,
      },
    });
  }

  /** An Excel.RangeFormat, with its font, fill and borders, as the adapter sets them. */
  private format(target: string): OfficeMockObject {
    const raw = new OfficeMockObject({
      font: {},
      fill: {},
      borders: {
        getItem: (index: string) => this.wrap(new OfficeMockObject({}), `${target}.borders.getItem(${index})`, { set: settable(BORDER_PROPERTIES) }),
      },
    });
    const r = raw as any;
    this.wrap(r.font, `${target}.font`, { set: settable(FONT_PROPERTIES) });
    this.wrap(r.fill, `${target}.fill`, { set: { color: null } });
    this.wrap(r.borders, `${target}.borders`);
    this.wrap(raw, target, {
      set: {
        ...settable(FORMAT_SCALARS),
        rowHeight: (points: number) => {
          if (!(typeof points === 'number' && points >= 0 && points <= MAX_ROW_HEIGHT_POINTS)) {
            throw officeError('InvalidArgument', `Row height ${points} is outside 0–${MAX_ROW_HEIGHT_POINTS} points`);
          }
        },
      },
    });
    return raw;
  }

  /** A multi-area range (`getRanges`): the adapter only formats it. */
  private areas(target: string): unknown {
    const raw = new OfficeMockObject({});
    (raw as any).format = this.format(`${target}.format`);
    return this.wrap(raw, target);
  }

  /**
   * A range to write to: `address` is its A1 address, null for the whole sheet (`getRange()`).
   */
  private range(holder: SheetHolder, target: string, address: string | null): unknown {
    const raw = new OfficeMockObject({
      merge: () =>
        this.queue(() => {
          const sheet = this.resolve(holder);
          blankMerged(sheet, boxOf(address ?? ''));
          sheet.merges.push(address ?? '');
        }),
      getMergedAreasOrNullObject: () =>
        this.mergedAreas(holder, `${target}.getMergedAreasOrNullObject()`, address === null ? { row: 0, col: 0, rows: SHEET_ROWS, cols: SHEET_COLS } : boxOf(address)),
    });
    (raw as any).format = this.format(`${target}.format`);
    const at = (): { row: number; col: number } => topLeft(address ?? '');
    const eachCell = (grid: unknown[][], write: (sheet: FakeSheet, row: number, col: number, v: any) => void) => {
      const sheet = this.resolve(holder);
      const { row, col } = at();
      grid.forEach((line, r) => line.forEach((v, c) => v !== null && write(sheet, row + r, col + c, v)));
    };
    return this.wrap(raw, target, {
      set: {
        numberFormat: (grid: unknown[][]) => eachCell(grid, (sheet, row, col, v) => sheet.numberFormats.set(`${row}:${col}`, v)),
        formulas: (grid: unknown[][]) => eachCell(grid, (sheet, row, col, v) => sheet.formulas.set(`${row}:${col}`, v)),
        values: (grid: unknown[][]) =>
          eachCell(grid, (sheet, row, col, v) => {
            const isText = sheet.numberFormats.get(`${row}:${col}`) === '@';
            if (typeof v === 'string' && !isText && /^[=+\-@]/.test(v)) sheet.formulas.set(`${row}:${col}`, v);
            else (sheet.grid[row - 1] ??= [])[col - 1] = typeof v === 'string' && !isText && /^\d+$/.test(v) ? Number(v) : v;
          }),
      },
    });
  }

  /**
   * The merged areas of a block, as `RangeAreas` with `address` and `areaCount`: those whose
   * top-left cell is in the block, whole (office-js issue #3611); a null object when there are
   * none; a request that fails at sync when there are more than Excel lists in one call.
   */
  private mergedAreas(holder: SheetHolder, target: string, box: Box): unknown {
    const sheet = this.resolve(holder);
    const inside = sheet.merges
      .map(boxOf)
      .filter((m) => m.row >= box.row && m.row < box.row + box.rows && m.col >= box.col && m.col < box.col + box.cols)
      .sort((a, b) => a.row - b.row || a.col - b.col);
    if (inside.length > MERGED_AREAS_LIMIT) {
      this.refuse('GeneralException', `The range has ${inside.length} merged areas; no more than ${MERGED_AREAS_LIMIT} can be returned`);
    }
    const raw = new OfficeMockObject({
      address: inside.map((m) => `${sheetRef(sheet.name)}!${addressOf(m)}`).join(', '),
      areaCount: inside.length,
    });
    this.nullable(raw, () => inside.length === 0);
    return this.wrap(raw, target);
  }

  /** A block of cells whose `values` can be loaded (empty cells read as ""). */
  private valuesRange(holder: SheetHolder, target: string, row: number, col: number, rows: number, cols: number): unknown {
    const sheet = this.resolve(holder);
    const values: CellValue[][] = [];
    for (let r = 0; r < rows; r++) {
      const line = sheet.grid[row + r] ?? [];
      const out: CellValue[] = new Array(cols);
      for (let c = 0; c < cols; c++) out[c] = line[col + c] ?? '';
      values.push(out);
    }
    const raw = new OfficeMockObject({
      values,
      getMergedAreasOrNullObject: () => this.mergedAreas(holder, `${target}.getMergedAreasOrNullObject()`, { row, col, rows, cols }),
    });
    return this.wrap(raw, target, {
      onLoad: (what) => {
        if (/values/.test(what)) this.loads.push(() => values);
      },
    });
  }
}

/** The smallest box holding every non-empty cell (0-based), or null. */
function usedBox(sheet: FakeSheet): { row: number; col: number; rows: number; cols: number } | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  sheet.grid.forEach((line, r) =>
    line?.forEach((v, c) => {
      if (v === undefined || v === '') return;
      top = Math.min(top, r);
      bottom = Math.max(bottom, r);
      left = Math.min(left, c);
      right = Math.max(right, c);
    }),
  );
  return bottom < 0 ? null : { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
}

type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

export class MockExcel {
  readonly log: LogEntry[] = [];
  /** Response bytes of each sync of the main context. */
  readonly payloads: number[] = [];
  /** Request bytes of each sync of the main context. */
  readonly requests: number[] = [];
  /** Syncs refused for their request or response size. */
  refusals = 0;
  /** The options each `run` was given (null for `run(batch)`), in order. */
  readonly runOptions: Array<Excel.RunOptions | null> = [];
  readonly contexts: MockContext[] = [];
  private readonly main: MockContext;

  constructor(
    readonly workbook: FakeWorkbook,
    readonly options: MockOptions = {},
  ) {
    this.main = this.newContext();
  }

  /** The context a task pane gets from `Excel.run`. */
  get context(): Excel.RequestContext {
    return this.main.requestContext;
  }

  /** `context.sync()` calls on the main context. */
  get syncs(): number {
    return this.main.syncs;
  }

  /**
   * A stand-in for `Excel.run`, as `run(batch)` or `run(options, batch)`: each batch gets a
   * fresh context on the same workbook.
   */
  readonly run: {
    <T>(batch: Batch<T>): Promise<T>;
    <T>(options: Excel.RunOptions, batch: Batch<T>): Promise<T>;
  } = <T>(first: Batch<T> | Excel.RunOptions, second?: Batch<T>): Promise<T> => {
    const batch = typeof first === 'function' ? first : second;
    if (typeof batch !== 'function') throw new TypeError('mock: Excel.run needs a batch function');
    this.runOptions.push(typeof first === 'function' ? null : first);
    return batch(this.newContext().requestContext);
  };

  private newContext(): MockContext {
    const context = new MockContext(this, this.contexts.length);
    this.contexts.push(context);
    return context;
  }
}
