/**
 * Driving the preview workbench like a user: open it in a language and theme, click a cell and type, read what
 * a cell shows (text and tooltip), run Excel JavaScript API code in the page the way the task pane does, and save
 * screenshots.
 */
import fs from "fs";
import path from "path";
import type { BrowserContext, Page } from "playwright-core";
import { ProblemLog, RequestLog } from "../support/browser";
import { logRoundTrips, type LoggedRun } from "../support/round-trips";
import { E2E, SCREENSHOTS } from "./environment";

export interface OpenedPreview {
  page: Page;
  problems: ProblemLog;
  requests: RequestLog;
}

export interface PreviewOptions {
  lang?: "zh-CN" | "en-US";
  theme?: "light" | "dark";
  /** false: the preview as an Excel without data types (ExcelApi below 1.16). */
  dataTypes?: boolean;
}

export async function openPreview(context: BrowserContext, options: PreviewOptions = {}): Promise<OpenedPreview> {
  const page = await context.newPage();
  const problems = new ProblemLog(page);
  const requests = new RequestLog(page);
  const query = new URLSearchParams({ lang: options.lang ?? "en-US", theme: options.theme ?? "light" });
  if (options.dataTypes === false) query.set("datatypes", "off");
  await page.goto(`${E2E.devUrl}preview.html?${query}`);
  await page.waitForSelector('[data-testid="grid"]');
  await page.evaluate(`window.amcRoundTrips = (${logRoundTrips.toString()})(window.Excel);`);
  return { page, problems, requests };
}

const cell = (page: Page, address: string) => page.locator(`[data-testid="grid"] td[data-cell="${address}"]`);

/**
 * Clicks the cell, types, presses Enter: what an analyst does. The first key opens the cell editor; the rest is
 * entered into it at once (as a paste would), which keeps long formulas fast to enter.
 */
export async function typeIntoCell(page: Page, address: string, text: string): Promise<void> {
  await cell(page, address).click();
  await page.keyboard.type(text[0]);
  const editor = page.locator('[aria-label="Cell editor"]');
  await editor.fill(text);
  await editor.press("Enter");
  await editor.waitFor({ state: "detached" });
}

/** Clicks a cell of the active sheet: the selection an insert "at the selected cell" starts from. */
export async function selectCell(page: Page, address: string): Promise<void> {
  await cell(page, address).click();
}

export async function cellText(page: Page, address: string): Promise<string> {
  return (await cell(page, address).textContent()) ?? "";
}

export async function cellTooltip(page: Page, address: string): Promise<string> {
  return (await cell(page, address).getAttribute("title")) ?? "";
}

/** A sheet tab under the grid (the task pane has tabs of its own). */
export function sheetTab(page: Page, name: string | RegExp) {
  return page.getByRole("navigation", { name: "Sheets" }).getByRole("tab", { name, exact: typeof name === "string" });
}

export async function activateSheet(page: Page, name: string): Promise<void> {
  await sheetTab(page, name).click();
  await page.locator(`[data-testid="grid"][aria-label="${name}"]`).waitFor();
}

/** A range property the tests read and write as a 2-D array, as the Excel API does. */
type GridProperty = "values" | "formulas" | "numberFormat";

type LoadableRange = { load(p: string): LoadableRange } & Record<GridProperty, unknown[][]>;

type RangeContext = {
  workbook: {
    worksheets: {
      getItem(name: string): { getRange(a: string): LoadableRange };
    };
  };
  sync(): Promise<void>;
};

type PageExcel = { Excel: { run: (batch: (context: RangeContext) => Promise<void>) => Promise<void> } };

/** A property of a range of a sheet, read through the preview's Excel API. */
async function readRange(page: Page, sheet: string, address: string, property: GridProperty): Promise<unknown[][]> {
  return page.evaluate(
    async ([sheetName, rangeAddress, name]) => {
      let grid: unknown[][] = [];
      await (window as unknown as PageExcel).Excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem(sheetName).getRange(rangeAddress).load(name);
        await context.sync();
        grid = range[name];
      });
      return grid;
    },
    [sheet, address, property] as const,
  );
}

/** Sets a property of a range of a sheet through the preview's Excel API, as code in Excel would. */
async function writeRange(page: Page, sheet: string, address: string, property: GridProperty, grid: unknown[][]) {
  await page.evaluate(
    async ([sheetName, rangeAddress, name, cells]) => {
      await (window as unknown as PageExcel).Excel.run(async (context) => {
        context.workbook.worksheets.getItem(sheetName).getRange(rangeAddress)[name] = cells;
        await context.sync();
      });
    },
    [sheet, address, property, grid] as const,
  );
}

/** The computed values of a range of a sheet, as Range.values would return them. */
export const sheetValues = (page: Page, sheet: string, address: string) => readRange(page, sheet, address, "values");

/** The formulas of a range, as Range.formulas returns them. */
export const sheetFormulas = (page: Page, sheet: string, address: string) =>
  readRange(page, sheet, address, "formulas");

/** The number formats of a range, as Range.numberFormat returns them. */
export const numberFormats = (page: Page, sheet: string, address: string) =>
  readRange(page, sheet, address, "numberFormat");

/** Writes formulas (and constants) into a range, as code in Excel would. */
export const writeFormulas = (page: Page, sheet: string, address: string, formulas: unknown[][]) =>
  writeRange(page, sheet, address, "formulas", formulas);

/** Sets number formats on a range, as the analyst's Format Cells would. */
export const setNumberFormats = (page: Page, sheet: string, address: string, formats: string[][]) =>
  writeRange(page, sheet, address, "numberFormat", formats);

/** The Excel.run calls made since the page opened (the test-side log of tests/support/round-trips.ts). */
export async function excelRuns(page: Page): Promise<LoggedRun[]> {
  return page.evaluate(() =>
    (window as unknown as { amcRoundTrips: { runs: LoggedRun[] } }).amcRoundTrips.runs.map((run) => ({ ...run })),
  );
}

/** Writes values into a new sheet through the preview's Excel API, as the task pane would insert a dataset. */
export async function insertSheet(page: Page, name: string, rows: unknown[][]): Promise<void> {
  await page.evaluate(
    async ([sheetName, values]) => {
      const excel = (
        window as unknown as { Excel: { run: (batch: (context: never) => Promise<void>) => Promise<void> } }
      ).Excel;
      await excel.run(
        async (context: {
          workbook: {
            worksheets: {
              add(name: string): {
                getRangeByIndexes(r: number, c: number, rc: number, cc: number): { values: unknown[][] };
                activate(): void;
              };
            };
          };
          sync(): Promise<void>;
        }) => {
          const sheet = context.workbook.worksheets.add(sheetName);
          sheet.getRangeByIndexes(0, 0, values.length, values[0].length).values = values;
          sheet.activate();
          await context.sync();
        },
      );
    },
    [name, rows] as const,
  );
  await page.locator(`[data-testid="grid"][aria-label="${name}"]`).waitFor();
}

/** The page, or one element of it, saved as test-output/screenshots/<name>.png; returns the file's path. */
export async function screenshot(page: Page, name: string, selector?: string): Promise<string> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  if (selector) await page.locator(selector).screenshot({ path: file });
  else await page.screenshot({ path: file, fullPage: false });
  return file;
}
