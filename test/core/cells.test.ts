import {
  parseChannelCell,
  parseDateCell,
  parseDaysCell,
  parseEndStatusCell,
  parseNumberCell,
  parseOnlineLevelCell,
  parseStatusCell,
  parseYesNoCell,
} from '../../src/core/cells';
import { CHANNEL_VOCABULARY, STATUS_VOCABULARY, YES_NO_VOCABULARY } from '../../src/core/vocabulary';
import { dayFromParts, excelSerialFromDay } from '../../src/core/days';

const value = <T>(p: { ok: boolean; value?: T | null }) => (p.ok ? p.value : 'error');

describe('reading cells', () => {
  const june14 = dayFromParts(2023, 6, 14);

  test('dates are read from Excel dates, serial numbers and dd/mm/yyyy or yyyy-mm-dd text', () => {
    expect(value(parseDateCell(new Date(Date.UTC(2023, 5, 14))))).toBe(june14);
    expect(value(parseDateCell(excelSerialFromDay(june14)))).toBe(june14);
    expect(value(parseDateCell('14/06/2023'))).toBe(june14);
    expect(value(parseDateCell('14/6/2023'))).toBe(june14);
    expect(value(parseDateCell('2023-06-14'))).toBe(june14);
  });

  test('31/02 and serial 60 (Excel’s nonexistent 29/02/1900) are not dates', () => {
    expect(value(parseDateCell('31/02/2023'))).toBe('error');
    expect(value(parseDateCell(60))).toBe('error');
  });

  test('a blank date is blank, not an error', () => {
    expect(value(parseDateCell('  '))).toBeNull();
  });

  test.each([
    ['Có', true],
    ['có', true],
    ['x', true],
    [true, true],
    [1, true],
    ['Không', false],
    ['', false],
    [false, false],
    [0, false],
  ])('yes/no "%s" reads as %s', (cell, expected) => {
    expect(value(parseYesNoCell(cell))).toBe(expected);
  });

  test('yes/no that is neither is an error', () => {
    expect(value(parseYesNoCell('có lẽ'))).toBe('error');
  });

  test.each([
    ['Trực tuyến', 'online'],
    ['truc tuyen', 'online'],
    [2, 'online'],
    ['Trực tiếp', 'direct'],
    [1, 'direct'],
    ['', 'direct'],
    ['Bưu chính', 'postal'],
    ['BCCI', 'postal'],
    [3, 'postal'],
  ])('channel "%s" reads as %s', (cell, expected) => {
    expect(value(parseChannelCell(cell))).toBe(expected);
  });

  test.each([
    ['Toàn trình', 'full'],
    [4, 'full'],
    ['Một phần', 'partial'],
    [3, 'partial'],
    ['Không', 'none'],
    [2, 'none'],
  ])('online level "%s" reads as %s', (cell, expected) => {
    expect(value(parseOnlineLevelCell(cell))).toBe(expected);
  });

  test('numbers may carry Vietnamese thousands dots and decimal commas', () => {
    expect(value(parseNumberCell('1.234'))).toBe(1234);
    expect(value(parseNumberCell('1.234.567'))).toBe(1234567);
    expect(value(parseNumberCell('12,5'))).toBe(12.5);
    expect(value(parseNumberCell('năm'))).toBe('error');
  });

  test('withdrawn, rejected and stopped statuses end a dossier; ordinary statuses do not', () => {
    expect(value(parseEndStatusCell('Rút hồ sơ'))).toBe('withdrawn');
    expect(value(parseEndStatusCell('Từ chối'))).toBe('rejected');
    expect(value(parseEndStatusCell('Dừng xử lý'))).toBe('stopped');
    expect(value(parseEndStatusCell('Đã trả kết quả'))).toBeNull();
    expect(value(parseEndStatusCell('Đang xử lý'))).toBeNull();
  });

  test.each(STATUS_VOCABULARY.flatMap((e) => [...e.words.map((w) => [w, e.value] as const), ...(e.code ? [[e.code, e.value] as const] : [])]))(
    'the status "%s" reads as %s',
    (word, meaning) => {
      expect(value(parseStatusCell(word))).toBe(meaning);
    },
  );

  test('a national status label followed by detail still reads ("Đang xử lý (quá hạn)")', () => {
    expect(value(parseStatusCell('Đang xử lý (quá hạn)'))).toBe('inProgress');
    expect(value(parseStatusCell('Không được tiếp nhận'))).toBe('notReceived');
  });

  test.each(CHANNEL_VOCABULARY.flatMap((e) => [...e.words.map((w) => [w, e.value] as const), ...(e.code ? [[e.code, e.value] as const] : [])]))(
    'the channel "%s" reads as %s',
    (word, channel) => {
      expect(value(parseChannelCell(word))).toBe(channel);
    },
  );

  test.each([
    ['Đã số hóa', true],
    ['Đã', true],
    ['Chưa', false],
    ['Chưa số hóa', false],
    ['Không có', false],
    ...YES_NO_VOCABULARY.filter((e) => !e.prefix).flatMap((e) => e.words.map((w) => [w, e.value] as const)),
  ] as const)('the yes/no value "%s" reads as %s', (word, yes) => {
    expect(value(parseYesNoCell(word))).toBe(yes);
  });

  test('processing days also read with their unit: "05 ngày làm việc" is 5', () => {
    expect(value(parseDaysCell('05 ngày làm việc'))).toBe(5);
    expect(value(parseDaysCell('15 ngày'))).toBe(15);
    expect(value(parseDaysCell(7))).toBe(7);
    expect(value(parseDaysCell('theo quy định'))).toBe('error');
  });

  test('a bare serial counts from 1904 in a 1904 workbook', () => {
    expect(value(parseDateCell(0, true))).toBe(value(parseDateCell(1462)));
  });

  test('a date-time in text counts as its calendar day', () => {
    expect(value(parseDateCell('15/06/2026 08:30:00'))).toBe(value(parseDateCell('15/06/2026')));
    expect(value(parseDateCell('15/06/2026 08:30'))).toBe(value(parseDateCell('15/06/2026')));
  });
});
