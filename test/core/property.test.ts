/**
 * Property tests (fast-check) on random dossier logs and random periods: the
 * counts obey DESIGN §5–6 whatever the data, whatever the row order, however
 * the log is split; parsing reads every spelling of a value the same; dates
 * survive printing and parsing.
 */
import fc from 'fast-check';
import { parseDateCell } from '../../src/core/cells';
import { classifyDossier } from '../../src/core/classify';
import {
  dateFromDay,
  dayFromExcelSerial,
  dayFromParts,
  excelSerialFromDay,
  formatDay,
  isoDay,
  parseDayText,
  partsFromDay,
} from '../../src/core/days';
import { COUNT_KEYS, computeIndicators, emptyCounts } from '../../src/core/indicators';
import { parseInputs } from '../../src/core/inputs';
import { DOSSIER_TABLE, headerOf } from '../../src/core/schema';
import { periodFromLabel, periodOf, PeriodPart } from '../../src/core/periods';
import { Channel, DayNumber, Dossier, DossierCounts, EndStatus, ReportedCounts, IndicatorResult, Period, RawCell } from '../../src/core/types';
import { BASE, logArb, periodArb, PROCEDURES } from '../helpers/arbitraries';

/** A log and a period whose ends often fall on, or next to, the log's own dates (where off-by-one errors live). */
const logAndPeriodArb = logArb.chain((log) => {
  const days = log.flatMap((d) => [d.received, d.due, ...(d.completed === null ? [] : [d.completed])]).flatMap((x) => [x - 1, x, x + 1]);
  if (days.length === 0) return fc.tuple(fc.constant(log), periodArb);
  const near = fc
    .tuple(fc.constantFrom(...days), fc.constantFrom(...days))
    .map(([a, b]): Period => ({ from: Math.min(a, b), to: Math.max(a, b), label: null }));
  return fc.tuple(fc.constant(log), fc.oneof(periodArb, near));
});

const indicatorsOf = (dossiers: Dossier[], period: Period): IndicatorResult => computeIndicators({ procedures: PROCEDURES, dossiers }, period);

/** The counts alone; these logs have every column, so no count may be unknown. */
function countsOnly(c: ReportedCounts): DossierCounts {
  const out = emptyCounts();
  for (const k of COUNT_KEYS) {
    const v = c[k];
    if (v === null) throw new Error(`${k} is unknown in a log that has its column`);
    out[k] = v;
  }
  return out;
}

function sumCounts(list: ReportedCounts[]): DossierCounts {
  const total = emptyCounts();
  for (const c of list) for (const k of COUNT_KEYS) total[k] += countsOnly(c)[k];
  return total;
}

describe('counts on random dossier logs and periods', () => {
  test('received = resolved + pending = carried over + new, whatever the data', () => {
    fc.assert(
      fc.property(logAndPeriodArb, ([log, period]) => {
        const i = indicatorsOf(log, period).indicators;
        expect(i.received).toBe(i.resolved + i.pending);
        expect(i.received).toBe(i.carriedOver + i.newReceived);
      }),
    );
  });

  test('new = online + direct + postal; resolved = early + on time + late; pending = in time + overdue', () => {
    fc.assert(
      fc.property(logAndPeriodArb, ([log, period]) => {
        const i = indicatorsOf(log, period).indicators;
        expect(i.newReceived).toBe(i.newOnline! + i.newDirect! + i.newPostal!);
        expect(i.resolved).toBe(i.resolvedEarly + i.resolvedOnTime + i.resolvedLate);
        expect(i.pending).toBe(i.pendingInTime + i.pendingOverdue);
      }),
    );
  });

  test('the parts never exceed their whole (results issued ≤ resolved, digitised data ≤ new …)', () => {
    fc.assert(
      fc.property(logAndPeriodArb, ([log, period]) => {
        const i = indicatorsOf(log, period).indicators;
        expect(i.dossiersDigitised).toBeLessThanOrEqual(i.resolved);
        expect(i.resultsIssued).toBeLessThanOrEqual(i.resolved);
        expect(i.resultsDigitised).toBeLessThanOrEqual(i.resultsIssued);
        expect(i.electronicResults).toBeLessThanOrEqual(i.resultsIssued);
        for (const k of ['reusedDigitisedData', 'usedPopulationData', 'paidOnline'] as const) expect(i[k]).toBeLessThanOrEqual(i.newReceived);
      }),
    );
  });

  test('every rate is between 0 and 1, and null exactly when its denominator is 0', () => {
    fc.assert(
      fc.property(logAndPeriodArb, ([log, period]) => {
        const i = indicatorsOf(log, period).indicators;
        const denominators = {
          onTimeRate: i.resolved,
          progressRate766: i.received,
          onlineShare: i.newReceived,
          dossierDigitisationRate: i.resolved,
          resultDigitisationRate: i.resultsIssued,
          reuseRate: i.newReceived,
          populationDataRate: i.newReceived,
        };
        for (const [rate, denominator] of Object.entries(denominators)) {
          const value = i[rate as keyof typeof denominators];
          if (denominator === 0) expect(value).toBeNull();
          else expect(value).toEqual(expect.any(Number));
          if (value !== null) expect(value >= 0 && value <= 1).toBe(true);
        }
      }),
    );
  });

  test('the counts per field and per procedure add up to the totals', () => {
    fc.assert(
      fc.property(logAndPeriodArb, ([log, period]) => {
        const r = indicatorsOf(log, period);
        const totals = countsOnly(r.indicators);
        expect(sumCounts(Object.values(r.byField))).toEqual(totals);
        expect(sumCounts(Object.values(r.byProcedure).map(countsOnly))).toEqual(totals);
      }),
    );
  });

  test('each dossier is classified as DESIGN §5 says', () => {
    fc.assert(
      fc.property(logAndPeriodArb, ([log, { from, to }]) => {
        for (const d of log) {
          const { received: r, due, completed: c } = d;
          const cls = classifyDossier(d, { from, to });
          const inPeriod = !(r > to) && !(r < from && c !== null && c < from);
          expect(cls.inPeriod).toBe(inPeriod);
          if (!inPeriod) continue;
          expect(cls.carriedOver).toBe(r < from);
          expect(cls.isNew).toBe(from <= r && r <= to);
          const resolved = c !== null && c >= from && c <= to;
          expect(cls.resolved).toBe(!resolved ? null : d.endStatus ? 'onTime' : c! < due ? 'early' : c === due ? 'onTime' : 'late');
          expect(cls.pending).toBe(resolved ? null : due >= to ? 'inTime' : 'overdue');
        }
      }),
    );
  });
});

