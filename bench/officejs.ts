/**
 * Office.js round trips: how many `context.sync()` calls, and how large the
 * largest request and response, to read a dossier log and write a report through
 * the Office.js adapter (src/adapters/officejs/).
 *
 * The adapter is written by another engineer; until it lands this step reports
 * "Office.js adapter not present: round trips not measured". When it is there,
 * its read and write entry points run against a recording mock of the Excel
 * object model: every property written and every method argument is counted in
 * the bytes of the next request (as JSON, the way Office.js batches them), every
 * loaded property in the bytes of its response, and each sync is one round trip.
 */
import path from 'path';
import { existsSync } from 'fs';
import { excelSerialFromDay } from '../src/core/days';
import type { IndicatorResult } from '../src/core/types';
import { dossierRows, HOSO_HEADER, PROCEDURES, TTHC_HEADER, tthcRow } from './dataset';

export interface RoundTrips {
  rows: number;
  read: SyncStats;
  write: SyncStats | null;
  note: string;
  /** The figures computed from the tables the adapter read. */
  result: IndicatorResult;
}

export interface SyncStats {
  syncs: number;
  maxRequestBytes: number;
  maxResponseBytes: number;
  totalRequestBytes: number;
  totalResponseBytes: number;
}

type Grid = (string | number | boolean)[][];

/** Excel.run(context => …) against sheets held in memory; counts syncs and payloads. */
export class RecordingExcel {
  readonly sheets = new Map<string, Grid>();
  private request = 0;
  private response = 0;
  private pendingLoads: (() => number)[] = [];
  stats: SyncStats = RecordingExcel.emptyStats();

  static emptyStats(): SyncStats {
    return { syncs: 0, maxRequestBytes: 0, maxResponseBytes: 0, totalRequestBytes: 0, totalResponseBytes: 0 };
  }

  resetStats(): void {
    this.stats = RecordingExcel.emptyStats();
    this.request = 0;
    this.response = 0;
    this.pendingLoads = [];
  }

  private bytes(value: unknown): number {
    try {
      return Buffer.byteLength(JSON.stringify(value) ?? '', 'utf8');
    } catch {
      return 0;
    }
  }

  async sync(): Promise<void> {
    for (const load of this.pendingLoads) this.response += load();
    this.pendingLoads = [];
    const s = this.stats;
    s.syncs++;
    s.maxRequestBytes = Math.max(s.maxRequestBytes, this.request);
    s.maxResponseBytes = Math.max(s.maxResponseBytes, this.response);
    s.totalRequestBytes += this.request;
    s.totalResponseBytes += this.response;
    this.request = 0;
    this.response = 0;
  }

  context(): Record<string, unknown> {
    const context: Record<string, unknown> = {
      workbook: this.workbook(),
      sync: () => this.sync(),
      trackedObjects: { add: () => undefined, remove: () => undefined },
    };
    context.application = this.generic('application');
    return context;
  }

  /** The global `Excel` namespace: `run`, and any enum read as its member name. */
  namespace(): unknown {
    const run = async (a: unknown, b?: unknown) => {
      const fn = (typeof a === 'function' ? a : b) as (ctx: unknown) => Promise<unknown>;
      return fn(this.context());
    };
    return new Proxy({ run } as Record<string | symbol, unknown>, {
      get: (t, p) => (p in t ? t[p] : new Proxy({}, { get: (_t, q) => (typeof q === 'string' ? q : undefined) })),
    });
  }

  private workbook(): unknown {
    return this.node('workbook', {
      worksheets: () => this.worksheets(),
      tables: () => this.node('tables', { items: () => [], count: () => 0 }, { getItemOrNullObject: () => this.nullObject(), getItem: () => this.nullObject() }),
    }, {
      getActiveWorksheet: () => this.worksheet([...this.sheets.keys()][0] ?? 'Sheet1'),
    });
  }

