/**
 * "Danh sách hồ sơ quá hạn": every dossier form 06 counts as resolved late (column 10) or pending
 * overdue (column 13) in the period, with its cause, its apology letter (Nghị định 118/2025
 * Art. 19.6) and its extension. Grouped by field (lĩnh vực) as form 06 is: each field in bold
 * with a Roman number, then its dossiers, procedure by procedure in catalogue order, oldest
 * first. A4 landscape, with the header block of form 06. The official number and columns of an
 * overdue-causes form are not confirmed (DOMAIN-2026 §6): no code line is printed.
 *
 * The rows are `IndicatorResult.overdueDossiers` (`src/core/overdue.ts`), picked in the loop
 * that counts form 06, so their number is resolvedLate + pendingOverdue.
 */

import type { OverdueDossier } from '../core/overdue';
import type { IndicatorResult } from '../core/types';
import type { ReportContext } from './context';
import { NO_DATA, count, dataPeriodLine, formatDate, roman, sumKnown, upper } from './format';
import { formHeading, pageSetup, TABLE_STYLES, tableSignature } from './frame';
import { FONT_NAME, SheetBuilder } from './layout';
import type { CellStyle, SheetModel } from './sheetModel';

/** The table's columns, (1) to (10), with their widths (Excel units): 134 units ≈ 248 mm of the 252 mm line. */
export const OVERDUE_COLUMNS: ReadonlyArray<{ label: string; width: number }> = [
  { label: 'STT', width: 5 },
  { label: 'Lĩnh vực, thủ tục hành chính', width: 25 },
  { label: 'Mã hồ sơ', width: 18 },
  { label: 'Ngày tiếp nhận', width: 11 },
  { label: 'Hạn giải quyết', width: 11 },
  { label: 'Ngày có kết quả', width: 11 },
  { label: 'Số ngày làm việc quá hạn', width: 10 },
  { label: 'Nguyên nhân quá hạn', width: 22 },
  { label: 'Văn bản xin lỗi', width: 10 },
  { label: 'Gia hạn (hạn trả mới)', width: 11 },
];

/** Printed for a dossier still being processed at the period's end. */
export const PENDING_TEXT = 'Đang giải quyết';

export interface OverdueListRow {
  kind: 'field' | 'dossier';
  /** `I`, `II` for fields; `1`, `2` for the dossiers of a field. */
  number: string;
  /** The field, or the dossier's procedure name. */
  label: string;
  /** The dossier of a `dossier` row. */
  entry?: OverdueDossier;
}

/** Có / Không, or "không có dữ liệu" when the log has no such column (or the cell was unreadable). */
export function apologyText(letter: boolean | null): string {
  return letter === null ? NO_DATA : letter ? 'Có' : 'Không';
}

/**
 * The rows: fields in catalogue order, then fields only seen in the dossiers (alphabetical);
 * within a field, procedures in catalogue order (others by name), each procedure's dossiers by
 * date received, then by ID. Null when the result carries no list (written out by hand).
 */
export function overdueListRows(result: IndicatorResult): OverdueListRow[] | null {
  const entries = result.overdueDossiers ?? (result.indicators.resolvedLate + result.indicators.pendingOverdue === 0 ? [] : null);
  if (entries === null) return null;
  const fields: string[] = [];
  for (const p of result.procedures) if (!fields.includes(p.field)) fields.push(p.field);
  const others = [...new Set(entries.map((e) => e.field).filter((f) => !fields.includes(f)))].sort((a, b) => a.localeCompare(b, 'vi'));
  fields.push(...others);
  const order = new Map(result.procedures.map((p, i) => [p.code, i]));
  const rank = (e: OverdueDossier) => order.get(e.procedureCode) ?? result.procedures.length;
  const compare = (a: OverdueDossier, b: OverdueDossier) =>
    rank(a) - rank(b) ||
    (rank(a) === result.procedures.length ? a.procedureName.localeCompare(b.procedureName, 'vi') : 0) ||
    a.dossier.received - b.dossier.received ||
    a.dossier.id.localeCompare(b.dossier.id, 'vi', { numeric: true });
  const rows: OverdueListRow[] = [];
  let f = 0;
  for (const field of fields) {
    const inField = entries.filter((e) => e.field === field).sort(compare);
    if (inField.length === 0) continue;
    f += 1;
    rows.push({ kind: 'field', number: roman(f), label: field });
    inField.forEach((entry, i) => rows.push({ kind: 'dossier', number: String(i + 1), label: entry.procedureName, entry }));
  }
  return rows;
}

/** The cells of a dossier row, (2) to (10). The ID stays text, whatever it looks like. */
export function dossierCells(entry: OverdueDossier): (string | number)[] {
  const d = entry.dossier;
  return [
    entry.procedureName,
    String(d.id),
    formatDate(d.received),
    formatDate(d.due),
    entry.status === 'resolvedLate' && d.completed !== null ? formatDate(d.completed) : PENDING_TEXT,
    entry.workingDaysOverdue,
    d.overdueCause.trim(),
    apologyText(d.apologyLetter),
    d.extendedDue === null ? '' : formatDate(d.extendedDue),
  ];
}

