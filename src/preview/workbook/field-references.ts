/**
 * Excel's dot references to a card's fields (`=A2.Province`, `=A2.省份`, `=Sheet1!$A$2.[Total assets]`) rewritten
 * to FIELDVALUE(A2,"Province") before HyperFormula parses the formula: its grammar has no dot after a reference.
 * The workbook keeps the formula as written, so the formula bar and Range.formulas show the dot. Text in quotes is
 * left alone; a name followed by "(" is a function call, not a field.
 */
import { FIELDVALUE } from "../hyperformula-bridge";

/** A sheet name, quoted or plain, with its "!". */
const SHEET = String.raw`(?:'(?:[^']|'')+'|[\p{L}_][\p{L}\p{N}_.]*)!`;
/** A cell reference (A2, $A$2, XFD1048576) not preceded by a character that would make it part of a longer name. */
const CELL = String.raw`(?<![\p{L}\p{N}_.$'!\]])(?:${SHEET})?\$?[A-Za-z]{1,3}\$?[0-9]{1,7}`;
/** A field: a plain name (letters of any script, digits, _) or any text in brackets, not followed by "(". */
const FIELD = String.raw`\.(?:\[([^\]]+)\]|([\p{L}_][\p{L}\p{N}_]*))(?![\p{L}\p{N}_(])`;
const FIELD_REFERENCE = new RegExp(`(${CELL})${FIELD}`, "gu");

const quoted = (text: string) => `"${text.replace(/"/g, '""')}"`;

function rewritePart(part: string): string {
  return part.replace(FIELD_REFERENCE, (_whole, cell: string, bracketed?: string, plain?: string) => {
    return `${FIELDVALUE}(${cell},${quoted((bracketed ?? plain)!.trim())})`;
  });
}

/** The formula with every field reference as a FIELDVALUE call; `changed` is false when it had none. */
export function rewriteFieldReferences(formula: string): { formula: string; changed: boolean } {
  // Split at string literals ("…", with "" inside), rewriting only the parts outside them.
  const parts = formula.split(/("(?:[^"]|"")*")/);
  const rewritten = parts.map((part, i) => (i % 2 === 1 ? part : rewritePart(part))).join("");
  return { formula: rewritten, changed: rewritten !== formula };
}
