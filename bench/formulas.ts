/**
 * The formulas a staff member would write for the form-06 counts, and the two
 * spreadsheet engines that compute them: LibreOffice (headless, recalculating on
 * load) and HyperFormula.
 *
 * The workbook is the dossier log plus what staff add to it:
 * - two helper columns on HoSo: N `Hạn tính` (the due date, or WORKDAY() from the
 *   procedure's processing days when it is blank) and O `Kết quả giải quyết`
 *   (Trước hạn / Đúng hạn / Quá hạn; withdrawn, rejected and stopped count as on time);
 * - a `NgayLe` sheet listing the statutory days off for WORKDAY();
 * - a `Formulas` sheet: per procedure, COUNTIFS over HoSo for each form-06 count
 *   (received, new by channel, carried over, resolved early / on time / late,
 *   pending in time / overdue), per field SUMIF over the procedure rows, and a total.
 */
import ExcelJS from 'exceljs';
import { dateFromDay, excelSerialFromDay } from '../src/core/days';
import { FLOW_COUNT_KEYS } from '../src/core/flowCounts';
import { DossierCounts, IndicatorResult, Period, ReportedCounts } from '../src/core/types';
import {
  addHosoSheet,
  addTthcSheet,
  dataFile,
  DEFAULT_SEED,
  dossierRows,
  END_STATUS_TEXT,
  FIELDS,
  holidayDays,
  HOSO_HEADER,
  hosoSerials,
  PROCEDURES,
  TTHC_HEADER,
  tthcRow,
  writeOnce,
  CHANNEL_TEXT,
} from './dataset';

/** A cell of the formula workbook, before it is handed to ExcelJS or HyperFormula. */
export type Cell = string | number | null | { f: string } | { date: number };

/** The form-06 counts, in the column order of the Formulas sheet (from column C). */
export const FORMULA_KEYS: readonly (keyof DossierCounts)[] = FLOW_COUNT_KEYS;

const HEADER_LABELS = [
  'Mã TTHC / Lĩnh vực',
  'Lĩnh vực',
  'Tiếp nhận',
  'Mới tiếp nhận',
  'Trực tuyến',
  'Trực tiếp',
  'Bưu chính',
  'Kỳ trước chuyển qua',
  'Đã giải quyết',
  'Trước hạn',
  'Đúng hạn',
  'Quá hạn',
  'Đang giải quyết',
  'Trong hạn',
  'Quá hạn',
];

export const FIRST_PROCEDURE_ROW = 5;
export const FIRST_FIELD_ROW = FIRST_PROCEDURE_ROW + PROCEDURES.length + 1;
export const TOTAL_ROW = FIRST_FIELD_ROW + FIELDS.length;

const col = (i: number) => String.fromCharCode(65 + i); // A..O: enough for this sheet

/** Where each figure sits on the Formulas sheet: [row, column index], 1-based row, 0-based column. */
export function formulaSheetLayout(): { procedures: Map<string, number>; fields: Map<string, number>; total: number } {
  return {
    procedures: new Map(PROCEDURES.map((p, i) => [p.code, FIRST_PROCEDURE_ROW + i])),
    fields: new Map(FIELDS.map((f, i) => [f, FIRST_FIELD_ROW + i])),
    total: TOTAL_ROW,
  };
}

