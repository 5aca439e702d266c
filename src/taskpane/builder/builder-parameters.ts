/**
 * A function's arguments as the builder shows them: each parameter's declaration (kind, optional, default) with
 * its description from the metadata Excel reads, in the pane's language.
 */
import type { FunctionId } from "../../functions/declarations";
import { declaredParameters, isFunctionId } from "../../functions/evaluate";
import type { FunctionDoc } from "../functions/function-docs";
import type { BuilderParameter } from "./formula-plan";

export interface BuilderField extends BuilderParameter {
  description: string;
  /** The default as a formula writes it (`5`, `TRUE`), or null when omitting it means "all" or "none". */
  fallbackText: string | null;
  /** A range, or a single cell taken as it is (a label, a rating): it can follow the selection. */
  followsSelection: boolean;
}

function fallbackText(fallback: unknown): string | null {
  if (typeof fallback === "boolean") return fallback ? "TRUE" : "FALSE";
  if (typeof fallback === "number" || typeof fallback === "string") return String(fallback);
  return null;
}

/** The builder's fields for a function; none for an id that is not an AMC.* function. */
export function builderParameters(doc: FunctionDoc): BuilderField[] {
  if (!isFunctionId(doc.id)) return [];
  return declaredParameters(doc.id as FunctionId).map((parameter) => ({
    name: parameter.name,
    kind: parameter.kind,
    optional: parameter.optional,
    description: doc.parameters.find((p) => p.name === parameter.name)?.description ?? "",
    fallbackText: fallbackText(parameter.fallback),
    followsSelection: parameter.kind === "range" || parameter.kind === "cell",
  }));
}
