/**
 * What Excel keeps beside a cell's value to show it: its number format (General unless set, or the one Excel
 * applies to a typed date or percentage), font, fill, borders and wrapping, and per column the width (set, or
 * fitted to the text shown). Formats are kept per cell; a whole-column format applies to the rows that hold
 * contents so far. A border set on a range's edge belongs to the cells along that edge (Excel draws the same line
 * for the neighbour's opposite edge, but keeps it on these cells).
 */
import type { CellRect } from "../../excel-rules/a1";
import { EXCEL_ROWS } from "../../excel-rules/limits";
import { assertReadable, fitToRect, gridOf } from "./cells";
import { shiftedKeys, type RowInsertion } from "./row-shift";
import { WorkbookError } from "./workbook-error";

export type BorderSide = "top" | "bottom" | "left" | "right" | "diagonalDown" | "diagonalUp";

/** A line on one side of a cell, as Excel.RangeBorder describes it. */
export interface BorderLine {
  /** Excel.BorderLineStyle: "Continuous", "Dash", "Double" …; never "None" (no line is no entry). */
  style: string;
  color: string;
  /** Excel.BorderWeight: "Hairline", "Thin", "Medium", "Thick". */
  weight: string;
}

export interface CellFormat {
  numberFormat?: string;
  bold?: boolean;
  italic?: boolean;
  fontColor?: string;
  fill?: string;
  wrapText?: boolean;
  borders?: Partial<Record<BorderSide, BorderLine>>;
}

/** Excel.BorderIndex values, and the cells of a range each one draws on (as sides of those cells). */
const BORDER_INDEXES: Record<string, (rect: CellRect) => { cells: CellRect; sides: BorderSide[] }[]> = {
  EdgeTop: (rect) => [{ cells: { ...rect, rowCount: 1 }, sides: ["top"] }],
  EdgeBottom: (rect) => [{ cells: { ...rect, row: rect.row + rect.rowCount - 1, rowCount: 1 }, sides: ["bottom"] }],
  EdgeLeft: (rect) => [{ cells: { ...rect, columnCount: 1 }, sides: ["left"] }],
  EdgeRight: (rect) => [
    { cells: { ...rect, column: rect.column + rect.columnCount - 1, columnCount: 1 }, sides: ["right"] },
  ],
  InsideHorizontal: (rect) =>
    rect.rowCount < 2 ? [] : [{ cells: { ...rect, rowCount: rect.rowCount - 1 }, sides: ["bottom"] }],
  InsideVertical: (rect) =>
    rect.columnCount < 2 ? [] : [{ cells: { ...rect, columnCount: rect.columnCount - 1 }, sides: ["right"] }],
  DiagonalDown: (rect) => [{ cells: rect, sides: ["diagonalDown"] }],
  DiagonalUp: (rect) => [{ cells: rect, sides: ["diagonalUp"] }],
};

export const BORDER_INDEX_NAMES = Object.keys(BORDER_INDEXES);

const NO_LINE: BorderLine = { style: "None", color: "#000000", weight: "Thin" };

/** What formats need to know of the rest of the workbook. */
export interface FormatsContext {
  checkSheet(sheetId: number): void;
  /** "NUMBER_DATE", "NUMBER_PERCENT" … as the engine reads the cell's value. */
  valueType(sheetId: number, row: number, column: number): string;
  /** The rows that hold contents so far: where a whole-column format applies. */
  contentRows(sheetId: number): number;
  /** The text the cell shows, for fitting column widths. */
  shownText(sheetId: number, row: number, column: number): string;
  /** Whether the cell shows a card's icon before its text (it holds an entity), which needs room too. */
  showsCardIcon(sheetId: number, row: number, column: number): boolean;
  changed(): void;
}

const DEFAULT_COLUMN_WIDTH_POINTS = 48;
const MIN_AUTOFIT_POINTS = 24;
const MAX_AUTOFIT_POINTS = 400;
/** The card icon before an entity's text: 12 px and its gap, in points. */
const CARD_ICON_POINTS = 12;

const cellKey = (row: number, column: number) => `${row}:${column}`;

function* cellsOf(rect: CellRect): Generator<[number, number]> {
  for (let row = rect.row; row < rect.row + rect.rowCount; row += 1) {
    for (let column = rect.column; column < rect.column + rect.columnCount; column += 1) yield [row, column];
  }
}

