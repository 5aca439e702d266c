/**
 * Each AMC.* function declared once, as formula engines declare theirs: its parameters (src/functions/parameters.ts),
 * the metric or look-up it computes and the number format of its result (result-formats.ts), from which the
 * function Excel calls is made: every argument read and checked by its declaration, the result made safe for Excel
 * (formatted where Excel takes data types, data-types.ts), anything thrown turned into an Excel error.
 */
import { headerRow, spill, excelNumber } from "./spill";
import { basicValues } from "./cell-values";
import { dataTypesSupported } from "./data-types";
import { officeDisplayLanguage, toExcelError } from "./excel-errors";
import type { Parameter } from "./parameters";
import { formattedSpill, formattedValue, spillFormatOf, type FormatRule } from "./result-formats";
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
  /** The number format of the result's numbers where Excel takes data types; null where they show as they are. */
  format: FormatRule;
  /** Where Excel takes data types: the entity card returned instead of the computed value (which is its text). */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  card?: (...args: any[]) => Excel.EntityCellValue;
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

const isSingleValue = (value: unknown) => value === null || typeof value !== "object";

/** The last call with a blank first argument: its arguments, the display language, and what it answered. */
interface BlankCall {
  language: unknown;
  blank: null | "";
  rest: [unknown, unknown, unknown, unknown, unknown];
  /** Its failure, or its value when that is a single value (a number, text); undefined: call again. */
  answer: unknown;
}

/**
 * Excel calls a function of single values once per cell of a range, and a whole column is a million blank cells:
 * the same call each time, whose throw, when it fails, would cost ten successful calls. The last call with a blank
 * first argument and single values for the others (a pure function of them and the display language) is
 * remembered, and the same call again is answered from it: a failure is returned, which Excel takes as a throw.
 */
function answeringBlanks(fn: ExcelFunction): ExcelFunction {
  const blankCall = rememberingBlankCalls(fn);
  // Kept this small so that it inlines: a column of values pays one comparison a call, nothing more.
  return (a, b, c, d, e, f) =>
    a !== null && a !== undefined && a !== "" ? fn(a, b, c, d, e, f) : blankCall(a, b, c, d, e, f);
}

/** Calls with a blank first argument, the last one remembered with what it answered. */
function rememberingBlankCalls(fn: ExcelFunction): ExcelFunction {
  let last: BlankCall | undefined;
  return (a, b, c, d, e, f) => {
    const blank = a === "" ? "" : null;
    const language = officeDisplayLanguage();
    if (
      last !== undefined &&
      last.blank === blank &&
      last.language === language &&
      last.rest[0] === b &&
      last.rest[1] === c &&
      last.rest[2] === d &&
      last.rest[3] === e &&
      last.rest[4] === f
    ) {
      return last.answer !== undefined ? last.answer : fn(a, b, c, d, e, f);
    }
    const rest: BlankCall["rest"] = [b, c, d, e, f];
    if (!rest.every(isSingleValue)) return fn(a, b, c, d, e, f);
    try {
      const value = fn(a, b, c, d, e, f);
      last = { language, blank, rest, answer: isSingleValue(value) ? value : undefined };
      return value;
    } catch (error) {
      last = { language, blank, rest, answer: toExcelError(error) };
      return last.answer;
    }
  };
}

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

/** Formatted spills already made from a shared (frozen) spill, such as DATASET's: made once, shared in turn. */
const formattedShared = new WeakMap<object, unknown[][]>();

/** A spill's numbers under the declaration's format (one array per call; one, frozen, per shared spill). */
function formattedRows(rows: unknown[][], rule: FormatRule, args: unknown[]): unknown[][] {
  if (!Object.isFrozen(rows)) return formattedSpill(rows, spillFormatOf(rule, args));
  const shared = formattedShared.get(rows);
  if (shared) return shared;
  const formatted = formattedSpill(rows, spillFormatOf(rule, args)).map((row) => Object.freeze(row) as unknown[]);
  formattedShared.set(rows, Object.freeze(formatted) as unknown[][]);
  return formatted;
}

/** How one kind of function reads its arguments and finishes its results. */
interface Finishing {
  read: (parameter: Parameter<unknown>) => Read;
  /** A single result, from the computed value and the read arguments. */
  single: (compute: Declaration["compute"], finish: (value: unknown) => unknown) => Computation;
  /** A spill as Excel receives it, from the safe rows and the arguments the computation took. */
  spilled: (rows: unknown[][], args: unknown[]) => unknown;
  onFailure?: FailureListener;
}

