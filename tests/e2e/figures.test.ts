/**
 * The figure picker and the cell explainer in the preview workbench, end to end: the whole picker flow from the
 * keyboard (F6 into the pane, ↑↓, Enter), the same flow by mouse as an analyst who knows no key would do it, timed;
 * the explainer on a cell of an inserted table after the table was sorted, and on the inserted AMC.FIGURE cell (one
 * read, the record's provenance); axe-core on both views in both languages and themes; screenshots.
 */
import fs from "fs";
import path from "path";
import type { Page } from "playwright-core";
import { CATALOG, columnHeader, type ColumnMeta } from "../../src/data/catalog";
import { getDataset } from "../../src/data/index";
import { columnLetters, parseAddress } from "../../src/excel-rules/a1";
import { launchChromium, type LaunchedBrowser } from "../support/browser";
import { axeViolations } from "./axe";
import { describeInBrowser, saveReport, SCREENSHOTS } from "./environment";
import { excelRuns, openPreview, selectCell, sheetFormulas, sheetValues, type OpenedPreview } from "./preview-page";

jest.setTimeout(180_000);

const FIGURES = getDataset("figures").records;
const NET_FINANCING = FIGURES.find((figure) => figure.id === "net_financing|industry|2024")!;
const ZH = {
  tab: "指标",
  search: "搜索指标、公司、期间或数字",
  withSource: "同时在右侧单元格写入出处（AMC.SOURCE）",
  region: "此单元格",
  line: "债券净融资额 · 行业 · 2024年 · 251.20 亿元 · 四.2 · 图表15",
};
const EN = {
  tab: "Figures",
  search: "Search a metric, company, period or number",
  withSource: "Also write its source (AMC.SOURCE) in the cell to the right",
  region: "This cell",
  line: "Net financing · Industry · 2024 · 251.20 CNY 100m · 四.2 · 图表15",
};

/** The timings the "done when" flows measured, written to test-output/figures-timings.json. */
const timings: Record<string, number | ExplainTiming> = {};

async function screenshot(page: Page, name: string, selector?: string): Promise<void> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  if (selector) await page.locator(selector).screenshot({ path: file });
  else await page.screenshot({ path: file });
}

const pane = (page: Page) => page.getByTestId("task-pane");

/** Opens the explainer's provenance unless it is open already (it stays open as the selection moves). */
async function expand(region: ReturnType<Page["getByRole"]>): Promise<void> {
  const toggle = region.getByRole("button");
  if ((await toggle.getAttribute("aria-expanded")) !== "true") await toggle.click();
}

/**
 * From a selection change to the explainer showing its line, in milliseconds: the whole; the first frame after the
 * change (the preview grid's own repaint, which holds the page's one thread before the pane's settle timer can run);
 * when the pane's one read started and how long it took; and the pane's render after it.
 */
interface ExplainTiming {
  shownMs: number;
  firstFrameMs: number;
  readStartMs: number;
  readMs: number;
  renderMs: number;
}

/**
 * Selects a cell through the workbook (the selection event a click raises) and measures, in the page, the
 * milliseconds until the explainer shows `text`: the settling of the selection (SETTLE_MS), the one read, the render.
 * The explainer must not show `text` already (the caller selects elsewhere and waits for it to go first).
 */
async function explainedWithin(page: Page, sheet: string, address: string, text: string): Promise<ExplainTiming> {
  const { rect } = parseAddress(address)!;
  return page.evaluate(
    async ([sheetName, row, column, expected]) => {
      type Sheets = { byName(n: string): { id: number }; select(id: number, rect: object): void };
      type Run = (batch: unknown) => Promise<unknown>;
      const amc = window as unknown as { amcPreview: { workbook: { sheets: Sheets } }; Excel: { run: Run } };
      const workbook = amc.amcPreview.workbook;
      const run = amc.Excel.run;
      let readStart = -1;
      let readEnd = -1;
      amc.Excel.run = async (batch) => {
        readStart = performance.now();
        try {
          return await run(batch);
        } finally {
          readEnd = performance.now();
        }
      };
      const start = performance.now();
      let firstFrame = -1;
      workbook.sheets.select(workbook.sheets.byName(sheetName).id, { row, column, rowCount: 1, columnCount: 1 });
      requestAnimationFrame(() => (firstFrame = performance.now()));
      await new Promise<void>((resolve) => {
        const check = () => {
          const regions = document.querySelectorAll('[data-testid="task-pane"] section[aria-label]');
          if ([...regions].some((region) => region.textContent?.includes(expected))) resolve();
          else requestAnimationFrame(check);
        };
        check();
      });
      const shown = performance.now();
      amc.Excel.run = run;
      return {
        shownMs: shown - start,
        firstFrameMs: firstFrame - start,
        readStartMs: readStart - start,
        readMs: readEnd - readStart,
        renderMs: shown - readEnd,
      };
    },
    [sheet, rect.row, rect.column, text] as const,
  );
}
const explainer = (page: Page, name: string) => pane(page).getByRole("region", { name });

