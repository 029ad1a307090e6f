/** The rates from counts: ONTIME_RATE, DIGITISATION_RATE, PROGRESS_RATE (ONLINE_SHARE: onlineShare.test.ts). */
import { digitisationRate, onTimeRate, progressRate } from '../../src/functions/functions';
import { errorOf } from './helpers';

describe('ONTIME_RATE(early, onTime, late)', () => {
  test('is (early + on time) / all resolved', () => {
    expect(onTimeRate(6, 2, 2)).toBe(0.8);
  });

  test('with nothing late is 1', () => {
    expect(onTimeRate(10, 0, 0)).toBe(1);
  });

  test('with nothing resolved is #DIV/0!', () => {
    expect(errorOf(() => onTimeRate(0, 0, 0)).code).toBe('#DIV/0!');
  });

  test('a negative count is #VALUE! naming it', () => {
    const e = errorOf(() => onTimeRate(1, -1, 0));
    expect(e.code).toBe('#VALUE!');
    expect(e.message).toContain('đúng hạn');
  });

  test('a count that is not a number is #VALUE!', () => {
    expect(errorOf(() => onTimeRate('x' as unknown as number, 1, 1)).code).toBe('#VALUE!');
  });
});

describe('DIGITISATION_RATE(digitised, total)', () => {
  test('is digitised / total', () => {
    expect(digitisationRate(67, 67)).toBe(1);
    expect(digitisationRate(1, 4)).toBe(0.25);
  });

  test('with a total of 0 is #DIV/0!', () => {
    expect(errorOf(() => digitisationRate(0, 0)).code).toBe('#DIV/0!');
  });

  test('more digitised than the total is #VALUE!', () => {
    expect(errorOf(() => digitisationRate(5, 4)).code).toBe('#VALUE!');
  });
});

describe('PROGRESS_RATE(early, onTime, pendingInTime, received)', () => {
  test('is (early + on time + pending in time) / received', () => {
    // Seed 000, 2023-Q2: 10 early, 0 on time, 4 pending in time, 14 received.
    expect(progressRate(10, 0, 4, 14)).toBe(1);
    expect(progressRate(5, 1, 1, 14)).toBe(0.5);
  });

  test('with nothing received is #DIV/0!', () => {
    expect(errorOf(() => progressRate(0, 0, 0, 0)).code).toBe('#DIV/0!');
  });

  test('parts adding up to more than received is #VALUE!', () => {
    expect(errorOf(() => progressRate(10, 0, 5, 14)).code).toBe('#VALUE!');
  });

  test('a count that is not a finite number is #VALUE!', () => {
    expect(errorOf(() => progressRate(1, 1, Number.POSITIVE_INFINITY, 3)).code).toBe('#VALUE!');
  });
});
