// The ambient `CustomFunctions` declarations travel with this file, so any program that imports
// it (the CLI build's tsconfig.cli.json includes no .d.ts files) type-checks.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./custom-functions-runtime.d.ts" />
/**
 * Excel error values for custom functions. Inside Excel this is `CustomFunctions.Error`; where
 * the custom-functions runtime is missing (plain browser, unit tests) it is a `FunctionError`
 * carrying the same code, so functions behave the same everywhere.
 */

export type FunctionErrorName =
  | 'invalidValue'
  | 'notAvailable'
  | 'divisionByZero'
  | 'invalidNumber'
  | 'nullReference'
  | 'invalidName'
  | 'invalidReference';

/** The text Excel shows for each error (same values as `CustomFunctions.ErrorCode`). */
export const ERROR_TEXT: Readonly<Record<FunctionErrorName, string>> = {
  invalidValue: '#VALUE!',
  notAvailable: '#N/A',
  divisionByZero: '#DIV/0!',
  invalidNumber: '#NUM!',
  nullReference: '#NULL!',
  invalidName: '#NAME?',
  invalidReference: '#REF!',
};

/** Stand-in for `CustomFunctions.Error` outside Excel. */
export class FunctionError extends Error {
  /** Excel's error text, e.g. `#DIV/0!`. */
  readonly code: string;

  constructor(code: string, message?: string) {
    super(message ?? code);
    this.name = 'FunctionError';
    this.code = code;
  }
}

function hasRuntime(): boolean {
  return (
    typeof CustomFunctions !== 'undefined' &&
    typeof CustomFunctions.Error === 'function' &&
    typeof CustomFunctions.ErrorCode !== 'undefined'
  );
}

/**
 * The error to throw for `name`, with an optional message (Excel shows it for #VALUE! and
 * #N/A in the cell's error tooltip).
 */
export function functionError(name: FunctionErrorName, message?: string): Error {
  if (hasRuntime()) {
    const code = CustomFunctions.ErrorCode[name];
    // CustomFunctions.Error is not a subclass of the JS Error type in the declarations.
    return (message === undefined
      ? new CustomFunctions.Error(code)
      : new CustomFunctions.Error(code, message)) as unknown as Error;
  }
  return new FunctionError(ERROR_TEXT[name], message);
}
