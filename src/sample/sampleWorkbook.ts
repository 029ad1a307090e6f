import { dateFromDay, dayFromParts } from '../core/days';
import { DOSSIER_TABLE, FIGURE_TABLE, headerOf, HOLIDAY_TABLE, NARRATIVE_TABLE, PROCEDURE_TABLE, TableSpec } from '../core/schema';
import { WorkCalendar } from '../core/workingDays';
import { DayNumber, RawCell } from '../core/types';
import { SAMPLE_FIGURES, SAMPLE_NARRATIVES } from './sampleContent';

/**
 * The built-in sample: a Sở Ngoại vụ's catalogue and dossier log for 2023, made
 * so that 2023-Q2 gives the figures of seed report 000 and 01/01/2023–31/08/2023
 * those of seed report 003. It is ordinary data: the engine computes every figure.
 */
export interface SampleSheet {
  name: string;
  /** Title rows above the header, as exports have them. */
  titles: string[];
  header: string[];
  rows: RawCell[][];
  columnWidths: number[];
}

const d = (day: number, month: number) => dayFromParts(2023, month, day);
const date = (day: DayNumber | null) => (day === null ? null : dateFromDay(day));

/** Ngày nghỉ: the Prime Minister's 2023 Tết decision, where it differs from the statutory default. */
const HOLIDAYS_2023: [DayNumber, string, string][] = [
  [d(20, 1), 'Nghỉ', 'Tết Nguyên đán 2023 (29 Tết), theo thông báo của Bộ LĐTBXH'],
  [d(27, 1), 'Làm bù', 'Tết 2023 kết thúc ngày 26/01/2023'],
];

const calendar = new WorkCalendar(
  HOLIDAYS_2023.map(([day, kind]) => ({ day, kind: kind === 'Nghỉ' ? 'off' : 'makeup', note: '' })),
);

interface ProcedureRow {
  code: string;
  name: string;
  field: string;
  regulator: 'Trung ương' | 'Địa phương';
  authority: string;
  level: 'Toàn trình' | 'Một phần';
  national: boolean;
  boundaryFree: boolean;
  days: number;
  from: DayNumber | null;
  until: DayNumber | null;
}

const FIELD_CONFERENCE = 'Hội nghị, hội thảo quốc tế';
const FIELD_PASSPORT = 'Xuất nhập cảnh';
const FIELD_CONSULAR = 'Lãnh sự';
const FIELD_COOPERATION = 'Hợp tác quốc tế';
const OLD_UNTIL = d(30, 6);
const NEW_FROM = d(1, 7);