/** Whether the focused element is inside the task pane and shows its focus (keyboard focus is visible). */
async function focusInPane(page: Page): Promise<{ inPane: boolean; visible: boolean; label: string }> {
  return page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    return {
      inPane: !!active?.closest('[data-testid="task-pane"]'),
      visible: !!active && (active.matches(":focus-visible") || active.hasAttribute("data-fui-focus-visible")),
      label: active?.getAttribute("aria-label") ?? active?.textContent?.trim() ?? "",
    };
  });
}

/** Waits until `address` shows `text`; the milliseconds since `start`. */
async function shown(page: Page, address: string, text: string | RegExp, start: number): Promise<number> {
  await page.waitForFunction(
    ([cell, expected, isPattern]) => {
      const shownText = document.querySelector(`[data-testid="grid"] td[data-cell="${cell}"]`)?.textContent ?? "";
      return isPattern ? new RegExp(expected).test(shownText) : shownText === expected;
    },
    [address, typeof text === "string" ? text : text.source, typeof text !== "string"] as const,
  );
  return Date.now() - start;
}

describeInBrowser("the figure picker and the cell explainer", () => {
  let browser: LaunchedBrowser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    saveReport("figures-timings.json", timings);
    console.log(`figure picker and explainer timings (ms): ${JSON.stringify(timings)}`);
    await browser?.close();
  });

  describe("in Chinese", () => {
    let opened: OpenedPreview;

    beforeAll(async () => {
      opened = await openPreview(browser.context, { lang: "zh-CN" });
      await pane(opened.page).waitFor();
    });

    afterAll(async () => {
      await opened?.page.close();
    });

    it("does the whole picker flow from the keyboard: F6, the Figures tab, search, the source option, Enter; explains it", async () => {
      const { page, problems } = opened;
      await page.locator('[data-testid="grid"]').focus();
      await page.keyboard.press("ArrowRight");
      await page.keyboard.press("ArrowRight");
      await page.keyboard.press("ArrowDown");
      await page.keyboard.press("ArrowDown");
      await page.keyboard.press("F6");
      expect(await focusInPane(page)).toMatchObject({ inPane: true, visible: true, label: "数据" });
      await page.keyboard.press("ArrowRight");
      await page.keyboard.press("Enter");
      await pane(page).getByRole("searchbox", { name: ZH.search }).waitFor();
      await page.keyboard.press("Tab");
      expect(await focusInPane(page)).toMatchObject({ inPane: true, visible: true, label: ZH.search });
      await page.keyboard.type("净融资");
      await pane(page).getByText("共 2 个数字").waitFor();
      await page.keyboard.press("Tab");
      expect(await focusInPane(page)).toMatchObject({ visible: true });
      await page.keyboard.press("Space");
      expect(await pane(page).getByRole("checkbox", { name: ZH.withSource }).isChecked()).toBe(true);
      await page.keyboard.press("Shift+Tab");
      await page.keyboard.press("ArrowDown");
      await page.keyboard.press("ArrowUp");
      const runsBefore = (await excelRuns(page)).length;
      const start = Date.now();
      await page.keyboard.press("Enter");
      timings.keyboardInsertMs = await shown(page, "C3", "251.20 亿元", start);
      await shown(page, "D3", new RegExp(NET_FINANCING.quote), start);
      expect(await sheetFormulas(page, "Sheet1", "C3:D3")).toEqual([
        ['=AMC.FIGURE("债券净融资额","行业","2024年")', '=AMC.SOURCE("债券净融资额","行业","2024年")'],
      ]);
      const insert = (await excelRuns(page))
        .slice(runsBefore)
        .find((run) => run.roundTrips.some((t) => t.cellsWritten > 0))!;
      expect(insert.roundTrips).toHaveLength(2);
      await pane(page)
        .getByText(/已将债券净融资额（行业，2024年）写入 Sheet1!C3，出处写入 Sheet1!D3/)
        .waitFor();
      await explainer(page, ZH.region).getByText(`C3 · AMC.FIGURE → ${ZH.line}`).waitFor();
      expect(problems.all()).toEqual([]);
    });

    it("reaches the explainer of the selected cell from the keyboard and expands it", async () => {
      const { page, problems } = opened;
      await page.locator('[data-testid="grid"]').focus();
      await page.keyboard.press("ArrowDown");
      await page.keyboard.press("ArrowUp");
      const toggle = explainer(page, ZH.region).getByRole("button");
      await toggle.filter({ hasText: `C3 · AMC.FIGURE → ${ZH.line}` }).waitFor();
      await page.keyboard.press("F6");
      for (let presses = 0; presses < 40; presses++) {
        if (await toggle.evaluate((button) => button === document.activeElement)) break;
        await page.keyboard.press("Tab");
      }
      expect(await focusInPane(page)).toMatchObject({ inPane: true, visible: true });
      expect(await toggle.evaluate((button) => button === document.activeElement)).toBe(true);
      expect(await toggle.getAttribute("aria-expanded")).toBe("false");
      await page.keyboard.press("Enter");
      expect(await toggle.getAttribute("aria-expanded")).toBe("true");
      await explainer(page, ZH.region)
        .getByText(new RegExp(`“${NET_FINANCING.quote}”`))
        .waitFor();
      await page.keyboard.press("Enter");
      expect(await toggle.getAttribute("aria-expanded")).toBe("false");
      expect(problems.all()).toEqual([]);
    });

    it("explains the inserted AMC.FIGURE cell with the record's provenance, in one read", async () => {
      const { page } = opened;
      await selectCell(page, "B8");
      await explainer(page, ZH.region).waitFor({ state: "detached" });
      const runsBefore = (await excelRuns(page)).length;
      const start = Date.now();
      await selectCell(page, "C3");
      const region = explainer(page, ZH.region);
      await region.getByText(`C3 · AMC.FIGURE → ${ZH.line}`).waitFor();
      timings.explainFormulaCellMs = Date.now() - start;
      const reads = (await excelRuns(page)).slice(runsBefore);
      expect(reads.map((run) => run.roundTrips.length)).toEqual([1]);
      await expand(region);
      await region.getByText(new RegExp(`“${NET_FINANCING.quote}”`)).waitFor();
      expect(await axeViolations(page, '[data-testid="task-pane"]')).toEqual([]);
      await screenshot(page, "explainer-formula-zh-CN-light", '[data-testid="task-pane"]');
      await selectCell(page, "B8");
      await region.waitFor({ state: "detached" });
      timings.explainFormulaCellInPage = await explainedWithin(page, "Sheet1", "C3", `C3 · AMC.FIGURE → ${ZH.line}`);
    });

    it("explains a cell of the inserted figures table after the table was sorted", async () => {
      const { page, problems } = opened;
      await pane(page).getByRole("tab", { name: "数据" }).click();
      await pane(page).getByRole("searchbox").fill("报告数字");
      await pane(page)
        .getByRole("button", { name: new RegExp(`^${CATALOG.figures.title.zh} \\d`) })
        .click();
      await pane(page).getByRole("button", { name: "插入表格", exact: true }).click();
      await pane(page)
        .getByText(/已将 \d+ 行插入工作表/)
        .waitFor();
      const sheet = await page.evaluate(
        () =>
          (
            window as unknown as { amcPreview: { workbook: { sheets: { list(): { name: string }[] } } } }
          ).amcPreview.workbook.sheets
            .list()
            .at(-1)!.name,
      );
      // Found by what the cells hold, not where the table puts its columns: the id in the row, the value's title.
      const header = (await sheetValues(page, sheet, "A1:AZ1"))[0];
      const width = header.filter((title) => title !== "" && title !== null).length;
      await sortTableDescending(page, sheet, FIGURES.length, width);
      const body = await sheetValues(page, sheet, `A2:${columnLetters(width - 1)}${FIGURES.length + 1}`);
      const row = body.findIndex((cells) => cells.includes(NET_FINANCING.id)) + 2;
      expect(row).toBeGreaterThan(1);
      expect(row).not.toBe(FIGURES.indexOf(NET_FINANCING) + 2);
      const value = CATALOG.figures.columns.find((column) => column.id === "value")!;
      const valueAt = header.indexOf(columnHeader(value as ColumnMeta, "zh"));
      expect(valueAt).toBeGreaterThanOrEqual(0);
      const valueColumn = columnLetters(valueAt);
      const runsBefore = (await excelRuns(page)).length;
      const start = Date.now();
      await selectCell(page, `${valueColumn}${row}`);
      const region = explainer(page, ZH.region);
      await region.getByText(`${valueColumn}${row} · ${ZH.line}`).waitFor();
      timings.explainTableCellMs = Date.now() - start;
      expect((await excelRuns(page)).slice(runsBefore).map((run) => run.roundTrips.length)).toEqual([1]);
      await expand(region);
      await region.getByText(new RegExp(`“${NET_FINANCING.quote}”`)).waitFor();
      await screenshot(page, "explainer-table-zh-CN-light", '[data-testid="task-pane"]');
      await selectCell(page, "A1");
      await region.waitFor({ state: "detached" });
      const cell = `${valueColumn}${row}`;
      timings.explainTableCellInPage = await explainedWithin(page, sheet, cell, `${cell} · ${ZH.line}`);
      await screenshot(page, "workbench-explainer-zh-CN");
      expect(problems.all()).toEqual([]);
    });
  });

  it("takes an analyst who knows no key from 净融资额 2024 to a formatted cell with its source, by mouse (timed)", async () => {
    const { page, problems } = await openPreview(browser.context, { lang: "zh-CN" });
    await pane(page).waitFor();
    // Human pace: a pause to find each control, and typing at about seven characters a second.
    const look = () => page.waitForTimeout(400);
    const start = Date.now();
    await look();
    await selectCell(page, "B4");
    await look();
    await pane(page).getByRole("tab", { name: ZH.tab }).click();
    await look();
    await pane(page).getByRole("searchbox", { name: ZH.search }).click();
    await page.keyboard.type("净融资额 2024", { delay: 150 });
    await look();
    await pane(page).getByRole("checkbox", { name: ZH.withSource }).click();
    await look();
    await pane(page).getByRole("option").first().click();
    await shown(page, "B4", "251.20 亿元", start);
    const elapsed = await shown(page, "C4", new RegExp(NET_FINANCING.quote), start);
    timings.doneWhenMouseFlowMs = elapsed;
    const click = Date.now();
    await selectCell(page, "C4");
    await explainer(page, ZH.region)
      .getByText(new RegExp(`C4 · AMC.SOURCE → ${ZH.line}`))
      .waitFor();
    timings.doneWhenClickToProvenanceMs = Date.now() - click;
    expect(problems.all()).toEqual([]);
    await page.close();
  });

  describe.each([
    { lang: "zh-CN", theme: "light", text: ZH },
    { lang: "zh-CN", theme: "dark", text: ZH },
    { lang: "en-US", theme: "light", text: EN },
    { lang: "en-US", theme: "dark", text: EN },
  ] as const)("in $lang, $theme", ({ lang, theme, text }) => {
    it("has no axe violation on the picker with results and detail, nor on the explainer; screenshots", async () => {
      const { page, problems } = await openPreview(browser.context, { lang, theme });
      await pane(page).getByRole("tab", { name: text.tab }).click();
      const search = pane(page).getByRole("searchbox", { name: text.search });
      await search.fill(lang === "zh-CN" ? "评级率" : "rating coverage");
      await pane(page).getByRole("option").first().waitFor();
      await page.keyboard.press("ArrowDown");
      expect(await axeViolations(page, '[data-testid="task-pane"]')).toEqual([]);
      await screenshot(page, `figures-${lang}-${theme}`, '[data-testid="task-pane"]');
      await search.fill(lang === "zh-CN" ? "50.58" : "top-5 share total assets");
      await pane(page).getByRole("option").first().waitFor();
      await screenshot(page, `figures-missing-${lang}-${theme}`, '[data-testid="task-pane"]');
      await selectCell(page, "B2");
      await search.fill(lang === "zh-CN" ? "评级率 2025" : "rating coverage 2025");
      await page.keyboard.press("Enter");
      await selectCell(page, "B3");
      await selectCell(page, "B2");
      const region = explainer(page, text.region);
      await expand(region);
      await region.locator("dl").first().waitFor();
      expect(await axeViolations(page, '[data-testid="task-pane"]')).toEqual([]);
      await screenshot(page, `explainer-${lang}-${theme}`, '[data-testid="task-pane"]');
      if (theme === "light") await screenshot(page, `workbench-figures-${lang}`);
      expect(problems.all()).toEqual([]);
      await page.close();
    });
  });
});

