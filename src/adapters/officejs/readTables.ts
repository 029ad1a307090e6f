/**
 * Reads the open workbook through Office.js as the core takes it: every worksheet's used range
 * and every Excel table (ListObject), each a `RawTable` with its merged areas and the workbook's
 * date system. Which of them is which input table, and filling merged cells, is the core's job
 * (`core/tableRoles.ts`, `fillMerges`), the same for every reader.
 *
 * Requests (`context.sync()`), however many sheets:
 * 1. sheet and table names, and the workbook's date system;
 * 2. each sheet's used range and merged areas, each table's range;
 * 3. and on: row blocks of values sized to the request budget (`chunks.ts`), several sheets'
 *    blocks sharing one request.
 * A small workbook takes three. A table is cut out of its sheet's values, never read twice.
 * Only when Excel refuses to list a sheet's merged areas (more than 512) are they asked for
 * again, by row block (`mergedAreas.ts`).
 *
 * `values` is enough: dates arrive as serial numbers, which the engine's date parser reads
 * (with `date1904`), so number formats are never loaded.
 */

import type { CellArea, RawCell, RawTable } from '../../core/types';
import { DEFAULT_BYTES_PER_CELL, nextBytesPerCell, payloadBytes, REQUEST_BUDGET_BYTES, rowsPerChunk } from './chunks';
import { isDate1904, queueDateSystemProbe } from './dateSystem';
import { Box, mayExceedMergeLimit, mergesWithin, parseAreasAddress, uniqueBoxes } from './mergedAreas';

export interface ReadTablesOptions {
  /** Called after each request with the rows read so far and the rows to read in all. */
  onProgress?: (rowsRead: number, totalRows: number) => void;
  /** Bytes one request may carry (default 4 MB). */
  budgetBytes?: number;
  /**
   * Ask for merged areas (`Range.getMergedAreasOrNullObject`, ExcelApi 1.13, newer than the
   * manifest's 1.9). Default: whether the host supports ExcelApi 1.13. Without them a value
   * merged down over rows is read in its first row only.
   */
  mergedAreas?: boolean;
}

/** A sheet whose values are being read. */
interface Job {
  worksheet: Excel.Worksheet;
  /** The used range, 0-based as Office.js counts. */
  box: Box;
  rows: RawCell[][];
  /** The sheet's merged areas, in sheet coordinates. */
  merges: Box[];
  table: RawTable;
  /** The next row to request, counted from the first row. */
  next: number;
}

interface LoadedChunk {
  job: Job;
  offset: number;
  rows: number;
  range: Excel.Range;
}

/** What request 2 asks for. */
interface Located {
  sheets: Array<{ worksheet: Excel.Worksheet; used: Excel.Range; merged: Excel.RangeAreas | null }>;
  tables: Array<{ name: string; worksheet: Excel.Worksheet; range: Excel.Range }>;
}

/** Error codes of a request or response over Excel on the web's 5 MB limit. */
const PAYLOAD_ERRORS = new Set(['RequestPayloadSizeLimitExceeded', 'ResponsePayloadSizeLimitExceeded']);

/** Blocks are cut this much smaller after the host refused a response as too large. */
const SHRINK_AFTER_REFUSAL = 4;

export class ReadTablesError extends Error {}

