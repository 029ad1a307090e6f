/** The QĐ 766 estimate as the portal computes it in 2026 (DOMAIN-2026 §4), from a workbook's dossiers. */
import { dayFromParts, formatDay } from '../../src/core/days';
import { parseInputs } from '../../src/core/inputs';
import { periodFromLabel, periodFromRange } from '../../src/core/periods';
import { LOST_BY_LIMIT, evaluate766, score766Period } from '../../src/core/score766';
import type { IndicatorScore766, Score766Result } from '../../src/core/score766';
import { SCORE766_GROUPS } from '../../src/core/score766Model';
import { progress766 } from '../../src/core/score766Progress';
import type { Dossier } from '../../src/core/types';
import { score766Sheets } from './score766Workbook';

const Q3 = periodFromLabel('2026-Q3')!; // the reporting cut-off: 15/06/2026–14/09/2026

function estimate(drop: readonly string[] = [], settings = {}): Score766Result {
  const inputs = parseInputs(score766Sheets(drop));
  expect(inputs.issues.filter((i) => i.severity === 'error')).toEqual([]);
  return evaluate766(inputs, Q3, { settings });
}

function indicator(result: Score766Result, id: string): IndicatorScore766 {
  const found = result.groups.flatMap((g) => g.indicators).find((s) => s.indicator.id === id);
  if (!found) throw new Error(`no indicator ${id}`);
  return found;
}

