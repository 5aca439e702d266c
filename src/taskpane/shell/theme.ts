/**
 * The Fluent theme of each pane theme: Fluent's web light and dark themes, so every colour comes from tokens.
 * The light theme is part of the first load; the dark one is a chunk fetched when the pane is first shown dark.
 * Callers render once the theme they need is loaded, so the pane never paints in the other theme first.
 */
import { webLightTheme, type Theme } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { ThemeKind } from "./settings";

const loaded = new Map<ThemeKind, Theme>([["light", webLightTheme]]);

/** The theme, when it is already loaded. */
export function loadedTheme(kind: ThemeKind): Theme | undefined {
  return loaded.get(kind);
}

/** The theme, loading its chunk first when needed. */
export async function loadTheme(kind: ThemeKind): Promise<Theme> {
  const known = loaded.get(kind);
  if (known) return known;
  const { webDarkTheme } = await import(/* webpackChunkName: "theme-dark" */ "./dark-theme");
  loaded.set("dark", webDarkTheme);
  return webDarkTheme;
}

/**
 * The theme to paint for `kind`: at once when loaded; else the theme shown before until it arrives, or undefined
 * when nothing was shown yet (render nothing rather than the wrong theme).
 */
export function useFluentTheme(kind: ThemeKind): Theme | undefined {
  const [shown, setShown] = useState<Theme | undefined>(() => loadedTheme(kind));
  const wanted = loadedTheme(kind);
  useEffect(() => {
    let current = true;
    if (loadedTheme(kind)) setShown(loadedTheme(kind));
    else
      // A chunk that cannot load leaves the pane light rather than blank.
      void loadTheme(kind)
        .catch(() => webLightTheme)
        .then((theme) => {
          if (current) setShown(theme);
        });
    return () => {
      current = false;
    };
  }, [kind]);
  return wanted ?? shown;
}