describe('order and splitting do not change the figures', () => {
  test('any order of the rows gives the same result', () => {
    const shuffled = logArb.chain((log) => fc.tuple(fc.constant(log), fc.shuffledSubarray(log, { minLength: log.length, maxLength: log.length })));
    fc.assert(
      fc.property(shuffled, periodArb, ([log, reordered], period) => {
        expect(indicatorsOf(reordered, period)).toEqual(indicatorsOf(log, period));
      }),
    );
  });

  test('any split of the log into parts: the counts of the parts add up to the whole', () => {
    const split = logArb.chain((log) =>
      fc.tuple(fc.constant(log), fc.array(fc.integer({ min: 0, max: 3 }), { minLength: log.length, maxLength: log.length })),
    );
    fc.assert(
      fc.property(split, periodArb, ([log, partOf], period) => {
        const parts = [0, 1, 2, 3].map((p) => log.filter((_, i) => partOf[i] === p));
        const results = parts.map((part) => indicatorsOf(part, period));
        const whole = indicatorsOf(log, period);
        expect(sumCounts(results.map((r) => r.indicators))).toEqual(countsOnly(whole.indicators));
        for (const [field, counts] of Object.entries(whole.byField)) {
          expect(sumCounts(results.map((r) => r.byField[field] ?? emptyCounts()))).toEqual(countsOnly(counts));
        }
      }),
    );
  });

  test('two adjacent periods: new and resolved add up, and what is pending at the end of the first is carried into the second', () => {
    const adjacent = fc
      .record({ from: fc.integer({ min: BASE - 30, max: BASE + 500 }), first: fc.integer({ min: 0, max: 120 }), second: fc.integer({ min: 0, max: 120 }) })
      .map(({ from, first, second }) => ({
        p1: { from, to: from + first, label: null },
        p2: { from: from + first + 1, to: from + first + 1 + second, label: null },
        both: { from, to: from + first + 1 + second, label: null },
      }));
    fc.assert(
      fc.property(logArb, adjacent, (log, { p1, p2, both }) => {
        const [a, b, ab] = [p1, p2, both].map((p) => indicatorsOf(log, p).indicators);
        expect(b.carriedOver).toBe(a.pending);
        expect(a.newReceived + b.newReceived).toBe(ab.newReceived);
        expect(a.resolved + b.resolved).toBe(ab.resolved);
        expect(a.newOnline! + b.newOnline!).toBe(ab.newOnline);
      }),
    );
  });
});

