import { dayFromDate, dayFromExcelSerial, parseDayText } from './days';
import { MessageId } from './messages';
import { normalizeLabel } from './text';
import { Channel, DayNumber, EndStatus, GovernmentLevel, OnlineLevel, RawCell, Regulator } from './types';
import { CHANNEL_VOCABULARY, STATUS_VOCABULARY, StatusMeaning, vocabularyLookup, YES_NO_VOCABULARY } from './vocabulary';

/** A cell read as a value of type T, blank, or a value that cannot be read (with the message to give). */
export type Parsed<T> = { ok: true; value: T | null } | { ok: false; error: MessageId };

const BLANK = { ok: true, value: null } as const;
const fail = (error: MessageId) => ({ ok: false, error }) as const;
const ok = <T>(value: T) => ({ ok: true, value }) as const;

export function isBlank(cell: RawCell): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

const EXCEL_ERRORS = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/;

/** An Excel error value (`#N/A`, `#REF!`…), as the readers hand it over: its text. */
export function isExcelError(cell: RawCell): boolean {
  // Every error holds a '#': a cheap look first, since every cell read is asked.
  return typeof cell === 'string' && cell.includes('#') && EXCEL_ERRORS.test(cell.trim());
}

/** The cell as trimmed text; numbers as written (`12`), dates as dd/mm/yyyy. */
export function cellText(cell: RawCell): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell).trim();
}

/** Days from 1900-based to 1904-based serial numbers (Excel's two date systems). */
const DATE_1904_OFFSET = 1462;

/**
 * Dates: Excel dates, serial numbers (counted from 1904 in a `date1904` workbook),
 * `dd/mm/yyyy` or `yyyy-mm-dd` text; a time of day is ignored ("15/06/2026 08:30:00").
 */
export function parseDateCell(cell: RawCell, date1904 = false): Parsed<DayNumber> {
  if (isBlank(cell)) return BLANK;
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? fail('badDate') : ok(dayFromDate(cell));
  if (typeof cell === 'number') {
    const day = Number.isFinite(cell) ? dayFromExcelSerial(date1904 ? cell + DATE_1904_OFFSET : cell) : null;
    return day === null ? fail('badDate') : ok(day);
  }
  if (typeof cell === 'string') {
    const day = parseDayText(cell);
    return day === null ? fail('badDate') : ok(day);
  }
  return fail('badDate');
}

const readYesNo = vocabularyLookup(YES_NO_VOCABULARY);
const readChannel = vocabularyLookup(CHANNEL_VOCABULARY);
const readStatus = vocabularyLookup(STATUS_VOCABULARY);

/** Yes/no: `Có`/`Không`, `x`/blank, TRUE/FALSE, 1/0, `Đã …`/`Chưa …` (YES_NO_VOCABULARY). Blank is no. */
export function parseYesNoCell(cell: RawCell): Parsed<boolean> {
  if (isBlank(cell)) return ok(false);
  if (typeof cell === 'boolean') return ok(cell);
  if (typeof cell === 'number') return cell === 1 ? ok(true) : cell === 0 ? ok(false) : fail('badYesNo');
  const entry = readYesNo(cellText(cell));
  return entry ? ok(entry.value) : fail('badYesNo');
}

/** Kênh tiếp nhận (CHANNEL_VOCABULARY): trực tuyến / trực tiếp / bưu chính, codes 2 / 1 / 3; blank is direct. */
export function parseChannelCell(cell: RawCell): Parsed<Channel> {
  if (isBlank(cell)) return ok('direct');
  const entry = readChannel(cellText(cell));
  return entry ? ok(entry.value) : fail('badChannel');
}

/** Mức DVCTT: `Toàn trình` (old level 4) / `Một phần` (old level 3) / `Không`; 4, 3, 2 accepted. */
export function parseOnlineLevelCell(cell: RawCell): Parsed<OnlineLevel> {
  if (isBlank(cell)) return ok('none');
  const t = normalizeLabel(cellText(cell)).replace(/^muc do |^muc /, '');
  if (t === '4' || t === 'toan trinh' || t === 'full') return ok('full');
  if (t === '3' || t === 'mot phan' || t === 'partial') return ok('partial');
  if (t === '2' || t === '1' || t === 'khong' || t === 'none' || t === 'no' || t === 'thong tin') return ok('none');
  return fail('badLevel');
}

