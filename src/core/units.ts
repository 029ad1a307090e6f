/**
 * Đơn vị: the units whose figures a province (or a sở) adds up: sở, ban, ngành at the level of
 * the province, xã, phường, đặc khu below it (two-tier government since 01/07/2025). A unit's
 * name comes spelt many ways ("UBND xã Đông Sơn", "Xã Đông Sơn", "XÃ ĐÔNG SƠN"); `unitKey` makes
 * them one, and the `DonVi` mapping sheet (name as found → unit, level) settles the rest.
 */

import { cellText, parseLevelCell } from './cells';
import { columnLetter, normalizeLabel } from './text';
import type { GovernmentLevel, Issue, Language, RawTable } from './types';

/** The mapping sheet's name and its three columns, as the tool writes them and reads them back. */
export const UNIT_SHEET = 'DonVi';
export const UNIT_COLUMNS = { found: 'Tên trong tệp', unit: 'Đơn vị', level: 'Cấp' } as const;

/** Words in front of a commune's name that do not tell it apart: "UBND xã X" is "Xã X". */
const COUNCIL_PREFIX = /^(uy ban nhan dan|ubnd)\s+/;

/**
 * The unit a name stands for, as compared: no case, no diacritics, no punctuation, and without
 * "UBND" / "Ủy ban nhân dân" in front (`UBND xã Đông Sơn`, `Xã Đông Sơn`, `XÃ ĐÔNG SƠN` → `xa dong son`).
 */
export function unitKey(name: string): string {
  return normalizeLabel(name).replace(COUNCIL_PREFIX, '');
}

const PROVINCE_WORDS = /^(so|ban|van phong|thanh tra|cong an|bao hiem xa hoi|cuc|chi cuc|trung tam|kho bac|doi|bo chi huy)\b/;
const COMMUNE_WORDS = /^(xa|phuong|dac khu|thi tran)\b/;

/** The level a unit's name tells (a Sở: tỉnh; a Xã, Phường or Đặc khu: xã), or null when it tells none. */
export function levelFromName(name: string): GovernmentLevel | null {
  const key = unitKey(name);
  if (COMMUNE_WORDS.test(key)) return 'commune';
  if (PROVINCE_WORDS.test(key)) return 'province';
  return null;
}

/**
 * A unit's name as printed: without "UBND" in front, first letter capital; a name found all in
 * capitals (an agency line "SỞ TƯ PHÁP") keeps its words but not the capitals ("Sở Tư Pháp").
 */
