/**
 * Seeded dossier logs for the benchmark: a catalogue of 10 procedures in 4
 * fields and N dossiers received over 2023–2024, with the mix a provincial
 * department's log has (online / direct / postal, blank due dates left for the
 * engine to compute, dossiers still being processed, withdrawn and rejected ones).
 *
 * The same generator feeds the .xlsx files (ExcelJS streaming writer), the
 * in-memory Dossier[] of the engine-alone timing and the formula baselines, so
 * every measurement counts the same dossiers.
 */
import ExcelJS from 'exceljs';
import { promises as fs, existsSync } from 'fs';
import path from 'path';
import { dateFromDay, dayFromParts, excelSerialFromDay } from '../src/core/days';
import { defaultHolidayEntries } from '../src/core/holidays';
import { DOSSIER_TABLE, headerOf, PROCEDURE_TABLE } from '../src/core/schema';
import { Channel, DayNumber, Dossier, EndStatus, Procedure } from '../src/core/types';
import { WorkCalendar } from '../src/core/workingDays';
import { UNKNOWN_DOSSIER_2026, UNKNOWN_PROCEDURE_2026 } from '../src/core/records';

/** Bump when the generator changes: cached files carry it in their name. */
export const GENERATOR_VERSION = 1;
export const DEFAULT_SEED = 20240615;
export const DATA_DIR = path.join(__dirname, 'data');

export interface BenchProcedure {
  code: string;
  name: string;
  field: string;
  regulator: 'Trung ương' | 'Địa phương';
  authority: string;
  level: 'Toàn trình' | 'Một phần' | 'Không';
  national: boolean;
  days: number;
  /** Relative share of the dossiers. */
  weight: number;
}

const CONF = 'Hội nghị, hội thảo quốc tế';
const PASS = 'Xuất nhập cảnh';
const CONS = 'Lãnh sự';
const COOP = 'Hợp tác quốc tế';

export const PROCEDURES: BenchProcedure[] = [
  { code: 'BN.01', name: 'Cho phép tổ chức hội nghị, hội thảo quốc tế', field: CONF, regulator: 'Địa phương', authority: 'UBND tỉnh', level: 'Toàn trình', national: true, days: 10, weight: 4 },
  { code: 'BN.02', name: 'Cấp hộ chiếu ngoại giao, hộ chiếu công vụ', field: PASS, regulator: 'Trung ương', authority: 'Sở Ngoại vụ', level: 'Một phần', national: true, days: 5, weight: 22 },
  { code: 'BN.03', name: 'Gia hạn hộ chiếu ngoại giao, hộ chiếu công vụ', field: PASS, regulator: 'Trung ương', authority: 'Sở Ngoại vụ', level: 'Toàn trình', national: true, days: 5, weight: 12 },
  { code: 'BN.04', name: 'Cấp công hàm đề nghị cấp thị thực', field: PASS, regulator: 'Trung ương', authority: 'Sở Ngoại vụ', level: 'Toàn trình', national: true, days: 3, weight: 15 },
  { code: 'BN.05', name: 'Chứng nhận lãnh sự, hợp pháp hóa lãnh sự', field: CONS, regulator: 'Trung ương', authority: 'Bộ Ngoại giao', level: 'Một phần', national: false, days: 5, weight: 18 },
  { code: 'BN.06', name: 'Xác nhận quốc tịch cho người Việt Nam ở nước ngoài', field: CONS, regulator: 'Trung ương', authority: 'Sở Ngoại vụ', level: 'Một phần', national: true, days: 7, weight: 6 },
  { code: 'BN.07', name: 'Cho phép sử dụng thẻ đi lại của doanh nhân APEC (ABTC)', field: COOP, regulator: 'Địa phương', authority: 'UBND tỉnh', level: 'Toàn trình', national: true, days: 10, weight: 10 },
  { code: 'BN.08', name: 'Tiếp nhận, thẩm định hồ sơ vận động viện trợ phi chính phủ nước ngoài', field: COOP, regulator: 'Địa phương', authority: 'UBND tỉnh', level: 'Một phần', national: false, days: 20, weight: 3 },
  { code: 'BN.09', name: 'Cho phép cơ quan, tổ chức thực hiện hoạt động đối ngoại', field: COOP, regulator: 'Địa phương', authority: 'UBND tỉnh', level: 'Không', national: false, days: 10, weight: 5 },
  { code: 'BN.10', name: 'Phê duyệt chủ trương tiếp nhận khoản viện trợ phi dự án', field: COOP, regulator: 'Địa phương', authority: 'UBND tỉnh', level: 'Một phần', national: true, days: 15, weight: 5 },
];

