/**
 * The kinds of argument the AMC.* functions take, each declared once with its name, whether it may be omitted, its
 * default and its checks: how what Excel passes (a 2-D range, a single value, null for an omitted optional, "" or
 * null for a blank cell, text where a number was typed) becomes what the metrics take, and the error naming the
 * argument when it cannot. A reader throws nothing but the Excel error itself, so that a failing cell costs one
 * throw: a column of a million blank cells, each a failing call, pays it a million times.
 */
import { parsePeriod } from "../data/periods";
import { normalizedText } from "../data/query/text";
import { arithmeticValue, describe, notANumber } from "../metrics/coercion";
import { dateSerialOf, isoDateOfSerial } from "../metrics/dates";
import { sharedError, type MetricError, type MetricErrorCode } from "../metrics/errors";
import { FIRST_YEAR, LAST_YEAR } from "../metrics/maturity";
import { isBlank, noNumberFailure, type Range } from "../metrics/ranges";
import { toExcelError } from "./excel-errors";

type ParameterKind = "range" | "number" | "cell" | "date" | "text" | "period" | "boolean";

/** One declared argument: how it is read, and what a formula builder or a reference needs to know of it. */
export interface Parameter<T> {
  name: string;
  kind: ParameterKind;
  optional: boolean;
  /** The value an omitted (or blank) optional argument takes; null when it has none. */
  fallback: T | null;
  /** A range of values that must hold at least one number: #VALUE! naming it when it holds none. */
  mustHoldNumber: boolean;
  /** The TRUE/FALSE argument that puts a header row above a spill. */
  headers: boolean;
  read(value: unknown): T;
}

type Options<T> = Partial<Pick<Parameter<T>, "optional" | "fallback" | "mustHoldNumber" | "headers">>;

function parameter<T>(name: string, kind: ParameterKind, read: (value: unknown) => T, options: Options<T> = {}) {
  const { optional = false, fallback = null, mustHoldNumber = false, headers = false } = options;
  return { name, kind, optional, fallback, mustHoldNumber, headers, read } satisfies Parameter<T>;
}

/** The Excel error for an argument that cannot be read, in the display language (one object per failure). */
function failure(code: MetricErrorCode, messageKey: string, params: Record<string, string | number>): never {
  throw toExcelError(sharedError(code, messageKey, params));
}

/** A number as `=argument*1` reads the cell; the Excel error naming the argument when it is none. */
function arithmetic(cell: unknown, name: string): number {
  const value = arithmeticValue(cell);
  if (value === undefined) throw toExcelError(notANumber(cell, name));
  return value;
}

/** An omitted optional argument: Excel passes null (some hosts undefined). */
function isOmitted(value: unknown): value is null | undefined {
  return value === null || value === undefined;
}

/**
 * A range argument as a 2-D array: a single value is a 1×1 range, a 1-D array one row. Error values inside (a
 * CustomFunctions.Error in a cell) are left to the metrics, which return the first one they read, as SUM does: they
 * check each cell in the loop that reads it (src/metrics/ranges.ts), where a pass here would cost as much again.
 */
function toRange(value: unknown): Range {
  if (!Array.isArray(value)) return [[value]];
  // Excel passes a range as an array of rows; a 1-D array (some hosts, a script) is one row.
  return value.length === 0 || Array.isArray(value[0]) ? (value as unknown[][]) : [value];
}

/** A single value where a range would be odd: the top-left cell of a range; an error value in it is the result. */
function single(value: unknown): unknown {
  let cell = value;
  while (Array.isArray(cell)) cell = cell[0];
  // typeof first: `instanceof` on a number or text costs more than the rest of a scalar function's call.
  if (typeof cell === "object" && cell !== null && cell instanceof CustomFunctions.Error) throw cell;
  return cell;
}

/** A range of cells (values, labels, dates …); with mustHoldNumber, #VALUE! naming it when no cell is a number. */
export function range(name: string, options: { mustHoldNumber?: boolean } = {}): Parameter<Range> {
  if (!options.mustHoldNumber) return parameter(name, "range", toRange);
  return parameter(
    name,
    "range",
    (value) => {
      const cells = toRange(value);
      const missing = noNumberFailure(cells, name);
      if (missing) throw toExcelError(missing);
      return cells;
    },
    { mustHoldNumber: true },
  );
}

/** An optional range: null when omitted or when every cell is blank. */
export function optionalRange(name: string): Parameter<Range | null> {
  return parameter(
    name,
    "range",
    (value) => {
      if (isOmitted(value)) return null;
      const cells = toRange(value);
      return cells.every((row) => row.every(isBlank)) ? null : cells;
    },
    { optional: true },
  );
}

