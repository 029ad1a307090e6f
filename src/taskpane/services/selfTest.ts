/**
 * The compatibility self-test ("Kiểm tra tương thích"): runs every Office.js capability the
 * add-in relies on, the way the add-in uses it, against a scratch sheet it creates and deletes,
 * and reports each as pass, fail (with the error's code and message) or not supported, under
 * Excel's version and platform. Nothing here runs in a real Excel during development, so this is
 * how the first users and the provincial IT centre check a given Excel in a minute; the plain
 * text (`selfTestText`) is what they send back with a support request.
 *
 * Safety: the scratch sheet has a name no sheet has (`TTHC_KiemTra_<yyMMdd_HHmmss>`, with `_2`…
 * if taken, and `_R` / `_S` for the sheet-replacement check), is never activated, and is deleted
 * in a `finally`, in a batch of its own, however a check ended. Only sheets this run added are
 * ever deleted; the user's sheets are listed (names only) and never read or written.
 *
 * Each check is an async function over an `Excel.run`-like runner, in a batch (or batches) of
 * its own, so one failure does not spoil the next. A check passes by returning; it fails by
 * throwing (an Office error keeps its code, a wrong read-back is `UnexpectedResult`); it is
 * "not supported" when the requirement set it needs is missing, or Excel says `ApiNotFound`.
 * The pane's state is the reducer below (`selfTestReducer`), fed by `runSelfTest`'s events.
 */
import { excelRun, type ExcelRun } from '../../adapters/officejs';
import { DEFAULT_BYTES_PER_CELL, rowsPerChunk } from '../../adapters/officejs/chunks';
import { isDate1904, queueDateSystemProbe } from '../../adapters/officejs/dateSystem';
import { parseAreasAddress } from '../../adapters/officejs/mergedAreas';
import { VIETNAMESE_NAMES } from '../../functions/localNames';
import type { Strings } from '../strings';
import { queueTextWrites } from './officeWorkbook';

/** Every line of the self-test, in the order it runs and is shown. */
export const CHECK_IDS = [
  'excelApi19',
  'excelApi113',
  'sharedRuntime',
  'customFunctionsRuntime',
  'scratchSheet',
  'chunkedRead',
  'mergedAreas',
  'rowHeight',
  'textFormat',
  'pageLayout',
  'dataValidation',
  'customFunctions',
  'sheetReplace',
  'dateSystem',
  'cleanup',
] as const;

export type CheckId = (typeof CHECK_IDS)[number];
export type CheckStatus = 'pass' | 'fail' | 'unsupported';
/** A line's status on screen: not run yet is `pending`. */
export type LineStatus = CheckStatus | 'pending';

export interface ErrorInfo {
  /** Office's error code (`InvalidArgument`, `ApiNotFound`, `GeneralException`…), `UnexpectedResult` for a wrong read-back. */
  code: string;
  message: string;
  /** Where Excel says it failed (`debugInfo.errorLocation`, e.g. `Range.format.rowHeight`). */
  location?: string;
}

export interface CheckLine {
  id: CheckId;
  status: CheckStatus;
  /** What was seen, in neutral notation (`409 pt`, `E1:F1`, `1900`); no sentence, so no language. */
  note?: string;
  error?: ErrorInfo;
  /** Failed without running: the scratch sheet could not be made. */
  notRun?: boolean;
}

/** Where the pane runs, as Office says (`Office.context.diagnostics`). */
export interface HostInfo {
  host: string | null;
  platform: string | null;
  version: string | null;
  /** The browser or webview (Excel on the web: the user's browser). */
  userAgent: string | null;
}

export interface SelfTestReport {
  host: HostInfo;
  /** ISO time the run started. */
  startedAt: string;
  durationMs: number;
  /** The scratch sheet's name, or null if none was made. */
  sheet: string | null;
  lines: CheckLine[];
}

/** The parts of office.js's global `Office` the self-test reads. */
export interface OfficeLike {
  context?: {
    diagnostics?: { host?: unknown; platform?: unknown; version?: unknown } | null;
    requirements?: { isSetSupported?: (name: string, minVersion?: string) => boolean } | null;
  } | null;
}

