/** @jest-environment jsdom */
/** The pane's shell: renders without Office, in either language, switches language, themes through Fluent tokens. */
import { screen, waitFor } from "@testing-library/react";
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { CATALOG } from "../../src/data/catalog";
import { DATASET_IDS } from "../../src/data/index";
import { loadPreferences } from "../../src/taskpane/shell/preferences";
import { chooseLanguage, findLabelled, renderPane, themeToken, user as userEvent } from "./support";

jest.setTimeout(20_000);

describe("the task pane", () => {
  it("renders with no Office or Excel global", () => {
    expect(typeof (globalThis as { Office?: unknown }).Office).toBe("undefined");
    expect(typeof (globalThis as { Excel?: unknown }).Excel).toBe("undefined");
    renderPane();
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("AMC Analyst");
  });

  it("lists every dataset of the catalog on the first screen", () => {
    renderPane();
    expect(screen.getByRole("list", { name: "Datasets" }).querySelectorAll("button")).toHaveLength(DATASET_IDS.length);
    screen.getByText(`${DATASET_IDS.length} datasets`);
  });

  it("renders in Chinese when asked", () => {
    renderPane({ locale: "zh-CN" });
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("地方AMC分析");
    screen.getByRole("tab", { name: "数据" });
    screen.getByText(CATALOG.roster.title.zh);
  });

  it("switches language from the header's menu, which names the language in use", async () => {
    renderPane({ locale: "en-US" });
    await findLabelled("button", "Language: English"); // the header's menus arrive after the first paint
    screen.getByRole("button", { name: "Language: English" });
    await chooseLanguage("中文");
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("地方AMC分析");
    screen.getByRole("button", { name: "语言：中文" });
    screen.getByText(`共 ${DATASET_IDS.length} 个数据集`);
    screen.getByText(CATALOG.roster.title.zh);
    await chooseLanguage("English");
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("AMC Analyst");
  });

  it("follows Office's theme until the analyst chooses one, and says which in the button's name", async () => {
    const background = () => themeToken("colorNeutralBackground2");
    renderPane({ theme: "dark" });
    // The dark theme is a chunk of its own: until it arrives the pane paints nothing, never the light theme.
    expect([undefined, webDarkTheme.colorNeutralBackground2]).toContain(background());
    await waitFor(() => expect(background()).toBe(webDarkTheme.colorNeutralBackground2));
    await findLabelled("button", "Theme: Follow Office (Dark)");
    await userEvent.click(screen.getByRole("button", { name: "Theme: Follow Office (Dark)" }));
    await userEvent.click(await screen.findByRole("menuitemradio", { name: "Light" }));
    screen.getByRole("button", { name: "Theme: Light" });
    expect(background()).toBe(webLightTheme.colorNeutralBackground2);
  });

  it("remembers the analyst's choices when the pane is the page, and only then", async () => {
    localStorage.clear();
    const first = renderPane({ ownsPage: true });
    await chooseLanguage("中文");
    expect(loadPreferences()).toEqual({ locale: "zh-CN" });
    expect(document.documentElement.lang).toBe("zh-CN");
    first.unmount();
    localStorage.clear();
    renderPane();
    await chooseLanguage("中文");
    expect(loadPreferences()).toEqual({});
  });

  it.each([
    ["light", webLightTheme],
    ["dark", webDarkTheme],
  ] as const)(
    "paints the %s theme through Fluent's tokens, on the page's root while it is shown",
    async (theme, tokens) => {
      const view = renderPane({ theme });
      await waitFor(() => expect(themeToken("colorNeutralBackground2")).toBe(tokens.colorNeutralBackground2));
      expect(themeToken("colorBrandForeground1")).toBe(tokens.colorBrandForeground1);
      expect(themeToken("fontFamilyBase")).toBe(tokens.fontFamilyBase);
      expect(webLightTheme.colorNeutralBackground2).not.toBe(webDarkTheme.colorNeutralBackground2);
      view.unmount();
      expect(themeToken("colorNeutralBackground2")).toBeUndefined();
    },
  );
});