const PROCEDURES: ProcedureRow[] = [
  { code: 'NV.01', name: 'Cho phép tổ chức hội nghị, hội thảo quốc tế không thuộc thẩm quyền cho phép của Thủ tướng Chính phủ', field: FIELD_CONFERENCE, regulator: 'Địa phương', authority: 'UBND tỉnh', level: 'Toàn trình', national: true, boundaryFree: false, days: 10, from: null, until: null },
  { code: 'NV.02', name: 'Cấp hộ chiếu ngoại giao, hộ chiếu công vụ (không gắn chíp điện tử)', field: FIELD_PASSPORT, regulator: 'Trung ương', authority: 'Sở Ngoại vụ', level: 'Một phần', national: true, boundaryFree: false, days: 5, from: null, until: null },
  { code: 'NV.03', name: 'Gia hạn hộ chiếu ngoại giao, hộ chiếu công vụ', field: FIELD_PASSPORT, regulator: 'Trung ương', authority: 'Sở Ngoại vụ', level: 'Toàn trình', national: true, boundaryFree: false, days: 5, from: null, until: OLD_UNTIL },
  { code: 'NV.04', name: 'Cấp công hàm đề nghị cấp thị thực', field: FIELD_PASSPORT, regulator: 'Trung ương', authority: 'Sở Ngoại vụ', level: 'Toàn trình', national: true, boundaryFree: false, days: 3, from: null, until: OLD_UNTIL },
  { code: 'NV.05', name: 'Chứng nhận lãnh sự, hợp pháp hóa lãnh sự', field: FIELD_CONSULAR, regulator: 'Trung ương', authority: 'Bộ Ngoại giao', level: 'Một phần', national: false, boundaryFree: true, days: 5, from: null, until: null },
  { code: 'NV.06', name: 'Cho phép sử dụng thẻ đi lại của doanh nhân APEC (ABTC)', field: FIELD_COOPERATION, regulator: 'Địa phương', authority: 'UBND tỉnh', level: 'Toàn trình', national: true, boundaryFree: false, days: 10, from: null, until: OLD_UNTIL },
  { code: 'NV.07', name: 'Tiếp nhận, thẩm định hồ sơ vận động viện trợ phi chính phủ nước ngoài', field: FIELD_COOPERATION, regulator: 'Địa phương', authority: 'UBND tỉnh', level: 'Một phần', national: false, boundaryFree: false, days: 20, from: null, until: OLD_UNTIL },
  { code: 'NV.08', name: 'Cho phép cơ quan, tổ chức thực hiện hoạt động đối ngoại', field: FIELD_COOPERATION, regulator: 'Địa phương', authority: 'UBND tỉnh', level: 'Toàn trình', national: true, boundaryFree: false, days: 10, from: null, until: OLD_UNTIL },
  { code: 'NV.09', name: 'Gia hạn hộ chiếu ngoại giao, hộ chiếu công vụ (không gắn chíp điện tử)', field: FIELD_PASSPORT, regulator: 'Trung ương', authority: 'Sở Ngoại vụ', level: 'Một phần', national: true, boundaryFree: false, days: 5, from: NEW_FROM, until: null },
  { code: 'NV.10', name: 'Cấp công hàm đề nghị cấp thị thực cho hộ chiếu công vụ/hộ chiếu ngoại giao', field: FIELD_PASSPORT, regulator: 'Trung ương', authority: 'Sở Ngoại vụ', level: 'Một phần', national: true, boundaryFree: false, days: 3, from: NEW_FROM, until: null },
];

function procedureSheet(): SampleSheet {
  return {
    name: 'TTHC',
    titles: ['DANH MỤC THỦ TỤC HÀNH CHÍNH THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA SỞ NGOẠI VỤ'],
    header: headerOf(PROCEDURE_TABLE),
    rows: PROCEDURES.map((p) => [p.code, p.name, p.field, p.regulator, p.authority, p.level, 'Có', p.national ? 'Có' : 'Không', p.boundaryFree ? 'Có' : 'Không', p.days, 'Có', 'Có', 'Có', 'Có', date(p.from), date(p.until)]),
    columnWidths: [10, 60, 24, 13, 18, 12, 10, 10, 10, 12, 12, 10, 12, 10, 12, 12],
  };
}

interface DossierPlan {
  code: string;
  received: DayNumber;
  /** Working days from receipt to completion; null while still being processed. */
  doneAfter: number | null;
  channel: 'Trực tuyến' | 'Trực tiếp' | 'Bưu chính';
  electronicResult: boolean;
  /** Leave the due date blank so the engine computes it from the processing days. */
  blankDue: boolean;
}

const daysOf = new Map(PROCEDURES.map((p) => [p.code, p.days]));

/** The next working day on or after `day`. */
function workingDayFrom(day: DayNumber): DayNumber {
  let x = day;
  while (!calendar.isWorkingDay(x)) x++;
  return x;
}

/** `count` working days spread evenly over [from, to]. */
function spread(count: number, from: DayNumber, to: DayNumber): DayNumber[] {
  return Array.from({ length: count }, (_, i) => workingDayFrom(from + Math.floor(((to - from) * i) / Math.max(1, count - 1))));
}

