/**
 * The aggregate tables units send upward (DOMAIN-2026 §2.2): form II.06a by unit ("Đơn vị"
 * column, one row per unit) and form 06 / II.06a by field ("Lĩnh vực" column, the whole table
 * one unit), as the provincial systems export them and as this product writes form 06.
 *
 * What is read:
 * - the header: a row holding the three groups "Số hồ sơ nhận giải quyết" (or "Tiếp nhận"),
 *   "… đã giải quyết" (or "đã xử lý"), "… đang giải quyết" (or "đang xử lý"), over 1–2 rows of sub-labels (merged areas filled first, `fillMerges`),
 *   with a "Đơn vị" or "Lĩnh vực" column; an "(1)…(13)" numbering row and blank rows under it
 *   are skipped; columns may start anywhere (an empty first column is fine);
 * - above it: the agency (the last line of the top-left block, else the "TẠI <agency>" line of
 *   the title) and the period the title states ("(Từ ngày … đến ngày …)", "Kỳ báo cáo: Quý III/2026");
 * - the rows, down to the last one that still looks like a table row (an STT, a total label or a
 *   figure): the signature block under the table is not read.
 *
 * Rows: an STT in capitals (A, B) or a label "Cấp tỉnh", "Cấp xã", "Cấp huyện" is a level; a Roman
 * STT (I, II) or a label starting "Khối" a group; an Arabic STT (or none, with figures) a unit
 * (by field: a field or a procedure); "1.1" or "a" a detail line under one. Levels and groups are
 * never units; when they carry figures they are subtotals, checked against the rows under them.
 * A row with neither an STT nor a figure is a caption and is skipped. "Tổng cộng", "Tổng số",
 * "Tổng", "Cộng" label the total row: not a unit, checked against the units (by field: the top
 * rows, the levels if any carry figures, else the groups, else the fields).
 *
 * Cells: a whole number of 0 or more, also text `1.234`, `1,234`, `1 234`. "—" or "-" is unknown
 * (null). An empty cell is 0 when its row has at least one number (exports leave zeros blank),
 * and unknown when the row has none. Any other value is an error naming the cell, and the figure
 * is unknown. Checks (warnings naming the cell, with both numbers): received = online + direct
 * and postal + carried over, resolved = early + on time + late, pending = in time + overdue, each
 * when all are known; subtotals and the total against the rows they sum.
 *
 * Hà Nội's "Tổng hợp kết quả giải quyết TTHC theo đơn vị" (DOMAIN-2026 §2.2, wording [S]) is the
 * same reader: split columns are summed (online = toàn trình + một phần + hình thức khác; direct
 * and postal = trực tiếp + bưu chính/BCCI; late and overdue = đã + chưa có thư xin lỗi); a total
 * the table lacks is computed from its parts (received = online + direct and postal + kỳ trước;
 * "phi địa giới" is a subset and not added); "Đúng và trước hạn" is one figure
 * (`resolvedEarlyOrOnTime`): early and on time stay unknown apart, with a warning. Payments, "dừng
 * xử lý", "chờ tiếp nhận", "không được tiếp nhận", "rút" and other unknown columns are ignored.
 * Sums are checked cell by cell, so a warning names the very column.
 *
 * Pure: no I/O, no module state.
 */

import { cellText, isBlank, isExcelError } from './cells';
import { message } from './messages';
import { periodFromLabel, periodFromRange } from './periods';
import { fillMerges, HEADER_SEARCH_ROWS, MAX_HEADER_ROWS } from './tableReader';
import { columnLetter, normalizeLabel } from './text';
import { DayNumber, Issue, Language, RawCell, RawTable } from './types';

/** Form 06's figures for one unit (or field), each null when the table does not give it. */
export const UNIT_COUNT_KEYS = [
  'received',
  'newOnline',
  'newDirectPostal',
  'carriedOver',
  'resolved',
  'resolvedEarly',
  'resolvedOnTime',
  'resolvedLate',
  'pending',
  'pendingInTime',
  'pendingOverdue',
] as const;
export type UnitCountKey = (typeof UNIT_COUNT_KEYS)[number];
export type UnitCounts = Record<UnitCountKey, number | null>;

export interface AggregateRow {
  label: string;
  counts: UnitCounts;
  /** Resolved early or on time: Hà Nội's one column "Đúng và trước hạn" (early and on time then unknown apart), or early + on time; null when unknown. */
  resolvedEarlyOrOnTime: number | null;
  sheet: string;
  /** worksheet row, 1-based */
  row: number;
}

export interface AggregateTable {
  /** byUnit: II.06a by unit, one row per unit ("Đơn vị" column); byField: form 06 / II.06a by field ("Lĩnh vực"), the whole table one unit. */
  kind: 'byUnit' | 'byField';
  sheet: string;
  file?: string;
  /** The agency named above the table: the last line of the top-left block (e.g. "SỞ NGOẠI VỤ"), or the "TẠI <agency>" title line; null when none. */
  agency: string | null;
  /** The period the title states ("(Từ ngày 15/6/2026 đến ngày 14/9/2026)", "Kỳ báo cáo: Quý III/2026 (từ ngày … đến ngày …)"), null when none. */
  period: { from: DayNumber; to: DayNumber } | null;
  /** byUnit: the unit rows (group rows like "Cấp tỉnh", "A", "I" and their subtotals left out); byField: the top-level rows (levels A/B if present, else fields I, II…). */
  rows: AggregateRow[];
  /** The table's total row ("Tổng cộng", "Tổng số", "Cộng") when it has one. */
  total: AggregateRow | null;
  /** The unit's figures: the total row, or the sum of `rows` when there is none (null where any part is null). */
  sum: UnitCounts;
  /** `resolvedEarlyOrOnTime` of the total row, or of the rows summed. */
  sumResolvedEarlyOrOnTime: number | null;
}

