/**
 * How Excel turns a single value into a number where arithmetic needs one (`=A1*12`), and how it reads text as a
 * number or an ISO date: the rules behind scalar arguments, SUMIF criteria and SPREADBP's cells.
 */
import { normalizedText } from "../data/query/text";
import { BLANK_VALUE } from "../i18n/messages";
import { isoDateSerial } from "./dates";
import { sharedError, type MetricError } from "./errors";
import { isBlank, type Cell } from "./ranges";

const NUMBER_TEXT = /^[+-]?(\d+(,\d{3})*(\.\d*)?|\.\d+)(e[+-]?\d+)?%?$/i;

/** A number written as text (` 5 `, `-1.5`, `1,000`, `1e3`, `5%`), as Excel's VALUE reads it; else undefined. */
export function numberFromText(text: string): number | undefined {
  const trimmed = text.trim();
  if (!NUMBER_TEXT.test(trimmed)) return undefined;
  const percent = trimmed.endsWith("%");
  const value = Number(trimmed.replace(/[,%]/g, ""));
  if (!Number.isFinite(value)) return undefined;
  return percent ? value / 100 : value;
}

/** Text with a character beyond ASCII: the only text whose normal form (full-width digits…) may read otherwise. */
const NON_ASCII = /[\u0080-\uffff]/;

/**
 * Text Excel reads as a number: a number or an ISO date (`2025-11-30` → its serial number), also when typed with
 * full-width digits or an invisible character (`６`, `3\u200b`), read in its normal form (src/data/query/text.ts).
 */
export function numericValueOfText(text: string): number | undefined {
  const value = numberFromText(text) ?? isoDateSerial(text);
  if (value !== undefined || !NON_ASCII.test(text)) return value;
  const plain = normalizedText(text);
  return numberFromText(plain) ?? isoDateSerial(plain);
}

/** Excel's arithmetic coercion of one value: blank → 0, TRUE → 1, numeric text → its number; else undefined. */
export function arithmeticValue(cell: Cell): number | undefined {
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : undefined;
  if (typeof cell === "boolean") return cell ? 1 : 0;
  if (isBlank(cell)) return 0;
  if (typeof cell === "string") return numericValueOfText(cell);
  return undefined;
}

/** Why a cell is no number for `=argument*1`: #VALUE! naming the argument and what it holds. */
export function notANumber(cell: Cell, argument: string): MetricError {
  return sharedError("#VALUE!", "notANumber", { argument, value: describe(cell) });
}

/** A cell as the analyst would recognise it in a message. */
export function describe(cell: Cell): string {
  if (isBlank(cell)) return BLANK_VALUE;
  if (typeof cell === "string") return `"${cell}"`;
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  return String(cell);
}
