/**
 * Biểu số 06/VPCP/KSTT "Tình hình, kết quả giải quyết TTHC": dossiers received, resolved and
 * pending, by field (lĩnh vực) and by procedure, with a total row. A4 landscape; the
 * two-level header and the (1)…(13) numbering row repeat on every printed page.
 *
 * The same 13 columns in both legal regimes; the code line at the top right is `ThongTin`'s
 * (`formCodeLine`) or the regime's default. Where the catalogue has procedures of both levels
 * (tỉnh and xã), the rows are grouped by level first ("Cấp tỉnh", "Cấp xã").
 */

import { emptyCounts } from '../core/indicators';
import { REGIME_2025, periodWarnings, regimeFor, straddleNote } from '../core/legalRegimes';
import { namedPeriod, periodShort, provisionalPhrase } from '../core/periodNames';
import { columnLetter } from '../core/text';
import type { GovernmentLevel, IndicatorResult, ReportedCounts } from '../core/types';
import type { ReportContext, ReportModel } from './context';
import { formCodeLineOf } from './context';
import { formHeading, pageSetup, resultsHeader, TABLE_STYLES, tableSignature } from './frame';
import { NO_DATA, sumKnown, formatDate, roman, upper } from './format';
import { FONT_NAME, SheetBuilder } from './layout';

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

export interface Form06Row {
  kind: 'level' | 'field' | 'procedure';
  /** `A`, `B` for levels; `I`, `II` for fields; `1`, `2` for the procedures of a field. */
  number: string;
  label: string;
  /** Null where the log lacks the column the count needs (printed "—", explained under the table). */
  counts: (number | null)[];
}

/** Printed in a cell whose count is unknown. */
const UNKNOWN_MARK = '—';

const countsOf = (c: ReportedCounts): (number | null)[] => FORM06_COLUMNS.map((column) => column.value(c));

/** Column `i` summed over `rows`, unknown where any part is; a loop, so any number of rows (no spread into a call). */
function sumColumn(rows: readonly (readonly (number | null)[])[], i: number): number | null {
  let sum = 0;
  for (const counts of rows) {
    const value = counts[i];
    if (value === null) return null;
    sum += value;
  }
  return sum;
}

/** Column by column sums, unknown where any part is. */
const sumRows = (rows: (number | null)[][]): (number | null)[] => FORM06_COLUMNS.map((_, i) => sumColumn(rows, i));

/** Excel takes at most 255 arguments in a function call and 8,192 characters in a formula. */
const MAX_FUNCTION_ARGUMENTS = 255;
const MAX_FORMULA_LENGTH = 8_192;

/**
 * The total row's formula for the column `letter` over the rows `rows` (ascending): runs of
 * consecutive rows as one range (`SUM(C10:C12,C20)`), and past Excel's 255 arguments, sums of
 * at most 255 nested as deep as needed (`SUM(SUM(C10,…,C900),SUM(C905,…))`). Undefined when
 * that is still longer than Excel lets a formula be (over about 1,100 scattered rows): the
 * total is then written as its value only.
 */
export function totalFormula(letter: string, rows: readonly number[]): string | undefined {
  if (rows.length === 0) return undefined;
  let args: string[] = [];
  let first = rows[0];
  for (let i = 1; i <= rows.length; i += 1) {
    if (i < rows.length && rows[i] === rows[i - 1] + 1) continue;
    const last = rows[i - 1];
    args.push(first === last ? `${letter}${first}` : `${letter}${first}:${letter}${last}`);
    first = rows[i];
  }
  while (args.length > MAX_FUNCTION_ARGUMENTS) {
    const nested: string[] = [];
    for (let i = 0; i < args.length; i += MAX_FUNCTION_ARGUMENTS) nested.push(`SUM(${args.slice(i, i + MAX_FUNCTION_ARGUMENTS).join(',')})`);
    args = nested;
  }
  const formula = `SUM(${args.join(',')})`;
  return formula.length + 1 <= MAX_FORMULA_LENGTH ? formula : undefined; // + 1 for the "="
}

/** The levels form 06 groups by, in print order; procedures of no known level come last. */
const LEVELS: readonly GovernmentLevel[] = ['province', 'commune'];
/** The group of procedures whose level the catalogue does not give, when the rows are grouped. */
export const UNKNOWN_LEVEL_LABEL = 'Chưa xác định cấp thực hiện';

interface Listed {
  code: string;
  name: string;
  field: string;
  level: GovernmentLevel | null;
}

