/**
 * The part of Excel's CustomFunctions runtime the add-in uses, for jest: Error and ErrorCode as the preview's shim
 * defines them, and an associate() that keeps nothing (tests/support/registered.ts captures what it receives).
 */
import { CUSTOM_FUNCTION_ERROR_CODES, CustomFunctionError } from "../../src/preview/custom-functions-shim";

(globalThis as Record<string, unknown>).CustomFunctions = {
  Error: CustomFunctionError,
  ErrorCode: CUSTOM_FUNCTION_ERROR_CODES,
  associate() {},
};
