/**
 * ONLINE_SHARE outside Excel (no CustomFunctions runtime): results, and the Excel error each bad
 * input gives. With the runtime present, the same errors are CustomFunctions.Error objects.
 */
import { ERROR_TEXT, FunctionError, functionError } from '../../src/functions/errors';
import { onlineShare } from '../../src/functions/functions';

function errorOf(fn: () => unknown): FunctionError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(FunctionError);
    return e as FunctionError;
  }
  throw new Error('expected an error');
}

describe('ONLINE_SHARE', () => {
  test('is online / total', () => {
    expect(onlineShare(3, 4)).toBe(0.75);
    expect(onlineShare(0, 5)).toBe(0);
    expect(onlineShare(7, 7)).toBe(1);
  });

  test('total 0 is #DIV/0!', () => {
    expect(errorOf(() => onlineShare(0, 0)).code).toBe('#DIV/0!');
  });

  test('negative counts and online > total are #VALUE! with a message', () => {
    for (const [online, total] of [
      [-1, 5],
      [1, -5],
      [6, 5],
      [Number.NaN, 5],
    ]) {
      const err = errorOf(() => onlineShare(online, total));
      expect(err.code).toBe('#VALUE!');
      expect(err.message).not.toBe('#VALUE!');
      expect(err.message.length).toBeGreaterThan(0);
    }
  });

  test('defines no CustomFunctions global in Node', () => {
    expect(typeof (globalThis as { CustomFunctions?: unknown }).CustomFunctions).toBe('undefined');
  });
});

describe('functionError', () => {
  afterEach(() => {
    delete (globalThis as { CustomFunctions?: unknown }).CustomFunctions;
  });

  test('uses CustomFunctions.Error when the runtime is there', () => {
    class RuntimeError {
      constructor(
        public code: string,
        public message?: string,
      ) {}
    }
    (globalThis as { CustomFunctions?: unknown }).CustomFunctions = { Error: RuntimeError, ErrorCode: ERROR_TEXT };
    const err = functionError('divisionByZero') as unknown as RuntimeError;
    expect(err).toBeInstanceOf(RuntimeError);
    expect(err.code).toBe('#DIV/0!');
    expect(err.message).toBeUndefined();
    const withMessage = functionError('invalidValue', 'x') as unknown as RuntimeError;
    expect([withMessage.code, withMessage.message]).toEqual(['#VALUE!', 'x']);
  });
});
