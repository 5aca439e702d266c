/** The report model in the preview's workbook: sheets, input table, AMC.* formulas over the right columns, syncs. */
import { getDataset } from "../../src/data/index";

const getFigure = (key: string) => getDataset("figures").records.find((figure) => figure.id === key);
import { buildReportModel, type ReportModelProgress } from "../../src/excel/build-report-model";
import { EXAMPLE_COUNT, INPUT_ROWS } from "../../src/excel/report-model-plan";
import { translate } from "../../src/i18n/ui";
import { freshPreviewPerTest, lastRun, roundTrips } from "../support/preview-workbook";
import { rectOf, sheetNamed, type SheetView } from "../support/workbook-view";

const preview = freshPreviewPerTest();
const workbook = () => preview().workbook;
/** The round-trips of the last action. */
const lastTrips = () => lastRun(preview().log).roundTrips;
const sheetNames = () =>
  workbook()
    .sheets.list()
    .map((s) => s.name);
const inputTable = () => workbook().tables.list()[0];

/** Every cell of a sheet holding a formula, as [address-less position, formula]. */
function formulas(sheet: SheetView): { row: number; col: number; formula: string }[] {
  return [...sheet.cells()]
    .filter(([, cell]) => cell.formula !== "")
    .map(([key, cell]) => {
      const [row, col] = key.split(",").map(Number);
      return { row, col, formula: cell.formula };
    });
}

/** The header texts of the input table's columns a formula reads (`'Sheet'!$D$8:$D$67` → that column's header). */
function headersRead(formula: string, inputs: SheetView, headerRow: number): string[] {
  return [...formula.matchAll(/'((?:[^']|'')+)'!(\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?)/g)].map(
    ([, sheetName, address]) => {
      expect(sheetName.replace(/''/g, "'")).toBe(inputs.name);
      const block = rectOf(address);
      return String(inputs.cell(block.rowCount === 1 ? block.row : headerRow, block.column)?.value);
    },
  );
}

function metricFormula(metrics: SheetView, label: string): string {
  const row = [...metrics.cells()].find(([key, cell]) => key.endsWith(",0") && cell.value === label)?.[0];
  if (!row) throw new Error(`no metric ${label}`);
  return metrics.cell(Number(row.split(",")[0]), 1)!.formula;
}