export interface SelfTestOptions {
  /** How batches start: the add-in's own `excelRun` (a fake in tests). */
  run?: ExcelRun;
  /** office.js's `Office` (null: none). */
  office?: OfficeLike | null;
  now?: () => Date;
  sleep?: (ms: number) => Promise<void>;
  userAgent?: string | null;
  /** How long to wait for a custom function still `#BUSY!` (default 10 s). */
  busyTimeoutMs?: number;
}

export type SelfTestEvent =
  | { type: 'start'; host: HostInfo; startedAt: string }
  | { type: 'sheet'; sheet: string }
  | { type: 'line'; line: CheckLine }
  | { type: 'done'; report: SelfTestReport }
  | { type: 'crash'; message: string };

const SCRATCH_PREFIX = 'TTHC_KiemTra_';

/** A read-back that is not what was written. */
class UnexpectedResult extends Error {
  readonly code = 'UnexpectedResult';
}

function expect(ok: boolean, message: string): void {
  if (!ok) throw new UnexpectedResult(message);
}

const show = (value: unknown): string => (typeof value === 'string' ? JSON.stringify(value) : String(value));

/** An error as a line shows it: Office's code (or the error's name), message, location. */
export function errorInfo(error: unknown): ErrorInfo {
  if (typeof error === 'object' && error !== null) {
    const e = error as { code?: unknown; name?: unknown; message?: unknown; debugInfo?: { errorLocation?: unknown } };
    const code = typeof e.code === 'string' && e.code ? e.code : typeof e.name === 'string' && e.name ? e.name : 'Error';
    const info: ErrorInfo = { code, message: typeof e.message === 'string' ? e.message : String(error) };
    const location = e.debugInfo?.errorLocation;
    if (typeof location === 'string' && location) info.location = location;
    return info;
  }
  return { code: 'Error', message: String(error) };
}

const textOf = (value: unknown): string | null => (value === undefined || value === null || value === '' ? null : String(value));

/** Excel's version, platform and host from `Office.context.diagnostics` (null where Office does not say). */
export function hostInfoOf(office: OfficeLike | null | undefined, userAgent: string | null): HostInfo {
  let diagnostics: { host?: unknown; platform?: unknown; version?: unknown } | null | undefined;
  try {
    diagnostics = office?.context?.diagnostics;
  } catch {
    diagnostics = null;
  }
  return { host: textOf(diagnostics?.host), platform: textOf(diagnostics?.platform), version: textOf(diagnostics?.version), userAgent };
}

/** `TTHC_KiemTra_250601_093005`, then `_2`, `_3`… while it or its `_R` / `_S` partner is taken. */
export function scratchNames(now: Date, existing: readonly string[]): { main: string; replaced: string; replacement: string } {
  const pad = (n: number) => String(n).padStart(2, '0');
  const stamp = `${pad(now.getFullYear() % 100)}${pad(now.getMonth() + 1)}${pad(now.getDate())}_${pad(now.getHours())}${pad(now.getMinutes())}${pad(now.getSeconds())}`;
  const taken = new Set(existing.map((n) => n.toLocaleLowerCase()));
  for (let n = 1; ; n++) {
    const main = `${SCRATCH_PREFIX}${stamp}${n === 1 ? '' : `_${n}`}`;
    const names = { main, replaced: `${main}_R`, replacement: `${main}_S` };
    if (!Object.values(names).some((name) => taken.has(name.toLocaleLowerCase()))) return names;
  }
}

/** A requirement set a check needs. */
interface Requirement {
  name: string;
  version: string;
  line: CheckId;
}

const REQUIREMENTS: readonly Requirement[] = [
  { line: 'excelApi19', name: 'ExcelApi', version: '1.9' },
  { line: 'excelApi113', name: 'ExcelApi', version: '1.13' },
  { line: 'sharedRuntime', name: 'SharedRuntime', version: '1.1' },
  { line: 'customFunctionsRuntime', name: 'CustomFunctionsRuntime', version: '1.1' },
];

/** What a check on the scratch sheet gets. */
interface ScratchContext {
  run: ExcelRun;
  sheet: string;
  names: ReturnType<typeof scratchNames>;
  sleep: (ms: number) => Promise<void>;
  busyTimeoutMs: number;
}

/** What a check returns: a note, or a status other than pass (the date system that cannot be told). */
type CheckOutcome = string | { status: CheckStatus; note?: string } | void;

