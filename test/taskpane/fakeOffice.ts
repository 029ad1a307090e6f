/**
 * A small, permissive fake of Office.js for the task pane: sheets of cells with number formats,
 * Excel tables, data validation, frozen rows, activation and selection, and enough of ranges
 * for the adapter's readTables and writeReport. Writes apply at once; formatting calls the fake
 * does not model are accepted and ignored (any unknown member is a sink). What a test checks is
 * where values went, with what format, and what was selected. (test/officejs/mockExcel.ts is
 * the strict mock of the adapter, with batching and sync counts.)
 *
 * No imports and no Node APIs: test/e2e/office.test.ts transpiles this file and runs it inside
 * the page as a stand-in for office.js.
 *
 * Like Excel, a string written through `values` into a cell not formatted as Text (`@`) is
 * read as typed input: `=…` becomes a formula, digits a number. The fake records that in
 * `typedAsInput` so tests can prove text stays text.
 *
 * For the compatibility self-test (src/taskpane/services/selfTest.ts) the fake also keeps, and
 * reads back: number formats, merged areas (`merge`, `getMergedAreasOrNullObject`; merging
 * keeps every value), row heights, page layout settings, data-validation rules and their type,
 * and, only when `FakeBook.customFunctions` is set, the results of `=TTHC.ID(…)` formulas.
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
  /** What was set on `pageLayout` (`orientation`, `paperSize`, margins, `zoom`…). */
  pageLayout: Record<string, unknown> = {};
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
  used(): { top: number; left: number; bottom: number; right: number } | null {
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

/** Any member not modelled: callable, chainable, settable, and ignored. */
const SINK: any = new Proxy(function sink() {}, {
  get: (_t, prop) => (prop === 'then' ? undefined : SINK),
  set: () => true,
  apply: () => SINK,
});

/** `obj` with every missing member answered by the sink. */
function permissive<T extends object>(obj: T): T {
  return new Proxy(obj, {
    get: (target, prop, receiver) => (prop in target ? Reflect.get(target, prop, receiver) : typeof prop === 'symbol' || prop === 'then' ? undefined : SINK),
  });
}

export class FakeBook {
  sheets: FakeSheet[] = [];
  active: string | null = null;
  selected: { sheet: string; address: string } | null = null;
  syncs = 0;
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

  /** A stand-in for `Excel.run`. */
  readonly run = <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => batch(this.context() as unknown as Excel.RequestContext);

  private context(): unknown {
    const book = this;
    return permissive({
      workbook: {
        get worksheets() {
          return book.worksheets();
        },
        get tables() {
          return book.allTables();
        },
        // Excel's DATE in the 1900 date system (how readTables learns the workbook's date system).
        functions: {
          date: (year: number, month: number, day: number) => {
            const serial = (Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000;
            return { value: serial < 61 ? serial - 1 : serial, load: () => undefined };
          },
        },
      },
      sync: async () => {
        book.syncs++;
      },
    });
  }

  private worksheets(): unknown {
    return permissive({
      items: this.sheets.map((s) => this.worksheet(s.name)),
      load: () => undefined,
      add: (name: string) => {
        if (this.sheet(name)) throw Object.assign(new Error(`A sheet named ${name} exists`), { code: 'ItemAlreadyExists' });
        this.addSheet(name);
        return this.worksheet(name);
      },
      getItem: (name: string) => {
        if (!this.sheet(name)) throw Object.assign(new Error('ItemNotFound'), { code: 'ItemNotFound' });
        return this.worksheet(name);
      },
      getItemOrNullObject: (name: string) => (this.sheet(name) ? this.worksheet(name) : permissive({ isNullObject: true, load: () => undefined, delete: () => undefined })),
    });
  }

  private allTables(): unknown {
    const items = this.sheets.flatMap((s) => s.tables.map((t) => this.table(s, t)));
    return permissive({ items, load: () => undefined });
  }

  private table(sheet: FakeSheet, t: FakeTableModel): unknown {
    const book = this;
    return permissive({
      get name() {
        return t.name;
      },
      set name(value: string) {
        if (book.sheets.some((s) => s.tables.some((x) => x !== t && x.name.toLowerCase() === value.toLowerCase()))) throw new Error('table name taken');
        t.name = value;
      },
      worksheet: this.worksheet(sheet.name),
      getRange: () => this.range(sheet, { top: t.top, left: t.left, bottom: t.bottom, right: t.right }),
      getDataBodyRange: () => this.range(sheet, { top: t.top + 1, left: t.left, bottom: t.bottom, right: t.right }),
      rows: {
        add: (_index: unknown, values: Cell[][]) => {
          values.forEach((line, i) => line.forEach((v, j) => sheet.set(t.bottom + 1 + i, t.left + j, v)));
          t.bottom += values.length;
        },
      },
    });
  }

  private worksheet(name: string): unknown {
    const book = this;
    const target = this.sheet(name);
    const sheet = (): FakeSheet => {
      if (!target || !book.sheets.includes(target)) throw new Error(`no sheet ${name}`);
      return target;
    };
    return permissive({
      isNullObject: false,
      get name() {
        return sheet().name;
      },
      set name(value: string) {
        const clash = book.sheet(value);
        if (clash && clash !== sheet()) throw new Error(`A sheet named ${value} exists`);
        sheet().name = value;
      },
      load: () => undefined,
      activate: () => (this.active = sheet().name),
      delete: () => (this.sheets = this.sheets.filter((s) => s !== sheet())),
      getRange: (address?: string) => this.range(sheet(), parseAddress(address ?? 'A:XFD')),
      getRangeByIndexes: (row: number, col: number, rows: number, cols: number) =>
        this.range(sheet(), { top: row + 1, left: col + 1, bottom: row + rows, right: col + cols }),
      getUsedRangeOrNullObject: () => {
        const box = sheet().used();
        return box ? this.range(sheet(), box) : permissive({ isNullObject: true, load: () => undefined });
      },
      tables: {
        add: (address: string, _headers: boolean) => {
          const box = parseAddress(address);
          const model: FakeTableModel = { name: `Table${this.sheets.flatMap((s) => s.tables).length + 1}`, ...box };
          sheet().tables.push(model);
          return this.table(sheet(), model);
        },
      },
      freezePanes: permissive({ freezeRows: (n: number) => (sheet().frozenRows = n) }),
      // What is set stays on the sheet and reads back; methods (setPrintArea…) are sinks.
      get pageLayout() {
        const stored = sheet().pageLayout;
        return new Proxy(stored, {
          get: (target, prop) => (prop === 'load' ? () => undefined : prop in target ? target[prop as string] : typeof prop === 'symbol' || prop === 'then' ? undefined : SINK),
        });
      },
    });
  }

  private range(sheet: FakeSheet, box: { top: number; left: number; bottom: number; right: number }): unknown {
    const book = this;
    const each = (grid: unknown[][], fn: (r: number, c: number, v: any) => void) => grid.forEach((line, i) => line.forEach((v, j) => fn(box.top + i, box.left + j, v)));
    const cellRange = (r: number) => this.range(sheet, { top: r, left: box.left, bottom: r, right: box.right });
    const range: any = permissive({
      isNullObject: false,
      load: () => range,
      rowIndex: box.top - 1,
      columnIndex: box.left - 1,
      get rowCount() {
        return box.bottom - box.top + 1;
      },
      get columnCount() {
        return box.right - box.left + 1;
      },
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
        each(grid, (r, c, v) => sheet.set(r, c, v));
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
        each(grid, (r, c, v) => v !== null && sheet.formats.set(`${r}:${c}`, v));
      },
      set formulas(grid: (string | null)[][]) {
        each(grid, (r, c, v) => v !== null && !book.evaluateCustomFunction(sheet, r, c, v) && sheet.cells.set(`${r}:${c}`, v));
      },
      format: permissive({
        font: SINK,
        set wrapText(_v: boolean) {},
        set verticalAlignment(_v: string) {},
        set columnWidth(points: number) {
          for (let c = box.left; c <= box.right; c++) sheet.columnWidths.set(c, points);
        },
        // The top row's height (the fake does not model rows of different heights in one range).
        get rowHeight() {
          return sheet.rowHeight(box.top);
        },
        set rowHeight(points: number) {
          sheet.rowHeights.push({ top: box.top, bottom: box.bottom, points });
        },
        load: () => undefined,
      }),
      dataValidation: {
        set rule(rule: { list: { source: string } }) {
          for (let r = box.top; r <= box.bottom; r++) for (let c = box.left; c <= box.right; c++) sheet.validations.set(`${r}:${c}`, { source: rule.list.source, alert: true });
          for (let r = box.top; r <= box.bottom; r++) for (let c = box.left; c <= box.right; c++) sheet.validationRules.set(`${r}:${c}`, rule);
        },
        /** The rule of the top-left cell, as set (an empty object when there is none, as Excel gives). */
        get rule(): unknown {
          return sheet.validationRules.get(`${box.top}:${box.left}`) ?? {};
        },
        get type() {
          const rule = sheet.validationRules.get(`${box.top}:${box.left}`) as { list?: unknown } | undefined;
          return rule === undefined ? 'None' : rule.list ? 'List' : 'Custom';
        },
        load: () => undefined,
        set errorAlert(alert: { showAlert: boolean }) {
          for (let r = box.top; r <= box.bottom; r++) for (let c = box.left; c <= box.right; c++) sheet.validations.get(`${r}:${c}`)!.alert = alert.showAlert;
        },
      },
      getEntireColumn: () => this.range(sheet, { top: 1, left: box.left, bottom: 1_048_576, right: box.right }),
      getLastRow: () => cellRange(box.bottom),
      getOffsetRange: (rows: number, cols: number) => this.range(sheet, { top: box.top + rows, left: box.left + cols, bottom: box.bottom + rows, right: box.right + cols }),
      getResizedRange: (rows: number, cols: number) => this.range(sheet, { ...box, bottom: box.bottom + rows, right: box.right + cols }),
      select: () => (book.selected = { sheet: sheet.name, address: formatBox(box) }),
      // Unlike Excel, merging keeps the values of every cell.
      merge: (_across?: boolean) => sheet.merges.push(formatBox(box)),
      // The merges whose top-left cell is in the range (as Excel lists them), or a null object.
      getMergedAreasOrNullObject: () => {
        const inside = sheet.merges.filter((m) => {
          const b = parseAddress(m);
          return b.top >= box.top && b.top <= box.bottom && b.left >= box.left && b.left <= box.right;
        });
        if (inside.length === 0) return permissive({ isNullObject: true, load: () => undefined });
        return permissive({ isNullObject: false, load: () => undefined, areaCount: inside.length, address: inside.map((m) => `${sheetRef(sheet.name)}!${m}`).join(', ') });
      },
    });
    return range;
  }
}

function columnNumber(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

/** `C5`, `A1:P9`, `C:C`, `5:5` as a 1-based box. */
export function parseAddress(address: string): { top: number; left: number; bottom: number; right: number } {
  const [a, b = a] = address.split(':');
  const part = (s: string) => {
    const m = /^([A-Z]*)(\d*)$/.exec(s)!;
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

function formatBox(b: { top: number; left: number; bottom: number; right: number }): string {
  if (b.left === 1 && b.right === 16_384) return `${b.top}:${b.bottom}`;
  if (b.top === 1 && b.bottom === 1_048_576) return `${letters(b.left)}:${letters(b.right)}`;
  const first = `${letters(b.left)}${b.top}`;
  return b.top === b.bottom && b.left === b.right ? first : `${first}:${letters(b.right)}${b.bottom}`;
}