describe("build the report model", () => {
  it("adds an input sheet and a metrics sheet in 2 syncs, reporting progress in order", async () => {
    const steps: ReportModelProgress[] = [];
    const result = await buildReportModel({ locale: "zh-CN", onProgress: (p) => steps.push(p) });
    expect(sheetNames()).toEqual(["Sheet1", "AMC模型-输入", "AMC模型-指标"]);
    expect(roundTrips(preview().log)).toHaveLength(2);
    expect(result).toMatchObject({ status: "built", inputTable: "AMC_ModelInputs" });
    expect(lastTrips()).toHaveLength(2);
    expect(steps.map((s) => s.step)).toEqual(["reading", "writing", "done"]);
    expect(steps.map((s) => s.completed)).toEqual([0, 1, 3]);
    expect(workbook().sheets.name(workbook().sheets.activeSheetId)).toBe("AMC模型-指标");
  });

  it("names its input table with a name the workbook does not define (a table's name is a defined name too)", async () => {
    workbook().names.add("AMC_ModelInputs", "=Sheet1!$A$1");
    const result = await buildReportModel({ locale: "en-US" });
    expect(result).toMatchObject({ status: "built", inputTable: "AMC_ModelInputs_2" });
    expect(lastTrips()).toHaveLength(2);
    expect(
      workbook()
        .tables.list()
        .map((t) => t.name),
    ).toEqual(["AMC_ModelInputs_2"]);
  });

  it("lays out the input table for two periods of every measure, with marked example rows", async () => {
    await buildReportModel({ locale: "en-US" });
    const inputs = sheetNamed(workbook(), "AMC Model Inputs");
    const table = workbook().tables.byName("AMC_ModelInputs")!.rect;
    expect(table).toMatchObject({ rowCount: 1 + INPUT_ROWS, columnCount: 16 });
    const header = Array.from({ length: 16 }, (_, c) => inputs.cell(table.row, c)?.value);
    expect(header.slice(1, 15)).toEqual(
      [
        "Total assets",
        "Net assets",
        "Total liabilities",
        "Total profit",
        "Net profit",
        "Cash and equivalents",
        "Short-term debt",
      ].flatMap((m) => [`${m} (prior)`, `${m} (current)`]),
    );
    for (let r = 1; r <= EXAMPLE_COUNT; r++) {
      expect(String(inputs.cell(table.row + r, 0)?.value)).toMatch(/^Example [A-F] \(replace\)$/);
      expect(inputs.cell(table.row + r, 15)?.value).toBe("Example: replace");
      expect(inputs.cell(table.row + r, 0)?.italic).toBe(true);
    }
    expect(inputs.cell(table.row + EXAMPLE_COUNT + 1, 0)?.value ?? "").toBe("");
    expect(workbook().sheets.frozenRows(inputs.id)).toBe(table.row + 1);
  });

  it.each(["zh-CN", "en-US"] as const)(
    "shows the company and the inputs side by side in a 1400-pixel window (%s): column A is not widened to the title",
    async (locale) => {
      await buildReportModel({ locale });
      const inputs = sheetNamed(workbook(), translate(locale, "model.sheet.inputs"));
      const table = workbook().tables.byName("AMC_ModelInputs")!.rect;
      const pixels = (col: number) => (workbook().formats.columnWidth(inputs.id, col) * 4) / 3;
      const measures = Array.from({ length: table.columnCount - 2 }, (_, i) => pixels(1 + i));
      // Excel's window, less its row headers and scroll bar.
      const grid = 1400 - 60;
      expect(pixels(0) + measures.reduce((sum, width) => sum + width, 0)).toBeLessThanOrEqual(grid);
      for (const width of measures) expect(width).toBeGreaterThanOrEqual(80);
      expect(inputs.cell(table.row, 1)?.wrapText).toBe(true);
      expect(inputs.cell(table.row + 1, 1)?.wrapText).not.toBe(true);
      // The title and the instructions overflow into the empty cells beside them.
      expect(String(inputs.cell(1, 0)?.value).length * 5).toBeGreaterThan(pixels(0));
      expect(inputs.cell(1, 1)).toBeUndefined();
    },
  );

  it("keeps the example rows consistent: liabilities = total assets − net assets", async () => {
    await buildReportModel({ locale: "en-US" });
    const inputs = sheetNamed(workbook(), "AMC Model Inputs");
    const table = inputTable().rect;
    for (let r = 1; r <= EXAMPLE_COUNT; r++) {
      const value = (col: number) => inputs.cell(table.row + r, col)!.value as number;
      expect(value(5)).toBeCloseTo(value(1) - value(3), 9);
      expect(value(6)).toBeCloseTo(value(2) - value(4), 9);
    }
  });

  it("computes each metric with its AMC function over the right columns of the input table", async () => {
    await buildReportModel({ locale: "en-US" });
    const inputs = sheetNamed(workbook(), "AMC Model Inputs");
    const metrics = sheetNamed(workbook(), "AMC Model Metrics");
    const headerRow = inputTable().rect.row;
    const read = (label: string) => headersRead(metricFormula(metrics, label), inputs, headerRow);
    const months = "6";
    expect(metricFormula(metrics, "Top-5 share of total assets (current)")).toMatch(/^=AMC\.TOP5SHARE\(/);
    expect(read("Top-5 share of total assets (current)")).toEqual(["Total assets (current)"]);
    expect(read("Top-5 share of net assets (current)")).toEqual(["Net assets (current)"]);
    expect(metricFormula(metrics, "Growth of total assets (current on prior)")).toMatch(/^=AMC\.GROWTHRATE\(/);
    expect(read("Growth of total assets (current on prior)")).toEqual([
      "Total assets (current)",
      "Total assets (prior)",
    ]);
    expect(read("Growth of net assets (current on prior)")).toEqual(["Net assets (current)", "Net assets (prior)"]);
    expect(metricFormula(metrics, "Return on average assets, annualised")).toMatch(/^=AMC\.ROA\(/);
    expect(read("Return on average assets, annualised")).toEqual([
      "Net profit (current)",
      "Total assets (prior)",
      "Total assets (current)",
      months,
    ]);
    expect(read("Return on average equity, annualised")).toEqual([
      "Net profit (current)",
      "Net assets (prior)",
      "Net assets (current)",
      months,
    ]);
    expect(read("Debt ratio (current)")).toEqual(["Total liabilities (current)", "Total assets (current)"]);
    expect(read("Cash / short-term debt (current)")).toEqual([
      "Cash and equivalents (current)",
      "Short-term debt (current)",
    ]);
    expect(metricFormula(metrics, "HHI of total assets (current)")).toMatch(/^=AMC\.HHI\(/);
    expect(read("HHI of total assets (current)")).toEqual(["Total assets (current)"]);
  });

  it("reads every input range over exactly the table's data rows", async () => {
    await buildReportModel({ locale: "en-US" });
    const table = inputTable().rect;
    const ranges = formulas(sheetNamed(workbook(), "AMC Model Metrics")).flatMap(({ formula }) =>
      [...formula.matchAll(/!(\$[A-Z]+\$\d+:\$[A-Z]+\$\d+)/g)].map((m) => rectOf(m[1])),
    );
    expect(ranges.length).toBeGreaterThan(10);
    ranges.forEach((block) =>
      expect(block).toMatchObject({ row: table.row + 1, rowCount: INPUT_ROWS, columnCount: 1 }),
    );
  });

  it("sets each report figure beside its metric with AMC.FIGURE, for figures the bundled data holds", async () => {
    await buildReportModel({ locale: "en-US" });
    const metrics = sheetNamed(workbook(), "AMC Model Metrics");
    const figureCalls = formulas(metrics).filter(({ formula }) => formula.startsWith("=AMC.FIGURE("));
    expect(figureCalls.length).toBeGreaterThanOrEqual(9);
    for (const { row, col, formula } of figureCalls) {
      const [, metric, entity, period] = /^=AMC\.FIGURE\("([^"]+)","([^"]+)","([^"]+)"\)$/.exec(formula)!;
      const figure = getFigure(`${metric}|${entity}|${period}`);
      expect(figure).toBeDefined();
      expect(metrics.cell(row, col)?.numberFormat).toBe(figure!.unit === "%" ? "0.00%" : "0");
      expect(metrics.cell(row, col + 1)?.formula).toBe(`=B${row + 1}-C${row + 1}`);
    }
  });

  it("marks the metrics whose figure the report's text does not print", async () => {
    await buildReportModel({ locale: "zh-CN" });
    const metrics = sheetNamed(workbook(), "AMC模型-指标");
    const row = Number([...metrics.cells()].find(([, c]) => c.value === "资产总额HHI（本期）")![0].split(",")[0]);
    expect(metrics.cell(row, 2)?.value).toBe("—");
    expect(metrics.cell(row, 3)?.value ?? "").toBe("");
    expect(String(metrics.cell(row, 4)?.value)).toContain("HHI");
  });

  it("compares the size buckets above each printed threshold with the figure for that threshold", async () => {
    await buildReportModel({ locale: "en-US" });
    const metrics = sheetNamed(workbook(), "AMC Model Metrics");
    const spills = formulas(metrics).filter(({ formula }) => formula.startsWith("=AMC.DISTRIBUTION("));
    expect(spills).toHaveLength(2);
    for (const spill of spills) {
      const bounds = rectOf(/,(\$[A-Z]+\$\d+:\$[A-Z]+\$\d+),TRUE\)$/.exec(spill.formula)![1]);
      const thresholds = Array.from(
        { length: bounds.columnCount },
        (_, c) => metrics.cell(bounds.row, bounds.column + c)!.value,
      );
      // The spill: a header row, then bucket k (k = 0 … bounds) in row spill.row + 1 + k, counts in column B.
      const bucketRow = (k: number) => spill.row + 1 + k;
      thresholds.forEach((threshold, i) => {
        const comparison = formulas(metrics).find(
          ({ formula, col }) =>
            col === 2 && formula.startsWith("=AMC.FIGURE(") && formula.includes(`_over_${threshold}"`),
        );
        expect(comparison).toBeDefined();
        expect(metrics.cell(comparison!.row, 1)?.formula).toBe(
          `=SUM(B${bucketRow(i + 1) + 1}:B${bucketRow(bounds.columnCount) + 1})`,
        );
      });
    }
  });

  it("leaves the spill areas of the distributions to the arrays, which spill over them", async () => {
    await buildReportModel({ locale: "en-US" });
    const metrics = sheetNamed(workbook(), "AMC Model Metrics");
    const spills = formulas(metrics).filter(({ formula }) => formula.startsWith("=AMC.DISTRIBUTION("));
    expect(spills).toHaveLength(2);
    for (const spill of spills) {
      const boundCount = rectOf(/,(\$[A-Z]+\$\d+:\$[A-Z]+\$\d+),TRUE\)$/.exec(spill.formula)![1]).columnCount;
      expect(metrics.cell(spill.row, spill.col)).toMatchObject({
        spilled: true,
        value: expect.not.stringMatching(/^#/),
      });
      for (let r = 0; r < 1 + boundCount + 1; r++) {
        for (let c = 0; c < 3; c++) {
          if (r === 0 && c === 0) continue;
          // Nothing of the model's own: each cell holds what the spill put there.
          expect(metrics.cell(spill.row + r, spill.col + c)).toMatchObject({ formula: "", spilled: true });
        }
      }
    }
  });

  it("builds a second model beside the first with new names, its formulas reading its own inputs", async () => {
    await buildReportModel({ locale: "en-US" });
    const second = await buildReportModel({ locale: "en-US" });
    expect(second).toMatchObject({
      inputSheet: "AMC Model Inputs (2)",
      metricsSheet: "AMC Model Metrics (2)",
      inputTable: "AMC_ModelInputs_2",
    });
    const metrics = sheetNamed(workbook(), "AMC Model Metrics (2)");
    expect(metricFormula(metrics, "Debt ratio (current)")).toContain("'AMC Model Inputs (2)'!");
  });

  it("writes the sheet names in the pane's language", async () => {
    await buildReportModel({ locale: "zh-CN" });
    expect(sheetNames().slice(1)).toEqual([
      translate("zh-CN", "model.sheet.inputs"),
      translate("zh-CN", "model.sheet.metrics"),
    ]);
  });
});
