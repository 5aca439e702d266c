/**
 * Evaluating an AMC.* function outside a cell, as a formula builder previews it: the very function Excel calls
 * (declare.ts over declarations.ts), given what Excel would pass (an error cell as CustomFunctions.Error), its result
 * or its Excel error, with the failure behind the error where the function had one (#NUM! and #DIV/0! carry no
 * message in Excel, so this is the only place their cause is known).
 */
import { Failure } from "../data/query/lookup-error";
import { excelFunction, type ExcelFunction } from "./declare";
import { DECLARATIONS, type FunctionId } from "./declarations";
import type { Parameter } from "./parameters";

/** What the function gave: a value (a number, text, boolean, or rows of a spill), or the Excel error it threw. */
export type Evaluation =
  { kind: "value"; value: unknown } | { kind: "error"; code: string; message: string; cause: Failure | null };

/** How Range.valueTypes names a cell that holds an error. */
const ERROR_TYPE = "Error";

export function isFunctionId(id: string): id is FunctionId {
  return Object.prototype.hasOwnProperty.call(DECLARATIONS, id);
}

/** A function's declared parameters, in the order Excel passes them. */
export function declaredParameters(id: FunctionId): readonly Parameter<unknown>[] {
  return DECLARATIONS[id].parameters;
}

/**
 * One cell read through the Excel API as Excel hands it to a custom function: an error cell (its value is the
 * error's text, `#DIV/0!`) becomes the CustomFunctions.Error of that code; anything else stays as read.
 */
export function cellAsPassed(value: unknown, valueType: string | undefined): unknown {
  if (valueType !== ERROR_TYPE || typeof value !== "string") return value;
  return new CustomFunctions.Error(value as CustomFunctions.ErrorCode);
}

/**
 * A range read through the Excel API (values and valueTypes of the same shape) as Excel passes it. Only rows holding
 * an error cell are copied: a range of 10,000 rows is read after every change of a formula being built.
 */
export function rangeAsPassed(values: readonly unknown[][], valueTypes: readonly string[][]): unknown[][] {
  let passed: unknown[][] | undefined;
  for (let r = 0; r < values.length; r++) {
    const types = valueTypes[r];
    if (!types || !types.includes(ERROR_TYPE)) continue;
    passed ??= values.slice();
    passed[r] = values[r].map((value, c) => cellAsPassed(value, types[c]));
  }
  return passed ?? (values as unknown[][]);
}

let lastFailure: unknown = null;
const heard = (thrown: unknown) => {
  lastFailure = thrown;
};
const functions = new Map<FunctionId, ExcelFunction>();

function functionOf(id: FunctionId): ExcelFunction {
  let fn = functions.get(id);
  if (!fn) functions.set(id, (fn = excelFunction(id, DECLARATIONS[id], heard)));
  return fn;
}

function isExcelError(value: unknown): value is { code: string; message?: string } {
  return value instanceof CustomFunctions.Error;
}

/** Calls the function as Excel would with these arguments (null for an omitted one) and says what it gave. */
export function evaluateFunction(id: FunctionId, args: readonly unknown[]): Evaluation {
  lastFailure = null;
  try {
    const value = functionOf(id)(...args);
    return { kind: "value", value };
  } catch (thrown) {
    const cause = lastFailure instanceof Failure ? lastFailure : null;
    if (isExcelError(thrown)) return { kind: "error", code: thrown.code, message: thrown.message ?? "", cause };
    const message = thrown instanceof Error ? thrown.message : String(thrown);
    return { kind: "error", code: "#VALUE!", message, cause };
  } finally {
    lastFailure = null;
  }
}
