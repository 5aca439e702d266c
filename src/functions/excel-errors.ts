/**
 * Turns whatever a metric or a look-up throws into the CustomFunctions.Error Excel shows, with a message in the
 * display language. One Excel error per failure and language, reused: a result of a million cells that fail alike
 * (a short range against a whole column) holds one error object, not a million errors each with its own message.
 */
import { Failure } from "../data/query/lookup-error";
import { formatMessage } from "../i18n/messages";
import { resolveLocale, type Locale } from "../i18n/locale";
import type { MetricErrorCode } from "../metrics/errors";

/** Excel accepts a custom message only on #VALUE! and #N/A. */
const CODES_WITH_MESSAGE = new Set<string>(["#VALUE!", "#N/A"]);

/** Office's display language as Office reports it, unresolved (undefined outside Office). */
export function officeDisplayLanguage(): string | undefined {
  return (globalThis as { Office?: typeof Office }).Office?.context?.displayLanguage;
}

export function displayLocale(): Locale {
  return resolveLocale(officeDisplayLanguage());
}

const withoutMessage = new Map<string, CustomFunctions.Error>();

/** The error of a code that carries no message (#DIV/0!, #NUM!): one object per code. */
export function codeError(code: MetricErrorCode): CustomFunctions.Error {
  let error = withoutMessage.get(code);
  if (!error) withoutMessage.set(code, (error = new CustomFunctions.Error(code as CustomFunctions.ErrorCode)));
  return error;
}

/** The Excel errors already made for a failure, by language; dropped with the failure. */
const made = new WeakMap<Failure, Partial<Record<Locale, CustomFunctions.Error>>>();

function excelErrorOf(error: Failure, locale: Locale): CustomFunctions.Error {
  if (!CODES_WITH_MESSAGE.has(error.code)) return codeError(error.code as MetricErrorCode);
  let byLocale = made.get(error);
  if (!byLocale) made.set(error, (byLocale = {}));
  return (byLocale[locale] ??= new CustomFunctions.Error(
    error.code as CustomFunctions.ErrorCode,
    formatMessage(error.messageKey, locale, error.params),
  ));
}

/** The CustomFunctions.Error for whatever was thrown, in this display language. */
export function toExcelErrorIn(error: unknown, locale: Locale): CustomFunctions.Error {
  if (error instanceof CustomFunctions.Error) return error;
  if (error instanceof Failure) return excelErrorOf(error, locale);
  const detail = error instanceof Error ? error.message : String(error);
  return new CustomFunctions.Error(
    "#VALUE!" as CustomFunctions.ErrorCode,
    formatMessage("unexpected", locale, { detail }),
  );
}

/** The CustomFunctions.Error for whatever was thrown, in the display language. */
export function toExcelError(error: unknown): CustomFunctions.Error {
  return toExcelErrorIn(error, displayLocale());
}

/** A CustomFunctions.Error; false where no custom-functions runtime is loaded (a build script, a benchmark). */
export function isExcelError(value: unknown): value is CustomFunctions.Error {
  return typeof CustomFunctions !== "undefined" && value instanceof CustomFunctions.Error;
}
