/**
 * Excel's data types in the preview: the formatted numbers and entity cards the AMC.* functions return, kept beside
 * the cells HyperFormula holds. The engine holds and computes with each one's basic value (a formula reading such a
 * cell gets the number, or a card's text, as Excel computes with basicValue); the grid shows the number under its
 * format or opens the card; FIELDVALUE (what `=A2.Province` is rewritten to) reads a card's field from here.
 */
import type { SimpleCellAddress } from "hyperformula";

/** A value of Excel's data types (Excel.DoubleCellValue, Excel.EntityCellValue …), as a function returns it. */
export type TypedValue = Excel.CellValue;

export function isTypedValue(value: unknown): value is TypedValue {
  return (
    typeof value === "object" &&
    value !== null &&
    !Array.isArray(value) &&
    typeof (value as { type?: unknown }).type === "string" &&
    typeof (value as { code?: unknown }).code !== "string"
  );
}

/** What a cell holding the value computes as: a number's basicValue, a card's text; undefined for other types. */
export function basicValueOf(value: TypedValue): number | string | boolean | undefined {
  switch (value.type) {
    case "Double":
    case "FormattedNumber":
    case "String":
    case "Boolean":
      return value.basicValue as number | string | boolean;
    case "Entity":
      return value.text ?? "";
    default:
      return undefined;
  }
}

/** A typed value at its place in a result: row and column within a spill (0, 0 for a single value). */
export interface TypedCell {
  row: number;
  column: number;
  value: TypedValue;
}

/** The typed values of a function's result, where they sit in it. */
export function typedCellsOf(result: unknown): TypedCell[] {
  if (!Array.isArray(result)) return isTypedValue(result) ? [{ row: 0, column: 0, value: result }] : [];
  const cells: TypedCell[] = [];
  result.forEach((row: unknown, r) => {
    if (!Array.isArray(row)) return;
    row.forEach((value: unknown, c) => {
      if (isTypedValue(value)) cells.push({ row: r, column: c, value });
    });
  });
  return cells;
}

/** A card's property by name: as written, else ignoring case, as Excel matches `=A2.province`. */
export function fieldOf(card: Excel.EntityCellValue, name: string): Excel.EntityPropertyType | undefined {
  const properties = card.properties ?? {};
  if (Object.prototype.hasOwnProperty.call(properties, name)) return properties[name];
  const key = Object.keys(properties).find((candidate) => candidate.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : properties[key];
}

const cellKey = ({ sheet, row, col }: SimpleCellAddress) => `${sheet}:${row}:${col}`;

interface Kept {
  anchor: string;
  value: TypedValue;
  basic: unknown;
}

/**
 * The typed values in the workbook's cells, by the formula whose result put them there. A value counts only while
 * its cell still computes to the same basic value: a cell written over, or a formula that now returns something
 * else, leaves nothing behind that could be shown or read by mistake.
 */
export class RichValues {
  private readonly byCell = new Map<string, Kept>();
  private readonly byAnchor = new Map<string, string[]>();

  /** What one evaluation of the formula at `anchor` returned: its typed values replace the ones before. */
  record(anchor: SimpleCellAddress, cells: readonly TypedCell[]): void {
    const anchorKey = cellKey(anchor);
    this.forgetAnchor(anchorKey);
    if (cells.length === 0) return;
    const keys = cells.map(({ row, column, value }) => {
      const key = cellKey({ sheet: anchor.sheet, row: anchor.row + row, col: anchor.col + column });
      this.byCell.set(key, { anchor: anchorKey, value, basic: basicValueOf(value) });
      return key;
    });
    this.byAnchor.set(anchorKey, keys);
  }

  /** The cell was written: whatever its formula put in cells is gone. */
  forget(address: SimpleCellAddress): void {
    this.forgetAnchor(cellKey(address));
  }

  private forgetAnchor(anchorKey: string): void {
    for (const key of this.byAnchor.get(anchorKey) ?? []) {
      if (this.byCell.get(key)?.anchor === anchorKey) this.byCell.delete(key);
    }
    this.byAnchor.delete(anchorKey);
  }

  /** The typed value of a cell that now computes to `current`, or undefined. */
  at(address: SimpleCellAddress, current: unknown): TypedValue | undefined {
    const kept = this.byCell.get(cellKey(address));
    return kept && kept.basic === current ? kept.value : undefined;
  }
}
