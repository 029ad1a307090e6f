/**
 * The compatibility self-test against the task pane's fake Excel (./fakeOffice.ts, which keeps
 * and reads back what the checks write): every capability is a line; a capability that fails is
 * reported with its code and message and the scratch sheets are deleted all the same; the user's
 * sheets are never touched; the copied text has Excel's version, platform and every line.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { ExcelRun } from '../../src/adapters/officejs';
import { onlineShare } from '../../src/functions/functions';
import { SelfTestView } from '../../src/taskpane/components/SelfTestPanel';
import { I18nProvider } from '../../src/taskpane/i18n';
import {
  CHECK_IDS,
  displayLines,
  INITIAL_SELF_TEST,
  runSelfTest,
  scratchNames,
  selfTestReducer,
  selfTestText,
  type CheckLine,
  type SelfTestEvent,
  type SelfTestOptions,
  type SelfTestReport,
} from '../../src/taskpane/services/selfTest';
import { STRINGS } from '../../src/taskpane/strings';
import { FakeBook } from './fakeOffice';

const VERSION = '16.0.18025.20160';
const NOW = new Date(2025, 5, 1, 9, 30, 5);
const SCRATCH = 'TTHC_KiemTra_250601_093005';

function office(unsupported: string[] = []) {
  return {
    context: {
      diagnostics: { host: 'Excel', platform: 'PC', version: VERSION },
      requirements: { isSetSupported: (name: string, version?: string) => !unsupported.includes(`${name} ${version}`) },
    },
  };
}

/** A user's workbook: two sheets, a Text-formatted code; the custom functions registered. */
function userBook(): FakeBook {
  const book = new FakeBook();
  book.addSheet('HoSo', [['Mã hồ sơ', 'Ngày tiếp nhận'], ['000.00.01.H01-250101-0001', 45658]]);
  book.sheet('HoSo')!.formats.set('2:1', '@');
  book.addSheet('TTHC', [['Mã TTHC'], ['1.001234']]);
  book.customFunctions = { ONLINE_SHARE: onlineShare };
  return book;
}

function snapshot(book: FakeBook): unknown {
  return book.sheets.map((s) => ({ name: s.name, cells: [...s.cells], formats: [...s.formats], merges: [...s.merges], rowHeights: [...s.rowHeights], validations: [...s.validations] }));
}

const scratchLeft = (book: FakeBook): string[] => book.sheets.map((s) => s.name).filter((n) => n.startsWith('TTHC_KiemTra_'));

function options(book: FakeBook, extra: Partial<SelfTestOptions> = {}): SelfTestOptions {
  return { run: book.run, office: office(), now: () => NOW, sleep: () => new Promise((resolve) => setTimeout(resolve, 1)), userAgent: 'jest', ...extra };
}

const lineOf = (report: SelfTestReport, id: CheckLine['id']): CheckLine => report.lines.find((l) => l.id === id)!;

function officeError(code: string, message: string, location?: string): Error {
  return Object.assign(new Error(message), { code, name: 'RichApi.Error', debugInfo: location ? { errorLocation: location } : {} });
}

/**
 * `Excel.run` on `book` whose objects throw `error` where `when` says: at a property set (path
 * ends with the property) or a method call (path ends with `name()`). Every path is recorded.
 */
function failingRun(book: FakeBook, when: (path: string[]) => boolean, error: Error, seen: string[] = [], calls: Array<{ path: string; args: unknown[] }> = []): ExcelRun {
  const wrap = (obj: unknown, path: string[]): any => {
    if (obj === null || (typeof obj !== 'object' && typeof obj !== 'function') || obj instanceof Promise || Array.isArray(obj)) return obj;
    return new Proxy(obj as object, {
      get(target, prop, receiver) {
        const value = Reflect.get(target, prop, receiver);
        if (typeof prop === 'symbol' || prop === 'then') return value;
        if (typeof value === 'function') {
          return (...args: unknown[]) => {
            const at = [...path, `${prop}()`];
            seen.push(at.join('.'));
            calls.push({ path: at.join('.'), args });
            if (when(at)) throw error;
            return wrap((value as (...a: unknown[]) => unknown).apply(target, args), at);
          };
        }
        return wrap(value, [...path, prop]);
      },
      set(target, prop, value) {
        const at = [...path, String(prop)];
        seen.push(at.join('.'));
        if (when(at)) throw error;
        return Reflect.set(target, prop, value);
      },
    });
  };
  return (batch) => book.run((context) => batch(wrap(context, [])));
}