interface SheetCheck {
  id: CheckId;
  /** The requirement line whose set the check needs: without it, "not supported". */
  needs?: CheckId;
  run: (scratch: ScratchContext) => Promise<CheckOutcome>;
}

const CHUNK_ROWS = 40;
const CHUNK_COLS = 3;
/** Rows per block: the adapter's own planning (`rowsPerChunk`) with a budget of 10 rows, so the 40 rows take 4 blocks. */
const BLOCK_ROWS = rowsPerChunk(CHUNK_COLS, DEFAULT_BYTES_PER_CELL, 10 * CHUNK_COLS * DEFAULT_BYTES_PER_CELL);

function chunkData(): (string | number)[][] {
  return Array.from({ length: CHUNK_ROWS }, (_, i) => [`Hồ sơ ${i + 1} – Sở Nội vụ`, i * 1.5, i % 7 === 0 ? '' : `Ghi chú ${i}`]);
}

/**
 * The checks on the scratch sheet, each over its own cells: A1:C40 the chunked read, E1:F1 the
 * merge, row 45 the height, H1:H3 text, J1:K3 drop-down lists, L1 the custom function.
 */
const SHEET_CHECKS: readonly SheetCheck[] = [
  {
    // readTables: the used range (values only), then row blocks of `values`, several blocks in one request.
    id: 'chunkedRead',
    run: async ({ run, sheet }) =>
      run(async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        const data = chunkData();
        const all = ws.getRangeByIndexes(0, 0, CHUNK_ROWS, CHUNK_COLS);
        all.numberFormat = data.map(() => ['@', 'General', '@']);
        all.values = data;
        await context.sync();
        const used = ws.getUsedRangeOrNullObject(true);
        used.load('rowIndex,columnIndex,rowCount,columnCount');
        const blocks: Excel.Range[] = [];
        for (let row = 0; row < CHUNK_ROWS; row += BLOCK_ROWS) {
          const block = ws.getRangeByIndexes(row, 0, Math.min(BLOCK_ROWS, CHUNK_ROWS - row), CHUNK_COLS);
          block.load('values');
          blocks.push(block);
        }
        await context.sync();
        expect(!used.isNullObject, 'getUsedRangeOrNullObject(true): null object');
        expect(used.rowIndex === 0 && used.columnIndex === 0 && used.rowCount >= CHUNK_ROWS && used.columnCount >= CHUNK_COLS, `used range ${used.rowIndex},${used.columnIndex} ${used.rowCount}×${used.columnCount}`);
        const read = blocks.flatMap((b) => b.values as unknown[][]);
        expect(read.length === CHUNK_ROWS, `${read.length} rows read of ${CHUNK_ROWS}`);
        data.forEach((line, r) =>
          line.forEach((value, c) => expect(read[r][c] === value, `R${r + 1}C${c + 1} = ${show(read[r][c])}, expected ${show(value)}`)),
        );
        return `A1:C${CHUNK_ROWS} (${blocks.length} × ${BLOCK_ROWS})`;
      }),
  },
  {
    // readTables (ExcelApi 1.13): the whole sheet's merged areas, parsed as the adapter parses them.
    id: 'mergedAreas',
    needs: 'excelApi113',
    run: async ({ run, sheet }) =>
      run(async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        ws.getRange('E1').values = [['Ô gộp']];
        ws.getRange('E1:F1').merge(false);
        await context.sync();
        const areas = ws.getRange().getMergedAreasOrNullObject();
        areas.load('address');
        await context.sync();
        expect(!areas.isNullObject, 'getMergedAreasOrNullObject: null object (no merged areas listed)');
        const boxes = parseAreasAddress(areas.address);
        expect(
          boxes.some((b) => b.row === 0 && b.col === 4 && b.rows === 1 && b.cols === 2),
          `address ${show(areas.address)}, expected E1:F1`,
        );
        return areas.address.slice(areas.address.lastIndexOf('!') + 1);
      }),
  },
  {
    // writeReport sets row heights; 409 points is Excel's largest.
    id: 'rowHeight',
    run: async ({ run, sheet }) =>
      run(async (context) => {
        const row = context.workbook.worksheets.getItem(sheet).getRange('45:45');
        row.format.rowHeight = 409;
        await context.sync();
        row.load('format/rowHeight');
        await context.sync();
        const height = row.format.rowHeight;
        // Excel may round to its pixel grid: within a pixel (0.75 pt at 96 dpi) is the same height.
        expect(typeof height === 'number' && Math.abs(height - 409) <= 0.75, `rowHeight = ${show(height)}, expected 409`);
        return `${height} pt`;
      }),
  },
  {
    // queueTextWrites (ThongTin, report text): Text format first, then a value that would otherwise be a formula or a number.
    id: 'textFormat',
    run: async ({ run, sheet }) =>
      run(async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        const texts = ['=1+1', '08', '05/05'];
        queueTextWrites(
          ws,
          texts.map((value, i) => ({ row: i + 1, col: 8, value })),
        );
        await context.sync();
        const range = ws.getRange('H1:H3');
        range.load('values,numberFormat');
        await context.sync();
        const values = range.values.map((line) => line[0] as unknown);
        const formats = range.numberFormat.map((line) => line[0] as unknown);
        texts.forEach((text, i) => {
          expect(values[i] === text, `H${i + 1} = ${show(values[i])}, expected the text ${show(text)}`);
          expect(formats[i] === '@', `H${i + 1} numberFormat = ${show(formats[i])}, expected "@"`);
        });
        return texts.map((t) => show(t)).join(', ');
      }),
  },
  {
    // writeReport's page setup (ExcelApi 1.9): orientation, A4, margins, fit to width, print area and titles.
    id: 'pageLayout',
    needs: 'excelApi19',
    run: async ({ run, sheet }) =>
      run(async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        ws.pageLayout.orientation = 'Landscape';
        ws.pageLayout.paperSize = 'A4';
        ws.pageLayout.leftMargin = 36;
        ws.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
        ws.pageLayout.setPrintArea('A1:C40');
        ws.pageLayout.setPrintTitleRows('$1:$1');
        await context.sync();
        ws.load('pageLayout/orientation,pageLayout/paperSize,pageLayout/leftMargin');
        await context.sync();
        const layout = { orientation: ws.pageLayout.orientation, paperSize: ws.pageLayout.paperSize, leftMargin: ws.pageLayout.leftMargin };
        expect(layout.orientation === 'Landscape', `orientation = ${show(layout.orientation)}, expected "Landscape"`);
        expect(layout.paperSize === 'A4', `paperSize = ${show(layout.paperSize)}, expected "A4"`);
        expect(typeof layout.leftMargin === 'number' && Math.abs(layout.leftMargin - 36) <= 0.5, `leftMargin = ${show(layout.leftMargin)}, expected 36`);
        return `${layout.orientation}, ${layout.paperSize}`;
      }),
  },
  {
    // queueInputTable's drop-down lists: a strict one, and one whose error alert is off.
    id: 'dataValidation',
    run: async ({ run, sheet }) =>
      run(async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        const rule = { list: { inCellDropDown: true, source: 'Có,Không' } };
        ws.getRange('J1:J3').dataValidation.rule = rule;
        ws.getRange('K1:K3').dataValidation.rule = rule;
        ws.getRange('K1:K3').dataValidation.errorAlert = { showAlert: false, message: '', style: 'Information', title: '' };
        await context.sync();
        const cell = ws.getRange('J2');
        cell.load('dataValidation/type,dataValidation/rule');
        await context.sync();
        const type = cell.dataValidation.type;
        expect(type === 'List', `type = ${show(type)}, expected "List"`);
        const read = cell.dataValidation.rule as Excel.DataValidationRule;
        const list = read.list;
        expect(list?.inCellDropDown === true, `inCellDropDown = ${show(list?.inCellDropDown)}`);
        // Read back as written, or (some locales) with `;` and a leading `=`.
        const items = typeof list?.source === 'string' ? list.source.replace(/^=/, '').split(/[,;]/).map((s) => s.trim()) : [];
        expect(items.join(',') === 'Có,Không', `source = ${show(list?.source)}, expected "Có,Không"`);
        return show(list!.source);
      }),
  },
  {
    // The TTHC namespace is registered: a formula calling it computes. Asked by formula rather than
    // by isSetSupported('CustomFunctionsRuntime', '1.1') (its own line above), because a host with
    // the runtime can still lack our functions (functions.json unreachable, metadata refused).
    // `Range.formulas` takes English notation whatever the user's locale, so the separator is `,`
    // (`;` only in `formulasLocal`). A Vietnamese Excel may know the function by its Vietnamese
    // name only (functions.vi.json), so that is tried after a #NAME?.
    id: 'customFunctions',
    needs: 'customFunctionsRuntime',
    run: async ({ run, sheet, sleep, busyTimeoutMs }) =>
      run(async (context) => {
        const cell = context.workbook.worksheets.getItem(sheet).getRange('L1');
        const tried: string[] = [];
        for (const name of ['ONLINE_SHARE', VIETNAMESE_NAMES.ONLINE_SHARE]) {
          const formula = `=TTHC.${name}(1,2)`;
          cell.formulas = [[formula]];
          // eslint-disable-next-line office-addins/no-context-sync-in-loop -- the Vietnamese name is tried only after the English one gave #NAME?
          await context.sync();
          const value = await settledValue(context, cell, sleep, busyTimeoutMs);
          if (value === '#NAME?') {
            tried.push(formula);
            continue;
          }
          expect(typeof value === 'number' && Math.abs(value - 0.5) < 1e-9, `${formula} = ${show(value)}, expected 0.5`);
          return `${formula} = 0.5`;
        }
        throw new UnexpectedResult(`${tried.join(', ')} = #NAME?`);
      }),
  },
  {
    // writeReport's replacement: a sheet added, deleted and added again under its name in one
    // request; then the new sheet written under a free name, the old one deleted and the new one
    // renamed to the old name, in one request.
    id: 'sheetReplace',
    run: async ({ run, names }) =>
      run(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.add(names.replaced);
        await context.sync();
        sheets.getItem(names.replaced).delete();
        sheets.add(names.replaced).getRange('A1').values = [['lần hai']];
        await context.sync();
        const fresh = sheets.add(names.replacement);
        fresh.getRange('A1').values = [['trang mới']];
        await context.sync();
        sheets.getItem(names.replaced).delete();
        fresh.name = names.replaced;
        await context.sync();
        const listing = context.workbook.worksheets;
        listing.load('items/name');
        const marker = listing.getItem(names.replaced).getRange('A1');
        marker.load('values');
        await context.sync();
        const listed = listing.items.map((s) => s.name.toLocaleLowerCase());
        expect(listed.filter((n) => n === names.replaced.toLocaleLowerCase()).length === 1, `${names.replaced}: ${listed.filter((n) => n === names.replaced.toLocaleLowerCase()).length} sheets`);
        expect(!listed.includes(names.replacement.toLocaleLowerCase()), `${names.replacement} still listed after the rename`);
        expect(marker.values[0][0] === 'trang mới', `${names.replaced}!A1 = ${show(marker.values[0][0])}, expected "trang mới"`);
        return `${names.replaced}: add → delete → add; add → delete → name`;
      }),
  },
  {
    // The reader's and the custom functions' probe: Excel's DATE(1904,1,2) is 1 in a 1904 workbook, 1463 in a 1900 one.
    id: 'dateSystem',
    run: async ({ run }) =>
      run(async (context) => {
        const result = queueDateSystemProbe(context);
        await context.sync();
        if (isDate1904(result)) return '1904';
        if (result.value === 1463) return '1900';
        return { status: 'unsupported', note: `DATE(1904,1,2) = ${show(result.value)}` };
      }),
  },
];

