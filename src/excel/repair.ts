/**
 * Repairing AMC.* formulas that Excel left stuck at `#NAME?` (a workbook opened before the add-in's functions were
 * registered) or `#BUSY!`: re-entering a formula makes Excel bind it again, a recalculation does not. The repair
 * reads every sheet's used range, then writes back exactly the formulas it read, only into the cells that call
 * AMC.* functions (per rectangle of such cells, never a whole used range, which would rewrite values and other
 * formulas and break spills). `scanWorkbook` is the read the pane makes when it opens: it counts AMC.* cells
 * showing `#NAME?`/`#BUSY!` and fills the names cache that inserts use.
 *
 * Syncs: the scan 1 with the names cache (2 without); the repair 1 read + 1 write with the cache, one more write
 * per extra 4 MB of formulas (Excel on the web refuses requests over 5 MB), and no write when there is nothing to
 * repair.
 */
import { blockCellCount, writeBatches } from "./cell-blocks";
import { formulaBlocks, summarise, type FormulaBlock, type SheetSummary } from "./repair-plan";
import { readAllSheets } from "./workbook-contents";

export interface WorkbookScan {
  /** Cells calling AMC.* functions, and of those the ones showing #NAME? and #BUSY!. */
  amcCells: number;
  nameErrors: number;
  busy: number;
  /** Sheets with at least one AMC.* cell, in tab order. */
  sheets: SheetSummary[];
}

export interface RepairedSheet {
  sheet: string;
  cells: number;
}

export interface RepairResult {
  status: "repaired" | "nothingToRepair";
  /** Cells whose formula was re-entered, in all and per sheet (tab order). */
  cells: number;
  sheets: RepairedSheet[];
  /** How many write batches it took (1 unless the formulas exceed one request). */
  writeBatches: number;
}

export interface RepairOptions {
  /** Bytes one write batch may carry; the default keeps under Excel on the web's 5 MB request limit. */
  batchBytes?: number;
}

/** Counts the AMC.* cells of the workbook and those stuck at #NAME? or #BUSY!; refreshes the names cache. */
export async function scanWorkbook(): Promise<WorkbookScan> {
  return Excel.run(async (context): Promise<WorkbookScan> => {
    const sheets = (await readAllSheets(context, { values: true })).map(summarise);
    const withAmc = sheets.filter((sheet) => sheet.cells > 0);
    const total = (key: "cells" | "nameErrors" | "busy") => withAmc.reduce((sum, sheet) => sum + sheet[key], 0);
    return { amcCells: total("cells"), nameErrors: total("nameErrors"), busy: total("busy"), sheets: withAmc };
  });
}

function queueWrite(context: Excel.RequestContext, block: FormulaBlock): void {
  const rows = block.cells.length;
  const columns = block.cells[0].length;
  const range = context.workbook.worksheets
    .getItem(block.sheetId)
    .getRangeByIndexes(block.row, block.col, rows, columns);
  range.formulas = block.cells;
}

function repairedSheets(blocks: FormulaBlock[]): RepairedSheet[] {
  const bySheet = new Map<string, number>();
  for (const block of blocks) {
    bySheet.set(block.sheet, (bySheet.get(block.sheet) ?? 0) + blockCellCount(block));
  }
  return [...bySheet].map(([sheet, cells]) => ({ sheet, cells }));
}

/** Re-enters every AMC.* formula of the workbook in place, with its text unchanged; see the module comment. */
export async function repairAmcFormulas(options: RepairOptions = {}): Promise<RepairResult> {
  return Excel.run(async (context): Promise<RepairResult> => {
    const blocks = (await readAllSheets(context, { values: false })).flatMap(formulaBlocks);
    const batches = writeBatches(blocks, options.batchBytes);
    for (const batch of batches) {
      batch.forEach((block) => queueWrite(context, block));
      // One sync per batch, and more than one batch only past 4 MB of formulas: a single request that size fails.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    }
    const sheets = repairedSheets(blocks);
    const cells = sheets.reduce((sum, sheet) => sum + sheet.cells, 0);
    return {
      status: cells > 0 ? ("repaired" as const) : ("nothingToRepair" as const),
      cells,
      sheets,
      writeBatches: batches.length,
    };
  });
}
