/**
 * What the repair re-enters, decided in pure code from the sheets' contents: the cells whose formula calls an
 * `AMC.*` function, grouped into rectangles of such cells (runs along a row, merged down identical runs), each
 * written back with exactly the formulas read, and the writes split into batches only where Excel on the web's
 * request limit demands it. Also the counts the pane shows (cells showing `#NAME?` or `#BUSY!`).
 */
import { callsAmcFunction } from "./amc-formula";
import { EXCEL_WEB_REQUEST_LIMIT_BYTES } from "../excel-rules/limits";
import type { SheetContents } from "./workbook-contents";

/** What one batch of repair writes may send: under the 5 MB limit, with room for the request's envelope. */
export const REPAIR_BATCH_BYTES = Math.floor(EXCEL_WEB_REQUEST_LIMIT_BYTES * 0.8);
/** Bytes a write costs beyond its formulas (the action, the range's address, the property name). */
const WRITE_OVERHEAD_BYTES = 256;

export interface AmcCell {
  row: number;
  col: number;
  formula: string;
  value?: unknown;
}

export interface FormulaBlock {
  sheet: string;
  sheetId: string;
  row: number;
  col: number;
  /** The formulas as read, one row per row of the block. */
  formulas: string[][];
}

export interface SheetSummary {
  sheet: string;
  /** Cells calling AMC.* functions. */
  cells: number;
  /** Of those, the cells showing #NAME? and #BUSY!. */
  nameErrors: number;
  busy: number;
}

/** The cells of a sheet whose formula calls an AMC.* function, at their sheet positions, row by row. */
function amcCells(sheet: SheetContents): AmcCell[] {
  const cells: AmcCell[] = [];
  sheet.formulas.forEach((line, r) =>
    line.forEach((formula, c) => {
      if (!callsAmcFunction(formula)) return;
      const cell: AmcCell = { row: sheet.rowIndex + r, col: sheet.columnIndex + c, formula: formula as string };
      if (sheet.values) cell.value = sheet.values[r]?.[c];
      cells.push(cell);
    }),
  );
  return cells;
}

export function summarise(sheet: SheetContents): SheetSummary {
  const cells = amcCells(sheet);
  return {
    sheet: sheet.name,
    cells: cells.length,
    nameErrors: cells.filter((cell) => cell.value === "#NAME?").length,
    busy: cells.filter((cell) => cell.value === "#BUSY!").length,
  };
}

interface Run {
  row: number;
  col: number;
  formulas: string[];
}

/** Runs of horizontally adjacent cells (cells come row by row, left to right). */
function runsOf(cells: AmcCell[]): Run[] {
  const runs: Run[] = [];
  for (const cell of cells) {
    const last = runs[runs.length - 1];
    if (last && last.row === cell.row && last.col + last.formulas.length === cell.col) last.formulas.push(cell.formula);
    else runs.push({ row: cell.row, col: cell.col, formulas: [cell.formula] });
  }
  return runs;
}

/** The rectangles to write: each run joins the block just above it when that block spans the same columns. */
export function formulaBlocks(sheet: SheetContents): FormulaBlock[] {
  const blocks: FormulaBlock[] = [];
  const openByColumns = new Map<string, FormulaBlock>();
  for (const run of runsOf(amcCells(sheet))) {
    const columns = `${run.col}:${run.formulas.length}`;
    const above = openByColumns.get(columns);
    if (above && above.row + above.formulas.length === run.row) {
      above.formulas.push(run.formulas);
    } else {
      const block = { sheet: sheet.name, sheetId: sheet.id, row: run.row, col: run.col, formulas: [run.formulas] };
      blocks.push(block);
      openByColumns.set(columns, block);
    }
  }
  return blocks;
}

const encoder = new TextEncoder();

function writeBytes(block: Pick<FormulaBlock, "formulas">): number {
  return encoder.encode(JSON.stringify(block.formulas)).length + WRITE_OVERHEAD_BYTES;
}

/** A block cut into bands of whole rows that each fit in `limit` bytes (one row always fits: formulas are ≤ 8192). */
function fitted(block: FormulaBlock, limit: number): FormulaBlock[] {
  if (writeBytes(block) <= limit) return [block];
  const bands: FormulaBlock[] = [];
  let start = 0;
  let bytes = WRITE_OVERHEAD_BYTES + 2; // the band's brackets
  block.formulas.forEach((line, r) => {
    const lineBytes = encoder.encode(JSON.stringify(line)).length + 1; // and its comma
    if (r > start && bytes + lineBytes > limit) {
      bands.push({ ...block, row: block.row + start, formulas: block.formulas.slice(start, r) });
      start = r;
      bytes = WRITE_OVERHEAD_BYTES + 2;
    }
    bytes += lineBytes;
  });
  bands.push({ ...block, row: block.row + start, formulas: block.formulas.slice(start) });
  return bands;
}

/** The writes grouped into as few batches as the byte limit allows (one batch unless the payload demands more). */
export function writeBatches(blocks: FormulaBlock[], limit = REPAIR_BATCH_BYTES): FormulaBlock[][] {
  const batches: FormulaBlock[][] = [];
  let current: FormulaBlock[] = [];
  let bytes = 0;
  for (const block of blocks.flatMap((b) => fitted(b, limit))) {
    const size = writeBytes(block);
    if (current.length > 0 && bytes + size > limit) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(block);
    bytes += size;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
