/**
 * What a values copy of a sheet writes, decided in pure code from the sheet's contents (its formulas and values,
 * read once) and the spill ranges of its formulas: every AMC.* formula becomes its value, spilled results in full;
 * so does every other formula that does not read its own sheet alone (formula-scope.ts), since outside the copy it
 * may read AMC.* cells that show #NAME? in an Excel without the add-in, or give another result tomorrow. Formulas
 * that read only their own sheet stay formulas: over the copied values they give the same numbers, and a reader
 * can still follow them. Also the copy's name and the note at its top.
 */
import { callsAmcFunction } from "./amc-formula";
import { cellBlocks, type CellsBlock, type PlacedCell } from "./cell-blocks";
import { readsOnlyItsSheet } from "./formula-scope";
import { MAX_SHEET_NAME_LENGTH } from "../excel-rules/names";
import { sanitizeSheetName, truncateAtWord, uniqueSheetName } from "./names";
import type { SheetContents } from "./workbook-contents";

export type CopiedValue = string | number | boolean | null;

/** A cell of a copy as it is written: its value and the number format it showed (null for both: left as it is). */
export interface CopiedCell {
  value: CopiedValue;
  numberFormat: string | null;
}

/** A sheet as read for copying: its contents and the number formats its cells show. */
export interface CopySource extends SheetContents {
  numberFormats: unknown[][];
}

/** The rows inserted at the top of every copy: the note's two lines and a blank row. */
export const NOTE_ROWS = 3;

/** Excel's error values, which `values` writes as errors (any other text is written as text). */
const ERROR_VALUES = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
]);

/** A formula cell the copy turns into its value, with why. */
export interface ConvertedCell {
  row: number;
  col: number;
  kind: "amc" | "frozen";
}

export interface SheetCopyDecision {
  /** Formula cells that become values, row by row: AMC.* calls, and formulas reaching outside the sheet. */
  converted: ConvertedCell[];
  keptFormulas: number;
  /** AMC.* cells showing #NAME? or #BUSY!: what they show is not their result, so they cannot be copied as values. */
  stuckCells: number;
}

/** The rectangle a formula's result covers: the cell itself, or its spill range. */
export interface ResultArea {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

const isFormula = (cell: unknown): cell is string => typeof cell === "string" && cell.startsWith("=");

/** Which formula cells of the sheet become values, and how many stay formulas. */
export function decideCopy(sheet: SheetContents): SheetCopyDecision {
  const decision: SheetCopyDecision = { converted: [], keptFormulas: 0, stuckCells: 0 };
  sheet.formulas.forEach((line, r) =>
    line.forEach((formula, c) => {
      if (!isFormula(formula)) return;
      const place = { row: sheet.rowIndex + r, col: sheet.columnIndex + c };
      if (callsAmcFunction(formula)) {
        decision.converted.push({ ...place, kind: "amc" });
        if (isStuck(sheet.values?.[r]?.[c])) decision.stuckCells += 1;
      } else if (readsOnlyItsSheet(formula)) {
        decision.keptFormulas += 1;
      } else {
        decision.converted.push({ ...place, kind: "frozen" });
      }
    }),
  );
  return decision;
}

function isStuck(value: unknown): boolean {
  return value === "#NAME?" || value === "#BUSY!";
}

/**
 * A value as `Range.values` must receive it to stay what it is: numbers and booleans as they are, errors as their
 * text (Excel reads `#N/A` as the error), and any other text that Excel would read as something else (a number,
 * date, percentage, boolean, formula, error) with a quote prefix.
 */
export function literalValue(value: unknown): CopiedValue {
  if (typeof value === "number" || typeof value === "boolean") return value;
  if (value === null || value === undefined || value === "") return null;
  const text = String(value);
  if (ERROR_VALUES.has(text)) return text;
  return /^[=+\-@#'\s]|\d|^(true|false)$/i.test(text) ? `'${text}` : text;
}

/** What the read saw at a sheet position ("" and no format outside the used range). */
function seenAt(sheet: CopySource, row: number, col: number): { value: unknown; numberFormat: string | null } {
  const [r, c] = [row - sheet.rowIndex, col - sheet.columnIndex];
  const numberFormat = sheet.numberFormats[r]?.[c];
  return { value: sheet.values?.[r]?.[c] ?? "", numberFormat: typeof numberFormat === "string" ? numberFormat : null };
}

/**
 * The writes over the copy, at the source's positions: each converted formula's result area (its cell, or its whole
 * spill range) with the values and number formats read; cells of a spill that were blank are left alone (they
 * empty themselves once the formula that spilled into them is a value).
 */
export function valueBlocks(sheet: CopySource, areas: readonly ResultArea[]): CellsBlock<CopiedCell>[] {
  const cells = new Map<string, PlacedCell<CopiedCell>>();
  for (const area of areas) {
    for (let row = area.row; row < area.row + area.rows; row += 1) {
      for (let col = area.col; col < area.col + area.cols; col += 1) {
        const seen = seenAt(sheet, row, col);
        const value = literalValue(seen.value);
        const anchor = row === area.row && col === area.col;
        if (anchor || value !== null) {
          cells.set(`${row}:${col}`, { row, col, content: { value: value ?? "", numberFormat: seen.numberFormat } });
        }
      }
    }
  }
  const ordered = [...cells.values()].sort((a, b) => a.row - b.row || a.col - b.col);
  return cellBlocks(sheet, ordered);
}

/**
 * The copy's name: the source's name with the suffix (" (values)", "（数值）"), the source's part shortened (at a word
 * when it can) so the whole stays within 31 characters, and made unique with " (2)", " (3)" … after the suffix.
 */
export function copySheetName(source: string, suffix: string, inUse: Iterable<string>): string {
  const taken = [...inUse];
  for (let n = 1; ; n += 1) {
    const tail = n === 1 ? suffix : `${suffix} (${n})`;
    const head = truncateAtWord(source, Math.max(1, MAX_SHEET_NAME_LENGTH - tail.length));
    // Sanitised as the unique name is, so that a name it would only tidy (runs of spaces) still ends the search.
    const name = sanitizeSheetName(`${head.trimEnd()}${tail}`);
    if (uniqueSheetName(name, taken) === name) return name;
  }
}

/** "2026-01-05 14:32 (UTC+08:00)": when the copy was made, in the analyst's local time with its offset. */
export function copyTime(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  const offset = -now.getTimezoneOffset();
  const sign = offset >= 0 ? "+" : "-";
  const zone = `UTC${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
  const date = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  return `${date} ${pad(now.getHours())}:${pad(now.getMinutes())} (${zone})`;
}
