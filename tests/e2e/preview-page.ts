/**
 * Driving the preview workbench like a user: open it in a language and theme, click a cell and type, read what
 * a cell shows (text and tooltip), and run Excel JavaScript API code in the page the way the task pane does.
 */
import type { BrowserContext, Page } from "playwright-core";
import { ProblemLog, RequestLog } from "../support/browser";
import { logRoundTrips, type LoggedRun } from "../support/round-trips";
import { E2E } from "./environment";

export interface OpenedPreview {
  page: Page;
  problems: ProblemLog;
  requests: RequestLog;
}

export interface PreviewOptions {
  lang?: "zh-CN" | "en-US";
  theme?: "light" | "dark";
}

export async function openPreview(context: BrowserContext, options: PreviewOptions = {}): Promise<OpenedPreview> {
  const page = await context.newPage();
  const problems = new ProblemLog(page);
  const requests = new RequestLog(page);
  const query = new URLSearchParams({ lang: options.lang ?? "en-US", theme: options.theme ?? "light" });
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

type FormatContext = {
  workbook: {
    worksheets: {
      getItem(name: string): { getRange(a: string): { load(p: string): unknown; numberFormat: unknown[][] } };
    };
  };
  sync(): Promise<void>;
};

/** Sets number formats on a range through the preview's Excel API, as the analyst's Format Cells would. */
export async function setNumberFormats(page: Page, sheet: string, address: string, formats: string[][]) {
  await page.evaluate(
    async ([sheetName, rangeAddress, numberFormat]) => {
      const excel = (
        window as unknown as { Excel: { run: (batch: (context: FormatContext) => Promise<void>) => Promise<void> } }
      ).Excel;
      await excel.run(async (context) => {
        context.workbook.worksheets.getItem(sheetName).getRange(rangeAddress).numberFormat = numberFormat;
        await context.sync();
      });
    },
    [sheet, address, formats] as const,
  );
}

/** The number formats of a range, as Range.numberFormat returns them. */
export async function numberFormats(page: Page, sheet: string, address: string): Promise<unknown[][]> {
  return page.evaluate(
    async ([sheetName, rangeAddress]) => {
      let formats: unknown[][] = [];
      const excel = (
        window as unknown as { Excel: { run: (batch: (context: FormatContext) => Promise<void>) => Promise<void> } }
      ).Excel;
      await excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem(sheetName).getRange(rangeAddress);
        range.load("numberFormat");
        await context.sync();
        formats = range.numberFormat;
      });
      return formats;
    },
    [sheet, address] as const,
  );
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

/** The computed values of a range of a sheet, as Range.values would return them. */
export async function sheetValues(page: Page, sheet: string, address: string): Promise<unknown[][]> {
  return page.evaluate(
    async ([sheetName, rangeAddress]) => {
      let values: unknown[][] = [];
      await (
        window as unknown as { Excel: { run: (batch: (context: never) => Promise<void>) => Promise<void> } }
      ).Excel.run(
        async (context: {
          workbook: {
            worksheets: {
              getItem(name: string): { getRange(a: string): { load(p: string): { values: unknown[][] } } };
            };
          };
          sync(): Promise<void>;
        }) => {
          const range = context.workbook.worksheets.getItem(sheetName).getRange(rangeAddress).load("values");
          await context.sync();
          values = range.values;
        },
      );
      return values;
    },
    [sheet, address] as const,
  );
}

type RangeContext = {
  workbook: {
    worksheets: {
      getItem(name: string): {
        getRange(a: string): { load(p: string): { formulas: unknown[][] }; formulas: unknown[][] };
      };
    };
  };
  sync(): Promise<void>;
};

/** Writes formulas (and constants) into a range through the preview's Excel API, as code in Excel would. */
export async function writeFormulas(page: Page, sheet: string, address: string, formulas: unknown[][]): Promise<void> {
  await page.evaluate(
    async ([sheetName, rangeAddress, cells]) => {
      const excel = (
        window as unknown as { Excel: { run: (batch: (context: RangeContext) => Promise<void>) => Promise<void> } }
      ).Excel;
      await excel.run(async (context) => {
        context.workbook.worksheets.getItem(sheetName).getRange(rangeAddress).formulas = cells;
        await context.sync();
      });
    },
    [sheet, address, formulas] as const,
  );
}

/** The formulas of a range, as Range.formulas returns them. */
export async function sheetFormulas(page: Page, sheet: string, address: string): Promise<unknown[][]> {
  return page.evaluate(
    async ([sheetName, rangeAddress]) => {
      let formulas: unknown[][] = [];
      const excel = (
        window as unknown as { Excel: { run: (batch: (context: RangeContext) => Promise<void>) => Promise<void> } }
      ).Excel;
      await excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem(sheetName).getRange(rangeAddress).load("formulas");
        await context.sync();
        formulas = range.formulas;
      });
      return formulas;
    },
    [sheet, address] as const,
  );
}

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
