/**
 * The part of Excel's custom-functions runtime API this project uses. Excel (and office.js,
 * for `associate`) define the global `CustomFunctions` object at run time; outside Excel it may
 * be missing, so code must check `typeof CustomFunctions` first.
 * (Equivalent to the official @types/custom-functions-runtime declarations, which are not a
 * dependency of this project. If that package is ever added, delete this file.)
 */
declare namespace CustomFunctions {
  /** Registers a JavaScript function under the id given in functions.json. */
  function associate(id: string, functionObject: (...args: never[]) => unknown): void;
  function associate(mappings: Record<string, (...args: never[]) => unknown>): void;

  /** Throw this from a custom function to return an Excel error value. */
  class Error {
    constructor(errorCode: ErrorCode, errorMessage?: string);
    code: ErrorCode;
    message?: string;
  }

  enum ErrorCode {
    invalidValue = '#VALUE!',
    notAvailable = '#N/A',
    divisionByZero = '#DIV/0!',
    invalidNumber = '#NUM!',
    nullReference = '#NULL!',
    invalidName = '#NAME?',
    invalidReference = '#REF!',
  }

  /** Passed as the last argument to functions declared with @requiresAddress etc. */
  interface Invocation {
    functionName?: string;
    address?: string;
  }
}