/** A cell's value once a custom function has answered (`#BUSY!` polled until `timeoutMs`). */
async function settledValue(context: Excel.RequestContext, cell: Excel.Range, sleep: (ms: number) => Promise<void>, timeoutMs: number): Promise<unknown> {
  const step = 250;
  for (let waited = 0; ; waited += step) {
    cell.load('values');
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- polling: a custom function answers asynchronously (#BUSY! until then)
    await context.sync();
    const value = cell.values[0][0];
    if ((value !== '#BUSY!' && value !== '#GETTING_DATA') || waited >= timeoutMs) return value;
    await sleep(step);
  }
}

function defaultOffice(): OfficeLike | null {
  return typeof Office === 'undefined' ? null : (Office as unknown as OfficeLike);
}

/**
 * Runs every check, reporting each line as it ends through `onEvent` (the reducer's actions),
 * and resolves with the whole report. Never rejects for a check's failure; the scratch sheets
 * are deleted whatever happened.
 */
export async function runSelfTest(options: SelfTestOptions = {}, onEvent: (event: SelfTestEvent) => void = () => undefined): Promise<SelfTestReport> {
  const run = options.run ?? excelRun;
  const office = options.office === undefined ? defaultOffice() : options.office;
  const now = options.now ?? (() => new Date());
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const userAgent = options.userAgent !== undefined ? options.userAgent : typeof navigator === 'undefined' ? null : navigator.userAgent;
  const started = now();
  const host = hostInfoOf(office, userAgent);
  const lines: CheckLine[] = [];
  const report = (line: CheckLine): void => {
    lines.push(line);
    onEvent({ type: 'line', line });
  };
  onEvent({ type: 'start', host, startedAt: started.toISOString() });

  // Requirement sets: what Office says, no call into Excel.
  const supported = new Map<CheckId, boolean | null>();
  const isSetSupported = office?.context?.requirements?.isSetSupported;
  for (const req of REQUIREMENTS) {
    // The set's name and version are in the line's label; a note only when Office cannot be asked.
    if (typeof isSetSupported !== 'function') {
      supported.set(req.line, null);
      report({ id: req.line, status: 'unsupported', note: 'Office.context.requirements.isSetSupported?' });
      continue;
    }
    try {
      const yes = isSetSupported.call(office?.context?.requirements, req.name, req.version) === true;
      supported.set(req.line, yes);
      report({ id: req.line, status: yes ? 'pass' : 'unsupported' });
    } catch (error) {
      supported.set(req.line, null);
      report({ id: req.line, status: 'fail', error: errorInfo(error) });
    }
  }

  let names: ReturnType<typeof scratchNames> | null = null;
  try {
    let ready = false;
    try {
      const existing = await run(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.load('items/name');
        await context.sync();
        return sheets.items.map((s) => s.name);
      });
      // From here on a sheet of these names can only be ours: cleanup looks for them.
      names = scratchNames(started, existing);
      const main = names.main;
      onEvent({ type: 'sheet', sheet: main });
      await run(async (context) => {
        const sheet = context.workbook.worksheets.add(main);
        sheet.load('name');
        await context.sync();
        expect(sheet.name === main, `name = ${show(sheet.name)}, expected ${show(main)}`);
      });
      report({ id: 'scratchSheet', status: 'pass', note: main });
      ready = true;
    } catch (error) {
      report({ id: 'scratchSheet', status: 'fail', note: names?.main, error: errorInfo(error) });
      for (const check of SHEET_CHECKS) report({ id: check.id, status: 'fail', notRun: true });
    }

    if (ready && names) {
      const scratch: ScratchContext = { run, sheet: names.main, names, sleep, busyTimeoutMs: options.busyTimeoutMs ?? 10_000 };
      for (const check of SHEET_CHECKS) {
        const needed = REQUIREMENTS.find((r) => r.line === check.needs);
        if (needed && supported.get(needed.line) === false) {
          report({ id: check.id, status: 'unsupported', note: `${needed.name} ${needed.version}` });
          continue;
        }
        try {
          const outcome = await check.run(scratch);
          if (typeof outcome === 'object' && outcome !== null) report({ id: check.id, ...outcome });
          else report(outcome ? { id: check.id, status: 'pass', note: outcome } : { id: check.id, status: 'pass' });
        } catch (error) {
          const info = errorInfo(error);
          report({ id: check.id, status: info.code === 'ApiNotFound' ? 'unsupported' : 'fail', error: info });
        }
      }
    }
  } catch (error) {
    // Not a check's failure (those are caught above): the runner itself went wrong.
    onEvent({ type: 'crash', message: errorInfo(error).message });
  } finally {
    report(names ? await cleanUp(run, names) : { id: 'cleanup', status: 'pass' });
  }

  const done: SelfTestReport = { host, startedAt: started.toISOString(), durationMs: Math.max(0, now().getTime() - started.getTime()), sheet: names?.main ?? null, lines };
  onEvent({ type: 'done', report: done });
  return done;
}