function dossierPlans(): DossierPlan[] {
  const plans: DossierPlan[] = [];
  const add = (code: string, days: DayNumber[], channel: DossierPlan['channel'], options: Partial<DossierPlan> = {}) => {
    days.forEach((received, i) =>
      plans.push({ code, received, doneAfter: daysOf.get(code)! - 1, channel, electronicResult: false, blankDue: i % 4 === 3, ...options }),
    );
  };
  // Before Q2: finished before 15/03.
  add('NV.02', spread(5, d(4, 1), d(27, 2)), 'Trực tiếp');
  add('NV.05', spread(20, d(3, 1), d(28, 2)), 'Trực tiếp');
  // Received before 15/03, finished in Q2: carried over into Q2.
  add('NV.02', [d(9, 3), d(10, 3)], 'Trực tiếp');
  add('NV.05', [d(13, 3), d(14, 3), d(14, 3)], 'Bưu chính');
  // New in Q2, all online: five finished in Q2, four still being processed on 14/06.
  add('NV.01', [d(20, 3), d(10, 4), d(24, 4), d(10, 5), d(22, 5)], 'Trực tuyến', { electronicResult: true });
  add('NV.01', [d(5, 6), d(7, 6), d(8, 6), d(12, 6)], 'Trực tuyến', { electronicResult: true });
  // After Q2, finished by 31/08.
  add('NV.02', spread(6, d(19, 6), d(18, 8)), 'Trực tiếp');
  add('NV.05', spread(22, d(16, 6), d(22, 8)), 'Bưu chính');
  return plans;
}

/**
 * 2026-Q3 (15/06–14/09/2026), under the 2025 rules: the procedures still in force, counted by
 * hand: received 17 = carried over 1 + new 16 (online 8, direct 6, postal 2); resolved 14
 * (early 12, on time 1, late 1); pending 3 (in time 2, overdue 1).
 */
interface Plan2026 {
  code: string;
  received: DayNumber;
  /** Working days from receipt to completion; null while still being processed on 14/09/2026. */
  doneAfter: number | null;
  channel: DossierPlan['channel'];
}

const d26 = (day: number, month: number) => dayFromParts(2026, month, day);

const PLANS_2026: Plan2026[] = [
  // Received in 2026-Q2, finished in Q3: carried over.
  { code: 'NV.05', received: d26(11, 6), doneAfter: 4, channel: 'Bưu chính' },
  // New, finished early (one working day before the due date or more).
  ...[d26(17, 6), d26(1, 7), d26(15, 7), d26(5, 8)].map((received) => ({ code: 'NV.01', received, doneAfter: 8, channel: 'Trực tuyến' as const })),
  ...[d26(22, 6), d26(20, 7)].map((received) => ({ code: 'NV.09', received, doneAfter: 3, channel: 'Trực tuyến' as const })),
  ...[d26(23, 6), d26(8, 7), d26(29, 7)].map((received) => ({ code: 'NV.02', received, doneAfter: 4, channel: 'Trực tiếp' as const })),
  ...[d26(2, 7), d26(12, 8)].map((received) => ({ code: 'NV.05', received, doneAfter: 3, channel: 'Bưu chính' as const })),
  // On time, on the due day itself; late, two working days after it.
  { code: 'NV.10', received: d26(6, 7), doneAfter: 3, channel: 'Trực tiếp' },
  { code: 'NV.02', received: d26(13, 7), doneAfter: 7, channel: 'Trực tiếp' },
  // Still being processed on 14/09/2026: two not yet due, one overdue.
  { code: 'NV.01', received: d26(10, 9), doneAfter: null, channel: 'Trực tuyến' },
  { code: 'NV.05', received: d26(11, 9), doneAfter: null, channel: 'Trực tiếp' },
  { code: 'NV.10', received: d26(24, 8), doneAfter: null, channel: 'Trực tuyến' },
];

function dossierRows2026(): RawCell[][] {
  return PLANS_2026.map((p, i) => {
    const due = calendar.addWorkingDays(p.received, daysOf.get(p.code)!);
    const completed = p.doneAfter === null ? null : calendar.addWorkingDays(p.received, p.doneAfter);
    const done = completed !== null;
    return [
      `HS-2026-${String(i + 1).padStart(4, '0')}`,
      p.code,
      date(p.received),
      date(due),
      date(completed),
      p.channel,
      done ? 'Đã trả kết quả' : 'Đang xử lý',
      done ? 'Có' : 'Không',
      done ? 'Có' : 'Không',
      done && p.channel === 'Trực tuyến' ? 'Có' : 'Không',
      'Không',
      i % 2 === 0 ? 'Có' : 'Không',
      'Không',
    ];
  });
}

