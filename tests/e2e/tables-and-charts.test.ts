/**
 * Inserted tables and charts as the analyst sees them in the preview workbench, in both languages, at 1400×900 with
 * the 350-pixel task pane: the figures table leads with what an analyst reads and keeps its provenance collapsed at
 * the right; a chart appears in view beside its table, notes unequal periods and keeps its legend off the title; the
 * insert options pass axe. Screenshots under test-output/screenshots/ (tables-*, charts-*, pane-insert-*).
 */
import fs from "fs";
import path from "path";
import type { Locator, Page } from "playwright-core";
import { CATALOG } from "../../src/data/catalog";
import type { DatasetId } from "../../src/data/ids";
import type { PreviewWorkbook } from "../../src/preview/workbook/workbook";
import { chromiumForSuite } from "../support/browser";
import { axeViolations } from "./axe";
import { describeInBrowser, SCREENSHOTS } from "./environment";
import { excelRuns, openPreview, sheetTab, sheetValues, type OpenedPreview } from "./preview-page";

jest.setTimeout(120_000);

const VIEWPORT = { width: 1400, height: 900 };

const TEXT = {
  "zh-CN": {
    insertTable: "插入表格",
    insertChart: "插入表格和图表",
    provenance: /包含出处列/,
    back: "全部数据集",
    modelTab: "模型",
    build: "生成模型",
    inputs: "AMC模型-输入",
  },
  "en-US": {
    insertTable: "Insert table",
    insertChart: "Insert table and chart",
    provenance: /Include provenance/,
    back: "All datasets",
    modelTab: "Model",
    build: "Build the model",
    inputs: "AMC Model Inputs",
  },
} as const;

type Locale = keyof typeof TEXT;
const language = (locale: Locale) => (locale === "zh-CN" ? "zh" : "en");

async function screenshot(target: Page | Locator, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await target.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}

/** Opens a dataset in the pane by its title, as an analyst finds it by search. */
async function openDataset(page: Page, locale: Locale, id: DatasetId): Promise<Locator> {
  const pane = page.getByTestId("task-pane");
  const back = pane.getByRole("button", { name: TEXT[locale].back });
  if ((await back.count()) > 0) await back.click();
  const title = CATALOG[id].title[language(locale)];
  await pane.getByRole("searchbox").fill(title);
  const escaped = title.replace(/[()]/g, "\\$&");
  await pane.getByRole("button", { name: new RegExp(`^${escaped}(\\s|$)`) }).click();
  return pane;
}

/** Inserts a dataset from the pane onto a new sheet and waits for its sheet. */
async function insert(page: Page, locale: Locale, id: DatasetId, withChart: boolean): Promise<void> {
  const pane = await openDataset(page, locale, id);
  const runs = (await excelRuns(page)).length;
  await pane
    .getByRole("button", { name: TEXT[locale][withChart ? "insertChart" : "insertTable"], exact: true })
    .click();
  await page.waitForFunction(
    (count) => (window as unknown as { amcRoundTrips: { runs: unknown[] } }).amcRoundTrips.runs.length > count,
    runs,
  );
  await sheetTab(page, CATALOG[id].sheetTitle[language(locale)]).waitFor();
}

/** Whether the element lies wholly inside the grid's visible area. */
async function inView(page: Page, element: Locator): Promise<boolean> {
  const grid = await page.getByTestId("grid").boundingBox();
  const box = await element.boundingBox();
  if (!grid || !box) return false;
  return (
    box.x >= grid.x &&
    box.y >= grid.y &&
    box.x + box.width <= grid.x + grid.width &&
    box.y + box.height <= grid.y + grid.height
  );
}

