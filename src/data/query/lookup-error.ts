/**
 * A failure as plain data: an Excel error code and a message key of src/i18n/messages.ts with its parameters,
 * which the functions layer renders in the display language. LookupError is why a look-up in the bundled data
 * failed; the metrics' MetricError is the same kind of failure.
 */
export class Failure<Code extends string = string> extends Error {
  constructor(
    readonly code: Code,
    /** A message key of src/i18n/messages.ts; the functions layer renders it in the display language. */
    readonly messageKey: string,
    readonly params: Readonly<Record<string, string | number>> = {},
  ) {
    super(`${code} ${messageKey}`);
    this.name = new.target.name;
  }
}

export class LookupError extends Failure<"#N/A" | "#VALUE!"> {}
