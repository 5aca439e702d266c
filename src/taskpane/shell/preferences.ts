/**
 * The language and theme the analyst chose in the pane's header, remembered in the pane's local storage so the next
 * opening keeps them; until a choice is made the pane follows Office. Storage can be unavailable (a host that
 * blocks it): then choices hold for the session only.
 */
import type { Locale } from "../../i18n/locale";
import type { Preferences, ThemeChoice, ThemeKind } from "./settings";

export type { Preferences, ThemeChoice } from "./settings";

const KEY = "amc-analyst.pane-preferences";

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

function isLocale(value: unknown): value is Locale {
  return value === "zh-CN" || value === "en-US";
}

function isThemeChoice(value: unknown): value is ThemeChoice {
  return value === "office" || value === "light" || value === "dark";
}

/** What the analyst chose before, keeping only values the pane knows. */
export function loadPreferences(): Preferences {
  try {
    const stored = JSON.parse(storage()?.getItem(KEY) ?? "{}") as Record<string, unknown>;
    return {
      ...(isLocale(stored.locale) ? { locale: stored.locale } : {}),
      ...(isThemeChoice(stored.theme) ? { theme: stored.theme } : {}),
    };
  } catch {
    return {};
  }
}

/** Remembers a choice beside the others. */
export function savePreference(change: Preferences): void {
  try {
    storage()?.setItem(KEY, JSON.stringify({ ...loadPreferences(), ...change }));
  } catch {
    // Storage full or refused: the choice still holds until the pane closes.
  }
}

/** The theme the pane shows: the analyst's choice, or Office's. */
export function shownTheme(choice: ThemeChoice, office: ThemeKind): ThemeKind {
  return choice === "office" ? office : choice;
}
