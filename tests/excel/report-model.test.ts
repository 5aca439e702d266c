/** The report model in an in-memory workbook: sheets, input table, AMC.* formulas over the right columns, syncs. */
import { getDataset } from "../../src/data/index";

const getFigure = (key: string) => getDataset("figures").records.find((figure) => figure.id === key);
import { buildReportModel, type ReportModelProgress } from "../../src/excel/build-report-model";
import { EXAMPLE_COUNT, INPUT_ROWS } from "../../src/excel/report-model-plan";
import { translate } from "../../src/i18n/ui";
import { freshWorkbookPerTest, parseBlock, type FakeSheet } from "../support/fake-excel";

const wb = freshWorkbookPerTest();

/** Every cell of a sheet holding a formula, as [address-less position, formula]. */
function formulas(sheet: FakeSheet): { row: number; col: number; formula: string }[] {
  return [...sheet.cells]
    .filter(([, cell]) => cell.formula !== "")
    .map(([key, cell]) => {
      const [row, col] = key.split(",").map(Number);
      return { row, col, formula: cell.formula };
    });
}

/** The header texts of the input table's columns a formula reads (`'Sheet'!$D$8:$D$67` → that column's header). */
function headersRead(formula: string, inputs: FakeSheet, headerRow: number): string[] {
  return [...formula.matchAll(/'((?:[^']|'')+)'!(\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?)/g)].map(
    ([, sheetName, address]) => {
      expect(sheetName.replace(/''/g, "'")).toBe(inputs.name);
      const block = parseBlock(address.replace(/\$/g, ""));
      return String(inputs.cell(block.rows === 1 ? block.row : headerRow, block.col)?.value);
    },
  );
}

function metricFormula(metrics: FakeSheet, label: string): string {
  const row = [...metrics.cells].find(([key, cell]) => key.endsWith(",0") && cell.value === label)?.[0];
  if (!row) throw new Error(`no metric ${label}`);
  return metrics.cell(Number(row.split(",")[0]), 1)!.formula;
}

