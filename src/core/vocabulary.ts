/**
 * The words accepted in a column, one table per column. The parsers in `cells.ts` read cells
 * through these tables, the README's data guide lists them (a test holds the two together),
 * and messages quote them. Words are compared as `normalizeLabel` leaves them: no case, no
 * diacritics, punctuation as space.
 */

import { normalizeLabel } from './text';

/** How a status places a dossier (DESIGN §5, DOMAIN-2026 §2.3). */
export type StatusMeaning =
  /** 1 Mới đăng ký, 3 Không được tiếp nhận: never received; left out of every figure. */
  | 'notReceived'
  /** 2, 4, 5, 6: being processed; placed by its dates. */
  | 'inProgress'
  /** 7 Công dân yêu cầu rút hồ sơ: ends at Completed, on time. */
  | 'withdrawn'
  /** Từ chối, Trả lại: ends at Completed, on time. */
  | 'rejected'
  /** 8 Dừng xử lý: ends at Completed, on time. */
  | 'stopped'
  /** 9 Đã xử lý xong, 10 Đã trả kết quả: resolved by its dates. */
  | 'resolved';

export interface VocabularyEntry<T> {
  value: T;
  /** The national code, where the national list has one. */
  code?: string;
  /** The words as users write them; the first is the one a guide shows first. */
  words: string[];
  /** How a word may be followed by more text ("Đã số hóa thành phần hồ sơ"). */
  prefix?: boolean;
  /** What it means, for the data guide (Vietnamese). */
  note: string;
}

/** Trạng thái hồ sơ: the national list, codes 1–10, and the words kept by hand. */
export const STATUS_VOCABULARY: VocabularyEntry<StatusMeaning>[] = (
  [
    { value: 'notReceived', code: '1', words: ['Mới đăng ký', 'Chờ tiếp nhận'], note: 'chưa tiếp nhận: không tính' },
  { value: 'inProgress', code: '2', words: ['Được tiếp nhận', 'Đã tiếp nhận', 'Mới tiếp nhận'], note: 'đang giải quyết' },
  { value: 'notReceived', code: '3', words: ['Không được tiếp nhận', 'Không tiếp nhận'], note: 'không tiếp nhận: không tính' },
  { value: 'inProgress', code: '4', words: ['Đang xử lý', 'Đang giải quyết', 'Đang thụ lý', 'Chờ xử lý', 'Processing', 'Pending'], note: 'đang giải quyết' },
  { value: 'inProgress', code: '5', words: ['Yêu cầu bổ sung giấy tờ', 'Yêu cầu bổ sung', 'Chờ bổ sung', 'Bổ sung hồ sơ'], note: 'đang giải quyết' },
  { value: 'inProgress', code: '6', words: ['Yêu cầu thực hiện nghĩa vụ tài chính', 'Chờ thực hiện nghĩa vụ tài chính', 'Chờ nộp phí'], note: 'đang giải quyết' },
  { value: 'withdrawn', code: '7', words: ['Công dân yêu cầu rút hồ sơ', 'Rút hồ sơ', 'Rút', 'Xin rút', 'Đã rút', 'Hủy', 'Huỷ', 'Đã hủy', 'Withdrawn'], note: 'kết thúc ở Ngày có kết quả, tính đúng hạn' },
  { value: 'stopped', code: '8', words: ['Dừng xử lý', 'Dừng', 'Stopped'], note: 'kết thúc ở Ngày có kết quả, tính đúng hạn' },
  { value: 'resolved', code: '9', words: ['Đã xử lý xong', 'Đã giải quyết', 'Hoàn thành', 'Đã hoàn thành', 'Có kết quả', 'Resolved', 'Completed'], note: 'đã giải quyết, theo ngày có kết quả' },
  { value: 'resolved', code: '10', words: ['Đã trả kết quả', 'Trả kết quả', 'Đã trả'], note: 'đã giải quyết, theo ngày có kết quả' },
  { value: 'rejected', words: ['Từ chối', 'Từ chối giải quyết', 'Trả lại', 'Trả lại hồ sơ', 'Rejected'], note: 'kết thúc ở Ngày có kết quả, tính đúng hạn' },
  ] as VocabularyEntry<StatusMeaning>[]
  // Systems add detail after the national label ("Đang xử lý (quá hạn)"): every word may start a longer text.
).map((e) => ({ ...e, prefix: true }));

