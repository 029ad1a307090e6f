/**
 * Tổng hợp: many units' figures in one report of the province (or of a sở and its branches).
 * Each unit arrives as a dossier log (its figures computed here for the period) or as a row of an
 * aggregate table it sent (II.06a by unit, form 06); the same unit must not arrive twice with
 * different figures, and the total is the sum of the units, unknown where any unit's is.
 */

import { DossierIdRegistry } from './dossierIds';
import type { UnitCountKey, UnitCounts } from './aggregateTables';
import { UNIT_COUNT_KEYS } from './aggregateTables';
import { formatDay } from './days';
import type { DayNumber, GovernmentLevel, Indicators, Issue, Language, Period } from './types';
import { resolveUnit, type UnitMapping } from './units';

export type { UnitCountKey, UnitCounts };
export { UNIT_COUNT_KEYS };

/** One unit's figures as one file gives them. */
export interface UnitSource {
  /** The unit's name as the file spells it (ThongTin's agency, a table row's label). */
  found: string;
  counts: UnitCounts;
  file: string;
  sheet: string;
  /** The table row the figures are on; null for a dossier log. */
  row: number | null;
  kind: 'log' | 'table';
  /** The period the file's title states (aggregate tables); null when it states none. */
  period: { from: DayNumber; to: DayNumber } | null;
  /** The dossier IDs of a log, to find a dossier counted by two units. */
  dossierIds?: readonly string[];
}

export interface SourceRef {
  file: string;
  sheet: string;
  row: number | null;
}

export interface ConsolidatedUnit {
  /** The unit's name as printed. */
  unit: string;
  key: string;
  level: GovernmentLevel | null;
  counts: UnitCounts;
  /** Where its figures came from (more than one when a file repeated identical figures). */
  sources: SourceRef[];
  onTimeRate: number | null;
  onlineShare: number | null;
}

/** The units of one level, in print order, with their subtotal. */
export interface LevelGroup {
  level: GovernmentLevel | null;
  units: ConsolidatedUnit[];
  counts: UnitCounts;
}

export interface Consolidation {
  period: Period;
  /** Levels in print order: tỉnh, xã, then units of no known level; each group's units alphabetical. */
  groups: LevelGroup[];
  units: ConsolidatedUnit[];
  total: UnitCounts;
  onTimeRate: number | null;
  onlineShare: number | null;
  /** Every name found and the unit it was taken for: the rows of a `DonVi` sheet the user can correct. */
  names: { found: string; unit: string; level: GovernmentLevel | null }[];
  issues: Issue[];
}

/** A unit's counts with every figure unknown. */
export function unknownUnitCounts(): UnitCounts {
  const counts = {} as UnitCounts;
  for (const key of UNIT_COUNT_KEYS) counts[key] = null;
  return counts;
}

/** A unit's counts with every figure zero (the start of a sum). */
export function zeroUnitCounts(): UnitCounts {
  const counts = {} as UnitCounts;
  for (const key of UNIT_COUNT_KEYS) counts[key] = 0;
  return counts;
}

/** Form 06's figures of a period's indicators: trực tiếp and bưu chính together, as the form prints them. */
export function unitCountsOf(i: Indicators): UnitCounts {
  const directPostal = i.newDirect === null || i.newPostal === null ? null : i.newDirect + i.newPostal;
  return {
    received: i.received,
    newOnline: i.newOnline,
    newDirectPostal: directPostal,
    carriedOver: i.carriedOver,
    resolved: i.resolved,
    resolvedEarly: i.resolvedEarly,
    resolvedOnTime: i.resolvedOnTime,
    resolvedLate: i.resolvedLate,
    pending: i.pending,
    pendingInTime: i.pendingInTime,
    pendingOverdue: i.pendingOverdue,
  };
}

/** Figure by figure sums, unknown where any part is. A loop: a province has hundreds of units. */
export function sumUnitCounts(parts: readonly UnitCounts[]): UnitCounts {
  const sum = zeroUnitCounts();
  for (const part of parts) {
    for (const key of UNIT_COUNT_KEYS) {
      const a = sum[key];
      const b = part[key];
      sum[key] = a === null || b === null ? null : a + b;
    }
  }
  return sum;
}

/** Tỷ lệ đúng hạn: resolved early or on time among resolved; null when unknown or none resolved. */
export function unitOnTimeRate(c: UnitCounts): number | null {
  const inTime = resolvedEarlyOrOnTime(c);
  if (c.resolved === null || inTime === null || c.resolved === 0) return null;
  return inTime / c.resolved;
}

