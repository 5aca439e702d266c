/**
 * Scattered cells of one sheet written as few ranges as possible: grouped into rectangles (runs along a row,
 * merged down identical runs), and the rectangles into batches that each fit in one request to Excel (Excel on the
 * web refuses requests over 5 MB). Used by the actions that write chosen cells of whole sheets. Pure.
 */
import { EXCEL_WEB_REQUEST_LIMIT_BYTES } from "../excel-rules/limits";

/** What one batch of writes may send: under the 5 MB limit, with room for the request's envelope. */
export const WRITE_BATCH_BYTES = Math.floor(EXCEL_WEB_REQUEST_LIMIT_BYTES * 0.8);
/** Bytes a write costs beyond its contents (the action, the range's address, the property name). */
const WRITE_OVERHEAD_BYTES = 256;

export interface PlacedCell<T> {
  row: number;
  col: number;
  content: T;
}

export interface CellsBlock<T> {
  sheet: string;
  sheetId: string;
  row: number;
  col: number;
  /** The contents, one row per row of the block. */
  cells: T[][];
}

interface Run<T> {
  row: number;
  col: number;
  cells: T[];
}

/** Runs of horizontally adjacent cells (cells come row by row, left to right). */
function runsOf<T>(cells: readonly PlacedCell<T>[]): Run<T>[] {
  const runs: Run<T>[] = [];
  for (const cell of cells) {
    const last = runs[runs.length - 1];
    if (last && last.row === cell.row && last.col + last.cells.length === cell.col) last.cells.push(cell.content);
    else runs.push({ row: cell.row, col: cell.col, cells: [cell.content] });
  }
  return runs;
}

/** The rectangles to write, cells given row by row: each run joins the block just above it when it spans the same columns. */
export function cellBlocks<T>(sheet: { name: string; id: string }, cells: readonly PlacedCell<T>[]): CellsBlock<T>[] {
  const blocks: CellsBlock<T>[] = [];
  const openByColumns = new Map<string, CellsBlock<T>>();
  for (const run of runsOf(cells)) {
    const columns = `${run.col}:${run.cells.length}`;
    const above = openByColumns.get(columns);
    if (above && above.row + above.cells.length === run.row) {
      above.cells.push(run.cells);
    } else {
      const block = { sheet: sheet.name, sheetId: sheet.id, row: run.row, col: run.col, cells: [run.cells] };
      blocks.push(block);
      openByColumns.set(columns, block);
    }
  }
  return blocks;
}

export function blockCellCount(block: CellsBlock<unknown>): number {
  return block.cells.length * block.cells[0].length;
}

const encoder = new TextEncoder();

function writeBytes(block: Pick<CellsBlock<unknown>, "cells">): number {
  return encoder.encode(JSON.stringify(block.cells)).length + WRITE_OVERHEAD_BYTES;
}

/** A block cut into bands of whole rows that each fit in `limit` bytes (one row of a sheet always fits). */
function fitted<T>(block: CellsBlock<T>, limit: number): CellsBlock<T>[] {
  if (writeBytes(block) <= limit) return [block];
  const bands: CellsBlock<T>[] = [];
  let start = 0;
  let bytes = WRITE_OVERHEAD_BYTES + 2; // the band's brackets
  block.cells.forEach((line, r) => {
    const lineBytes = encoder.encode(JSON.stringify(line)).length + 1; // and its comma
    if (r > start && bytes + lineBytes > limit) {
      bands.push({ ...block, row: block.row + start, cells: block.cells.slice(start, r) });
      start = r;
      bytes = WRITE_OVERHEAD_BYTES + 2;
    }
    bytes += lineBytes;
  });
  bands.push({ ...block, row: block.row + start, cells: block.cells.slice(start) });
  return bands;
}

/** The writes grouped into as few batches as the byte limit allows (one batch unless the payload demands more). */
export function writeBatches<T>(blocks: readonly CellsBlock<T>[], limit = WRITE_BATCH_BYTES): CellsBlock<T>[][] {
  const batches: CellsBlock<T>[][] = [];
  let current: CellsBlock<T>[] = [];
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
