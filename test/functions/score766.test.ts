/** The 766 score helpers wrap the scoring of src/core/score766Model.ts (the portal's 2026 model). */
import { score766, score766Digitisation, score766Progress } from '../../src/functions/functions';
import { score766Indicator } from '../../src/core/score766Model';
import { errorOf } from './helpers';

describe('SCORE766(indicator, numerator, denominator)', () => {
  test('gives the points the 766 report gives for that indicator', () => {
    expect(score766('3.3', 3, 10)).toBe(score766Indicator('3.3', 3, 10));
    expect(score766('2.1', 14, 14)).toBe(score766Indicator('2.1', 14, 14));
  });

  test('payment parts are named 3′A, 3′B, 3′C, also typed with a plain apostrophe', () => {
    expect(score766("3'A", 1, 2)).toBe(3);
    expect(score766('3′b', 1, 2)).toBe(1.25);
  });

  test('an unknown indicator is #VALUE! listing the indicators', () => {
    const e = errorOf(() => score766('9.9', 1, 2));
    expect(e.code).toBe('#VALUE!');
    expect(e.message).toContain('2.1');
  });

  test('a denominator of 0 is #DIV/0!, except where the portal scores it (5.2, 5.3 full; 5.4 zero)', () => {
    expect(errorOf(() => score766('4.2', 0, 0)).code).toBe('#DIV/0!');
    expect([score766('5.2', 0, 0), score766('5.4', 0, 0)]).toEqual([6, 0]);
  });

  test('a numerator above the denominator is #VALUE!', () => {
    expect(errorOf(() => score766('4.2', 3, 2)).code).toBe('#VALUE!');
  });
});

describe('SCORE766_PROGRESS and SCORE766_DIGITISATION', () => {
  test('progress scores indicator 2.1 from the counts of PROGRESS_RATE', () => {
    expect(score766Progress(10, 0, 4, 14)).toBe(score766Indicator('2.1', 14, 14));
    expect(score766Progress(5, 1, 1, 14)).toBe(score766Indicator('2.1', 7, 14));
  });

  test('digitisation scores indicator 4.2: dossiers digitised of all dossiers, in proportion (the 2026 portal)', () => {
    expect(score766Digitisation(67, 67)).toBe(score766Indicator('4.2', 67, 67));
    expect(score766Digitisation(1, 4)).toBe(score766Indicator('4.2', 1, 4));
    expect(score766Digitisation(1, 4)).toBe(1);
  });

  test('with nothing received or resolved they are #DIV/0!', () => {
    expect([errorOf(() => score766Progress(0, 0, 0, 0)).code, errorOf(() => score766Digitisation(0, 0)).code]).toEqual(['#DIV/0!', '#DIV/0!']);
  });

  test('bad counts are #VALUE!', () => {
    expect([errorOf(() => score766Progress(-1, 0, 0, 3)).code, errorOf(() => score766Digitisation(5, 4)).code]).toEqual(['#VALUE!', '#VALUE!']);
  });
});