/** Sorts a table's rows by its first column, descending, as Excel's sort does: values and formats move together. */
async function sortTableDescending(page: Page, sheet: string, rows: number, columns: number): Promise<void> {
  await page.evaluate(
    async ([sheetName, rowCount, columnCount]) => {
      type Range = { values: unknown[][]; numberFormat: unknown[][]; load(p: string): void };
      type Context = {
        workbook: {
          worksheets: {
            getItem(n: string): { getRangeByIndexes(r: number, c: number, rc: number, cc: number): Range };
          };
        };
        sync(): Promise<void>;
      };
      const excel = (window as unknown as { Excel: { run(batch: (context: Context) => Promise<void>): Promise<void> } })
        .Excel;
      await excel.run(async (context) => {
        const body = context.workbook.worksheets.getItem(sheetName).getRangeByIndexes(1, 0, rowCount, columnCount);
        body.load("values,numberFormat");
        await context.sync();
        const rowsRead = body.values;
        const formatsRead = body.numberFormat;
        const order = rowsRead.map((_, i) => i);
        order.sort((a, b) => String(rowsRead[b][0]).localeCompare(String(rowsRead[a][0])));
        body.numberFormat = order.map((i) => formatsRead[i]);
        body.values = order.map((i) => rowsRead[i]);
        await context.sync();
      });
    },
    [sheet, rows, columns] as const,
  );
}