/**
 * Trước hạn và đúng hạn: early plus on time, or, from a table that prints them as one column
 * (Hà Nội's "đúng và trước hạn", DOMAIN-2026 §2.2), resolved less late; null when neither is known.
 */
export function resolvedEarlyOrOnTime(c: UnitCounts): number | null {
  if (c.resolvedEarly !== null && c.resolvedOnTime !== null) return c.resolvedEarly + c.resolvedOnTime;
  if (c.resolved !== null && c.resolvedLate !== null) return c.resolved - c.resolvedLate;
  return null;
}

/** Tỷ lệ trực tuyến: new dossiers received online among new dossiers; null when unknown or none new. */
export function unitOnlineShare(c: UnitCounts): number | null {
  if (c.newOnline === null || c.received === null || c.carriedOver === null) return null;
  const fresh = c.received - c.carriedOver;
  return fresh > 0 ? c.newOnline / fresh : null;
}

const sameCounts = (a: UnitCounts, b: UnitCounts) => UNIT_COUNT_KEYS.every((k) => a[k] === b[k]);

const LEVEL_ORDER: (GovernmentLevel | null)[] = ['province', 'commune', null];

/** Where a source is, for messages: `so-tu-phap.xlsx, trang HoSo` / `… sheet HoSo, row 12`. */
function placeOf(s: SourceRef, en: boolean): string {
  const row = s.row === null ? '' : en ? `, row ${s.row}` : `, dòng ${s.row}`;
  return en ? `${s.file}, sheet ${s.sheet}${row}` : `${s.file}, trang ${s.sheet}${row}`;
}

/** The sheet an issue names: the file and its sheet, since many files have a sheet `HoSo`. */
const issueSheet = (s: SourceRef) => `${s.file} › ${s.sheet}`;

/** At most this many dossier IDs are named in the warning of IDs found in two logs. */
export const SHOWN_IDS = 3;

/**
 * The province's figures: each source taken for its unit (`DonVi` first, then the name), the
 * same unit twice an error unless its figures are the same (then counted once, with a warning),
 * a file stating another period a warning, a dossier ID in two logs a warning; units grouped by
 * level (tỉnh, xã, unknown) with subtotals, and the total their sum.
 */
export function consolidate(sources: readonly UnitSource[], period: Period, mapping: UnitMapping, language: Language = 'vi', ids?: DossierIdRegistry): Consolidation {
  const en = language === 'en';
  const issues: Issue[] = [];
  const byKey = new Map<string, { unit: ConsolidatedUnit; first: UnitSource }>();
  const names = new Map<string, { found: string; unit: string; level: GovernmentLevel | null }>();

  for (const source of sources) {
    const ref: SourceRef = { file: source.file, sheet: source.sheet, row: source.row };
    if (source.period && (source.period.from !== period.from || source.period.to !== period.to)) {
      issues.push({
        severity: 'warning',
        sheet: issueSheet(ref),
        row: source.row,
        column: null,
        code: 'sourcePeriodDiffers',
        message: en
          ? `${source.file} states the period ${formatDay(source.period.from)}–${formatDay(source.period.to)}, not ${formatDay(period.from)}–${formatDay(period.to)} being consolidated: check it is the right file.`
          : `${source.file} ghi kỳ từ ${formatDay(source.period.from)} đến ${formatDay(source.period.to)}, khác kỳ đang tổng hợp (${formatDay(period.from)}–${formatDay(period.to)}): kiểm tra đúng tệp.`,
      });
    }
    const resolved = resolveUnit(source.found, mapping);
    if (!names.has(source.found)) names.set(source.found, { found: source.found, unit: resolved.unit, level: resolved.level });
    const existing = byKey.get(resolved.key);
    if (!existing) {
      const unit: ConsolidatedUnit = {
        unit: resolved.unit,
        key: resolved.key,
        level: resolved.level,
        counts: { ...source.counts },
        sources: [ref],
        onTimeRate: null,
        onlineShare: null,
      };
      byKey.set(resolved.key, { unit, first: source });
      continue;
    }
    const firstPlace = placeOf(existing.unit.sources[0], en);
    const name = existing.unit.unit;
    if (sameCounts(existing.unit.counts, source.counts)) {
      existing.unit.sources.push(ref);
      issues.push({
        severity: 'warning',
        sheet: issueSheet(ref),
        row: source.row,
        column: null,
        code: 'unitRepeated',
        message: en
          ? `${name} comes twice with the same figures (${firstPlace}; ${placeOf(ref, en)}): counted once.`
          : `${name} có hai lần với cùng số liệu (${firstPlace}; ${placeOf(ref, en)}): chỉ tính một lần.`,
      });
    } else {
      issues.push({
        severity: 'error',
        sheet: issueSheet(ref),
        row: source.row,
        column: null,
        code: 'unitTwice',
        message: en
          ? `${name} comes twice with different figures (${firstPlace}; ${placeOf(ref, en)}): remove one file or correct the ${'DonVi'} sheet if they are two units. Only the first is counted.`
          : `${name} có hai lần với số liệu khác nhau (${firstPlace}; ${placeOf(ref, en)}): bỏ một tệp, hoặc sửa trang DonVi nếu đây là hai đơn vị. Chỉ tính lần đầu.`,
      });
    }
  }

  issues.push(...sharedDossierIds(sources, en, ids));

  const units = [...byKey.values()].map(({ unit }) => ({ ...unit, onTimeRate: unitOnTimeRate(unit.counts), onlineShare: unitOnlineShare(unit.counts) }));
  for (const unit of units) {
    if (unit.level !== null) continue;
    issues.push({
      severity: 'warning',
      sheet: issueSheet(unit.sources[0]),
      row: unit.sources[0].row,
      column: null,
      code: 'unitLevelUnknown',
      message: en
        ? `The level of ${unit.unit} is not known (its name says neither sở nor xã): write "tỉnh" or "xã" in the Cấp column of the DonVi sheet.`
        : `Chưa xác định cấp của ${unit.unit} (tên không cho biết sở hay xã): ghi "tỉnh" hoặc "xã" ở cột Cấp của trang DonVi.`,
    });
  }

  const groups: LevelGroup[] = LEVEL_ORDER.map((level) => {
    const members = units.filter((u) => u.level === level).sort((a, b) => a.unit.localeCompare(b.unit, 'vi'));
    return { level, units: members, counts: sumUnitCounts(members.map((u) => u.counts)) };
  }).filter((g) => g.units.length > 0);
  const ordered = groups.flatMap((g) => g.units);
  const total = sumUnitCounts(ordered.map((u) => u.counts));
  return {
    period,
    groups,
    units: ordered,
    total,
    onTimeRate: unitOnTimeRate(total),
    onlineShare: unitOnlineShare(total),
    names: [...names.values()],
    issues,
  };
}

