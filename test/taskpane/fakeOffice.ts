/**
 * A small fake of Office.js for the task pane: sheets of cells with number formats, Excel
 * tables, data validation, frozen rows, activation and selection, and the ranges, formats and
 * page layout used by the adapter (readTables, writeReport, the date-system probe), the
 * service's own workbook work (src/taskpane/services/officeWorkbook.ts), the compatibility
 * self-test (src/taskpane/services/selfTest.ts) and the custom functions' date-system check
 * (src/functions/dateSystem.ts). Writes apply at once; what a test checks is where values went,
 * with what format, and what was selected. (test/officejs/mockExcel.ts is the strict mock of
 * the adapter, with batching and sync counts.)
 *
 * Strict about members: each object has only the members that code uses, under its Office.js
 * type name. Reading, calling or setting any other member throws `fake Office: Range.foo is not
 * modelled`, as a wrong API name fails in Excel; setting a member Office.js has read-only
 * (`Range.rowCount`) throws too, and so does reading one the fake only records (`RangeFont.bold`).
 * Every modelled member records what it was given, on the FakeSheet or FakeBook below, or is a
 * no-op with its reason beside it; `load` is one on every object that has it (everything is
 * always there to read) and returns the object, as in Office.js. Add a member here when the
 * add-in starts to use one.
 *
 * No imports and no Node APIs: test/helpers/fakeHost.ts transpiles this file and runs it inside
 * the page as a stand-in for office.js (test/e2e/office.test.ts, selfTest.test.ts, build.test.ts).
 *
 * What the fake keeps, and reads back where Office.js can: values, number formats, formulas
 * (and, only when `FakeBook.customFunctions` is set, the results of `=TTHC.ID(…)` formulas);
 * merged areas (`merge`, `getMergedAreasOrNullObject`; merging keeps every value); row heights
 * and column widths; every other format set (`FakeSheet.formatting`: font, fill, borders,
 * alignment, wrap, indent); page layout (`pageLayout`, with Excel's defaults until set), print
 * area and title rows, page headers (`headersFooters`) and manual page breaks; gridlines;
 * data-validation rules and their type; Excel tables; frozen rows; the active sheet and the
 * selection; recalculations asked for (`FakeBook.calculations`).
 *
 * Like Excel, a string written through `values` into a cell not formatted as Text (`@`) is
 * read as typed input: `=…` becomes a formula, digits a number. The fake records that in
 * `typedAsInput` so tests can prove text stays text.
 *
 * Like Excel (and test/officejs/mockExcel.ts), a request is refused, with Office's error code,
 * at its `context.sync()` (or at the end of `Excel.run`, which syncs what is left), for:
 * `InvalidArgument`: a row height over 409 points or negative, a multi-area address given to
 * `getRange` or one over 255 characters to `getRanges`, an array of values, number formats or
 * formulas not the size of its range, an unknown border or header state; `GeneralException`:
 * more than 512 merged areas listed in one call; `InvalidOperation`: a page break past Excel's
 * 1,026. The refused operation is not applied; unlike Excel, the operations queued after it in
 * the same request are (the fake applies each at once).
 */
/* eslint-disable @typescript-eslint/no-this-alias -- the object-literal accessors of the fake refer to their book */

export type Cell = string | number | boolean;