/** Deletes every sheet this run may have added (in a batch of its own), and checks they are gone. */
async function cleanUp(run: ExcelRun, names: ReturnType<typeof scratchNames>): Promise<CheckLine> {
  const all = [names.main, names.replaced, names.replacement];
  try {
    const removed = await run(async (context) => {
      const sheets = all.map((name) => context.workbook.worksheets.getItemOrNullObject(name));
      await context.sync();
      const present = all.filter((_, i) => !sheets[i].isNullObject);
      for (const sheet of sheets) if (!sheet.isNullObject) sheet.delete();
      await context.sync();
      const again = all.map((name) => context.workbook.worksheets.getItemOrNullObject(name));
      await context.sync();
      const left = all.filter((_, i) => !again[i].isNullObject);
      expect(left.length === 0, `${left.join(', ')} still there`);
      return present;
    });
    return { id: 'cleanup', status: 'pass', note: removed.join(', ') };
  } catch (error) {
    return { id: 'cleanup', status: 'fail', note: all.join(', '), error: errorInfo(error) };
  }
}

// ---- The pane's state -------------------------------------------------------------------------

export interface SelfTestState {
  phase: 'idle' | 'running' | 'done';
  host: HostInfo | null;
  startedAt: string | null;
  sheet: string | null;
  lines: CheckLine[];
  report: SelfTestReport | null;
  /** An unexpected error of the runner itself (not of a check). */
  crash: string | null;
}

