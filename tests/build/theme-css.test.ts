/** The pane's theme CSS is Fluent UI's own themes as installed: `npm run themes:write` when they change. */
import fs from "fs";
import path from "path";
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { themeFiles } from "../../scripts/write-theme-css";
import { DARK_THEME_CSS } from "../../src/taskpane/shell/theme-css/dark.generated";
import { LIGHT_THEME_CSS } from "../../src/taskpane/shell/theme-css/light.generated";

/** The custom properties of a `:root { … }` rule, by name. */
function customProperties(css: string): Map<string, string> {
  const body = css.match(/^:root \{(.*)\}$/s)?.[1] ?? "";
  return new Map(
    body
      .split(";")
      .map((declaration) => declaration.trim())
      .filter(Boolean)
      .map((declaration) => {
        const colon = declaration.indexOf(":");
        return [declaration.slice(0, colon).trim(), declaration.slice(colon + 1).trim()] as [string, string];
      }),
  );
}

const generated = Object.entries(themeFiles()).map(([file, text]) => [path.relative(process.cwd(), file), file, text]);

it.each(generated)("%s is what `npm run themes:write` writes now", (_, file, text) => {
  expect(fs.readFileSync(file, "utf8")).toBe(text);
});

it.each([
  ["light", LIGHT_THEME_CSS, webLightTheme],
  ["dark", DARK_THEME_CSS, webDarkTheme],
] as const)("the %s theme's CSS sets every token of Fluent's theme to its value, and nothing else", (_, css, theme) => {
  const properties = customProperties(css);
  const expected = new Map(Object.entries(theme).map(([token, value]) => [`--${token}`, String(value)]));
  expect(properties.size).toBeGreaterThan(400);
  expect(properties).toEqual(expected);
});
