/**
 * The "Theo dõi hạn" tab's service: both services read the workbook's tables and give the core's
 * watch (the hand count of test/helpers/deadlineFixture.ts); the tab's reducer and words.
 */
import ExcelJS from 'exceljs';
import { writeInputSheets } from '../../src/adapters/exceljs/writeInputs';
import { dayFromDate, dayFromParts, excelSerialFromDay } from '../../src/core/days';
import type { RawCell } from '../../src/core/types';
import {
  asOfFromInput,
  daysLeftText,
  deadlineReducer,
  dossierLocation,
  initialDeadlineState,
  type DeadlineEntry,
} from '../../src/taskpane/services/deadlineWatch';
import { createOfficeService } from '../../src/taskpane/services/officeService';
import { createPreviewService } from '../../src/taskpane/services/previewService';
import { STRINGS } from '../../src/taskpane/strings';
import { FakeWorkbook, MockExcel, type CellValue } from '../officejs/mockExcel';
import { DEADLINE_AS_OF, DEADLINE_HAND_COUNT, deadlineSheets } from '../helpers/deadlineFixture';

// The real "today", after every date of the log (none is in the future).
const TODAY = dayFromParts(2024, 6, 3);
const brief = (list: DeadlineEntry[]) => list.map((e) => ({ id: e.id, daysLeft: e.daysLeft, row: e.row }));

async function workbookFile(): Promise<Blob> {
  const wb = new ExcelJS.Workbook();
  writeInputSheets(wb, deadlineSheets());
  return new Blob([await wb.xlsx.writeBuffer()]);
}

function preview() {
  return createPreviewService({ save: () => undefined, today: () => TODAY, yieldToUi: async () => undefined });
}

describe('preview service: deadlines(asOf, language)', () => {
  test('the small workbook as of 26/04/2024 gives the hand count', async () => {
    const svc = preview();
    await svc.openFile(await workbookFile(), 'han.xlsx');
    const { watch, issues } = await svc.deadlines(DEADLINE_AS_OF, 'vi');
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(watch.asOf).toBe(DEADLINE_AS_OF);
    expect(watch.open).toBe(DEADLINE_HAND_COUNT.open);
    expect(brief(watch.overdue)).toEqual(DEADLINE_HAND_COUNT.overdue);
    expect(brief(watch.dueSoon)).toEqual(DEADLINE_HAND_COUNT.dueSoon);
    expect(brief(watch.dueLater)).toEqual(DEADLINE_HAND_COUNT.dueLater);
    expect(watch.overdue[0]).toMatchObject({ sheet: 'HoSo', procedureName: 'Cấp hộ chiếu ngoại giao, hộ chiếu công vụ' });
  });

  test('no day given: the service’s today (03/06/2024): every open dossier is overdue by then', async () => {
    const svc = preview();
    await svc.openFile(await workbookFile(), 'han.xlsx');
    const { watch } = await svc.deadlines(undefined, 'en');
    expect(watch.asOf).toBe(TODAY);
    expect(watch.dueSoon).toEqual([]);
    expect(watch.overdue.map((e) => e.id).sort()).toEqual(['HS01', 'HS02', 'HS03', 'HS04', 'HS05', 'HS06', 'HS07', 'HS08', 'HS12', 'HS13', 'HS14', 'HS15']);
  });

  test('nothing open: a clear message', async () => {
    await expect(preview().deadlines(DEADLINE_AS_OF, 'vi')).rejects.toThrow(/Chưa có sổ tính/);
  });
});

describe('Excel service: deadlines(asOf, language)', () => {
  test('reads the open workbook (dates as serials) and gives the same hand count', async () => {
    const wb = new FakeWorkbook();
    const value = (v: RawCell): CellValue => (v instanceof Date ? excelSerialFromDay(dayFromDate(v)) : v === null || v === undefined ? '' : v);
    for (const s of deadlineSheets()) wb.addSheet(s.name, [s.header, ...s.rows.map((r) => r.map(value))]);
    const excel = new MockExcel(wb);
    const service = createOfficeService({ run: excel.run, today: () => TODAY, yieldToUi: async () => undefined });
    const { watch } = await service.deadlines(DEADLINE_AS_OF, 'vi');
    expect([brief(watch.overdue), brief(watch.dueSoon), brief(watch.dueLater)]).toEqual([DEADLINE_HAND_COUNT.overdue, DEADLINE_HAND_COUNT.dueSoon, DEADLINE_HAND_COUNT.dueLater]);
  });
});

describe('the tab’s state and words', () => {
  const entry = (due: number, daysLeft: number) => ({ due, daysLeft });
  const asOf = DEADLINE_AS_OF;

  test('the date field starts on today and reads only full dates', () => {
    expect(initialDeadlineState(asOf)).toEqual({ asOfText: '2024-04-26', shown: null, notice: null });
    expect([asOfFromInput('2024-04-26'), asOfFromInput(''), asOfFromInput('2024-02-31'), asOfFromInput('26/04/2024')]).toEqual([asOf, null, null, null]);
  });

  test('a result is kept with its key and error count; a new one clears the notice', () => {
    let state = deadlineReducer(initialDeadlineState(asOf), { type: 'notice', text: 'Không có trang HoSo' });
    state = deadlineReducer(state, { type: 'date', text: '2024-04-29' });
    const watch = { asOf: asOf + 3, open: 0, overdue: [], dueSoon: [], dueLater: [] };
    const issues = [{ severity: 'error' as const, sheet: 'HoSo', row: 3, column: null, message: '' }];
    state = deadlineReducer(state, { type: 'computed', key: 'k', result: { watch, issues } });
    expect(state).toEqual({ asOfText: '2024-04-29', shown: { key: 'k', asOf: asOf + 3, watch, errors: 1 }, notice: null });
  });

  test('days left in words, in both languages', () => {
    const vi = STRINGS.vi.deadlines;
    const en = STRINGS.en.deadlines;
    expect([daysLeftText(entry(asOf - 5, -4), asOf, vi), daysLeftText(entry(asOf, 0), asOf, vi), daysLeftText(entry(asOf + 7, 1), asOf, vi)]).toEqual([
      'Quá 4 ngày',
      'Hạn hôm nay',
      'Còn 1 ngày',
    ]);
    expect([daysLeftText(entry(asOf - 1, 0), asOf, vi), daysLeftText(entry(asOf - 1, 0), asOf, en)]).toEqual(['Vừa quá hạn', 'Just overdue']);
    expect([daysLeftText(entry(asOf - 3, -1), asOf, en), daysLeftText(entry(asOf + 3, 3), asOf, en), daysLeftText(entry(asOf, 0), asOf, en)]).toEqual([
      '1 day overdue',
      '3 days left',
      'Due today',
    ]);
  });

  test('a dossier’s row is where the pane goes in Excel: the whole row of its sheet', () => {
    expect(dossierLocation({ sheet: 'HoSo', row: 7 })).toEqual({ severity: 'warning', sheet: 'HoSo', row: 7, column: null, message: '' });
    expect(dossierLocation({ sheet: null, row: 7 })).toBeNull();
  });
});