/** The messages of this reader, in Vietnamese and English (the shape of `messages.ts`); `Issue.code` is the id. */
export const AGGREGATE_MESSAGES = {
  aggregateNoHeader: {
    vi: () =>
      'Không tìm thấy dòng tiêu đề của bảng tổng hợp trong 20 dòng đầu. Cần các nhóm cột "Số hồ sơ nhận giải quyết", "Số hồ sơ đã giải quyết", "Số hồ sơ đang giải quyết" và cột "Đơn vị" hoặc "Lĩnh vực".',
    en: () =>
      'No header row of an aggregate table found in the first 20 rows. Expected the column groups "Số hồ sơ nhận giải quyết" (received), "Số hồ sơ đã giải quyết" (resolved), "Số hồ sơ đang giải quyết" (pending) and a column "Đơn vị" (unit) or "Lĩnh vực" (field).',
  },
  aggregateMissingColumns: {
    vi: (p: P) => `Bảng không có cột ${p.value}: các số liệu này là "không có dữ liệu" (không phải 0).`,
    en: (p: P) => `The table has no column ${p.value}: those figures are unknown (not 0).`,
  },
  aggregateNoFigures: {
    vi: (p: P) => `Dòng "${p.value}" không có số liệu nào: tính là "không có dữ liệu" (không phải 0). Ghi 0 nếu đơn vị không có hồ sơ.`,
    en: (p: P) => `Row "${p.value}" has no figures: counted as unknown (not 0). Write 0 where the unit had no dossiers.`,
  },
  aggregateRowSum: {
    vi: (p: P) => `Tổng số ${p.value} không bằng tổng các cột thành phần: ${p.parts} = ${p.other}.`,
    en: (p: P) => `The total ${p.value} does not equal the sum of its parts: ${p.parts} = ${p.other}.`,
  },
  aggregateSubtotal: {
    vi: (p: P) => `Dòng "${p.label}" ghi ${p.value}, nhưng cộng ${p.count} dòng thuộc nhóm (dòng ${p.rows}) được ${p.other}.`,
    en: (p: P) => `Row "${p.label}" gives ${p.value}, but its ${p.count} row(s) (row(s) ${p.rows}) add up to ${p.other}.`,
  },
  aggregateTotal: {
    vi: (p: P) => `Dòng tổng cộng ghi ${p.value}, nhưng cộng ${p.count} dòng ${p.what} (dòng ${p.rows}) được ${p.other}.`,
    en: (p: P) => `The total row gives ${p.value}, but the ${p.count} ${p.what} row(s) (row(s) ${p.rows}) add up to ${p.other}.`,
  },
  aggregateEarlyOrOnTime: {
    vi: (p: P) => `Cột ${p.value} gộp hồ sơ giải quyết đúng hạn và trước hạn: số trước hạn và số đúng hạn riêng từng loại là "không có dữ liệu" (không phải 0).`,
    en: (p: P) => `Column ${p.value} gives dossiers resolved on time and early as one figure: early and on time are unknown apart (not 0).`,
  },
  aggregateNoRows: {
    vi: () => 'Bảng tổng hợp không có dòng số liệu nào: số liệu là "không có dữ liệu".',
    en: () => 'The aggregate table has no data rows: its figures are unknown.',
  },
} as const;

type P = Record<string, string | number>;
export type AggregateMessageId = keyof typeof AGGREGATE_MESSAGES;

const say = (id: AggregateMessageId, language: Language, params: P = {}): string => AGGREGATE_MESSAGES[id][language](params);

/** A header label is short: longer cells are not looked at (a pasted document is no label). */
const MAX_LABEL_LENGTH = 200;
/** Title lines above the header are longer than labels, but still lines. */
const MAX_TITLE_LENGTH = 500;

type Group = 'received' | 'resolved' | 'pending';

/** Which group a header cell opens: "Số hồ sơ nhận giải quyết", "Số hồ sơ đã giải quyết", "Số lượng hồ sơ đang giải quyết". */
function groupOf(label: string): Group | null {
  if (/\bnhan giai quyet\b/.test(label)) return 'received';
  // Hà Nội: "Tiếp nhận"; not "Chờ tiếp nhận", "Không được tiếp nhận", "Đơn vị tiếp nhận", "Ngày tiếp nhận".
  if (/\btiep nhan\b/.test(label) && !/\b(cho|khong duoc|khong|chua|tu choi|don vi|co quan|ngay|noi)\s+tiep nhan\b/.test(label)) return 'received';
  if (/\bda giai quyet\b|\bda xu ly\b/.test(label)) return 'resolved';
  if (/\bdang giai quyet\b|\bdang xu ly\b/.test(label)) return 'pending';
  return null;
}