/** Procedures in force, then any other procedure that had dossiers in the period (level unknown). */
function listedProcedures(result: IndicatorResult): Listed[] {
  const inForce = new Set(result.procedures.map((p) => p.code));
  return [
    ...result.procedures.map((p) => ({ code: p.code, name: p.name, field: p.field, level: p.level ?? null })),
    ...Object.entries(result.byProcedure)
      .filter(([code]) => !inForce.has(code))
      .map(([code, b]) => ({ code, name: b.name, field: b.field, level: null })),
  ];
}

/** Fields in catalogue order, then fields only seen in dossiers (alphabetical). */
function fieldOrder(result: IndicatorResult): string[] {
  const fields: string[] = [];
  for (const p of result.procedures) if (!fields.includes(p.field)) fields.push(p.field);
  for (const field of Object.keys(result.byField).sort((a, b) => a.localeCompare(b, 'vi'))) {
    if (!fields.includes(field)) fields.push(field);
  }
  return fields;
}

/** True when the catalogue has procedures of both levels, so form 06 groups its rows by level. */
export function groupsByLevel(result: IndicatorResult): boolean {
  const levels = new Set(result.procedures.map((p) => p.level ?? null));
  return LEVELS.every((level) => levels.has(level));
}

/**
 * The table's rows: each field (in catalogue order, then fields only seen in dossiers) followed
 * by its procedures in force and any other procedure that had dossiers in the period. Where
 * procedures of both levels appear, each level ("Cấp tỉnh", "Cấp xã", then any procedure of no
 * known level) comes first with its own fields; its counts are the sums of its procedures.
 */
export function form06Rows(result: IndicatorResult, levelLabels: Record<GovernmentLevel, string> = REGIME_2025.levelLabels): Form06Row[] {
  const fields = fieldOrder(result);
  const listed = listedProcedures(result);
  // A procedure or field with no dossiers in the period counts core's empty counts.
  const procedureCounts = (p: Listed): (number | null)[] => countsOf(result.byProcedure[p.code] ?? emptyCounts());
  if (!groupsByLevel(result)) {
    const rows: Form06Row[] = [];
    fields.forEach((field, f) => {
      rows.push({ kind: 'field', number: roman(f + 1), label: field, counts: countsOf(result.byField[field] ?? emptyCounts()) });
      listed
        .filter((p) => p.field === field)
        .forEach((p, i) => rows.push({ kind: 'procedure', number: String(i + 1), label: p.name, counts: procedureCounts(p) }));
    });
    return rows;
  }
  const groups: Array<{ label: string; procedures: Listed[] }> = [
    ...LEVELS.map((level) => ({ label: levelLabels[level], procedures: listed.filter((p) => p.level === level) })),
    { label: UNKNOWN_LEVEL_LABEL, procedures: listed.filter((p) => p.level === null) },
  ].filter((g) => g.procedures.length > 0);
  const rows: Form06Row[] = [];
  groups.forEach((group, g) => {
    const levelRow: Form06Row = { kind: 'level', number: String.fromCharCode(65 + g), label: group.label, counts: [] };
    rows.push(levelRow);
    const fieldRows: Form06Row[] = [];
    fields
      .filter((field) => group.procedures.some((p) => p.field === field))
      .forEach((field, f) => {
        const procedures = group.procedures.filter((p) => p.field === field);
        const procedureRows = procedures.map((p, i): Form06Row => ({ kind: 'procedure', number: String(i + 1), label: p.name, counts: procedureCounts(p) }));
        const fieldRow: Form06Row = { kind: 'field', number: roman(f + 1), label: field, counts: sumRows(procedureRows.map((r) => r.counts)) };
        fieldRows.push(fieldRow);
        rows.push(fieldRow);
        for (const row of procedureRows) rows.push(row); // not push(...rows): a field may hold thousands
      });
    levelRow.counts = sumRows(fieldRows.map((r) => r.counts));
  });
  return rows;
}

/** STT, procedure name, then eleven counts: 5 + 45 + 11 × 7.5 units ≈ 245 mm of the 252 mm line. */
const WIDTHS = [5, 45, ...Array<number>(FORM06_COLUMNS.length).fill(7.5)];
const LAST = WIDTHS.length;
const { size: TABLE_SIZE, caption: CAPTION, box: BOX, center: CENTER } = TABLE_STYLES;

