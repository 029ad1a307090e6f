import type { RawTables } from './inputs';
import { inputTableName } from './schema';
import type { RawTable } from './types';

/**
 * Which sheet (or Excel table) is which input table: by its name first ("HoSo", "Danh mục
 * TTHC", an Excel table called TTHC). A sheet is taken once, for the first table it names.
 */
export function tablesFromSheets(sheets: readonly RawTable[]): RawTables {
  const tables: RawTables = {};
  for (const raw of sheets) {
    for (const name of [raw.sheet, raw.tableName]) {
      if (name === undefined) continue;
      const role = inputTableName(name);
      if (role && !tables[role]) {
        tables[role] = raw;
        break;
      }
    }
  }
  return tables;
}