/** A figure read from columns: form 06's counts, and Hà Nội's "đúng và trước hạn" (early + on time, not apart). */
type FigureKey = UnitCountKey | 'resolvedEarlyOrOnTime';
const FIGURE_KEYS: readonly FigureKey[] = [...UNIT_COUNT_KEYS, 'resolvedEarlyOrOnTime'];

/**
 * The figure a sub-label names within its group (its words after the group label, normalised):
 * `part` when the column is one of several summed into it (Hà Nội's "Trực tuyến toàn trình",
 * "… một phần", "… hình thức khác"; "Trực tiếp" and "Bưu chính" apart; "Quá hạn > Đã / Chưa có thư
 * xin lỗi"). "Phi địa giới" (a subset of the others), payments, "Dừng xử lý", "Chờ tiếp nhận",
 * "Không được tiếp nhận", "Rút" name none.
 */
function keyOf(group: Group, sub: string, groupLabel = ''): { key: FigureKey; part: boolean } | null {
  const total = /\btong\b|\bcong\b/.test(sub) || (sub === '' && /\btong\b/.test(groupLabel) && !/\b(moi|trong ky)\b/.test(groupLabel));
  const whole = (key: FigureKey) => ({ key, part: false });
  const part = (key: FigureKey) => ({ key, part: true });
  const apology = /\bxin loi\b/.test(sub);
  if (group === 'received') {
    if (/\bphi dia gioi\b/.test(sub)) return null;
    if (/\bky truoc\b/.test(sub)) return whole('carriedOver');
    if (/\btruc tuyen\b/.test(sub)) return /\b(toan trinh|mot phan|khac)\b/.test(sub) && !/\btong\b/.test(sub) ? part('newOnline') : whole('newOnline');
    const direct = /\btruc tiep\b/.test(sub);
    const postal = /\bbuu chinh\b|\bbcci\b/.test(sub);
    if (direct && postal) return whole('newDirectPostal');
    if (direct || postal) return part('newDirectPostal');
    if (/\b(moi|trong ky)\b/.test(sub)) return null; // new in the period: no form 06 figure
    return total ? whole('received') : null;
  }
  if (group === 'resolved') {
    if (/\bqua han\b|\btre han\b/.test(sub)) return apology ? part('resolvedLate') : whole('resolvedLate');
    const early = /\btruoc han\b/.test(sub);
    if (early && /\bdung\b/.test(sub)) return whole('resolvedEarlyOrOnTime'); // "Đúng và trước hạn"
    if (early) return whole('resolvedEarly');
    if (/\bdung han\b/.test(sub)) return whole('resolvedOnTime');
    return total ? whole('resolved') : null;
  }
  if (/\bchua qua han\b|\btrong han\b|\bchua den han\b|\bcon han\b/.test(sub)) return whole('pendingInTime');
  if (/\bqua han\b|\btre han\b/.test(sub)) return apology ? part('pendingOverdue') : whole('pendingOverdue');
  const early = /\btruoc han\b/.test(sub);
  if (early && /\bdung\b/.test(sub)) return whole('pendingInTime');
  if (early || /\bdung han\b/.test(sub)) return part('pendingInTime');
  return total ? whole('pending') : null;
}

/** The printed names of the counts, for messages about a column the table lacks. */
const KEY_LABELS: Record<FigureKey, string> = {
  received: 'Số hồ sơ nhận giải quyết > Tổng số',
  newOnline: 'Trực tuyến',
  newDirectPostal: 'Trực tiếp, dịch vụ bưu chính',
  carriedOver: 'Từ kỳ trước',
  resolved: 'Số hồ sơ đã giải quyết > Tổng số',
  resolvedEarly: 'Trước hạn',
  resolvedOnTime: 'Đúng hạn',
  resolvedLate: 'Số hồ sơ đã giải quyết > Quá hạn',
  pending: 'Số hồ sơ đang giải quyết > Tổng số',
  pendingInTime: 'Trong hạn',
  pendingOverdue: 'Số hồ sơ đang giải quyết > Quá hạn',
  resolvedEarlyOrOnTime: 'Đúng và trước hạn',
};

/** The three totals a row of form 06 holds. */
const TOTALS: readonly UnitCountKey[] = ['received', 'resolved', 'pending'];

/** A total's parts in this header: resolved is early + on time + late, or "đúng và trước hạn" + late when the table gives only that. */
function partsOf(columns: Header['columns'], total: UnitCountKey): FigureKey[] {
  if (total === 'received') return ['newOnline', 'newDirectPostal', 'carriedOver']; // "phi địa giới" is a subset: not added
  if (total === 'pending') return ['pendingInTime', 'pendingOverdue'];
  return !(columns.resolvedEarly && columns.resolvedOnTime) && columns.resolvedEarlyOrOnTime ? ['resolvedEarlyOrOnTime', 'resolvedLate'] : ['resolvedEarly', 'resolvedOnTime', 'resolvedLate'];
}

interface Header {
  kind: 'byUnit' | 'byField';
  /** Index into rows of the header's first row (the groups). */
  top: number;
  depth: number;
  labelColumn: number;
  sttColumn: number | null;
  /** The columns each figure is read from: its own, or several summed (Hà Nội's split columns). */
  columns: Partial<Record<FigureKey, number[]>>;
  /** Totals the table has no column for, computed from their parts (Hà Nội gives no "Tổng số" received). */
  derived: UnitCountKey[];
  /** The header as written, by column index: "Số hồ sơ nhận giải quyết > Tổng số". */
  text: Map<number, string>;
  width: number;
}

