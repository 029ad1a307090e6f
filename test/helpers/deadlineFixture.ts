/**
 * A small dossier log for the deadline watch ("Theo dõi hạn"), with its hand count. The core test
 * (test/core/deadlines.test.ts), the preview service test and the e2e test of the pane all read it.
 *
 * As of Friday 26/04/2024. The calendar around it:
 *   Thu 18/04 Giỗ Tổ Hùng Vương (10/3 lunar, statutory): off.
 *   Sat 27/04 – Wed 01/05: off (the 2024 announcement, 30/4 and 1/5 with a swap);
 *   Thu 02/05: off, from the workbook's NgayNghi (a local day off);
 *   Sat 04/05: worked, the announced make-up day (Làm bù) of that swap.
 * Working days after 26/04: Fri 03/05 = 1, Sat 04/05 = 2, Mon 06/05 = 3, Tue 07/05 = 4.
 * Working days up to 26/04: 26, 25, 24, 23, 22/04, then 19/04 (18/04 is off), 17/04.
 *
 * Hand count (row = worksheet row of HoSo; days = working days, negative overdue):
 *   Quá hạn (overdue), 4:
 *     HS02 row 3, due 17/04: −6 (19, 22, 23, 24, 25, 26/04; not 18/04, Giỗ Tổ)
 *     HS01 row 2, due 22/04: −4 (23–26/04)
 *     HS10 row 11, due 22/04: −4 (completed 29/04, after the as-of day: still open on 26/04)
 *     HS03 row 4, due 25/04: −1 (26/04)
 *   Đến hạn trong 1 ngày làm việc (0–1 left), 3:
 *     HS04 row 5, due 26/04: 0 (today)
 *     HS05 row 6, due 03/05: 1 (27/04–01/05 holiday, 02/05 NgayNghi)
 *     HS13 row 14, due 03/05: 1 (a procedure the catalogue lacks: its name from the log)
 *   Trong 3 ngày làm việc (2–3 left), 4:
 *     HS06 row 7, due Sat 04/05: 2 (the make-up Saturday is a working day)
 *     HS15 row 16, no due date: computed 3 working days after 25/04 = 04/05: 2
 *     HS07 row 8, due 23/04 extended to 06/05: 3 (watched against the extension, not overdue)
 *     HS14 row 15, due 06/05: 3
 *   Not listed: HS08 (07/05, 4 left: open, beyond the watch), HS09 (completed 25/04), HS11
 *   (withdrawn, Rút, 24/04), HS12 (received 29/04, after the as-of day).
 *   Open on 26/04: 12 (HS01–HS08, HS10, HS13, HS14, HS15).
 */
import { dateFromDay, dayFromParts } from '../../src/core/days';
import type { DayNumber, RawCell, RawTable } from '../../src/core/types';
import type { SampleSheet } from '../../src/sample/sampleWorkbook';

const d = (day: number, month: number): Date => dateFromDay(dayFromParts(2024, month, day));

export const DEADLINE_AS_OF: DayNumber = dayFromParts(2024, 4, 26);

export interface HandCountEntry {
  id: string;
  daysLeft: number;
  row: number;
}

export const DEADLINE_HAND_COUNT: { open: number; overdue: HandCountEntry[]; dueSoon: HandCountEntry[]; dueLater: HandCountEntry[] } = {
  open: 12,
  overdue: [
    { id: 'HS02', daysLeft: -6, row: 3 },
    { id: 'HS01', daysLeft: -4, row: 2 },
    { id: 'HS10', daysLeft: -4, row: 11 },
    { id: 'HS03', daysLeft: -1, row: 4 },
  ],
  dueSoon: [
    { id: 'HS04', daysLeft: 0, row: 5 },
    { id: 'HS05', daysLeft: 1, row: 6 },
    { id: 'HS13', daysLeft: 1, row: 14 },
  ],
  dueLater: [
    { id: 'HS06', daysLeft: 2, row: 7 },
    { id: 'HS15', daysLeft: 2, row: 16 },
    { id: 'HS07', daysLeft: 3, row: 8 },
    { id: 'HS14', daysLeft: 3, row: 15 },
  ],
};

export const PASSPORT = 'Cấp hộ chiếu ngoại giao, hộ chiếu công vụ';
export const CONFERENCE = 'Cho phép tổ chức hội nghị, hội thảo quốc tế';
export const UNLISTED = 'Thủ tục ngoài danh mục';

/** The log's sheets, as staff keep them (header in row 1): TTHC, HoSo, NgayNghi. */
export function deadlineSheets(): SampleSheet[] {
  const hoSo: RawCell[][] = [
    // Mã hồ sơ, Mã TTHC, Tên TTHC, Ngày tiếp nhận, Hạn trả kết quả, Ngày có kết quả, Trạng thái, Hạn trả mới (gia hạn)
    ['HS01', 'P1', null, d(10, 4), d(22, 4), null, null, null],
    ['HS02', 'P1', null, d(10, 4), d(17, 4), null, null, null],
    ['HS03', 'P1', null, d(15, 4), d(25, 4), null, null, null],
    ['HS04', 'P1', null, d(19, 4), d(26, 4), null, null, null],
    ['HS05', 'P2', null, d(23, 4), d(3, 5), null, null, null],
    ['HS06', 'P2', null, d(23, 4), d(4, 5), null, null, null],
    ['HS07', 'P1', null, d(15, 4), d(23, 4), null, null, d(6, 5)],
    ['HS08', 'P1', null, d(24, 4), d(7, 5), null, null, null],
    ['HS09', 'P1', null, d(10, 4), d(22, 4), d(25, 4), null, null],
    ['HS10', 'P1', null, d(10, 4), d(22, 4), d(29, 4), null, null],
    ['HS11', 'P1', null, d(15, 4), d(25, 4), d(24, 4), 'Rút', null],
    ['HS12', 'P1', null, d(29, 4), d(8, 5), null, null, null],
    ['HS13', 'X9', UNLISTED, d(24, 4), d(3, 5), null, null, null],
    ['HS14', 'P2', null, d(24, 4), d(6, 5), null, null, null],
    ['HS15', 'P2', null, d(25, 4), null, null, null, null],
  ];
  return [
    {
      name: 'TTHC',
      titles: [],
      header: ['Mã TTHC', 'Tên TTHC', 'Lĩnh vực', 'Thời hạn giải quyết (ngày làm việc)'],
      rows: [
        ['P1', PASSPORT, 'Lãnh sự', 5],
        ['P2', CONFERENCE, 'Hội nghị, hội thảo quốc tế', 3],
      ],
      columnWidths: [10, 50, 26, 14],
    },
    {
      name: 'HoSo',
      titles: [],
      header: ['Mã hồ sơ', 'Mã TTHC', 'Tên TTHC', 'Ngày tiếp nhận', 'Hạn trả kết quả', 'Ngày có kết quả', 'Trạng thái', 'Hạn trả mới (gia hạn)'],
      rows: hoSo,
      columnWidths: [10, 10, 30, 14, 14, 14, 12, 14],
    },
    {
      name: 'NgayNghi',
      titles: [],
      header: ['Ngày', 'Loại', 'Ghi chú'],
      rows: [[d(2, 5), 'Nghỉ', 'Nghỉ bù theo quyết định của tỉnh']],
      columnWidths: [14, 10, 40],
    },
  ];
}

/** The sheets as a reader hands them over (header in row 1). */
export function deadlineTables(): RawTable[] {
  return deadlineSheets().map((s) => ({ sheet: s.name, firstRow: 1, firstColumn: 1, rows: [s.header, ...s.rows] }));
}