export type ChannelValue = 'online' | 'direct' | 'postal';

/** Kênh tiếp nhận (KenhThucHien: 1 trực tiếp, 2 trực tuyến, 3 bưu chính); blank is direct. */
export const CHANNEL_VOCABULARY: VocabularyEntry<ChannelValue>[] = [
  {
    value: 'online',
    code: '2',
    words: ['Trực tuyến', 'Nộp trực tuyến', 'Qua mạng', 'DVC trực tuyến', 'Dịch vụ công trực tuyến', 'Trực tuyến toàn trình', 'Trực tuyến một phần', 'Trực tuyến hình thức khác', 'Online'],
    prefix: true,
    note: 'trực tuyến',
  },
  { value: 'direct', code: '1', words: ['Trực tiếp', 'Nộp trực tiếp', 'Tại Bộ phận một cửa', 'Direct', 'In person'], prefix: true, note: 'trực tiếp (cũng là khi để trống)' },
  {
    value: 'postal',
    code: '3',
    words: ['Bưu chính', 'Qua bưu chính', 'BCCI', 'Qua BCCI', 'Bưu chính công ích', 'Qua bưu chính công ích', 'Dịch vụ bưu chính', 'Qua dịch vụ bưu chính', 'Postal', 'Post'],
    prefix: true,
    note: 'qua dịch vụ bưu chính công ích',
  },
];

/** Có/không, for every yes/no column; blank is no. */
export const YES_NO_VOCABULARY: VocabularyEntry<boolean>[] = [
  { value: true, words: ['Có', 'x', 'Đã', 'Đạt', 'TRUE', '1', 'Yes', 'Y'], note: 'có' },
  { value: true, words: ['Đã'], prefix: true, note: 'có: "Đã …" (ví dụ "Đã số hóa")' },
  { value: false, words: ['Không', 'Chưa', 'FALSE', '0', 'No', 'N'], note: 'không (cũng là khi để trống)' },
  { value: false, words: ['Chưa', 'Không'], prefix: true, note: 'không: "Chưa …", "Không …" (ví dụ "Chưa số hóa")' },
];

/**
 * A matcher over a vocabulary: exact words first, then words that may start a longer text,
 * longest first, so "Không được tiếp nhận" is not read as a prefix "Không".
 */
export function vocabularyLookup<T>(vocabulary: readonly VocabularyEntry<T>[]): (text: string) => VocabularyEntry<T> | undefined {
  const exact = new Map<string, VocabularyEntry<T>>();
  const prefixes: [string, VocabularyEntry<T>][] = [];
  for (const entry of vocabulary) {
    if (entry.code !== undefined && !exact.has(entry.code)) exact.set(entry.code, entry);
    for (const word of entry.words) {
      const key = normalizeLabel(word);
      if (entry.prefix) prefixes.push([key, entry]);
      else if (!exact.has(key)) exact.set(key, entry);
    }
  }
  prefixes.sort((a, b) => b[0].length - a[0].length);
  return (text: string) => {
    const key = normalizeLabel(text);
    const hit = exact.get(key);
    if (hit) return hit;
    for (const [p, entry] of prefixes) if (key === p || key.startsWith(`${p} `)) return entry;
    return undefined;
  };
}

/** The words of a vocabulary as a message quotes them: `Trực tuyến, Trực tiếp, Bưu chính (mã 2, 1, 3)`. */
export function vocabularyWords<T>(vocabulary: readonly VocabularyEntry<T>[], perEntry = 1): string {
  const words: string[] = [];
  for (const e of vocabulary) for (const w of e.words.slice(0, perEntry)) if (!words.includes(w)) words.push(w);
  const codes = vocabulary.map((e) => e.code).filter((c): c is string => c !== undefined);
  return codes.length > 0 ? `${words.join(', ')} (mã ${codes.join(', ')})` : words.join(', ');
}