export interface FakeTableModel {
  name: string;
  /** 1-based, header row included. */
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** A block of cells, 1-based, both ends included. */
type Box = { top: number; left: number; bottom: number; right: number };

/** One format property set on a range: `font.bold`, `borders.EdgeTop.style`, `horizontalAlignment`… */
export interface FormatSetting {
  /** The range's A1 address, its areas joined by commas (`A1:B2,D4`). */
  address: string;
  /** The property as Office.js names it from `Range.format`. */
  property: string;
  value: unknown;
}

/** Excel's tallest row, in points (Excel specifications and limits; test/officejs/mockExcel.ts). */
export const MAX_ROW_HEIGHT_POINTS = 409;
/** Longest multi-area reference Excel takes (`getRanges`). */
export const MAX_AREAS_ADDRESS_LENGTH = 255;
/** Excel lists no more merged areas than this in one call (`getMergedAreasOrNullObject`). */
export const MERGED_AREAS_LIMIT = 512;

/** A new sheet's page layout in Excel (Normal margins, en-US paper), read until a value is set. */
export const PAGE_LAYOUT_DEFAULTS: Readonly<Record<string, unknown>> = {
  orientation: 'Portrait',
  paperSize: 'Letter',
  topMargin: 54,
  bottomMargin: 54,
  leftMargin: 50.4,
  rightMargin: 50.4,
  headerMargin: 21.6,
  footerMargin: 21.6,
  zoom: { scale: 100 },
};

/** Excel.HeaderFooterState. */
const HEADER_FOOTER_STATES = ['Default', 'FirstAndDefault', 'OddAndEven', 'FirstOddAndEven'];
/** Excel.HeaderFooterGroup's headers, and the sections of each (Excel.HeaderFooter). */
const HEADER_FOOTERS = ['defaultForAllPages', 'firstPage', 'evenPages', 'oddPages'];
const HEADER_FOOTER_SECTIONS = ['leftHeader', 'centerHeader', 'rightHeader', 'leftFooter', 'centerFooter', 'rightFooter'];
/** Excel keeps at most this many manual horizontal page breaks on a sheet. */
export const MAX_PAGE_BREAKS = 1026;

const BORDER_INDEXES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal', 'DiagonalDown', 'DiagonalUp'];

export class FakeSheet {
  cells = new Map<string, Cell>();
  formats = new Map<string, string>();
  validations = new Map<string, { source: string; alert: boolean }>();
  columnWidths = new Map<number, number>();
  tables: FakeTableModel[] = [];
  frozenRows = 0;
  /** Strings written where Excel would have parsed them (no Text format). */
  typedAsInput: string[] = [];
  /** Merged areas as A1 addresses (`E1:F1`), in the order merged. */
  merges: string[] = [];
  /** Row heights set through `format.rowHeight`: runs of rows (1-based), the last set wins. */
  rowHeights: { top: number; bottom: number; points: number }[] = [];
  /** Every other format property set (column widths and row heights have their own records), in order. */
  formatting: FormatSetting[] = [];
  /** What was set on `pageLayout` (`orientation`, `paperSize`, margins, `zoom`); unset ones read as PAGE_LAYOUT_DEFAULTS. */
  pageLayout: Record<string, unknown> = {};
  /** `pageLayout.setPrintArea` and `setPrintTitleRows`, as given. */
  printArea: string | null = null;
  printTitleRows: string | null = null;
  /** The page headers set through `pageLayout.headersFooters`: its `state`, and each header's sections by name (`firstPage.centerHeader`). */
  headers: { state?: string; sections: Record<string, string> } = { sections: {} };
  /** Cells a manual page break was added above (`horizontalPageBreaks.add`), in order. */
  pageBreaks: string[] = [];
  showGridlines = true;
  /** Data-validation rules as set, by `row:col` (`validations` keeps their list source and alert). */
  validationRules = new Map<string, unknown>();
  constructor(public name: string) {}

  /** The height of `row` in points: the last `rowHeight` set over it, else Excel's default 15. */
  rowHeight(row: number): number {
    for (let i = this.rowHeights.length - 1; i >= 0; i--) {
      const run = this.rowHeights[i];
      if (row >= run.top && row <= run.bottom) return run.points;
    }
    return 15;
  }

  get(row: number, col: number): Cell | undefined {
    return this.cells.get(`${row}:${col}`);
  }

  set(row: number, col: number, value: Cell | null): void {
    if (value === null || value === undefined) return; // Office.js leaves a cell alone for null
    const key = `${row}:${col}`;
    if (value === '') this.cells.delete(key);
    else this.cells.set(key, value);
    if (typeof value === 'string' && this.formats.get(key) !== '@' && /^[=+\-@]|^\d+$/.test(value)) this.typedAsInput.push(value);
  }