export function parseRegulatorCell(cell: RawCell): Parsed<Regulator> {
  if (isBlank(cell)) return BLANK;
  const t = normalizeLabel(cellText(cell));
  if (t === 'trung uong' || t === 'tw' || t === 'central') return ok('central');
  if (t === 'dia phuong' || t === 'dp' || t === 'local') return ok('local');
  return fail('badRegulator');
}

/** The end a status gives a dossier: withdrawn, rejected or stopped; null for the others. */
export function endStatusOf(meaning: StatusMeaning | null): EndStatus | null {
  return meaning === 'withdrawn' || meaning === 'rejected' || meaning === 'stopped' ? meaning : null;
}

/** A status cell read only for how it ends a dossier (the custom functions' status range). */
export function parseEndStatusCell(cell: RawCell): Parsed<EndStatus> {
  const p = parseStatusCell(cell);
  return p.ok ? { ok: true, value: endStatusOf(p.value) } : p;
}

/** Trạng thái (STATUS_VOCABULARY): the national list by code or label, and the words kept by hand. */
export function parseStatusCell(cell: RawCell): Parsed<StatusMeaning> {
  if (isBlank(cell)) return BLANK;
  const entry = readStatus(cellText(cell));
  return entry ? ok(entry.value) : fail('badStatus');
}

/**
 * Numbers, also written with Vietnamese thousands dots (`1.234`) and decimal
 * comma (`12,5`).
 */
export function parseNumberCell(cell: RawCell): Parsed<number> {
  if (isBlank(cell)) return BLANK;
  if (typeof cell === 'number') return Number.isFinite(cell) ? ok(cell) : fail('badNumber');
  if (typeof cell !== 'string') return fail('badNumber');
  let t = cell.trim().replace(/\s/g, '');
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(t)) t = t.replace(/\./g, '').replace(',', '.');
  else if (/^-?\d+,\d+$/.test(t)) t = t.replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(t)) return fail('badNumber');
  return ok(Number(t));
}

/** A whole number of 0 or more. */
export function parseWholeNumberCell(cell: RawCell): Parsed<number> {
  const n = parseNumberCell(cell);
  if (!n.ok || n.value === null) return n.ok ? n : fail('badWholeNumber');
  return Number.isInteger(n.value) && n.value >= 0 ? n : fail('badWholeNumber');
}

/** Thời hạn giải quyết: a whole number of days, also written with its unit ("05 ngày làm việc", "15 ngày"). */
export function parseDaysCell(cell: RawCell): Parsed<number> {
  if (typeof cell === 'string') {
    const m = /^\s*(\d+)\s*(ngay|ngày|days?)\b/i.exec(cell.normalize('NFC'));
    if (m) return ok(Number(m[1]));
  }
  return parseWholeNumberCell(cell);
}

/** Cấp thực hiện: `Cấp tỉnh` (tỉnh, sở, ban, ngành) or `Cấp xã` (xã, phường, đặc khu); a text naming both is no single level. */
export function parseLevelCell(cell: RawCell): Parsed<GovernmentLevel> {
  if (isBlank(cell)) return BLANK;
  const t = normalizeLabel(cellText(cell)).replace(/^cap /, '');
  const province = /\b(tinh|so|ban nganh|province|provincial)\b/.test(t);
  const commune = /\b(xa|phuong|dac khu|commune)\b/.test(t);
  if (province && commune) return BLANK;
  if (province) return ok('province');
  if (commune) return ok('commune');
  return fail('badLevelOfGovernment');
}

/**
 * Văn bản xin lỗi: yes/no, or the letter itself (its number, "Số 12/TB-UBND"): any other text
 * means a letter was sent.
 */
export function parseLetterCell(cell: RawCell): Parsed<boolean> {
  const yesNo = parseYesNoCell(cell);
  if (yesNo.ok) return yesNo;
  return ok(true);
}