export function unitDisplayName(name: string): string {
  let text = name.replace(/\s+/g, ' ').trim().replace(/^(ủy ban nhân dân|uỷ ban nhân dân|ubnd)\s+/iu, '');
  if (text !== '' && text === text.toLocaleUpperCase('vi') && /\p{L}/u.test(text)) {
    text = text
      .toLocaleLowerCase('vi')
      .split(' ')
      .map((w) => w.charAt(0).toLocaleUpperCase('vi') + w.slice(1))
      .join(' ');
  }
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

export interface UnitMappingEntry {
  /** The name as a file spells it. */
  found: string;
  /** The unit it is. */
  unit: string;
  level: GovernmentLevel | null;
  /** Where the entry was read, for messages. */
  sheet: string;
  row: number;
}

/** `DonVi`: names as found, by `unitKey`. */
export interface UnitMapping {
  entries: UnitMappingEntry[];
}

export const NO_MAPPING: UnitMapping = { entries: [] };

/** True when a sheet is the mapping sheet: named `DonVi`, or headed `Tên trong tệp | Đơn vị`. */
export function isUnitMapping(raw: RawTable): boolean {
  if (normalizeLabel(raw.sheet) === normalizeLabel(UNIT_SHEET)) return true;
  const header = (raw.rows[0] ?? []).map((c) => normalizeLabel(cellText(c)));
  return header.includes(normalizeLabel(UNIT_COLUMNS.found)) && header.includes(normalizeLabel(UNIT_COLUMNS.unit));
}

/**
 * Reads `DonVi`: a header row with `Tên trong tệp`, `Đơn vị` and (optional) `Cấp` (tỉnh / xã),
 * then a row per name. A row without a unit maps the name to itself; a level that is neither
 * tỉnh nor xã is an error naming the cell; the same name mapped to two units is an error.
 */
export function readUnitMapping(raw: RawTable, language: Language = 'vi'): { mapping: UnitMapping; issues: Issue[] } {
  const issues: Issue[] = [];
  const en = language === 'en';
  const headerIndex = raw.rows.findIndex((row) => row.some((c) => normalizeLabel(cellText(c)) === normalizeLabel(UNIT_COLUMNS.found)));
  if (headerIndex < 0) {
    issues.push({
      severity: 'error',
      sheet: raw.sheet,
      row: null,
      column: null,
      code: 'unitMappingHeader',
      message: en
        ? `The ${UNIT_SHEET} sheet has no "${UNIT_COLUMNS.found}" column: write its header row "${UNIT_COLUMNS.found} | ${UNIT_COLUMNS.unit} | ${UNIT_COLUMNS.level}".`
        : `Trang ${UNIT_SHEET} không có cột "${UNIT_COLUMNS.found}": ghi dòng tiêu đề "${UNIT_COLUMNS.found} | ${UNIT_COLUMNS.unit} | ${UNIT_COLUMNS.level}".`,
    });
    return { mapping: NO_MAPPING, issues };
  }
  const header = raw.rows[headerIndex].map((c) => normalizeLabel(cellText(c)));
  const col = (label: string) => header.indexOf(normalizeLabel(label));
  const [foundCol, unitCol, levelCol] = [col(UNIT_COLUMNS.found), col(UNIT_COLUMNS.unit), col(UNIT_COLUMNS.level)];
  const letter = (i: number) => columnLetter(raw.firstColumn + i);
  const entries: UnitMappingEntry[] = [];
  const seen = new Map<string, UnitMappingEntry>();
  for (let r = headerIndex + 1; r < raw.rows.length; r += 1) {
    const row = raw.rows[r];
    const found = cellText(row[foundCol] ?? null).trim();
    if (found === '') continue;
    const sheetRow = raw.firstRow + r;
    const unit = (unitCol >= 0 ? cellText(row[unitCol] ?? null).trim() : '') || found;
    let level: GovernmentLevel | null = null;
    if (levelCol >= 0) {
      const parsed = parseLevelCell(row[levelCol] ?? null);
      if (parsed.ok) level = parsed.value;
      else {
        issues.push({
          severity: 'error',
          sheet: raw.sheet,
          row: sheetRow,
          column: `${letter(levelCol)} (${UNIT_COLUMNS.level})`,
          code: 'badUnitLevel',
          message: en
            ? `"${cellText(row[levelCol] ?? null)}" is not a level: write "tỉnh" (sở, ban, ngành) or "xã" (xã, phường, đặc khu).`
            : `"${cellText(row[levelCol] ?? null)}" không phải cấp: ghi "tỉnh" (sở, ban, ngành) hoặc "xã" (xã, phường, đặc khu).`,
        });
      }
    }
    const entry: UnitMappingEntry = { found, unit, level, sheet: raw.sheet, row: sheetRow };
    const key = unitKey(found);
    const before = seen.get(key);
    if (before && unitKey(before.unit) !== unitKey(unit)) {
      issues.push({
        severity: 'error',
        sheet: raw.sheet,
        row: sheetRow,
        column: `${letter(foundCol)} (${UNIT_COLUMNS.found})`,
        code: 'unitMappedTwice',
        message: en
          ? `"${found}" is mapped to "${before.unit}" in row ${before.row} and to "${unit}" here: keep one.`
          : `"${found}" đã ứng với "${before.unit}" ở dòng ${before.row} và với "${unit}" ở đây: giữ một.`,
      });
      continue;
    }
    seen.set(key, entry);
    entries.push(entry);
  }
  return { mapping: { entries }, issues };
}

export interface ResolvedUnit {
  /** The unit's name as printed. */
  unit: string;
  /** What identifies it: names spelt differently but mapped to one unit share it. */
  key: string;
  level: GovernmentLevel | null;
  /** True when `DonVi` named it. */
  mapped: boolean;
}

/**
 * The unit a found name is: through `DonVi` when it lists the name (or a spelling `unitKey`
 * makes equal), else the name itself; the level from `DonVi`, else from the name.
 */
export function resolveUnit(found: string, mapping: UnitMapping): ResolvedUnit {
  const key = unitKey(found);
  const entry = mapping.entries.find((e) => unitKey(e.found) === key) ?? mapping.entries.find((e) => unitKey(e.unit) === key);
  if (entry) {
    return { unit: unitDisplayName(entry.unit), key: unitKey(entry.unit), level: entry.level ?? levelFromName(entry.unit), mapped: true };
  }
  return { unit: unitDisplayName(found), key, level: levelFromName(found), mapped: false };
}

/** A level as the `Cấp` column of `DonVi` writes it (and `parseLevelCell` reads it back). */
export const UNIT_LEVEL_TEXT: Record<GovernmentLevel, string> = { province: 'tỉnh', commune: 'xã' };

/** The `DonVi` sheet a consolidation writes: its header, a row per name found (name, unit, level), column widths. */
export interface UnitSheetContent {
  header: string[];
  rows: string[][];
  columnWidths: number[];
}

/**
 * The `DonVi` sheet of the names a consolidation found and the unit and level each was taken
 * for, for the user to correct and give back as one of the inputs (`readUnitMapping` reads it).
 */
export function unitSheetOf(names: readonly { found: string; unit: string; level: GovernmentLevel | null }[]): UnitSheetContent {
  return {
    header: [UNIT_COLUMNS.found, UNIT_COLUMNS.unit, UNIT_COLUMNS.level],
    rows: names.map((n) => [n.found, n.unit, n.level === null ? '' : UNIT_LEVEL_TEXT[n.level]]),
    columnWidths: [40, 40, 10],
  };
}
