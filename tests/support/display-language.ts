/** Office's display language as the functions read it (Office.context.displayLanguage), set for a test and put back. */
import type { Locale } from "../../src/i18n/locale";

type OfficeHolder = { Office?: unknown };

export const DISPLAY_LOCALES: readonly Locale[] = ["en-US", "zh-CN"];

/** Runs body with Office.context.displayLanguage set to language; the previous Office global is restored after. */
export function withDisplayLanguage<T>(language: string, body: () => T): T {
  const holder = globalThis as OfficeHolder;
  const had = "Office" in holder;
  const previous = holder.Office;
  holder.Office = { context: { displayLanguage: language } };
  try {
    return body();
  } finally {
    if (had) holder.Office = previous;
    else delete holder.Office;
  }
}