describe('the 2026-Q3 estimate of the test workbook', () => {
  const result = estimate();

  test('covers the calendar quarter 01/07/2026–30/09/2026, though 2026-Q3 was asked with the 15th–14th cut-off', () => {
    expect(formatDay(Q3.from)).toBe('15/06/2026');
    expect([formatDay(result.period.from), formatDay(result.period.to)]).toEqual(['01/07/2026', '30/09/2026']);
    expect(result.requestedPeriod).toEqual(Q3);
    expect(result.rules[0]).toContain('từ ngày 01/07/2026 đến ngày 30/09/2026');
  });

  test('shows the six groups with their maxima', () => {
    expect(result.groups.map((g) => [g.group.number, g.group.name, g.group.maxPoints])).toEqual([
      ['1', 'Công khai, minh bạch', 18],
      ['2', 'Tiến độ, kết quả giải quyết', 20],
      ['3', 'Dịch vụ công trực tuyến', 12],
      ['3′', 'Thanh toán trực tuyến', 10],
      ['4', 'Số hóa hồ sơ', 22],
      ['5', 'Mức độ hài lòng', 18],
    ]);
  });

  /*
   * Hand count (rows of the HoSo sheet, see test/core/score766Workbook.ts). Calendar Q3 =
   * 01/07–30/09/2026. D10 (ended 25/06) is out; D11 is carried over; D01–D09, D12, D13 are new.
   *
   * 2.1  handled 12 (D01–D09, D11–D13). On time 7: D01; D02 (15/07 − 7 supplement days = 08/07
   *      ≤ 09/07); D04 (open request 12/08 ≤ 17/08); D07 (no due date: 26/08 − 5 = 21/08 ≤ 10
   *      working days); D08; D12 (pending, due 09/10); D13. Late 5: D03 (20/07 − 2 = 18/07 >
   *      13/07), D05 (two requests), D06 (stopped 25/08 > 19/08), D09 (pending, due 24/09),
   *      D11 (03/07 > 02/07). 20 × 7/12 = 11,67.
   * 1.4  new 11; synced 9 (not D06, D09). 6 × 9/11 = 4,91.
   * 3.3  toàn trình basis (the catalogue has "Đủ điều kiện toàn trình"): new dossiers of P1, P2 =
   *      9 (D01–D07, D12, D13); online toàn trình with the e-result P1 requires: D01, D02, D13 = 3
   *      (D03, D04 lack the e-result; D06, D07, D12 are một phần; D05 direct). 3/9 × 9/11 (sync)
   *      = 27,27%; full at 50% (default setting): 12 × 0,2727 / 0,5 = 6,55.
   * 3′A  new with a fee: 9 (all but D08, D09); paid online D01, D02, D07, D13 = 4. 6 × 4/9 = 2,67.
   * 3′B  fee procedures P1, P2, both with a paid-online dossier: B = 1, min(2; 2,5) = 2.
   * 3′C  P1, P2 both with a synced fee dossier: C = 1, 2,5 × 1 = 2,5. Group 3′: 7,17 (≤ 10).
   * 4.1  results issued in the period (not D06, stopped) of paper-result procedures P1, P3:
   *      D01, D02, D03, D08, D11, D13 = 6; e-result D01, D02, D08, D13 = 4. 6 × 4/6 = 4.
   * 4.2  new 11; digitised and, for P1/P3, with e-result: D01, D02, D05, D07, D08, D12, D13 = 7.
   *      4 × 7/11 = 2,55.
   * 4.3  new 11; reused D01, D05, D13 = 3. min(2; 2 × 0,2727 / 0,8) = 0,68.
   * 4.5b new 11; population data D01, D02, D13 = 3. 2 × 3/11 = 0,55.
   * 5.4  100% − late share = 7/12 = 58,33%; min(6; 6 × 0,5833 / 0,9) = 3,89.
   * Total 4,91 + 11,67 + 6,55 + 7,17 + (4 + 2,55 + 0,68 + 0,55) + 3,89 = 41,97 of
   * 6 + 20 + 12 + 10 + 14 + 6 = 68 computable points.
   */
  test.each([
    ['1.4', 9, 11, 4.91],
    ['2.1', 7, 12, 11.67],
    ['3.3', 3, 9, 6.55],
    ['3′A', 4, 9, 2.67],
    ['3′B', 2, 2, 2],
    ['3′C', 2, 2, 2.5],
    ['4.1', 4, 6, 4],
    ['4.2', 7, 11, 2.55],
    ['4.3', 3, 11, 0.68],
    ['4.5b', 3, 11, 0.55],
    ['5.4', 7, 12, 3.89],
  ])('%s: %i/%i gives %d points, as counted by hand', (id, numerator, denominator, points) => {
    const s = indicator(result, id);
    expect(s.status).toBe('scored');
    expect([s.numerator, s.denominator, s.points]).toEqual([numerator, denominator, points]);
  });

  test('3.3 is multiplied by the sync rate', () => {
    expect(indicator(result, '3.3').factor).toEqual({ numerator: 9, denominator: 11 });
  });

  test('the computable points add up to 41,97 of 68', () => {
    expect(result.groups.map((g) => [g.points, g.computableMax])).toEqual([
      [4.91, 6], [11.67, 20], [6.55, 12], [7.17, 10], [7.78, 14], [3.89, 6],
    ]);
    expect([result.points, result.computableMax, result.maxPoints]).toEqual([41.97, 68, 100]);
  });

  test('indicators a workbook cannot feed are not computable, with what they need, never 0', () => {
    const out = result.groups.flatMap((g) => g.indicators).filter((s) => s.status === 'not computable');
    expect(out.map((s) => s.indicator.id)).toEqual(['1.1', '1.2', '1.3', '4.6', '4.4', '4.5a', '5.2', '5.3']);
    for (const s of out) {
      expect(s.points).toBeUndefined();
      expect(s.needs).toBeTruthy();
    }
    expect(indicator(result, '1.1').needs).toContain('CSDL quốc gia về TTHC');
    expect(indicator(result, '5.2').needs).toContain('phản ánh, kiến nghị');
  });

  test('the dossiers that cost points, by sheet and row, for go-to-cell', () => {
    const progress = indicator(result, '2.1');
    expect(progress.lostCount).toBe(5);
    expect(progress.lostBy.map((l) => [l.sheet, l.row, l.id])).toEqual([
      ['HoSo', 4, 'D03'], ['HoSo', 6, 'D05'], ['HoSo', 7, 'D06'], ['HoSo', 10, 'D09'], ['HoSo', 12, 'D11'],
    ]);
    expect(progress.lostBy[1].reason).toContain('yêu cầu bổ sung 2 lần');
    expect(progress.lostBy[2].reason).toBe('kết thúc 25/08/2026 sau hạn 19/08/2026');
    expect(indicator(result, '3.3').lostBy.find((l) => l.id === 'D03')!.reason).toContain('chưa có kết quả điện tử');
    // Full points lose nothing, so nothing is listed.
    expect([indicator(result, '3′B').lostCount, indicator(result, '3′C').lostCount]).toEqual([0, 0]);
  });

  test('with the online-share setting, group 3 rates every online dossier of every procedure (3.3)', () => {
    // Online per 3.3: D01, D02, D13 (e-result), D06, D07, D12 (P2 issues no paper result) = 6 of 11.
    // 6/11 × 9/11 = 44,63%: 12 × 0,4463 / 0,5 = 10,71.
    const share = estimate([], { onlineBasis: 'onlineShare' });
    expect([indicator(share, '3.3').numerator, indicator(share, '3.3').denominator, indicator(share, '3.3').points]).toEqual([6, 11, 10.71]);
    expect(share.rules.join(' ')).toContain('mẫu số là mọi hồ sơ tiếp nhận');
  });

  test('the unconfirmed conversion of group 3 is a setting', () => {
    // 3/9 × 9/11 = 27,27%, proportional: 12 × 0,2727 = 3,27.
    expect(indicator(estimate([], { onlineFullPointsAt: 1 }), '3.3').points).toBe(3.27);
    expect(result.rules.join(' ')).toContain('chưa được xác nhận');
  });
});