  /** The used range (1-based box) of cells holding values, or null. */
  used(): Box | null {
    if (this.cells.size === 0) return null;
    const keys = [...this.cells.keys()].map((k) => k.split(':').map(Number));
    return {
      top: Math.min(...keys.map((k) => k[0])),
      left: Math.min(...keys.map((k) => k[1])),
      bottom: Math.max(...keys.map((k) => k[0])),
      right: Math.max(...keys.map((k) => k[1])),
    };
  }
}

function notModelled(type: string, prop: string, what = ''): TypeError {
  return new TypeError(`fake Office: ${type}.${prop} is not modelled${what}`);
}

function descriptorOf(obj: object, prop: PropertyKey): PropertyDescriptor | undefined {
  for (let o: object | null = obj; o; o = Object.getPrototypeOf(o)) {
    const found = Object.getOwnPropertyDescriptor(o, prop);
    if (found) return found;
  }
  return undefined;
}

/**
 * `members` as the Office.js object `type`: any member it lacks throws when read or set, naming
 * it; a member without a setter cannot be set, one with only a setter cannot be read. Symbols
 * and `then` are JavaScript's, not Office's: an object returned from an async function is
 * asked for `then`, and reads none.
 */
function strict<T extends object>(type: string, members: T): T {
  return new Proxy(members, {
    get(target, prop, receiver) {
      if (typeof prop === 'symbol') return Reflect.get(target, prop, receiver);
      const found = descriptorOf(target, prop);
      if (!found) {
        if (prop === 'then') return undefined;
        throw notModelled(type, prop);
      }
      if (found.set && !found.get) throw notModelled(type, prop, ' for reading (the fake records what is set: see FakeSheet)');
      return Reflect.get(target, prop, receiver);
    },
    set(target, prop, value, receiver) {
      const found = descriptorOf(target, prop);
      if (!found) throw notModelled(type, String(prop));
      if (!found.set) throw new TypeError(`fake Office: ${type}.${String(prop)} is read-only`);
      return Reflect.set(target, prop, value, receiver);
    },
    defineProperty(_target, prop) {
      throw notModelled(type, String(prop));
    },
    deleteProperty(_target, prop) {
      throw notModelled(type, String(prop));
    },
  });
}

/** An object whose members `names` can only be set, each set handed to `record`. */
function setOnly(names: readonly string[], record: (name: string, value: unknown) => void): object {
  const members = {};
  for (const name of names) Object.defineProperty(members, name, { enumerable: true, configurable: true, set: (value: unknown) => record(name, value) });
  return members;
}

/** An error as Office.js reports a failed request. */
function officeError(code: string, message: string, location: string): Error {
  return Object.assign(new Error(message), { name: 'RichApi.Error', code, debugInfo: { errorLocation: location } });
}

/** One `Excel.run` batch: the first refusal of its current request, thrown by the next sync. */
interface Batch {
  refused: Error | null;
}

function refuse(batch: Batch, error: Error): void {
  batch.refused ??= error;
}

export class FakeBook {
  sheets: FakeSheet[] = [];
  active: string | null = null;
  selected: { sheet: string; address: string } | null = null;
  syncs = 0;
  /** `workbook.application.calculate(type)` calls, by calculation type (`Full`). */
  calculations: string[] = [];
  /**
   * Custom functions by id (`ONLINE_SHARE`), as `CustomFunctions.associate` registers them. Null
   * (the default) leaves every formula unevaluated, its text read back as the value. When set, a
   * formula `=TTHC.ID(1,2)` written through `formulas` reads back as the function's result:
   * `#NAME?` for an id not registered, `#BUSY!` until a returned promise settles, `#VALUE!` for
   * an argument that is not a number or a function that throws.
   */
  customFunctions: Record<string, (...args: any[]) => unknown> | null = null;

