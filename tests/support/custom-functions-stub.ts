/**
 * The part of Excel's CustomFunctions runtime the add-in uses, for jest: Error, ErrorCode and associate()
 * (tests/support/registered.ts captures what associate() receives).
 */

class CustomFunctionError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message);
    this.name = "CustomFunctions.Error";
  }
}

const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

(globalThis as Record<string, unknown>).CustomFunctions = {
  Error: CustomFunctionError,
  ErrorCode,
  associate() {},
};

export {};
