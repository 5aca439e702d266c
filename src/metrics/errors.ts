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

export function divide(numerator: number, denominator: number): number {
  if (denominator === 0) throw new MetricError("#DIV/0!", "divisionByZero");
  return numerator / denominator;
}