/** A cell as a short label: trimmed text, or '' for blanks and long texts. */
function labelText(cell: RawCell, max = MAX_LABEL_LENGTH): string {
  if (typeof cell !== 'string' && typeof cell !== 'number') return '';
  const text = String(cell).trim();
  return text.length > max ? '' : text;
}

const isSttLabel = (t: string) => /^(stt|tt|so tt|so thu tu|no)$/.test(t);
const isUnitLabel = (t: string) => /^(ten )?(co quan )?don vi\b/.test(t) && !/\bdon vi tinh\b/.test(t);
const isFieldLabel = (t: string) => /^(ten )?linh vuc\b/.test(t);

/** The header read as rows [top, top + depth): each column's distinct labels, top to bottom. */
function readHeader(rows: RawCell[][], top: number, depth: number): Header | null {
  let width = 0;
  for (let r = top; r < top + depth; r++) width = Math.max(width, rows[r]?.length ?? 0);
  const found = new Map<FigureKey, { whole: number[]; parts: number[] }>();
  const written = new Map<number, string>();
  const text = new Map<number, string>();
  let labelColumn: number | null = null;
  let kind: Header['kind'] = 'byUnit';
  let sttColumn: number | null = null;
  let previousGroup: { group: Group; label: string } | null = null;
  for (let c = 0; c < width; c++) {
    const parts: string[] = [];
    for (let r = top; r < top + depth; r++) {
      const t = labelText(rows[r]?.[c]);
      if (t && parts[parts.length - 1] !== t) parts.push(t);
    }
    if (parts.length === 0) {
      previousGroup = null;
      continue;
    }
    let group = groupOf(normalizeLabel(parts[0]));
    let named = parts;
    // A group label written once over its columns, unmerged: the cells to its right carry it on.
    if (!group && previousGroup && labelText(rows[top]?.[c]) === '') {
      group = previousGroup.group;
      named = [previousGroup.label, ...parts];
    }
    previousGroup = group ? { group, label: named[0] } : null;
    if (group) {
      const k = keyOf(group, normalizeLabel(named.slice(1).join(' ')), normalizeLabel(named[0]));
      if (k) {
        const f = found.get(k.key) ?? { whole: [], parts: [] };
        (k.part ? f.parts : f.whole).push(c);
        found.set(k.key, f);
        written.set(c, named.join(' > '));
      }
      continue;
    }
    const whole = normalizeLabel(parts.join(' '));
    if (sttColumn === null && isSttLabel(whole)) sttColumn = c;
    else if (labelColumn === null && isUnitLabel(whole)) {
      labelColumn = c;
      kind = 'byUnit';
    } else if (labelColumn === null && isFieldLabel(whole)) {
      labelColumn = c;
      kind = 'byField';
    }
    if (c === labelColumn || c === sttColumn) text.set(c, parts.join(' > '));
  }
  if (labelColumn === null) return null;
  // A figure's own column wins over parts of it; a figure's parts are summed.
  const columns: Header['columns'] = {};
  for (const key of FIGURE_KEYS) {
    const f = found.get(key);
    if (!f) continue;
    columns[key] = f.whole.length > 0 ? [f.whole[0]] : f.parts;
    for (const c of columns[key]!) text.set(c, written.get(c)!);
  }
  const derived = TOTALS.filter((t) => columns[t] === undefined && partsOf(columns, t).every((p) => columns[p] !== undefined));
  return { kind, top, depth, labelColumn, sttColumn, columns, derived, text, width };
}

/** Every column a figure is read from, left to right. */
function countColumnsOf(header: Header): number[] {
  return [...new Set(Object.values(header.columns).flat())].sort((a, b) => a - b);
}

/** The groups a row's cells open. */
function groupsIn(row: RawCell[] | undefined): Set<Group> {
  const found = new Set<Group>();
  for (const cell of row ?? []) {
    const t = labelText(cell);
    const g = t ? groupOf(normalizeLabel(t)) : null;
    if (g) found.add(g);
  }
  return found;
}

/**
 * The header: the first row of the first 20 holding all three groups, read 1 to 3 rows deep;
 * the depth that names the most count columns wins (the shallower on a tie).
 */
function findHeader(rows: RawCell[][]): Header | null {
  const limit = Math.min(rows.length, HEADER_SEARCH_ROWS);
  for (let i = 0; i < limit; i++) {
    if (groupsIn(rows[i]).size < 3) continue;
    let best: Header | null = null;
    for (let d = 1; d <= MAX_HEADER_ROWS && i + d <= rows.length; d++) {
      const h = readHeader(rows, i, d);
      if (h && (!best || countColumnsOf(h).length > countColumnsOf(best).length)) best = h;
    }
    if (best && countColumnsOf(best).length > 0) return best;
  }
  return null;
}

