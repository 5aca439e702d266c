/**
 * Evaluating an AMC.* function outside a cell, as a formula builder previews it: the very function Excel calls
 * (declare.ts over declarations.ts), given what Excel would pass (an error cell as CustomFunctions.Error), its result
 * or its Excel error, with the failure behind the error where the function had one (#NUM! and #DIV/0! carry no
 * message in Excel, so this is the only place their cause is known).
 */
import { Failure } from "../data/query/lookup-error";
import { askForDataTypeSupport, dataTypesSupported } from "./data-types";
import { listenedExcelFunction, type ExcelFunction } from "./declare";
import { isExcelError } from "./excel-errors";
import { DECLARATIONS, type FunctionId } from "./declarations";
import type { Parameter } from "./parameters";

/**
 * What the function gave: a value as this Excel takes it (where it has data types, a number formatted as
 * `{ type: "Double", basicValue, numberFormat }` and a company card; a number, text, a boolean; or rows of a spill of
 * those), or the Excel error it threw or returned.
 */
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
const functions = new Map<string, ExcelFunction>();

// The pane's bundle asks Office for itself: results are previewed as this Excel will show them.
askForDataTypeSupport();

function functionOf(id: FunctionId): ExcelFunction {
  const withDataTypes = dataTypesSupported();
  const key = `${id}|${withDataTypes}`;
  let fn = functions.get(key);
  if (!fn) functions.set(key, (fn = listenedExcelFunction(id, DECLARATIONS[id], heard, withDataTypes)));
  return fn;
}

/** Calls the function as Excel would with these arguments (null for an omitted one) and says what it gave. */
export function evaluateFunction(id: FunctionId, args: readonly unknown[]): Evaluation {
  lastFailure = null;
  try {
    const value = functionOf(id)(...args);
    if (isExcelError(value)) return { kind: "error", code: value.code, message: value.message ?? "", cause: null };
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
