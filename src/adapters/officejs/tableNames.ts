/**
 * Which input table a sheet or Excel table stands for. Mirrors the ExcelJS reader
 * (`adapters/exceljs/readWorkbook.ts`), which cannot be imported here: it pulls ExcelJS and
 * Node's `fs` into the task pane bundle.
 */

import { ALL_TABLES, INFO_SHEET } from '../../core/schema';

/** The names the engine looks for, as sheets or Excel tables. */
export const INPUT_TABLE_NAMES: readonly string[] = [...ALL_TABLES.map((t) => t.name), INFO_SHEET];

/** `Hồ Sơ`, `hoso`, `HOSO` all name the HoSo table. */
function nameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .replace(/[^A-Za-z0-9]/g, '')
    .toLowerCase();
}

/** The input table (`HoSo`, `TTHC`…) a sheet or Excel table name stands for, if any. */
export function inputTableName(sheetOrTable: string): string | undefined {
  const key = nameKey(sheetOrTable);
  return INPUT_TABLE_NAMES.find((n) => nameKey(n) === key);
}
