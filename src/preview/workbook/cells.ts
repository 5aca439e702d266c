/**
 * Cell contents as Excel's API reads and writes them: `values` and `formulas` as 2-D arrays (a blank reads "", an
 * error reads as its text, a cell filled by another cell's spill has no formula of its own), writes of a 2-D array
 * or one value for every cell (`null` leaves a cell as it is, text in a text-formatted cell stays text), and the
 * used range.
 */
import { DetailedCellError } from "hyperformula";
import { excelError } from "../hyperformula-bridge";
import { isInsideGrid, unionRect, type CellRect } from "../../excel-rules/a1";
import { EXCEL_WEB_RANGE_CELL_LIMIT } from "../../excel-rules/limits";
import type { Recalculation, CellChange, EngineContent } from "./recalculation";
import type { TableGeometry } from "./structured-references";
import { WorkbookError } from "./workbook-error";

/** A cell value as the Excel API returns it: "" for blank, the error text ("#DIV/0!") for errors. */
export type ExcelValue = number | string | boolean;

/** What contents need to know of the rest of the workbook. */
export interface CellsContext {
  checkSheet(sheetId: number): void;
  /** Whether the cell is formatted as text ("@"): what is written there stays text. */
  isTextFormatted(sheetId: number, row: number, column: number): boolean;
  tableGeometries(): TableGeometry[];
  changed(): void;
}

function toExcelValue(value: unknown): ExcelValue {
  if (value instanceof DetailedCellError) return excelError(value).code;
  if (value === null || value === undefined) return "";
  return value as ExcelValue;
}

/** What a cell holds, as Range.valueTypes names it (Excel reports every number as "Double"). */
export type CellValueType = "Empty" | "String" | "Double" | "Boolean" | "Error";

function valueTypeOf(value: unknown): CellValueType {
  if (value instanceof DetailedCellError) return "Error";
  if (value === null || value === undefined || value === "") return "Empty";
  if (typeof value === "number") return "Double";
  if (typeof value === "boolean") return "Boolean";
  return "String";
}

/** A 2-D write of the range's size, or one value for all its cells (as Excel accepts for a single value). */
export function fitToRect(contents: unknown, rect: CellRect, property: string): unknown[][] {
  if (!Array.isArray(contents)) {
    return Array.from({ length: rect.rowCount }, () => Array(rect.columnCount).fill(contents));
  }
  const fits =
    contents.length === rect.rowCount && contents.every((row) => Array.isArray(row) && row.length === rect.columnCount);
  if (!fits) {
    throw new WorkbookError(
      "InvalidArgument",
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${property}).`,
    );
  }
  return contents as unknown[][];
}

/** A grid of `read(row, column)` over the rectangle's cells. */
export function gridOf<T>(rect: CellRect, read: (row: number, column: number) => T): T[][] {
  return Array.from({ length: rect.rowCount }, (_, r) =>
    Array.from({ length: rect.columnCount }, (__, c) => read(rect.row + r, rect.column + c)),
  );
}

/** Throws as Excel does for a range outside the grid or too large for one request. */
export function assertReadable(rect: CellRect): void {
  if (!isInsideGrid(rect)) throw new WorkbookError("InvalidArgument", "The range is outside the worksheet.");
  if (rect.rowCount * rect.columnCount > EXCEL_WEB_RANGE_CELL_LIMIT) {
    throw new WorkbookError("ResponsePayloadSizeLimitExceeded", "The range is too large to read or write at once.");
  }
}

export class Cells {
  constructor(
    private readonly recalculation: Recalculation,
    private readonly context: CellsContext,
  ) {}

  /** Values as Range.values returns them. */
  readValues(sheetId: number, rect: CellRect): ExcelValue[][] {
    this.context.checkSheet(sheetId);
    assertReadable(rect);
    return this.recalculation.values(sheetId, rect).map((row) => row.map(toExcelValue));
  }

  /** What each cell holds, as Range.valueTypes names it: "Error" tells an error from text that reads the same. */
  readValueTypes(sheetId: number, rect: CellRect): CellValueType[][] {
    this.context.checkSheet(sheetId);
    assertReadable(rect);
    return this.recalculation.values(sheetId, rect).map((row) => row.map(valueTypeOf));
  }

  /** Formulas as Range.formulas returns them: the formula as written, else the value. */
  readFormulas(sheetId: number, rect: CellRect): ExcelValue[][] {
    this.context.checkSheet(sheetId);
    assertReadable(rect);
    return gridOf(rect, (row, column) => this.formulaOrValue(sheetId, row, column));
  }

  private formulaOrValue(sheetId: number, row: number, column: number): ExcelValue {
    const formula = this.recalculation.formula(sheetId, row, column);
    if (formula !== undefined) return formula;
    if (this.recalculation.isSpilled(sheetId, row, column)) return ""; // filled by another cell's spill, as Excel
    // A quote-prefixed text reads with its quote, as Excel's formula bar shows it; but not the quote the preview
    // adds to keep text in a text-formatted ("@") cell, which is not part of what was written.
    const serialized = this.recalculation.serialized(sheetId, row, column);
    const quoted = typeof serialized === "string" && serialized.startsWith("'");
    if (quoted && !this.context.isTextFormatted(sheetId, row, column)) return serialized;
    return toExcelValue(this.recalculation.value(sheetId, row, column));
  }

  /**
   * Writes values or formulas (both mean the same to Excel: a string starting with "=" is a formula), a 2-D
   * array of the range's size or a single value for every cell; `null` leaves a cell unchanged.
   */
  write(sheetId: number, rect: CellRect, contents: unknown): void {
    this.context.checkSheet(sheetId);
    assertReadable(rect);
    const changes: CellChange[] = [];
    fitToRect(contents, rect, "values").forEach((cells, r) =>
      cells.forEach((content, c) => {
        if (content === null) return;
        const [row, column] = [rect.row + r, rect.column + c];
        changes.push({ row, column, content: this.engineContent(sheetId, row, column, content) });
      }),
    );
    this.recalculation.setCells(sheetId, changes, this.context.tableGeometries());
    this.context.changed();
  }

  private engineContent(sheetId: number, row: number, column: number, content: unknown): EngineContent {
    if (content === "" || content === undefined) return null;
    if (typeof content === "number" || typeof content === "boolean") return content;
    if (typeof content !== "string") {
      throw new WorkbookError("InvalidArgument", `Cannot write ${Object.prototype.toString.call(content)} to a cell.`);
    }
    // A text-formatted cell ("@") keeps what is written as text, "2024" and "=x" included, as Excel does.
    if (this.context.isTextFormatted(sheetId, row, column) && !content.startsWith("'")) return `'${content}`;
    return content;
  }

  /** The used range of contents (values, and formulas even when they show nothing); undefined when there is none. */
  usedContentRect(sheetId: number): CellRect | undefined {
    let used: CellRect | undefined;
    for (const { row, column } of this.recalculation.filledCells(sheetId)) {
      const cell = { row, column, rowCount: 1, columnCount: 1 };
      used = used ? unionRect(used, cell) : cell;
    }
    return used;
  }
}