describe('runSelfTest on the fake Excel', () => {
  test('every capability is a line, in order, and passes; the scratch sheet is deleted; the user’s sheets are untouched', async () => {
    const book = userBook();
    const before = snapshot(book);
    const events: SelfTestEvent[] = [];
    const report = await runSelfTest(options(book), (e) => events.push(e));

    expect(report.lines.map((l) => l.id)).toEqual([...CHECK_IDS]);
    expect(report.lines.filter((l) => l.status !== 'pass')).toEqual([]);
    expect(report.host).toEqual({ host: 'Excel', platform: 'PC', version: VERSION, userAgent: 'jest' });
    expect(report.sheet).toBe(SCRATCH);
    expect(Object.fromEntries(report.lines.map((l) => [l.id, l.note]))).toEqual({
      excelApi19: undefined,
      excelApi113: undefined,
      sharedRuntime: undefined,
      customFunctionsRuntime: undefined,
      scratchSheet: SCRATCH,
      chunkedRead: 'A1:C40 (4 × 10)',
      mergedAreas: 'E1:F1',
      rowHeight: '409 pt',
      textFormat: '"=1+1", "08", "05/05"',
      pageLayout: 'Landscape, A4',
      dataValidation: '"Có,Không"',
      customFunctions: '=TTHC.ONLINE_SHARE(1,2) = 0.5',
      sheetReplace: `${SCRATCH}_R: add → delete → add; add → delete → name`,
      dateSystem: '1900',
      cleanup: `${SCRATCH}, ${SCRATCH}_R`,
    });

    expect(scratchLeft(book)).toEqual([]);
    expect(snapshot(book)).toEqual(before);
    expect(book.active).toBeNull(); // the scratch sheet was never activated

    expect(events[0]).toMatchObject({ type: 'start', host: { version: VERSION } });
    expect(events.filter((e) => e.type === 'line')).toHaveLength(CHECK_IDS.length);
    expect(events[events.length - 1]).toEqual({ type: 'done', report });
  });

  test('a capability that fails is reported as fail with Excel’s code, message and location; the rest still run; the scratch sheet is still deleted', async () => {
    const book = userBook();
    const before = snapshot(book);
    const error = officeError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.', 'Range.format.rowHeight');
    const run = failingRun(book, (path) => path.slice(-2).join('.') === 'format.rowHeight', error);
    const report = await runSelfTest(options(book, { run }));

    expect(lineOf(report, 'rowHeight')).toEqual({
      id: 'rowHeight',
      status: 'fail',
      error: { code: 'InvalidArgument', message: 'The argument is invalid or missing or has an incorrect format.', location: 'Range.format.rowHeight' },
    });
    expect(report.lines.filter((l) => l.status !== 'pass').map((l) => l.id)).toEqual(['rowHeight']);
    expect(scratchLeft(book)).toEqual([]);
    expect(snapshot(book)).toEqual(before);
    expect(selfTestText(report, STRINGS.vi.selfTest)).toContain(
      '[Lỗi] Chiều cao dòng 409 pt (mức tối đa của Excel) (rowHeight) — InvalidArgument: The argument is invalid or missing or has an incorrect format. (Range.format.rowHeight)',
    );
  });

  test('a wrong read-back is a fail (UnexpectedResult) saying what was read', async () => {
    const book = userBook();
    // An Excel that turns the text "08" into the number 8 despite the Text format (at the request that writes it).
    const run: ExcelRun = (batch) =>
      book.run((context) => {
        const sync = async (): Promise<void> => {
          await context.sync();
          const sheet = book.sheet(SCRATCH);
          if (sheet?.get(2, 8) === '08') sheet.cells.set('2:8', 8);
        };
        return batch(new Proxy(context, { get: (target, prop) => (prop === 'sync' ? sync : Reflect.get(target, prop)) }));
      });
    const report = await runSelfTest(options(book, { run }));
    expect(lineOf(report, 'textFormat')).toEqual({
      id: 'textFormat',
      status: 'fail',
      error: { code: 'UnexpectedResult', message: 'H2 = 8, expected the text "08"' },
    });
    expect(scratchLeft(book)).toEqual([]);
  });

  test('a failure half-way through the sheet replacement: its extra sheets are deleted too', async () => {
    const book = userBook();
    const before = snapshot(book);
    const seen: string[] = [];
    // Renaming a sheet fails after the old one was deleted: the replacement sheet `_S` is left behind by the check itself.
    const run = failingRun(book, (path) => path[path.length - 1] === 'name' && path.includes('add()'), officeError('GeneralException', 'An internal error has occurred.'), seen);
    const report = await runSelfTest(options(book, { run }));
    expect(lineOf(report, 'sheetReplace')).toMatchObject({ status: 'fail', error: { code: 'GeneralException', message: 'An internal error has occurred.' } });
    expect(lineOf(report, 'cleanup')).toEqual({ id: 'cleanup', status: 'pass', note: `${SCRATCH}, ${SCRATCH}_S` });
    expect(scratchLeft(book)).toEqual([]);
    expect(snapshot(book)).toEqual(before);
  });

  test('no scratch sheet: the sheet checks fail as not run, nothing is deleted, the user’s sheets are untouched', async () => {
    const book = userBook();
    const before = snapshot(book);
    const run = failingRun(book, (path) => path.join('.') === 'workbook.worksheets.add()', officeError('AccessDenied', 'The workbook is protected.'));
    const report = await runSelfTest(options(book, { run }));
    expect(lineOf(report, 'scratchSheet')).toEqual({ id: 'scratchSheet', status: 'fail', note: SCRATCH, error: { code: 'AccessDenied', message: 'The workbook is protected.' } });
    const sheetChecks = CHECK_IDS.filter((id) => !['excelApi19', 'excelApi113', 'sharedRuntime', 'customFunctionsRuntime', 'scratchSheet', 'cleanup'].includes(id));
    for (const id of sheetChecks) expect(lineOf(report, id)).toEqual({ id, status: 'fail', notRun: true });
    expect(lineOf(report, 'cleanup').status).toBe('pass');
    expect(snapshot(book)).toEqual(before);
    expect(selfTestText(report, STRINGS.en.selfTest)).toContain('[Fail] Listing merged areas (mergedAreas) — Not run: the scratch sheet could not be added');
  });

  test('requirement sets missing: "not supported", and the APIs they bring are not called', async () => {
    const book = userBook();
    const seen: string[] = [];
    const run = failingRun(book, () => false, new Error('never'), seen);
    const report = await runSelfTest(options(book, { run, office: office(['ExcelApi 1.13', 'CustomFunctionsRuntime 1.1']) }));
    const status = Object.fromEntries(report.lines.map((l) => [l.id, l.status]));
    expect(status).toMatchObject({ excelApi19: 'pass', excelApi113: 'unsupported', customFunctionsRuntime: 'unsupported', mergedAreas: 'unsupported', customFunctions: 'unsupported', rowHeight: 'pass' });
    expect(lineOf(report, 'mergedAreas')).toEqual({ id: 'mergedAreas', status: 'unsupported', note: 'ExcelApi 1.13' });
    expect(seen.some((p) => p.includes('getMergedAreasOrNullObject()') || p.endsWith('merge()'))).toBe(false);
    expect(seen.some((p) => p.endsWith('.formulas'))).toBe(false);
    expect(scratchLeft(book)).toEqual([]);
  });

  test('only sheets it added are asked for by name, added or deleted', async () => {
    const book = userBook();
    const calls: Array<{ path: string; args: unknown[] }> = [];
    await runSelfTest(options(book, { run: failingRun(book, () => false, new Error('never'), [], calls) }));
    const byName = calls.filter((c) => /worksheets\.(add|getItem|getItemOrNullObject)\(\)$/.test(c.path));
    expect(byName.length).toBeGreaterThan(10);
    for (const call of byName) expect(String(call.args[0])).toMatch(/^TTHC_KiemTra_250601_093005(_R|_S)?$/);
    const deleted = calls.filter((c) => c.path.endsWith('delete()')).map((c) => c.path);
    expect(deleted.every((p) => /worksheets\.(getItem|getItemOrNullObject)\(\)\.delete\(\)$/.test(p))).toBe(true);
  });

  test('the scratch sheet cannot be deleted: the cleanup line fails, naming the sheets to delete by hand', async () => {
    const book = userBook();
    const run = failingRun(book, (path) => path.join('.') === 'workbook.worksheets.getItemOrNullObject().delete()', officeError('AccessDenied', 'You cannot perform the requested operation.'));
    const report = await runSelfTest(options(book, { run }));
    expect(lineOf(report, 'cleanup')).toEqual({
      id: 'cleanup',
      status: 'fail',
      note: `${SCRATCH}, ${SCRATCH}_R, ${SCRATCH}_S`,
      error: { code: 'AccessDenied', message: 'You cannot perform the requested operation.' },
    });
    expect(selfTestText(report, STRINGS.en.selfTest)).toContain(`[Fail] Deleting the scratch sheet (cleanup) — ${SCRATCH}, ${SCRATCH}_R, ${SCRATCH}_S — AccessDenied`);
  });

  test('Excel saying ApiNotFound is "not supported", with its code', async () => {
    const book = userBook();
    const run = failingRun(book, (path) => path.join('.') === 'workbook.functions.date()', officeError('ApiNotFound', 'The API you are trying to use could not be found.'));
    const report = await runSelfTest(options(book, { run }));
    expect(lineOf(report, 'dateSystem')).toEqual({ id: 'dateSystem', status: 'unsupported', error: { code: 'ApiNotFound', message: 'The API you are trying to use could not be found.' } });
  });

  test('no Office global: the requirement lines say so, the checks still run', async () => {
    const book = userBook();
    const report = await runSelfTest(options(book, { office: null }));
    expect(report.host).toEqual({ host: null, platform: null, version: null, userAgent: 'jest' });
    expect(lineOf(report, 'excelApi19')).toEqual({ id: 'excelApi19', status: 'unsupported', note: 'Office.context.requirements.isSetSupported?' });
    expect(lineOf(report, 'mergedAreas').status).toBe('pass');
    expect(selfTestText(report, STRINGS.vi.selfTest)).toContain('Phiên bản Excel: không rõ');
  });

  describe('custom functions', () => {
    test('not registered: #NAME? under both names is a fail', async () => {
      const book = userBook();
      book.customFunctions = {};
      const report = await runSelfTest(options(book));
      expect(lineOf(report, 'customFunctions')).toEqual({
        id: 'customFunctions',
        status: 'fail',
        error: { code: 'UnexpectedResult', message: '=TTHC.ONLINE_SHARE(1,2), =TTHC.TYLE_TRUCTUYEN(1,2) = #NAME?' },
      });
    });

    test('known by the Vietnamese name only (functions.vi.json): a pass, saying which name', async () => {
      const book = userBook();
      book.customFunctions = { TYLE_TRUCTUYEN: onlineShare };
      const report = await runSelfTest(options(book));
      expect(lineOf(report, 'customFunctions')).toEqual({ id: 'customFunctions', status: 'pass', note: '=TTHC.TYLE_TRUCTUYEN(1,2) = 0.5' });
    });

    test('#BUSY! is waited for', async () => {
      const book = userBook();
      book.customFunctions = { ONLINE_SHARE: (a: number, b: number) => new Promise((resolve) => setTimeout(() => resolve(onlineShare(a, b)), 20)) };
      const report = await runSelfTest(options(book));
      expect(lineOf(report, 'customFunctions')).toEqual({ id: 'customFunctions', status: 'pass', note: '=TTHC.ONLINE_SHARE(1,2) = 0.5' });
    });

    test('still #BUSY! after the timeout: a fail', async () => {
      const book = userBook();
      book.customFunctions = { ONLINE_SHARE: () => new Promise(() => undefined) };
      const report = await runSelfTest(options(book, { busyTimeoutMs: 500 }));
      expect(lineOf(report, 'customFunctions')).toMatchObject({ status: 'fail', error: { message: '=TTHC.ONLINE_SHARE(1,2) = "#BUSY!", expected 0.5' } });
    });
  });
});

