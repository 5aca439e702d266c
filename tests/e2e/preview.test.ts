/**
 * The preview workbench in Chromium, end to end: the grid and the real task pane, AMC.* formulas typed by hand
 * over inserted data (checked against their native Excel equivalents and against the functions themselves, shown
 * under their results' formats: the preview is an Excel with data types),
 * errors with their messages, spills, the pane's actions, and screenshots in both languages and both themes.
 */
import fs from "fs";
import { chromiumForSuite } from "../support/browser";
import { builtMetadata, describeInBrowser, E2E } from "./environment";
import {
  activateSheet,
  cellText,
  excelRuns,
  sheetTab,
  cellTooltip,
  insertSheet,
  numberFormats,
  openPreview,
  screenshot,
  selectCell,
  setNumberFormats,
  sheetFormulas,
  sheetValues,
  typeIntoCell,
  writeFormulas,
  type OpenedPreview,
} from "./preview-page";
import type { CustomFunctionMetadata } from "../../src/preview/hyperformula-bridge";
import type { PreviewWorkbook } from "../../src/preview/workbook/workbook";
import { cellAddress, columnLetters } from "../../src/excel-rules/a1";
import { formatCellValue } from "../../src/excel-rules/number-format";
import type { FunctionId } from "../../src/functions/declarations";
import { resultNumberFormat } from "../../src/functions/result-number-format";
import { basicValue } from "../support/data-types";

jest.setTimeout(120_000);

const metadata = builtMetadata(E2E.devDir);
const DATA_ROWS = 25;

/** Deterministic positive amounts with blanks (and, when asked, text) mixed in, like an analyst's column. */
function generatedColumn(seed: number, withText = false): (number | string | null)[] {
  let state = seed;
  return Array.from({ length: DATA_ROWS }, (_, i) => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    if (i % 9 === 4) return null;
    if (withText && i % 13 === 7) return "n/a";
    return Math.round((state / 2 ** 31) * 1e6) / 100 + 1;
  });
}

type Described = CustomFunctionMetadata & { description?: string };

/**
 * The Excel formula a scalar function's description says it equals ("… ≡ SUM(a)-SUM(b)."), when it is a plain
 * formula over the function's required range parameters only; prose after it (";", " over ", ", ") is dropped.
 */
function nativeEquivalent(fn: Described): string | undefined {
  const text = /≡\s*(.+)$/.exec(fn.description ?? "")?.[1];
  if (!text || fn.result?.dimensionality === "matrix") return undefined;
  const formula = text
    .split(/;|\s+over\s+|,\s+(?=[a-z])|\s+and\s+/)[0]
    .trim()
    .replace(/[.。]$/, "");
  if (!/^[\w().,+\-*/^ ]+$/.test(formula)) return undefined;
  const ranges = new Set(
    (fn.parameters ?? []).filter((p) => p.dimensionality === "matrix" && !p.optional).map((p) => p.name),
  );
  const identifiers = formula.match(/\b[a-z_][a-z0-9_]*\b/g) ?? [];
  return identifiers.length > 0 && identifiers.every((name) => ranges.has(name)) ? formula : undefined;
}

/** =AMC.F(ranges…) and its native equivalent over the same ranges. */
function formulaPair(fn: Described, ranges: string[]) {
  const params = fn.parameters!.filter((p) => !p.optional);
  let native = nativeEquivalent(fn)!;
  params.forEach((param, i) => {
    native = native.replace(new RegExp(`(?<![\\w.])${param.name}(?![\\w(])`, "g"), ranges[i]);
  });
  return { amc: `=AMC.${fn.name}(${ranges.join(",")})`, native: `=${native}` };
}

