/**
 * The builder's fields and what changes them: typing, a selection in the sheet (into the field that follows it, or
 * the result cell), the absolute/relative choice, the workbook's sheets as last read. References keep meaning what
 * they meant: moving the result cell to another sheet names the old sheet in the references that had none. Pure.
 */
import { qualifiedAddress, type CellRect } from "../../excel-rules/a1";
import { sameName } from "../../excel-rules/names";
import type { SheetIdentity } from "../../excel/formula-target";
import { readArgumentText } from "./argument-text";
import { referenceText, type FormulaCell, type PlanContext } from "./formula-plan";

/** A field that follows the selection: an argument's, by its index, or the result cell's. */
export type FieldKey = number | "target";

export interface BuilderState {
  fields: string[];
  target: FormulaCell;
  /** The result cell's field as typed; `target` is the last cell it named. */
  targetText: string;
  /** Whether `targetText` names no single cell of a known sheet. */
  targetInvalid: boolean;
  sheets: SheetIdentity[];
  absolute: boolean;
}

export type BuilderAction =
  | { type: "field"; index: number; text: string }
  | { type: "targetText"; text: string }
  | { type: "selected"; key: FieldKey; sheet: SheetIdentity; rect: CellRect }
  | { type: "absolute"; absolute: boolean }
  | { type: "sheets"; sheets: SheetIdentity[] };

export function targetText(target: FormulaCell): string {
  return qualifiedAddress(target.sheet.name, { row: target.row, column: target.column, rowCount: 1, columnCount: 1 });
}

export function initialState(
  target: FormulaCell,
  sheets: SheetIdentity[],
  parameterCount: number,
  absolute: boolean,
): BuilderState {
  return {
    fields: new Array<string>(parameterCount).fill(""),
    target,
    targetText: targetText(target),
    targetInvalid: false,
    sheets,
    absolute,
  };
}

export function planContext(state: BuilderState): PlanContext {
  return { target: state.target, sheets: state.sheets, absolute: state.absolute };
}

/** A field's reference written again for `context` (the sheet it names kept); other text as it is. */
function rewritten(text: string, namedSheet: SheetIdentity, state: BuilderState, context: PlanContext): string {
  const read = readArgumentText(text);
  if (read.kind !== "reference") return text;
  const sheet =
    read.sheetName === undefined
      ? namedSheet
      : state.sheets.find((candidate) => sameName(candidate.name, read.sheetName as string));
  return sheet ? referenceText(sheet, read.rect, context) : text;
}

function withTarget(state: BuilderState, target: FormulaCell, text: string): BuilderState {
  const context = { ...planContext(state), target };
  const fields = state.fields.map((field) => rewritten(field, state.target.sheet, state, context));
  return { ...state, fields, target, targetText: text, targetInvalid: false };
}

function typedTarget(state: BuilderState, text: string): BuilderState {
  const read = readArgumentText(text);
  const single = read.kind === "reference" && read.rect.rowCount === 1 && read.rect.columnCount === 1;
  const sheet =
    read.kind !== "reference" || read.sheetName === undefined
      ? state.target.sheet
      : state.sheets.find((candidate) => sameName(candidate.name, read.sheetName as string));
  if (!single || !sheet) return { ...state, targetText: text, targetInvalid: true };
  return withTarget(state, { sheet, row: read.rect.row, column: read.rect.column }, text);
}

function selected(state: BuilderState, key: FieldKey, sheet: SheetIdentity, rect: CellRect): BuilderState {
  if (key === "target") {
    const target = { sheet, row: rect.row, column: rect.column };
    return withTarget(state, target, targetText(target));
  }
  const fields = [...state.fields];
  fields[key] = referenceText(sheet, rect, planContext(state));
  return { ...state, fields };
}

export function builderReducer(state: BuilderState, action: BuilderAction): BuilderState {
  switch (action.type) {
    case "field": {
      const fields = [...state.fields];
      fields[action.index] = action.text;
      return { ...state, fields };
    }
    case "targetText":
      return typedTarget(state, action.text);
    case "selected":
      return selected(state, action.key, action.sheet, action.rect);
    case "absolute": {
      const next = { ...state, absolute: action.absolute };
      const context = planContext(next);
      return { ...next, fields: state.fields.map((field) => rewritten(field, state.target.sheet, next, context)) };
    }
    case "sheets": {
      const same =
        action.sheets.length === state.sheets.length &&
        action.sheets.every((sheet, i) => sheet.id === state.sheets[i].id && sheet.name === state.sheets[i].name);
      if (same) return state;
      const current = action.sheets.find((sheet) => sheet.id === state.target.sheet.id);
      const target = current ? { ...state.target, sheet: current } : state.target;
      const text = state.targetInvalid ? state.targetText : targetText(target);
      return { ...state, sheets: action.sheets, target, targetText: text };
    }
  }
}