export async function readTables(context: Excel.RequestContext, options: ReadTablesOptions = {}): Promise<RawTable[]> {
  const budget = options.budgetBytes ?? REQUEST_BUDGET_BYTES;
  const withMerges = options.mergedAreas ?? hostListsMergedAreas();
  const { worksheets, tables } = context.workbook;
  worksheets.load('items/name');
  tables.load('items/name');
  const probe = queueDateSystemProbe(context);
  await context.sync();
  const date1904 = isDate1904(probe);

  let located = locate(worksheets.items, tables.items, withMerges);
  let mergesRefused = false;
  try {
    await context.sync();
  } catch (error) {
    if (!withMerges) throw error;
    // One sheet with more than 512 merged areas fails the whole request: ask again without them.
    located = locate(worksheets.items, tables.items, false);
    await context.sync();
    mergesRefused = true;
  }

  const result: RawTable[] = [];
  const jobs: Job[] = [];
  const bySheet = new Map<string, Job>();
  for (const { worksheet, used, merged } of located.sheets) {
    const table: RawTable = { sheet: worksheet.name, firstRow: 1, firstColumn: 1, rows: [] };
    if (date1904) table.date1904 = true;
    result.push(table);
    if (used.isNullObject) continue;
    const box = { row: used.rowIndex, col: used.columnIndex, rows: used.rowCount, cols: used.columnCount };
    table.firstRow = box.row + 1;
    table.firstColumn = box.col + 1;
    table.rows = new Array<RawCell[]>(box.rows);
    const merges = merged && !merged.isNullObject ? parseAreasAddress(merged.address) : [];
    const job: Job = { worksheet, box, rows: table.rows, merges, table, next: 0 };
    jobs.push(job);
    bySheet.set(worksheet.name, job);
  }
  if (mergesRefused) {
    const found = await mergesByBlock(context, jobs);
    for (const job of jobs) job.merges = found?.get(job) ?? [];
  }
  for (const job of jobs) setMerges(job.table, mergesWithin(job.merges, job.box));

  const total = jobs.reduce((sum, j) => sum + j.box.rows, 0);
  let read = 0;
  options.onProgress?.(0, total);
  let bytesPerCell = DEFAULT_BYTES_PER_CELL;
  while (jobs.some((j) => j.next < j.box.rows)) {
    const batch = queueChunks(jobs, bytesPerCell, budget);
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per chunk batch, sized to Excel's payload limit
      await context.sync();
    } catch (error) {
      const single = batch.length === 1 && batch[0].rows === 1;
      if (!PAYLOAD_ERRORS.has((error as { code?: string }).code ?? '') || single) throw readError(error);
      for (const chunk of batch) chunk.job.next = Math.min(chunk.job.next, chunk.offset);
      bytesPerCell *= SHRINK_AFTER_REFUSAL;
      continue;
    }
    let heaviest = 0;
    for (const chunk of batch) {
      const values = chunk.range.values as RawCell[][];
      heaviest = Math.max(heaviest, payloadBytes(values) / (chunk.rows * chunk.job.box.cols));
      for (let i = 0; i < values.length; i++) chunk.job.rows[chunk.offset + i] = blanksToNull(values[i]);
      read += chunk.rows;
    }
    bytesPerCell = nextBytesPerCell(heaviest);
    options.onProgress?.(read, total);
  }

  for (const { name, worksheet, range } of located.tables) {
    const box = { row: range.rowIndex, col: range.columnIndex, rows: range.rowCount, cols: range.columnCount };
    const sheet = bySheet.get(worksheet.name);
    const table: RawTable = { sheet: worksheet.name, firstRow: box.row + 1, firstColumn: box.col + 1, rows: cut(sheet, box), tableName: name };
    // Excel does not merge cells inside a table; the sheet's merges are clipped to it all the same.
    setMerges(table, mergesWithin(sheet?.merges ?? [], box));
    if (date1904) table.date1904 = true;
    result.push(table);
  }
  return result;
}

/**
 * Whether the host lists merged areas (ExcelApi 1.13). Without an `Office` global there is no
 * host to ask: the context is a stand-in (the tests' mock), which models ExcelApi 1.13.
 */
function hostListsMergedAreas(): boolean {
  if (typeof Office === 'undefined') return true;
  return Office.context?.requirements?.isSetSupported('ExcelApi', '1.13') ?? false;
}

/** Queues request 2: used ranges (values only), merged areas if asked for, table ranges. */
function locate(worksheets: Excel.Worksheet[], tables: Excel.Table[], withMerges: boolean): Located {
  const sheets = worksheets.map((worksheet) => {
    // Only cells holding values count: formatting whole columns must not make a sheet a million rows tall.
    const used = worksheet.getUsedRangeOrNullObject(true);
    used.load('rowIndex,columnIndex,rowCount,columnCount');
    let merged: Excel.RangeAreas | null = null;
    if (withMerges) {
      // Asked of the whole sheet, which always exists, rather than of the used range, which is a
      // null object on an empty sheet. Excel lists merges by their top-left cell (office-js issue
      // #3611), and a merge's value is in that cell, so `mergesWithin` keeps those in the used range.
      merged = worksheet.getRange().getMergedAreasOrNullObject();
      merged.load('address');
    }
    return { worksheet, used, merged };
  });
  const located = tables.map((table) => {
    const range = table.getRange();
    range.load('rowIndex,columnIndex,rowCount,columnCount');
    const worksheet = table.worksheet;
    worksheet.load('name');
    return { name: table.name, worksheet, range };
  });
  return { sheets, tables: located };
}

