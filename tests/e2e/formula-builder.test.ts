/**
 * The Functions tab and the formula builder in the preview workbench (Chromium): AMC.TOP5SHARE built over a range
 * selected in the grid (the field following the selection, or "use selection"), the preview equal to what the
 * inserted cell shows; a spilling TOPN whose spill area is in use refused with the dialog, nothing changed; the
 * whole flow by keyboard alone; axe-core on the index and the builder in both languages and themes; the time an
 * analyst's flow takes; screenshots at the pane's 350 px, in both languages and themes.
 */
import fs from "fs";
import path from "path";
import type { Locator, Page } from "playwright-core";
import { chromiumForSuite, type LaunchedBrowser } from "../support/browser";
import { axeViolations } from "./axe";
import { describeInBrowser, SCREENSHOTS } from "./environment";
import {
  cellText,
  excelRuns,
  insertSheet,
  openPreview,
  selectCell,
  sheetFormulas,
  sheetValues,
  writeFormulas,
  type OpenedPreview,
} from "./preview-page";

jest.setTimeout(120_000);

type Lang = "en-US" | "zh-CN";

const TEXT = {
  "en-US": { tab: "Functions", build: "Build formula", insert: "Insert formula", back: "All functions" },
  "zh-CN": { tab: "函数", build: "构建公式", insert: "插入公式", back: "全部函数" },
};

/** Twenty-five companies' total assets (亿元) in B2:B26, short names in A2:A26, a header row. */
const SAMPLE: (string | number)[][] = [
  ["简称", "资产总额"],
  ...Array.from({ length: 25 }, (_, i) => [`AMC${i + 1}`, Math.round(1128.45 * 100 * 0.9 ** i) / 100]),
];

/** Saves a screenshot of `target`, scrolled first so that `showing` (the builder's result) is in view. */
async function screenshot(target: Page | Locator, name: string, showing?: Locator): Promise<string> {
  await showing?.scrollIntoViewIfNeeded();
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await target.screenshot({ path: file });
  return file;
}

async function openWithSample(browser: LaunchedBrowser, lang: Lang = "en-US", theme: "light" | "dark" = "light") {
  const opened = await openPreview(browser.context, { lang, theme });
  await writeFormulas(opened.page, "Sheet1", "A1:B26", SAMPLE);
  return opened;
}

const pane = (page: Page) => page.getByTestId("task-pane");

/** The builder's result box (the status region labelled by its "Result" label), once its read has settled. */
const result = (page: Page) => pane(page).locator('[role="status"][aria-labelledby][aria-busy="false"]');

async function openBuilder(page: Page, id: string, lang: Lang = "en-US") {
  await pane(page).getByRole("tab", { name: TEXT[lang].tab }).click();
  const search = pane(page).getByRole("searchbox");
  await search.fill(id.toLowerCase());
  await search.press("Enter");
  await pane(page).getByRole("button", { name: TEXT[lang].build }).click();
  await pane(page)
    .getByRole("heading", { name: `AMC.${id}` })
    .waitFor();
  const target = pane(page).getByRole("textbox", { name: lang === "zh-CN" ? /^结果写入/ : /^Result in/ });
  await until(
    () => target.inputValue(),
    (value) => value.includes("!"),
  );
}

/** Polls `read` until `done` holds of what it gives (as the grid and the pane update a moment after an action). */
async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** Selects a range with the mouse, as an analyst drags (click, then shift-click). */
async function dragSelect(page: Page, from: string, to: string) {
  await selectCell(page, from);
  await page.locator(`[data-testid="grid"] td[data-cell="${to}"]`).click({ modifiers: ["Shift"] });
}

async function expectNoViolations(page: Page, what: string) {
  const violations = await axeViolations(page, '[data-testid="task-pane"]');
  expect({ what, violations }).toEqual({ what, violations: [] });
}

