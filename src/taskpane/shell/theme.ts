/** The Fluent theme of each pane theme: Fluent's web light and dark themes, so every colour comes from tokens. */
import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";
import type { ThemeKind } from "./settings";

export function fluentTheme(kind: ThemeKind): Theme {
  return kind === "dark" ? webDarkTheme : webLightTheme;
}