describe("build the report model", () => {
  it("adds an input sheet and a metrics sheet in 2 syncs, reporting progress in order", async () => {
    const steps: ReportModelProgress[] = [];
    const result = await buildReportModel({ locale: "zh-CN", onProgress: (p) => steps.push(p) });
    expect(wb().sheets.map((s) => s.name)).toEqual(["Sheet1", "AMC模型-输入", "AMC模型-指标"]);
    expect(wb().syncs).toHaveLength(2);
    expect(result).toMatchObject({ status: "built", inputTable: "AMC_ModelInputs", syncs: 2 });
    expect(steps.map((s) => s.step)).toEqual(["reading", "writing", "done"]);
    expect(steps.map((s) => s.completed)).toEqual([0, 1, 3]);
    expect(wb().active.name).toBe("AMC模型-指标");
  });

  it("names its input table with a name the workbook does not define (a table's name is a defined name too)", async () => {
    wb().definedNames.push("AMC_ModelInputs");
    const result = await buildReportModel({ locale: "en-US" });
    expect(result).toMatchObject({ status: "built", inputTable: "AMC_ModelInputs_2", syncs: 2 });
    expect(wb().tables.map((t) => t.name)).toEqual(["AMC_ModelInputs_2"]);
  });

  it("lays out the input table for two periods of every measure, with marked example rows", async () => {
    await buildReportModel({ locale: "en-US" });
    const inputs = wb().sheet("AMC Model Inputs");
    const table = wb().tables.find((t) => t.name === "AMC_ModelInputs")!;
    expect(table).toMatchObject({ rows: 1 + INPUT_ROWS, cols: 16 });
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
    expect(inputs.frozenRows).toBe(table.row + 1);
  });

  it("keeps the example rows consistent: liabilities = total assets − net assets", async () => {
    await buildReportModel({ locale: "en-US" });
    const inputs = wb().sheet("AMC Model Inputs");
    const table = wb().tables[0];
    for (let r = 1; r <= EXAMPLE_COUNT; r++) {
      const value = (col: number) => inputs.cell(table.row + r, col)!.value as number;
      expect(value(5)).toBeCloseTo(value(1) - value(3), 9);
      expect(value(6)).toBeCloseTo(value(2) - value(4), 9);
    }
  });

  it("computes each metric with its AMC function over the right columns of the input table", async () => {
    await buildReportModel({ locale: "en-US" });
    const inputs = wb().sheet("AMC Model Inputs");
    const metrics = wb().sheet("AMC Model Metrics");
    const headerRow = wb().tables[0].row;
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
    const table = wb().tables[0];
    const ranges = formulas(wb().sheet("AMC Model Metrics")).flatMap(({ formula }) =>
      [...formula.matchAll(/!(\$[A-Z]+\$\d+:\$[A-Z]+\$\d+)/g)].map((m) => parseBlock(m[1].replace(/\$/g, ""))),
    );
    expect(ranges.length).toBeGreaterThan(10);
    ranges.forEach((block) => expect(block).toMatchObject({ row: table.row + 1, rows: INPUT_ROWS, cols: 1 }));
  });

  it("sets each report figure beside its metric with AMC.FIGURE, for figures the bundled data holds", async () => {
    await buildReportModel({ locale: "en-US" });
    const metrics = wb().sheet("AMC Model Metrics");
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
    const metrics = wb().sheet("AMC模型-指标");
    const row = Number([...metrics.cells].find(([, c]) => c.value === "资产总额HHI（本期）")![0].split(",")[0]);
    expect(metrics.cell(row, 2)?.value).toBe("—");
    expect(metrics.cell(row, 3)?.value ?? "").toBe("");
    expect(String(metrics.cell(row, 4)?.value)).toContain("HHI");
  });

  it("compares the size buckets above each printed threshold with the figure for that threshold", async () => {
    await buildReportModel({ locale: "en-US" });
    const metrics = wb().sheet("AMC Model Metrics");
    const spills = formulas(metrics).filter(({ formula }) => formula.startsWith("=AMC.DISTRIBUTION("));
    expect(spills).toHaveLength(2);
    for (const spill of spills) {
      const bounds = parseBlock(/,(\$[A-Z]+\$\d+:\$[A-Z]+\$\d+),TRUE\)$/.exec(spill.formula)![1].replace(/\$/g, ""));
      const thresholds = Array.from({ length: bounds.cols }, (_, c) => metrics.cell(bounds.row, bounds.col + c)!.value);
      // The spill: a header row, then bucket k (k = 0 … bounds) in row spill.row + 1 + k, counts in column B.
      const bucketRow = (k: number) => spill.row + 1 + k;
      thresholds.forEach((threshold, i) => {
        const comparison = formulas(metrics).find(
          ({ formula, col }) =>
            col === 2 && formula.startsWith("=AMC.FIGURE(") && formula.includes(`_over_${threshold}"`),
        );
        expect(comparison).toBeDefined();
        expect(metrics.cell(comparison!.row, 1)?.formula).toBe(
          `=SUM(B${bucketRow(i + 1) + 1}:B${bucketRow(bounds.cols) + 1})`,
        );
      });
    }
  });

  it("leaves the spill areas of the distributions empty so the arrays can spill", async () => {
    await buildReportModel({ locale: "en-US" });
    const metrics = wb().sheet("AMC Model Metrics");
    for (const spill of formulas(metrics).filter(({ formula }) => formula.startsWith("=AMC.DISTRIBUTION("))) {
      const boundCount = parseBlock(
        /,(\$[A-Z]+\$\d+:\$[A-Z]+\$\d+),TRUE\)$/.exec(spill.formula)![1].replace(/\$/g, ""),
      ).cols;
      for (let r = 0; r < 1 + boundCount + 1; r++) {
        for (let c = 0; c < 3; c++) {
          if (r === 0 && c === 0) continue;
          const cell = metrics.cell(spill.row + r, spill.col + c);
          expect(cell?.value ?? "").toBe("");
          expect(cell?.formula ?? "").toBe("");
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
    const metrics = wb().sheet("AMC Model Metrics (2)");
    expect(metricFormula(metrics, "Debt ratio (current)")).toContain("'AMC Model Inputs (2)'!");
  });

  it("writes the sheet names in the pane's language", async () => {
    await buildReportModel({ locale: "zh-CN" });
    expect(
      wb()
        .sheets.map((s) => s.name)
        .slice(1),
    ).toEqual([translate("zh-CN", "model.sheet.inputs"), translate("zh-CN", "model.sheet.metrics")]);
  });
});
