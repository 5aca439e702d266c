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

/**
 * The computation over the arguments read by their parameters, made for the number of arguments: no array of
 * arguments per call, which a function Excel calls once per cell of a column would pay a million times.
 */
function computing(readers: Read[], compute: Declaration["compute"]): ExcelFunction {
  const [r0, r1, r2, r3, r4] = readers;
  switch (readers.length) {
    case 0:
      return () => compute();
    case 1:
      return (a) => compute(r0(a));
    case 2:
      return (a, b) => compute(r0(a), r1(b));
    case 3:
      return (a, b, c) => compute(r0(a), r1(b), r2(c));
    case 4:
      return (a, b, c, d) => compute(r0(a), r1(b), r2(c), r3(d));
    case 5:
      return (a, b, c, d, e) => compute(r0(a), r1(b), r2(c), r3(d), r4(e));
    default:
      throw new RangeError(`a function takes at most five arguments besides headers, not ${readers.length}`);
  }
}

/** The argument at a position. */
function argumentAt(position: number, a: unknown, b: unknown, c: unknown, d: unknown, e: unknown, f: unknown) {
  switch (position) {
    case 0:
      return a;
    case 1:
      return b;
    case 2:
      return c;
    case 3:
      return d;
    case 4:
      return e;
    default:
      return f;
  }
}

const asItIs = (value: unknown) => value;

/** The function Excel calls for a declaration: arguments read and checked, result made safe, errors mapped. */
export function excelFunction(id: string, declaration: Declaration): ExcelFunction {
  const { parameters, compute, result } = declaration;
  const headersAt = result === "spill" ? parameters.findIndex((p) => p.headers) : -1;
  const readers = parameters.filter((_, i) => i !== headersAt).map((p) => p.read);
  const computed = computing(readers, compute);
  if (result === "spill") {
    const readHeaders = headersAt < 0 ? null : parameters[headersAt].read;
    return (a, b, c, d, e, f) => {
      try {
        const rows = computed(a, b, c, d, e, f) as unknown[][];
        const wanted = readHeaders ? (readHeaders(argumentAt(headersAt, a, b, c, d, e, f)) as boolean) : false;
        return spill(rows, headerRow(id as SpillWithHeaders, wanted));
      } catch (error) {
        throw toExcelError(error);
      }
    };
  }
  const finish = result === "number" ? (excelNumber as (value: unknown) => unknown) : asItIs;
  return (a, b, c, d, e, f) => {
    try {
      return finish(computed(a, b, c, d, e, f));
    } catch (error) {
      throw toExcelError(error);
    }
  };
}
