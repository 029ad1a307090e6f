import type { RawTables } from '../../core/inputs';
import { tablesFromSheets } from '../../core/tableRoles';
import { readSheetsFromFile } from '../../readers/nodeFile';
import { checkWorkbookBytes, readTablesFromWorkbook, WorkbookFileError } from './workbookTables';

export { checkWorkbookBytes, readTablesFromWorkbook, WorkbookFileError };

/**
 * The input tables of a file, by table name: `readSheetsFromFile` (src/readers), with the
 * core's choice of which sheet is which table. Kept for the callers that want the map.
 */
export async function readTablesFromFile(file: string): Promise<RawTables> {
  return tablesFromSheets(await readSheetsFromFile(file));
}