  addSheet(name: string, rows: (Cell | null)[][] = [], at = 1): FakeSheet {
    const sheet = new FakeSheet(name);
    rows.forEach((r, i) => r.forEach((v, j) => v !== null && sheet.cells.set(`${at + i}:${j + 1}`, v)));
    this.sheets.push(sheet);
    return sheet;
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  /** Rows of a sheet from A1 to its last used cell (empty cells as null). */
  rows(name: string): (Cell | null)[][] {
    const sheet = this.sheet(name)!;
    const box = sheet.used();
    if (!box) return [];
    const out: (Cell | null)[][] = [];
    for (let r = 1; r <= box.bottom; r++) {
      const line: (Cell | null)[] = [];
      for (let c = 1; c <= box.right; c++) line.push(sheet.get(r, c) ?? null);
      out.push(line);
    }
    return out;
  }

  /**
   * With `customFunctions` set, computes a `=TTHC.ID(…)` formula written to a cell and stores its
   * result as the cell's value; false (nothing done) otherwise.
   */
  evaluateCustomFunction(sheet: FakeSheet, row: number, col: number, formula: string): boolean {
    const call = /^=TTHC\.([A-Z0-9_.]+)\((.*)\)$/i.exec(formula.trim());
    if (!this.customFunctions || !call) return false;
    const key = `${row}:${col}`;
    const fn = this.customFunctions[call[1].toUpperCase()];
    const args = call[2].trim() === '' ? [] : call[2].split(',').map((a) => Number(a.trim()));
    if (!fn) {
      sheet.cells.set(key, '#NAME?');
      return true;
    }
    if (args.some((a) => Number.isNaN(a))) {
      sheet.cells.set(key, '#VALUE!');
      return true;
    }
    const store = (value: unknown) => sheet.cells.set(key, typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean' ? value : '#VALUE!');
    try {
      const result = fn(...args);
      if (result instanceof Promise) {
        sheet.cells.set(key, '#BUSY!');
        result.then(store, () => store('#VALUE!'));
      } else store(result);
    } catch {
      sheet.cells.set(key, '#VALUE!');
    }
    return true;
  }

  /** A stand-in for `Excel.run`: the batch, then the sync Excel.run makes of what is left. */
  readonly run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const context = this.context() as unknown as Excel.RequestContext;
    const result = await batch(context);
    await context.sync();
    return result;
  };

  private context(): unknown {
    const book = this;
    const batch: Batch = { refused: null };
    const workbook = strict('Workbook', {
      get worksheets() {
        return book.worksheets(batch);
      },
      get tables() {
        return book.allTables(batch);
      },
      // Excel's DATE in the 1900 date system (how readTables and the custom functions learn the workbook's date system).
      functions: strict('Functions', {
        date: (year: number, month: number, day: number) => {
          const serial = (Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000;
          const result: unknown = strict('FunctionResult', { value: serial < 61 ? serial - 1 : serial, load: () => result });
          return result;
        },
      }),
      application: strict('Application', {
        calculate: (type: string) => {
          book.calculations.push(type);
        },
      }),
    });
    return strict('RequestContext', {
      workbook,
      sync: async () => {
        book.syncs++;
        const refused = batch.refused;
        batch.refused = null;
        if (refused) throw refused;
      },
    });
  }

  private worksheets(batch: Batch): unknown {
    const collection: unknown = strict('WorksheetCollection', {
      items: this.sheets.map((s) => this.worksheet(batch, s.name)),
      load: () => collection,
      add: (name: string) => {
        if (this.sheet(name)) throw Object.assign(new Error(`A sheet named ${name} exists`), { code: 'ItemAlreadyExists' });
        this.addSheet(name);
        return this.worksheet(batch, name);
      },
      getItem: (name: string) => {
        if (!this.sheet(name)) throw Object.assign(new Error('ItemNotFound'), { code: 'ItemNotFound' });
        return this.worksheet(batch, name);
      },
      getItemOrNullObject: (name: string) => {
        if (this.sheet(name)) return this.worksheet(batch, name);
        const none: unknown = strict('Worksheet (null object)', {
          isNullObject: true,
          load: () => none,
          // No-op: Excel ignores an action on a null object (the service's cleanup deletes without looking).
          delete: () => undefined,
        });
        return none;
      },
    });
    return collection;
  }

  private allTables(batch: Batch): unknown {
    const items = this.sheets.flatMap((s) => s.tables.map((t) => this.table(batch, s, t)));
    const collection: unknown = strict('TableCollection', { items, load: () => collection });
    return collection;
  }

  private table(batch: Batch, sheet: FakeSheet, t: FakeTableModel): unknown {
    const book = this;
    return strict('Table', {
      get name() {
        return t.name;
      },
      set name(value: string) {
        if (book.sheets.some((s) => s.tables.some((x) => x !== t && x.name.toLowerCase() === value.toLowerCase()))) throw new Error('table name taken');
        t.name = value;
      },
      worksheet: this.worksheet(batch, sheet.name),
      getRange: () => this.range(batch, sheet, { top: t.top, left: t.left, bottom: t.bottom, right: t.right }),
      getDataBodyRange: () => this.range(batch, sheet, { top: t.top + 1, left: t.left, bottom: t.bottom, right: t.right }),
      rows: strict('TableRowCollection', {
        add: (_index: unknown, values: Cell[][]) => {
          values.forEach((line, i) => line.forEach((v, j) => sheet.set(t.bottom + 1 + i, t.left + j, v)));
          t.bottom += values.length;
        },
      }),
    });
  }

  private worksheet(batch: Batch, name: string): unknown {
    const book = this;
    const target = this.sheet(name);
    const sheet = (): FakeSheet => {
      if (!target || !book.sheets.includes(target)) throw new Error(`no sheet ${name}`);
      return target;
    };
    const worksheet: unknown = strict('Worksheet', {
      isNullObject: false,
      get name() {
        return sheet().name;
      },
      set name(value: string) {
        const clash = book.sheet(value);
        if (clash && clash !== sheet()) throw new Error(`A sheet named ${value} exists`);
        if (book.active === sheet().name) book.active = value;
        sheet().name = value;
      },
      get showGridlines() {
        return sheet().showGridlines;
      },
      set showGridlines(value: boolean) {
        sheet().showGridlines = value;
      },
      load: () => worksheet,
      activate: () => {
        book.active = sheet().name;
      },
      delete: () => {
        book.sheets = book.sheets.filter((s) => s !== sheet());
      },
      getRange: (address?: string) => {
        if (address?.includes(',')) refuse(batch, officeError('InvalidArgument', `getRange takes one area, not "${address}"`, 'Worksheet.getRange'));
        return this.range(batch, sheet(), parseAddress((address ?? 'A:XFD').split(',')[0]));
      },
      getRanges: (address: string) => {
        if (address.length > MAX_AREAS_ADDRESS_LENGTH) {
          refuse(batch, officeError('InvalidArgument', `The address of ${address.length} characters is longer than ${MAX_AREAS_ADDRESS_LENGTH}`, 'Worksheet.getRanges'));
        }
        return strict('RangeAreas', { format: this.format(batch, sheet(), address.split(',').map(parseAddress)) });
      },
      getRangeByIndexes: (row: number, col: number, rows: number, cols: number) =>
        this.range(batch, sheet(), { top: row + 1, left: col + 1, bottom: row + rows, right: col + cols }),
      // Cells holding values only, whatever the argument (the fake keeps no formatting that would widen it).
      getUsedRangeOrNullObject: (_valuesOnly?: boolean) => {
        const box = sheet().used();
        if (box) return this.range(batch, sheet(), box);
        const none: unknown = strict('Range (null object)', { isNullObject: true, load: () => none });
        return none;
      },
      tables: strict('TableCollection', {
        add: (address: string, _hasHeaders: boolean) => {
          const box = parseAddress(address);
          const model: FakeTableModel = { name: `Table${this.sheets.flatMap((s) => s.tables).length + 1}`, ...box };
          sheet().tables.push(model);
          return this.table(batch, sheet(), model);
        },
      }),
      freezePanes: strict('WorksheetFreezePanes', {
        freezeRows: (rows: number) => {
          sheet().frozenRows = rows;
        },
      }),
      get pageLayout() {
        return book.pageLayout(batch, sheet());
      },
      horizontalPageBreaks: strict('PageBreakCollection', {
        // A break above the cell; Excel refuses one past its limit.
        add: (cell: string) => {
          parseAddress(cell);
          if (sheet().pageBreaks.length >= MAX_PAGE_BREAKS) refuse(batch, officeError('InvalidOperation', `A sheet holds at most ${MAX_PAGE_BREAKS} page breaks`, 'PageBreakCollection.add'));
          else sheet().pageBreaks.push(cell);
        },
      }),
    });
    return worksheet;
  }

  /** What is set stays on the sheet and reads back; unset properties read as Excel's defaults. */
  private pageLayout(batch: Batch, sheet: FakeSheet): unknown {
    const members: Record<string, unknown> = {
      headersFooters: this.headersFooters(batch, sheet),
      setPrintArea: (address: string) => {
        sheet.printArea = address;
      },
      setPrintTitleRows: (address: string) => {
        sheet.printTitleRows = address;
      },
    };
    for (const name of Object.keys(PAGE_LAYOUT_DEFAULTS)) {
      Object.defineProperty(members, name, {
        enumerable: true,
        configurable: true,
        get: () => (name in sheet.pageLayout ? sheet.pageLayout[name] : PAGE_LAYOUT_DEFAULTS[name]),
        set: (value: unknown) => {
          sheet.pageLayout[name] = value;
        },
      });
    }
    const layout: unknown = strict('PageLayout', members);
    return layout;
  }

  /** `pageLayout.headersFooters`: its state and every header's sections, kept in `FakeSheet.headers` and read back. */
  private headersFooters(batch: Batch, sheet: FakeSheet): unknown {
    const members: Record<string, unknown> = {
      get state() {
        return sheet.headers.state ?? 'Default';
      },
      set state(state: string) {
        if (HEADER_FOOTER_STATES.includes(state)) sheet.headers.state = state;
        else refuse(batch, officeError('InvalidArgument', `No header/footer state "${state}"`, 'HeaderFooterGroup.state'));
      },
    };
    for (const name of HEADER_FOOTERS) {
      const sections: Record<string, unknown> = {};
      for (const section of HEADER_FOOTER_SECTIONS) {
        Object.defineProperty(sections, section, {
          enumerable: true,
          configurable: true,
          get: () => sheet.headers.sections[`${name}.${section}`] ?? '',
          set: (text: string) => {
            sheet.headers.sections[`${name}.${section}`] = text;
          },
        });
      }
      members[name] = strict('HeaderFooter', sections);
    }
    return strict('HeaderFooterGroup', members);
  }

  /** `Range.format` (one area) or `RangeAreas.format` (several): widths and heights kept per column and row, the rest in `formatting`. */
  private format(batch: Batch, sheet: FakeSheet, boxes: Box[]): unknown {
    const address = boxes.map(formatBox).join(',');
    const record = (property: string, value: unknown) => sheet.formatting.push({ address, property, value });
    const font = strict('RangeFont', setOnly(['name', 'size', 'bold', 'italic', 'underline', 'color'], (name, value) => record(`font.${name}`, value)));
    const fill = strict('RangeFill', setOnly(['color'], (name, value) => record(`fill.${name}`, value)));
    const borders = strict('RangeBorderCollection', {
      getItem: (index: string) => {
        if (!BORDER_INDEXES.includes(index)) refuse(batch, officeError('InvalidArgument', `No border "${index}"`, 'RangeBorderCollection.getItem'));
        return strict('RangeBorder', setOnly(['style', 'weight', 'color'], (name, value) => record(`borders.${index}.${name}`, value)));
      },
    });
    const members = setOnly(['horizontalAlignment', 'verticalAlignment', 'wrapText', 'indentLevel'], record);
    Object.defineProperties(members, {
      font: { value: font, enumerable: true, configurable: true },
      fill: { value: fill, enumerable: true, configurable: true },
      borders: { value: borders, enumerable: true, configurable: true },
      columnWidth: {
        enumerable: true,
        configurable: true,
        set: (points: number) => {
          for (const box of boxes) for (let c = box.left; c <= box.right; c++) sheet.columnWidths.set(c, points);
        },
      },
      rowHeight: {
        enumerable: true,
        configurable: true,
        // The first row's height (the fake does not model rows of different heights in one range).
        get: () => sheet.rowHeight(boxes[0].top),
        set: (points: number) => {
          if (!(typeof points === 'number' && points >= 0 && points <= MAX_ROW_HEIGHT_POINTS)) {
            refuse(batch, officeError('InvalidArgument', `Row height ${points} is outside 0–${MAX_ROW_HEIGHT_POINTS} points`, 'Range.format.rowHeight'));
            return;
          }
          for (const box of boxes) sheet.rowHeights.push({ top: box.top, bottom: box.bottom, points });
        },
      },
    });
    return strict('RangeFormat', members);
  }

  private range(batch: Batch, sheet: FakeSheet, box: Box): unknown {
    const book = this;
    const rows = box.bottom - box.top + 1;
    const cols = box.right - box.left + 1;
    const each = (grid: unknown[][], fn: (r: number, c: number, v: any) => void) => grid.forEach((line, i) => line.forEach((v, j) => fn(box.top + i, box.left + j, v)));
    /** Excel refuses an array not the size of its range. */
    const fits = (property: string, grid: unknown[][]): boolean => {
      if (Array.isArray(grid) && grid.length === rows && grid.every((line) => Array.isArray(line) && line.length === cols)) return true;
      refuse(batch, officeError('InvalidArgument', `The ${property} array does not match the range's ${rows}×${cols}`, `Range.${property}`));
      return false;
    };
    const forEachCell = (fn: (r: number, c: number) => void) => {
      for (let r = box.top; r <= box.bottom; r++) for (let c = box.left; c <= box.right; c++) fn(r, c);
    };
    const range: unknown = strict('Range', {
      isNullObject: false,
      load: () => range,
      rowIndex: box.top - 1,
      columnIndex: box.left - 1,
      rowCount: rows,
      columnCount: cols,
      get values() {
        const out: Cell[][] = [];
        for (let r = box.top; r <= box.bottom; r++) {
          const line: Cell[] = [];
          for (let c = box.left; c <= box.right; c++) line.push(sheet.get(r, c) ?? '');
          out.push(line);
        }
        return out;
      },
      set values(grid: Cell[][]) {
        if (fits('values', grid)) each(grid, (r, c, v) => sheet.set(r, c, v));
      },
      get numberFormat() {
        const out: string[][] = [];
        for (let r = box.top; r <= box.bottom; r++) {
          const line: string[] = [];
          for (let c = box.left; c <= box.right; c++) line.push(sheet.formats.get(`${r}:${c}`) ?? 'General');
          out.push(line);
        }
        return out;
      },
      set numberFormat(grid: (string | null)[][]) {
        if (fits('numberFormat', grid)) each(grid, (r, c, v) => v !== null && sheet.formats.set(`${r}:${c}`, v));
      },
      set formulas(grid: (string | null)[][]) {
        if (fits('formulas', grid)) each(grid, (r, c, v) => v !== null && !book.evaluateCustomFunction(sheet, r, c, v) && sheet.cells.set(`${r}:${c}`, v));
      },
      format: this.format(batch, sheet, [box]),
      dataValidation: strict('DataValidation', {
        set rule(rule: { list: { source: string } }) {
          forEachCell((r, c) => {
            sheet.validations.set(`${r}:${c}`, { source: rule.list.source, alert: true });
            sheet.validationRules.set(`${r}:${c}`, rule);
          });
        },
        /** The rule of the top-left cell, as set (an empty object when there is none, as Excel gives). */
        get rule(): unknown {
          return sheet.validationRules.get(`${box.top}:${box.left}`) ?? {};
        },
        get type() {
          const rule = sheet.validationRules.get(`${box.top}:${box.left}`) as { list?: unknown } | undefined;
          return rule === undefined ? 'None' : rule.list ? 'List' : 'Custom';
        },
        // Kept as the rule's `alert` (the rest of the alert, message and title, is not read back).
        set errorAlert(alert: { showAlert: boolean }) {
          forEachCell((r, c) => {
            sheet.validations.get(`${r}:${c}`)!.alert = alert.showAlert;
          });
        },
      }),
      getEntireColumn: () => this.range(batch, sheet, { top: 1, left: box.left, bottom: 1_048_576, right: box.right }),
      getLastRow: () => this.range(batch, sheet, { top: box.bottom, left: box.left, bottom: box.bottom, right: box.right }),
      getOffsetRange: (down: number, across: number) => this.range(batch, sheet, { top: box.top + down, left: box.left + across, bottom: box.bottom + down, right: box.right + across }),
      getResizedRange: (down: number, across: number) => this.range(batch, sheet, { ...box, bottom: box.bottom + down, right: box.right + across }),
      select: () => {
        book.selected = { sheet: sheet.name, address: formatBox(box) };
      },
      // Unlike Excel, merging keeps the values of every cell. Across: each row merged on its own.
      merge: (across?: boolean) => {
        if (!across) sheet.merges.push(formatBox(box));
        else for (let r = box.top; r <= box.bottom; r++) sheet.merges.push(formatBox({ ...box, top: r, bottom: r }));
      },
      // The merges whose top-left cell is in the range (as Excel lists them), or a null object.
      getMergedAreasOrNullObject: () => {
        const inside = sheet.merges.filter((m) => {
          const b = parseAddress(m);
          return b.top >= box.top && b.top <= box.bottom && b.left >= box.left && b.left <= box.right;
        });
        if (inside.length > MERGED_AREAS_LIMIT) {
          refuse(batch, officeError('GeneralException', `The range has ${inside.length} merged areas; no more than ${MERGED_AREAS_LIMIT} can be returned`, 'Range.getMergedAreasOrNullObject'));
        }
        const areas: unknown =
          inside.length === 0
            ? strict('RangeAreas (null object)', { isNullObject: true, load: () => areas })
            : strict('RangeAreas', { isNullObject: false, load: () => areas, areaCount: inside.length, address: inside.map((m) => `${sheetRef(sheet.name)}!${m}`).join(', ') });
        return areas;
      },
    });
    return range;
  }
}

function columnNumber(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

/** `C5`, `A1:P9`, `C:C`, `5:5` as a 1-based box. */
export function parseAddress(address: string): Box {
  const [a, b = a] = address.trim().split(':');
  const part = (s: string) => {
    const m = /^\$?([A-Z]*)\$?(\d*)$/.exec(s);
    if (!m) throw new Error(`fake Office: the address "${address}" is not one the fake reads`);
    return { col: m[1] ? columnNumber(m[1]) : null, row: m[2] ? Number(m[2]) : null };
  };
  const p = part(a);
  const q = part(b);
  return { top: p.row ?? 1, left: p.col ?? 1, bottom: q.row ?? 1_048_576, right: q.col ?? 16_384 };
}

function letters(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** A sheet name as Excel writes it before `!`: quoted unless plain, quotes doubled. */
function sheetRef(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function formatBox(b: Box): string {
  if (b.left === 1 && b.right === 16_384) return `${b.top}:${b.bottom}`;
  if (b.top === 1 && b.bottom === 1_048_576) return `${letters(b.left)}:${letters(b.right)}`;
  const first = `${letters(b.left)}${b.top}`;
  return b.top === b.bottom && b.left === b.right ? first : `${first}:${letters(b.right)}${b.bottom}`;
}
