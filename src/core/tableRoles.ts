import type { RawTables } from './inputs';
import { DOSSIER_TABLE, inputTableName, PROCEDURE_TABLE, TableSpec } from './schema';
import { headerScore } from './tableReader';
import type { RawTable } from './types';

/**
 * Which sheet (or Excel table) is which input table: by its name first ("HoSo", "Danh mục
 * TTHC", "Sổ theo dõi hồ sơ", an Excel table called TTHC); then, for the catalogue and the log
 * still missing, by header, among the sheets whose name says nothing ("Sheet1", an HTML
 * export's table). A sheet is taken once. The first file's tables come first: a catalogue
 * given with `--catalogue` is used only when the main file has none.
 */
export function tablesFromSheets(sheets: readonly RawTable[]): RawTables {
  const tables: RawTables = {};
  const taken = new Set<RawTable>();
  // An Excel table named HoSo says more than a sheet called "Sổ theo dõi": tables first, then sheets.
  for (const byTable of [true, false]) {
    for (const raw of sheets) {
      const name = byTable ? raw.tableName : raw.tableName === undefined ? raw.sheet : undefined;
      const role = name === undefined ? undefined : inputTableName(name);
      if (role && !tables[role] && !taken.has(raw)) {
        tables[role] = raw;
        taken.add(raw);
      }
    }
  }
  // The log first: a log that names its procedures also carries every catalogue label it needs.
  for (const spec of [DOSSIER_TABLE, PROCEDURE_TABLE]) {
    if (tables[spec.name]) continue;
    const found = sheets.find((raw) => !taken.has(raw) && !namesAnotherTable(raw) && hasEveryRequiredColumn(raw, spec));
    if (found) {
      tables[spec.name] = found;
      taken.add(found);
    }
  }
  return tables;
}

/** A sheet called like another input table ("SoLieu") is never taken for the log by its header. */
function namesAnotherTable(raw: RawTable): boolean {
  return inputTableName(raw.sheet) !== undefined || (raw.tableName !== undefined && inputTableName(raw.tableName) !== undefined);
}

function hasEveryRequiredColumn(raw: RawTable, spec: TableSpec): boolean {
  const required = spec.columns.filter((c) => c.required).length;
  return required > 0 && headerScore(raw, spec).required === required;
}

/** The sheet names of a file, for the message that says a table was not found; with their file when there are several. */
export function sheetNamesOf(sheets: readonly RawTable[]): string[] {
  const own = sheets.filter((s) => s.tableName === undefined);
  const several = new Set(own.map((s) => s.file)).size > 1;
  return own.map((s) => (several && s.file ? `${s.sheet} (${s.file})` : s.sheet));
}
