/**
 * Whether a block of cells is free to write, decided in pure code from what one read found there. A cell is occupied
 * when it has a value or a formula (`=""` included), is filled by another cell's spilling array, has a number format
 * other than General, a fill, a border, a comment or a note, a data validation rule, or is part of a merged area;
 * the block is occupied when any of its cells is, or when it overlaps a table. The first occupied cell, reading row
 * by row, is what the pane names.
 */
import { cellAddress, containsCell, type CellRect } from "../excel-rules/a1";

export type CellOccupantKind =
  "value" | "formula" | "spill" | "numberFormat" | "fill" | "border" | "comment" | "note" | "dataValidation" | "merged";

/** What occupies the block: its first occupied cell and why, or a table it overlaps. */
export type Occupant = { kind: CellOccupantKind; cell: string } | { kind: "table"; table: string };

/** A cell's fill and borders as Range.getCellProperties gives them. */
export interface CellLook {
  format?: {
    fill?: { color?: string; pattern?: string };
    borders?: Record<string, { style?: string } | undefined>;
  };
}

/** Areas of the sheet (sheet coordinates) that occupy every cell they cover. */
export type AreaKind = "merged" | "dataValidation" | "comment" | "note";

/** What the one read of a block found; every 2-D array has the block's shape. */
export interface BlockContents {
  block: CellRect;
  formulas: unknown[][];
  values: unknown[][];
  numberFormat: unknown[][];
  looks: CellLook[][];
  areas: Partial<Record<AreaKind, CellRect[]>>;
  /** The tables that overlap the block. */
  tables: string[];
}

const NO_FILL = "#FFFFFF";
const AREA_ORDER: AreaKind[] = ["merged", "dataValidation", "comment", "note"];

const blank = (value: unknown) => value === "" || value === undefined || value === null;

function contentKind(formula: unknown, value: unknown): CellOccupantKind | null {
  if (typeof formula === "string" && formula.startsWith("=")) return "formula";
  if (!blank(formula)) return "value";
  return blank(value) ? null : "spill"; // no formula of its own, yet a value: another cell's array spills here
}

function hasFill(look: CellLook | undefined): boolean {
  const fill = look?.format?.fill;
  if (!fill) return false;
  return fill.pattern !== undefined ? fill.pattern !== "None" : (fill.color ?? NO_FILL).toUpperCase() !== NO_FILL;
}

function hasBorder(look: CellLook | undefined): boolean {
  const borders = look?.format?.borders ?? {};
  return Object.values(borders).some((line) => line?.style !== undefined && line.style !== "None");
}

/** Why the cell at (r, c) of the block is occupied, or null when it is free. */
function cellOccupant(contents: BlockContents, r: number, c: number): CellOccupantKind | null {
  const content = contentKind(contents.formulas[r]?.[c], contents.values[r]?.[c]);
  if (content) return content;
  const format = contents.numberFormat[r]?.[c];
  if (typeof format === "string" && format !== "" && format !== "General") return "numberFormat";
  const look = contents.looks[r]?.[c];
  if (hasFill(look)) return "fill";
  if (hasBorder(look)) return "border";
  const row = contents.block.row + r;
  const column = contents.block.column + c;
  return AREA_ORDER.find((kind) => contents.areas[kind]?.some((area) => containsCell(area, row, column))) ?? null;
}

/** The first occupied cell of the block (row by row) and why, else the first table it overlaps, else null. */
export function firstOccupant(contents: BlockContents): Occupant | null {
  const { block } = contents;
  for (let r = 0; r < block.rowCount; r++) {
    for (let c = 0; c < block.columnCount; c++) {
      const kind = cellOccupant(contents, r, c);
      if (kind) return { kind, cell: cellAddress(block.row + r, block.column + c) };
    }
  }
  return contents.tables.length > 0 ? { kind: "table", table: contents.tables[0] } : null;
}
