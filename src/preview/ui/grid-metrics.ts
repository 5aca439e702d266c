/** Pixel geometry of the grid (Excel's defaults: 20 px rows, widths in points at 96 dpi) and where charts sit. */
import type { CellRect } from "../../excel-rules/a1";
import type { ChartInfo } from "../workbook/charts";
import type { PreviewWorkbook } from "../workbook/workbook";

export const GRID_METRICS = { rowHeight: 20, headerHeight: 22, rowHeaderWidth: 44 } as const;

const DEFAULT_CHART = { rowCount: 15, columnCount: 8 };

export function columnPixels(points: number): number {
  return Math.round((points * 4) / 3);
}

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Pixels the columns take in the grid; hidden columns (a collapsed group) take none. */
function columnsWidth(workbook: PreviewWorkbook, sheetId: number, from: number, count: number): number {
  let width = 0;
  for (let column = from; column < from + count; column += 1) {
    if (!workbook.outline.isHidden(sheetId, column))
      width += columnPixels(workbook.formats.columnWidth(sheetId, column));
  }
  return width;
}

/** The chart's cells (setPosition), else a default-sized area two columns right of the used range. */
function chartCells(chart: ChartInfo, used: CellRect | undefined): CellRect {
  if (chart.position) return chart.position;
  const column = used ? used.column + used.columnCount + 1 : 1;
  return { row: used?.row ?? 0, column, ...DEFAULT_CHART };
}

export function chartBox(workbook: PreviewWorkbook, chart: ChartInfo, used: CellRect | undefined): Box {
  const cells = chartCells(chart, used);
  return {
    left: GRID_METRICS.rowHeaderWidth + columnsWidth(workbook, chart.sheetId, 0, cells.column),
    top: GRID_METRICS.headerHeight + cells.row * GRID_METRICS.rowHeight,
    width: columnsWidth(workbook, chart.sheetId, cells.column, cells.columnCount),
    height: cells.rowCount * GRID_METRICS.rowHeight,
  };
}
