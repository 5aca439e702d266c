/**
 * WCAG 2.1 AA of the production task pane: axe-core (tests/e2e/axe.ts) on every tab and view of the production
 * build's taskpane.html, office.js routed to the stub, in both languages and both themes. A view is one line of
 * VIEWS: its name and how a user reaches it from a freshly opened pane.
 */
import fs from "fs";
import path from "path";
import type { Locator, Page } from "playwright-core";
import { chromiumForSuite, ProblemLog, type LaunchedBrowser } from "../support/browser";
import { axeViolations } from "./axe";
import { describeInBrowser, E2E, SCREENSHOTS } from "./environment";
import { OFFICE_JS_URL, OFFICE_STUB } from "./office-stub";

jest.setTimeout(120_000);

type Lang = "zh-CN" | "en-US";

/** The words a view's steps look for, in the pane's language. */
const WORDS: Record<
  Lang,
  Record<"data" | "figures" | "functions" | "build" | "model" | "workbook" | "search" | "roster" | "back", RegExp>
> = {
  "en-US": {
    data: /^Data$/,
    figures: /^Figures$/,
    functions: /^Functions$/,
    build: /^Build formula$/,
    model: /^Model$/,
    workbook: /^Workbook$/,
    search: /Search/,
    roster: /Roster of local AMCs/,
    back: /All datasets/,
  },
  "zh-CN": {
    data: /^数据$/,
    figures: /^指标$/,
    functions: /^函数$/,
    build: /^构建公式$/,
    model: /^模型$/,
    workbook: /^工作簿$/,
    search: /搜索/,
    roster: /地方AMC名单/,
    back: /全部数据集/,
  },
};

interface View {
  name: string;
  /** From the pane as first shown, to the view. */
  reach(pane: Page, words: (typeof WORDS)[Lang]): Promise<void>;
}

const openTab = async (pane: Page, name: RegExp) => {
  await pane.getByRole("tab", { name }).click();
  await pane.locator('[role="tabpanel"]:not([hidden])').first().waitFor();
  await pane.waitForLoadState("networkidle");
};

const search = (pane: Page, words: (typeof WORDS)[Lang]): Locator =>
  pane.getByRole("searchbox", { name: words.search });

/** The Functions tab with TOP5SHARE's entry opened in the index. */
async function openTop5Share(pane: Page, words: (typeof WORDS)[Lang]): Promise<void> {
  await openTab(pane, words.functions);
  await pane
    .getByRole("button", { name: /TOP5SHARE/ })
    .first()
    .click();
  await pane.getByRole("button", { name: words.build }).first().waitFor();
}

export const VIEWS: readonly View[] = [
  { name: "data: the dataset list", reach: async () => undefined },
  {
    name: "data: a search by province",
    reach: async (pane, words) => {
      await search(pane, words).fill("浙江");
      await pane.getByRole("listitem").first().waitFor();
    },
  },
  {
    name: "data: a search with no hit",
    reach: async (pane, words) => {
      await search(pane, words).fill("zzzz-no-such-thing");
      await pane.getByRole("status").first().waitFor();
    },
  },
  {
    name: "data: a dataset's detail",
    reach: async (pane, words) => {
      await pane.getByRole("button", { name: words.roster }).first().click();
      await pane.getByRole("button", { name: words.back }).waitFor();
    },
  },
  {
    name: "header: the language menu",
    reach: async (pane) => {
      await pane.getByRole("button", { name: /Language|语言/ }).click();
      await pane.getByRole("menu").waitFor();
    },
  },
  {
    name: "header: the theme menu",
    reach: async (pane) => {
      await pane.getByRole("button", { name: /Theme|主题/ }).click();
      await pane.getByRole("menu").waitFor();
    },
  },
  {
    name: "functions",
    reach: async (pane, words) => {
      await openTab(pane, words.functions);
      await pane.getByText("TOP5SHARE", { exact: false }).first().waitFor();
    },
  },
  {
    name: "figures: the results of a search",
    reach: async (pane, words) => {
      await openTab(pane, words.figures);
      await pane.getByRole("searchbox").last().fill("净融资");
      await pane.getByRole("option").first().waitFor();
    },
  },
  { name: "functions: an entry opened", reach: openTop5Share },
  {
    name: "functions: the formula builder",
    reach: async (pane, words) => {
      await openTop5Share(pane, words);
      await pane.getByRole("button", { name: words.build }).first().click();
      // Without Excel (office.js is a stub here) the builder says so where its fields would be.
      await pane.getByRole("heading", { name: "AMC.TOP5SHARE" }).waitFor();
    },
  },
  { name: "model", reach: (pane, words) => openTab(pane, words.model) },
  { name: "workbook", reach: (pane, words) => openTab(pane, words.workbook) },
];

