/**
 * Whether a formula computes from cells of its own sheet alone, so that a copy of the sheet in another Excel (one
 * without the add-in, or the sheet moved to a workbook of its own) gives the same result. Decided on the formula's
 * tokens, strings skipped as amc-formula.ts skips them. It does not when it reads another sheet or workbook (`!`,
 * `[Book]`), a table (structured reference), a defined name (or a LET/LAMBDA name: they cannot be told apart from
 * the text), a whole column or row, a spilled range (`A1#`), or when it calls a volatile function (TODAY, RAND,
 * OFFSET, INDIRECT…) or a function of an add-in (a namespaced name such as `AMC.HHI`, or `_xll.`). Pure.
 */
import { NAME_CHARACTER, skipQuoted } from "./amc-formula";

/** Functions whose result changes without any of their arguments changing, or that reach cells by text. */
const VOLATILE = new Set(["NOW", "TODAY", "RAND", "RANDBETWEEN", "RANDARRAY", "OFFSET", "INDIRECT", "INFO", "CELL"]);
/** Prefixes Excel writes before its own newer functions in some files; they are still Excel's. */
const EXCEL_PREFIX = /^_xl(fn|ws)\./i;

const CELL_REFERENCE = /^\$?[A-Z]{1,3}\$?\d{1,7}$/i;
const NUMBER = /^(\d+\.?\d*|\.\d+)(E\d*)?$/i;
const BOOLEAN = /^(TRUE|FALSE)$/i;
/** An error literal written in a formula (`#N/A`, `#DIV/0!`, `#REF!`). */
const ERROR_LITERAL = /^#[A-Z0-9_/]+[!?]?/i;

const isTokenCharacter = (character: string | undefined) =>
  character !== undefined && (character === "$" || NAME_CHARACTER.test(character));

function nextSignificant(formula: string, from: number): string | undefined {
  let i = from;
  while (/\s/.test(formula[i] ?? "")) i += 1;
  return formula[i];
}

function previousSignificant(formula: string, before: number): string | undefined {
  let i = before - 1;
  while (/\s/.test(formula[i] ?? "")) i -= 1;
  return formula[i];
}

/** Whether a function name is Excel's own and never volatile. */
function isPlainFunction(name: string): boolean {
  const bare = name.replace(EXCEL_PREFIX, "");
  return !bare.includes(".") && !bare.toLowerCase().startsWith("_xll") && !VOLATILE.has(bare.toUpperCase());
}

/** Whether a token that is not a call stays within the sheet: a cell (a corner of a range), a number or a boolean. */
function isLocalOperand(token: string, inRange: boolean): boolean {
  if (CELL_REFERENCE.test(token)) return true;
  return !inRange && (NUMBER.test(token) || BOOLEAN.test(token)); // in a range, anything else is A:A, 3:5 or a name
}

/** Whether `formula` (a cell's `formulas` entry starting with `=`) reads only cells of its own sheet; see above. */
export function readsOnlyItsSheet(formula: string): boolean {
  let i = 1;
  while (i < formula.length) {
    const character = formula[i];
    if (character === '"') {
      i = skipQuoted(formula, i);
    } else if (character === "'" || character === "!" || character === "[") {
      return false; // a quoted sheet name, a sheet reference, a table or another workbook
    } else if (character === "#") {
      if (isTokenCharacter(formula[i - 1])) return false; // A1#: a spilled range
      i += ERROR_LITERAL.exec(formula.slice(i))?.[0].length ?? 1;
    } else if (isTokenCharacter(character)) {
      let end = i;
      while (isTokenCharacter(formula[end])) end += 1;
      const token = formula.slice(i, end);
      const next = nextSignificant(formula, end);
      if (
        next === "("
          ? !isPlainFunction(token)
          : !isLocalOperand(token, next === ":" || previousSignificant(formula, i) === ":")
      ) {
        return false;
      }
      i = end;
    } else {
      i += 1;
    }
  }
  return true;
}
