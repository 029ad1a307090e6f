import { dayFromDate, dayFromExcelSerial, parseDayText } from './days';
import { MessageId } from './messages';
import { normalizeLabel } from './text';
import { Channel, DayNumber, EndStatus, OnlineLevel, RawCell, Regulator } from './types';

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
  return typeof cell === 'string' && EXCEL_ERRORS.test(cell.trim());
}

/** The cell as trimmed text; numbers as written (`12`), dates as dd/mm/yyyy. */
export function cellText(cell: RawCell): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell).trim();
}

/** Dates: Excel dates, serial numbers, `dd/mm/yyyy` or `yyyy-mm-dd` text. */
export function parseDateCell(cell: RawCell): Parsed<DayNumber> {
  if (isBlank(cell)) return BLANK;
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? fail('badDate') : ok(dayFromDate(cell));
  if (typeof cell === 'number') {
    const day = Number.isFinite(cell) ? dayFromExcelSerial(cell) : null;
    return day === null ? fail('badDate') : ok(day);
  }
  if (typeof cell === 'string') {
    const day = parseDayText(cell);
    return day === null ? fail('badDate') : ok(day);
  }
  return fail('badDate');
}

const YES = new Set(['co', 'x', 'true', '1', 'yes', 'y', 'dat', 'da']);
const NO = new Set(['khong', 'false', '0', 'no', 'n', '']);

/** Yes/no: `Có`/`Không`, `x`/blank, TRUE/FALSE, 1/0 (also yes/no). Blank is no. */
export function parseYesNoCell(cell: RawCell): Parsed<boolean> {
  if (isBlank(cell)) return ok(false);
  if (typeof cell === 'boolean') return ok(cell);
  if (typeof cell === 'number') return cell === 1 ? ok(true) : cell === 0 ? ok(false) : fail('badYesNo');
  const t = normalizeLabel(cellText(cell));
  if (YES.has(t)) return ok(true);
  if (NO.has(t)) return ok(false);
  return fail('badYesNo');
}

/** Kênh tiếp nhận: `Trực tuyến` / `Trực tiếp` / `Bưu chính` (BCCI), codes 2 / 1 / 3; blank is direct. */
export function parseChannelCell(cell: RawCell): Parsed<Channel> {
  if (isBlank(cell)) return ok('direct');
  const t = normalizeLabel(cellText(cell));
  if (t === '2' || t.startsWith('truc tuyen') || t === 'online' || t.startsWith('dvc') || t === 'qua mang') return ok('online');
  if (t === '1' || t.startsWith('truc tiep') || t === 'direct' || t === 'in person') return ok('direct');
  if (t === '3' || t.startsWith('buu chinh') || t === 'bcci' || t === 'postal' || t === 'post') return ok('postal');
  return fail('badChannel');
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

/** Trạng thái: only the statuses that end a dossier matter; the usual others read as none. */
export function parseStatusCell(cell: RawCell): Parsed<EndStatus> {
  if (isBlank(cell)) return BLANK;
  const t = normalizeLabel(cellText(cell));
  if (t.startsWith('rut') || t === 'withdrawn') return ok('withdrawn');
  if (t.startsWith('tu choi') || t === 'rejected') return ok('rejected');
  if (t.startsWith('dung xu ly') || t === 'dung' || t === 'stopped') return ok('stopped');
  if (/^(da |dang |cho |chua |hoan thanh|da giai quyet|tra ket qua|resolved|pending|completed|processing)/.test(t)) return BLANK;
  return fail('badStatus');
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

/** A whole number of 0 or more (processing days). */
export function parseWholeNumberCell(cell: RawCell): Parsed<number> {
  const n = parseNumberCell(cell);
  if (!n.ok || n.value === null) return n.ok ? n : fail('badWholeNumber');
  return Number.isInteger(n.value) && n.value >= 0 ? n : fail('badWholeNumber');
}