/** Width in points that shows a text in Calibri 11: CJK characters count double. */
function textWidthPoints(text: string): number {
  let units = 0;
  // The em dash of Chinese text (2025年1—11月) is as wide as a CJK character in the fonts that show it.
  for (const character of text) units += character.codePointAt(0)! >= 0x2e80 || character === "—" ? 2 : 1;
  return Math.round((units * 7 + 12) * 0.75);
}

export class CellFormats {
  private readonly formats = new Map<number, Map<string, CellFormat>>();
  private readonly widths = new Map<number, Map<number, number>>();

  constructor(private readonly context: FormatsContext) {}

  addSheet(sheetId: number): void {
    this.formats.set(sheetId, new Map());
    this.widths.set(sheetId, new Map());
  }

  removeSheet(sheetId: number): void {
    this.formats.delete(sheetId);
    this.widths.delete(sheetId);
  }

  /** Worksheet.copy: the copy gets every cell format and column width of the source. */
  copySheet(from: number, to: number): void {
    this.formats.set(to, new Map([...this.sheetFormats(from)].map(([key, format]) => [key, structuredClone(format)])));
    this.widths.set(to, new Map(this.widths.get(from)));
  }

  /** Whole rows inserted: the formats below move down with their cells. */
  insertRows(sheetId: number, insertion: RowInsertion): void {
    this.formats.set(sheetId, shiftedKeys(this.sheetFormats(sheetId), insertion));
  }

  private sheetFormats(sheetId: number): Map<string, CellFormat> {
    this.context.checkSheet(sheetId);
    return this.formats.get(sheetId)!;
  }

  formatAt(sheetId: number, row: number, column: number): CellFormat {
    return this.sheetFormats(sheetId).get(cellKey(row, column)) ?? {};
  }

  /** The cells that carry a format, for the used range (without valuesOnly). */
  formattedCells(sheetId: number): { row: number; column: number }[] {
    return [...this.sheetFormats(sheetId).keys()].map((key) => {
      const [row, column] = key.split(":").map(Number);
      return { row, column };
    });
  }

  /** The number format Excel reports: the one set, or the one Excel would have applied for a typed date/percent. */
  numberFormatAt(sheetId: number, row: number, column: number): string {
    const set = this.formatAt(sheetId, row, column).numberFormat;
    if (set) return set;
    const type = this.context.valueType(sheetId, row, column);
    if (type === "NUMBER_DATE") return "yyyy-mm-dd";
    if (type === "NUMBER_PERCENT") return "0%";
    return "General";
  }

  isTextFormatted(sheetId: number, row: number, column: number): boolean {
    return this.formatAt(sheetId, row, column).numberFormat === "@";
  }

  readNumberFormats(sheetId: number, rect: CellRect): string[][] {
    assertReadable(rect);
    return gridOf(rect, (row, column) => this.numberFormatAt(sheetId, row, column));
  }

  writeNumberFormats(sheetId: number, rect: CellRect, formats: unknown): void {
    assertReadable(rect);
    const rows = fitToRect(formats, rect, "numberFormat");
    this.update(sheetId, rect, (row, column) => {
      const format = rows[row - rect.row][column - rect.column];
      if (format === null) return undefined;
      if (typeof format !== "string") throw new WorkbookError("InvalidArgument", "A number format must be a string.");
      return { numberFormat: format };
    });
  }

  /** Sets one format property on every cell of the range (Range.format.font.bold = true, and so on). */
  apply(sheetId: number, rect: CellRect, patch: CellFormat): void {
    assertReadable(rect);
    this.update(sheetId, rect, () => patch);
  }

  private update(sheetId: number, rect: CellRect, patchAt: (row: number, column: number) => CellFormat | undefined) {
    const formats = this.sheetFormats(sheetId);
    for (const [row, column] of cellsOf(this.boundedToContent(sheetId, rect))) {
      const patch = patchAt(row, column);
      if (!patch) continue;
      const key = cellKey(row, column);
      formats.set(key, { ...formats.get(key), ...patch });
    }
    this.context.changed();
  }

  /** Whole-column formats apply to the rows that exist so far (the preview keeps formats per cell). */
  private boundedToContent(sheetId: number, rect: CellRect): CellRect {
    if (rect.rowCount < EXCEL_ROWS) return rect;
    return { ...rect, row: 0, rowCount: Math.max(1, this.context.contentRows(sheetId)) };
  }

