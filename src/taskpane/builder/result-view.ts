/**
 * A function's result as the cell will show it, for the builder's preview: one value under its number format, a
 * spill's size and first rows, or the Excel error with why, in the pane's language, saying so when the cause is data
 * the analyst can complete (the reference's `shortfall` errors: #NUM! and #DIV/0! carry no message in Excel). Pure.
 */
import { formatCellValue, type DisplayValue } from "../../excel-rules/number-format";
import type { Evaluation } from "../../functions/evaluate";
import type { Locale } from "../../i18n/locale";
import { formatMessage } from "../../i18n/messages";
import type { FunctionDoc } from "../functions/function-docs";
import type { BuilderParameter } from "./formula-plan";

/** How many rows and columns of a spill the preview shows. */
export const SHOWN_ROWS = 5;
export const SHOWN_COLUMNS = 6;

export type ShownResult =
  | { kind: "value"; text: string }
  | { kind: "spill"; rows: number; columns: number; cells: string[][] }
  | { kind: "error"; code: string; message: string; shortfall: string | null };

/** Excel's codes that carry no message: the preview says why itself. */
const SILENT_CODES = new Set(["#NUM!", "#DIV/0!"]);

function errorCodeOf(value: unknown): string | undefined {
  const code = (value as { code?: unknown } | null)?.code;
  return typeof value === "object" && typeof code === "string" && code.startsWith("#") ? code : undefined;
}

/** What a typed result shows in its cell: a formatted number under its format, a card as its text. */
function typedText(value: { type?: unknown; basicValue?: unknown; numberFormat?: unknown; text?: unknown }) {
  if (value.type === "Double" && typeof value.basicValue === "number") {
    return formatCellValue(value.basicValue, typeof value.numberFormat === "string" ? value.numberFormat : "General");
  }
  if (typeof value.text === "string") return value.text;
  return typeof value.basicValue === "string" ? value.basicValue : "";
}

/** What one cell of a function's result shows, as Excel with data types shows it (its number format included). */
export function resultCellText(value: unknown): string {
  const code = errorCodeOf(value);
  if (code) return code;
  if (typeof value === "object" && value !== null) return typedText(value);
  const shown: DisplayValue =
    typeof value === "number" || typeof value === "string" || typeof value === "boolean" ? value : null;
  return formatCellValue(shown, "General");
}

/** The rows and columns the result fills: a spill's size, or one cell. */
export function resultSize(evaluation: Evaluation): { rows: number; columns: number } {
  if (evaluation.kind !== "value" || !Array.isArray(evaluation.value)) return { rows: 1, columns: 1 };
  const rows = evaluation.value as unknown[][];
  return { rows: rows.length, columns: rows.reduce((widest, row) => Math.max(widest, row.length), 0) };
}

/**
 * The reference's text for a #NUM!/#DIV/0! caused by a shortfall of data, or null. When a code has causes of both
 * kinds (TOP5SHARE's #NUM!: n mistyped, or fewer than n numbers), the failure decides: a shortfall is in a range.
 */
function shortfallText(
  doc: FunctionDoc,
  code: string,
  cause: Evaluation & { kind: "error" },
  parameters: readonly BuilderParameter[],
): string | null {
  if (!SILENT_CODES.has(code)) return null;
  const causes = doc.errors.filter((error) => error.code === code);
  const shortfalls = causes.filter((error) => error.shortfall);
  if (shortfalls.length === 0) return null;
  if (shortfalls.length === causes.length) return shortfalls[0].text;
  const argument = cause.cause?.params.argument;
  const inRange = parameters.some((p) => p.name === argument && p.kind === "range");
  return inRange ? shortfalls[0].text : null;
}

export function shownResult(
  doc: FunctionDoc,
  parameters: readonly BuilderParameter[],
  evaluation: Evaluation,
  locale: Locale,
): ShownResult {
  if (evaluation.kind === "error") {
    const { code, cause } = evaluation;
    const message = cause ? formatMessage(cause.messageKey, locale, cause.params) : evaluation.message;
    return { kind: "error", code, message, shortfall: shortfallText(doc, code, evaluation, parameters) };
  }
  const { value } = evaluation;
  if (!Array.isArray(value)) return { kind: "value", text: resultCellText(value) };
  const { rows, columns } = resultSize(evaluation);
  const cells = (value as unknown[][])
    .slice(0, SHOWN_ROWS)
    .map((row) => row.slice(0, SHOWN_COLUMNS).map((cell) => resultCellText(cell)));
  if (rows === 1 && columns === 1) return { kind: "value", text: cells[0][0] };
  return { kind: "spill", rows, columns, cells };
}
