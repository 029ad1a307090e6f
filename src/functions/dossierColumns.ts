/**
 * The dossier log's columns as ranges (HoSo[Ngày tiếp nhận], …) read row by row into the flow
 * counts of a period. Classification is core's classifyDossier; this file only reads cells and
 * says which row of which range could not be read.
 */
import { isBlank, parseChannelCell, Parsed, parseEndStatusCell } from '../core/cells';
import { classifyDossier, DossierDates } from '../core/classify';
import { formatDay } from '../core/days';
import { addToFlow, emptyFlowCounts, FlowCountKey, FlowCounts } from '../core/flowCounts';
import { message } from '../core/messages';
import { Channel, DayNumber, EndStatus, RawCell } from '../core/types';
import { asMatrix, cellError, isOmitted, readDateCell, Where } from './args';
import { functionError } from './errors';

type Range = unknown[][] | null | undefined;

export interface DossierColumns {
  received: Range;
  due?: Range;
  completed?: Range;
  channel?: Range;
  status?: Range;
}

/** Vietnamese column names, as the HoSo table heads them, for messages. */
const LABELS: Record<keyof DossierColumns, string> = {
  received: 'Ngày tiếp nhận',
  due: 'Hạn trả kết quả',
  completed: 'Ngày có kết quả',
  channel: 'Kênh tiếp nhận',
  status: 'Trạng thái',
};

const DUE_FOR_RESOLVED: FlowCountKey[] = ['resolvedEarly', 'resolvedOnTime', 'resolvedLate'];
const DUE_FOR_PENDING: FlowCountKey[] = ['pendingInTime', 'pendingOverdue'];
const CHANNEL_KEYS: FlowCountKey[] = ['newOnline', 'newDirect', 'newPostal'];

/**
 * Flow counts of the dossiers in the columns for [from, to]. `wanted` are the counts the caller
 * reads: a blank due date is an error only where one of them needs it, and the channel column is
 * read only when a count by channel is wanted. Rows whose received date is blank are skipped.
 */
export function countDossiers(columns: DossierColumns, period: { from: DayNumber; to: DayNumber }, wanted: readonly FlowCountKey[]): FlowCounts {
  const received = column(columns.received, 'received', null)!;
  const n = received.length;
  const due = column(columns.due, 'due', n);
  const completed = column(columns.completed, 'completed', n);
  const needChannel = wanted.some((k) => CHANNEL_KEYS.includes(k));
  const channel = needChannel ? column(columns.channel, 'channel', n) : null;
  const status = column(columns.status, 'status', n);
  const dueForResolved = wanted.some((k) => DUE_FOR_RESOLVED.includes(k));
  const dueForPending = wanted.some((k) => DUE_FOR_PENDING.includes(k));
  if ((dueForResolved || dueForPending) && !due) {
    throw functionError('invalidValue', 'Cần vùng Hạn trả kết quả để biết hồ sơ trước hạn, đúng hạn hay quá hạn.');
  }
  if (needChannel && !channel) throw functionError('invalidValue', 'Cần vùng Kênh tiếp nhận để đếm hồ sơ theo kênh.');
  if (dueForPending && period.to === Infinity) {
    throw functionError('invalidValue', 'Cần ngày cuối kỳ để biết hồ sơ đang giải quyết còn trong hạn hay đã quá hạn.');
  }

  const counts = emptyFlowCounts();
  // One reusable record: no allocation per row beyond what classifyDossier returns.
  const dates: DossierDates = { received: 0, due: 0, completed: null, endStatus: null };
  const channels = new Memo<Channel>(parseChannelCell);
  const statuses = new Memo<EndStatus>(parseEndStatusCell);
  let i = 0;
  const at = (key: keyof DossierColumns): Where => () => `Dòng ${i + 1} của vùng ${LABELS[key]}`;
  const where = { received: at('received'), due: at('due'), completed: at('completed'), channel: at('channel'), status: at('status') };
  for (; i < n; i++) {
    const r = received[i][0];
    if (isBlank(r as RawCell)) continue;
    const receivedDay = readDateCell(r, where.received)!;
    const dueDay = due ? readDateCell(due[i][0], where.due) : null;
    const completedDay = completed ? readDateCell(completed[i][0], where.completed) : null;
    const endStatus = status ? statuses.read(status[i][0], where.status) : null;
    if (dueDay !== null && dueDay < receivedDay) {
      throw functionError('invalidNumber', `${where.due()}: ${message('dueBeforeReceived', 'vi', { value: formatDay(dueDay), other: formatDay(receivedDay) })}`);
    }
    if (completedDay !== null && completedDay < receivedDay) {
      throw functionError(
        'invalidNumber',
        `${where.completed()}: ${message('completedBeforeReceived', 'vi', { value: formatDay(completedDay), other: formatDay(receivedDay) })}`,
      );
    }
    if (endStatus && completedDay === null) {
      throw functionError('invalidValue', `${where.status()}: ${message('endedWithoutDate', 'vi', { value: String(status![i][0]) })}`);
    }
    dates.received = receivedDay;
    // A blank due date stands in as the received day; the check below keeps it from deciding anything.
    dates.due = dueDay ?? receivedDay;
    dates.completed = completedDay;
    dates.endStatus = endStatus;
    const cls = classifyDossier(dates, period);
    if (!cls.inPeriod) continue;
    if (dueDay === null && ((dueForResolved && cls.resolved && !endStatus) || (dueForPending && cls.pending))) {
      throw functionError('invalidValue', `${where.due()}: ô trống; cần hạn trả kết quả để biết hồ sơ đúng hạn hay quá hạn.`);
    }
    addToFlow(counts, cls, (channel && channels.read(channel[i][0], where.channel)) || 'direct');
  }
  return counts;
}

/** A one-column range with `rows` rows (any number when null); an omitted range is null. */
function column(range: Range, key: keyof DossierColumns, rows: number | null): unknown[][] | null {
  if (isOmitted(range)) {
    if (key === 'received') throw functionError('invalidValue', `Thiếu vùng ${LABELS[key]}.`);
    return null;
  }
  const matrix = asMatrix(range, LABELS[key]);
  if (matrix.some((row) => row.length !== 1)) {
    throw functionError('invalidValue', `Vùng ${LABELS[key]} phải là một cột (đang có ${matrix[0]?.length ?? 0} cột).`);
  }
  if (rows !== null && matrix.length !== rows) {
    throw functionError(
      'invalidValue',
      `Vùng ${LABELS[key]} có ${matrix.length} dòng, vùng ${LABELS.received} có ${rows} dòng: các vùng phải cùng số dòng.`,
    );
  }
  return matrix;
}

/**
 * A text column (channel, status) holds a handful of distinct values: each is parsed once, so a
 * 100,000-row range does not pay for text normalisation 100,000 times.
 */
class Memo<T> {
  private readonly seen = new Map<unknown, T | null>();

  constructor(private readonly parse: (cell: RawCell) => Parsed<T>) {}

  read(cell: unknown, where: Where): T | null {
    const known = this.seen.get(cell);
    if (known !== undefined) return known;
    const parsed = this.parse(cell as RawCell);
    if (!parsed.ok) throw cellError('invalidValue', where, parsed.error, cell);
    this.seen.set(cell, parsed.value);
    return parsed.value;
  }
}