describeInBrowser("the formula builder in the preview workbench", () => {
  const browser = chromiumForSuite();

  describe("building AMC.TOP5SHARE over a selected range", () => {
    let opened: OpenedPreview;

    beforeEach(async () => {
      opened = await openWithSample(browser());
    });

    afterEach(async () => {
      expect(opened.problems.all()).toEqual([]);
      await opened.page.close();
    });

    it("follows the selection into the focused field; the preview is what the inserted cell shows", async () => {
      const { page } = opened;
      await selectCell(page, "D2");
      const started = Date.now();
      await openBuilder(page, "TOP5SHARE");
      await dragSelect(page, "B2", "B26");
      const values = pane(page).getByRole("textbox", { name: /^values/ });
      expect(
        await until(
          () => values.inputValue(),
          (value) => value === "B2:B26",
        ),
      ).toBe("B2:B26");
      await result(page)
        .getByText(/^\d+\.\d\d%$/)
        .waitFor();
      const previewed = (await result(page).innerText()).trim();
      const runsBefore = (await excelRuns(page)).length;
      await pane(page).getByRole("button", { name: TEXT["en-US"].insert }).click();
      await pane(page).getByText("Wrote =AMC.TOP5SHARE(B2:B26) into Sheet1!D2.").waitFor();
      const seconds = (Date.now() - started) / 1000;
      expect(await cellText(page, "D2")).toBe(previewed);
      expect(await sheetFormulas(page, "Sheet1", "D2")).toEqual([["=AMC.TOP5SHARE(B2:B26)"]]);
      const insert = (await excelRuns(page))
        .slice(runsBefore)
        .find((run) => run.roundTrips.some((t) => t.cellsWritten));
      expect(insert?.roundTrips).toHaveLength(2);
      console.log(
        `preview: AMC.TOP5SHARE over B2:B26 built by selecting the range, no reference typed: ${seconds.toFixed(1)} s ` +
          `from the Functions tab to the cell showing ${previewed}`,
      );
      await screenshot(page, "builder-top5share-en-US-wide");
    });

    it("takes the selection on another sheet with one click, naming the sheet, absolute when chosen", async () => {
      const { page } = opened;
      await writeFormulas(page, "Sheet1", "F1", [["=1"]]);
      await selectCell(page, "D4");
      await openBuilder(page, "TOP5SHARE");
      await pane(page).getByRole("textbox", { name: /^n/ }).click();
      await insertSheet(page, "Data", [[5], [3], [1]]);
      await dragSelect(page, "A1", "A3");
      await pane(page).getByRole("button", { name: "Use the selection for values" }).click();
      const values = pane(page).getByRole("textbox", { name: /^values/ });
      expect(
        await until(
          () => values.inputValue(),
          (value) => value !== "",
        ),
      ).toBe("Data!A1:A3");
      await pane(page).getByRole("switch", { name: "Absolute references ($B$2)" }).check();
      expect(await values.inputValue()).toBe("Data!$A$1:$A$3");
      await pane(page).getByRole("textbox", { name: /^n/ }).fill("2");
      await result(page).getByText("88.89%").waitFor();
      await pane(page).getByRole("button", { name: TEXT["en-US"].insert }).click();
      await pane(page)
        .getByText(/Wrote =AMC\.TOP5SHARE\(Data!\$A\$1:\$A\$3,2\) into Sheet1!D4\./)
        .waitFor();
      expect(await sheetValues(page, "Sheet1", "D4")).toEqual([[8 / 9]]);
    });
  });

  it("refuses a TOPN whose spill area is in use: the dialog says so and nothing changes", async () => {
    const { page, problems } = await openWithSample(browser(), "zh-CN");
    await writeFormulas(page, "Sheet1", "E4", [["mine"]]);
    await selectCell(page, "D2");
    await openBuilder(page, "TOPN", "zh-CN");
    await dragSelect(page, "B2", "B26");
    await pane(page)
      .getByRole("textbox", { name: /^labels/ })
      .click();
    await dragSelect(page, "A2", "A26");
    await pane(page).getByRole("textbox", { name: /^n/ }).fill("3");
    await result(page).getByText("溢出 4 行 × 3 列").waitFor();
    const before = await sheetFormulas(page, "Sheet1", "A1:H30");
    await screenshot(pane(page), "builder-topn-zh-CN-light", result(page));
    await pane(page).getByRole("button", { name: TEXT["zh-CN"].insert }).click();
    const dialog = page.getByRole("alertdialog");
    await dialog.getByText("目标单元格已被占用").waitFor();
    expect(await dialog.innerText()).toContain(
      "公式及其结果将占用 Sheet1!D2:F5，该区域已被占用：E4 已有数值或文本。未做任何更改。",
    );
    await screenshot(page, "builder-topn-occupied-zh-CN");
    await dialog.getByRole("button", { name: "另选单元格" }).click();
    expect(await sheetFormulas(page, "Sheet1", "A1:H30")).toEqual(before);
    expect(problems.all()).toEqual([]);
    await page.close();
  });

  it("builds and inserts by keyboard alone, focus visible throughout", async () => {
    const { page, problems } = await openWithSample(browser());
    await selectCell(page, "D6");
    await pane(page).getByRole("tab", { name: "Data" }).focus();
    await page.keyboard.press("ArrowRight"); // Figures
    const focusShown = async () =>
      page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        if (!element || element === document.body) return false;
        const style = getComputedStyle(element);
        const ring =
          (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== "none";
        return ring || element.matches(":focus-visible");
      });
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Enter");
    await pane(page).getByRole("searchbox").waitFor();
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).type)).toBe("search");
    await page.keyboard.type("hhi");
    await page.keyboard.press("Enter");
    expect(await focusShown()).toBe(true);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Build formula");
    await page.keyboard.press("Enter");
    await pane(page).getByRole("heading", { name: "AMC.HHI" }).waitFor();
    const values = pane(page).getByRole("textbox", { name: /^values/ });
    const focused = () => values.evaluate((input) => input === document.activeElement);
    expect(await until(focused, Boolean)).toBe(true);
    expect(await focusShown()).toBe(true);
    await page.keyboard.type("B2:B26");
    await result(page).getByText(/^\d/).waitFor();
    const previewed = (await result(page).innerText()).trim();
    await page.keyboard.press("Enter");
    await pane(page).getByText("Wrote =AMC.HHI(B2:B26) into Sheet1!D6.").waitFor();
    expect(await cellText(page, "D6")).toBe(previewed);
    await page.keyboard.press("Shift+Tab");
    for (
      let i = 0;
      i < 12 && !(await page.evaluate(() => document.activeElement?.textContent === "All functions"));
      i++
    ) {
      await page.keyboard.press("Shift+Tab");
    }
    await page.keyboard.press("Enter");
    const focusedLine = () => page.evaluate(() => document.activeElement?.querySelector("span")?.textContent ?? null);
    expect(await until(focusedLine, (name) => name === "HHI")).toBe("HHI");
    expect(problems.all()).toEqual([]);
    await page.close();
  });

  describe.each([
    { lang: "zh-CN", theme: "light" },
    { lang: "zh-CN", theme: "dark" },
    { lang: "en-US", theme: "light" },
    { lang: "en-US", theme: "dark" },
  ] as const)("in $lang, $theme", ({ lang, theme }) => {
    it("has no axe violation on the index and the builder (a value, a spill, an error); screenshots", async () => {
      const { page, problems } = await openWithSample(browser(), lang, theme);
      await selectCell(page, "D2");
      await pane(page).getByRole("tab", { name: TEXT[lang].tab }).click();
      await pane(page).getByRole("searchbox").waitFor();
      await expectNoViolations(page, "index");
      await screenshot(pane(page), `functions-index-${lang}-${theme}`);
      await pane(page).getByRole("searchbox").fill("top5");
      await pane(page).getByRole("searchbox").press("Enter");
      await expectNoViolations(page, "index, a function open");
      await screenshot(pane(page), `functions-open-${lang}-${theme}`);
      await pane(page).getByRole("button", { name: TEXT[lang].build }).click();
      await pane(page).getByRole("heading", { name: "AMC.TOP5SHARE" }).waitFor();
      await expectNoViolations(page, "builder, empty");
      await dragSelect(page, "B2", "B4");
      await result(page).getByText("#NUM!", { exact: true }).waitFor();
      await expectNoViolations(page, "builder, an error");
      await screenshot(pane(page), `builder-error-${lang}-${theme}`, result(page));
      await dragSelect(page, "B2", "B26");
      await result(page)
        .getByText(/^\d+\.\d\d%$/)
        .waitFor();
      await expectNoViolations(page, "builder, a value");
      await screenshot(pane(page), `builder-value-${lang}-${theme}`, result(page));
      if (theme === "light") await screenshot(page, `builder-value-${lang}-wide`);
      await pane(page).getByRole("button", { name: TEXT[lang].back }).click();
      await selectCell(page, "D2");
      await openBuilder(page, "TOPN", lang);
      await dragSelect(page, "B2", "B26");
      await pane(page)
        .getByRole("textbox", { name: /^labels/ })
        .click();
      await dragSelect(page, "A2", "A26");
      await result(page).locator("table").waitFor();
      await expectNoViolations(page, "builder, a spill");
      await screenshot(pane(page), `builder-spill-${lang}-${theme}`, result(page));
      expect(problems.all()).toEqual([]);
      await page.close();
    });
  });
});