describeInBrowser("the preview workbench", () => {
  const browser = chromiumForSuite();

  describe("with data typed and inserted by hand", () => {
    let opened: OpenedPreview;

    beforeAll(async () => {
      opened = await openPreview(browser().context);
    });

    afterAll(async () => {
      await opened.page.close();
    });

    it("opens with the grid, the sheet tabs and the real task pane, every AMC function registered, no error", async () => {
      const { page, problems } = opened;
      await sheetTab(page, "Sheet1").waitFor();
      await page.getByTestId("task-pane").waitFor();
      expect(await page.getByTestId("task-pane").innerText()).toMatch(/\S/);
      const registered = await page.evaluate(() => {
        const preview = (window as unknown as { amcPreview: { plugin: { names: string[]; unassociated: string[] } } })
          .amcPreview;
        return { names: preview.plugin.names, unassociated: preview.plugin.unassociated };
      });
      expect(registered.unassociated).toEqual([]);
      expect(registered.names.sort()).toEqual(metadata.functions.map((fn) => `AMC.${fn.id}`).sort());
      expect(problems.all()).toEqual([]);
    });

    it("computes AMC.* formulas typed over inserted data exactly as their native Excel equivalents", async () => {
      const { page, problems } = opened;
      const comparable = metadata.functions.filter(
        (fn) =>
          nativeEquivalent(fn) && (fn.parameters ?? []).every((p) => p.dimensionality === "matrix" && !p.optional),
      );
      expect(comparable.length).toBeGreaterThan(0);
      const width = Math.max(...comparable.map((fn) => fn.parameters!.length));
      const columns = Array.from({ length: width }, (_, i) => generatedColumn(17 + i * 31));
      const header = columns.map((_, i) => `x${i + 1}`);
      await insertSheet(page, "Data", [
        header,
        ...Array.from({ length: DATA_ROWS }, (_, r) => columns.map((column) => column[r])),
      ]);

      const resultColumn = width + 1;
      for (const [row, fn] of comparable.entries()) {
        const required = fn.parameters!.filter((p) => !p.optional);
        const ranges = required.map((_, i) => `${columnLetters(i)}2:${columnLetters(i)}${DATA_ROWS + 1}`);
        const { amc, native } = formulaPair(fn, ranges);
        await typeIntoCell(page, cellAddress(row, resultColumn), amc);
        await typeIntoCell(page, cellAddress(row, resultColumn + 1), native);
      }
      const values = await sheetValues(
        page,
        "Data",
        `${cellAddress(0, resultColumn)}:${cellAddress(comparable.length - 1, resultColumn + 1)}`,
      );
      comparable.forEach((fn, row) => {
        const [ours, excel] = values[row];
        expect({ fn: fn.id, ours: typeof ours, excel: typeof excel }).toEqual({
          fn: fn.id,
          ours: "number",
          excel: "number",
        });
        expect(ours as number).toBeCloseTo(excel as number, 9);
      });
      // Our cell reads as the native one's value under our result's format (data types: the value carries it).
      for (const [row, fn] of comparable.entries()) {
        const format = resultNumberFormat(fn.id as FunctionId) as string;
        expect(await cellText(page, cellAddress(row, resultColumn))).toBe(
          formatCellValue(values[row][1] as number, format),
        );
      }
      console.log(`preview: ${comparable.map((fn) => fn.id).join(", ")} typed and equal to their native formulas`);
      await screenshot(page, "workbench-formulas");
      expect(problems.all()).toEqual([]);
    });

    it("shows a bad argument's Excel error in the cell, its message as the tooltip and under the formula bar", async () => {
      const { page } = opened;
      await insertSheet(page, "Bad", [["text"], ["n/a"], ["none"]]);
      const outcomes: {
        id: string;
        shown: string;
        tooltip: string;
        status: string;
        thrown: { code?: string; message?: string };
      }[] = [];
      for (const [row, fn] of metadata.functions.entries()) {
        const required = (fn.parameters ?? []).filter((p) => !p.optional);
        const args = required.map((p) => (p.dimensionality === "matrix" ? "A1:A3" : '"x"'));
        const address = cellAddress(row, 2);
        await typeIntoCell(page, address, `=AMC.${fn.name}(${args.join(",")})`);
        await page.locator(`td[data-cell="${address}"]`).click();
        const thrown = await page.evaluate(
          ([id, shapes]) => {
            const preview = (
              window as unknown as {
                amcPreview: { customFunctions: { registry: Map<string, (...a: unknown[]) => unknown> } };
              }
            ).amcPreview;
            const text = [["text"], ["n/a"], ["none"]];
            try {
              preview.customFunctions.registry.get(id)!(...shapes.map((shape) => (shape === "matrix" ? text : "x")));
              return {};
            } catch (error) {
              return { code: (error as { code?: string }).code, message: (error as Error).message };
            }
          },
          [fn.id, required.map((p) => p.dimensionality ?? "scalar")] as const,
        );
        outcomes.push({
          id: fn.id,
          shown: await cellText(page, address),
          tooltip: await cellTooltip(page, address),
          status: await page.getByTestId("cell-error").innerText(),
          thrown,
        });
      }
      const errors = outcomes.filter((outcome) => outcome.thrown.code);
      expect(errors.length).toBeGreaterThan(0);
      for (const outcome of errors) {
        expect(outcome.shown).toBe(outcome.thrown.code);
        expect(outcome.tooltip).toBe(`${outcome.thrown.code} ${outcome.thrown.message ?? ""}`.trim());
        expect(outcome.status).toBe(outcome.tooltip);
        if (/^#(VALUE!|N\/A)$/.test(outcome.thrown.code!)) expect(outcome.thrown.message).toMatch(/\S/);
      }
      console.log(`preview: bad arguments → ${errors.map((e) => `${e.id} ${e.tooltip}`).join("; ")}`);
    });

    it("spills =AMC.ROSTER() over exactly the array the function returns", async () => {
      const { page } = opened;
      await insertSheet(page, "Spill", [[""]]);
      await typeIntoCell(page, "B2", "=AMC.ROSTER()");
      const expected = await page.evaluate(() => {
        const preview = (
          window as unknown as { amcPreview: { customFunctions: { registry: Map<string, () => unknown[][]> } } }
        ).amcPreview;
        return preview.customFunctions.registry.get("ROSTER")!();
      });
      const rows = expected.length;
      const columns = expected[0].length;
      const shown = await sheetValues(page, "Spill", `B2:${cellAddress(rows + 1, columns + 1)}`);
      expect(shown.slice(0, rows).map((row) => row.slice(0, columns))).toEqual(
        (basicValue(expected) as unknown[][]).map((row) => row.map((cell) => (cell === null ? "" : cell))),
      );
      expect(shown[rows].every((cell) => cell === "")).toBe(true);
      expect(shown.every((row) => row[columns] === "")).toBe(true);
    });

    it("spills =AMC.TOPN(B2:B26,A2:A26) over exactly the array the function returns, and resizes with its data", async () => {
      const { page } = opened;
      const values = generatedColumn(5).map((v) => (typeof v === "number" ? v : 1));
      await insertSheet(page, "Top", [["name", "value"], ...values.map((v, i) => [`公司${i + 1}`, v])]);
      await typeIntoCell(page, "D2", "=AMC.TOPN(B2:B26,A2:A26)");
      const direct = await page.evaluate(
        ([numbers]) => {
          const preview = (
            window as unknown as {
              amcPreview: { customFunctions: { registry: Map<string, (...a: unknown[]) => unknown[][]> } };
            }
          ).amcPreview;
          return preview.customFunctions.registry.get("TOPN")!(
            numbers.map((n) => [n]),
            numbers.map((_, i) => [`公司${i + 1}`]),
            null,
          );
        },
        [values] as const,
      );
      const shown = await sheetValues(page, "Top", `D2:${cellAddress(direct.length + 1, 3 + direct[0].length)}`);
      expect(shown.slice(0, direct.length).map((row) => row.slice(0, direct[0].length))).toEqual(basicValue(direct));
      expect(shown[direct.length].every((cell) => cell === "")).toBe(true);
    });
  });

  describe("with the task pane's actions", () => {
    let opened: OpenedPreview;

    beforeAll(async () => {
      opened = await openPreview(browser().context, { lang: "en-US" });
    });

    afterAll(async () => {
      await opened?.page.close();
    });

    it("inserts the roster from the pane: 58 rows in a new sheet, in 1 round-trip", async () => {
      const { page, problems } = opened;
      const pane = page.getByTestId("task-pane");
      const runsBefore = (await excelRuns(page)).length;
      await pane.getByRole("searchbox").fill("roster");
      await pane.getByRole("button", { name: /Roster of local AMCs/ }).click();
      await pane.getByRole("button", { name: "Insert table", exact: true }).click();
      await page.waitForFunction(
        (count) => (window as unknown as { amcRoundTrips: { runs: unknown[] } }).amcRoundTrips.runs.length > count,
        runsBefore,
      );
      await pane.getByText(/Inserted 58 rows/).waitFor();
      const inserted = await page.evaluate(() => {
        const { workbook } = (window as unknown as { amcPreview: { workbook: PreviewWorkbook } }).amcPreview;
        const table = workbook.tables.list().find((candidate) => candidate.sheetId === workbook.sheets.activeSheetId);
        return {
          sheet: workbook.sheets.name(workbook.sheets.activeSheetId),
          tableRows: table ? table.rect.rowCount - 1 : 0,
        };
      });
      expect(inserted.sheet).not.toBe("Sheet1");
      expect(inserted.tableRows).toBe(58);
      await sheetTab(page, inserted.sheet).waitFor();
      const names = await sheetValues(page, inserted.sheet, "B2:B59");
      expect(names.filter((row) => typeof row[0] === "string" && row[0] !== "")).toHaveLength(58);
      const run = (await excelRuns(page)).at(-1)!;
      expect(run.error).toBeUndefined();
      // The pane read the sheet and table names when it opened: the insert is one batch.
      expect(run.roundTrips).toHaveLength(1);
      await screenshot(page, "workbench-roster");
      expect(problems.all()).toEqual([]);
    });

    it("builds the report model in 1 round-trip, and its AMC.* cells compute", async () => {
      const { page, problems } = opened;
      const pane = page.getByTestId("task-pane");
      await pane.getByRole("tab", { name: "Model" }).click();
      await pane.getByRole("button", { name: "Build the model" }).click();
      await sheetTab(page, "AMC Model Metrics").waitFor();
      await sheetTab(page, "AMC Model Inputs").waitFor();
      const cells = await page.evaluate(() => {
        const preview = (window as unknown as { amcPreview: { workbook: PreviewWorkbook } }).amcPreview;
        const found: { sheet: string; formula: string; text: string; error?: string }[] = [];
        for (const sheet of preview.workbook.sheets.list()) {
          const used = preview.workbook.usedRect(sheet.id, true);
          if (!used) continue;
          for (let r = used.row; r < used.row + used.rowCount; r += 1) {
            for (let c = used.column; c < used.column + used.columnCount; c += 1) {
              const view = preview.workbook.cellView(sheet.id, r, c);
              if (view.formula?.includes("AMC.")) {
                found.push({
                  sheet: sheet.name,
                  formula: view.formula,
                  text: view.text,
                  error: view.error && `${view.error.code} ${view.error.message}`,
                });
              }
            }
          }
        }
        return found;
      });
      expect(cells.length).toBeGreaterThan(5);
      expect(cells.filter((cell) => cell.error)).toEqual([]);
      const run = (await excelRuns(page)).at(-1)!;
      expect(run.error).toBeUndefined();
      expect(run.roundTrips).toHaveLength(1);
      console.log(
        `preview: report model built, ${cells.length} AMC.* cells computed, ${run.roundTrips.length} round-trips`,
      );
      await screenshot(page, "workbench-report-model");
      expect(problems.all()).toEqual([]);
    });

    it("switches the pane to Chinese", async () => {
      const { page } = opened;
      const pane = page.getByTestId("task-pane");
      await pane.getByRole("button", { name: /Language: English/ }).click();
      await page.getByRole("menuitemradio", { name: "中文" }).click();
      for (const tab of ["数据", "函数", "模型"]) await pane.getByRole("tab", { name: tab }).waitFor();
      expect(await pane.innerText()).not.toMatch(/Search datasets|Insert table|Build the model|Language/);
    });
  });

  describe("with a cell that only carries a number format", () => {
    let opened: OpenedPreview;

    beforeAll(async () => {
      opened = await openPreview(browser().context, { lang: "en-US" });
    });

    afterAll(async () => {
      await opened?.page.close();
    });

    it("asks instead of inserting at the selection over it, says why, and leaves it as it was", async () => {
      const { page, problems } = opened;
      const pane = page.getByTestId("task-pane");
      await pane.waitFor();
      await setNumberFormats(page, "Sheet1", "C4", [["0.00%"]]);
      await selectCell(page, "B2");
      await pane.getByRole("searchbox").fill("roster");
      await pane.getByRole("button", { name: /Roster of local AMCs/ }).click();
      await pane.getByRole("radio", { name: /At the selected cell/ }).click();
      const runsBefore = (await excelRuns(page)).length;
      await pane.getByRole("button", { name: "Insert table", exact: true }).click();
      const dialog = page.getByRole("alertdialog");
      await dialog.getByText(/C4 has a number format/).waitFor();
      // The screenshot once the dialog has faded in.
      await page.waitForFunction(
        () => getComputedStyle(document.querySelector('[role="alertdialog"]')!).opacity === "1",
      );
      await screenshot(page, "workbench-occupied");
      const runs = await excelRuns(page);
      expect(runs).toHaveLength(runsBefore + 1);
      expect(runs.at(-1)!.roundTrips).toHaveLength(1);
      await dialog.getByRole("button", { name: "Cancel" }).click();
      await dialog.waitFor({ state: "detached" });
      expect(await numberFormats(page, "Sheet1", "C4")).toEqual([["0.00%"]]);
      expect(await sheetValues(page, "Sheet1", "B2:C4")).toEqual([
        ["", ""],
        ["", ""],
        ["", ""],
      ]);
      const tables = await page.evaluate(
        () =>
          (window as unknown as { amcPreview: { workbook: PreviewWorkbook } }).amcPreview.workbook.tables.list().length,
      );
      expect(tables).toBe(0);
      expect(problems.all()).toEqual([]);
    });
  });

  describe("with AMC formulas entered before the add-in loaded (#NAME?)", () => {
    let opened: OpenedPreview;

    beforeAll(async () => {
      opened = await openPreview(browser().context, { lang: "en-US" });
    });

    afterAll(async () => {
      await opened?.page.close();
    });

    const GRID = [
      ["Assets", "AMC", "Look-alike", "Other"],
      [500, "=AMC.TOP5SHARE(A2:A6)", '="AMC.TOP5SHARE(A2:A6)"', "=SUM(A2:A6)"],
      [300, "=AMC.HHI(A2:A6)", "'=AMC.HHI(A2:A6)", "=FOO(1)"],
      [200, '=AMC.FIGURE("net_financing","industry","2024")', "text", 42],
      [100, "=AMC.AMCCOUNT()", "", ""],
      [50, "", "", ""],
    ];
    const AMC_CELLS = ["B2", "B3", "B4", "B5"];

    it("offers the repair when the pane opens on #NAME? cells, and the repair brings them back unchanged", async () => {
      const { page, problems } = opened;
      await page.getByTestId("task-pane").waitFor();
      await writeFormulas(page, "Sheet1", "A1:D6", GRID);
      const computed = await Promise.all(AMC_CELLS.map((address) => cellText(page, address)));
      const others = await Promise.all(["C2", "C3", "D2", "D3", "D4"].map((address) => cellText(page, address)));
      const formulas = await sheetFormulas(page, "Sheet1", "A1:D6");
      expect(computed.filter((text) => /^#/.test(text))).toEqual([]);

      // Excel's state after reopening the workbook before the add-in loaded; the pane opens anew and checks.
      const marked = await page.evaluate(() =>
        (
          window as unknown as { amcPreview: { simulateUnregisteredFunctions(): number } }
        ).amcPreview.simulateUnregisteredFunctions(),
      );
      expect(marked).toBe(AMC_CELLS.length);
      for (const address of AMC_CELLS) expect(await cellText(page, address)).toBe("#NAME?");
      const pane = page.getByTestId("task-pane");
      await pane.getByText("4 cells with AMC.* formulas show #NAME? (Sheet1 (4))", { exact: false }).waitFor();
      await screenshot(page, "workbench-repair-offer");

      await pane.getByRole("button", { name: "Repair now" }).click();
      await pane.getByText("Re-entered 4 AMC formulas: Sheet1 (4).").waitFor();
      const repair = (await excelRuns(page)).at(-1)!; // before this test's own reads through Excel.run
      expect(await Promise.all(AMC_CELLS.map((address) => cellText(page, address)))).toEqual(computed);
      expect(await Promise.all(["C2", "C3", "D2", "D3", "D4"].map((address) => cellText(page, address)))).toEqual(
        others,
      );
      expect(await sheetFormulas(page, "Sheet1", "A1:D6")).toEqual(formulas);
      expect(repair.error).toBeUndefined();
      // The pane's check at open read the sheets; the repair reads every used range once and writes once.
      expect(repair.roundTrips).toHaveLength(2);
      console.log(`preview: ${marked} AMC.* cells at #NAME? repaired in ${repair.roundTrips.length} round-trips`);
      await screenshot(page, "workbench-repaired");
      expect(problems.all()).toEqual([]);
    });
  });

  describe("screenshots (test-output/screenshots/)", () => {
    const variants = [
      { lang: "zh-CN", theme: "light" },
      { lang: "zh-CN", theme: "dark" },
      { lang: "en-US", theme: "light" },
      { lang: "en-US", theme: "dark" },
    ] as const;

    it.each(variants)("saves the pane in $lang, $theme", async ({ lang, theme }) => {
      const { page, problems } = await openPreview(browser().context, { lang, theme });
      await page.getByTestId("task-pane").waitFor();
      const file = await screenshot(page, `pane-${lang}-${theme}`, '[data-testid="task-pane"]');
      expect(fs.statSync(file).size).toBeGreaterThan(1000);
      const pane = page.getByTestId("task-pane");
      await pane.getByRole("tab", { name: lang === "zh-CN" ? "工作簿" : "Workbook" }).click();
      await pane.getByRole("checkbox").first().waitFor();
      await screenshot(page, `pane-workbook-${lang}-${theme}`, '[data-testid="task-pane"]');
      if (lang === "zh-CN") await screenshot(page, `workbench-${theme}`);
      expect(problems.all()).toEqual([]);
      await page.close();
    });

    it("renders the pane itself dark in the dark Office theme and in Chinese for zh-CN", async () => {
      const { page } = await openPreview(browser().context, { lang: "zh-CN", theme: "dark" });
      const background = await page.evaluate(() => {
        const pane = document.querySelector('[data-testid="task-pane"] .pane-body > *') as HTMLElement;
        const [r, g, b] = getComputedStyle(pane).backgroundColor.match(/\d+/g)!.map(Number);
        return (r + g + b) / 3;
      });
      expect(background).toBeLessThan(80);
      expect(await page.getByTestId("task-pane").innerText()).toMatch(/[\u4e00-\u9fff]{4,}/);
      await activateSheet(page, "Sheet1");
      await page.close();
    });
  });
});
