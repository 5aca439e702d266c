/**
 * Column widths of the inserted tables, in points: an estimate of what Excel's autofit gives (from the text a cell
 * shows under its number format), the cap that keeps long text to one line without wrapping, and the narrower width
 * of the provenance columns. Pure: no Office.
 */
import { formatCellValue, type DisplayValue } from "../excel-rules/number-format";

/** Widest a lead column gets: long text is cut off at the edge, on one line, never wrapped. */
export const LEAD_MAX_WIDTH = 160;
/** Provenance columns are narrower: they hold identifiers, quotes and sources to look up, not to read across. */
export const PROVENANCE_WIDTH = 72;
const MIN_WIDTH = 36;
/** Excel's default column width on a new sheet (8.43 characters). */
export const DEFAULT_COLUMN_WIDTH = 48;
/** Cell padding, and the header's filter button beside its title. */
const PADDING = 10;
const FILTER_BUTTON = 16;

/** Whether a character takes a full width: CJK, and the em dash of Chinese text (2025年1—11月). */
const isFullWidth = (character: string) => character.codePointAt(0)! >= 0x2e80 || character === "—";

/** Points a text takes in the default 11-point font: full-width characters about 11, others about 6. */
export function textWidth(text: string): number {
  let points = 0;
  for (const character of text) points += isFullWidth(character) ? 11 : 6;
  return points;
}

/** The width autofit would give a column: its widest cell as shown, or its header with the filter button. */
export function fittedWidth(header: string, cells: readonly { value: DisplayValue; format: string }[]): number {
  const widest = Math.max(
    textWidth(header) + FILTER_BUTTON,
    ...cells.map(({ value, format }) => textWidth(formatCellValue(value, format))),
  );
  return Math.max(MIN_WIDTH, Math.ceil(widest + PADDING));
}
