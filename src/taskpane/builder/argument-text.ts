/**
 * What an argument field's text means, as Excel's function dialog reads a field: a reference (`B2:B26`,
 * `Data!$B$2:$B$26`, `'My data'!B:B`), a number (`5`, `-1.5`, `50%`), TRUE/FALSE, a text in quotes, or any other
 * text as typed (`山东金资`, `2025年6月末`). Pure.
 */
import { parseAddress, parseAreas, type CellRect } from "../../excel-rules/a1";

export type ArgumentText =
  | { kind: "empty" }
  | { kind: "reference"; sheetName?: string; rect: CellRect }
  | { kind: "number"; value: number; text: string }
  | { kind: "boolean"; value: boolean }
  | { kind: "text"; value: string }
  | { kind: "severalAreas" };

const NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)(e[-+]?\d+)?%?$/i;
/** An address has a letter and a digit, a `:` (`B:B`, `3:5`) or a sheet (`Data!A1`): `2024` and `AA` are not. */
const REFERENCE_LIKE = /[!:]|[A-Za-z]\$?\d/;

function numberOf(text: string): number {
  const percent = text.endsWith("%");
  const value = Number(percent ? text.slice(0, -1) : text);
  return percent ? value / 100 : value;
}

function quoted(text: string): string | undefined {
  if (text.length < 2 || !text.startsWith('"') || !text.endsWith('"')) return undefined;
  const inner = text.slice(1, -1);
  // A quote inside a quoted text is written twice, as in a formula.
  return /(^|[^"])"([^"]|$)/.test(inner) ? undefined : inner.replace(/""/g, '"');
}

export function readArgumentText(raw: string): ArgumentText {
  const text = raw.trim();
  if (text === "") return { kind: "empty" };
  const inQuotes = quoted(text);
  if (inQuotes !== undefined) return { kind: "text", value: inQuotes };
  if (/^(TRUE|FALSE)$/i.test(text)) return { kind: "boolean", value: text.toUpperCase() === "TRUE" };
  if (NUMBER.test(text) && Number.isFinite(numberOf(text))) return { kind: "number", value: numberOf(text), text };
  if (REFERENCE_LIKE.test(text)) {
    const parsed = parseAddress(text);
    if (parsed) return { kind: "reference", sheetName: parsed.sheetName, rect: parsed.rect };
    if ((parseAreas(text)?.length ?? 0) > 1) return { kind: "severalAreas" };
  }
  return { kind: "text", value: text };
}
