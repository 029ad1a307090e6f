/**
 * The province's table of results by unit (Biểu II.06a "Tình hình, kết quả giải quyết TTHC tại
 * cơ quan, đơn vị trực tiếp giải quyết TTHC"): every unit's form-06 figures, grouped "Cấp tỉnh
 * (Sở, ban, ngành)" and "Cấp xã (xã, phường, đặc khu)" with subtotals and a total, and where each
 * unit's figures came from; then the summary: totals and rates, the units ranked by on-time rate
 * and by online share, and the units with overdue dossiers. A4 landscape.
 *
 * Layout only: which units, their figures, levels, sums and rankings are `core/consolidation.ts`.
 */

import type { ConsolidatedUnit, UnitCounts } from '../core/consolidation';
import type { Consolidation } from '../core/consolidation';
import { rankUnits, resolvedEarlyOrOnTime, UNIT_COUNT_KEYS, unitsWithOverdue } from '../core/consolidation';
import { regimeFor, type RegimeSettings } from '../core/legalRegimes';
import { columnLetter } from '../core/text';
import { formatDay } from '../core/days';
import type { AgencyInfo, DayNumber, GovernmentLevel, Period } from '../core/types';
import type { ReportModel } from './context';
import type { DocumentModel } from './document';
import { totalFormula } from './form06';
import { count, dataPeriodLine, NO_DATA, percent } from './format';
import { formHeading, pageSetup, paragraph, resultsHeader, TABLE_STYLES, tableSignature } from './frame';
import { FONT_NAME, SheetBuilder } from './layout';

export interface ConsolidatedContext {
  consolidation: Consolidation;
  /** The consolidating office (ThongTin of the workbook it works in); its agency heads the form. */
  info: AgencyInfo;
  issueDate: DayNumber;
  regimeSettings?: Partial<RegimeSettings>;
}

/** The eleven count columns, (3) to (13), left to right, as form 06 heads them. */
const COUNT_LABELS: Record<(typeof UNIT_COUNT_KEYS)[number], string> = {
  received: 'Tổng số',
  newOnline: 'Trực tuyến',
  newDirectPostal: 'Trực tiếp, dịch vụ bưu chính',
  carriedOver: 'Từ kỳ trước',
  resolved: 'Tổng số',
  resolvedEarly: 'Trước hạn',
  resolvedOnTime: 'Đúng hạn',
  resolvedLate: 'Quá hạn',
  pending: 'Tổng số',
  pendingInTime: 'Trong hạn',
  pendingOverdue: 'Quá hạn',
};

/** The level groups' headings, as provinces print them since 01/07/2025. */
export const LEVEL_HEADINGS: Record<GovernmentLevel | 'unknown', string> = {
  province: 'Cấp tỉnh (Sở, ban, ngành)',
  commune: 'Cấp xã (xã, phường, đặc khu)',
  unknown: 'Chưa xác định cấp',
};

/** STT, unit, eleven counts, source: 6 + 29 + 11 × 7 + 20 units ≈ 245 mm of the 252 mm line. */
const WIDTHS = [6, 29, ...Array<number>(UNIT_COUNT_KEYS.length).fill(7), 20];
const LAST = WIDTHS.length;
const SOURCE_COL = LAST;
const { size: TABLE_SIZE, caption: CAPTION, box: BOX, head: HEAD, center: CENTER, note: NOTE } = TABLE_STYLES;
const UNKNOWN_MARK = '—';

const sourceText = (u: ConsolidatedUnit) => u.sources.map((s) => `${s.file} (${s.sheet}${s.row === null ? '' : `, dòng ${s.row}`})`).join('; ');
const rateText = (rate: number | null) => (rate === null ? UNKNOWN_MARK : percent(rate));

/** A row of the figures table: number, label, the eleven counts (a formula where given), the source. */
function countsRow(b: SheetBuilder, number: string, label: string, counts: UnitCounts, bold: boolean, source: string, formulas?: (letter: string) => string | undefined): number {
  const at = b.row;
  b.put(at, 1, 1, number, { ...BOX, bold, horizontal: 'center' });
  b.put(at, 2, 2, label, { ...BOX, bold, horizontal: 'left' });
  UNIT_COUNT_KEYS.forEach((key, i) => {
    const col = i + 3;
    const value = counts[key];
    const formula = value !== null && formulas ? formulas(columnLetter(col)) : undefined;
    b.put(at, col, col, value ?? UNKNOWN_MARK, { ...BOX, bold, horizontal: 'center' }, formula ? { formula } : {});
  });
  b.put(at, SOURCE_COL, SOURCE_COL, source, { ...BOX, fontSize: 10, horizontal: 'left' });
  b.row += 1;
  return at;
}

