/**
 * The formula a builder's fields make: each argument read from its field, the formula text Excel will get (the
 * namespace from its one home, sheet names quoted as Excel quotes them, references absolute or relative as chosen,
 * another sheet's references qualified with its name), the references to read for a preview, and what keeps the
 * formula from being written (a required argument left empty, a sheet that does not exist, a circular reference).
 * Pure.
 */
import { containsCell, qualifiedAddress, rectAddress, type CellRect } from "../../excel-rules/a1";
import { sameName } from "../../excel-rules/names";
import type { Parameter } from "../../functions/parameters";
import { qualifiedName } from "../../functions/namespace";
import type { ReferenceToRead } from "../../excel/formula-inputs";
import type { SheetIdentity } from "../../excel/formula-target";
import { readArgumentText } from "./argument-text";

/** The cell the formula goes into. */
export interface FormulaCell {
  sheet: SheetIdentity;
  row: number;
  column: number;
}

/** What the builder knows of a parameter (from its declaration). */
export interface BuilderParameter {
  name: string;
  kind: Parameter<unknown>["kind"];
  optional: boolean;
}

export interface PlanContext {
  target: FormulaCell;
  sheets: readonly SheetIdentity[];
  absolute: boolean;
}

/** Why an argument cannot be used as typed; each has its message in the pane's strings. */
export type ArgumentProblem =
  | { kind: "noSheet"; sheet: string }
  | { kind: "severalAreas" }
  | { kind: "notOneCell" }
  | { kind: "circular"; cell: string }
  | { kind: "textTooLong" };

export type PlannedArgument =
  | { kind: "omitted" }
  | { kind: "literal"; value: number | string | boolean; formulaText: string }
  | { kind: "reference"; sheet: SheetIdentity; rect: CellRect; formulaText: string; readIndex: number }
  | { kind: "problem"; problem: ArgumentProblem };

export interface FormulaPlan {
  arguments: PlannedArgument[];
  /** The names of required arguments left empty. */
  missing: string[];
  /** The formula to write, or null while an argument is missing or has a problem. */
  formula: string | null;
  /** The references to read for a preview, each once, in the order of the arguments. */
  references: ReferenceToRead[];
}

/** Excel's longest text in a formula: a string constant of at most 255 characters. */
const MAX_TEXT_CONSTANT = 255;

/** A text constant as a formula writes it: in double quotes, a quote inside written twice. */
export function textConstant(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** A reference as the formula writes it: with its sheet's name when that is not the formula's own sheet. */
export function referenceText(sheet: SheetIdentity, rect: CellRect, context: PlanContext): string {
  return sheet.id === context.target.sheet.id
    ? rectAddress(rect, context.absolute)
    : qualifiedAddress(sheet.name, rect, context.absolute);
}

function sheetNamed(name: string | undefined, context: PlanContext): SheetIdentity | undefined {
  if (name === undefined) return context.target.sheet;
  return context.sheets.find((sheet) => sameName(sheet.name, name));
}

function literal(value: number | string | boolean, formulaText: string): PlannedArgument {
  return { kind: "literal", value, formulaText };
}

function planArgument(
  field: string,
  parameter: BuilderParameter,
  context: PlanContext,
  references: ReferenceToRead[],
): PlannedArgument {
  const read = readArgumentText(field);
  switch (read.kind) {
    case "empty":
      return { kind: "omitted" };
    case "number":
      return literal(read.value, read.text);
    case "boolean":
      return literal(read.value, read.value ? "TRUE" : "FALSE");
    case "text":
      if (read.value.length > MAX_TEXT_CONSTANT) return { kind: "problem", problem: { kind: "textTooLong" } };
      return literal(read.value, textConstant(read.value));
    case "severalAreas":
      return { kind: "problem", problem: { kind: "severalAreas" } };
    case "reference":
      return planReference(read.sheetName, read.rect, parameter, context, references);
  }
}

function planReference(
  sheetName: string | undefined,
  rect: CellRect,
  parameter: BuilderParameter,
  context: PlanContext,
  references: ReferenceToRead[],
): PlannedArgument {
  const sheet = sheetNamed(sheetName, context);
  if (!sheet) return { kind: "problem", problem: { kind: "noSheet", sheet: sheetName ?? "" } };
  if (parameter.kind !== "range" && rect.rowCount * rect.columnCount > 1) {
    return { kind: "problem", problem: { kind: "notOneCell" } };
  }
  const { target } = context;
  if (sheet.id === target.sheet.id && containsCell(rect, target.row, target.column)) {
    return {
      kind: "problem",
      problem: { kind: "circular", cell: rectAddress({ ...target, rowCount: 1, columnCount: 1 }) },
    };
  }
  return {
    kind: "reference",
    sheet,
    rect,
    formulaText: referenceText(sheet, rect, context),
    readIndex: readIndexOf(sheet.id, rect, references),
  };
}

/** Where the reference is in the list to read, added when it is not there yet. */
function readIndexOf(sheetId: string, rect: CellRect, references: ReferenceToRead[]): number {
  const same = (other: ReferenceToRead) =>
    other.sheetId === sheetId &&
    other.rect.row === rect.row &&
    other.rect.column === rect.column &&
    other.rect.rowCount === rect.rowCount &&
    other.rect.columnCount === rect.columnCount;
  const known = references.findIndex(same);
  if (known >= 0) return known;
  references.push({ sheetId, rect });
  return references.length - 1;
}

/** The call's argument list: omitted arguments at the end left out, those in between left empty (`f(a,,c)`). */
function argumentList(planned: readonly PlannedArgument[]): string {
  const texts = planned.map((argument) => ("formulaText" in argument ? argument.formulaText : ""));
  while (texts.length > 0 && texts[texts.length - 1] === "") texts.pop();
  return texts.join(",");
}

export function planFormula(
  functionId: string,
  parameters: readonly BuilderParameter[],
  fields: readonly string[],
  context: PlanContext,
): FormulaPlan {
  const references: ReferenceToRead[] = [];
  const planned = parameters.map((parameter, i) => planArgument(fields[i] ?? "", parameter, context, references));
  const missing = parameters.filter((p, i) => !p.optional && planned[i].kind === "omitted").map((p) => p.name);
  const complete = missing.length === 0 && planned.every((argument) => argument.kind !== "problem");
  return {
    arguments: planned,
    missing,
    formula: complete ? `=${qualifiedName(functionId)}(${argumentList(planned)})` : null,
    references: complete ? references : [],
  };
}
