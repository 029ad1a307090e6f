/**
 * DOSSIER_COUNT, ONTIME_RATE_RANGE, ONLINE_SHARE_RANGE on dossier columns as Excel passes them:
 * one-column ranges of date serials (or dd/mm/yyyy text), blank cells as "".
 */
import { dossierCount, onlineShareRange, onTimeRateRange } from '../../src/functions/functions';
import { column, errorOf, serial } from './helpers';

const d = (day: number, month: number) => serial(day, month, 2023);
const Q2 = { from: d(15, 3), to: d(14, 6) };

// One dossier a row; the comment says where it stands in 2023-Q2 (15/03–14/06).
const log = {
  received: column(d(10, 3), d(1, 4), '02/04/2023', '', d(1, 6), d(2, 5), d(20, 6), d(1, 3)),
  due: column(d(17, 3), d(10, 4), d(11, 4), '', d(20, 6), d(10, 5), d(27, 6), d(8, 3)),
  completed: column(d(20, 3), d(5, 4), d(11, 4), '', '', '', '', d(10, 3)),
  channel: column('Trực tiếp', 'Trực tuyến', 'Bưu chính', '', 'Trực tuyến', '', 'Trực tuyến', '2'),
};
// Row 1: carried over, resolved late. 2: new online, early. 3: new postal, on time. 4: blank.
// 5: new online, pending in time. 6: new direct (blank channel), pending overdue.
// 7: received after the period. 8: finished before it.

const count = (kind: string, cols = log, period: { from?: number; to?: number } = Q2) =>
  dossierCount(kind, cols.received, cols.due, cols.completed, cols.channel, period.from, period.to);

describe('DOSSIER_COUNT', () => {
  test.each([
    ['received', 5],
    ['carriedOver', 1],
    ['newReceived', 4],
    ['newOnline', 2],
    ['newDirect', 1],
    ['newPostal', 1],
    ['resolved', 3],
    ['resolvedEarly', 1],
    ['resolvedOnTime', 1],
    ['resolvedLate', 1],
    ['pending', 2],
    ['pendingInTime', 1],
    ['pendingOverdue', 1],
  ])('counts %s as the report classifies dossiers: %i', (kind, expected) => {
    expect(count(kind)).toBe(expected);
  });

  test('takes the Vietnamese names of the counts, in any case and without diacritics', () => {
    expect([count('Đã giải quyết'), count('trước hạn'), count('DANG GIAI QUYET QUA HAN'), count('kỳ trước chuyển qua')]).toEqual([3, 1, 1, 1]);
  });

  test('an unknown kind is #VALUE! listing the kinds there are', () => {
    const e = errorOf(() => count('quá hạn'));
    expect(e.code).toBe('#VALUE!');
    expect(e.message).toContain('resolvedLate');
    expect(e.message).toContain('pendingOverdue');
  });

  test('without a period counts every dossier of the log', () => {
    expect(count('received', log, {})).toBe(7);
  });

  test('an omitted period end arrives from Excel as null and leaves the period open', () => {
    expect(dossierCount('received', log.received, log.due, log.completed, null as never, Q2.from, null as never)).toBe(6);
  });

  test('pending in time or overdue needs the period end: #VALUE! without it', () => {
    expect(errorOf(() => count('pendingInTime', log, { from: Q2.from })).code).toBe('#VALUE!');
  });

  test('rows with a blank received date are skipped, however many', () => {
    const padded = {
      received: [...log.received, ...column('', '', null)],
      due: [...log.due, ...column('', '', null)],
      completed: [...log.completed, ...column('', '', null)],
      channel: [...log.channel, ...column('', '', null)],
    };
    expect(count('received', padded)).toBe(5);
  });

  test('empty ranges count 0', () => {
    const empty = { received: column('', ''), due: column('', ''), completed: column('', ''), channel: column('', '') };
    expect(count('received', empty)).toBe(0);
  });

  test('a blank due date is fine where the count does not depend on it', () => {
    const dueBlank = { ...log, due: column('', '', '', '', '', '', '', '') };
    expect([count('resolved', dueBlank), count('pending', dueBlank), count('newOnline', dueBlank)]).toEqual([3, 2, 2]);
  });

  test('a blank due date where the count needs it is #VALUE! naming the row', () => {
    const dueBlank = { ...log, due: column(d(17, 3), '', d(11, 4), '', d(20, 6), d(10, 5), d(27, 6), d(8, 3)) };
    const e = errorOf(() => count('resolvedEarly', dueBlank));
    expect(e.code).toBe('#VALUE!');
    expect(e.message).toMatch(/^Dòng 2 của vùng Hạn trả kết quả/);
  });

  test('an unreadable date is #VALUE! naming the row in the range and what was expected', () => {
    const bad = { ...log, received: column(d(10, 3), d(1, 4), 'hôm qua', '', d(1, 6), d(2, 5), d(20, 6), d(1, 3)) };
    const e = errorOf(() => count('received', bad));
    expect(e.code).toBe('#VALUE!');
    expect(e.message).toMatch(/^Dòng 3 của vùng Ngày tiếp nhận: .*"hôm qua".*dd\/mm\/yyyy/);
  });

  test('serial 60 (29/02/1900, a day that never was) is #NUM!', () => {
    const bad = { ...log, completed: column(60, '', '', '', '', '', '', '') };
    expect(errorOf(() => count('resolved', bad)).code).toBe('#NUM!');
  });

  test('completed before received is #NUM! naming the row', () => {
    const bad = { ...log, completed: column(d(1, 3), '', '', '', '', '', '', '') };
    const e = errorOf(() => count('resolved', bad));
    expect(e.code).toBe('#NUM!');
    expect(e.message).toMatch(/^Dòng 1 của vùng Ngày có kết quả/);
  });

  test('a period that ends before it starts is #NUM!', () => {
    expect(errorOf(() => count('received', log, { from: Q2.to, to: Q2.from })).code).toBe('#NUM!');
  });

  test('an unreadable channel is #VALUE! when counting by channel, and ignored otherwise', () => {
    const bad = { ...log, channel: column('Trực tiếp', 'Fax', '', '', '', '', '', '') };
    const e = errorOf(() => count('newOnline', bad));
    expect(e.code).toBe('#VALUE!');
    expect(e.message).toMatch(/^Dòng 2 của vùng Kênh tiếp nhận/);
    expect(count('received', bad)).toBe(5);
  });

  test('counting by channel without the channel range is #VALUE!', () => {
    expect(errorOf(() => dossierCount('newOnline', log.received, log.due, log.completed)).code).toBe('#VALUE!');
  });

  test('ranges of different lengths are #VALUE!', () => {
    const short = { ...log, completed: log.completed.slice(1) };
    expect(errorOf(() => count('received', short)).code).toBe('#VALUE!');
  });

  test('a range of two columns is #VALUE!', () => {
    const wide = { ...log, due: log.due.map((row) => [...row, '']) };
    expect(errorOf(() => count('received', wide)).code).toBe('#VALUE!');
  });

  test('a withdrawn dossier (status Rút) counts as resolved on time', () => {
    const status = column('Rút', 'Đã trả kết quả', '', '', '', '', '', '');
    const withStatus = (kind: string) => dossierCount(kind, log.received, log.due, log.completed, log.channel, Q2.from, Q2.to, status);
    expect([withStatus('resolvedLate'), withStatus('resolvedOnTime')]).toEqual([0, 2]);
  });
});