export const INITIAL_SELF_TEST: SelfTestState = { phase: 'idle', host: null, startedAt: null, sheet: null, lines: [], report: null, crash: null };

export function selfTestReducer(state: SelfTestState, event: SelfTestEvent): SelfTestState {
  switch (event.type) {
    case 'start':
      return { ...INITIAL_SELF_TEST, phase: 'running', host: event.host, startedAt: event.startedAt };
    case 'sheet':
      return { ...state, sheet: event.sheet };
    case 'line':
      return { ...state, lines: [...state.lines.filter((l) => l.id !== event.line.id), event.line] };
    case 'done':
      return { ...state, phase: 'done', report: event.report, lines: event.report.lines, sheet: event.report.sheet };
    case 'crash':
      return { ...state, crash: event.message };
  }
}

/** Every line in display order, `pending` where no result has come yet. */
export function displayLines(state: SelfTestState): Array<{ id: CheckId; status: LineStatus; line: CheckLine | null }> {
  return CHECK_IDS.map((id) => {
    const line = state.lines.find((l) => l.id === id) ?? null;
    return { id, status: line ? line.status : 'pending', line };
  });
}

export function tally(lines: readonly CheckLine[]): Record<CheckStatus, number> {
  const counts: Record<CheckStatus, number> = { pass: 0, fail: 0, unsupported: 0 };
  for (const line of lines) counts[line.status]++;
  return counts;
}