  private worksheets(): unknown {
    return this.node(
      'worksheets',
      { items: () => [...this.sheets.keys()].map((n) => this.worksheet(n)), count: () => this.sheets.size },
      {
        getItem: (name: string) => this.worksheet(name),
        getItemOrNullObject: (name: string) => (this.findSheet(name) ? this.worksheet(this.findSheet(name)!) : this.nullObject()),
        add: (name: string) => {
          const n = name ?? `Sheet${this.sheets.size + 1}`;
          if (!this.sheets.has(n)) this.sheets.set(n, []);
          return this.worksheet(n);
        },
        getActiveWorksheet: () => this.worksheet([...this.sheets.keys()][0]),
      },
    );
  }

  private findSheet(name: string): string | undefined {
    return [...this.sheets.keys()].find((n) => n.toLowerCase() === String(name).toLowerCase());
  }

  private worksheet(name: string): unknown {
    const grid = () => this.sheets.get(name) ?? [];
    const used = (): [number, number, number, number] => {
      const g = grid();
      let width = 1;
      for (const r of g) width = Math.max(width, r.length);
      return [0, 0, Math.max(1, g.length), width];
    };
    return this.node(
      'worksheet',
      { name: () => name, id: () => name, position: () => [...this.sheets.keys()].indexOf(name), visibility: () => 'Visible' },
      {
        getRange: (address?: string) => {
          const [r, c, h, w] = address ? parseAddress(address) : used();
          return this.range(name, r, c, h, w);
        },
        getRangeByIndexes: (r: number, c: number, rows: number, cols: number) => this.range(name, r, c, rows, cols),
        getUsedRange: () => this.range(name, ...used()),
        getUsedRangeOrNullObject: () => (grid().length ? this.range(name, ...used()) : this.nullObject()),
        getCell: (r: number, c: number) => this.range(name, r, c, 1, 1),
        delete: () => this.sheets.delete(name),
        tables: () => this.node('tables', { items: () => [] }, {}),
      },
    );
  }

  private range(sheet: string, r0: number, c0: number, rows: number, cols: number): unknown {
    const read = (key: 'values' | 'text' | 'formulas' | 'numberFormat') => {
      const g = this.sheets.get(sheet) ?? [];
      const out: unknown[][] = [];
      for (let r = 0; r < rows; r++) {
        const row: unknown[] = new Array(cols);
        for (let c = 0; c < cols; c++) {
          const v = g[r0 + r]?.[c0 + c] ?? '';
          row[c] = key === 'numberFormat' ? 'General' : key === 'text' ? String(v) : v;
        }
        out.push(row);
      }
      return out;
    };
    const write = (values: unknown) => {
      if (!Array.isArray(values)) return;
      const g = this.sheets.get(sheet) ?? [];
      (values as unknown[][]).forEach((row, r) =>
        (Array.isArray(row) ? row : [row]).forEach((v, c) => ((g[r0 + r] ??= [])[c0 + c] = v as string | number | boolean)),
      );
      this.sheets.set(sheet, g);
    };
    return this.node(
      'range',
      {
        values: () => read('values'),
        valuesAsJson: () => read('values'),
        text: () => read('text'),
        formulas: () => read('formulas'),
        numberFormat: () => read('numberFormat'),
        rowCount: () => rows,
        columnCount: () => cols,
        rowIndex: () => r0,
        columnIndex: () => c0,
        address: () => `${sheet}!${cellName(r0, c0)}:${cellName(r0 + rows - 1, c0 + cols - 1)}`,
        worksheet: () => this.worksheet(sheet),
      },
      {
        getCell: (r: number, c: number) => this.range(sheet, r0 + r, c0 + c, 1, 1),
        getResizedRange: (dr: number, dc: number) => this.range(sheet, r0, c0, rows + dr, cols + dc),
        getOffsetRange: (dr: number, dc: number) => this.range(sheet, r0 + dr, c0 + dc, rows, cols),
        getRow: (r: number) => this.range(sheet, r0 + r, c0, 1, cols),
        getColumn: (c: number) => this.range(sheet, r0, c0 + c, rows, 1),
        getAbsoluteResizedRange: (h: number, w: number) => this.range(sheet, r0, c0, h, w),
        // The generated log has no merged cells (ExcelApi 1.13's answer for none).
        getMergedAreasOrNullObject: () => this.nullObject(),
      },
      { values: write, formulas: write },
    );
  }

