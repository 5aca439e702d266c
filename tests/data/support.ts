/** Shared helpers of the data tests: the bundled datasets, the report's text and a formula engine. */
import { HyperFormula } from "hyperformula";
import { getDataset, type FigureRecord } from "../../src/data/index";
import { formulaLiteral } from "../../data-src/build/table-row";
import { readReportText, reportTextPath } from "../../data-src/checks/report-text";

export const figures = getDataset("figures").records;
export const roster = getDataset("roster").records;

const FIGURES_BY_ID = new Map(figures.map((figure) => [figure.id, figure]));

export function figure(id: string): FigureRecord {
  const found = FIGURES_BY_ID.get(id);
  if (!found) throw new Error(`no figure ${id}`);
  return found;
}

export const value = (id: string): number => figure(id).value;

/** The report's text, or null: it is not in the repository (see data-src/checks/report-text.ts). */
export const reportText: string | null = readReportText();

/**
 * A describe block that needs the report's text: run on it when it is there; otherwise every test of the block is
 * reported by jest as skipped, under a name that says why and how to enable it.
 */
export function withReportText(name: string, body: (text: string) => void): void {
  if (reportText !== null) describe(name, () => body(reportText!));
  else describe.skip(`[SKIPPED: no report text at ${reportTextPath()}; set AMC_REPORT_TEXT] ${name}`, () => body(""));
}

/** Evaluates Excel formulas with HyperFormula as the project configures it, one result per formula. */
export function evaluateFormulas(formulas: string[]): number[] {
  const engine = HyperFormula.buildFromArray(
    formulas.map((formula) => [formula]),
    { licenseKey: "gpl-v3", smartRounding: false, useArrayArithmetic: true },
  );
  const results = formulas.map((formula, row) => {
    const result = engine.getCellValue({ sheet: 0, row, col: 0 });
    if (typeof result !== "number") throw new Error(`${formula} evaluates to ${JSON.stringify(result)}`);
    return result;
  });
  engine.destroy();
  return results;
}

export const evaluateFormula = (formula: string): number => evaluateFormulas([formula])[0];

/**
 * Whether a formula's result depends on a figure's printed value: it is evaluated again with that value moved
 * (every occurrence of its literal), and compared.
 */
export function dependsOnFigure(formula: string, id: string): boolean {
  const literal = formulaLiteral(figure(id)).replace(/[.()-]/g, "\\$&");
  const moved = formula.replace(new RegExp(`(?<![\\d.])${literal}(?![\\d.])`, "g"), (found) => `(${found}*1.5+1)`);
  const [original, shifted] = evaluateFormulas([formula, moved]);
  return original !== shifted;
}
