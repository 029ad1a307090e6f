/**
 * Reads the input tables of the open workbook through Office.js, as the ExcelJS reader does:
 * a sheet named like the table (case-, space- and diacritic-insensitively), else an Excel
 * table (ListObject) of that name.
 *
 * Requests: one for the sheet and table names, one for the used range of each source, then
 * row blocks of values sized to the request budget (`chunks.ts`), several small tables' blocks
 * sharing one request. `values` is enough: dates arrive as serial numbers, which the engine's
 * date parser reads, so number formats are never loaded.
 */

import type { RawTables } from '../../core/inputs';
import type { RawCell, RawTable } from '../../core/types';
import { DEFAULT_BYTES_PER_CELL, nextBytesPerCell, payloadBytes, REQUEST_BUDGET_BYTES, rowsPerChunk } from './chunks';
import { inputTableName } from '../../core/schema';

export interface ReadTablesOptions {
  /** Called after each request with the rows read so far and the rows to read in all. */
  onProgress?: (rowsRead: number, totalRows: number) => void;
  /** Bytes one request may carry (default 4 MB). */
  budgetBytes?: number;
}

/** An input table whose values are being read. */
interface Job {
  worksheet: Excel.Worksheet;
  /** 0-based position of the table's first cell, as Office.js counts. */
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
  rows: RawCell[][];
  /** The next row to request, counted from the first row. */
  next: number;
}

interface LoadedChunk {
  job: Job;
  offset: number;
  rows: number;
  range: Excel.Range;
}

/** Error codes of a request or response over Excel on the web's 5 MB limit. */
const PAYLOAD_ERRORS = new Set(['RequestPayloadSizeLimitExceeded', 'ResponsePayloadSizeLimitExceeded']);

/** Blocks are cut this much smaller after the host refused a response as too large. */
const SHRINK_AFTER_REFUSAL = 4;

export class ReadTablesError extends Error {}

export async function readTables(context: Excel.RequestContext, options: ReadTablesOptions = {}): Promise<RawTables> {
  const budget = options.budgetBytes ?? REQUEST_BUDGET_BYTES;
  const { worksheets, tables } = context.workbook;
  worksheets.load('items/name');
  tables.load('items/name');
  await context.sync();

  const sources = new Map<string, { worksheet: Excel.Worksheet; range: Excel.Range; sheetName?: string }>();
  for (const worksheet of worksheets.items) {
    const name = inputTableName(worksheet.name);
    // Only cells holding values count: formatting whole columns must not make a sheet a million rows tall.
    if (name && !sources.has(name)) sources.set(name, { worksheet, range: worksheet.getUsedRangeOrNullObject(true), sheetName: worksheet.name });
  }
  for (const table of tables.items) {
    const name = inputTableName(table.name);
    if (!name || sources.has(name)) continue;
    const worksheet = table.worksheet;
    worksheet.load('name');
    sources.set(name, { worksheet, range: table.getRange() });
  }
  for (const { range } of sources.values()) range.load('rowIndex,columnIndex,rowCount,columnCount');
  await context.sync();

  const result: RawTables = {};
  const jobs: Job[] = [];
  for (const [name, { worksheet, range, sheetName }] of sources) {
    const sheet = sheetName ?? worksheet.name;
    if (range.isNullObject) {
      result[name] = { sheet, firstRow: 1, firstColumn: 1, rows: [] };
      continue;
    }
    const job: Job = {
      worksheet,
      rowIndex: range.rowIndex,
      columnIndex: range.columnIndex,
      rowCount: range.rowCount,
      columnCount: range.columnCount,
      rows: new Array<RawCell[]>(range.rowCount),
      next: 0,
    };
    jobs.push(job);
    const table: RawTable = { sheet, firstRow: job.rowIndex + 1, firstColumn: job.columnIndex + 1, rows: job.rows };
    result[name] = table;
  }

  const total = jobs.reduce((sum, j) => sum + j.rowCount, 0);
  let read = 0;
  options.onProgress?.(0, total);
  let bytesPerCell = DEFAULT_BYTES_PER_CELL;
  while (jobs.some((j) => j.next < j.rowCount)) {
    const batch = queueChunks(jobs, bytesPerCell, budget);
    try {
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
      heaviest = Math.max(heaviest, payloadBytes(values) / (chunk.rows * chunk.job.columnCount));
      for (let i = 0; i < values.length; i++) chunk.job.rows[chunk.offset + i] = blanksToNull(values[i]);
      read += chunk.rows;
    }
    bytesPerCell = nextBytesPerCell(heaviest);
    options.onProgress?.(read, total);
  }
  return result;
}

/** Queues value loads for the next row blocks, as many as the budget holds (at least one). */
function queueChunks(jobs: Job[], bytesPerCell: number, budget: number): LoadedChunk[] {
  const batch: LoadedChunk[] = [];
  let left = budget;
  for (const job of jobs) {
    while (job.next < job.rowCount) {
      const rowBytes = job.columnCount * bytesPerCell;
      if (batch.length > 0 && left < rowBytes) return batch;
      const rows = Math.min(rowsPerChunk(job.columnCount, bytesPerCell, left), job.rowCount - job.next);
      const range = job.worksheet.getRangeByIndexes(job.rowIndex + job.next, job.columnIndex, rows, job.columnCount);
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
