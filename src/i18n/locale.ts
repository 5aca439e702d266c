/** The two languages of the add-in and how Office's display language maps onto them. */

export type Locale = "zh-CN" | "en-US";

export const LOCALES: readonly Locale[] = ["zh-CN", "en-US"];

/** zh-CN for any Chinese display language (zh, zh-CN, zh-TW, zh-Hans…), else en-US. */
export function resolveLocale(displayLanguage: string | undefined | null): Locale {
  return displayLanguage && /^zh\b/i.test(displayLanguage) ? "zh-CN" : "en-US";
}
