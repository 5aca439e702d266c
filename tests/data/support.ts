/** Shared helpers of the data tests: the bundled datasets, the report's text and a formula engine. */
import { HyperFormula } from "hyperformula";
import { getDataset, type FigureRecord } from "../../src/data/index";
import { readReportText, reportTextPath, REPORT_TEXT_FILE } from "../../src/data/report-text";

export const figures = getDataset("figures").records;
export const roster = getDataset("roster").records;

const FIGURES_BY_ID = new Map(figures.map((figure) => [figure.id, figure]));

export function figure(id: string): FigureRecord {
  const found = FIGURES_BY_ID.get(id);
  if (!found) throw new Error(`no figure ${id}`);
  return found;
}

export const value = (id: string): number => figure(id).value;

/** The report's text, or null with a loud message: tests that need it skip rather than fail. */
export const reportText: string | null = readReportText();
if (reportText === null) {
  console.warn(
    `\n*** The report's text ${REPORT_TEXT_FILE} was not found beside the repository (../shared/seeds/) ` +
      `nor at AMC_REPORT_TEXT: the tests that read it are SKIPPED. ***\n`,
  );
}
export const withReportText = reportText === null ? describe.skip : describe;
export { reportTextPath };

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
