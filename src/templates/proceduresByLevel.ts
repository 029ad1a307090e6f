/**
 * "Tổng hợp số lượng TTHC": Biểu số II.07b/VPCP/KSTT as the provincial systems print it, without
 * the district columns (no cấp huyện since 01/07/2025). For the unit (the agency of `ThongTin`)
 * and in total: (a) the procedures in force on the period's last day, (b) those handled under
 * the one-stop shop, (c) the internal processes issued; each as Tổng số / Cấp tỉnh / Cấp xã.
 * A4 landscape, with the header block of form 06.
 *
 * Which procedures are "under the one-stop shop" (b): those marked "Trên Hệ thống giải quyết
 * TTHC" (`onInformationSystem`) in the catalogue. Under Nghị định 118/2025/NĐ-CP a one-stop
 * dossier is received at the Bộ phận Một cửa or online and followed on the TTHC information
 * system, so a procedure on that system is one the one-stop shop handles; the catalogue has no
 * column of its own for it, and "Đã công khai" or a portal column would count other things.
 * The internal processes (c) are the procedures marked "Quy trình nội bộ điện tử"
 * (`electronicProcess`), one process each.
 *
 * Levels come from the catalogue's "Cấp thực hiện" (`Procedure.level`). A procedure of unknown
 * level (blank, both levels, or no such column) counts in Tổng số only, never in a level, and a
 * note under the table says how many ("chưa xác định cấp: N").
 */

import { PROCEDURE_TABLE } from '../core/schema';
import type { Procedure } from '../core/types';
import type { ReportContext } from './context';
import { dataPeriodLine, formatDate, upper } from './format';
import { formHeading, pageSetup, TABLE_STYLES, tableSignature } from './frame';
import { FONT_NAME, SheetBuilder, columnLetter } from './layout';
import type { SheetModel } from './sheetModel';

/**
 * The code line at the top right: the form of Thông tư 01/2020/TT-VPCP that the provincial
 * systems still print. Its number under Thông tư 05/2025/TT-VPCP is not confirmed
 * (DOMAIN-2026 §6), so it is this one line, not a claim about the 2026 form.
 */
export const PROCEDURES_BY_LEVEL_CODE_LINE = 'Biểu số II.07b/VPCP/KSTT';

/** Procedures counted by level: the total, tỉnh, xã, and those of unknown level (in the total only). */
export interface LevelCounts {
  total: number;
  province: number;
  commune: number;
  unknown: number;
}

export interface LevelGroup {
  /** The merged header over the group's three columns. */
  label: string;
  /** Total, tỉnh and xã column headers. */
  columns: readonly [string, string, string];
  /** What the unknown-level note calls these items. */
  noun: string;
  counts(p: Procedure): boolean;
}

/** (a), (b), (c), left to right. */
export const LEVEL_GROUPS: readonly LevelGroup[] = [
  {
    label: 'Số TTHC có hiệu lực',
    columns: ['Tổng số TTHC', 'Cấp tỉnh', 'Cấp xã'],
    noun: 'TTHC có hiệu lực',
    counts: () => true,
  },
  {
    label: 'TTHC thực hiện theo cơ chế một cửa, một cửa liên thông',
    columns: ['Tổng số TTHC', 'Tại Bộ phận Một cửa cấp tỉnh', 'Tại Bộ phận Một cửa cấp xã'],
    noun: 'TTHC theo cơ chế một cửa',
    counts: (p) => p.onInformationSystem,
  },
  {
    label: 'Quy trình nội bộ giải quyết TTHC được ban hành',
    columns: ['Tổng số quy trình', 'Cấp tỉnh', 'Cấp xã'],
    noun: 'quy trình nội bộ',
    counts: (p) => p.electronicProcess,
  },
];

export function levelCounts(procedures: readonly Procedure[], group: LevelGroup): LevelCounts {
  const counts: LevelCounts = { total: 0, province: 0, commune: 0, unknown: 0 };
  for (const p of procedures) {
    if (!group.counts(p)) continue;
    counts.total++;
    if (p.level === 'province') counts.province++;
    else if (p.level === 'commune') counts.commune++;
    else counts.unknown++;
  }
  return counts;
}

const labelOf = (key: string): string => PROCEDURE_TABLE.columns.find((c) => c.key === key)?.labels[0] ?? key;

