/**
 * The pane's language and theme at start: a `?lang=` / `?theme=` query parameter wins (the preview workbench and
 * screenshots use them), else what the analyst chose in the pane before, else Office's display language and theme,
 * else en-US and light. Pure.
 */
import { resolveLocale, type Locale } from "../../i18n/locale";

export type ThemeKind = "light" | "dark";

/** "office" follows Office's theme; "light" and "dark" are the analyst's own choice. */
export type ThemeChoice = "office" | ThemeKind;

/** What the analyst chose in the pane before (preferences.ts keeps it). */
export interface Preferences {
  locale?: Locale;
  theme?: ThemeChoice;
}

export interface PaneSettings {
  locale: Locale;
  /** Office's theme (or the query's, which stands for it). */
  theme: ThemeKind;
  /** Whether the pane follows that theme or the analyst's own choice. */
  themeChoice: ThemeChoice;
}

/** What the pane reads of `Office.context` (absent outside Office). */
export interface OfficeContextLike {
  displayLanguage?: string;
  officeTheme?: { bodyBackgroundColor?: string } | null;
}

/** Relative luminance (0 black … 1 white) of a `#rrggbb` or `#rgb` colour, or null when it is not one. */
export function luminance(colour: string | undefined): number | null {
  const hex = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(colour?.trim() ?? "")?.[1];
  if (!hex) return null;
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join("") : hex;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16) / 255);
  const linear = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** Dark when Office paints the pane's body dark (Office's Dark Gray and Black themes), else light. */
export function themeFromOffice(officeTheme: OfficeContextLike["officeTheme"]): ThemeKind {
  const light = luminance(officeTheme?.bodyBackgroundColor);
  return light !== null && light < 0.2 ? "dark" : "light";
}

function localeParameter(value: string | null): Locale | null {
  if (!value) return null;
  return /^(zh|en)\b/i.test(value) ? resolveLocale(value) : null;
}

function themeParameter(value: string | null): ThemeKind | null {
  return value === "dark" || value === "light" ? value : null;
}

export function paneSettings(
  search: string,
  office: OfficeContextLike | undefined,
  chosen: Preferences = {},
): PaneSettings {
  const query = new URLSearchParams(search);
  const queryTheme = themeParameter(query.get("theme"));
  return {
    locale: localeParameter(query.get("lang")) ?? chosen.locale ?? resolveLocale(office?.displayLanguage),
    theme: queryTheme ?? themeFromOffice(office?.officeTheme),
    themeChoice: queryTheme ? "office" : (chosen.theme ?? "office"),
  };
}