/**
 * A warning for each pair of logs that share dossier IDs: the same dossier would be counted
 * twice. The IDs are the sources' `dossierIds`, or those already given to `registered` (by
 * source index) as each file was read, so that millions of IDs are never held as strings.
 */
function sharedDossierIds(sources: readonly UnitSource[], en: boolean, registered?: DossierIdRegistry): Issue[] {
  const registry = registered ?? new DossierIdRegistry(SHOWN_IDS);
  if (!registered) sources.forEach((source, index) => registry.add(index, source.dossierIds ?? []));
  return registry.sharedPairs().map(({ first, second, count, shown: ids }) => {
    const a = sources[first];
    const b = sources[second];
    const shown = ids.slice(0, SHOWN_IDS).join(', ') + (count > SHOWN_IDS ? '…' : '');
    return {
      severity: 'warning' as const,
      sheet: issueSheet(b),
      row: null,
      column: null,
      code: 'dossierInTwoLogs',
      message: en
        ? `${count} dossier IDs are in both ${a.file} and ${b.file} (${shown}): the same dossiers may be counted by two units.`
        : `${count} mã hồ sơ có trong cả ${a.file} và ${b.file} (${shown}): có thể một hồ sơ được hai đơn vị tính.`,
    };
  });
}

/**
 * The units ranked by a rate, best first; units whose rate is unknown last, in name order. Ties
 * keep name order, so the ranking is the same on every run.
 */
export function rankUnits(units: readonly ConsolidatedUnit[], rate: (u: ConsolidatedUnit) => number | null): ConsolidatedUnit[] {
  return [...units].sort((a, b) => {
    const ra = rate(a);
    const rb = rate(b);
    if (ra === null || rb === null) return ra === rb ? a.unit.localeCompare(b.unit, 'vi') : ra === null ? 1 : -1;
    return rb - ra || a.unit.localeCompare(b.unit, 'vi');
  });
}

/** The units with dossiers resolved late or pending past their due date. */
export function unitsWithOverdue(units: readonly ConsolidatedUnit[]): ConsolidatedUnit[] {
  return units.filter((u) => (u.counts.resolvedLate ?? 0) > 0 || (u.counts.pendingOverdue ?? 0) > 0);
}