/** A small ranking table under the summary: STT, unit, then its figures over the count columns. */
function rankingTable(b: SheetBuilder, heading: string, columns: string[], rows: string[][]): void {
  paragraph(b, heading, 'section');
  const table = b.startTable();
  const spans: Array<[number, number]> = [[3, 6], [7, 10], [11, LAST]];
  const header = ['STT', 'Đơn vị', ...columns];
  const put = (values: string[], style: typeof BOX) => {
    const at = b.row;
    b.put(at, 1, 1, values[0], { ...style, horizontal: 'center' });
    b.put(at, 2, 2, values[1], { ...style, horizontal: 'left' });
    spans.forEach(([from, to], i) => b.put(at, from, to, values[i + 2] ?? '', { ...style, horizontal: 'center' }));
    b.row += 1;
  };
  put(header, HEAD);
  rows.forEach((r, i) => put([String(i + 1), ...r], BOX));
  b.endTable(table, { headerRows: 1 });
}

/**
 * The consolidated report: on paper two sheets, the table by unit and the summary, each signed
 * (a sheet's print titles repeat over all its pages, so the summary's tables cannot share the
 * table's sheet); as a document, the table, then the summary, then one signature.
 */
export interface ConsolidatedReport {
  sheets: [ReportModel, ReportModel];
  document: DocumentModel;
}