/** STT, Đơn vị, then 3 × 3 counts: 5 + 27 + 9 × 11 units ≈ 243 mm of the 252 mm line. */
const WIDTHS = [5, 27, ...Array<number>(9).fill(11)];
const LAST = WIDTHS.length;
const { size: TABLE_SIZE, caption: CAPTION, box: BOX, head: HEAD, center: CENTER, note: NOTE } = TABLE_STYLES;

export function renderProceduresByLevel(ctx: ReportContext, sheetName: string): SheetModel {
  const b = new SheetBuilder(WIDTHS, { fontName: FONT_NAME, fontSize: TABLE_SIZE, vertical: 'top' });
  const { info, result } = ctx;
  const { period } = result;

  formHeading(b, info, [1, 3], { text: PROCEDURES_BY_LEVEL_CODE_LINE, columns: [LAST - 3, LAST], wrap: false });
  b.space(10);
  b.line('TỔNG HỢP SỐ LƯỢNG THỦ TỤC HÀNH CHÍNH', { ...CENTER, bold: true, fontSize: 14 });
  b.line(`TẠI ${upper(info.agency.trim())}`, { ...CENTER, bold: true, fontSize: 14 });
  b.line(dataPeriodLine(period, ctx.issueDate), { ...CENTER, italic: true, fontSize: CAPTION });
  b.line('Đơn vị tính: Số TTHC, số quy trình', { horizontal: 'right', italic: true, fontSize: 12 });

  const table = b.startTable();
  const head1 = b.row;
  const head2 = head1 + 1;
  const numbering = head1 + 2;
  b.put(head1, 1, 1, 'STT', HEAD, { bottom: head2 });
  b.put(head1, 2, 2, 'Đơn vị', HEAD, { bottom: head2 });
  LEVEL_GROUPS.forEach((group, g) => {
    const first = 3 + g * 3;
    b.put(head1, first, first + 2, group.label, HEAD);
    group.columns.forEach((label, i) => b.put(head2, first + i, first + i, label, HEAD));
  });
  for (let col = 1; col <= LAST; col += 1) b.put(numbering, col, col, `(${col})`, { ...BOX, italic: true, horizontal: 'center' });

  const counts = LEVEL_GROUPS.map((group) => levelCounts(result.procedures, group));
  const values = counts.flatMap((c) => [c.total, c.province, c.commune]);
  const unitRow = numbering + 1;
  b.put(unitRow, 1, 1, '1', { ...BOX, horizontal: 'center' });
  b.put(unitRow, 2, 2, info.agency.trim() || '—', { ...BOX, horizontal: 'left' });
  values.forEach((n, i) => b.put(unitRow, i + 3, i + 3, n, { ...BOX, horizontal: 'center' }));

  const total = unitRow + 1;
  b.put(total, 1, 2, 'Tổng cộng', { ...BOX, bold: true, horizontal: 'center' });
  values.forEach((n, i) => {
    const col = i + 3;
    b.put(total, col, col, n, { ...BOX, bold: true, horizontal: 'center' }, { formula: `SUM(${columnLetter(col)}${unitRow})` });
  });
  b.row = total + 1;
  b.endTable(table, { headerRows: 3 });

  const notes = [
    `Số TTHC có hiệu lực đến ngày ${formatDate(period.to)} theo bảng TTHC; cột (6)–(8): TTHC có "${labelOf('onInformationSystem')}" là Có; ` +
      `cột (9)–(11): TTHC có "${labelOf('electronicProcess')}" là Có.`,
  ];
  const unknown = counts[0].unknown;
  if (unknown > 0) {
    const parts = counts.slice(1).map((c, i) => `${LEVEL_GROUPS[i + 1].noun}: ${c.unknown}`);
    notes.push(
      `Chưa xác định cấp: ${unknown} TTHC (bảng TTHC không ghi "${labelOf('level')}" hoặc ghi cả hai cấp), chỉ tính vào cột Tổng số ` +
        `(3), (6), (9); trong đó ${parts.join(', ')}.`,
    );
  }
  const notesTop = b.row;
  for (const note of notes) b.line(note, NOTE);

  b.space(10);
  const nameRow = tableSignature(b, info, ctx.issueDate, [LAST - 4, LAST], { ...CENTER, fontSize: CAPTION });
  // The table stays whole under its header; the notes stay with the signature.
  b.keepTogether(head1, total);
  b.keepTogether(notesTop, nameRow);

  return b.build(sheetName, pageSetup('landscape', b.row - 1, LAST, `${head1}:${numbering}`), { name: FONT_NAME, size: TABLE_SIZE });
}
