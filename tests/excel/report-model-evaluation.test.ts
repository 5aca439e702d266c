/**
 * The report model computes what it says: its AMC.* formulas, evaluated by calling the functions Excel registers
 * (src/functions through CustomFunctions.associate) on the ranges the formulas name in the written workbook, give
 * the metrics computed here by hand from the example rows, and so do the cells themselves as the preview's formula
 * engine computes them; AMC.FIGURE returns the figures the report prints; and the distribution comparisons read
 * the spilled counts of the right buckets.
 */
import { getDataset } from "../../src/data/index";

const getFigure = (key: string) => getDataset("figures").records.find((figure) => figure.id === key);
import { buildReportModel } from "../../src/excel/build-report-model";
import { EXAMPLE_COUNT } from "../../src/excel/report-model-plan";
import { freshPreviewPerTest } from "../support/preview-workbook";
import { callRegistered, registeredFunctions } from "../support/registered";
import { rectOf, sheetNamed, type SheetView } from "../support/workbook-view";

const registry = registeredFunctions();
const preview = freshPreviewPerTest();
const workbook = () => preview().workbook;
const inputTable = () => workbook().tables.byName("AMC_ModelInputs")!.rect;

beforeEach(async () => {
  await buildReportModel({ locale: "en-US" });
});

type Cell = string | number | boolean | null;

/** A reference (`'Sheet'!$B$8:$B$67`, or `B5` on `home`) as Excel passes it to a custom function: a 2-D array. */
function rangeValues(reference: string, home: SheetView): Cell[][] {
  const match = /^(?:'((?:[^']|'')+)'!)?(.+)$/.exec(reference)!;
  const sheet = match[1] ? sheetNamed(workbook(), match[1].replace(/''/g, "'")) : home;
  const block = rectOf(match[2]);
  return Array.from({ length: block.rowCount }, (_, r) =>
    Array.from({ length: block.columnCount }, (_, c) => {
      const value = sheet.cell(block.row + r, block.column + c)?.value;
      return value === undefined || value === "" ? null : value;
    }),
  );
}

/** Splits `a,b,"c,d"` at top-level commas. */
function splitArguments(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let current = "";
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    if (!quoted && ch === "(") depth++;
    if (!quoted && ch === ")") depth--;
    if (!quoted && depth === 0 && ch === ",") {
      parts.push(current);
      current = "";
    } else current += ch;
  }
  return [...parts, current];
}

/** Evaluates `=AMC.NAME(args)` as Excel would call the registered function (a lone cell passes its value). */
function evaluate(formula: string, home: SheetView): unknown {
  const [, id, args] = /^=AMC\.([A-Z0-9]+)\((.*)\)$/.exec(formula)!;
  const values = splitArguments(args).map((arg) => {
    if (/^".*"$/.test(arg)) return arg.slice(1, -1);
    if (arg === "TRUE" || arg === "FALSE") return arg === "TRUE";
    if (/^-?\d+(\.\d+)?$/.test(arg)) return Number(arg);
    const grid = rangeValues(arg, home);
    return grid.length === 1 && grid[0].length === 1 && id !== "DISTRIBUTION" && !/:/.test(arg) ? grid[0][0] : grid;
  });
  return callRegistered(registry, id, ...values);
}

function metricRow(metrics: SheetView, label: string): number {
  const entry = [...metrics.cells()].find(([key, cell]) => key.endsWith(",0") && cell.value === label);
  if (!entry) throw new Error(`no metric ${label}`);
  return Number(entry[0].split(",")[0]);
}