export const FIELDS = [...new Set(PROCEDURES.map((p) => p.field))];

/** Channel texts as staff type them; blank means direct. */
export const CHANNEL_TEXT = { online: 'Trực tuyến', direct: 'Trực tiếp', postal: 'Bưu chính' } as const;
export const END_STATUS_TEXT = { withdrawn: 'Rút', rejected: 'Từ chối', stopped: 'Dừng xử lý' } as const;
export const STATUS_DONE = 'Đã trả kết quả';
export const STATUS_PENDING = 'Đang xử lý';

/** One row of the HoSo sheet, before it is written or parsed. */
export interface DossierRow {
  id: string;
  code: string;
  received: DayNumber;
  /** Blank in the log: computed from the procedure's processing days. */
  due: DayNumber | null;
  completed: DayNumber | null;
  channel: string | null;
  status: string | null;
  dossierDigitised: boolean;
  resultDigitised: boolean;
  electronicResult: boolean;
  reusedDigitisedData: boolean;
  usedPopulationData: boolean;
  paidOnline: boolean;
}

export const HOSO_HEADER = headerOf(DOSSIER_TABLE);

/** The catalogue's columns up to `Quy trình số hóa`: the bench's procedures are always in force. */
export const TTHC_HEADER = headerOf(PROCEDURE_TABLE).slice(0, 14);

export function tthcRow(p: BenchProcedure): (string | number)[] {
  return [p.code, p.name, p.field, p.regulator, p.authority, p.level, 'Có', p.national ? 'Có' : 'Không', 'Không', p.days, 'Có', 'Có', 'Có', 'Có'];
}

/** Mulberry32: small, fast, and the same numbers on every machine. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const FIRST_DAY = dayFromParts(2023, 1, 1);
export const LAST_DAY = dayFromParts(2024, 12, 31);
/** The log was exported on this day: nothing is completed after it. */
export const EXPORT_DAY = LAST_DAY;

/** The statutory calendar the engine uses when NgayNghi is absent (no make-up days: WORKDAY() agrees with it). */
export const calendar = new WorkCalendar([]);

/** Working days of 2022–2026 in order, for fast "N working days after" in the generator. */
class WorkingDayIndex {
  private readonly days: DayNumber[] = [];
  /** Index in `days` of the last working day on or before a day. */
  private readonly at: Int32Array;
  private readonly first = dayFromParts(2022, 1, 1);
  constructor() {
    const last = dayFromParts(2026, 12, 31);
    this.at = new Int32Array(last - this.first + 1);
    let idx = -1;
    for (let d = this.first; d <= last; d++) {
      if (calendar.isWorkingDay(d)) {
        this.days.push(d);
        idx++;
      }
      this.at[d - this.first] = idx;
    }
  }
  /** Same as calendar.addWorkingDays(start, n) for n ≥ 0. */
  add(start: DayNumber, n: number): DayNumber {
    if (n === 0) return start;
    return this.days[this.at[start - this.first] + n];
  }
  isWorking(day: DayNumber): boolean {
    const i = this.at[day - this.first];
    return i >= 0 && this.days[i] === day;
  }
}

let workingDayIndex: WorkingDayIndex | null = null;
function workingDays(): WorkingDayIndex {
  return (workingDayIndex ??= new WorkingDayIndex());
}

/** N working days after `start`, as the engine counts them (the day of receipt does not count). */
export function addWorkingDays(start: DayNumber, n: number): DayNumber {
  return workingDays().add(start, n);
}

const PROCEDURE_CUMULATIVE = (() => {
  const total = PROCEDURES.reduce((s, p) => s + p.weight, 0);
  let acc = 0;
  return PROCEDURES.map((p) => (acc += p.weight / total));
})();

