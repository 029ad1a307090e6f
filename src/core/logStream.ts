/**
 * The indicators of a workbook whose log is too large to hold as cells (a sheet of a million
 * dossiers): the log's rows are read one at a time, checked as `parseInputs` checks them, and
 * counted for the period as they come (`PeriodTally`); only the overdue dossiers are kept. The
 * same figures and the same issues, in the same order, as `analyse` on the whole workbook.
 */

import { emptyPeriodWarning } from './engine';
import { PeriodTally } from './indicators';
import { parseInputsStreamed, type DossierSink, type InputsWithoutDossiers, type ParseOptions } from './inputs';
import type { SheetStream, StreamedWorkbook } from './sheetStream';
import { mergeFiller, tableRowReader, type LocatedTable, type TableRow } from './tableReader';
import { tablesFromSheets } from './tableRoles';
import type { CellArea, IndicatorResult, Issue, Period, Procedure, RawCell, RawTable } from './types';

export interface StreamedAnalysis {
  result: IndicatorResult;
  /** The workbook's issues, then the empty-period warning, as `reportDataFor` gives them. */
  issues: Issue[];
  inputs: InputsWithoutDossiers;
}

/** The merges of a sheet as its head (its first `rows` rows) holds them. */
function mergesWithin(merges: readonly CellArea[], rows: number): CellArea[] {
  return merges.filter((m) => m.top < rows).map((m) => ({ ...m, bottom: Math.min(m.bottom, rows - 1) }));
}

/** A large sheet read into memory, as the whole-workbook reader gives it; null when it holds Excel tables (which the streaming reader leaves out). */
async function wholeSheet(head: RawTable, stream: SheetStream): Promise<RawTable | null> {
  const rows: RawCell[][] = [];
  const end = await stream.rows((index, cells) => {
    rows[index] = cells;
  });
  if (end.hasTables) return null;
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  return { ...head, rows, merges: end.merges };
}

/**
 * The analysis of `book` (and the sheets of `extra` files, after its own) for `period`, its log
 * streamed. Null when streaming cannot serve: the log is not one of the book's large sheets, or
 * its sheet (or another large one the analysis needs) holds Excel tables, which may be the
 * input tables; the caller then reads the workbook whole.
 */
export async function analyseStreamed(book: StreamedWorkbook, extra: readonly RawTable[], period: Period, options: ParseOptions = {}): Promise<StreamedAnalysis | null> {
  const sheets = [...book.sheets, ...extra];
  const tables = tablesFromSheets(sheets);
  const log = tables.HoSo;
  const stream = log ? book.large.get(log) : undefined;
  if (!log || !stream) return null;
  // Another input table on a large sheet (a catalogue of tens of thousands of rows) is read whole.
  for (const [role, raw] of Object.entries(tables)) {
    const other = role === 'HoSo' || raw === undefined ? undefined : book.large.get(raw);
    if (!other) continue;
    const whole = await wholeSheet(raw!, other);
    if (!whole) return null;
    sheets[sheets.indexOf(raw!)] = whole;
  }

  // The sheet's merges are written after its rows: a first pass learns them; a sheet that has
  // any is read again with them, as `fillMerges` would fill the whole sheet.
  let merges: CellArea[] = [];
  for (let pass = 1; pass <= 2; pass++) {
    const head: RawTable = { ...log, merges: mergesWithin(merges, log.rows.length) };
    const input = sheets.map((s) => (s === log ? head : s));
    if (tablesFromSheets(input).HoSo !== head) return null;
    let tally: PeriodTally | null = null;
    // Every dossier read, in the period or not, and the first and last day one was received: the empty-period warning's.
    const read = { dossiers: 0, first: Infinity, last: -Infinity };
    let end = { merges: [] as CellArea[], hasTables: false };
    const known = merges;
    const readRows = async (table: LocatedTable, add: (r: TableRow) => void) => {
      const read = tableRowReader(table);
      const first = table.firstDataIndex;
      const take = (index: number, cells: RawCell[]) => {
        if (index < first) return;
        const row = read(index, cells);
        if (row) add(row);
      };
      if (known.length === 0) {
        end = await stream.rows(take);
        return;
      }
      const filler = mergeFiller(known);
      end = await stream.rows((index, cells) => {
        for (const [i, filled] of filler.row(index, cells)) take(i, filled);
      });
      for (const [i, filled] of filler.end()) take(i, filled);
    };
    const sinkFor = (catalogue: readonly Procedure[]): DossierSink => {
      const counting = (tally = new PeriodTally(catalogue, period));
      return {
        procedure: (p) => counting.addProcedure(p),
        dossier: (d) => {
          read.dossiers++;
          if (d.received < read.first) read.first = d.received;
          if (d.received > read.last) read.last = d.received;
          counting.add(d);
        },
      };
    };
    const inputs = await parseInputsStreamed(input, options, sinkFor, readRows);
    if (end.hasTables) return null;
    if (end.merges.length > 0 && known.length === 0) {
      merges = end.merges;
      continue;
    }
    const counted = tally as PeriodTally | null;
    const result = (counted ?? new PeriodTally(inputs.procedures, period)).result(inputs.unknownCounts, inputs.holidays);
    const issues = [...inputs.issues];
    if (counted && result.indicators.received === 0 && read.dossiers > 0) {
      issues.push(emptyPeriodWarning(inputs.dossierSheet ?? 'HoSo', read.first, read.last, period, options.language ?? 'vi'));
    }
    return { result, issues, inputs };
  }
  return null;
}
