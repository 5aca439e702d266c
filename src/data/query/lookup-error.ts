/**
 * Why a look-up in the bundled data failed, as plain data: an Excel error code and a message key of
 * src/i18n/messages.ts with its parameters, which the functions layer renders in the display language.
 */
export type LookupErrorCode = "#N/A" | "#VALUE!";

export class LookupError extends Error {
  constructor(
    readonly code: LookupErrorCode,
    readonly messageKey: string,
    readonly params: Readonly<Record<string, string | number>> = {},
  ) {
    super(`${code} ${messageKey}`);
    this.name = "LookupError";
  }
}
