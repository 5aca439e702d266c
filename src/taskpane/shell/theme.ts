/**
 * The pane's themes, Fluent's web light and dark, as CSS (theme-css/, generated from Fluent's): every token is a
 * custom property of the page's root, where the pane and Fluent's portals (menus, dialogs) read it, so the
 * FluentProvider carries no theme of its own and the pane ships no token code. The light theme is part of the
 * first load; the dark one is a chunk fetched when the pane is first shown dark. Callers render once the theme they
 * need is loaded, so the pane never paints in the other theme first.
 */
import { useEffect, useInsertionEffect, useState } from "react";
import type { ThemeKind } from "./settings";
import { LIGHT_THEME_CSS } from "./theme-css/light.generated";

/** The FluentProvider's theme: none, the page's root has every token. */
export const NO_PROVIDER_THEME = {};

/** The id of the page's one theme `<style>`. */
export const THEME_STYLE_ID = "amc-theme";

const loaded = new Map<ThemeKind, string>([["light", LIGHT_THEME_CSS]]);

/** The theme's CSS, when it is already loaded. */
export function loadedTheme(kind: ThemeKind): string | undefined {
  return loaded.get(kind);
}

/** The theme's CSS, loading its chunk first when needed. */
export async function loadTheme(kind: ThemeKind): Promise<string> {
  const known = loaded.get(kind);
  if (known) return known;
  const { DARK_THEME_CSS } = await import(/* webpackChunkName: "theme-dark" */ "./theme-css/dark.generated");
  loaded.set("dark", DARK_THEME_CSS);
  return DARK_THEME_CSS;
}

function showOnPage(css: string): () => void {
  const style = document.createElement("style");
  style.id = THEME_STYLE_ID;
  style.textContent = css;
  document.head.appendChild(style);
  return () => style.remove();
}

/**
 * Shows the theme for `kind` on the page, while the caller is mounted: at once when loaded; else the theme shown
 * before until it arrives. False when nothing can be shown yet (render nothing rather than the wrong theme).
 */
export function usePageTheme(kind: ThemeKind): boolean {
  const [shown, setShown] = useState<string | undefined>(() => loadedTheme(kind));
  const wanted = loadedTheme(kind);
  useEffect(() => {
    let current = true;
    if (loadedTheme(kind)) setShown(loadedTheme(kind));
    else
      // A chunk that cannot load leaves the pane light rather than blank.
      void loadTheme(kind)
        .catch(() => LIGHT_THEME_CSS)
        .then((css) => {
          if (current) setShown(css);
        });
    return () => {
      current = false;
    };
  }, [kind]);
  const css = wanted ?? shown;
  // Before the browser paints what the render wrote, as Fluent inserts its own styles.
  useInsertionEffect(() => (css === undefined ? undefined : showOnPage(css)), [css]);
  return css !== undefined;
}