/** The "(1) (2) … (13)" row official forms put under their header (also 1, 2, … 13 counting by one). */
function isNumberingRow(row: RawCell[] | undefined): boolean {
  if (!row) return false;
  let last = 0;
  let seen = 0;
  let bracketed = true;
  for (const cell of row) {
    if (isBlank(cell)) continue;
    const t = String(cell).trim();
    const m = /^(\()?\s*(\d{1,3})\s*(\))?$/.exec(t);
    if (!m) return false;
    const n = Number(m[2]);
    if (n === last) continue; // a merged numbering cell, filled
    if (n < last) return false;
    if (!m[1] || !m[3]) bracketed = false;
    if (!bracketed && n !== last + 1) return false;
    last = n;
    seen++;
  }
  return seen >= 3;
}

/** The title: a line above the header saying "(tình hình,) kết quả giải quyết TTHC / thủ tục hành chính". */
function isTitleText(text: string): boolean {
  const t = normalizeLabel(text);
  return /\bket qua giai quyet\b/.test(t) && /\b(tinh hinh|thu tuc hanh chinh|tthc)\b/.test(t);
}

/** The distinct texts of a row, left to right (a merged cell, filled, counts once), with the columns each spans. */
function rowTexts(row: RawCell[] | undefined, max = MAX_TITLE_LENGTH): { col: number; end: number; text: string }[] {
  const out: { col: number; end: number; text: string }[] = [];
  let previous = '';
  (row ?? []).forEach((cell, col) => {
    const t = cell instanceof Date ? '' : labelText(cell, max);
    if (t && t === previous) out[out.length - 1].end = col;
    else if (t) out.push({ col, end: col, text: t });
    previous = t;
  });
  return out;
}

function titleIndex(rows: RawCell[][], headerTop: number): number | null {
  for (let i = 0; i < headerTop; i++) if (rowTexts(rows[i]).some((t) => isTitleText(t.text))) return i;
  return null;
}

/** A line of the top-left block that is not the agency's name: the motto, a form code, a number, a date, a rule. */
function isBlockNoise(line: string): boolean {
  const t = normalizeLabel(line);
  if (t === '') return true; // "-------", "___"
  return (
    /^(cong hoa xa hoi|doc lap tu do)/.test(t) ||
    /^(bieu so|bieu mau|mau so|ban hanh kem theo|ban hanh theo)\b/.test(t) ||
    /^so\s*:/i.test(line.trim()) ||
    /\bngay\b.*\bthang\b/.test(t) ||
    /^(don vi tinh|tu ngay|ky bao cao|tai)\b/.test(t) ||
    isTitleText(line)
  );
}

/** The agency: the last line of the top-left block above the title, else the title's "TẠI <agency>". */
function findAgency(rows: RawCell[][], header: Header, title: number | null): string | null {
  const end = title ?? header.top;
  const middle = Math.max(1, Math.floor(header.width / 2));
  let agency: string | null = null;
  let started = false;
  for (let i = 0; i < end; i++) {
    // The block's lines sit left of the middle; a line centred over the page (a title) is no part of it.
    const left = rowTexts(rows[i]).filter((t) => t.end < middle);
    if (left.length === 0) {
      if (started) break;
      continue;
    }
    started = true;
    const lines = left[0].text.split(/\r?\n/).map((l) => l.trim()).filter((l) => !isBlockNoise(l));
    if (lines.length > 0) agency = lines[lines.length - 1];
  }
  if (agency) return agency;
  for (let i = title ?? 0; i < header.top; i++) {
    for (const { text } of rowTexts(rows[i])) {
      for (const line of text.split(/\r?\n/)) {
        const m = /(?:^|\s)t[ạa]i\s+(.+)$/iu.exec(line.normalize('NFC').trim());
        if (m && !/^co quan don vi\b/.test(normalizeLabel(m[1]))) return m[1].trim();
      }
    }
  }
  return null;
}

const DATE_WORDS = '(\\d{1,2}) (?:thang )?(\\d{1,2}) (?:nam )?(\\d{4})';
const RANGE = new RegExp(`\\btu (?:ngay )?${DATE_WORDS} den (?:ngay )?${DATE_WORDS}\\b`);