/** A line's details as the pane and the text show them: the note, then the error (`code: message (location)`). */
export function lineDetail(line: CheckLine, s: Strings['selfTest']): string {
  const parts: string[] = [];
  if (line.notRun) parts.push(s.notRun);
  if (line.note) parts.push(line.note);
  if (line.error) parts.push(`${line.error.code}: ${line.error.message}${line.error.location ? ` (${line.error.location})` : ''}`);
  return parts.join(' — ');
}

/** The plain-text form for a support request: where it ran, then every line. */
export function selfTestText(report: SelfTestReport, s: Strings['selfTest']): string {
  const unknown = s.unknown;
  const counts = tally(report.lines);
  const out = [
    s.textTitle,
    `${s.fields.version}: ${report.host.version ?? unknown}`,
    `${s.fields.platform}: ${report.host.platform ?? unknown}`,
    `${s.fields.host}: ${report.host.host ?? unknown}`,
    `${s.fields.browser}: ${report.host.userAgent ?? unknown}`,
    `${s.fields.time}: ${report.startedAt} (${(report.durationMs / 1000).toFixed(1)} s)`,
    `${s.fields.sheet}: ${report.sheet ?? unknown}`,
    '',
  ];
  for (const id of CHECK_IDS) {
    const line = report.lines.find((l) => l.id === id);
    const status = line ? s.status[line.status] : s.status.pending;
    const detail = line ? lineDetail(line, s) : '';
    out.push(`[${status}] ${s.checks[id].label} (${id})${detail ? ` — ${detail}` : ''}`);
  }
  out.push('', s.finished(counts.pass, counts.fail, counts.unsupported));
  return out.join('\n');
}