describe('a missing column makes its indicator not computable, not 0', () => {
  test('no sync column: 1.4 and 3′C not computable; 3.3 without the sync factor', () => {
    const r = estimate(['Đã đồng bộ DVCQG']);
    expect(indicator(r, '1.4')).toMatchObject({ status: 'not computable', needs: expect.stringContaining('Đã đồng bộ DVCQG') });
    expect(indicator(r, '3′C').status).toBe('not computable');
    // 3/9 = 33,3%: 12 × 0,3333 / 0,5 = 8.
    expect(indicator(r, '3.3')).toMatchObject({ status: 'scored', points: 8 });
    expect(indicator(r, '3.3').factor).toBeUndefined();
    expect(indicator(r, '3.3').notes.join(' ')).toContain('chưa nhân tỷ lệ đồng bộ');
    // The payment group is out of 8 (6 + 2), not 10.
    expect(r.groups.find((g) => g.group.id === 'payment')!.computableMax).toBe(8);
  });

  test('no channel column: 3.3 not computable', () => {
    const r = estimate(['Kênh tiếp nhận']);
    expect(indicator(r, '3.3')).toMatchObject({ status: 'not computable', needs: expect.stringContaining('Kênh tiếp nhận') });
    expect(r.groups.find((g) => g.group.id === 'online')!.points).toBeNull();
  });

  test('no e-result, digitisation, reuse, population or payment columns: their indicators are not computable', () => {
    const r = estimate(['Kết quả điện tử', 'Hồ sơ số hóa', 'Tái sử dụng dữ liệu số hóa', 'Khai thác CSDL dân cư', 'Thanh toán trực tuyến']);
    for (const id of ['3.3', '4.1', '4.2', '4.3', '4.5b', '3′A', '3′B']) expect([id, indicator(r, id).status]).toEqual([id, 'not computable']);
    expect(indicator(r, '3′C').status).toBe('scored');
  });

  test('no supplement columns: progress is judged without supplement time, and says so', () => {
    const r = estimate(['Số lần yêu cầu bổ sung', 'Ngày yêu cầu bổ sung', 'Ngày hoàn thành bổ sung']);
    // Without the supplement days D02 (15/07 > 09/07) and D07 (26/08 > its due) are late; D04, no longer ended
    // by its open request, is pending past its due 17/08; D05, no longer requested twice, ended in time (14/08 ≤ 17/08).
    const s = indicator(r, '2.1');
    expect(s.lostBy.map((l) => l.id)).toEqual(['D02', 'D03', 'D04', 'D06', 'D07', 'D09', 'D11']);
    expect(s.notes.join(' ')).toContain('chưa trừ thời gian bổ sung');
  });
});

