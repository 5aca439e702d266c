/**
 * Excel's data types in the preview workbench, in Chromium, as an analyst meets them: a figure typed by hand arrives
 * formatted and a formula over it computes with the number; =AMC.PROFILE(...) shows the company's short name with a
 * card button, two of its fields are read by =cell.field formulas (in English and Chinese names); the card opens by
 * click and by Ctrl+Shift+F5, is a dialog named by its title with no accessibility violation, and closes with
 * Escape, focus back on the grid. As an Excel without data types the same formulas show plain values and no card.
 * Screenshots of the card and the formatted cells in both languages and both Office themes go to
 * test-output/screenshots/.
 */
import type { Page } from "playwright-core";
import { chromiumForSuite } from "../support/browser";
import { axeViolations } from "./axe";
import { describeInBrowser } from "./environment";
import {
  cellText,
  openPreview,
  screenshot,
  selectCell,
  sheetValues,
  typeIntoCell,
  writeFormulas,
  type OpenedPreview,
} from "./preview-page";

jest.setTimeout(120_000);

const TOP5_SHARE = '=AMC.FIGURE("top5_share_of_sample_total_assets","sample","2025-06-30")';

/** More results an analyst would see formatted: a spill with a share column, spreads, an amount, a count. */
const MORE_RESULTS = [
  ['=AMC.TOPN({1128.45;761.4;746.51;728.75},{"山东金资";"陕西金资";"浙商资产";"中原资产"},3)', "", "", ""],
  ["", "", "", "=AMC.SPREADBP({0.026;0.031},0.0215)"],
  ["", "", "", ""],
  ["", "", "", '=AMC.FIGURE("net_financing","industry","2024")'],
  ["", "", "", "=AMC.AMCCOUNT()"],
];

/** Fits the columns to what the cells show, as an analyst would before reading them. */
async function autofitColumns(page: Page, address: string): Promise<void> {
  await page.evaluate(async (columns) => {
    type Run = (batch: (context: never) => Promise<void>) => Promise<void>;
    await (window as unknown as { Excel: { run: Run } }).Excel.run(
      async (context: {
        workbook: {
          worksheets: { getActiveWorksheet(): { getRange(a: string): { format: { autofitColumns(): void } } } };
        };
        sync(): Promise<void>;
      }) => {
        context.workbook.worksheets.getActiveWorksheet().getRange(columns).format.autofitColumns();
        await context.sync();
      },
    );
  }, address);
}

const FIELDS = {
  "en-US": { province: "Province", assets: "[Total assets]", shownAssets: "746.51 CNY 100m", show: "Show the card" },
  "zh-CN": { province: "省份", assets: "资产总额", shownAssets: "746.51 亿元", show: "显示“浙商资产”的卡片" },
} as const;