  /** One format property over a range: its value when every cell agrees, else null (as Excel reports). */
  read<K extends keyof CellFormat>(sheetId: number, rect: CellRect, property: K, fallback: CellFormat[K]) {
    const formats = this.sheetFormats(sheetId);
    let result: CellFormat[K] | null | undefined;
    for (const [row, column] of cellsOf(this.boundedToContent(sheetId, rect))) {
      const value = formats.get(cellKey(row, column))?.[property] ?? fallback;
      if (result === undefined) result = value;
      else if (result !== value) return null;
    }
    return result ?? fallback;
  }

  /** Sets (or, with style "None", removes) the line Excel.RangeBorder `index` draws over the range. */
  setBorder(sheetId: number, rect: CellRect, index: string, patch: Partial<BorderLine>): void {
    const parts = BORDER_INDEXES[index];
    if (!parts) throw new WorkbookError("InvalidArgument", `"${index}" is not a border index.`);
    assertReadable(rect);
    const formats = this.sheetFormats(sheetId);
    for (const { cells, sides } of parts(this.boundedToContent(sheetId, rect))) {
      for (const [row, column] of cellsOf(cells)) {
        const key = cellKey(row, column);
        const format = formats.get(key) ?? {};
        const borders = { ...format.borders };
        for (const side of sides) {
          const line = { ...(borders[side] ?? { ...NO_LINE, style: "Continuous" }), ...patch };
          if (line.style === "None") delete borders[side];
          else borders[side] = line;
        }
        formats.set(key, { ...format, borders });
      }
    }
    this.context.changed();
  }

  /** The line on one side of a cell; style "None" where there is none. */
  borderAt(sheetId: number, row: number, column: number, side: BorderSide): BorderLine {
    return this.formatAt(sheetId, row, column).borders?.[side] ?? NO_LINE;
  }

  /** One property of the line Excel.RangeBorder `index` draws over the range: its value where all agree, else null. */
  readBorder(sheetId: number, rect: CellRect, index: string, property: keyof BorderLine): string | null {
    const parts = BORDER_INDEXES[index];
    if (!parts) throw new WorkbookError("InvalidArgument", `"${index}" is not a border index.`);
    let result: string | undefined;
    for (const { cells, sides } of parts(this.boundedToContent(sheetId, rect))) {
      for (const [row, column] of cellsOf(cells)) {
        for (const side of sides) {
          const value = this.borderAt(sheetId, row, column, side)[property];
          if (result === undefined) result = value;
          else if (result !== value) return null;
        }
      }
    }
    return result ?? NO_LINE[property];
  }

  columnWidth(sheetId: number, column: number): number {
    this.context.checkSheet(sheetId);
    return this.widths.get(sheetId)!.get(column) ?? DEFAULT_COLUMN_WIDTH_POINTS;
  }

  setColumnWidth(sheetId: number, rect: CellRect, points: number): void {
    if (!Number.isFinite(points) || points < 0 || points > 255 * 7.5) {
      throw new WorkbookError("InvalidArgument", "The column width is out of range.");
    }
    this.context.checkSheet(sheetId);
    const widths = this.widths.get(sheetId)!;
    for (let column = rect.column; column < rect.column + rect.columnCount; column += 1) widths.set(column, points);
    this.context.changed();
  }

  /** Widths that fit the text shown in the range's columns (over the rows with contents for whole columns). */
  autofitColumns(sheetId: number, rect: CellRect): void {
    this.context.checkSheet(sheetId);
    const widths = this.widths.get(sheetId)!;
    const bounded = this.boundedToContent(sheetId, rect);
    for (let column = bounded.column; column < bounded.column + bounded.columnCount; column += 1) {
      let widest = MIN_AUTOFIT_POINTS;
      for (let row = bounded.row; row < bounded.row + bounded.rowCount; row += 1) {
        const icon = this.context.showsCardIcon(sheetId, row, column) ? CARD_ICON_POINTS : 0;
        widest = Math.max(widest, textWidthPoints(this.context.shownText(sheetId, row, column)) + icon);
      }
      widths.set(column, Math.min(widest, MAX_AUTOFIT_POINTS));
    }
    this.context.changed();
  }
}