describe('the portal’s progress rules, dossier by dossier', () => {
  const d = (y: number, m: number, day: number) => dayFromParts(y, m, day);
  const period = { from: d(2026, 7, 1), to: d(2026, 9, 30) };
  const base: Pick<Dossier, 'received' | 'due' | 'completed' | 'supplementRequests' | 'supplementRequested' | 'supplementCompleted'> = {
    received: d(2026, 7, 1), due: d(2026, 7, 10), completed: null, supplementRequests: null, supplementRequested: null, supplementCompleted: null,
  };

  test('a supplement still open ends the dossier on the request day', () => {
    const p = progress766({ ...base, supplementRequests: 1, supplementRequested: d(2026, 7, 5) }, period);
    expect(p).toMatchObject({ inPeriod: true, state: 'supplementOpen', onTime: true, end: d(2026, 7, 5) });
    expect(progress766({ ...base, supplementRequested: d(2026, 7, 12) }, period)).toMatchObject({ onTime: false, reason: 'supplementLate' });
  });

  test('a supplement open since before the period ended the dossier before it', () => {
    const p = progress766({ ...base, received: d(2026, 6, 1), due: d(2026, 6, 10), supplementRequested: d(2026, 6, 5) }, period);
    expect(p.inPeriod).toBe(false);
  });

  test('more than one request is overdue, even when the dossier ended in time', () => {
    expect(progress766({ ...base, completed: d(2026, 7, 8), supplementRequests: 2 }, period)).toMatchObject({ onTime: false, reason: 'multipleRequests' });
  });

  test('a finished dossier has its supplement time taken off', () => {
    const p = progress766({ ...base, completed: d(2026, 7, 15), supplementRequests: 1, supplementRequested: d(2026, 7, 3), supplementCompleted: d(2026, 7, 9) }, period);
    expect(p).toMatchObject({ state: 'ended', supplementDays: 6, onTime: true });
  });

  test('a supplement never completed runs to the end of a finished dossier', () => {
    const p = progress766({ ...base, completed: d(2026, 7, 20), supplementRequested: d(2026, 7, 5) }, period);
    expect(p).toMatchObject({ supplementDays: 15, onTime: true });
  });

  test('a supplement completed after the period’s end leaves the dossier ended at the request', () => {
    const p = progress766({ ...base, completed: d(2026, 10, 20), supplementRequested: d(2026, 9, 1), supplementCompleted: d(2026, 10, 5), due: d(2026, 9, 5) }, period);
    expect(p).toMatchObject({ state: 'supplementOpen', end: d(2026, 9, 1), onTime: true });
  });

  test('a dossier not finished is measured on the period’s last day', () => {
    expect(progress766({ ...base, due: d(2026, 9, 30) }, period)).toMatchObject({ state: 'pending', onTime: true });
    expect(progress766({ ...base, due: d(2026, 9, 29) }, period)).toMatchObject({ state: 'pending', onTime: false, reason: 'pendingOverdue' });
  });
});

describe('the period the portal scores', () => {
  test('a named period becomes its calendar months', () => {
    const span = (label: string) => {
      const p = score766Period(periodFromLabel(label)!);
      return `${formatDay(p.from)}–${formatDay(p.to)}`;
    };
    expect(span('2026-Q3')).toBe('01/07/2026–30/09/2026');
    expect(span('2026-Q1')).toBe('01/01/2026–31/03/2026');
    expect(span('2026-H1')).toBe('01/01/2026–30/06/2026');
    expect(span('2026')).toBe('01/01/2026–31/12/2026');
  });

  test('a range equal to a cut-off quarter becomes the calendar quarter; another range stays as given', () => {
    const cutOff = periodFromRange('15/06/2026', '14/09/2026')!;
    expect(formatDay(score766Period(cutOff).from)).toBe('01/07/2026');
    const range = periodFromRange('01/01/2026', '31/08/2026')!;
    expect(score766Period(range)).toEqual(range);
  });
});

describe('lists of dossiers that cost points', () => {
  test(`at most ${LOST_BY_LIMIT} are listed per indicator, with the count of all`, () => {
    const [catalogue] = score766Sheets();
    const rows = Array.from({ length: 60 }, (_, i) => [`H${i + 1}`, 'P3', '01/07/2026', '03/07/2026', '02/07/2026', 'Không']);
    const inputs = parseInputs([catalogue, { sheet: 'Sổ theo dõi hồ sơ', firstRow: 1, firstColumn: 1, rows: [['Mã hồ sơ', 'Mã TTHC', 'Ngày tiếp nhận', 'Hạn trả kết quả', 'Ngày có kết quả', 'Tái sử dụng dữ liệu số hóa'], ...rows] }]);
    const r = evaluate766({ ...inputs, dossierSheet: 'Sổ theo dõi hồ sơ' }, Q3);
    const reuse = indicator(r, '4.3');
    expect([reuse.points, reuse.lostCount, reuse.lostBy.length]).toEqual([0, 60, LOST_BY_LIMIT]);
    expect(reuse.lostBy[0]).toEqual({ sheet: 'Sổ theo dõi hồ sơ', row: 2, id: 'H1', reason: 'chưa sử dụng lại dữ liệu số hóa' });
  });
});

test('the model: six groups, 100 points', () => {
  expect(SCORE766_GROUPS.map((g) => g.maxPoints)).toEqual([18, 20, 12, 10, 22, 18]);
});