/** The line under the table: how many, of which form 06 column, and the apology letters. */
export function overdueSummary(result: IndicatorResult): string {
  const i = result.indicators;
  const late = i.resolvedLate + i.pendingOverdue;
  const withLetter = sumKnown(i.resolvedLateWithApology ?? null, i.pendingOverdueWithApology ?? null);
  const without = sumKnown(i.resolvedLateWithoutApology ?? null, i.pendingOverdueWithoutApology ?? null);
  const letters = withLetter === null || without === null
    ? `văn bản xin lỗi: ${NO_DATA}`
    : `có văn bản xin lỗi: ${count(withLetter)}, chưa có: ${count(without)}`;
  return (
    `Tổng cộng: ${count(late)} hồ sơ quá hạn, gồm đã giải quyết quá hạn: ${count(i.resolvedLate)}, ` +
    `đang giải quyết quá hạn: ${count(i.pendingOverdue)}; ${letters}.`
  );
}

const WIDTHS = OVERDUE_COLUMNS.map((c) => c.width);
const LAST = WIDTHS.length;
const { size: TABLE_SIZE, caption: CAPTION, box: BOX, head: HEAD, center: CENTER, note: NOTE } = TABLE_STYLES;
/** Alignment of columns (2) to (10). */
const ALIGN: CellStyle['horizontal'][] = ['left', 'left', 'center', 'center', 'center', 'center', 'left', 'center', 'center'];

export function renderOverdueList(ctx: ReportContext, sheetName: string): SheetModel {
  const b = new SheetBuilder(WIDTHS, { fontName: FONT_NAME, fontSize: TABLE_SIZE, vertical: 'top' });
  const { info, result } = ctx;

  formHeading(b, info, [1, 3]);
  b.space(10);
  b.line('DANH SÁCH HỒ SƠ THỦ TỤC HÀNH CHÍNH QUÁ HẠN VÀ NGUYÊN NHÂN', { ...CENTER, bold: true, fontSize: 14 });
  b.line(`TẠI ${upper(info.agency.trim())}`, { ...CENTER, bold: true, fontSize: 14 });
  b.line(dataPeriodLine(result.period, ctx.issueDate), { ...CENTER, italic: true, fontSize: CAPTION });

  const table = b.startTable();
  const head = b.row;
  const numbering = head + 1;
  OVERDUE_COLUMNS.forEach((column, i) => b.put(head, i + 1, i + 1, column.label, HEAD));
  for (let col = 1; col <= LAST; col += 1) b.put(numbering, col, col, `(${col})`, { ...BOX, italic: true, horizontal: 'center' });
  b.row = numbering + 1;

  const rows = overdueListRows(result);
  if (rows === null) {
    b.put(b.row, 1, LAST, `Không có dữ liệu từng hồ sơ (${NO_DATA}).`, { ...BOX, italic: true, horizontal: 'center' });
    b.row += 1;
  } else if (rows.length === 0) {
    b.put(b.row, 1, LAST, 'Không có hồ sơ quá hạn trong kỳ báo cáo.', { ...BOX, italic: true, horizontal: 'center' });
    b.row += 1;
  }
  for (const row of rows ?? []) {
    const at = b.row;
    if (row.kind === 'field') {
      b.keepWithNext(at);
      b.put(at, 1, 1, row.number, { ...BOX, bold: true, horizontal: 'center' });
      b.put(at, 2, LAST, row.label, { ...BOX, bold: true, horizontal: 'left' });
    } else {
      b.put(at, 1, 1, row.number, { ...BOX, horizontal: 'center' });
      dossierCells(row.entry!).forEach((value, i) => b.put(at, i + 2, i + 2, value, { ...BOX, horizontal: ALIGN[i] }));
    }
    b.row += 1;
  }

  const summary = b.row;
  b.put(summary, 1, LAST, overdueSummary(result), { ...BOX, bold: true, horizontal: 'left' });
  b.row += 1;
  b.endTable(table, { headerRows: 2 });
  b.line(
    `(7): số ngày làm việc sau hạn giải quyết, đến ngày có kết quả hoặc, với hồ sơ đang giải quyết, đến ngày ${formatDate(result.period.to)} ` +
      `(không tính thứ Bảy, Chủ nhật, ngày nghỉ lễ, Tết và ngày nghỉ ghi trong trang NgayNghi). (10): hạn trả mới khi hồ sơ được gia hạn.`,
    NOTE,
  );

  b.space(10);
  const nameRow = tableSignature(b, info, ctx.issueDate, [LAST - 3, LAST], { ...CENTER, fontSize: CAPTION });
  b.keepTogether(summary, nameRow);

  return b.build(sheetName, pageSetup('landscape', b.row - 1, LAST, `${head}:${numbering}`), { name: FONT_NAME, size: TABLE_SIZE });
}
