/**
 * Each AMC.* function declared once, as formula engines declare theirs: its parameters (src/functions/parameters.ts)
 * and the metric or look-up it computes, from which the function Excel calls is made: every argument read and
 * checked by its declaration, the result made safe for Excel, anything thrown turned into an Excel error.
 */
import { headerRow, spill, excelNumber } from "./spill";
import { toExcelError } from "./excel-errors";
import type { Parameter } from "./parameters";
import type { SpillWithHeaders } from "../i18n/spill-headers";

/**
 * What the computation returns and how it reaches Excel: a number (#NUM! when not finite), rows to spill (with the
 * header row the `headers` parameter asks for), cells already made for Excel, or a single value as it is.
 */
export type ResultKind = "number" | "spill" | "cells" | "value";

export interface Declaration {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  parameters: readonly Parameter<any>[];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  compute: (...args: any[]) => unknown;
  result: ResultKind;
}

/** What Excel calls: up to six arguments, each as Excel passes it. */
export type ExcelFunction = (a?: unknown, b?: unknown, c?: unknown, d?: unknown, e?: unknown, f?: unknown) => unknown;

type Read = (value: unknown) => unknown;
type Computation = ExcelFunction;

/**
 * The arguments read by their parameters, then the computation: made for the number of arguments (no array of
 * arguments per call, which a function Excel calls once per cell of a column would pay a million times), and read
 * before the computation's try, as a reader throws the Excel error itself: a failing cell costs one throw, not two.
 */
function reading(readers: Read[], computation: Computation): ExcelFunction {
  const [r0, r1, r2, r3, r4, r5] = readers;
  switch (readers.length) {
    case 0:
      return () => computation();
    case 1:
      return (a) => computation(r0(a));
    case 2:
      return (a, b) => computation(r0(a), r1(b));
    case 3:
      return (a, b, c) => computation(r0(a), r1(b), r2(c));
    case 4:
      return (a, b, c, d) => computation(r0(a), r1(b), r2(c), r3(d));
    case 5:
      return (a, b, c, d, e) => computation(r0(a), r1(b), r2(c), r3(d), r4(e));
    case 6:
      return (a, b, c, d, e, f) => computation(r0(a), r1(b), r2(c), r3(d), r4(e), r5(f));
    default:
      throw new RangeError(`a function takes at most six arguments, not ${readers.length}`);
  }
}

const asItIs = (value: unknown) => value;

/** Hears what a computation threw before it becomes an Excel error (a #NUM! in Excel carries no message). */
export type FailureListener = (thrown: unknown) => void;

/** The computation over read arguments, its result made safe for Excel and what it throws an Excel error. */
function guarded(
  compute: Declaration["compute"],
  finish: (value: unknown) => unknown,
  onFailure?: FailureListener,
): Computation {
  return (a, b, c, d, e, f) => {
    try {
      return finish(compute(a, b, c, d, e, f));
    } catch (error) {
      onFailure?.(error);
      throw toExcelError(error);
    }
  };
}

/**
 * The function Excel calls for a declaration: arguments read and checked, result made safe, errors mapped; with
 * `onFailure`, the computation's failure is heard before it is mapped (a formula builder says why a #NUM! is).
 */
export function excelFunction(id: string, declaration: Declaration, onFailure?: FailureListener): ExcelFunction {
  const { parameters, compute, result } = declaration;
  const headersAt = result === "spill" ? parameters.findIndex((p) => p.headers) : -1;
  const readers = parameters.filter((_, i) => i !== headersAt).map((p) => p.read);
  if (result !== "spill") {
    const finish = result === "number" ? (excelNumber as (value: unknown) => unknown) : asItIs;
    return reading(readers, guarded(compute, finish, onFailure));
  }
  // A spill's header row, wanted or not, goes in as one more argument after the computation's own.
  const headersIndex = readers.length;
  const spilled = (...args: unknown[]) => {
    const wanted = args[headersIndex] as boolean;
    return spill(compute(...args.slice(0, headersIndex)) as unknown[][], headerRow(id as SpillWithHeaders, wanted));
  };
  const withHeaders = headersAt < 0 ? [...readers, () => false] : [...readers, parameters[headersAt].read];
  return reading(withHeaders, guarded(spilled, asItIs, onFailure));
}