/** The Formulas sheet for a log of n rows (data in HoSo rows 2..n+1). */
export function formulaSheet(n: number, period: Period): Cell[][] {
  const last = n + 1;
  const r = (c: string) => `HoSo!$${c}$2:$${c}$${last}`;
  const [code, recv, done, channel, due, outcome] = [r('B'), r('C'), r('E'), r('F'), r('N'), r('O')];
  const FROM = '$B$1';
  const TO = '$B$2';
  const rows: Cell[][] = [
    ['Từ ngày', { date: period.from }],
    ['Đến ngày', { date: period.to }],
    [],
    HEADER_LABELS,
  ];
  PROCEDURES.forEach((p, i) => {
    const row = FIRST_PROCEDURE_ROW + i;
    const a = `$A${row}`;
    const isNew = `${code},${a},${recv},">="&${FROM},${recv},"<="&${TO}`;
    const resolved = `${code},${a},${done},">="&${FROM},${done},"<="&${TO}`;
    const byEnd = `${code},${a},${recv},"<="&${TO},${due},">="&${TO}`;
    const cells: Record<keyof DossierCounts, string> = {} as Record<keyof DossierCounts, string>;
    cells.newReceived = `COUNTIFS(${isNew})`;
    cells.newOnline = `COUNTIFS(${isNew},${channel},"${CHANNEL_TEXT.online}")`;
    cells.newPostal = `COUNTIFS(${isNew},${channel},"${CHANNEL_TEXT.postal}")`;
    cells.newDirect = `D${row}-E${row}-G${row}`;
    cells.carriedOver = `COUNTIFS(${code},${a},${recv},"<"&${FROM})-COUNTIFS(${code},${a},${recv},"<"&${FROM},${done},"<"&${FROM})`;
    cells.received = `D${row}+H${row}`;
    cells.resolved = `COUNTIFS(${resolved})`;
    cells.resolvedEarly = `COUNTIFS(${resolved},${outcome},"Trước hạn")`;
    cells.resolvedOnTime = `COUNTIFS(${resolved},${outcome},"Đúng hạn")`;
    cells.resolvedLate = `COUNTIFS(${resolved},${outcome},"Quá hạn")`;
    cells.pending = `C${row}-I${row}`;
    cells.pendingInTime = `COUNTIFS(${byEnd})-COUNTIFS(${byEnd},${done},"<="&${TO})`;
    cells.pendingOverdue = `M${row}-N${row}`;
    rows.push([p.code, p.field, ...FORMULA_KEYS.map((k) => ({ f: cells[k as keyof DossierCounts] }))]);
  });
  rows.push([]);
  const p0 = FIRST_PROCEDURE_ROW;
  const p1 = FIRST_PROCEDURE_ROW + PROCEDURES.length - 1;
  FIELDS.forEach((field, i) => {
    const row = FIRST_FIELD_ROW + i;
    rows.push([field, null, ...FORMULA_KEYS.map((_, k) => ({ f: `SUMIF($B$${p0}:$B$${p1},$A${row},${col(2 + k)}$${p0}:${col(2 + k)}$${p1})` }))]);
  });
  rows.push(['Tổng cộng', null, ...FORMULA_KEYS.map((_, k) => ({ f: `SUM(${col(2 + k)}${FIRST_FIELD_ROW}:${col(2 + k)}${TOTAL_ROW - 1})` }))]);
  return rows;
}

export const HELPER_HEADER = ['Hạn tính', 'Kết quả giải quyết'];

/** The two helper formulas of HoSo row `r`, given the number of holidays listed on NgayLe. */
export function helperFormulas(r: number, holidays: number): [string, string] {
  const ends = Object.values(END_STATUS_TEXT)
    .map((s) => `G${r}="${s}"`)
    .join(',');
  return [
    `IF(D${r}="",WORKDAY(C${r},VLOOKUP(B${r},TTHC!$A$2:$J$${PROCEDURES.length + 1},10,0),NgayLe!$A$2:$A$${holidays + 1}),D${r})`,
    `IF(E${r}="","",IF(OR(${ends}),"Đúng hạn",IF(E${r}<N${r},"Trước hạn",IF(E${r}=N${r},"Đúng hạn","Quá hạn"))))`,
  ];
}

export function formulaCount(n: number): { sheet: number; helpers: number } {
  return { sheet: PROCEDURES.length * FORMULA_KEYS.length + (FIELDS.length + 1) * FORMULA_KEYS.length, helpers: 2 * n };
}

