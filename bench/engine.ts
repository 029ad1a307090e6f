/**
 * Engine alone: the dossiers already in memory as the engine holds them
 * (Dossier[], built directly from the generator, no workbook), then
 * computeIndicators for one quarter: indicators + byField + byProcedure, all
 * that form 06 needs.
 *
 * Also "engine from cells": the same log as raw cell values in memory (what the
 * ExcelJS reader hands over), through parseInputs (header matching, cell
 * parsing, validation, due dates from working days) and computeIndicators: the
 * fair counterpart of a spreadsheet that starts from cell values.
 */
import { dayFromDate } from '../src/core/days';
import { computeIndicators } from '../src/core/indicators';
import { parseInputs, RawTables } from '../src/core/inputs';
import { IndicatorResult, Inputs, Period, RawCell } from '../src/core/types';
import { benchDossiers, benchProcedures, dossierRows, HOSO_HEADER, hosoValues, PROCEDURES, TTHC_HEADER, tthcRow } from './dataset';
import { gc, median, now, secondsSince } from './measure';

export interface EngineTiming {
  rows: number;
  /** First call, before the JIT has seen the code. */
  coldSeconds: number;
  medianSeconds: number;
  minSeconds: number;
  runs: number;
  result: IndicatorResult;
}

/**
 * The counts the seeded log cannot give (no column for them, e.g. Văn bản xin lỗi): parseInputs
 * reports them unknown (null) when it reads the file, so the in-memory run is told the same.
 */
export function unknownCountsOfLog(): Inputs['unknownCounts'] {
  const row = hosoValues(dossierRows(1).next().value!);
  return parseInputs({ HoSo: { sheet: 'HoSo', firstRow: 1, firstColumn: 1, rows: [HOSO_HEADER, row] } }).unknownCounts;
}

export function timeEngine(n: number, period: Period, runs = 11): EngineTiming {
  const inputs = { procedures: benchProcedures(), dossiers: benchDossiers(n), unknownCounts: unknownCountsOfLog() };
  gc();
  let t0 = now();
  const result = computeIndicators(inputs, period);
  const coldSeconds = secondsSince(t0);
  computeIndicators(inputs, period);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    gc();
    t0 = now();
    computeIndicators(inputs, period);
    times.push(secondsSince(t0));
  }
  return { rows: n, coldSeconds, medianSeconds: median(times), minSeconds: Math.min(...times), runs, result };
}

/** The log as raw cells, the way readTablesFromFile returns it (dates as UTC-midnight Dates). */
export function rawTables(n: number): RawTables {
  const hoso: RawCell[][] = [HOSO_HEADER];
  for (const r of dossierRows(n)) hoso.push(hosoValues(r));
  return {
    TTHC: { sheet: 'TTHC', firstRow: 1, firstColumn: 1, rows: [TTHC_HEADER, ...PROCEDURES.map(tthcRow)] },
    HoSo: { sheet: 'HoSo', firstRow: 1, firstColumn: 1, rows: hoso },
  };
}

export interface ParseTiming {
  rows: number;
  medianSeconds: number;
  minSeconds: number;
  runs: number;
  issues: number;
  result: IndicatorResult;
}

export function timeEngineFromCells(n: number, period: Period, runs = 5): ParseTiming {
  const tables = rawTables(n);
  const today = dayFromDate(new Date());
  let result = computeIndicators(parseInputs(tables, { today }), period); // warm-up
  let issues = 0;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    gc();
    const t0 = now();
    const inputs = parseInputs(tables, { today });
    result = computeIndicators(inputs, period);
    times.push(secondsSince(t0));
    issues = inputs.issues.length;
  }
  return { rows: n, medianSeconds: median(times), minSeconds: Math.min(...times), runs, issues, result };
}
