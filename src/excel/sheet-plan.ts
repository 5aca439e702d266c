/**
 * A sheet plan: a pure description of what an action writes to one worksheet (cell blocks, tables, widths,
 * selection), relative to an origin cell. Actions build plans without Office; `write-plan.ts` queues a plan's
 * writes on a worksheet; the bounding box tells which cells must be empty before anything is written.
 */
import { EXCEL_COLUMNS, EXCEL_ROWS } from "../excel-rules/limits";

export type CellInput = string | number | boolean;

export interface Block {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export interface CellBlock extends Block {
  /**
   * `values` writes data (text is never read as a formula); `formulas` writes cells that may hold `=…` formulas;
   * `formatOnly` applies the formats and leaves the cells as they are.
   */
  kind: "values" | "formulas" | "formatOnly";
  cells: CellInput[][];
  /** One format per cell, or one for the whole block. */
  numberFormat?: string[][] | string;
  bold?: boolean;
  italic?: boolean;
  fontColor?: string;
  fillColor?: string;
}

/** An Excel table; its cells never wrap, so every row stays one line tall. */
export interface TablePlan extends Block {
  name: string;
  style: string;
}

export interface ColumnWidthPlan {
  col: number;
  /** Width in points. */
  width: number;
  wrap: boolean;
  /** The rows the width and wrapping apply to. */
  row: number;
  rows: number;
}

/** Columns grouped in Excel's outline (the rows say which cells to group by; the whole columns are grouped). */
export interface ColumnGroupPlan extends Block {
  /** Hide the group's columns at once (the outline's + shows them). */
  collapsed: boolean;
}

export type ExcelChartType = "ColumnClustered" | "BarClustered" | "Line" | "Pie";

export interface ChartPlan {
  type: ExcelChartType;
  name: string;
  title: string;
  /** Column of the categories and rows of the data (without the header row). */
  categories: Block;
  series: { name: string; values: Block }[];
  categoryAxisTitle: string | null;
  valueAxisTitle: string | null;
  /** Where the legend sits, outside the plot and the title; null for no legend. */
  legend: "Bottom" | "Right" | null;
  /** Values printed on the points (short series). */
  dataLabels: boolean;
  /** Activate the chart once placed, so that Excel scrolls it into view: it lies beyond the usual window. */
  activate: boolean;
  /** Top-left and bottom-right cells the chart covers. */
  position: { from: { row: number; col: number }; to: { row: number; col: number } };
}

export interface SheetPlan {
  blocks: CellBlock[];
  tables: TablePlan[];
  autofit: Block[];
  columnWidths: ColumnWidthPlan[];
  columnGroups: ColumnGroupPlan[];
  charts: ChartPlan[];
  /** Rows to freeze at the top; only used when the plan fills a new sheet. */
  freezeRows: number;
  select: Block;
}

/** A block of cells from a 2-D array whose rows may differ in length (short rows are padded with ""). */
export function cellBlock(
  row: number,
  col: number,
  cells: CellInput[][],
  options: Omit<CellBlock, keyof Block | "cells" | "kind"> & { kind?: CellBlock["kind"] } = {},
): CellBlock {
  const cols = Math.max(1, ...cells.map((line) => line.length));
  const padded = cells.map((line) => [...line, ...Array<CellInput>(cols - line.length).fill("")]);
  return { kind: "values", ...options, row, col, rows: padded.length, cols, cells: padded };
}

/** The smallest block holding every cell block and table of the plan (charts float and take no cells). */
export function boundingBlock(plan: Pick<SheetPlan, "blocks" | "tables">): Block {
  const parts: Block[] = [...plan.blocks, ...plan.tables];
  if (parts.length === 0) return { row: 0, col: 0, rows: 1, cols: 1 };
  const top = Math.min(...parts.map((part) => part.row));
  const left = Math.min(...parts.map((part) => part.col));
  const bottom = Math.max(...parts.map((part) => part.row + part.rows));
  const right = Math.max(...parts.map((part) => part.col + part.cols));
  return { row: top, col: left, rows: bottom - top, cols: right - left };
}

function shifted<T extends Block>(part: T, rows: number, cols: number): T {
  return { ...part, row: part.row + rows, col: part.col + cols };
}

/** A chart position pulled back inside Excel's grid (it may then overlap the cells it sits beside). */
function clampToGrid(position: ChartPlan["position"]): ChartPlan["position"] {
  const height = position.to.row - position.from.row;
  const width = position.to.col - position.from.col;
  const row = Math.min(position.from.row, EXCEL_ROWS - 1 - height);
  const col = Math.min(position.from.col, EXCEL_COLUMNS - 1 - width);
  return { from: { row, col }, to: { row: row + height, col: col + width } };
}

/** The plan moved so that its (0, 0) lands on (row, col). */
export function planAt(plan: SheetPlan, row: number, col: number): SheetPlan {
  const move = <T extends Block>(part: T) => shifted(part, row, col);
  return {
    ...plan,
    blocks: plan.blocks.map(move),
    tables: plan.tables.map(move),
    autofit: plan.autofit.map(move),
    columnWidths: plan.columnWidths.map((width) => ({ ...width, col: width.col + col, row: width.row + row })),
    columnGroups: plan.columnGroups.map(move),
    charts: plan.charts.map((chart) => ({
      ...chart,
      categories: move(chart.categories),
      series: chart.series.map((series) => ({ ...series, values: move(series.values) })),
      position: clampToGrid({
        from: { row: chart.position.from.row + row, col: chart.position.from.col + col },
        to: { row: chart.position.to.row + row, col: chart.position.to.col + col },
      }),
    })),
    select: move(plan.select),
  };
}
