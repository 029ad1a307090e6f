/**
 * Biểu số 06/VPCP/KSTT "Tình hình, kết quả giải quyết TTHC": dossiers received, resolved and
 * pending, by field (lĩnh vực) and by procedure, with a total row. A4 landscape; the
 * two-level header and the (1)…(13) numbering row repeat on every printed page.
 */

import type { IndicatorResult, ReportedCounts } from '../core/types';
import type { ReportContext } from './context';
import { pageSetup, signerTitleLines } from './frame';
import { NO_DATA, sumKnown, formatDate, placeAndDate, quarterShort, reportingQuarter, roman, upper } from './format';
import { FONT_NAME, SheetBuilder, columnLetter } from './layout';
import type { CellStyle, SheetModel } from './sheetModel';

/** The eleven count columns, (3) to (13), left to right. */
export const FORM06_COLUMNS: ReadonlyArray<{ label: string; value: (c: ReportedCounts) => number | null }> = [
  { label: 'Tổng số', value: (c) => c.received },
  { label: 'Mới tiếp nhận trực tuyến', value: (c) => c.newOnline },
  { label: 'Mới tiếp nhận trực tiếp, bưu chính', value: (c) => sumKnown(c.newDirect, c.newPostal) },
  { label: 'Kỳ trước chuyển qua', value: (c) => c.carriedOver },
  { label: 'Tổng số', value: (c) => c.resolved },
  { label: 'Trước hạn', value: (c) => c.resolvedEarly },
  { label: 'Đúng hạn', value: (c) => c.resolvedOnTime },
  { label: 'Quá hạn', value: (c) => c.resolvedLate },
  { label: 'Tổng số', value: (c) => c.pending },
  { label: 'Trong hạn', value: (c) => c.pendingInTime },
  { label: 'Quá hạn', value: (c) => c.pendingOverdue },
];

/** Column groups of the header's first level: label and the count columns (0-based) it spans. */
const GROUPS: ReadonlyArray<{ label: string; first: number; last: number }> = [
  { label: 'Số hồ sơ nhận giải quyết', first: 0, last: 3 },
  { label: 'Số hồ sơ đã giải quyết', first: 4, last: 7 },
  { label: 'Số hồ sơ đang giải quyết', first: 8, last: 10 },
];

export interface Form06Row {
  kind: 'field' | 'procedure';
  /** `I`, `II` for fields; `1`, `2` for the procedures of a field. */
  number: string;
  label: string;
  /** Null where the log lacks the column the count needs (printed "—", explained under the table). */
  counts: (number | null)[];
}

/** Printed in a cell whose count is unknown. */
const UNKNOWN_MARK = '—';

const NO_DOSSIERS: ReportedCounts = {
  received: 0, newReceived: 0, newOnline: 0, newDirect: 0, newPostal: 0, carriedOver: 0,
  resolved: 0, resolvedEarly: 0, resolvedOnTime: 0, resolvedLate: 0, pending: 0, pendingInTime: 0,
  pendingOverdue: 0, dossiersDigitised: 0, resultsIssued: 0, resultsDigitised: 0,
  electronicResults: 0, reusedDigitisedData: 0, usedPopulationData: 0, paidOnline: 0,
};

const countsOf = (c: ReportedCounts): (number | null)[] => FORM06_COLUMNS.map((column) => column.value(c));

/**
 * The table's rows: each field (in catalogue order, then fields only seen in dossiers) followed
 * by its procedures in force and any other procedure that had dossiers in the period.
 */
export function form06Rows(result: IndicatorResult): Form06Row[] {
  const fields: string[] = [];
  for (const p of result.procedures) if (!fields.includes(p.field)) fields.push(p.field);
  for (const field of Object.keys(result.byField).sort((a, b) => a.localeCompare(b, 'vi'))) {
    if (!fields.includes(field)) fields.push(field);
  }
  const inForce = new Set(result.procedures.map((p) => p.code));
  const rows: Form06Row[] = [];
  fields.forEach((field, f) => {
    rows.push({ kind: 'field', number: roman(f + 1), label: field, counts: countsOf(result.byField[field] ?? NO_DOSSIERS) });
    const procedures = [
      ...result.procedures.filter((p) => p.field === field).map((p) => ({ code: p.code, name: p.name })),
      ...Object.entries(result.byProcedure)
        .filter(([code, b]) => b.field === field && !inForce.has(code))
        .map(([code, b]) => ({ code, name: b.name })),
    ];
    procedures.forEach((p, i) => {
      rows.push({ kind: 'procedure', number: String(i + 1), label: p.name, counts: countsOf(result.byProcedure[p.code] ?? NO_DOSSIERS) });
    });
  });
  return rows;
}

/** STT, procedure name, then eleven counts: 5 + 45 + 11 × 7.5 units ≈ 245 mm of the 252 mm line. */
const WIDTHS = [5, 45, ...Array<number>(FORM06_COLUMNS.length).fill(7.5)];
const LAST = WIDTHS.length;
const TABLE_SIZE = 11;

const BOX: CellStyle = { border: { top: 'thin', bottom: 'thin', left: 'thin', right: 'thin' }, wrap: true, vertical: 'middle' };
const HEAD: CellStyle = { ...BOX, bold: true, horizontal: 'center' };
const CAPTION = 13;
const CENTER: CellStyle = { horizontal: 'center', vertical: 'top', wrap: true };