/** The report's sheet names: `Tổng hợp 2026-Q3` and `Tổng hợp chung 2026-Q3`, or the dates of a range. */
export function consolidatedSheetNames(period: Period): { table: string; summary: string } {
  const tag = period.label ?? `${formatDay(period.from)}-${formatDay(period.to)}`.replace(/\//g, '.');
  return { table: `Tổng hợp ${tag}`, summary: `Tổng hợp chung ${tag}` };
}

export function renderConsolidated(ctx: ConsolidatedContext, sheetNames: { table: string; summary: string }): ConsolidatedReport {
  const table = renderTable(ctx, sheetNames.table);
  const summary = renderSummary(ctx, sheetNames.summary);
  const tableBlocks = table.document!.blocks;
  const signatureAt = tableBlocks.findIndex((block) => block.kind === 'signature');
  const document: DocumentModel = {
    ...table.document!,
    blocks: [...tableBlocks.slice(0, signatureAt < 0 ? tableBlocks.length : signatureAt), ...summary.document!.blocks],
  };
  return { sheets: [table, summary], document };
}

/** Where the consolidating office's name is missing, the report says so rather than print a blank heading unremarked. */
function infoWarnings(info: AgencyInfo): string[] {
  return info.agency.trim()
    ? []
    : ['Chưa có tên cơ quan tổng hợp: thêm vào danh sách tệp một tệp có trang ThongTin của cơ quan mình (tên cơ quan, người ký), hoặc điền vào báo cáo trước khi gửi.'];
}

function signature(b: SheetBuilder, ctx: ConsolidatedContext): void {
  b.space(10);
  const top = b.row;
  const nameRow = tableSignature(b, ctx.info, ctx.issueDate, [LAST - 5, LAST], { ...CENTER, fontSize: CAPTION });
  b.keepTogether(top, nameRow);
}

function renderTable(ctx: ConsolidatedContext, sheetName: string): ReportModel {
  const { consolidation: c, info } = ctx;
  const regime = regimeFor(c.period, ctx.regimeSettings);
  const b = new SheetBuilder(WIDTHS, { fontName: FONT_NAME, fontSize: TABLE_SIZE, vertical: 'top' });

  formHeading(b, info, [1, 2], { text: regime.settings.byUnitCodeLine, columns: [LAST - 4, LAST], wrap: true });
  b.space(10);
  b.line('TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH', { ...CENTER, bold: true, fontSize: 14 });
  b.line('TẠI CƠ QUAN, ĐƠN VỊ TRỰC TIẾP GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH', { ...CENTER, bold: true, fontSize: 14 });
  b.line(dataPeriodLine(c.period, ctx.issueDate), { ...CENTER, italic: true, fontSize: CAPTION });
  b.line('Đơn vị tính: Số hồ sơ TTHC', { horizontal: 'right', italic: true, fontSize: 12 });

  const table = b.startTable();
  const { top: head1, numbering } = resultsHeader(b, 'Đơn vị', UNIT_COUNT_KEYS.map((key) => COUNT_LABELS[key]), 'Nguồn số liệu (tệp, trang)');

  const groupRows: number[] = [];
  c.groups.forEach((group, g) => {
    const groupRow = b.row;
    b.row += 1; // the group's subtotal goes here once its units' rows are known
    const unitRows = group.units.map((unit, i) => countsRow(b, String(i + 1), unit.unit, unit.counts, false, sourceText(unit)));
    const end = b.row;
    b.row = groupRow;
    countsRow(b, String.fromCharCode(65 + g), LEVEL_HEADINGS[group.level ?? 'unknown'], group.counts, true, '', (letter) => totalFormula(letter, unitRows));
    b.keepWithNext(groupRow);
    b.row = end;
    groupRows.push(groupRow);
  });
  countsRow(b, '', 'Tổng cộng', c.total, true, '', (letter) => totalFormula(letter, groupRows));
  b.endTable(table, { headerRows: 3 });
  if (c.units.some((u) => UNIT_COUNT_KEYS.some((k) => u.counts[k] === null))) {
    b.line(`(${UNKNOWN_MARK}) ${NO_DATA}: tệp của đơn vị không có số liệu này (ví dụ sổ theo dõi không có cột Kênh tiếp nhận); tổng cũng không tính được.`, NOTE);
  }

  signature(b, ctx);
  const model = b.build(sheetName, pageSetup('landscape', b.row - 1, LAST, `${head1}:${numbering}`), { name: FONT_NAME, size: TABLE_SIZE });
  return { ...model, warnings: infoWarnings(info) };
}

/** The summary: the totals and rates in a sentence, the rankings and the units with overdue dossiers. */
function renderSummary(ctx: ConsolidatedContext, sheetName: string): ReportModel {
  const c = ctx.consolidation;
  const t = c.total;
  const b = new SheetBuilder(WIDTHS, { fontName: FONT_NAME, fontSize: TABLE_SIZE, vertical: 'top' });
  b.space(8);
  paragraph(b, 'TỔNG HỢP CHUNG', 'part');
  paragraph(
    b,
    `Tổng số đơn vị: ${count(c.units.length)}. Tổng số hồ sơ tiếp nhận: ${count(t.received)} (trực tuyến: ${count(t.newOnline)}, ` +
      `trực tiếp và qua dịch vụ bưu chính: ${count(t.newDirectPostal)}, từ kỳ trước: ${count(t.carriedOver)}); đã giải quyết: ${count(t.resolved)} ` +
      `(trước hạn: ${count(t.resolvedEarly)}, đúng hạn: ${count(t.resolvedOnTime)}, quá hạn: ${count(t.resolvedLate)}); đang giải quyết: ${count(t.pending)} ` +
      `(trong hạn: ${count(t.pendingInTime)}, quá hạn: ${count(t.pendingOverdue)}). Tỷ lệ giải quyết đúng hạn: ${rateText(c.onTimeRate)}; ` +
      `tỷ lệ hồ sơ trực tuyến: ${rateText(c.onlineShare)}.`,
  );
  rankingTable(
    b,
    'Xếp hạng theo tỷ lệ giải quyết đúng hạn',
    ['Đã giải quyết', 'Trước hạn và đúng hạn', 'Tỷ lệ đúng hạn'],
    rankUnits(c.units, (u) => u.onTimeRate).map((u) => [
      u.unit,
      cell(u.counts.resolved),
      cell(resolvedEarlyOrOnTime(u.counts)),
      rateText(u.onTimeRate),
    ]),
  );
  rankingTable(
    b,
    'Xếp hạng theo tỷ lệ hồ sơ trực tuyến',
    ['Mới tiếp nhận', 'Trực tuyến', 'Tỷ lệ trực tuyến'],
    rankUnits(c.units, (u) => u.onlineShare).map((u) => [
      u.unit,
      u.counts.received === null || u.counts.carriedOver === null ? UNKNOWN_MARK : count(u.counts.received - u.counts.carriedOver),
      cell(u.counts.newOnline),
      rateText(u.onlineShare),
    ]),
  );
  const overdue = unitsWithOverdue(c.units);
  if (overdue.length === 0) {
    paragraph(b, 'Đơn vị có hồ sơ quá hạn', 'section');
    paragraph(b, 'Không đơn vị nào có hồ sơ giải quyết quá hạn hoặc đang quá hạn trong kỳ.');
  } else {
    rankingTable(
      b,
      'Đơn vị có hồ sơ quá hạn',
      ['Đã giải quyết quá hạn', 'Đang giải quyết quá hạn', 'Tỷ lệ đúng hạn'],
      overdue.map((u) => [u.unit, cell(u.counts.resolvedLate), cell(u.counts.pendingOverdue), rateText(u.onTimeRate)]),
    );
  }
  signature(b, ctx);
  return { ...b.build(sheetName, pageSetup('landscape', b.row - 1, LAST), { name: FONT_NAME, size: TABLE_SIZE }), warnings: [] };
}

/** A count in a table cell: "—" where unknown. */
const cell = (n: number | null) => (n === null ? UNKNOWN_MARK : count(n));
