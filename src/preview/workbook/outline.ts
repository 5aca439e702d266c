/**
 * The sheets' column outline, as Excel keeps it: each column's outline level (Range.group raises it, up to 8) and
 * whether it is hidden (a collapsed group, or Range.columnHidden). Hidden columns take no width in the grid, and the
 * outline's + beside a collapsed group shows its columns again.
 */
import type { CellRect } from "../../excel-rules/a1";
import { WorkbookError } from "./workbook-error";

/** Excel's deepest outline. */
const MAX_LEVEL = 8;

interface SheetOutline {
  levels: Map<number, number>;
  hidden: Set<number>;
}

export interface OutlineContext {
  checkSheet(sheetId: number): void;
  changed(): void;
}

function columnsOf(rect: CellRect): number[] {
  return Array.from({ length: rect.columnCount }, (_, i) => rect.column + i);
}

export class ColumnOutline {
  private readonly sheets = new Map<number, SheetOutline>();

  constructor(private readonly context: OutlineContext) {}

  addSheet(sheetId: number): void {
    this.sheets.set(sheetId, { levels: new Map(), hidden: new Set() });
  }

  removeSheet(sheetId: number): void {
    this.sheets.delete(sheetId);
  }

  private sheet(sheetId: number): SheetOutline {
    this.context.checkSheet(sheetId);
    return this.sheets.get(sheetId)!;
  }

  level(sheetId: number, column: number): number {
    return this.sheet(sheetId).levels.get(column) ?? 0;
  }

  isHidden(sheetId: number, column: number): boolean {
    return this.sheet(sheetId).hidden.has(column);
  }

  /** Range.group("ByColumns"): one level deeper; Excel refuses a ninth level. */
  group(sheetId: number, rect: CellRect): void {
    const { levels } = this.sheet(sheetId);
    const columns = columnsOf(rect);
    if (columns.some((column) => (levels.get(column) ?? 0) >= MAX_LEVEL)) {
      throw new WorkbookError("InvalidOperation", "The outline already has 8 levels.");
    }
    for (const column of columns) levels.set(column, (levels.get(column) ?? 0) + 1);
    this.context.changed();
  }

  /** Range.hideGroupDetails / showGroupDetails("ByColumns"): hides or shows the grouped columns of the range. */
  setGroupDetailsHidden(sheetId: number, rect: CellRect, hidden: boolean): void {
    const grouped = columnsOf(rect).filter((column) => this.level(sheetId, column) > 0);
    this.setHidden(sheetId, grouped, hidden);
  }

  /** Range.columnHidden = …, and the outline's + and −. */
  setHidden(sheetId: number, columns: readonly number[], hidden: boolean): void {
    const set = this.sheet(sheetId).hidden;
    for (const column of columns) {
      if (hidden) set.add(column);
      else set.delete(column);
    }
    this.context.changed();
  }

  /** The hidden columns of a sheet that belong to a group, as runs: where the grid draws a + to show them. */
  collapsedGroups(sheetId: number): CellRect[] {
    const { hidden, levels } = this.sheet(sheetId);
    const columns = [...hidden].filter((column) => (levels.get(column) ?? 0) > 0).sort((a, b) => a - b);
    const runs: CellRect[] = [];
    for (const column of columns) {
      const last = runs.at(-1);
      if (last && last.column + last.columnCount === column) last.columnCount += 1;
      else runs.push({ row: 0, column, rowCount: 1, columnCount: 1 });
    }
    return runs;
  }
}
