/** The failures a metric can report, as plain data: the functions layer maps them to Excel errors. */
import { BoundedCache } from "../data/query/bounded-cache";
import { Failure } from "../data/query/lookup-error";

export type MetricErrorCode = "#VALUE!" | "#N/A" | "#DIV/0!" | "#NUM!";

export class MetricError extends Failure<MetricErrorCode> {}

/** An Excel error value read from a cell (see isErrorValue in ranges.ts), handed back unchanged in a result cell. */
export interface CellErrorValue {
  readonly code: `#${string}`;
}

/**
 * One cell of a spilled result: a value, or an error in that cell only (as `=1/0` inside a spill), either the
 * metric's own or an error value it read from the analyst's range.
 */
export type ResultCell = number | string | boolean | MetricError | CellErrorValue;
export type ResultGrid = ResultCell[][];

const sharedErrors = new BoundedCache<string, MetricError>(256);
/** Errors quoting a long text are rare and each different: not worth a place in the cache. */
const MAX_SHARED_KEY_LENGTH = 1000;

/**
 * One MetricError object per failure (code, message and parameters), for the errors a function gives in many cells
 * or many calls: a whole column of blanks must not cost an error object, with its message, per cell.
 */
export function sharedError(
  code: MetricErrorCode,
  messageKey: string,
  params: Readonly<Record<string, string | number>> = {},
): MetricError {
  let key = `${code} ${messageKey}`;
  for (const name in params) key += `\u0000${name}=${params[name]}`;
  if (key.length > MAX_SHARED_KEY_LENGTH) return new MetricError(code, messageKey, params);
  return sharedErrors.getOrBuild(key, () => new MetricError(code, messageKey, params));
}

export function divide(numerator: number, denominator: number): number {
  if (denominator === 0) throw sharedError("#DIV/0!", "divisionByZero");
  return numerator / denominator;
}

/** numerator/denominator for one cell of a spill: #DIV/0! in that cell when the denominator is 0. */
export function divideInCell(numerator: number, denominator: number): number | MetricError {
  return denominator === 0 ? sharedError("#DIV/0!", "divisionByZero") : numerator / denominator;
}

/** A total as Excel's SUM gives it: #NUM! when it is beyond the largest number (about 1.8E308). */
export function requireFinite(total: number): number {
  if (!Number.isFinite(total)) throw sharedError("#NUM!", "numberTooLarge");
  return total;
}

/** #NUM! unless n is a whole number of at least 1 (LARGE's k, TAKE's rows). */
export function requireCount(n: number, argument: string): void {
  if (!Number.isInteger(n) || n < 1) throw new MetricError("#NUM!", "notAPositiveInteger", { argument, value: n });
}
