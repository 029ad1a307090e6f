/**
 * Every batch the pane starts waits out a cell edit instead of failing: `Excel.run` with
 * `{ delayForCellEdit: true }` (ExcelApi 1.11), in the adapter and in the Excel service.
 */
import { excelRun } from '../../src/adapters/officejs';
import { dayFromParts } from '../../src/core/days';
import { createOfficeService } from '../../src/taskpane/services/officeService';
import { FakeWorkbook, MockExcel } from './mockExcel';

const g = globalThis as { Excel?: unknown };
afterEach(() => {
  delete g.Excel;
});

function install(): MockExcel {
  const wb = new FakeWorkbook();
  wb.addSheet('TTHC', [['Mã TTHC', 'Tên TTHC', 'Lĩnh vực'], ['1.001', 'Cấp thị thực', 'Lãnh sự']]);
  const excel = new MockExcel(wb);
  g.Excel = { run: excel.run };
  return excel;
}

test('excelRun passes delayForCellEdit to Excel.run and gives back the batch result', async () => {
  const excel = install();
  await expect(excelRun(async () => 42)).resolves.toBe(42);
  expect(excel.runOptions).toEqual([{ delayForCellEdit: true }]);
});

test('the Excel service runs every batch with delayForCellEdit when given no runner', async () => {
  const excel = install();
  const service = createOfficeService({ today: () => dayFromParts(2026, 12, 1), yieldToUi: async () => undefined });

  const check = await service.checkData('vi');
  await service.loadInfo();

  expect(check.procedures).toBe(1);
  expect(excel.runOptions.length).toBeGreaterThanOrEqual(2);
  expect(excel.runOptions.every((o) => o !== null && o.delayForCellEdit === true)).toBe(true);
});