/** "Kỳ báo cáo: Quý II/2023 (từ ngày … đến ngày …)", or the dates alone for a range; "; số liệu tạm tính …" while open. */
function periodLine(ctx: ReportContext): string {
  const { period } = ctx.result;
  const range = `từ ngày ${formatDate(period.from)} đến ngày ${formatDate(period.to)}`;
  const provisional = provisionalPhrase(period, ctx.issueDate);
  const tail = provisional ? `; ${provisional}` : '';
  return namedPeriod(period).kind === 'range'
    ? `Kỳ báo cáo: ${range.charAt(0).toUpperCase()}${range.slice(1)}${tail}`
    : `Kỳ báo cáo: ${periodShort(period)} (${range}${tail})`;
}

export function renderForm06(ctx: ReportContext, sheetName: string): ReportModel {
  const b = new SheetBuilder(WIDTHS, { fontName: FONT_NAME, fontSize: TABLE_SIZE, vertical: 'top' });
  const { info } = ctx;
  const { period } = ctx.result;
  const regime = regimeFor(period, ctx.regimeSettings);

  const codeLine = formCodeLineOf(ctx) ?? regime.settings.form06CodeLine;
  formHeading(b, info, [1, 2], { text: codeLine, columns: [LAST - 4, LAST], wrap: true });
  b.space(10);
  b.line('TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH', { ...CENTER, bold: true, fontSize: 14 });
  b.line(`TẠI ${upper(info.agency.trim())}`, { ...CENTER, bold: true, fontSize: 14 });
  b.line(periodLine(ctx), { ...CENTER, italic: true, fontSize: CAPTION });
  const note = straddleNote(period, regime);
  if (note) b.line(note, { ...CENTER, italic: true, fontSize: CAPTION });
  b.line('Đơn vị tính: Số hồ sơ TTHC', { horizontal: 'right', italic: true, fontSize: 12 });

  const table = b.startTable();
  const { top: head1, numbering } = resultsHeader(b, 'Lĩnh vực, thủ tục hành chính', FORM06_COLUMNS.map((c) => c.label));

  const rows = form06Rows(ctx.result, regime.levelLabels);
  // The total sums the top rows: the levels when grouped, else the fields.
  const topKind = rows.some((r) => r.kind === 'level') ? 'level' : 'field';
  const topRows: number[] = [];
  for (const row of rows) {
    const at = b.row;
    const bold = row.kind !== 'procedure';
    if (row.kind === topKind) topRows.push(at);
    if (bold) b.keepWithNext(at);
    b.put(at, 1, 1, row.number, { ...BOX, bold, horizontal: 'center' });
    b.put(at, 2, 2, row.label, { ...BOX, bold, horizontal: 'left' });
    row.counts.forEach((n, i) => b.put(at, i + 3, i + 3, n ?? UNKNOWN_MARK, { ...BOX, bold, horizontal: 'center' }));
    b.row += 1;
  }

  const total = b.row;
  const fieldCounts = rows.filter((r) => r.kind === topKind).map((r) => r.counts);
  b.put(total, 1, 2, 'Tổng cộng', { ...BOX, bold: true, horizontal: 'center' });
  FORM06_COLUMNS.forEach((_, i) => {
    const col = i + 3;
    const sum = sumColumn(fieldCounts, i);
    const formula = sum !== null ? totalFormula(columnLetter(col), topRows) : undefined;
    b.put(total, col, col, sum ?? UNKNOWN_MARK, { ...BOX, bold: true, horizontal: 'center' }, formula ? { formula } : {});
  });
  b.row = total + 1;
  b.endTable(table, { headerRows: 3 });
  if (rows.some((r) => r.counts.includes(null))) {
    b.line(`(${UNKNOWN_MARK}) ${NO_DATA}: sổ theo dõi hồ sơ không có cột cần cho số liệu này (ví dụ Kênh tiếp nhận).`, { italic: true, fontSize: CAPTION, horizontal: 'left' });
  }

  b.space(10);
  const nameRow = tableSignature(b, info, ctx.issueDate, [LAST - 6, LAST], { ...CENTER, fontSize: CAPTION });
  b.keepTogether(total, nameRow);

  const model = b.build(sheetName, pageSetup('landscape', b.row - 1, LAST, `${head1}:${numbering}`), { name: FONT_NAME, size: TABLE_SIZE });
  const warnings = periodWarnings(period, ctx.issueDate, regime);
  const unknownLevel = rows.find((r) => r.kind === 'level' && r.label === UNKNOWN_LEVEL_LABEL);
  if (unknownLevel) {
    warnings.push(`Biểu 06 nhóm theo cấp thực hiện, nhưng có TTHC chưa ghi cấp (tỉnh/xã) trong danh mục: xếp vào nhóm “${UNKNOWN_LEVEL_LABEL}”.`);
  }
  return { ...model, warnings };
}