describeInBrowser("inserted tables and charts in the workbench", () => {
  const browser = chromiumForSuite({ viewport: VIEWPORT });

  describe.each(["zh-CN", "en-US"] as const)("in %s", (locale) => {
    let opened: OpenedPreview;

    beforeAll(async () => {
      opened = await openPreview(browser().context, { lang: locale });
      await opened.page.getByTestId("task-pane").getByRole("searchbox").waitFor();
    });

    afterAll(async () => {
      await opened?.page.close();
    });

    it("leads the figures table with metric, entity, period, value and unit, provenance collapsed, in 1 round-trip", async () => {
      const { page, problems } = opened;
      await insert(page, locale, "figures", false);
      const sheet = CATALOG.figures.sheetTitle[language(locale)];
      const [header] = await sheetValues(page, sheet, "A1:E1");
      expect(header).toEqual(
        locale === "zh-CN" ? ["指标", "主体", "期间", "数值", "单位"] : ["Metric", "Entity", "Period", "Value", "Unit"],
      );
      const expander = page.getByTestId("grid").locator(".outline-expand");
      await expect(expander.count()).resolves.toBe(1);
      const run = (await excelRuns(page)).at(-1)!;
      expect(run.error).toBeUndefined();
      expect(run.roundTrips).toHaveLength(1);
      const rowHeights = await page
        .getByTestId("grid")
        .locator("tbody tr")
        .evaluateAll((rows) => rows.slice(0, 30).map((row) => Math.round(row.getBoundingClientRect().height)));
      expect(new Set(rowHeights).size).toBe(1);
      await screenshot(page, `tables-figures-${locale}-1400x900`);
      await screenshot(page.getByTestId("task-pane"), `pane-insert-${locale}-350`);
      expect(await axeViolations(page, '[data-testid="task-pane"]')).toEqual([]);
      await expander.click();
      await expect(page.getByTestId("grid").locator(".outline-expand").count()).resolves.toBe(0);
      await screenshot(page, `tables-figures-${locale}-provenance-shown`);
      expect(problems.all()).toEqual([]);
    });

    it("puts a chart beside a narrow table in view, noting that a year is compared with January to November", async () => {
      const { page, problems } = opened;
      await insert(page, locale, "net_financing", true);
      const chart = page.getByTestId("chart");
      await chart.waitFor();
      expect(await inView(page, chart)).toBe(true);
      const title = await chart.getAttribute("aria-label");
      expect(title).toContain(locale === "zh-CN" ? "2025年1—11月为11个月" : "Jan–Nov 2025: 11 months");
      await expect(chart.locator(".data-label").count()).resolves.toBe(2);
      await screenshot(page, `charts-net-financing-${locale}-1400x900`);
      expect(problems.all()).toEqual([]);
    });

    it("scrolls a chart beside a wide table into view, its legend below the plot", async () => {
      const { page, problems } = opened;
      await insert(page, locale, "ratings", true);
      const chart = page.getByTestId("chart");
      await chart.waitFor();
      await page.waitForFunction(() => {
        const figure = document.querySelector('[data-testid="chart"]');
        const grid = document.querySelector('[data-testid="grid"]');
        if (!figure || !grid) return false;
        const f = figure.getBoundingClientRect();
        const g = grid.getBoundingClientRect();
        return f.right <= g.right && f.left >= g.left;
      });
      expect(await inView(page, chart)).toBe(true);
      const title = await chart.locator(".chart-title").last().boundingBox();
      const legend = await chart.locator(".chart-legend").boundingBox();
      expect(title && legend && legend.y > title.y + title.height).toBe(true);
      const active = await page.evaluate(
        () =>
          (window as unknown as { amcPreview: { workbook: PreviewWorkbook } }).amcPreview.workbook.charts.activeChartId,
      );
      expect(active).not.toBeNull();
      await screenshot(page, `charts-ratings-${locale}-1400x900`);
      expect(problems.all()).toEqual([]);
    });

    it("lays the model's inputs out so that the window shows the company beside its inputs", async () => {
      const { page, problems } = opened;
      const pane = page.getByTestId("task-pane");
      await pane.getByRole("tab", { name: TEXT[locale].modelTab }).click();
      await pane.getByRole("button", { name: TEXT[locale].build }).click();
      await sheetTab(page, TEXT[locale].inputs).click();
      await page.locator(`[data-testid="grid"][aria-label="${TEXT[locale].inputs}"]`).waitFor();
      const headers = await page
        .getByTestId("grid")
        .locator("thead th.column-header")
        .evaluateAll((cells) => cells.map((cell) => cell.getBoundingClientRect().right));
      const grid = (await page.getByTestId("grid").boundingBox())!;
      // Column A and at least ten input columns are in view beside the pane.
      expect(headers[10]).toBeLessThanOrEqual(grid.x + grid.width);
      await screenshot(page, `model-inputs-${locale}-1400x900`);
      await pane.getByRole("tab", { name: TEXT[locale].modelTab === "模型" ? "数据" : "Data" }).click();
      expect(problems.all()).toEqual([]);
    });

    it("offers the provenance option by keyboard, in the dark theme too", async () => {
      const dark = await openPreview(browser().context, { lang: locale, theme: "dark" });
      try {
        const pane = await openDataset(dark.page, locale, "bond_issuance");
        const option = pane.getByRole("checkbox", { name: TEXT[locale].provenance });
        await option.focus();
        await dark.page.keyboard.press("Space");
        expect(await option.isChecked()).toBe(false);
        await screenshot(pane, `pane-insert-${locale}-350-dark`);
        expect(await axeViolations(dark.page, '[data-testid="task-pane"]')).toEqual([]);
        expect(dark.problems.all()).toEqual([]);
      } finally {
        await dark.page.close();
      }
    });
  });
});