  private nullObject(): unknown {
    return this.node('null', { isNullObject: () => true }, {});
  }

  private generic(kind: string): unknown {
    return this.node(kind, {}, {});
  }

  /**
   * A proxy over one Excel object: known properties and methods as given,
   * `load` counted in the next response, property writes and method arguments
   * in the next request, anything else a child object (range.format.font…).
   */
  private node(
    kind: string,
    props: Record<string, () => unknown>,
    methods: Record<string, (...args: never[]) => unknown>,
    setters: Record<string, (value: unknown) => void> = {},
  ): unknown {
    const children = new Map<string | symbol, unknown>();
    const written = new Map<string | symbol, unknown>();
    const self: unknown = new Proxy(
      {},
      {
        get: (_t, p) => {
          if (p === 'then' || p === Symbol.toPrimitive || p === Symbol.iterator) return undefined;
          if (p === 'toJSON') return () => ({ kind });
          if (p === 'isNullObject') return props.isNullObject ? props.isNullObject() : false;
          if (p === 'load') {
            return (what?: string | string[] | Record<string, unknown>) => {
              const names = typeof what === 'string' ? what.split(',').map((s) => s.trim()) : Array.isArray(what) ? what : what ? Object.keys(what) : Object.keys(props);
              // `items/name`: the named property of each item of a collection.
              const size = (n: string): number => {
                const [head, ...rest] = n.split('/');
                if (!props[head]) return 0;
                const value = props[head]();
                if (rest.length === 0 || !Array.isArray(value)) return this.bytes(value);
                return value.reduce((sum: number, item) => sum + this.bytes((item as Record<string, unknown>)[rest.join('/')]), 0);
              };
              this.pendingLoads.push(() => names.reduce((sum, n) => sum + size(n), 0));
              return self;
            };
          }
          if (typeof p === 'string' && p in methods) {
            return (...args: never[]) => {
              this.request += this.bytes(args);
              return methods[p](...args);
            };
          }
          if (typeof p === 'string' && p in props) {
            const value = props[p]();
            return written.has(p) ? written.get(p) : value;
          }
          if (written.has(p)) return written.get(p);
          if (!children.has(p)) {
            // Unknown: a method (merge, delete, autofitRows…) or a child object (format, font…).
            const child = this.node(`${kind}.${String(p)}`, {}, {});
            const callable = new Proxy(function () {}, {
              apply: (_f, _this, args) => {
                this.request += this.bytes(args);
                return this.node(`${kind}.${String(p)}()`, {}, {});
              },
              get: (_f, q) => (child as Record<string | symbol, unknown>)[q],
              set: (_f, q, v) => (((child as Record<string | symbol, unknown>)[q] = v), true),
            });
            children.set(p, callable);
          }
          return children.get(p);
        },
        set: (_t, p, value) => {
          this.request += this.bytes(value) + (typeof p === 'string' ? p.length : 0);
          if (typeof p === 'string' && setters[p]) setters[p](value);
          else written.set(p, value);
          return true;
        },
      },
    );
    return self;
  }
}

function cellName(r: number, c: number): string {
  let n = c + 1;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return `${s}${r + 1}`;
}

