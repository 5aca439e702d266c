/**
 * A1 references as Excel writes and reads them: column letters, cell and range addresses (absolute or not, whole
 * columns and rows), sheet names quoted where Excel needs it, and the parsing of all of these back into zero-based
 * rectangles. Pure.
 */
import { EXCEL_COLUMNS, EXCEL_ROWS } from "./limits";

/** A rectangle of cells, zero-based: its top-left cell and its size. */
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

function requireInGrid(what: string, index: number, size: number): void {
  if (!Number.isInteger(index) || index < 0 || index >= size) {
    throw new RangeError(`${what} index ${index} is outside Excel's grid`);
  }
}

/** Column letters of a zero-based column index: 0 → A, 25 → Z, 26 → AA, 16383 → XFD. */
export function columnLetters(column: number): string {
  requireInGrid("column", column, EXCEL_COLUMNS);
  let letters = "";
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** "A" → 0, "aa" → 26; undefined for anything that is not a column of Excel's grid. */
export function columnIndex(letters: string): number | undefined {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return undefined;
  let index = 0;
  for (const letter of letters.toUpperCase()) index = index * 26 + (letter.charCodeAt(0) - 64);
  return index <= EXCEL_COLUMNS ? index - 1 : undefined;
}

/** `B3` for row 2, column 1 (zero-based); `$B$3` when absolute. */
export function cellAddress(row: number, column: number, absolute = false): string {
  requireInGrid("row", row, EXCEL_ROWS);
  const dollar = absolute ? "$" : "";
  return `${dollar}${columnLetters(column)}${dollar}${row + 1}`;
}

/**
 * The address of a block as Range.address writes it: `A1` for one cell, `A1:C10`, and `A:C` or `1:3` for whole
 * columns or rows; with `$` before every part when absolute.
 */
export function rangeAddress(
  row: number,
  column: number,
  rowCount: number,
  columnCount: number,
  absolute = false,
): string {
  const dollar = absolute ? "$" : "";
  const lastRow = row + rowCount - 1;
  const lastColumn = column + columnCount - 1;
  if (row === 0 && rowCount === EXCEL_ROWS) {
    return `${dollar}${columnLetters(column)}:${dollar}${columnLetters(lastColumn)}`;
  }
  if (column === 0 && columnCount === EXCEL_COLUMNS) return `${dollar}${row + 1}:${dollar}${lastRow + 1}`;
  const first = cellAddress(row, column, absolute);
  if (rowCount === 1 && columnCount === 1) return first;
  return `${first}:${cellAddress(lastRow, lastColumn, absolute)}`;
}

/** `rangeAddress` of a rectangle. */
export function rectAddress(rect: CellRect, absolute = false): string {
  return rangeAddress(rect.row, rect.column, rect.rowCount, rect.columnCount, absolute);
}

/** Whether `name` reads as a cell in A1 style (`A1`, `xfd1048576`) or R1C1 style (`R`, `C`, `R1`, `RC2`, `R1C1`). */
export function looksLikeCellReference(name: string): boolean {
  return /^[a-z]{1,3}\d+$/i.test(name) || /^[rc]\d*$/i.test(name) || /^r\d*c\d*$/i.test(name);
}

/**
 * A sheet name as a reference writes it: as it is when it is a plain name (letters, digits, `_` and `.`, a letter
 * or `_` first, not a cell reference), else in apostrophes with its own apostrophes doubled (`'AMC 模型'`,
 * `'Bob''s'`), which Excel accepts for any name.
 */
export function quoteSheetName(name: string): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !looksLikeCellReference(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

/** `Sheet1!A2:D59`, `'My data'!$A$1`: a block on a named sheet. */
export function qualifiedAddress(sheetName: string, rect: CellRect, absolute = false): string {
  return `${quoteSheetName(sheetName)}!${rectAddress(rect, absolute)}`;
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
  if ((match[1] !== undefined && column === undefined) || (row !== undefined && (row < 0 || row >= EXCEL_ROWS))) {
    return undefined;
  }
  return { row, column };
}

function span(first: number, last: number): { start: number; count: number } {
  return { start: Math.min(first, last), count: Math.abs(last - first) + 1 };
}

function rectFromCorners(first: Corner, last: Corner): CellRect | undefined {
  const wholeColumns = first.row === undefined && last.row === undefined;
  const wholeRows = first.column === undefined && last.column === undefined;
  if (wholeColumns && first.column !== undefined && last.column !== undefined) {
    const columns = span(first.column, last.column);
    return { row: 0, rowCount: EXCEL_ROWS, column: columns.start, columnCount: columns.count };
  }
  if (wholeRows && first.row !== undefined && last.row !== undefined) {
    const rows = span(first.row, last.row);
    return { row: rows.start, rowCount: rows.count, column: 0, columnCount: EXCEL_COLUMNS };
  }
  if ([first.row, first.column, last.row, last.column].some((part) => part === undefined)) return undefined;
  const rows = span(first.row!, last.row!);
  const columns = span(first.column!, last.column!);
  return { row: rows.start, column: columns.start, rowCount: rows.count, columnCount: columns.count };
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

/**
 * The areas of a multi-area address as RangeAreas.address writes it ("Sheet1!A1:B2,Sheet1!D4", a quoted sheet name
 * possibly holding commas); undefined when any area does not parse.
 */
export function parseAreas(address: string): ParsedAddress[] | undefined {
  const parsed = splitOutsideQuotes(address).map((area) => parseAddress(area));
  return parsed.every((area) => area !== undefined) ? (parsed as ParsedAddress[]) : undefined;
}

/** The parts of `text` between commas that are not inside a quoted sheet name. */
function splitOutsideQuotes(text: string): string[] {
  const parts = [""];
  let quoted = false;
  for (const character of text) {
    if (character === "'") quoted = !quoted; // a doubled '' flips twice: still inside
    if (character === "," && !quoted) parts.push("");
    else parts[parts.length - 1] += character;
  }
  return parts;
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

/** Whether the rectangle is a non-empty block inside Excel's grid. */
export function isInsideGrid(rect: CellRect): boolean {
  return (
    Number.isInteger(rect.row) &&
    Number.isInteger(rect.column) &&
    Number.isInteger(rect.rowCount) &&
    Number.isInteger(rect.columnCount) &&
    rect.row >= 0 &&
    rect.column >= 0 &&
    rect.rowCount >= 1 &&
    rect.columnCount >= 1 &&
    rect.row + rect.rowCount <= EXCEL_ROWS &&
    rect.column + rect.columnCount <= EXCEL_COLUMNS
  );
}

/** The cells two rectangles share; undefined when they do not overlap. */
export function intersectRect(a: CellRect, b: CellRect): CellRect | undefined {
  if (!rectsOverlap(a, b)) return undefined;
  const row = Math.max(a.row, b.row);
  const column = Math.max(a.column, b.column);
  return {
    row,
    column,
    rowCount: Math.min(a.row + a.rowCount, b.row + b.rowCount) - row,
    columnCount: Math.min(a.column + a.columnCount, b.column + b.columnCount) - column,
  };
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
