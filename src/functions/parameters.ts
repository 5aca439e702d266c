/**
 * Argument coercion for the custom functions: what Excel may pass (a 2-D range, a single value, null for an
 * omitted optional, "" or null for a blank cell, text where a number was typed) turned into what the metrics take.
 */
import { describe, requireArithmetic } from "../metrics/coercion";
import { dateSerialOf, isoDateOfSerial, isoDateSerial } from "../metrics/dates";
import { FIRST_YEAR, LAST_YEAR } from "../metrics/maturity";
import { MetricError } from "../metrics/errors";
import { isBlank, type Range } from "../metrics/ranges";

/** An omitted optional argument: Excel passes null (some hosts undefined). */
export function isOmitted(value: unknown): value is null | undefined {
  return value === null || value === undefined;
}

/**
 * A range argument as a 2-D array: a single value is a 1×1 range, a 1-D array one row. Error values inside (a
 * CustomFunctions.Error in a cell) are left to the metrics, which return the first one they read, as SUM does: they
 * check each cell in the loop that reads it (src/metrics/ranges.ts), where a pass here would cost as much again.
 */
export function range(value: unknown): Range {
  if (!Array.isArray(value)) return [[value]];
  // Excel passes a range as an array of rows; a 1-D array (some hosts, a script) is one row.
  return value.length === 0 || Array.isArray(value[0]) ? (value as unknown[][]) : [value];
}

/** An optional range: null when omitted or when every cell is blank. */
export function optionalRange(value: unknown): Range | null {
  if (isOmitted(value)) return null;
  const cells = range(value);
  return cells.every((row) => row.every(isBlank)) ? null : cells;
}

/** A single value where a range would be odd: the top-left cell of a range. */
export function single(value: unknown): unknown {
  let cell = value;
  while (Array.isArray(cell)) cell = cell[0];
  // typeof first: `instanceof` on a number or text costs more than the rest of a scalar function's call.
  if (typeof cell === "object" && cell !== null && cell instanceof CustomFunctions.Error) throw cell;
  return cell;
}

/** A numeric argument, coerced as `=argument*1` would be (blank → 0, TRUE → 1, "6" → 6); #VALUE! otherwise. */
export function numberArgument(value: unknown, argument: string): number {
  return requireArithmetic(single(value), argument);
}

/** An optional numeric argument: its default when omitted (or a blank cell). */
export function optionalNumber(value: unknown, argument: string, fallback: number): number {
  const cell = single(value);
  return isOmitted(cell) || cell === "" ? fallback : requireArithmetic(cell, argument);
}

/** An optional numeric argument with no fixed default: null when omitted (or a blank cell). */
export function optionalNumberOrNull(value: unknown, argument: string): number | null {
  const cell = single(value);
  return isOmitted(cell) || cell === "" ? null : requireArithmetic(cell, argument);
}

/** An optional TRUE/FALSE argument (headers): its default when omitted; 0/1 and "TRUE"/"FALSE" text accepted. */
export function optionalBoolean(value: unknown, argument: string, fallback: boolean): boolean {
  const cell = single(value);
  if (isOmitted(cell) || cell === "") return fallback;
  if (typeof cell === "boolean") return cell;
  if (typeof cell === "number" && Number.isFinite(cell)) return cell !== 0;
  const text = typeof cell === "string" ? cell.trim().toUpperCase() : "";
  if (text === "TRUE" || text === "FALSE") return text === "TRUE";
  throw new MetricError("#VALUE!", "notABoolean", { argument, value: describe(cell) });
}

/** A date argument: a serial number (a date cell) or an ISO text date; #VALUE! naming the argument otherwise. */
export function dateArgument(value: unknown, argument: string): number {
  const cell = single(value);
  const serial = dateSerialOf(cell);
  if (serial === undefined) throw new MetricError("#VALUE!", "notADate", { argument, value: describe(cell) });
  return serial;
}

/** A text argument (a name, a metric id); numbers are read as their text; blank → #VALUE! naming it. */
export function textArgument(value: unknown, argument: string): string {
  const cell = single(value);
  if (isBlank(cell)) throw new MetricError("#VALUE!", "blankArgument", { argument });
  if (typeof cell === "string") return cell.trim();
  if (typeof cell === "number" && Number.isFinite(cell)) return String(cell);
  throw new MetricError("#VALUE!", "notAText", { argument, value: describe(cell) });
}

/** An optional text argument: null when omitted or blank. */
export function optionalText(value: unknown, argument: string): string | null {
  const cell = single(value);
  return isBlank(cell) ? null : textArgument(cell, argument);
}

/**
 * A period written as the figures write them (2024, 2025-06, 2025-06-30, 2025-01..2025-11, digits and dashes only):
 * already in its normal form, so the date round trip below (a Date object per call) is skipped.
 */
const NORMAL_PERIOD = /^\d{4}(-\d\d){0,2}(\.\.\d{4}(-\d\d){0,2})?$/;

/**
 * A period argument as the figures write it: a year typed as a number (2024), a date cell (its ISO date), or text
 * (`2025-06-30`, `2025-01..2025-11`; `2025/6/30` is read as 2025-06-30); null when omitted or blank.
 */
export function optionalPeriod(value: unknown, argument: string): string | null {
  const cell = single(value);
  if (isBlank(cell)) return null;
  if (typeof cell === "number" && Number.isInteger(cell) && cell >= FIRST_YEAR && cell <= LAST_YEAR) {
    return String(cell);
  }
  if (typeof cell === "number") {
    const iso = isoDateOfSerial(cell);
    if (iso) return iso;
  }
  if (typeof cell === "string") {
    if (NORMAL_PERIOD.test(cell)) return cell;
    const serial = isoDateSerial(cell);
    const iso = serial === undefined ? undefined : isoDateOfSerial(serial);
    return iso ?? cell.normalize("NFKC").replace(/\s+/g, "");
  }
  throw new MetricError("#VALUE!", "notAPeriod", { argument, value: describe(cell) });
}
