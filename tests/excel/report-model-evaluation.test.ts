/**
 * The report model computes what it says: its AMC.* formulas, evaluated by calling the functions Excel registers
 * (src/functions through CustomFunctions.associate) on the ranges the formulas name in the written workbook, give
 * the metrics computed here by hand from the example rows; AMC.FIGURE returns the figures the report prints; and
 * the distribution comparisons read the spilled counts of the right buckets.
 */
import { getDataset } from "../../src/data/index";

const getFigure = (key: string) => getDataset("figures").records.find((figure) => figure.id === key);
import { buildReportModel } from "../../src/excel/build-report-model";
import { EXAMPLE_COUNT } from "../../src/excel/report-model-plan";
import { freshWorkbookPerTest, parseBlock, type FakeSheet } from "../support/fake-excel";
import { callRegistered, registeredFunctions } from "../support/registered";

const registry = registeredFunctions();
const wb = freshWorkbookPerTest();

beforeEach(async () => {
  await buildReportModel({ locale: "en-US" });
});

type Cell = string | number | boolean | null;

/** A reference (`'Sheet'!$B$8:$B$67`, or `B5` on `home`) as Excel passes it to a custom function: a 2-D array. */
function rangeValues(reference: string, home: FakeSheet): Cell[][] {
  const match = /^(?:'((?:[^']|'')+)'!)?(.+)$/.exec(reference)!;
  const sheet = match[1] ? wb().sheet(match[1].replace(/''/g, "'")) : home;
  const block = parseBlock(match[2].replace(/\$/g, ""));
  return Array.from({ length: block.rows }, (_, r) =>
    Array.from({ length: block.cols }, (_, c) => {
      const value = sheet.cell(block.row + r, block.col + c)?.value;
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
function evaluate(formula: string, home: FakeSheet): unknown {
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

function metricRow(metrics: FakeSheet, label: string): number {
  const entry = [...metrics.cells].find(([key, cell]) => key.endsWith(",0") && cell.value === label);
  if (!entry) throw new Error(`no metric ${label}`);
  return Number(entry[0].split(",")[0]);
}

/** The example rows of the input table, by header. */
function examples(): Record<string, number[]> {
  const inputs = wb().sheet("AMC Model Inputs");
  const table = wb().tables.find((t) => t.name === "AMC_ModelInputs")!;
  const columns: Record<string, number[]> = {};
  for (let c = 1; c < table.cols - 1; c++) {
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
    const metrics = wb().sheet("AMC Model Metrics");
    const x = examples();
    const assets = x["Total assets (current)"];
    const net = x["Net assets (current)"];
    const top5 = (xs: number[]) => sum([...xs].sort((a, b) => b - a).slice(0, 5)) / sum(xs);
    const average = (a: number[], b: number[]) => (sum(a) + sum(b)) / 2;
    const months = wb().sheet("AMC Model Inputs").cell(2, 1)!.value as number;
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
      const formula = metrics.cell(metricRow(metrics, label), 1)!.formula;
      if (formula.startsWith("=COUNT(")) continue; // native Excel; checked by its range in report-model.test.ts
      expect([label, evaluate(formula, metrics)]).toEqual([label, expect.closeTo(value, 9)]);
    }
  });

  it("fetches the printed figures as decimals for percents, as counts for companies", () => {
    const metrics = wb().sheet("AMC Model Metrics");
    const figures = [...metrics.cells].filter(([, cell]) => cell.formula.startsWith("=AMC.FIGURE("));
    expect(figures.length).toBeGreaterThanOrEqual(9);
    for (const [, cell] of figures) {
      const [, metric, entity, period] = /^=AMC\.FIGURE\("([^"]+)","([^"]+)","([^"]+)"\)$/.exec(cell.formula)!;
      const printed = getFigure(`${metric}|${entity}|${period}`)!;
      const expected = printed.unit === "%" ? printed.value / 100 : printed.value;
      expect([metric, evaluate(cell.formula, metrics)]).toEqual([metric, expect.closeTo(expected, 12)]);
    }
  });

  it("spills each distribution as a header row and one row per bucket, counts in the second column", () => {
    const metrics = wb().sheet("AMC Model Metrics");
    const x = examples();
    const spills = [...metrics.cells].filter(([, cell]) => cell.formula.startsWith("=AMC.DISTRIBUTION("));
    expect(spills).toHaveLength(2);
    for (const [key, cell] of spills) {
      const [row, col] = key.split(",").map(Number);
      const result = evaluate(cell.formula, metrics) as unknown[][];
      const bounds = rangeValues(
        /,(\$[A-Z]+\$\d+:\$[A-Z]+\$\d+),TRUE\)$/.exec(cell.formula)![1],
        metrics,
      )[0] as number[];
      const valuesColumn = parseBlock(/!\$([A-Z]+)\$/.exec(cell.formula)![1] + "1").col;
      const table = wb().tables.find((t) => t.name === "AMC_ModelInputs")!;
      const values = x[String(wb().sheet("AMC Model Inputs").cell(table.row, valuesColumn)!.value)];
      expect(result).toHaveLength(1 + bounds.length + 1);
      result.forEach((line) => expect(line).toHaveLength(3));
      // Lay the spill into the sheet as Excel would, then evaluate each comparison's SUM over it.
      result.forEach((line, r) =>
        line.forEach((v, c) =>
          metrics.cells.set(`${row + r},${col + c}`, { value: v as number, formula: "", spilled: true }),
        ),
      );
      bounds.forEach((bound) => {
        const comparison = [...metrics.cells].find(([, c]) => c.formula.includes(`_over_${bound}"`));
        expect(comparison).toBeDefined();
        const comparisonRow = Number(comparison![0].split(",")[0]);
        const [, from, to] = /^=SUM\(([A-Z]+\d+):([A-Z]+\d+)\)$/.exec(metrics.cell(comparisonRow, 1)!.formula)!;
        const counted = sum(rangeValues(`${from}:${to}`, metrics).flat() as number[]);
        expect([bound, counted]).toEqual([bound, values.filter((v) => v > bound).length]);
      });
    }
  });
});
