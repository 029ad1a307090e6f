/** The workbooks and report models the Office.js writer tests write. */
import type { Procedure } from '../../src/core/types';
import { renderReport } from '../../src/templates';
import type { SheetModel } from '../../src/templates/sheetModel';
import { quarterlyContext } from '../helpers/indicatorFixture';
import { FakeWorkbook } from './mockExcel';

/** A user's workbook with its input tables, which a report must never touch. */
export function inputWorkbook(): FakeWorkbook {
  const wb = new FakeWorkbook();
  wb.addSheet('HoSo', [['Mã hồ sơ', 'Mã TTHC', 'Ngày tiếp nhận'], ['HS-1', 'NV01', 45000], ['HS-2', 'NV04', '=không phải công thức']]);
  wb.addSheet('TTHC', [['Mã TTHC', 'Tên TTHC', 'Lĩnh vực'], ['NV01', 'Cấp hộ chiếu', 'Lãnh sự']]);
  return wb;
}

/** Form 06 for a province with 2,000 procedures in 40 fields: about 2,000 table rows. */
export function largeForm06(count = 2_000): SheetModel {
  const ctx = quarterlyContext();
  const base = ctx.result.procedures[0];
  const procedures: Procedure[] = Array.from({ length: count }, (_, i) => ({
    ...base,
    code: `P${i}`,
    name: `Thủ tục hành chính số ${i + 1} về cấp, cấp lại giấy phép trong lĩnh vực ${i % 40}`,
    field: `Lĩnh vực ${i % 40}`,
    row: i + 2,
  }));
  return renderReport('form06', { ...ctx, result: { ...ctx.result, procedures } });
}
