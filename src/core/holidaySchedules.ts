/**
 * Lịch nghỉ lễ, Tết đã công bố cho cán bộ, công chức, viên chức (the announced
 * holiday schedules for the civil service), 2020–2026.
 *
 * Each year the Prime Minister (through a công văn of the Văn phòng Chính phủ) fixes
 * Tết's five days and the day next to 2/9 (Bộ luật Lao động 2019 art. 112(3)), and
 * may swap a weekday for a Saturday ("hoán đổi ngày làm việc"): the weekday is off
 * and the Saturday is worked (`makeup`, Làm bù). The Bộ Lao động – Thương binh và
 * Xã hội (to 2025) or the Bộ Nội vụ (from 2026) then notifies the schedule.
 *
 * For a year and holiday listed here, these days replace the statutory rule of
 * holidays.ts (and its nghỉ bù); every other year and holiday keeps the rule, and
 * the user's NgayNghi sheet overrides both.
 *
 * `off` is the period the document gives ("nghỉ từ … đến hết …", weekend days
 * included); `makeup` is each Saturday worked in exchange. Every day lies in `year`.
 * Nothing here is inferred: a holiday whose document was not found is left to the
 * rule and listed under "Not found" below.
 */

// Not found: Tết Dương lịch 2020–2025 — no announcement moving days was found; 1/1 and its nghỉ bù
//   follow the rule.
// Not found: 30/4–1/5 in 2020, 2021, 2022, 2023 and 2026 — no announcement or swap with a document
//   number was found.
// Not found: Quốc khánh 2020 — no announcement was found. 2020 was still under Bộ luật Lao động 2012
//   (2/9 only); the rule's day next to 2/9 comes from Bộ luật Lao động 2019, in force from 1/1/2021.
// Not found: Ngày Văn hóa Việt Nam 24/11 — Nghị quyết 80-NQ/TW (7/1/2026) and Nghị quyết 30/NQ-CP
//   only direct that the Labour Code be amended; no text in force adding the day off was found, so it
//   is not added.

/** The holidays an announcement can fix or move. */
export type ScheduledHoliday = 'tetDuongLich' | 'tetAmLich' | 'chienThangQuocTeLaoDong' | 'quocKhanh';

export const SCHEDULED_HOLIDAY_NAMES: Record<ScheduledHoliday, string> = {
  tetDuongLich: 'Tết Dương lịch',
  tetAmLich: 'Tết Âm lịch',
  chienThangQuocTeLaoDong: 'Ngày Chiến thắng và Ngày Quốc tế lao động',
  quocKhanh: 'Quốc khánh',
};

export interface HolidaySchedule {
  year: number;
  holiday: ScheduledHoliday;
  /** Days off, as the document gives them: first and last day, ISO yyyy-mm-dd, both included. */
  off: { from: string; to: string };
  /** Saturdays worked in exchange for a weekday off (Làm bù), ISO yyyy-mm-dd. */
  makeup: string[];
  /** The document(s): number, date, issuer. */
  source: string;
}

export const FIRST_SCHEDULED_YEAR = 2020;
export const LAST_SCHEDULED_YEAR = 2026;

// The documents, as their number, date and issuer were read (where a date is missing it was not found).
const SRC_2021 =
  'Công văn 9895/VPCP-KGVX ngày 26/11/2020 của Văn phòng Chính phủ (ý kiến Thủ tướng); ' +
  'Thông báo 4875/TB-LĐTBXH của Bộ Lao động – Thương binh và Xã hội';
const SRC_2022 = 'Công văn 245/VPCP-KGVX ngày 11/01/2022 của Văn phòng Chính phủ (ý kiến Phó Thủ tướng Vũ Đức Đam)';
const SRC_2023 =
  'Thông báo 5034/TB-LĐTBXH ngày 07/12/2022 của Bộ Lao động – Thương binh và Xã hội, ' +
  'theo Công văn 8056/VPCP-KGVX ngày 01/12/2022 của Văn phòng Chính phủ';
