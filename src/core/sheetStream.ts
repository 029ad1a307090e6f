/**
 * A workbook whose largest sheets are not held in memory: each such sheet is given as its first
 * rows (to find its header and tell what table it is) and a way to read all its rows once, in
 * order, one at a time. What a reader gives the streaming analysis (`analyseStreamed`) of a log
 * too large to hold as cells: a 1,048,575-dossier sheet is about 500 MB of XML.
 */
import type { CellArea, RawCell, RawTable } from './types';

/** Rows a large sheet's head holds: the header search (20 rows), a 3-row header, the "(1)…(13)" row, and slack. */
export const HEAD_ROWS = 30;

/** What reading a large sheet to its end found besides its rows. */
export interface SheetEnd {
  /** Its merged areas (0-based, as `RawTable.merges`): written after the rows, so known only at the end. */
  merges: CellArea[];
  /** It holds Excel tables (`<tableParts>`, also written after the rows). */
  hasTables: boolean;
}

/** One large worksheet. */
export interface SheetStream {
  /**
   * The sheet's first `HEAD_ROWS` rows as a RawTable (`rows` may be shorter: the sheet is), with
   * no merges: those are only known once the whole sheet is read.
   */
  head: RawTable;
  /**
   * Reads the whole sheet from its top and calls `visit` for each row in order with its 0-based
   * index (worksheet row − 1) and cells (`cells[j]` is column j + 1, as `RawTable.rows[i]`;
   * blank rows may be left out). `cells` is the visitor's to keep. Can be called again (a
   * second pass reads the file again). Rejects with a `WorkbookFileError` for a damaged file.
   */
  rows(visit: (index: number, cells: RawCell[]) => void): Promise<SheetEnd>;
}

/** A workbook opened for streaming. */
export interface StreamedWorkbook {
  /**
   * Every worksheet then every Excel table, in `readXlsxSheets` order, read whole; but each
   * large sheet is only its `head` (the same object as in `large`) and its tables are left out.
   */
  sheets: RawTable[];
  /** The large sheets, by their head. */
  large: Map<RawTable, SheetStream>;
  /** The whole workbook as `readXlsxSheets` reads it: the way back when streaming cannot serve. */
  readAll(): Promise<RawTable[]>;
}
