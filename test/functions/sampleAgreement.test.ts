/**
 * The range functions on the built-in sample's HoSo columns give the engine's figures for the
 * same data. The sample leaves some due dates blank for the engine to compute from the
 * procedure's processing days; the functions take the due column as it is, so here the blanks
 * are filled the way a user would: with DUE_DATE, the procedure's processing days and NgayNghi.
 */
import { dayFromDate, excelSerialFromDay } from '../../src/core/days';
import { FLOW_COUNT_KEYS } from '../../src/core/flowCounts';
import { computeIndicators } from '../../src/core/indicators';
import { parseInputs, RawTables } from '../../src/core/inputs';
import { periodFromLabel } from '../../src/core/periods';
import { sampleSheets, SAMPLE_PERIODS } from '../../src/sample/sampleWorkbook';
import { RawCell } from '../../src/core/types';
import { dossierCount, dueDate, onlineShareRange, onTimeRateRange } from '../../src/functions/functions';

const sheets = sampleSheets();
const sheet = (name: string) => sheets.find((s) => s.name === name)!;
const tables: RawTables = Object.fromEntries(sheets.map((s) => [s.name, { sheet: s.name, firstRow: 1, firstColumn: 1, rows: [s.header, ...s.rows] }]));
const inputs = parseInputs(tables);

/** A cell as Excel hands it to a function: dates as serial numbers, blanks as "". */
const excel = (cell: RawCell): unknown => (cell instanceof Date ? excelSerialFromDay(dayFromDate(cell)) : (cell ?? ''));

/** A column of a sample sheet as a one-column range. */
function columnOf(name: string, label: string): unknown[][] {
  const s = sheet(name);
  const c = s.header.indexOf(label);
  return s.rows.map((row) => [excel(row[c])]);
}

const received = columnOf('HoSo', 'Ngày tiếp nhận');
const givenDue = columnOf('HoSo', 'Hạn trả kết quả');
const completed = columnOf('HoSo', 'Ngày có kết quả');
const channel = columnOf('HoSo', 'Kênh tiếp nhận');
const status = columnOf('HoSo', 'Trạng thái');
const code = columnOf('HoSo', 'Mã TTHC');

const processingDays = new Map(columnOf('TTHC', 'Mã TTHC').map(([c], i) => [c, columnOf('TTHC', 'Thời hạn giải quyết (ngày làm việc)')[i][0] as number]));
const holidayDays = columnOf('NgayNghi', 'Ngày');
const holidayKinds = columnOf('NgayNghi', 'Loại');
const daysOff = holidayDays.filter((_, i) => holidayKinds[i][0] === 'Nghỉ');
const makeupDays = holidayDays.filter((_, i) => holidayKinds[i][0] === 'Làm bù');
const due = givenDue.map(([given], i) =>
  given === '' ? [dueDate(received[i][0] as number, processingDays.get(code[i][0])!, daysOff, makeupDays)] : [given],
);

describe.each([SAMPLE_PERIODS.quarterly, SAMPLE_PERIODS.digitisation])('the sample for %s', (label) => {
  const period = periodFromLabel(label)!;
  const engine = computeIndicators(inputs, period).indicators;
  const from = excelSerialFromDay(period.from);
  const to = excelSerialFromDay(period.to);

  test('the sample leaves due dates blank for the engine to compute (the case this test covers)', () => {
    expect(givenDue.some(([v]) => v === '')).toBe(true);
    expect(inputs.issues).toEqual([]);
  });

  test('DOSSIER_COUNT, with blank due dates filled by DUE_DATE from the processing days, equals the engine for every count', () => {
    const counts = Object.fromEntries(FLOW_COUNT_KEYS.map((k) => [k, dossierCount(k, received, due, completed, channel, from, to, status)]));
    expect(counts).toEqual(Object.fromEntries(FLOW_COUNT_KEYS.map((k) => [k, engine[k]])));
  });

  test('ONTIME_RATE_RANGE, with blank due dates filled by DUE_DATE, equals the engine', () => {
    expect(onTimeRateRange(received, due, completed, status, from, to)).toBe(engine.onTimeRate);
  });

  test('ONLINE_SHARE_RANGE equals the engine (no due date needed)', () => {
    expect(onlineShareRange(channel, received, from, to)).toBe(engine.onlineShare);
  });
});