function dossierSheet(): SampleSheet {
  const rows2023 = dossierPlans().map((p, i) => {
    const days = daysOf.get(p.code)!;
    const due = calendar.addWorkingDays(p.received, days);
    const completed = p.doneAfter === null ? null : calendar.addWorkingDays(p.received, p.doneAfter);
    return [
      `HS-2023-${String(i + 1).padStart(4, '0')}`,
      p.code,
      date(p.received),
      p.blankDue ? null : date(due),
      date(completed),
      p.channel,
      'Đã trả kết quả',
      'Có',
      'Có',
      p.electronicResult ? 'Có' : 'Không',
      'Không',
      'Không',
      'Không',
    ];
  });
  const rows = [...rows2023, ...dossierRows2026()];
  return {
    name: 'HoSo',
    titles: ['SỔ THEO DÕI HỒ SƠ TTHC NĂM 2023 VÀ NĂM 2026', 'Trích xuất từ Hệ thống thông tin giải quyết TTHC tỉnh'],
    header: headerOf(DOSSIER_TABLE),
    rows,
    columnWidths: [16, 10, 14, 14, 14, 13, 16, 10, 10, 10, 12, 12, 12],
  };
}

function holidaySheet(): SampleSheet {
  return {
    name: 'NgayNghi',
    titles: [],
    header: headerOf(HOLIDAY_TABLE),
    rows: HOLIDAYS_2023.map(([day, kind, note]) => [date(day), kind, note]),
    columnWidths: [14, 10, 60],
  };
}

export const SAMPLE_PERIODS = {
  quarterly: '2023-Q2',
  digitisation: '01/01/2023-31/08/2023',
  /** A period under the 2025 rules (ND 118/2025), for the reports as they read today. */
  quarterly2026: '2026-Q3',
} as const;

const labelOf = (spec: TableSpec, key: string): string => spec.columns.find((c) => c.key === key)!.labels[0];

/** SoLieu with the figures named by their Vietnamese labels (`Chỉ tiêu`); no internal keys. */
function figureSheet(figures: [string, string, number][]): SampleSheet {
  return {
    name: 'SoLieu',
    titles: [],
    header: ['period', 'label', 'value'].map((k) => labelOf(FIGURE_TABLE, k)),
    rows: figures.map(([period, label, value]) => [period, label, value]),
    columnWidths: [24, 80, 10],
  };
}

/** NoiDung with each paragraph's report (`Báo cáo`). */
function narrativeSheet(narratives: [string, string, string, string][]): SampleSheet {
  return {
    name: 'NoiDung',
    titles: [],
    header: headerOf(NARRATIVE_TABLE),
    rows: narratives.map(([period, report, section, text]) => [period, report, section, text]),
    columnWidths: [24, 16, 8, 100],
  };
}

function infoSheet(): SampleSheet {
  return {
    name: 'ThongTin',
    titles: [],
    header: ['Thông tin', 'Giá trị'],
    rows: [
      ['Cơ quan chủ quản', 'UBND TỈNH BÌNH MINH'],
      ['Cơ quan', 'Sở Ngoại vụ'],
      ['Địa danh', 'Bình Minh'],
      ['Số văn bản', '/BC-SNV'],
      ['Kính gửi', 'Văn phòng Ủy ban nhân dân tỉnh'],
      ['Nơi nhận', 'Như trên;'],
      ['Nơi nhận', 'Lãnh đạo Sở;'],
      ['Nơi nhận', 'Lưu: VT, VP.'],
      ['Chức vụ người ký', 'GIÁM ĐỐC'],
      ['Chức vụ cấp phó ký thay', ''],
      ['Người ký', 'Nguyễn Thái Bình'],
    ],
    columnWidths: [26, 60],
  };
}

/** Every sheet of the sample workbook, inputs first. */
export function sampleSheets(): SampleSheet[] {
  return [procedureSheet(), dossierSheet(), figureSheet(SAMPLE_FIGURES), narrativeSheet(SAMPLE_NARRATIVES), holidaySheet(), infoSheet()];
}
