/**
 * What a custom function hands back to Excel: every cell a number, text, boolean or CustomFunctions.Error, never
 * NaN, Infinity, undefined or a Date; spills as 2-D arrays with an optional header row, within Excel's grid.
 */
import { codeError, displayLocale, toExcelErrorIn } from "./excel-errors";
import type { Locale } from "../i18n/locale";
import { spillHeaders, type SpillWithHeaders } from "../i18n/spill-headers";
import { MetricError } from "../metrics/errors";
import { isErrorValue } from "../metrics/ranges";
import { requireSpillFits } from "../metrics/spill-limits";

export type ExcelCell = number | string | boolean | CustomFunctions.Error;

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const MS_PER_DAY = 86_400_000;

/** A JS Date as the serial number Excel stores (Excel would show a Date object as text). */
function excelSerialOfDate(date: Date): ExcelCell {
  const serial = (date.getTime() - EXCEL_EPOCH) / MS_PER_DAY;
  return Number.isFinite(serial) ? serial : codeError("#NUM!");
}

/** The most characters an Excel cell holds; a formula whose text would be longer returns #VALUE!. */
const MAX_CELL_TEXT = 32_767;

function excelText(text: string, locale: Locale): ExcelCell {
  if (text.length <= MAX_CELL_TEXT) return text;
  return toExcelErrorIn(new MetricError("#VALUE!", "textTooLong", { length: text.length, limit: "32,767" }), locale);
}

/**
 * One cell as Excel can hold it: blanks become "", non-finite numbers #NUM!, dates their serial numbers, text
 * longer than a cell holds #VALUE!, a metric's error in its cell the Excel error (in the display language).
 */
function excelCell(value: unknown, locale: Locale = displayLocale()): ExcelCell {
  if (typeof value === "number") return Number.isFinite(value) ? value : codeError("#NUM!");
  if (typeof value === "string") return excelText(value, locale);
  if (typeof value === "boolean") return value;
  if (value === null || value === undefined) return "";
  if (value instanceof CustomFunctions.Error) return value;
  if (value instanceof MetricError) return toExcelErrorIn(value, locale);
  if (isErrorValue(value)) return codeError(value.code as MetricError["code"]);
  if (value instanceof Date) return excelSerialOfDate(value);
  return excelText(String(value), locale);
}

/** A single number result: a non-finite one is #NUM! (thrown, so Excel shows it), never NaN or Infinity. */
export function excelNumber(value: number): number {
  if (!Number.isFinite(value)) throw codeError("#NUM!");
  return value;
}

/**
 * A spill: the header row (when wanted) above the rows, every cell made safe for Excel. The rows are a result the
 * caller has just built, so unsafe cells are replaced in place: a spill can be as large as the range it came from
 * (SPREADBP over 100,000 rows), and copying it would double the garbage the function leaves.
 */
export function spill(rows: unknown[][], headers: string[] | null = null): ExcelCell[][] {
  const width = rows.length > 0 ? rows[0].length : (headers?.length ?? 0);
  if (width === 0) throw new MetricError("#N/A", "emptyResult");
  const height = rows.length + (headers ? 1 : 0);
  requireSpillFits(height, width);
  let locale: Locale | undefined;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    for (let c = 0; c < row.length; c++) {
      const value = row[c];
      // Finite numbers, most cells of most spills, checked inline: a call per cell would cost more than the check.
      if (typeof value === "number" && Number.isFinite(value)) continue;
      const cell = excelCell(value, (locale ??= displayLocale()));
      if (cell !== value) row[c] = cell;
    }
  }
  if (!headers) return rows as ExcelCell[][];
  // The header row is the add-in's own short text, safe as it is; copied, as the shared row must not reach Excel.
  const all = new Array<ExcelCell[]>(height);
  all[0] = headers.slice();
  for (let r = 0; r < rows.length; r++) all[r + 1] = rows[r] as ExcelCell[];
  return all;
}

/** The localised header row of a spill, or null when the analyst turned headers off. */
export function headerRow(spillId: SpillWithHeaders, wanted: boolean): string[] | null {
  return wanted ? spillHeaders(spillId, displayLocale()) : null;
}