/** The example rows of the input table, by header. */
function examples(): Record<string, number[]> {
  const inputs = sheetNamed(workbook(), "AMC Model Inputs");
  const table = inputTable();
  const columns: Record<string, number[]> = {};
  for (let c = 1; c < table.columnCount - 1; c++) {
    const header = String(inputs.cell(table.row, c)!.value);
    columns[header] = Array.from(
      { length: EXAMPLE_COUNT },
      (_, r) => inputs.cell(table.row + 1 + r, c)!.value as number,
    );
  }
  return columns;
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe("the report model, evaluated with the registered AMC functions", () => {
  it("computes each metric as the report defines it, from the example rows", () => {
    const metrics = sheetNamed(workbook(), "AMC Model Metrics");
    const x = examples();
    const assets = x["Total assets (current)"];
    const net = x["Net assets (current)"];
    const top5 = (xs: number[]) => sum([...xs].sort((a, b) => b - a).slice(0, 5)) / sum(xs);
    const average = (a: number[], b: number[]) => (sum(a) + sum(b)) / 2;
    const months = sheetNamed(workbook(), "AMC Model Inputs").cell(2, 1)!.value as number;
    const expected: Record<string, number> = {
      "Companies in the sample": EXAMPLE_COUNT,
      "Top-5 share of total assets (current)": top5(assets),
      "Top-5 share of net assets (current)": top5(net),
      "Growth of total assets (current on prior)": sum(assets) / sum(x["Total assets (prior)"]) - 1,
      "Growth of net assets (current on prior)": sum(net) / sum(x["Net assets (prior)"]) - 1,
      "Return on average assets, annualised":
        (sum(x["Net profit (current)"]) / average(x["Total assets (prior)"], assets)) * (12 / months),
      "Return on average equity, annualised":
        (sum(x["Net profit (current)"]) / average(x["Net assets (prior)"], net)) * (12 / months),
      "Debt ratio (current)": sum(x["Total liabilities (current)"]) / sum(assets),
      "Cash / short-term debt (current)":
        sum(x["Cash and equivalents (current)"]) / sum(x["Short-term debt (current)"]),
      "HHI of total assets (current)": sum(assets.map((a) => (a / sum(assets)) ** 2)) * 10000,
    };
    expect(months).toBe(6);
    for (const [label, value] of Object.entries(expected)) {
      const cell = metrics.cell(metricRow(metrics, label), 1)!;
      expect([label, cell.value]).toEqual([label, expect.closeTo(value, 9)]);
      if (cell.formula.startsWith("=COUNT(")) continue; // native Excel; checked by its range in report-model.test.ts
      expect([label, evaluate(cell.formula, metrics)]).toEqual([label, expect.closeTo(value, 9)]);
    }
  });

  it("fetches the printed figures as decimals for percents, as counts for companies", () => {
    const metrics = sheetNamed(workbook(), "AMC Model Metrics");
    const figures = [...metrics.cells()].filter(([, cell]) => cell.formula.startsWith("=AMC.FIGURE("));
    expect(figures.length).toBeGreaterThanOrEqual(9);
    for (const [, cell] of figures) {
      const [, metric, entity, period] = /^=AMC\.FIGURE\("([^"]+)","([^"]+)","([^"]+)"\)$/.exec(cell.formula)!;
      const printed = getFigure(`${metric}|${entity}|${period}`)!;
      const expected = printed.unit === "%" ? printed.value / 100 : printed.value;
      expect([metric, evaluate(cell.formula, metrics)]).toEqual([metric, expect.closeTo(expected, 12)]);
      expect([metric, cell.value]).toEqual([metric, expect.closeTo(expected, 12)]);
    }
  });

  it("spills each distribution as a header row and one row per bucket, counts in the second column", () => {
    const metrics = sheetNamed(workbook(), "AMC Model Metrics");
    const x = examples();
    const spills = [...metrics.cells()].filter(([, cell]) => cell.formula.startsWith("=AMC.DISTRIBUTION("));
    expect(spills).toHaveLength(2);
    for (const [key, cell] of spills) {
      const [row, col] = key.split(",").map(Number);
      const result = evaluate(cell.formula, metrics) as unknown[][];
      const bounds = rangeValues(
        /,(\$[A-Z]+\$\d+:\$[A-Z]+\$\d+),TRUE\)$/.exec(cell.formula)![1],
        metrics,
      )[0] as number[];
      const valuesColumn = rectOf(/!\$([A-Z]+)\$/.exec(cell.formula)![1] + "1").column;
      const values = x[String(sheetNamed(workbook(), "AMC Model Inputs").cell(inputTable().row, valuesColumn)!.value)];
      expect(result).toHaveLength(1 + bounds.length + 1);
      result.forEach((line) => expect(line).toHaveLength(3));
      // The sheet shows the spill as the function returns it; each comparison's SUM reads it there.
      result.forEach((line, r) =>
        line.forEach((v, c) => expect(metrics.cell(row + r, col + c)?.value ?? "").toEqual(v === null ? "" : v)),
      );
      bounds.forEach((bound) => {
        const comparison = [...metrics.cells()].find(([, c]) => c.formula.includes(`_over_${bound}"`));
        expect(comparison).toBeDefined();
        const comparisonRow = Number(comparison![0].split(",")[0]);
        const [, from, to] = /^=SUM\(([A-Z]+\d+):([A-Z]+\d+)\)$/.exec(metrics.cell(comparisonRow, 1)!.formula)!;
        const counted = sum(rangeValues(`${from}:${to}`, metrics).flat() as number[]);
        expect([bound, counted]).toEqual([bound, values.filter((v) => v > bound).length]);
      });
    }
  });
});