/** The dossier rows of a log of `n` rows; the same seed gives the same rows. */
export function* dossierRows(n: number, seed = DEFAULT_SEED): Generator<DossierRow> {
  const rand = rng(seed ^ n);
  const wd = workingDays();
  const span = LAST_DAY - FIRST_DAY + 1;
  for (let i = 0; i < n; i++) {
    const u = rand();
    let pi = 0;
    while (PROCEDURE_CUMULATIVE[pi] < u) pi++;
    const p = PROCEDURES[pi];

    const c = rand();
    const channel: Channel = p.level === 'Không' ? (c < 0.85 ? 'direct' : 'postal') : c < 0.55 ? 'online' : c < 0.9 ? 'direct' : 'postal';
    // Online dossiers arrive any day; the counter and the post office on working days.
    let received = FIRST_DAY + Math.floor(rand() * span);
    if (channel !== 'online') while (!wd.isWorking(received)) received++;
    const blankChannel = channel === 'direct' && rand() < 0.05;

    const computedDue = wd.add(received, p.days);
    const dueRoll = rand();
    // 6% blank (the engine computes them), 3% extended by 1–5 working days.
    const due = dueRoll < 0.06 ? null : dueRoll < 0.09 ? wd.add(computedDue, 1 + Math.floor(rand() * 5)) : computedDue;
    const effectiveDue = due ?? computedDue;

    let completed: DayNumber | null;
    let status: string | null;
    const end = rand();
    const outcome = rand();
    if (end < 0.012) {
      // Withdrawn, rejected or stopped: ends early, counts as on time.
      completed = wd.add(received, 1 + Math.floor(rand() * p.days));
      status = end < 0.006 ? END_STATUS_TEXT.withdrawn : end < 0.01 ? END_STATUS_TEXT.rejected : END_STATUS_TEXT.stopped;
    } else if (outcome < 0.015) {
      completed = null; // stuck: still being processed long after its due date
      status = STATUS_PENDING;
    } else {
      // 35% before the due date, 53% on it, 12% after it (1–10 working days late).
      if (outcome < 0.35) completed = wd.add(received, 1 + Math.floor(rand() * Math.max(1, p.days - 1)));
      else if (outcome < 0.88) completed = effectiveDue;
      else completed = wd.add(effectiveDue, 1 + Math.floor(rand() * 10));
      status = STATUS_DONE;
    }
    if (completed !== null && completed > EXPORT_DAY) {
      completed = null;
      status = STATUS_PENDING;
    }
    if (rand() < 0.1) status = null; // many logs leave the status blank

    const done = completed !== null && status !== END_STATUS_TEXT.withdrawn && status !== END_STATUS_TEXT.rejected && status !== END_STATUS_TEXT.stopped;
    yield {
      id: `HS-${String(i + 1).padStart(7, '0')}`,
      code: p.code,
      received,
      due,
      completed,
      channel: blankChannel ? null : CHANNEL_TEXT[channel],
      status,
      dossierDigitised: rand() < 0.72,
      resultDigitised: done && rand() < 0.6,
      electronicResult: done && channel === 'online' && rand() < 0.7,
      reusedDigitisedData: rand() < 0.2,
      usedPopulationData: rand() < 0.35,
      paidOnline: channel === 'online' && rand() < 0.6,
    };
  }
}

const yes = (b: boolean) => (b ? 'Có' : 'Không');

export function hosoValues(r: DossierRow): (string | Date | null)[] {
  return [
    r.id,
    r.code,
    dateFromDay(r.received),
    r.due === null ? null : dateFromDay(r.due),
    r.completed === null ? null : dateFromDay(r.completed),
    r.channel,
    r.status,
    yes(r.dossierDigitised),
    yes(r.resultDigitised),
    yes(r.electronicResult),
    yes(r.reusedDigitisedData),
    yes(r.usedPopulationData),
    yes(r.paidOnline),
  ];
}

/** The sheet cell values with dates as Excel serials (for HyperFormula). */
export function hosoSerials(r: DossierRow): (string | number | null)[] {
  const s = (d: DayNumber | null) => (d === null ? null : excelSerialFromDay(d));
  return [r.id, r.code, s(r.received), s(r.due), s(r.completed), r.channel, r.status, yes(r.dossierDigitised), yes(r.resultDigitised), yes(r.electronicResult), yes(r.reusedDigitisedData), yes(r.usedPopulationData), yes(r.paidOnline)];
}