/** A number, coerced as `=argument*1` would be (blank → 0, TRUE → 1, "6" → 6); #VALUE! otherwise. */
export function number(name: string): Parameter<number> {
  return parameter(name, "number", (value) => arithmetic(single(value), name));
}

/** An optional number: its default when omitted or blank (null for an argument with no fixed default). */
export function optionalNumber<T extends number | null>(name: string, fallback: T): Parameter<number | T> {
  return parameter(
    name,
    "number",
    (value) => {
      const cell = single(value);
      return isOmitted(cell) || cell === "" ? fallback : arithmetic(cell, name);
    },
    { optional: true, fallback },
  );
}

/** A single cell taken as it is (a criterion, a rating): the metric reads it. */
export function cell(name: string): Parameter<unknown> {
  return parameter(name, "cell", single);
}

/** A date: a serial number (a date cell) or an ISO text date; #VALUE! naming the argument otherwise. */
export function date(name: string): Parameter<number> {
  return parameter(name, "date", (value) => {
    const cell = single(value);
    const serial = dateSerialOf(cell);
    if (serial === undefined) failure("#VALUE!", "notADate", { argument: name, value: describe(cell) });
    return serial;
  });
}

/** Text as typed, trimmed (a name, a metric); numbers are read as their text. */
function textOf(cell: unknown, name: string): string {
  if (typeof cell === "string") return cell.trim();
  if (typeof cell === "number" && Number.isFinite(cell)) return String(cell);
  failure("#VALUE!", "notAText", { argument: name, value: describe(cell) });
}

/** A text argument; blank → #VALUE! naming it. */
export function text(name: string): Parameter<string> {
  // Made once: a blank cell is the failure a column of calls meets most, once per cell.
  let blank: MetricError | undefined;
  return parameter(name, "text", (value) => {
    const cell = single(value);
    if (isBlank(cell)) throw toExcelError((blank ??= sharedError("#VALUE!", "blankArgument", { argument: name })));
    return textOf(cell, name);
  });
}

/** An optional text argument: null when omitted or blank. */
export function optionalText(name: string): Parameter<string | null> {
  return parameter(
    name,
    "text",
    (value) => {
      const cell = single(value);
      return isBlank(cell) ? null : textOf(cell, name);
    },
    { optional: true },
  );
}

/** A period already in the figures' form (digits and dashes only): read as it is, without parsing. */
const ISO_PERIOD = /^\d{4}(-\d\d){0,2}(\.\.\d{4}(-\d\d){0,2})?$/;

/**
 * A period as the figures write it (`2024`, `2025-06-30`, `2025-01..2025-11`), from a year typed as a number, a
 * date cell, or text in any form src/data/periods.ts reads (`2025年6月末`, `Jan–Nov 2025`); null when omitted.
 * Text that is no period is passed on as typed, for the look-up's message to quote.
 */
export function optionalPeriod(name: string): Parameter<string | null> {
  return parameter(
    name,
    "period",
    (value) => {
      const cell = single(value);
      if (isBlank(cell)) return null;
      if (typeof cell === "string" && ISO_PERIOD.test(cell)) return cell;
      if (typeof cell === "number" && Number.isInteger(cell) && cell >= FIRST_YEAR && cell <= LAST_YEAR) {
        return String(cell);
      }
      const iso = typeof cell === "number" ? isoDateOfSerial(cell) : undefined;
      if (iso) return iso;
      if (typeof cell === "string") return parsePeriod(cell) ?? normalizedText(cell);
      failure("#VALUE!", "notAPeriod", { argument: name, value: describe(cell) });
    },
    { optional: true },
  );
}

/** An optional TRUE/FALSE: its default when omitted or blank; 0/1 and "TRUE"/"FALSE" text accepted. */
function optionalBoolean(name: string, fallback: boolean): Parameter<boolean> {
  return parameter(
    name,
    "boolean",
    (value) => {
      const cell = single(value);
      if (isOmitted(cell) || cell === "") return fallback;
      if (typeof cell === "boolean") return cell;
      if (typeof cell === "number" && Number.isFinite(cell)) return cell !== 0;
      const upper = typeof cell === "string" ? normalizedText(cell).toUpperCase() : "";
      if (upper === "TRUE" || upper === "FALSE") return upper === "TRUE";
      failure("#VALUE!", "notABoolean", { argument: name, value: describe(cell) });
    },
    { optional: true, fallback },
  );
}

/** The last argument of a spilling function: TRUE (default) for a header row above the rows. */
export function headers(): Parameter<boolean> {
  return { ...optionalBoolean("headers", true), headers: true };
}