/**
 * bench/data/formulas-N-….xlsx: Formulas (first sheet, so a CSV export writes
 * just it), TTHC, HoSo with the helper columns, NgayLe. Formula cells carry a
 * cached result of 0, as a workbook saved by Excel carries one: LibreOffice set
 * to never recalculate then only loads them.
 */
export async function ensureFormulaFile(n: number, period: Period, seed = DEFAULT_SEED) {
  const holidays = holidayDays();
  return writeOnce(dataFile('formulas', n, seed).replace('.xlsx', `-${period.label}.xlsx`), async (temp) => {
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: temp, useSharedStrings: true, useStyles: true });
    const fs = wb.addWorksheet('Formulas');
    for (const cells of formulaSheet(n, period)) {
      const row = fs.addRow(
        cells.map((c) =>
          c !== null && typeof c === 'object' ? ('f' in c ? { formula: c.f, result: 0 } : dateFromDay(c.date)) : c,
        ) as ExcelJS.CellValue[],
      );
      cells.forEach((c, i) => {
        if (c !== null && typeof c === 'object' && 'date' in c) row.getCell(i + 1).numFmt = 'dd/mm/yyyy';
      });
      row.commit();
    }
    fs.commit();
    addTthcSheet(wb);
    addHosoSheet(wb, n, seed, {
      header: HELPER_HEADER,
      cells: (r) => {
        const [due, outcome] = helperFormulas(r, holidays.length);
        return [
          { formula: due, result: 0 },
          { formula: outcome, result: '' },
        ] as ExcelJS.CellValue[];
      },
    });
    const ws = wb.addWorksheet('NgayLe');
    ws.addRow(['Ngày nghỉ']).commit();
    for (const d of holidays) {
      const row = ws.addRow([dateFromDay(d)]);
      row.getCell(1).numFmt = 'dd/mm/yyyy';
      row.commit();
    }
    ws.commit();
    await wb.commit();
  });
}

/** The same workbook as HyperFormula sheets (dates as serial numbers, formulas as `=…` text). */
export function hyperFormulaSheets(n: number, period: Period, seed = DEFAULT_SEED): Record<string, (string | number | null)[][]> {
  const holidays = holidayDays();
  const toHf = (c: Cell): string | number | null => (c !== null && typeof c === 'object' ? ('f' in c ? `=${c.f}` : excelSerialFromDay(c.date)) : c);
  const hoso: (string | number | null)[][] = [[...HOSO_HEADER, ...HELPER_HEADER]];
  let r = 2;
  for (const row of dossierRows(n, seed)) {
    const [due, outcome] = helperFormulas(r++, holidays.length);
    hoso.push([...hosoSerials(row), `=${due}`, `=${outcome}`]);
  }
  return {
    Formulas: formulaSheet(n, period).map((row) => row.map(toHf)),
    TTHC: [TTHC_HEADER, ...PROCEDURES.map(tthcRow)],
    HoSo: hoso,
    NgayLe: [['Ngày nghỉ'], ...holidays.map((d) => [excelSerialFromDay(d)])],
  };
}

/** Compares the Formulas sheet's values with the engine's figures; returns the differences (empty when they agree). */
export function compareWithEngine(values: unknown[][], result: IndicatorResult): string[] {
  const layout = formulaSheetLayout();
  const diffs: string[] = [];
  const check = (label: string, row: number, counts: ReportedCounts | undefined) => {
    FORMULA_KEYS.forEach((k, i) => {
      const got = Number(values[row - 1]?.[2 + i]);
      const want = counts?.[k] ?? 0;
      if (got !== want) diffs.push(`${label} ${k}: formulas ${String(values[row - 1]?.[2 + i])}, engine ${want}`);
    });
  };
  for (const [code, row] of layout.procedures) check(code, row, result.byProcedure[code]);
  for (const [field, row] of layout.fields) check(field, row, result.byField[field]);
  check('total', layout.total, result.indicators);
  return diffs;
}

/** A CSV as LibreOffice writes it (comma, double quotes), for comparing. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    }
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}
