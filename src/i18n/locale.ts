/** The two languages of the add-in, how Office's display language maps onto them, and a locale's language. */

export type Locale = "zh-CN" | "en-US";

/** The language of bilingual texts (`{ zh, en }`) for a locale. */
export type Language = "zh" | "en";

/** zh-CN for any Chinese display language (zh, zh-CN, zh-TW, zh-Hans…), else en-US. */
export function resolveLocale(displayLanguage: string | undefined | null): Locale {
  return displayLanguage && /^zh\b/i.test(displayLanguage) ? "zh-CN" : "en-US";
}

/** zh for zh-CN, en for en-US: which text of a `{ zh, en }` pair a locale reads. */
export function languageOf(locale: Locale): Language {
  return locale === "zh-CN" ? "zh" : "en";
}
