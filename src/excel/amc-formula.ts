/**
 * Whether a cell's formula calls an `AMC.*` function, decided on the formula's tokens rather than its text: a
 * function name is an identifier followed at once by `(`, so `AMC.` inside a string literal (`="AMC.TOP5SHARE"`),
 * a quoted sheet name (`'AMC.Data'!A1`), a bracketed part (`[AMC.xlsx]`, `Table1[AMC.x]`) or a defined name
 * without a call does not count. Case-insensitive, as Excel reads function names. Pure.
 */

import { FUNCTION_NAMESPACE } from "../functions/namespace";

/** Characters an unquoted name (function, defined name, sheet, cell reference) is made of. */
export const NAME_CHARACTER = /[\p{L}\p{N}_.\\]/u;

/** Index just past the quoted run starting at `start` (`"…"` or `'…'`, the quote doubled inside it). */
export function skipQuoted(formula: string, start: number): number {
  const quote = formula[start];
  let i = start + 1;
  while (i < formula.length) {
    if (formula[i] !== quote) i += 1;
    else if (formula[i + 1] === quote) i += 2;
    else return i + 1;
  }
  return i;
}

/** Index just past the bracketed run starting at `start`, nested brackets included (`Table1[[#Headers],[A]]`). */
export function skipBracketed(formula: string, start: number): number {
  let depth = 0;
  for (let i = start; i < formula.length; i += 1) {
    if (formula[i] === "'" && formula[i + 1] !== undefined) {
      i += 1; // inside brackets, ' escapes the next character ([Column'[1'])
    } else if (formula[i] === "[") depth += 1;
    else if (formula[i] === "]") {
      depth -= 1;
      if (depth === 0) return i + 1;
    }
  }
  return formula.length;
}

/** Each function call in a formula, in order: its name as written and the index of its opening parenthesis. */
export function* callSites(formula: string): Generator<{ name: string; open: number }> {
  let i = formula.startsWith("=") ? 1 : 0;
  while (i < formula.length) {
    const character = formula[i];
    if (character === '"' || character === "'") i = skipQuoted(formula, i);
    else if (character === "[") i = skipBracketed(formula, i);
    else if (NAME_CHARACTER.test(character)) {
      let end = i;
      while (end < formula.length && NAME_CHARACTER.test(formula[end])) end += 1;
      if (formula[end] === "(") yield { name: formula.slice(i, end), open: end };
      i = end;
    } else i += 1;
  }
}

/** The function names a formula calls, in order, as written (`["AMC.FIGURE", "SUM"]`). */
export function calledFunctions(formula: string): string[] {
  return Array.from(callSites(formula), (call) => call.name);
}

/** Whether `formula` (a cell's `formulas` entry) is a formula that calls a function of the `AMC` namespace. */
export function callsAmcFunction(formula: unknown): boolean {
  if (typeof formula !== "string" || !formula.startsWith("=")) return false;
  const prefix = `${FUNCTION_NAMESPACE.toLowerCase()}.`;
  return calledFunctions(formula).some((name) => name.length > prefix.length && name.toLowerCase().startsWith(prefix));
}