const SRC_2024 = 'Thông báo 5015/TB-LĐTBXH ngày 22/11/2023 của Bộ Lao động – Thương binh và Xã hội';
const SRC_2025 =
  'Công văn 8726/VPCP-KGVX ngày 26/11/2024 của Văn phòng Chính phủ (ý kiến Thủ tướng); ' +
  'Thông báo 6150/TB-BLĐTBXH năm 2024 của Bộ Lao động – Thương binh và Xã hội';
const SRC_2026 =
  'Thông báo 9441/TB-BNV ngày 16/10/2025 của Bộ Nội vụ, theo Công văn 9859/VPCP-KGVX ngày 13/10/2025 của Văn phòng Chính phủ';

export const HOLIDAY_SCHEDULES: readonly HolidaySchedule[] = [
  // 2020 ---------------------------------------------------------------------------------------
  {
    // 5 Tết days 23–27/1 (29 Chạp – mùng 3); mùng 1–2 (25–26/1) on the weekend made up on 28–29/1.
    // Read at lawnet.vn ("Notice 4544/TB-LDTBXH issued on October 25, 2019").
    year: 2020,
    holiday: 'tetAmLich',
    off: { from: '2020-01-23', to: '2020-01-29' },
    makeup: [],
    source: 'Thông báo 4544/TB-LĐTBXH ngày 25/10/2019 của Bộ Lao động – Thương binh và Xã hội',
  },

  // 2021 ---------------------------------------------------------------------------------------
  {
    // 2 days before Tết, 3 after; mùng 2–3 (13–14/2) on the weekend made up on 15–16/2.
    // Công văn read at thuvienphapluat.vn; the Thông báo at khoahocdoisong.vn (its date was not found).
    year: 2021,
    holiday: 'tetAmLich',
    off: { from: '2021-02-10', to: '2021-02-16' },
    makeup: [],
    source: SRC_2021,
  },
  {
    // 2/9 (Thursday) and 3/9, then the weekend.
    year: 2021,
    holiday: 'quocKhanh',
    off: { from: '2021-09-02', to: '2021-09-05' },
    makeup: [],
    source: SRC_2021,
  },

  // 2022 ---------------------------------------------------------------------------------------
  {
    // Monday 31/1 (29 Chạp) to Friday 4/2 (mùng 4); with the weekends, 29/1–6/2.
    // Read at english.luatvietnam.vn (Official Dispatch 245/VPCP-KGVX, issuing date 11/01/2022).
    year: 2022,
    holiday: 'tetAmLich',
    off: { from: '2022-01-31', to: '2022-02-04' },
    makeup: [],
    source: SRC_2022,
  },
  {
    // Thursday 1/9 and Friday 2/9.
    year: 2022,
    holiday: 'quocKhanh',
    off: { from: '2022-09-01', to: '2022-09-02' },
    makeup: [],
    source: SRC_2022,
  },

  // 2023 ---------------------------------------------------------------------------------------
  {
    // Friday 20/1 (29 Chạp) to Thursday 26/1 (mùng 5): 5 Tết days and 2 days of nghỉ bù.
    // Read at thuvienphapluat.vn (the notice's text).
    year: 2023,
    holiday: 'tetAmLich',
    off: { from: '2023-01-20', to: '2023-01-26' },
    makeup: [],
    source: SRC_2023,
  },
  {
    // Friday 1/9 to Monday 4/9: 2 holidays, a weekly rest day and its nghỉ bù.
    year: 2023,
    holiday: 'quocKhanh',
    off: { from: '2023-09-01', to: '2023-09-04' },
    makeup: [],
    source: SRC_2023,
  },

  // 2024 ---------------------------------------------------------------------------------------
  {
    // Thursday 8/2 (29 Chạp) to Wednesday 14/2 (mùng 5): 5 Tết days and 2 days of nghỉ bù.
    // Read at huyendakha.kontum.gov.vn (the notice's text).
    year: 2024,
    holiday: 'tetAmLich',
    off: { from: '2024-02-08', to: '2024-02-14' },
    makeup: [],
    source: SRC_2024,
  },
  {
    // Saturday 27/4 to Wednesday 1/5: Monday 29/4 swapped for Saturday 4/5.
    // Read at english.luatvietnam.vn and baophapluat.vn.
    year: 2024,
    holiday: 'chienThangQuocTeLaoDong',
    off: { from: '2024-04-27', to: '2024-05-01' },
    makeup: ['2024-05-04'],
    source: 'Công văn 2450/VPCP-KGVX ngày 12/04/2024 của Văn phòng Chính phủ (ý kiến Thủ tướng)',
  },
  {
    // Saturday 31/8 to Tuesday 3/9: 2/9 and 3/9, and the weekend.
    year: 2024,
    holiday: 'quocKhanh',
    off: { from: '2024-08-31', to: '2024-09-03' },
    makeup: [],
    source: SRC_2024,
  },

  // 2025 ---------------------------------------------------------------------------------------
  {
    // 5 Tết days Monday 27/1 (28 Chạp) to Friday 31/1 (mùng 3), with the weekends 25/1–2/2.
    // Read at vietnam.vn / lawnet.vn (the Công văn) and baodanang.vn (the Thông báo, its day not given).
    year: 2025,
    holiday: 'tetAmLich',
    off: { from: '2025-01-25', to: '2025-02-02' },
    makeup: [],
    source: SRC_2025,
  },
  {
    // Wednesday 30/4 to Sunday 4/5: Friday 2/5 swapped for Saturday 26/4.
    // Read at tracuuquyhoach.com (VietnamPlus) and vietnam.vn.
    year: 2025,
    holiday: 'chienThangQuocTeLaoDong',
    off: { from: '2025-04-30', to: '2025-05-04' },
    makeup: ['2025-04-26'],
    source: SRC_2025,
  },
  {
    // Saturday 30/8 to Tuesday 2/9: 1/9 and 2/9, and the weekend.
    year: 2025,
    holiday: 'quocKhanh',
    off: { from: '2025-08-30', to: '2025-09-02' },
    makeup: [],
    source: SRC_2025,
  },

  // 2026 ---------------------------------------------------------------------------------------
  {
    // Thursday 1/1 to Sunday 4/1: Friday 2/1 swapped for Saturday 10/1.
    // Read at baohiemxahoi.gov.vn, en.sggp.org.vn and news.laodong.vn.
    year: 2026,
    holiday: 'tetDuongLich',
    off: { from: '2026-01-01', to: '2026-01-04' },
    makeup: ['2026-01-10'],
    source: 'Công văn 12729/VPCP-KGVX ngày 25/12/2025 của Văn phòng Chính phủ (ý kiến Phó Thủ tướng Phạm Thị Thanh Trà)',
  },
  {
    // 5 Tết days Monday 16/2 (29 Chạp) to Friday 20/2 (mùng 4), with the weekends 14/2–22/2.
    // Read at english.luatvietnam.vn (the notice) and vietbao.vn.
    year: 2026,
    holiday: 'tetAmLich',
    off: { from: '2026-02-14', to: '2026-02-22' },
    makeup: [],
    source: SRC_2026,
  },
  {
    // Saturday 29/8 to Wednesday 2/9: 1/9 and 2/9; Monday 31/8 swapped for Saturday 22/8.
    // Read at vietnam.vn (Hải Phòng's notice citing 9441/TB-BNV) and vietnamnews.vn.
    year: 2026,
    holiday: 'quocKhanh',
    off: { from: '2026-08-29', to: '2026-09-02' },
    makeup: ['2026-08-22'],
    source: SRC_2026,
  },
];

/** The announced schedules of a year (none outside 2020–2026). */
export function schedulesOfYear(year: number): HolidaySchedule[] {
  return HOLIDAY_SCHEDULES.filter((s) => s.year === year);
}
