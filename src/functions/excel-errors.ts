/** Turns whatever a metric throws into the CustomFunctions.Error Excel shows, with a message in the display language. */
import { formatMessage } from "../i18n/messages";
import { resolveLocale, type Locale } from "../i18n/locale";
import { MetricError } from "../metrics/errors";

const ERROR_CODES: Record<MetricError["code"], CustomFunctions.ErrorCode> = {
  "#VALUE!": "#VALUE!" as CustomFunctions.ErrorCode,
  "#N/A": "#N/A" as CustomFunctions.ErrorCode,
  "#DIV/0!": "#DIV/0!" as CustomFunctions.ErrorCode,
  "#NUM!": "#NUM!" as CustomFunctions.ErrorCode,
};

/** Excel accepts a custom message only on #VALUE! and #N/A. */
const CODES_WITH_MESSAGE = new Set<string>(["#VALUE!", "#N/A"]);

export function displayLocale(): Locale {
  const office = (globalThis as { Office?: typeof Office }).Office;
  return resolveLocale(office?.context?.displayLanguage);
}

export function toExcelError(error: unknown): CustomFunctions.Error {
  if (error instanceof CustomFunctions.Error) return error;
  if (error instanceof MetricError) {
    const code = ERROR_CODES[error.code];
    const message = CODES_WITH_MESSAGE.has(error.code)
      ? formatMessage(error.messageKey, displayLocale(), error.params)
      : undefined;
    return new CustomFunctions.Error(code, message);
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new CustomFunctions.Error(ERROR_CODES["#VALUE!"], formatMessage("unexpected", displayLocale(), { detail }));
}

/** Runs a metric; whatever it throws reaches Excel as a CustomFunctions.Error, the only thing a function may throw. */
export function run<T>(compute: () => T): T {
  try {
    return compute();
  } catch (error) {
    throw toExcelError(error);
  }
}
