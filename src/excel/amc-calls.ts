/**
 * The `AMC.*` calls of a formula with the text of each argument, for saying what a cell computes: read on the
 * formula's tokens as amc-formula.ts reads them (string literals, quoted sheet names and bracketed parts skipped),
 * nested calls included, in the order they open. Pure.
 */
import { FUNCTION_NAMESPACE } from "../functions/namespace";
import { callSites, skipBracketed, skipQuoted } from "./amc-formula";

export interface FormulaCall {
  /** The function as written, `AMC.FIGURE`. */
  name: string;
  /** Each argument's text as written, trimmed; "" for an omitted one. */
  args: string[];
}

const OPENING = "({";
const CLOSING = ")}";

/** The arguments of the call whose "(" is at `open`: split at the commas of its own level, up to its ")". */
function argumentsAt(formula: string, open: number): string[] {
  const args: string[] = [];
  let depth = 0;
  let start = open + 1;
  let i = open + 1;
  while (i < formula.length) {
    const character = formula[i];
    if (character === '"' || character === "'") {
      i = skipQuoted(formula, i);
      continue;
    }
    if (character === "[") {
      i = skipBracketed(formula, i);
      continue;
    }
    if (OPENING.includes(character)) depth += 1;
    else if (CLOSING.includes(character)) {
      if (depth === 0) break;
      depth -= 1;
    } else if (character === "," && depth === 0) {
      args.push(formula.slice(start, i).trim());
      start = i + 1;
    }
    i += 1;
  }
  const last = formula.slice(start, i).trim();
  return args.length === 0 && last === "" ? [] : [...args, last];
}

/** Every call of an `AMC.*` function in `formula`, outer calls before the calls in their arguments. */
export function amcCalls(formula: string): FormulaCall[] {
  const prefix = `${FUNCTION_NAMESPACE.toLowerCase()}.`;
  return Array.from(callSites(formula))
    .filter(({ name }) => name.toLowerCase().startsWith(prefix) && name.length > prefix.length)
    .map(({ name, open }) => ({ name, args: argumentsAt(formula, open) }));
}
