/**
 * A1 addresses as Excel writes them: column letters, cell and range references with an optional sheet prefix
 * (quoted when the name needs it), parsed into zero-based rectangles and formatted back.
 */

import { EXCEL_COLUMNS as EXCEL_MAX_COLUMNS, EXCEL_ROWS as EXCEL_MAX_ROWS } from "../../metrics/spill-limits";

/** Excel's grid: 1,048,576 rows by 16,384 columns (XFD). */
export { EXCEL_MAX_COLUMNS, EXCEL_MAX_ROWS };

/** A rectangle of cells, zero-based and inclusive of its first row and column. */
export interface CellRect {
  row: number;
  column: number;
  rowCount: number;
  columnCount: number;
}

export interface ParsedAddress {
  /** The sheet named before the "!", unquoted; undefined when the address has none. */
  sheetName?: string;
  rect: CellRect;
}

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetters(column: number): string {
  let letters = "";
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** "A" → 0, "AA" → 26; undefined for anything that is not a column of Excel's grid. */
export function columnIndex(letters: string): number | undefined {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return undefined;
  let index = 0;
  for (const letter of letters.toUpperCase()) index = index * 26 + (letter.charCodeAt(0) - 64);
  return index <= EXCEL_MAX_COLUMNS ? index - 1 : undefined;
}

export function cellAddress(row: number, column: number): string {
  return `${columnLetters(column)}${row + 1}`;
}

/** "A1" for one cell, "A1:C5" for a range, "A:C" / "1:3" for whole columns / rows, like Range.address. */
export function rectAddress(rect: CellRect): string {
  const lastRow = rect.row + rect.rowCount - 1;
  const lastColumn = rect.column + rect.columnCount - 1;
  if (rect.row === 0 && rect.rowCount === EXCEL_MAX_ROWS) {
    return `${columnLetters(rect.column)}:${columnLetters(lastColumn)}`;
  }
  if (rect.column === 0 && rect.columnCount === EXCEL_MAX_COLUMNS) return `${rect.row + 1}:${lastRow + 1}`;
  const first = cellAddress(rect.row, rect.column);
  return rect.rowCount === 1 && rect.columnCount === 1 ? first : `${first}:${cellAddress(lastRow, lastColumn)}`;
}

/** A sheet name as a formula prefix: quoted (with '' for ') unless it is a plain identifier. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_\u00C0-\uFFFF][\w.\u00C0-\uFFFF]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

export function qualifiedAddress(sheetName: string, rect: CellRect): string {
  return `${quoteSheetName(sheetName)}!${rectAddress(rect)}`;
}

function splitSheet(address: string): { sheetName?: string; reference: string } {
  const quoted = /^'((?:[^']|'')+)'!(.+)$/.exec(address);
  if (quoted) return { sheetName: quoted[1].replace(/''/g, "'"), reference: quoted[2] };
  const bang = address.lastIndexOf("!");
  if (bang > 0) return { sheetName: address.slice(0, bang), reference: address.slice(bang + 1) };
  return { reference: address };
}

interface Corner {
  row?: number;
  column?: number;
}

function parseCorner(text: string): Corner | undefined {
  const match = /^\$?([A-Za-z]{1,3})?\$?(\d{1,7})?$/.exec(text);
  if (!match || (!match[1] && !match[2])) return undefined;
  const column = match[1] === undefined ? undefined : columnIndex(match[1]);
  const row = match[2] === undefined ? undefined : Number(match[2]) - 1;
  if ((match[1] !== undefined && column === undefined) || (row !== undefined && (row < 0 || row >= EXCEL_MAX_ROWS))) {
    return undefined;
  }
  return { row, column };
}

function rectFromCorners(first: Corner, last: Corner): CellRect | undefined {
  const wholeColumns = first.row === undefined && last.row === undefined;
  const wholeRows = first.column === undefined && last.column === undefined;
  if (wholeColumns && first.column !== undefined && last.column !== undefined) {
    const column = Math.min(first.column, last.column);
    return { row: 0, rowCount: EXCEL_MAX_ROWS, column, columnCount: Math.abs(last.column - first.column) + 1 };
  }
  if (wholeRows && first.row !== undefined && last.row !== undefined) {
    const row = Math.min(first.row, last.row);
    return { row, rowCount: Math.abs(last.row - first.row) + 1, column: 0, columnCount: EXCEL_MAX_COLUMNS };
  }
  if ([first.row, first.column, last.row, last.column].some((part) => part === undefined)) return undefined;
  const [r1, c1, r2, c2] = [first.row!, first.column!, last.row!, last.column!];
  return {
    row: Math.min(r1, r2),
    column: Math.min(c1, c2),
    rowCount: Math.abs(r2 - r1) + 1,
    columnCount: Math.abs(c2 - c1) + 1,
  };
}

/** Parses "A1", "$B$2:C10", "A:A", "3:5", "Sheet1!A1", "'My sheet'!A1:B2"; undefined when it is none of them. */
export function parseAddress(address: string): ParsedAddress | undefined {
  const { sheetName, reference } = splitSheet(address.trim());
  const parts = reference.split(":");
  if (parts.length > 2) return undefined;
  const first = parseCorner(parts[0]);
  const last = parts.length === 2 ? parseCorner(parts[1]) : first;
  if (!first || !last) return undefined;
  const rect = rectFromCorners(first, last);
  return rect ? { sheetName, rect } : undefined;
}

export function containsCell(rect: CellRect, row: number, column: number): boolean {
  return (
    row >= rect.row &&
    row < rect.row + rect.rowCount &&
    column >= rect.column &&
    column < rect.column + rect.columnCount
  );
}

export function rectsOverlap(a: CellRect, b: CellRect): boolean {
  return (
    a.row < b.row + b.rowCount &&
    b.row < a.row + a.rowCount &&
    a.column < b.column + b.columnCount &&
    b.column < a.column + a.columnCount
  );
}

/** The smallest rectangle holding both. */
export function unionRect(a: CellRect, b: CellRect): CellRect {
  const row = Math.min(a.row, b.row);
  const column = Math.min(a.column, b.column);
  return {
    row,
    column,
    rowCount: Math.max(a.row + a.rowCount, b.row + b.rowCount) - row,
    columnCount: Math.max(a.column + a.columnCount, b.column + b.columnCount) - column,
  };
}

export function isInsideGrid(rect: CellRect): boolean {
  return (
    rect.row >= 0 &&
    rect.column >= 0 &&
    rect.rowCount >= 1 &&
    rect.columnCount >= 1 &&
    rect.row + rect.rowCount <= EXCEL_MAX_ROWS &&
    rect.column + rect.columnCount <= EXCEL_MAX_COLUMNS
  );
}