describe('parsing: every spelling of a value reads the same', () => {
  const spellDate = (day: DayNumber): fc.Arbitrary<RawCell> => {
    const p = partsFromDay(day);
    const dd = String(p.day).padStart(2, '0');
    const mm = String(p.month).padStart(2, '0');
    return fc.constantFrom<RawCell>(
      dateFromDay(day),
      excelSerialFromDay(day),
      excelSerialFromDay(day) + 0.75,
      `${dd}/${mm}/${p.year}`,
      `${p.day}/${p.month}/${p.year}`,
      `${dd}-${mm}-${p.year}`,
      `${dd}.${mm}.${p.year}`,
      `${dd}/${mm}/${p.year} 16:45`,
      isoDay(day),
      ` ${isoDay(day)}T08:30:00 `,
    );
  };
  const spellChannel: Record<Channel, RawCell[]> = {
    online: ['Trực tuyến', 'trực tuyến', 'TRUC TUYEN', 2, '2', 'Online', 'DVC trực tuyến', 'Nộp trực tuyến', 'Trực tuyến toàn trình', 'Qua mạng'],
    direct: ['Trực tiếp', 'truc tiep', 1, '1', null, ''],
    postal: ['Bưu chính', 'BCCI', 'Bưu chính công ích', 3, '3', 'Qua BCCI', 'Dịch vụ bưu chính'],
  };
  const spellStatus = (s: EndStatus | null, completed: boolean): RawCell[] =>
    s === 'withdrawn'
      ? ['Rút', 'rút hồ sơ', 'Withdrawn', 'Công dân yêu cầu rút hồ sơ', 7, '7']
      : s === 'rejected'
        ? ['Từ chối', 'TỪ CHỐI', 'Trả lại']
        : s === 'stopped'
          ? ['Dừng xử lý', 'dung xu ly', 8]
          : completed
            ? [null, 'Đã giải quyết', 'Đã trả kết quả', 'Đã xử lý xong', 10, '9']
            : [null, 'Đang giải quyết', 'Đang xử lý', 'Yêu cầu bổ sung giấy tờ', 'Được tiếp nhận', 4, '6'];
  const spellYesNo = (b: boolean): RawCell[] => (b ? ['Có', 'có', 'x', 'X', true, 1, 'TRUE', 'yes', 'Đã số hóa'] : ['Không', 'không', '', null, false, 0, 'FALSE', 'Chưa', 'Chưa số hóa']);
  const pick = (options: RawCell[]) => fc.constantFrom(...options);

  const spelledRow = (d: Dossier): fc.Arbitrary<RawCell[]> =>
    fc.tuple(
      fc.constant<RawCell>(d.id),
      fc.constant<RawCell>(d.procedureCode),
      spellDate(d.received),
      spellDate(d.due),
      d.completed === null ? pick([null, '']) : spellDate(d.completed),
      pick(spellChannel[d.channel]),
      pick(spellStatus(d.endStatus, d.completed !== null)),
      ...[d.dossierDigitised, d.resultDigitised, d.electronicResult, d.reusedDigitisedData, d.usedPopulationData, d.paidOnline].map((b) => pick(spellYesNo(b))),
    );

  const HEADER = headerOf(DOSSIER_TABLE);

  test('a log written with any mix of spellings parses back to the same dossiers, with no issue', () => {
    const spelled = logArb.chain((log) =>
      fc.tuple(fc.constant(log), log.length === 0 ? fc.constant([] as RawCell[][]) : fc.tuple(...log.map(spelledRow)), fc.integer({ min: 0, max: 3 })),
    );
    fc.assert(
      fc.property(spelled, ([log, rows, titleRows]) => {
        const titles: RawCell[][] = Array.from({ length: titleRows }, (_, i) => (i === 0 ? ['SỔ THEO DÕI HỒ SƠ'] : []));
        const inputs = parseInputs({
          TTHC: {
            sheet: 'TTHC',
            firstRow: 1,
            firstColumn: 1,
            rows: [['Mã TTHC', 'Tên TTHC', 'Lĩnh vực', 'Thời hạn giải quyết (ngày làm việc)'], ...PROCEDURES.map((p) => [p.code, p.name, p.field, p.processingDays])],
          },
          HoSo: { sheet: 'HoSo', firstRow: 1, firstColumn: 1, rows: [...titles, HEADER, ...rows] },
        });
        expect(inputs.issues).toEqual([]);
        expect(inputs.dossiers).toEqual(log.map((d, i) => ({ ...d, row: titleRows + 2 + i })));
      }),
    );
  });
});