describe('the scratch sheet’s name', () => {
  test('dated, unique (ignoring case, with its _R and _S partners), within 31 characters', () => {
    expect(scratchNames(NOW, ['HoSo']).main).toBe(SCRATCH);
    expect(scratchNames(NOW, [SCRATCH.toLowerCase()]).main).toBe(`${SCRATCH}_2`);
    expect(scratchNames(NOW, [`${SCRATCH}_S`, `${SCRATCH}_2`]).main).toBe(`${SCRATCH}_3`);
    const names = scratchNames(NOW, [SCRATCH, `${SCRATCH}_2`]);
    for (const name of Object.values(names)) expect(name.length).toBeLessThanOrEqual(31);
  });
});

describe('the copied text', () => {
  test('has Excel’s version, platform, host and every line, in both languages', async () => {
    const book = userBook();
    const report = await runSelfTest(options(book, { office: office(['ExcelApi 1.13']) }));
    for (const language of ['vi', 'en'] as const) {
      const s = STRINGS[language].selfTest;
      const text = selfTestText(report, s);
      expect(text).toContain(`${s.fields.version}: ${VERSION}`);
      expect(text).toContain(`${s.fields.platform}: PC`);
      expect(text).toContain(`${s.fields.host}: Excel`);
      expect(text).toContain(`${s.fields.sheet}: ${SCRATCH}`);
      const lines = text.split('\n');
      for (const id of CHECK_IDS) expect(lines.filter((l) => l.includes(`${s.checks[id].label} (${id})`))).toHaveLength(1);
      expect(lines[lines.length - 1]).toBe(s.finished(13, 0, 2));
    }
    expect(selfTestText(report, STRINGS.vi.selfTest)).toContain('[Không hỗ trợ] Đọc vùng ô gộp (mergedAreas) — ExcelApi 1.13');
  });
});