const CHANNEL_OF: Record<string, Channel> = { [CHANNEL_TEXT.online]: 'online', [CHANNEL_TEXT.direct]: 'direct', [CHANNEL_TEXT.postal]: 'postal' };
const END_OF: Record<string, EndStatus> = { [END_STATUS_TEXT.withdrawn]: 'withdrawn', [END_STATUS_TEXT.rejected]: 'rejected', [END_STATUS_TEXT.stopped]: 'stopped' };

/** The catalogue as the engine holds it after parsing. */
export function benchProcedures(): Procedure[] {
  return PROCEDURES.map((p, i) => ({
    code: p.code,
    name: p.name,
    field: p.field,
    regulator: p.regulator === 'Trung ương' ? 'central' : 'local',
    authority: p.authority,
    onlineLevel: p.level === 'Toàn trình' ? 'full' : p.level === 'Một phần' ? 'partial' : 'none',
    onProvincialPortal: true,
    onNationalPortal: p.national,
    boundaryFree: false,
    processingDays: p.days,
    electronicProcess: true,
    publicised: true,
    onInformationSystem: true,
    digitisationProcess: true,
    validFrom: null,
    validUntil: null,
    ...UNKNOWN_PROCEDURE_2026,
    row: i + 2,
  }));
}

/** The dossiers as the engine holds them after parsing: built directly, no workbook involved. */
export function benchDossiers(n: number, seed = DEFAULT_SEED): Dossier[] {
  const days = new Map(PROCEDURES.map((p) => [p.code, p.days]));
  const list: Dossier[] = new Array(n);
  let i = 0;
  for (const r of dossierRows(n, seed)) {
    list[i] = {
      id: r.id,
      procedureCode: r.code,
      received: r.received,
      due: r.due ?? calendar.addWorkingDays(r.received, days.get(r.code)!),
      completed: r.completed,
      channel: r.channel === null ? 'direct' : CHANNEL_OF[r.channel],
      endStatus: r.status === null ? null : END_OF[r.status] ?? null,
      dossierDigitised: r.dossierDigitised,
      resultDigitised: r.resultDigitised,
      electronicResult: r.electronicResult,
      reusedDigitisedData: r.reusedDigitisedData,
      usedPopulationData: r.usedPopulationData,
      paidOnline: r.paidOnline,
      ...UNKNOWN_DOSSIER_2026,
      row: i + 2,
    };
    i++;
  }
  return list;
}

/** Statutory days off of 2022–2026, the list staff keep for WORKDAY(). */
export function holidayDays(): DayNumber[] {
  const days: DayNumber[] = [];
  // Days off only: WORKDAY() has no way to say a Saturday is worked, so a make-up Saturday cannot be given to it.
  for (let y = 2022; y <= 2026; y++) for (const e of defaultHolidayEntries(y)) if (e.kind === 'off') days.push(e.day);
  return [...new Set(days)].sort((a, b) => a - b);
}

export function dataFile(kind: 'hoso' | 'formulas', n: number, seed = DEFAULT_SEED): string {
  return path.join(DATA_DIR, `${kind}-${n}-s${seed}-g${GENERATOR_VERSION}.xlsx`);
}

const DATE_FORMAT = 'dd/mm/yyyy';
const HOSO_WIDTHS = [14, 10, 14, 14, 14, 13, 16, 10, 10, 10, 12, 12, 12];