function parseAddress(address: string): [number, number, number, number] {
  const a = address.replace(/^.*!/, '').replace(/\$/g, '');
  const [from, to] = a.split(':');
  const cell = (s: string): [number, number] => {
    const m = /^([A-Z]+)(\d+)$/i.exec(s);
    if (!m) return [0, 0];
    const col = m[1].toUpperCase().split('').reduce((acc, ch) => acc * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    return [Number(m[2]) - 1, col];
  };
  const [r0, c0] = cell(from);
  const [r1, c1] = cell(to ?? from);
  return [r0, c0, r1 - r0 + 1, c1 - c0 + 1];
}

/** The log as Office.js hands it over: dates as serial numbers, blanks as ''. */
export function logSheets(n: number): Map<string, Grid> {
  const serial = (d: number | null) => (d === null ? '' : excelSerialFromDay(d));
  const yes = (b: boolean) => (b ? 'Có' : 'Không');
  const hoso: Grid = [HOSO_HEADER];
  for (const r of dossierRows(n)) {
    hoso.push([r.id, r.code, serial(r.received), serial(r.due), serial(r.completed), r.channel ?? '', r.status ?? '', yes(r.dossierDigitised), yes(r.resultDigitised), yes(r.electronicResult), yes(r.reusedDigitisedData), yes(r.usedPopulationData), yes(r.paidOnline)]);
  }
  return new Map<string, Grid>([
    ['TTHC', [TTHC_HEADER, ...PROCEDURES.map(tthcRow)]],
    ['HoSo', hoso],
  ]);
}

const ADAPTER_DIR = path.join(__dirname, '..', 'src', 'adapters', 'officejs');
const READ_NAMES = ['readTables', 'readInputTables', 'readTablesFromExcel', 'readWorkbookTables', 'readTablesFromContext'];
const WRITE_NAMES = ['writeSheetModel', 'writeReportSheet', 'writeReport', 'writeModel'];

type AnyFn = (...args: unknown[]) => Promise<unknown>;

/**
 * Reads a log of n rows and writes the form-06 report through the adapter.
 * Returns the line it printed when the adapter is not there (or cannot be measured).
 */
export async function measureOfficeJs(sizes: number[], periodLabel: string, print: (line: string) => void): Promise<RoundTrips[] | string> {
  if (!existsSync(ADAPTER_DIR)) {
    const line = 'Office.js adapter not present: round trips not measured';
    print(line);
    return line;
  }
  let adapter: Record<string, unknown>;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    adapter = require(ADAPTER_DIR) as Record<string, unknown>;
  } catch (e) {
    const line = `Office.js adapter not present (src/adapters/officejs does not load: ${(e as Error).message.split('\n')[0]}): round trips not measured`;
    print(line);
    return line;
  }
  const readName = READ_NAMES.find((n) => typeof adapter[n] === 'function');
  const writeName = WRITE_NAMES.find((n) => typeof adapter[n] === 'function');
  if (!readName) {
    const line = `Office.js adapter present, but none of ${READ_NAMES.join(', ')} is exported (exports: ${Object.keys(adapter).join(', ')}): round trips not measured`;
    print(line);
    return line;
  }
  const results: RoundTrips[] = [];
  const g = global as unknown as Record<string, unknown>;
  const savedExcel = g.Excel;
  try {
    for (const n of sizes) {
      const excel = new RecordingExcel();
      for (const [name, grid] of logSheets(n)) excel.sheets.set(name, grid);
      g.Excel = excel.namespace();
      const read = adapter[readName] as AnyFn;
      const context = excel.context();
      const tables = await (read.length === 0 ? read() : read(context));
      await excel.sync(); // flush anything queued after the adapter's last sync (not counted as a round trip below)
      const readStats = { ...excel.stats, syncs: excel.stats.syncs - 1 };
      let writeStats: SyncStats | null = null;
      let note = `read: ${readName}`;
      const { reportDataFor } = await import('../src/core/engine');
      const { parseInputs } = await import('../src/core/inputs');
      const { periodFromLabel } = await import('../src/core/periods');
      const data = reportDataFor(parseInputs(tables as never), periodFromLabel(periodLabel)!);
      if (writeName) {
        const templates = (await import('../src/templates')) as unknown as { renderReport: (id: string, ctx: unknown) => unknown };
        const model = templates.renderReport('form06', { ...data, issueDate: 0, language: 'vi' });
        excel.resetStats();
        const write = adapter[writeName] as AnyFn;
        await (write.length <= 1 ? write(model) : write(excel.context(), model));
        writeStats = excel.stats;
        note += `, write: ${writeName} (form06)`;
      } else note += `; no write entry point among ${WRITE_NAMES.join(', ')}`;
      results.push({ rows: n, read: readStats, write: writeStats, note, result: data.result });
    }
  } catch (e) {
    const line = `Office.js adapter present, but measuring it failed (${(e as Error).message.split('\n')[0]}): round trips not measured`;
    print(line);
    return line;
  } finally {
    g.Excel = savedExcel;
  }
  return results;
}
