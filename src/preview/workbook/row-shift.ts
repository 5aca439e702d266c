/**
 * Where things of a sheet go when whole rows are inserted (Range.insert("Down") over entire rows): rows at or below
 * the insertion move down; a rectangle the insertion cuts through grows, as Excel grows merged areas and tables.
 */
import type { CellRect } from "../../excel-rules/a1";

export interface RowInsertion {
  at: number;
  count: number;
}

export function shiftedRow(row: number, { at, count }: RowInsertion): number {
  return row >= at ? row + count : row;
}

export function shiftedRect(rect: CellRect, insertion: RowInsertion): CellRect {
  if (rect.row >= insertion.at) return { ...rect, row: rect.row + insertion.count };
  if (rect.row + rect.rowCount > insertion.at) return { ...rect, rowCount: rect.rowCount + insertion.count };
  return { ...rect };
}

/** A "row:column" key moved. */
export function shiftedKey(key: string, insertion: RowInsertion): string {
  const [row, column] = key.split(":").map(Number);
  return `${shiftedRow(row, insertion)}:${column}`;
}

/** A "row:column" keyed map with its keys moved. */
export function shiftedKeys<T>(map: ReadonlyMap<string, T>, insertion: RowInsertion): Map<string, T> {
  return new Map([...map].map(([key, value]) => [shiftedKey(key, insertion), value]));
}