/** Writes a file through a temporary name, so an interrupted run never leaves a half file to reuse. */
export async function writeOnce(file: string, write: (temp: string) => Promise<void>): Promise<{ file: string; reused: boolean; seconds: number }> {
  if (existsSync(file)) return { file, reused: true, seconds: 0 };
  await fs.mkdir(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  const t0 = process.hrtime.bigint();
  try {
    await write(temp);
    await fs.rename(temp, file);
  } finally {
    await fs.rm(temp, { force: true });
  }
  return { file, reused: false, seconds: Number(process.hrtime.bigint() - t0) / 1e9 };
}

export function addTthcSheet(wb: ExcelJS.stream.xlsx.WorkbookWriter): void {
  const ws = wb.addWorksheet('TTHC');
  ws.addRow(TTHC_HEADER).commit();
  for (const p of PROCEDURES) ws.addRow(tthcRow(p)).commit();
  ws.commit();
}

/** Writes HoSo rows; `extra` adds cells after the 13 data columns (the formula workbook's helper columns). */
export function addHosoSheet(
  wb: ExcelJS.stream.xlsx.WorkbookWriter,
  n: number,
  seed: number,
  extra?: { header?: string[]; cells?: (rowNumber: number) => ExcelJS.CellValue[]; idPrefix?: string },
): void {
  const ws = wb.addWorksheet('HoSo');
  ws.columns = [...HOSO_WIDTHS, ...(extra?.header?.map(() => 14) ?? [])].map((width) => ({ width }));
  ws.addRow([...HOSO_HEADER, ...(extra?.header ?? [])]).commit();
  let rowNumber = 2;
  for (const r of dossierRows(n, seed)) {
    const values: ExcelJS.CellValue[] = hosoValues(r);
    if (extra?.idPrefix) values[0] = `${extra.idPrefix}${r.id}`;
    if (extra?.cells) values.push(...extra.cells(rowNumber));
    const row = ws.addRow(values);
    for (const c of [3, 4, 5]) if (values[c - 1] !== null) row.getCell(c).numFmt = DATE_FORMAT;
    row.commit();
    rowNumber++;
  }
  ws.commit();
}

/** bench/data/hoso-N-….xlsx: the TTHC catalogue and a HoSo log of n rows, streamed. */
export async function ensureLogFile(n: number, seed = DEFAULT_SEED) {
  return writeOnce(dataFile('hoso', n, seed), async (temp) => {
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: temp, useSharedStrings: true, useStyles: true });
    addTthcSheet(wb);
    addHosoSheet(wb, n, seed);
    await wb.commit();
  });
}

/** Where the scale step's large files are cached (not committed). */
export const SCALE_DIR = path.join(__dirname, '..', '.tmp', 'bench', 'scale');

/** The largest log Excel holds: 1,048,575 dossiers under the header row. */
export const MAX_SHEET_DOSSIERS = 1_048_575;

/** .tmp/bench/scale/hoso-1048575-….xlsx: TTHC and a HoSo sheet filling every row Excel allows. */
export async function ensureFullSheetLog(seed = DEFAULT_SEED) {
  const file = path.join(SCALE_DIR, `hoso-${MAX_SHEET_DOSSIERS}-s${seed}-g${GENERATOR_VERSION}.xlsx`);
  return writeOnce(file, async (temp) => {
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: temp, useSharedStrings: true, useStyles: true });
    addTthcSheet(wb);
    addHosoSheet(wb, MAX_SHEET_DOSSIERS, seed);
    await wb.commit();
  });
}

/** The name of unit `i` (1-based) of the scale step: provincial departments first, then communes. */
export function scaleUnitName(i: number, count: number): string {
  const n = String(i).padStart(3, '0');
  return i <= Math.ceil(count / 5) ? `Sở Ngành số ${n}` : `UBND xã Số ${n}`;
}

/**
 * `count` unit files holding `total` dossiers between them (as evenly as divides), each with
 * ThongTin naming its unit, the catalogue and a HoSo log whose dossier IDs carry the unit's
 * number (no dossier is in two logs), in .tmp/bench/scale/units-COUNT-TOTAL-…/.
 */
export async function ensureUnitFiles(count: number, total: number, seed = DEFAULT_SEED): Promise<{ dir: string; files: string[]; reused: number; seconds: number }> {
  const dir = path.join(SCALE_DIR, `units-${count}-${total}-s${seed}-g${GENERATOR_VERSION}`);
  const files: string[] = [];
  let reused = 0;
  let seconds = 0;
  for (let i = 1; i <= count; i++) {
    const n = Math.floor(total / count) + (i <= total % count ? 1 : 0);
    const file = path.join(dir, `don-vi-${String(i).padStart(3, '0')}.xlsx`);
    const written = await writeOnce(file, async (temp) => {
      const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: temp, useSharedStrings: true, useStyles: true });
      const info = wb.addWorksheet('ThongTin');
      info.addRow(['Cơ quan', scaleUnitName(i, count)]).commit();
      info.commit();
      addTthcSheet(wb);
      addHosoSheet(wb, n, seed + i, { idPrefix: `DV${String(i).padStart(3, '0')}-` });
      await wb.commit();
    });
    if (written.reused) reused++;
    seconds += written.seconds;
    files.push(file);
  }
  return { dir, files, reused, seconds };
}