async function openPane(browser: LaunchedBrowser, lang: Lang, theme: "light" | "dark", width = 350) {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width, height: 720 });
  const problems = new ProblemLog(page);
  await page.route(OFFICE_JS_URL, (route) => route.fulfill({ contentType: "text/javascript", body: OFFICE_STUB }));
  await page.goto(`${E2E.prodUrl}taskpane.html?lang=${lang}&theme=${theme}`);
  await page.getByRole("main").waitFor();
  await page.waitForLoadState("networkidle");
  return { page, problems };
}

/** Once nothing animates (menus fade and slide in): what axe and the screenshot see is what stays. */
const settled = (page: Page) =>
  page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== "running"));

/** The view as the analyst sees it, under test-output/screenshots/ (pane-view-…). */
async function saveView(page: Page, view: string, variant: string): Promise<void> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const slug = view.replace(/[^a-z]+/gi, "-").replace(/-$/, "");
  await page.screenshot({ path: path.join(SCREENSHOTS, `pane-view-${slug}-${variant}.png`) });
}

describeInBrowser("accessibility of the production task pane (axe-core, WCAG 2.1 AA and best practices)", () => {
  const browser = chromiumForSuite();

  const cases = (["zh-CN", "en-US"] as const).flatMap((lang) =>
    (["light", "dark"] as const).flatMap((theme) => VIEWS.map((view) => ({ lang, theme, view: view.name }))),
  );

  it.each(cases)("$view in $lang, $theme: no violation", async ({ lang, theme, view }) => {
    const { page, problems } = await openPane(browser(), lang, theme);
    await VIEWS.find((candidate) => candidate.name === view)!.reach(page, WORDS[lang]);
    expect(await page.locator("main").count()).toBe(1);
    await settled(page);
    await saveView(page, view, `${lang}-${theme}`);
    const findings = await axeViolations(page);
    expect(findings).toEqual([]);
    expect(problems.all()).toEqual([]);
    await page.close();
  });

  it.each(["zh-CN", "en-US"] as const)("a wide pane in %s: the header stays one line, no violation", async (lang) => {
    const { page, problems } = await openPane(browser(), lang, "light", 900);
    await VIEWS[1].reach(page, WORDS[lang]);
    await saveView(page, VIEWS[1].name, `${lang}-wide`);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems.all()).toEqual([]);
    await page.close();
  });

  it.each(["zh-CN", "en-US"] as const)("the header takes one line at 350 px in %s", async (lang) => {
    const { page } = await openPane(browser(), lang, "dark");
    const box = await page.evaluate(() => {
      const rect = (selector: string) => document.querySelector(selector)!.getBoundingClientRect();
      const title = document.querySelector("header h1")!;
      return {
        header: rect("header"),
        title: rect("header h1"),
        toolbar: rect('header [role="toolbar"]'),
        line: parseFloat(getComputedStyle(title).lineHeight),
      };
    });
    expect(box.title.height).toBeLessThan(box.line * 1.5); // the title on one line
    expect(box.toolbar.top).toBeLessThan(box.title.bottom); // the toolbar beside it, not below
    expect(box.toolbar.bottom).toBeGreaterThan(box.title.top);
    expect(box.header.height).toBeLessThanOrEqual(Math.max(box.title.height, box.toolbar.height) + 1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(350);
    await page.close();
  });
});
