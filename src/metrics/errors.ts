/** The failures a metric can report, as plain data: the functions layer maps them to Excel errors. */

export type MetricErrorCode = "#VALUE!" | "#N/A" | "#DIV/0!" | "#NUM!";

export class MetricError extends Error {
  constructor(
    readonly code: MetricErrorCode,
    /** A message key of src/i18n/messages.ts; the functions layer renders it in the display language. */
    readonly messageKey: string,
    readonly params: Readonly<Record<string, string | number>> = {},
  ) {
    super(`${code} ${messageKey}`);
    this.name = "MetricError";
  }
}

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

export function divide(numerator: number, denominator: number): number {
  if (denominator === 0) throw new MetricError("#DIV/0!", "divisionByZero");
  return numerator / denominator;
}

/** numerator/denominator for one cell of a spill: #DIV/0! in that cell when the denominator is 0. */
export function divideInCell(numerator: number, denominator: number): number | MetricError {
  return denominator === 0 ? new MetricError("#DIV/0!", "divisionByZero") : numerator / denominator;
}

/** #NUM! unless n is a whole number of at least 1 (LARGE's k, TAKE's rows). */
export function requireCount(n: number, argument: string): void {
  if (!Number.isInteger(n) || n < 1) throw new MetricError("#NUM!", "notAPositiveInteger", { argument, value: n });
}