/** The period a line above the header states: its dates ("từ ngày 15/6/2026 đến ngày 14/9/2026"), else its name ("Kỳ báo cáo: Quý III/2026"). */
function findPeriod(rows: RawCell[][], headerTop: number): { from: DayNumber; to: DayNumber } | null {
  let named: { from: DayNumber; to: DayNumber } | null = null;
  for (let i = 0; i < headerTop; i++) {
    for (const { text } of rowTexts(rows[i])) {
      const m = RANGE.exec(normalizeLabel(text));
      if (m) {
        const p = periodFromRange(`${m[1]}/${m[2]}/${m[3]}`, `${m[4]}/${m[5]}/${m[6]}`);
        if (p) return { from: p.from, to: p.to };
      }
      const k = /k[ỳy]\s+b[áa]o\s+c[áa]o\s*:?\s*(.+)$/iu.exec(text.normalize('NFC'));
      if (k && !named) {
        const p = periodFromLabel(k[1].replace(/\(.*$/, '').trim());
        if (p) named = { from: p.from, to: p.to };
      }
    }
  }
  return named;
}

/** The header rows' merges only, clipped: what looking at the top of a sheet needs, whatever its length. */
function topOf(raw: RawTable, rows: number): RawTable {
  const merges = (raw.merges ?? []).filter((m) => m.top < rows).map((m) => ({ ...m, bottom: Math.min(m.bottom, rows - 1) }));
  return { ...raw, rows: raw.rows.slice(0, rows), merges };
}

/** True when the sheet looks like an aggregate table (title and header words), so a caller can route a file to this reader rather than the dossier-log parser. */
export function isAggregateTable(raw: RawTable): boolean {
  const top = fillMerges(topOf(raw, HEADER_SEARCH_ROWS + MAX_HEADER_ROWS));
  const header = findHeader(top.rows);
  return header !== null && titleIndex(top.rows, header.top) !== null;
}

// ---- rows ----

const ROMAN = /^(?=[IVXLC])C{0,3}(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;

/** 1 level (A, B), 2 group (I, II), 3 unit (1, 2), 4 detail (1.1, a); null for no STT. */
function sttRank(stt: string): number | null {
  const t = stt.trim().replace(/[.)]$/, '');
  if (t === '') return null;
  if (/^\d+$/.test(t)) return 3;
  if (/^\d+(\.\d+)+$/.test(t)) return 4;
  if (ROMAN.test(t) && t !== 'C' && t !== 'L') return 2;
  if (/^[A-ZĐ]$/.test(t)) return 1;
  if (/^[a-zđ]$/.test(t)) return 4;
  return null;
}

function labelRank(label: string): number | null {
  const t = normalizeLabel(label);
  if (/^cap (tinh|xa|huyen)\b/.test(t)) return 1;
  if (/^khoi\b/.test(t)) return 2;
  return null;
}

/** "Tổng cộng", "Tổng số", "Tổng", "Total" (grand); "Cộng" (plain: also a group's subtotal line). */
function totalKind(text: string): 'grand' | 'plain' | null {
  const t = normalizeLabel(text);
  if (/^(tong cong|tong so|tong|total|grand total|sum)$/.test(t) || /^tong cong\b/.test(t)) return 'grand';
  if (t === 'cong') return 'plain';
  return null;
}

type CountCell = { kind: 'blank' } | { kind: 'unknown' } | { kind: 'number'; value: number } | { kind: 'bad'; excel: boolean };

/** A count: a whole number ≥ 0, also text with thousands separators (`1.234`, `1,234`, `1 234`); a dash is unknown. */
function readCount(cell: RawCell): CountCell {
  if (isBlank(cell)) return { kind: 'blank' };
  if (isExcelError(cell)) return { kind: 'bad', excel: true };
  if (typeof cell === 'number') return Number.isInteger(cell) && cell >= 0 ? { kind: 'number', value: cell } : { kind: 'bad', excel: false };
  if (typeof cell !== 'string') return { kind: 'bad', excel: false };
  const t = cell.trim();
  if (/^[-–—−]+$/.test(t)) return { kind: 'unknown' };
  if (/^\d+$/.test(t)) return { kind: 'number', value: Number(t) };
  if (/^\d{1,3}([.,\s])\d{3}(\1\d{3})*$/.test(t)) return { kind: 'number', value: Number(t.replace(/\D/g, '')) };
  return { kind: 'bad', excel: false };
}

interface ReadRow {
  row: number;
  label: string;
  /** 1 level, 2 group, 3 unit, 4 detail. */
  rank: number;
  counts: UnitCounts;
  resolvedEarlyOrOnTime: number | null;
  /** Each count column's value (null unknown), to check sums cell by cell. */
  values: Map<number, number | null>;
  /** A number in at least one count cell: a group row that has one is a subtotal. */
  hasNumber: boolean;
}

const emptyCounts = (): UnitCounts => Object.fromEntries(UNIT_COUNT_KEYS.map((k) => [k, null])) as UnitCounts;

function sumOf(rows: readonly { counts: UnitCounts }[], key: UnitCountKey): number | null {
  let sum = 0;
  for (const r of rows) {
    const v = r.counts[key];
    if (v === null) return null;
    sum += v;
  }
  return sum;
}

/** 1.234 in Vietnamese, 1,234 in English. */
function formatCount(n: number, language: Language): string {
  return String(n).replace(/\B(?=(\d{3})+$)/g, language === 'en' ? ',' : '.');
}

function listRows(rows: number[], max = 10): string {
  return rows.length > max ? `${rows.slice(0, max).join(', ')}…` : rows.join(', ');
}

class Reader {
  readonly issues: Issue[] = [];
  constructor(
    private readonly raw: RawTable,
    private readonly header: Header,
    private readonly language: Language,
  ) {}

  column(index: number): string {
    return `${columnLetter(this.raw.firstColumn + index)} (${this.header.text.get(index) ?? ''})`;
  }

  keyColumn(key: FigureKey): string {
    const columns = this.header.columns[key];
    return columns === undefined ? KEY_LABELS[key] : columns.map((c) => this.column(c)).join(' + ');
  }

  push(severity: Issue['severity'], row: number | null, column: string | null, id: AggregateMessageId | 'badWholeNumber' | 'excelError', params: P = {}): void {
    const text = id === 'badWholeNumber' || id === 'excelError' ? message(id, this.language, params) : say(id, this.language, params);
    this.issues.push({ severity, sheet: this.raw.sheet, row, column, message: text, code: id });
  }

  n(value: number): string {
    return formatCount(value, this.language);
  }

  /** A data row's counts: errors for bad cells, blanks 0 beside a number, unknown otherwise; split columns summed, missing totals from their parts. */
  counts(cells: RawCell[], row: number): { counts: UnitCounts; resolvedEarlyOrOnTime: number | null; values: Map<number, number | null>; hasNumber: boolean; anyValue: boolean } {
    const read = new Map<number, CountCell>();
    let hasNumber = false;
    let anyValue = false;
    for (const c of countColumnsOf(this.header)) {
      const cell = readCount(cells[c]);
      read.set(c, cell);
      if (cell.kind === 'number') hasNumber = true;
      if (cell.kind !== 'blank') anyValue = true;
    }
    const values = new Map<number, number | null>();
    for (const [c, cell] of read) {
      if (cell.kind === 'number') values.set(c, cell.value);
      else if (cell.kind === 'blank') values.set(c, hasNumber ? 0 : null);
      else {
        values.set(c, null);
        if (cell.kind === 'bad') {
          const value = cellText(cells[c]);
          this.push('error', row, this.column(c), cell.excel ? 'excelError' : 'badWholeNumber', { value: value.length > 60 ? `${value.slice(0, 57)}…` : value });
        }
      }
    }
    const figures = Object.fromEntries(FIGURE_KEYS.map((k) => [k, null])) as Record<FigureKey, number | null>;
    const add = (parts: readonly (number | null)[]) => (parts.some((v) => v === null) ? null : parts.reduce<number>((a, v) => a + v!, 0));
    for (const key of FIGURE_KEYS) {
      const columns = this.header.columns[key];
      if (columns) figures[key] = add(columns.map((c) => values.get(c) ?? null));
    }
    if (!this.header.columns.resolvedEarlyOrOnTime) figures.resolvedEarlyOrOnTime = add([figures.resolvedEarly, figures.resolvedOnTime]);
    for (const total of this.header.derived) figures[total] = add(partsOf(this.header.columns, total).map((p) => figures[p]));
    const { resolvedEarlyOrOnTime, ...counts } = figures;
    return { counts, resolvedEarlyOrOnTime, values, hasNumber, anyValue };
  }

  /** The three sums inside a row, each when all its parts are known (a total computed from its parts is not checked). */
  checkRow(r: { row: number; counts: UnitCounts; resolvedEarlyOrOnTime: number | null }): void {
    const figure = (k: FigureKey) => (k === 'resolvedEarlyOrOnTime' ? r.resolvedEarlyOrOnTime : r.counts[k]);
    for (const total of TOTALS) {
      if (this.header.derived.includes(total) || this.header.columns[total] === undefined) continue;
      const parts = partsOf(this.header.columns, total);
      const value = r.counts[total];
      if (value === null || parts.some((p) => figure(p) === null)) continue;
      const sum = parts.reduce((s, p) => s + figure(p)!, 0);
      if (sum === value) continue;
      const names = parts.map((p) => this.keyColumn(p)).join(' + ');
      this.push('warning', r.row, this.keyColumn(total), 'aggregateRowSum', { value: this.n(value), other: this.n(sum), parts: names });
    }
  }

  /** A row against the rows it sums, cell by cell (every count column) where both are known. */
  checkSum(target: ReadRow, parts: readonly ReadRow[], id: 'aggregateSubtotal' | 'aggregateTotal', what = ''): void {
    if (parts.length === 0) return;
    for (const c of countColumnsOf(this.header)) {
      const value = target.values.get(c) ?? null;
      let sum: number | null = 0;
      for (const p of parts) {
        const v = p.values.get(c) ?? null;
        sum = v === null || sum === null ? null : sum + v;
      }
      if (value === null || sum === null || value === sum) continue;
      this.push('warning', target.row, this.column(c), id, {
        value: this.n(value),
        other: this.n(sum),
        count: parts.length,
        rows: listRows(parts.map((p) => p.row)),
        label: target.label,
        what,
      });
    }
  }
}

/** The last row that still looks like part of the table: an STT, a total label or a figure; the signature block under it is not read. */
function lastTableRow(rows: RawCell[][], header: Header, first: number): number {
  const countColumns = countColumnsOf(header);
  for (let i = rows.length - 1; i >= first; i--) {
    const cells = rows[i];
    if (!cells) continue;
    const stt = header.sttColumn === null ? '' : labelText(cells[header.sttColumn]);
    const label = labelText(cells[header.labelColumn]);
    if (sttRank(stt) !== null || totalKind(stt) || totalKind(label)) return i;
    if (countColumns.some((c) => { const k = readCount(cells[c]).kind; return k === 'number' || k === 'unknown'; })) return i;
  }
  return first - 1;
}

/**
 * Reads an aggregate table (see the module comment): its kind, agency, period, unit (or top)
 * rows, total row and the unit's figures, with an issue for each unreadable cell and each sum
 * that does not add up. Null, with one error, when the sheet has no such header.
 */
export function readAggregateTable(raw: RawTable, language: Language = 'vi'): { table: AggregateTable | null; issues: Issue[] } {
  const filled = fillMerges(raw);
  const { rows } = filled;
  const header = findHeader(rows);
  if (!header) {
    return { table: null, issues: [{ severity: 'error', sheet: raw.sheet, row: null, column: null, message: say('aggregateNoHeader', language), code: 'aggregateNoHeader' }] };
  }
  const reader = new Reader(filled, header, language);
  const combined = header.columns.resolvedEarlyOrOnTime && !(header.columns.resolvedEarly && header.columns.resolvedOnTime);
  const missing = UNIT_COUNT_KEYS.filter((k) => header.columns[k] === undefined && !header.derived.includes(k) && !(combined && (k === 'resolvedEarly' || k === 'resolvedOnTime')));
  if (combined) reader.push('warning', raw.firstRow + header.top, reader.keyColumn('resolvedEarlyOrOnTime'), 'aggregateEarlyOrOnTime', { value: reader.keyColumn('resolvedEarlyOrOnTime') });
  if (missing.length > 0) {
    reader.push('warning', raw.firstRow + header.top, null, 'aggregateMissingColumns', { value: missing.map((k) => `"${KEY_LABELS[k]}"`).join(', ') });
  }

  const first = header.top + header.depth;
  const last = lastTableRow(rows, header, first);
  const read: ReadRow[] = [];
  const totals: { row: ReadRow; kind: 'grand' | 'plain' }[] = [];
  for (let i = first; i <= last; i++) {
    const cells = rows[i] ?? [];
    if (isNumberingRow(cells)) continue;
    const row = raw.firstRow + i;
    const stt = header.sttColumn === null ? '' : cellText(cells[header.sttColumn]);
    const label = cellText(cells[header.labelColumn]).replace(/\s*\n\s*/g, ' ');
    const { counts, resolvedEarlyOrOnTime, values, hasNumber, anyValue } = reader.counts(cells, row);
    const total = totalKind(label) ?? totalKind(stt);
    if (total) {
      const r: ReadRow = { row, label: label || stt, rank: 0, counts, resolvedEarlyOrOnTime, values, hasNumber };
      reader.checkRow(r);
      totals.push({ row: r, kind: total });
      continue;
    }
    const ranks = [sttRank(stt), labelRank(label)].filter((x): x is number => x !== null);
    const rank = ranks.length > 0 ? Math.min(...ranks) : anyValue ? 3 : null;
    if (rank === null) continue; // a caption line, or blank
    const r: ReadRow = { row, label, rank, counts, resolvedEarlyOrOnTime, values, hasNumber };
    if (rank === 3 && !anyValue) reader.push('warning', row, reader.column(header.labelColumn), 'aggregateNoFigures', { value: label || stt });
    reader.checkRow(r);
    read.push(r);
  }

  // Subtotals: a row carrying numbers against the rows of the next rank under it, down to the next row of its rank or above.
  read.forEach((r, i) => {
    if (!r.hasNumber || r.rank >= 4) return;
    let end = i + 1;
    while (end < read.length && read[end].rank > r.rank) end++;
    const span = read.slice(i + 1, end).filter((c) => c.hasNumber);
    if (span.length === 0) return;
    const childRank = Math.min(...span.map((c) => c.rank));
    reader.checkSum(r, span.filter((c) => c.rank === childRank), 'aggregateSubtotal');
  });

  let chosen: ReadRow[];
  if (header.kind === 'byUnit') {
    chosen = read.filter((r) => r.rank === 3);
  } else {
    const withFigures = read.filter((r) => r.hasNumber && r.rank <= 3);
    const top = withFigures.length > 0 ? Math.min(...withFigures.map((r) => r.rank)) : 3;
    chosen = read.filter((r) => r.rank === top);
  }
  const toRow = (r: ReadRow): AggregateRow => ({ label: r.label, counts: r.counts, resolvedEarlyOrOnTime: r.resolvedEarlyOrOnTime, sheet: raw.sheet, row: r.row });
  const grand = totals.filter((t) => t.kind === 'grand');
  const totalRead = (grand.length > 0 ? grand : totals).at(-1)?.row ?? null;
  const total = totalRead ? toRow(totalRead) : null;
  if (totalRead) reader.checkSum(totalRead, chosen, 'aggregateTotal', header.kind === 'byUnit' ? (language === 'en' ? 'unit' : 'đơn vị') : language === 'en' ? 'top-level' : 'cấp trên cùng');
  if (!total && chosen.length === 0) reader.push('warning', raw.firstRow + header.top, null, 'aggregateNoRows');

  const sum = total ? { ...total.counts } : emptyCounts();
  if (!total && chosen.length > 0) for (const key of UNIT_COUNT_KEYS) sum[key] = sumOf(chosen, key);
  const sumResolvedEarlyOrOnTime = total ? total.resolvedEarlyOrOnTime : chosen.length > 0 && chosen.every((r) => r.resolvedEarlyOrOnTime !== null) ? chosen.reduce((s, r) => s + r.resolvedEarlyOrOnTime!, 0) : null;

  const title = titleIndex(rows, header.top);
  const table: AggregateTable = {
    kind: header.kind,
    sheet: raw.sheet,
    ...(raw.file !== undefined ? { file: raw.file } : {}),
    agency: findAgency(rows, header, title),
    period: findPeriod(rows, header.top),
    rows: chosen.map(toRow),
    total,
    sum,
    sumResolvedEarlyOrOnTime,
  };
  return { table, issues: reader.issues };
}
