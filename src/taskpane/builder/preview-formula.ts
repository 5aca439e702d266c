/**
 * The builder's preview of a formula: every range of it read in one batch (src/excel), then the function Excel
 * calls computed on what was read, each argument given as Excel passes it (a range as rows of cells, a scalar
 * argument's cell as its value, an omitted one as null).
 */
import type { FormulaInputs, ReferenceContents, ReferenceToRead } from "../../excel/formula-inputs";
import { cellAsPassed, evaluateFunction, rangeAsPassed, type Evaluation } from "../../functions/evaluate";
import type { FunctionId } from "../../functions/declarations";
import type { BuilderParameter, FormulaPlan, PlannedArgument } from "./formula-plan";

export type ReadInputs = (references: readonly ReferenceToRead[]) => Promise<FormulaInputs>;

export interface FormulaPreview {
  evaluation: Evaluation;
  /** The workbook's sheets as the read found them. */
  sheets: FormulaInputs["sheets"];
}

function argumentValue(argument: PlannedArgument, parameter: BuilderParameter, contents: ReferenceContents[]) {
  const isRange = parameter.kind === "range";
  switch (argument.kind) {
    case "omitted":
    case "problem":
      return null;
    case "literal":
      return isRange ? [[argument.value]] : argument.value;
    case "reference": {
      const { values, valueTypes } = contents[argument.readIndex];
      return isRange ? rangeAsPassed(values, valueTypes) : cellAsPassed(values[0]?.[0], valueTypes[0]?.[0]);
    }
  }
}

/** What the function gives for the plan's arguments, from one read of its references. */
export async function previewFormula(
  functionId: FunctionId,
  parameters: readonly BuilderParameter[],
  plan: FormulaPlan,
  read: ReadInputs,
): Promise<FormulaPreview> {
  const inputs = await read(plan.references);
  const args = plan.arguments.map((argument, i) => argumentValue(argument, parameters[i], inputs.contents));
  return { evaluation: evaluateFunction(functionId, args), sheets: inputs.sheets };
}