describeInBrowser("data types in the preview workbench", () => {
  const browser = chromiumForSuite();

  describe.each([
    ["en-US", "light"],
    ["zh-CN", "light"],
    ["en-US", "dark"],
    ["zh-CN", "dark"],
  ] as const)("as Excel with data types, in %s, %s theme", (lang, theme) => {
    let opened: OpenedPreview;
    const fields = FIELDS[lang];

    beforeAll(async () => {
      opened = await openPreview(browser().context, { lang, theme });
      const { page } = opened;
      await typeIntoCell(page, "A1", TOP5_SHARE);
      await typeIntoCell(page, "B1", "=A1*2");
      await typeIntoCell(page, "A2", '=AMC.PROFILE("浙江省浙商资产管理有限公司")');
      await typeIntoCell(page, "B2", `=A2.${fields.province}`);
      await typeIntoCell(page, "C2", `=A2.${fields.assets}`);
      await writeFormulas(page, "Sheet1", "A4:D8", MORE_RESULTS);
      await typeIntoCell(page, "A10", '=AMC.PROFILE("国厚资产")');
      await autofitColumns(page, "A:D");
    });

    afterAll(async () => {
      await opened.page.close();
    });

    it("shows a figure formatted, and a formula over it computes with its number", async () => {
      const { page } = opened;
      expect(await cellText(page, "A1")).toBe("50.58%");
      expect(await sheetValues(page, "Sheet1", "A1:B1")).toEqual([[0.5058, 1.0116]]);
      await selectCell(page, "A1");
      expect(await page.getByTestId("cell-format").innerText()).toContain("0.00%");
    });

    it("inserts =AMC.PROFILE(...) as the short name with a card, and reads two fields through =cell.field", async () => {
      const { page, problems } = opened;
      expect(await cellText(page, "A2")).toBe("浙商资产");
      expect(await sheetValues(page, "Sheet1", "A2:C2")).toEqual([["浙商资产", "浙江省", 746.51]]);
      expect(await cellText(page, "C2")).toBe(fields.shownAssets);
      expect(problems.all()).toEqual([]);
    });

    it("opens the card on click: a dialog named by the company's full name, without accessibility violations", async () => {
      const { page } = opened;
      await page.locator('td[data-cell="A2"] .card-button').click();
      const dialog = page.getByRole("dialog", { name: "浙江省浙商资产管理有限公司" });
      await dialog.waitFor();
      expect(await dialog.innerText()).toContain("746.51");
      expect(await axeViolations(page, '[data-testid="entity-card"]')).toEqual([]);
      await screenshot(page, `data-types-card-${lang}-${theme}`);
      await page.keyboard.press("Escape");
      await dialog.waitFor({ state: "detached" });
      expect(await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe("grid");
    });

    it("opens the card from the keyboard: Ctrl+Shift+F5 on the cell, or the button under the formula bar", async () => {
      const { page } = opened;
      await selectCell(page, "A2");
      await page.keyboard.press("Control+Shift+F5");
      const dialog = page.getByRole("dialog", { name: "浙江省浙商资产管理有限公司" });
      await dialog.waitFor();
      expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/Close|关闭/);
      await page.keyboard.press("Escape");
      await dialog.waitFor({ state: "detached" });
      // What the cell and the line under the formula bar add for a card: named buttons, readable in both themes.
      expect(await axeViolations(page, '[data-testid="cell-format"]')).toEqual([]);
      expect(await axeViolations(page, 'td[data-cell="A2"]')).toEqual([]);
      await page
        .getByTestId("cell-format")
        .getByRole("button", { name: new RegExp(fields.show) })
        .click();
      await dialog.waitFor();
      await page.keyboard.press("Escape");
      await selectCell(page, "A1");
      expect(await cellText(page, "C5")).toBe("33.53%");
      expect(await cellText(page, "D5")).toBe("45.00 BP");
      await screenshot(page, `data-types-formats-${lang}-${theme}`);
    });

    it("shows every figure of a company with its period, an earlier one under its period, and what else the report says", async () => {
      const { page } = opened;
      await selectCell(page, "A10");
      await page.keyboard.press("Control+Shift+F5");
      const dialog = page.getByRole("dialog", { name: "国厚资产管理股份有限公司" });
      await dialog.waitFor();
      const text = await dialog.innerText();
      expect(text).toContain(lang === "zh-CN" ? "亏损额（2024年）" : "Loss (2024)");
      expect(text).toContain(lang === "zh-CN" ? "19.48 亿元" : "19.48 CNY 100m");
      expect(text).toMatch(lang === "zh-CN" ? /报告提及/ : /also in the report/i);
      await screenshot(page, `data-types-card-defaults-${lang}-${theme}`);
      await page.keyboard.press("Escape");
    });
  });

  describe("as Excel without data types", () => {
    let opened: OpenedPreview;

    beforeAll(async () => {
      opened = await openPreview(browser().context, { dataTypes: false });
    });

    afterAll(async () => {
      await opened.page.close();
    });

    it("shows the same formulas as plain values: the number unformatted, the short name without a card", async () => {
      const { page } = opened;
      await typeIntoCell(page, "A1", TOP5_SHARE);
      await typeIntoCell(page, "A2", '=AMC.PROFILE("浙商资产")');
      expect(await cellText(page, "A1")).toBe("0.5058");
      expect(await cellText(page, "A2")).toBe("浙商资产");
      expect(await page.locator('td[data-cell="A2"] .card-button').count()).toBe(0);
      expect(await page.getByTestId("data-types").innerText()).toMatch(/without data types/);
    });
  });
});