/**
 * Merged areas asked for by row block, after Excel refused to list some sheet's in one call.
 * Blocks that cannot hold more than 512 share one request; a bigger one goes alone and, if
 * refused, is halved. A refusal that cannot be the limit (of small blocks, or the host lacking
 * the API) means merges cannot be read here: null, and the sheets are read without them.
 */
async function mergesByBlock(context: Excel.RequestContext, jobs: Job[]): Promise<Map<Job, Box[]> | null> {
  const found = new Map<Job, Box[]>(jobs.map((job) => [job, []]));
  let pending = jobs.map((job) => ({ job, box: job.box }));
  while (pending.length > 0) {
    const small = pending.filter((p) => !mayExceedMergeLimit(p.box));
    const batch = small.length > 0 ? small : pending.slice(0, 1);
    pending = pending.filter((p) => !batch.includes(p));
    const asked = batch.map((p) => {
      const areas = p.job.worksheet.getRangeByIndexes(p.box.row, p.box.col, p.box.rows, p.box.cols).getMergedAreasOrNullObject();
      areas.load('address');
      return { ...p, areas };
    });
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- each round's blocks depend on which the last one refused
      await context.sync();
    } catch (error) {
      if (small.length > 0 || (error as { code?: string }).code === 'ApiNotFound') return null;
      const { job, box } = batch[0];
      // A single row over the limit (more than 1,024 columns merged in pairs) stays unread.
      if (box.rows < 2) continue;
      const half = Math.ceil(box.rows / 2);
      pending.push({ job, box: { ...box, rows: half } }, { job, box: { ...box, row: box.row + half, rows: box.rows - half } });
      continue;
    }
    for (const { job, areas } of asked) {
      if (areas.isNullObject) continue;
      const boxes = found.get(job)!;
      for (const box of parseAreasAddress(areas.address)) boxes.push(box);
    }
  }
  for (const [job, boxes] of found) found.set(job, uniqueBoxes(boxes));
  return found;
}

function setMerges(table: RawTable, merges: CellArea[]): void {
  if (merges.length > 0) table.merges = merges;
}

/**
 * A table's cells out of its sheet's values (null outside the used range). When the table spans
 * the used range's columns its rows are the sheet's own arrays: the core copies a row before
 * it fills merges into it (`fillMerges`), so sharing is safe and spares a copy of a big log.
 */
function cut(sheet: Job | undefined, box: Box): RawCell[][] {
  const rows: RawCell[][] = [];
  for (let r = 0; r < box.rows; r++) {
    const source = sheet?.rows[box.row + r - sheet.box.row];
    if (source && sheet && sheet.box.col === box.col && sheet.box.cols === box.cols) {
      rows.push(source);
      continue;
    }
    const row = new Array<RawCell>(box.cols);
    for (let c = 0; c < box.cols; c++) row[c] = sheet && source ? (source[box.col + c - sheet.box.col] ?? null) : null;
    rows.push(row);
  }
  return rows;
}

/** Queues value loads for the next row blocks, as many as the budget holds (at least one). */
function queueChunks(jobs: Job[], bytesPerCell: number, budget: number): LoadedChunk[] {
  const batch: LoadedChunk[] = [];
  let left = budget;
  for (const job of jobs) {
    const { box } = job;
    while (job.next < box.rows) {
      const rowBytes = box.cols * bytesPerCell;
      if (batch.length > 0 && left < rowBytes) return batch;
      const rows = Math.min(rowsPerChunk(box.cols, bytesPerCell, left), box.rows - job.next);
      const range = job.worksheet.getRangeByIndexes(box.row + job.next, box.col, rows, box.cols);
      range.load('values');
      batch.push({ job, offset: job.next, rows, range });
      job.next += rows;
      left -= rows * rowBytes;
    }
  }
  return batch;
}

/** Office.js gives an empty cell as `""`; the ExcelJS reader gives null. */
function blanksToNull(row: RawCell[]): RawCell[] {
  for (let i = 0; i < row.length; i++) if (row[i] === '') row[i] = null;
  return row;
}

function readError(error: unknown): ReadTablesError {
  const cause = error instanceof Error ? error.message : String(error);
  return new ReadTablesError(`Không đọc được dữ liệu từ sổ làm việc (${cause}). / Could not read the workbook's data (${cause}).`, { cause: error });
}