describe('the pane’s state', () => {
  test('start → lines → done; lines not yet run are pending', async () => {
    const book = userBook();
    const states = [INITIAL_SELF_TEST];
    await runSelfTest(options(book), (e) => states.push(selfTestReducer(states[states.length - 1], e)));
    const running = states.find((s) => s.phase === 'running' && s.lines.length === 5)!;
    expect(displayLines(running).map((l) => l.status)).toEqual([...Array(5).fill('pass'), ...Array(CHECK_IDS.length - 5).fill('pending')]);
    expect(running.sheet).toBe(SCRATCH);
    const last = states[states.length - 1];
    expect(last.phase).toBe('done');
    expect(displayLines(last).every((l) => l.status === 'pass')).toBe(true);
    // A second run starts afresh.
    expect(selfTestReducer(last, { type: 'start', host: last.host!, startedAt: 'x' }).lines).toEqual([]);
  });

  test('the view: a heading, a live region with the result, a line per check with its status, the copy button', async () => {
    const book = userBook();
    book.customFunctions = {};
    const events: SelfTestEvent[] = [];
    await runSelfTest(options(book), (e) => events.push(e));
    const state = events.reduce(selfTestReducer, INITIAL_SELF_TEST);
    const html = renderToStaticMarkup(
      createElement(I18nProvider, { initial: 'vi', children: createElement(SelfTestView, { state, copy: 'manual', onRun: () => undefined, onCopy: () => undefined }) }),
    );
    expect(html).toMatch(/<h2[^>]*>Kiểm tra tương thích<\/h2>/);
    expect(html).toMatch(/role="status" aria-live="polite" aria-atomic="true"[^>]*>Xong: 14 đạt, 1 lỗi, 0 không hỗ trợ\.<\/div>/);
    expect(html).toContain(`Excel ${VERSION} · Nền tảng: PC · Ứng dụng: Excel`);
    expect(html.match(/data-testid="self-test-line"/g)).toHaveLength(CHECK_IDS.length);
    expect(html).toContain('data-check="customFunctions" data-status="fail"');
    expect(html).toContain('Công thức TTHC.* báo #NAME?');
    expect(html).toContain('Sao chép kết quả');
    expect(html).toContain('Kiểm tra lại');
    // The fallback box holds the whole text.
    expect(html).toMatch(/<textarea[^>]*readOnly=""|<textarea[^>]*readonly=""/i);
    expect(html).toContain('Báo cáo TTHC — Kiểm tra tương thích');
  });

  test('before any run: the button and an empty live region, no lines', () => {
    const html = renderToStaticMarkup(
      createElement(I18nProvider, { initial: 'en', children: createElement(SelfTestView, { state: INITIAL_SELF_TEST, copy: 'idle', onRun: () => undefined, onCopy: () => undefined }) }),
    );
    expect(html).toContain('Run the compatibility check');
    expect(html).toMatch(/role="status"[^>]*><\/div>/);
    expect(html).not.toContain('self-test-line');
  });
});
