/** The pane's language, shared through context: `useText()` gives the locale and a translator for it. */
import { createContext, useCallback, useContext, type ReactNode } from "react";
import type { Locale } from "../../i18n/locale";
import { translate, type UiKey, type UiParams } from "../../i18n/ui";

const LocaleContext = createContext<Locale>("en-US");

export function LocaleProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  return <LocaleContext.Provider value={locale}>{children}</LocaleContext.Provider>;
}

export function useText(): { locale: Locale; t: (key: UiKey, params?: UiParams) => string } {
  const locale = useContext(LocaleContext);
  const t = useCallback((key: UiKey, params?: UiParams) => translate(locale, key, params), [locale]);
  return { locale, t };
}
