import {
  parseChannelCell,
  parseDateCell,
  parseNumberCell,
  parseOnlineLevelCell,
  parseStatusCell,
  parseYesNoCell,
} from '../../src/core/cells';
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
    expect(value(parseStatusCell('Rút hồ sơ'))).toBe('withdrawn');
    expect(value(parseStatusCell('Từ chối'))).toBe('rejected');
    expect(value(parseStatusCell('Dừng xử lý'))).toBe('stopped');
    expect(value(parseStatusCell('Đã trả kết quả'))).toBeNull();
  });
});