describe('dates survive printing and parsing', () => {
  /** 01/01/1000 to 31/12/9999: four-digit years. */
  const dayArb = fc.integer({ min: dayFromParts(1000, 1, 1), max: dayFromParts(9999, 12, 31) });
  const dayMonthYear = fc.record({ year: fc.integer({ min: 1000, max: 9999 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) });

  test('parseDayText(formatDay(d)) = d', () => {
    fc.assert(fc.property(dayArb, (d) => expect(parseDayText(formatDay(d))).toBe(d)));
  });

  test('formatDay(parseDayText(s)) = s for every real dd/mm/yyyy; an impossible one (31/02) is null', () => {
    fc.assert(
      fc.property(dayMonthYear, ({ year, month, day }) => {
        const text = `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
        const real = new Date(Date.UTC(2000, month - 1, day)).getUTCDate() === day && (month !== 2 || day < 29 || new Date(Date.UTC(year, 1, 29)).getUTCDate() === 29);
        const parsed = parseDayText(text);
        if (real) expect(formatDay(parsed!)).toBe(text);
        else expect(parsed).toBeNull();
      }),
    );
  });

  test('parseDayText(isoDay(d)) = d', () => {
    fc.assert(fc.property(dayArb, (d) => expect(parseDayText(isoDay(d))).toBe(d)));
  });

  test('a JS date at UTC midnight reads as its day', () => {
    fc.assert(fc.property(dayArb, (d) => expect(parseDateCell(dateFromDay(d))).toEqual({ ok: true, value: d })));
  });

  describe('Excel serial numbers (from 1 = 01/01/1900)', () => {
    const serialDayArb = fc.integer({ min: dayFromParts(1900, 1, 1), max: dayFromParts(9999, 12, 31) });

    test('day → serial → day gives the day back', () => {
      fc.assert(fc.property(serialDayArb, (d) => expect(dayFromExcelSerial(excelSerialFromDay(d))).toBe(d)));
    });

    test('serial → day → serial gives the serial back, except 60', () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 1, max: 2_958_465 }).filter((s) => s !== 60),
          (s) => expect(excelSerialFromDay(dayFromExcelSerial(s)!)).toBe(s),
        ),
      );
    });

    test('serial 60 (29/02/1900, which Excel counts but never was) is no day', () => {
      expect(dayFromExcelSerial(60)).toBeNull();
      expect(parseDateCell(60)).toEqual({ ok: false, error: 'badDate' });
    });

    test('the time of day (the fraction) does not change the day', () => {
      fc.assert(
        fc.property(fc.integer({ min: 61, max: 2_958_465 }), fc.double({ min: 0, max: 0.999, noNaN: true }), (s, f) =>
          expect(dayFromExcelSerial(s + f)).toBe(dayFromExcelSerial(s)),
        ),
      );
    });

    test('serials 59 and 61 are 28/02/1900 and 01/03/1900, as Excel shows them', () => {
      expect(formatDay(dayFromExcelSerial(59)!)).toBe('28/02/1900');
      expect(formatDay(dayFromExcelSerial(61)!)).toBe('01/03/1900');
      expect(formatDay(dayFromExcelSerial(45292)!)).toBe('01/01/2024');
    });
  });
});

describe('reporting periods', () => {
  const yearArb = fc.integer({ min: 1901, max: 2200 });

  test('the four quarters of a year follow one another without gap or overlap, and make up the year', () => {
    fc.assert(
      fc.property(yearArb, fc.boolean(), (year, calendar) => {
        const q = (['Q1', 'Q2', 'Q3', 'Q4'] as PeriodPart[]).map((part) => periodOf(year, part, { calendar }));
        for (let i = 1; i < 4; i++) expect(q[i].from).toBe(q[i - 1].to + 1);
        const y = periodOf(year, 'Y', { calendar });
        expect([y.from, y.to]).toEqual([q[0].from, q[3].to]);
        expect(periodOf(year + 1, 'Q1', { calendar }).from).toBe(q[3].to + 1);
        expect([periodOf(year, 'H1', { calendar }).to, periodOf(year, '9M', { calendar }).to]).toEqual([q[1].to, q[2].to]);
      }),
    );
  });

  test('a label reads as the period it names', () => {
    fc.assert(
      fc.property(yearArb, fc.constantFrom<PeriodPart>('Q1', 'Q2', 'Q3', 'Q4', 'H1', '9M', 'Y'), (year, part) => {
        const label = part === 'Y' ? String(year) : `${year}-${part}`;
        expect(periodFromLabel(label)).toEqual(periodOf(year, part));
      }),
    );
  });

  test('an explicit range dd/mm/yyyy-dd/mm/yyyy reads as those two days', () => {
    fc.assert(
      fc.property(fc.integer({ min: dayFromParts(2000, 1, 1), max: dayFromParts(2100, 1, 1) }), fc.integer({ min: 0, max: 800 }), (from, length) => {
        expect(periodFromLabel(`${formatDay(from)}-${formatDay(from + length)}`)).toEqual({ from, to: from + length, label: null });
      }),
    );
  });
});
