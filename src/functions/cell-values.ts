/**
 * Excel's data types as the functions meet them: a number going out with its number format (Excel.DoubleCellValue),
 * and a data-typed cell coming in read as its basic value (a formatted number as its number, an entity card as its
 * text), so that a function reads a card or a formatted result as it reads the plain value.
 */
import { codeError } from "./excel-errors";
import type { MetricErrorCode } from "../metrics/errors";

/** A number as Excel shows it under `numberFormat`, its value unchanged (Excel computes with basicValue). */
export function formattedNumber(basicValue: number, numberFormat: string): Excel.DoubleCellValue {
  return { type: "Double", basicValue, numberFormat };
}

/** A cell value of Excel's data types, as it reaches a parameter of type any. */
interface TypedCell {
  type: string;
  basicValue?: unknown;
  text?: unknown;
}

function isTypedCell(cell: unknown): cell is TypedCell {
  return (
    typeof cell === "object" &&
    cell !== null &&
    typeof (cell as { type?: unknown }).type === "string" &&
    !(cell instanceof CustomFunctions.Error)
  );
}

/** The error codes a custom function can hand back; a data type's other errors (#FIELD!, #SPILL! …) read as #VALUE!. */
const FUNCTION_ERROR_CODES = new Set(["#VALUE!", "#N/A", "#DIV/0!", "#NUM!", "#NULL!", "#NAME?", "#REF!"]);

/** What a data-typed cell stands for in a formula: its basic value; an entity its text. */
function basicValueOf(cell: TypedCell): unknown {
  switch (cell.type) {
    case "Double":
    case "FormattedNumber":
    case "String":
    case "Boolean":
      return cell.basicValue;
    case "Empty":
      return null;
    case "Entity":
    case "LinkedEntity":
      return typeof cell.text === "string" ? cell.text : cell.basicValue;
    case "Error": {
      const code = String(cell.basicValue);
      return codeError((FUNCTION_ERROR_CODES.has(code) ? code : "#VALUE!") as MetricErrorCode);
    }
    default:
      return cell;
  }
}

/**
 * An argument with every data-typed cell read as its basic value; the argument itself is never changed (a range
 * with such cells comes back as a copy, one without them as it is, at the cost of one pass over its cells).
 */
export function basicValues(argument: unknown): unknown {
  if (!Array.isArray(argument)) return isTypedCell(argument) ? basicValueOf(argument) : argument;
  let rows: unknown[] | undefined;
  for (let r = 0; r < argument.length; r++) {
    const row: unknown = argument[r];
    if (!Array.isArray(row)) {
      if (!isTypedCell(row)) continue;
      (rows ??= argument.slice())[r] = basicValueOf(row);
      continue;
    }
    for (let c = 0; c < row.length; c++) {
      const cell: unknown = row[c];
      if (typeof cell !== "object" || cell === null || !isTypedCell(cell)) continue;
      rows ??= argument.slice();
      if (rows[r] === row) rows[r] = row.slice();
      (rows[r] as unknown[])[c] = basicValueOf(cell);
    }
  }
  return rows ?? argument;
}