function periodLine(ctx: ReportContext): string {
  const { period } = ctx.result;
  const range = `từ ngày ${formatDate(period.from)} đến ngày ${formatDate(period.to)}`;
  return /^\d{4}-Q[1-4]$/.test(period.label ?? '')
    ? `Kỳ báo cáo: ${quarterShort(reportingQuarter(period))} (${range})`
    : `Kỳ báo cáo: ${range.charAt(0).toUpperCase()}${range.slice(1)}`;
}

export function renderForm06(ctx: ReportContext, sheetName: string): SheetModel {
  const b = new SheetBuilder(WIDTHS, { fontName: FONT_NAME, fontSize: TABLE_SIZE, vertical: 'top' });
  const { info } = ctx;

  const agencyLines = info.parentAgency.trim() ? [info.parentAgency, info.agency] : [info.agency];
  agencyLines.forEach((text, i) => {
    const isAgency = i === agencyLines.length - 1;
    b.put(i + 1, 1, 2, upper(text.trim()), { ...CENTER, fontSize: CAPTION, bold: isAgency, underline: isAgency });
  });
  b.put(1, LAST - 3, LAST, 'Biểu số 06/VPCP/KSTT', { ...CENTER, wrap: false, fontSize: CAPTION, bold: true });
  b.row = agencyLines.length + 1;
  b.space(10);
  b.line('TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH', { ...CENTER, bold: true, fontSize: 14 });
  b.line(`TẠI ${upper(info.agency.trim())}`, { ...CENTER, bold: true, fontSize: 14 });
  b.line(periodLine(ctx), { ...CENTER, italic: true, fontSize: CAPTION });
  b.line('Đơn vị tính: Số hồ sơ TTHC', { horizontal: 'right', italic: true, fontSize: 12 });

  const head1 = b.row;
  const head2 = head1 + 1;
  const numbering = head1 + 2;
  b.put(head1, 1, 1, 'STT', HEAD, { bottom: head2 });
  b.put(head1, 2, 2, 'Lĩnh vực, thủ tục hành chính', HEAD, { bottom: head2 });
  for (const group of GROUPS) b.put(head1, group.first + 3, group.last + 3, group.label, HEAD);
  FORM06_COLUMNS.forEach((column, i) => b.put(head2, i + 3, i + 3, column.label, HEAD));
  for (let col = 1; col <= LAST; col += 1) b.put(numbering, col, col, `(${col})`, { ...BOX, italic: true, horizontal: 'center' });
  b.row = numbering + 1;

  const rows = form06Rows(ctx.result);
  const fieldRows: number[] = [];
  for (const row of rows) {
    const at = b.row;
    const bold = row.kind === 'field';
    if (bold) {
      fieldRows.push(at);
      b.keepWithNext(at);
    }
    b.put(at, 1, 1, row.number, { ...BOX, bold, horizontal: 'center' });
    b.put(at, 2, 2, row.label, { ...BOX, bold, horizontal: 'left' });
    row.counts.forEach((n, i) => b.put(at, i + 3, i + 3, n ?? UNKNOWN_MARK, { ...BOX, bold, horizontal: 'center' }));
    b.row += 1;
  }

  const total = b.row;
  const fieldCounts = rows.filter((r) => r.kind === 'field').map((r) => r.counts);
  b.put(total, 1, 2, 'Tổng cộng', { ...BOX, bold: true, horizontal: 'center' });
  FORM06_COLUMNS.forEach((_, i) => {
    const col = i + 3;
    const letter = columnLetter(col);
    const sum = sumKnown(...fieldCounts.map((counts) => counts[i]));
    const formula = fieldRows.length > 0 && sum !== null ? `SUM(${fieldRows.map((r) => `${letter}${r}`).join(',')})` : undefined;
    b.put(total, col, col, sum ?? UNKNOWN_MARK, { ...BOX, bold: true, horizontal: 'center' }, formula ? { formula } : {});
  });
  b.row = total + 1;
  if (rows.some((r) => r.counts.includes(null))) {
    b.put(b.row, 1, LAST, `(${UNKNOWN_MARK}) ${NO_DATA}: sổ theo dõi hồ sơ không có cột cần cho số liệu này (ví dụ Kênh tiếp nhận).`, { italic: true, fontSize: CAPTION, horizontal: 'left' });
    b.row += 1;
  }

  b.space(10);
  const signature: [number, number] = [LAST - 6, LAST];
  const top = b.row;
  b.put(top, signature[0], signature[1], placeAndDate(info.place, ctx.issueDate), { ...CENTER, italic: true, fontSize: CAPTION });
  const titles = signerTitleLines(info);
  titles.forEach((title, i) => b.put(top + 1 + i, signature[0], signature[1], title, { ...CENTER, bold: true, fontSize: CAPTION }));
  const nameRow = top + 1 + titles.length + 4;
  b.put(nameRow, signature[0], signature[1], info.signerName.trim(), { ...CENTER, bold: true, fontSize: CAPTION });
  b.row = nameRow + 1;
  b.keepTogether(total, nameRow);

  return b.build(sheetName, pageSetup('landscape', b.row - 1, LAST, `${head1}:${numbering}`), { name: FONT_NAME, size: TABLE_SIZE });
}
