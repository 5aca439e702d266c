/**
 * The names the workbook defines (Formulas > Name Manager): each named as Excel requires a defined name (the rules
 * of table names, which are defined names too), unique among names and tables, and known to the formula engine so
 * formulas can use it.
 */
import { sameName, tableNameProblem } from "../../excel-rules/names";
import type { HyperFormula } from "hyperformula";
import { WorkbookError } from "./workbook-error";

export interface DefinedName {
  name: string;
  /** What the name stands for, as written: "=Sheet1!$A$1", "=0.25". */
  formula: string;
}

export interface DefinedNamesContext {
  engine: HyperFormula;
  isTableName(name: string): boolean;
  changed(): void;
}

export class DefinedNames {
  private readonly names: DefinedName[] = [];

  constructor(private readonly context: DefinedNamesContext) {}

  list(): DefinedName[] {
    return this.names.map((name) => ({ ...name }));
  }

  has(name: string): boolean {
    return this.names.some((defined) => sameName(defined.name, name));
  }

  /** NamedItemCollection.add(name, reference): a name the workbook and its formulas know from now on. */
  add(name: string, reference: string): DefinedName {
    const problem = tableNameProblem(name);
    if (problem) throw new WorkbookError("InvalidArgument", `The name "${name}" ${problem}.`);
    if (this.has(name) || this.context.isTableName(name)) {
      throw new WorkbookError("ItemAlreadyExists", `The name "${name}" is already used.`);
    }
    const formula = reference.startsWith("=") ? reference : `=${reference}`;
    try {
      this.context.engine.addNamedExpression(name, formula);
    } catch {
      throw new WorkbookError("InvalidArgument", `"${reference}" is not a reference or formula the preview reads.`);
    }
    const defined = { name, formula };
    this.names.push(defined);
    this.context.changed();
    return { ...defined };
  }
}