describe('ONTIME_RATE_RANGE', () => {
  test('is (early + on time) / resolved in the period', () => {
    expect(onTimeRateRange(log.received, log.due, log.completed, undefined, Q2.from, Q2.to)).toBeCloseTo(2 / 3);
  });

  test('counts withdrawn, rejected and stopped dossiers as on time', () => {
    const status = column('Từ chối', '', '', '', '', '', '', '');
    expect(onTimeRateRange(log.received, log.due, log.completed, status, Q2.from, Q2.to)).toBe(1);
  });

  test('with nothing resolved in the period is #DIV/0!', () => {
    expect(errorOf(() => onTimeRateRange(log.received, log.due, log.completed, undefined, d(1, 9), d(30, 9))).code).toBe('#DIV/0!');
  });

  test('a status that ends a dossier without a completed date is #VALUE!', () => {
    const status = column('', '', '', '', 'Dừng xử lý', '', '', '');
    const e = errorOf(() => onTimeRateRange(log.received, log.due, log.completed, status, Q2.from, Q2.to));
    expect(e.code).toBe('#VALUE!');
    expect(e.message).toMatch(/^Dòng 5 của vùng Trạng thái/);
  });

  test('an unreadable status is #VALUE!', () => {
    const status = column('???', '', '', '', '', '', '', '');
    expect(errorOf(() => onTimeRateRange(log.received, log.due, log.completed, status, Q2.from, Q2.to)).code).toBe('#VALUE!');
  });
});

describe('ONLINE_SHARE_RANGE', () => {
  test('is new online / new received in the period', () => {
    expect(onlineShareRange(log.channel, log.received, Q2.from, Q2.to)).toBe(0.5);
  });

  test('takes channel codes (2 = online) and counts blank as direct', () => {
    expect(onlineShareRange(column('2', '', 1), column(d(1, 4), d(2, 4), d(3, 4)))).toBeCloseTo(1 / 3);
  });

  test('with no new dossier in the period is #DIV/0!', () => {
    expect(errorOf(() => onlineShareRange(log.channel, log.received, d(1, 9), d(30, 9))).code).toBe('#DIV/0!');
  });

  test('an unreadable received date is #VALUE! naming the row', () => {
    const e = errorOf(() => onlineShareRange(column('2', '2'), column(d(1, 4), 'x'), Q2.from, Q2.to));
    expect(e.message).toMatch(/^Dòng 2 của vùng Ngày tiếp nhận/);
  });
});