/** Before data types, and where Excel has none: plain numbers and text. */
const plain = (onFailure?: FailureListener): Finishing => ({
  read: (parameter) => parameter.read,
  single: (compute, finish) => guarded(compute, finish, onFailure),
  spilled: asItIs,
  onFailure,
});
const PLAIN = plain();

/** Where Excel takes data types: data-typed arguments read as their basic values, numbers formatted. */
function typed({ format, card }: Declaration, onFailure?: FailureListener): Finishing {
  const single = (compute: Declaration["compute"], finish: (value: unknown) => unknown): Computation =>
    guarded(
      (a, b, c, d, e, f) => {
        const value = finish(compute(a, b, c, d, e, f));
        if (card) return card(a, b, c, d, e, f);
        if (typeof value !== "number") return value;
        return formattedValue(value, spillFormatOf(format, [a, b, c, d, e, f])(0, 0));
      },
      asItIs,
      onFailure,
    );
  return {
    read: (parameter) => (value) => parameter.read(basicValues(value)),
    single,
    spilled: (rows, args) => formattedRows(rows, format, args),
    onFailure,
  };
}

function made(id: string, declaration: Declaration, finishing: Finishing, rememberBlanks = true): ExcelFunction {
  const { parameters, result } = declaration;
  const headersAt = result === "spill" ? parameters.findIndex((p) => p.headers) : -1;
  const readers = parameters.filter((_, i) => i !== headersAt).map(finishing.read);
  const fn = madeFromReaders(id, declaration, finishing, readers, headersAt);
  return rememberBlanks ? answeringBlanks(fn) : fn;
}

function madeFromReaders(
  id: string,
  declaration: Declaration,
  finishing: Finishing,
  readers: Read[],
  headersAt: number,
): ExcelFunction {
  const { parameters, compute, result } = declaration;
  if (result === "number")
    return reading(readers, finishing.single(compute, excelNumber as (value: unknown) => unknown));
  if (result === "value") return reading(readers, finishing.single(compute, asItIs));
  if (result === "cells") {
    const cells = (...args: unknown[]) => finishing.spilled(compute(...args) as unknown[][], args);
    return reading(readers, guarded(finishing.spilled === asItIs ? compute : cells, asItIs, finishing.onFailure));
  }
  // A spill's header row, wanted or not, goes in as one more argument after the computation's own.
  const headersIndex = readers.length;
  const spilled = (...args: unknown[]) => {
    const wanted = args[headersIndex] as boolean;
    const own = args.slice(0, headersIndex);
    return finishing.spilled(spill(compute(...own) as unknown[][], headerRow(id as SpillWithHeaders, wanted)), own);
  };
  const readHeaders = headersAt < 0 ? () => false : finishing.read(parameters[headersAt]);
  return reading([...readers, readHeaders], guarded(spilled, asItIs, finishing.onFailure));
}

/** The function as Excel calls it where it takes data types, whatever the runtime said (for the format accessor). */
export function typedExcelFunction(id: string, declaration: Declaration): ExcelFunction {
  return made(id, declaration, typed(declaration));
}

/**
 * The function Excel calls for a declaration: arguments read and checked, result made safe, errors mapped; results
 * formatted where Excel takes data types (asked once at start-up), exactly as before data types where it does not.
 */
export function excelFunction(id: string, declaration: Declaration): ExcelFunction {
  const plain = made(id, declaration, PLAIN);
  const formatted = typedExcelFunction(id, declaration);
  return (a, b, c, d, e, f) => (dataTypesSupported() ? formatted(a, b, c, d, e, f) : plain(a, b, c, d, e, f));
}

/**
 * The function as Excel calls it, with data types (results formatted as the cell will show them) or without, every
 * failure heard by `onFailure` before it becomes an Excel error, and thrown: for a formula builder, which shows a
 * result as it will read and says why a #NUM! is.
 */
export function listenedExcelFunction(
  id: string,
  declaration: Declaration,
  onFailure: FailureListener,
  withDataTypes: boolean,
): ExcelFunction {
  return made(id, declaration, withDataTypes ? typed(declaration, onFailure) : plain(onFailure), false);
}
