/**
 * Queues the writes of a sheet plan on a worksheet (no `context.sync()` here: the caller syncs once for the
 * whole batch). Values are written as one 2-D array per block; number formats before values, so text columns
 * stay text; text that Excel would read as a formula gets a quote prefix.
 */
import { cellAddress, rangeAddress } from "../excel-rules/a1";
import type { Block, CellBlock, CellInput, ChartPlan, SheetPlan } from "./sheet-plan";

/** Text Excel would parse as a formula when typed (`=`, `+`, `-`, `@` first) is written with a quote prefix. */
function asLiteral(cell: CellInput): CellInput {
  return typeof cell === "string" && /^[=+\-@]/.test(cell) ? `'${cell}` : cell;
}

function rangeOf(sheet: Excel.Worksheet, block: Block): Excel.Range {
  return sheet.getRangeByIndexes(block.row, block.col, block.rows, block.cols);
}

function writeBlock(sheet: Excel.Worksheet, block: CellBlock): void {
  const range = rangeOf(sheet, block);
  if (block.numberFormat !== undefined) {
    range.numberFormat =
      typeof block.numberFormat === "string"
        ? block.cells.map((line) => line.map(() => block.numberFormat as string))
        : block.numberFormat;
  }
  if (block.kind === "formulas") range.formulas = block.cells;
  else if (block.kind === "values") range.values = block.cells.map((line) => line.map(asLiteral));
  if (block.bold !== undefined) range.format.font.bold = block.bold;
  if (block.italic !== undefined) range.format.font.italic = block.italic;
  if (block.fontColor !== undefined) range.format.font.color = block.fontColor;
  if (block.fillColor !== undefined) range.format.fill.color = block.fillColor;
}

function addChart(sheet: Excel.Worksheet, plan: ChartPlan): Excel.Chart {
  const [first, ...others] = plan.series;
  const categories = rangeOf(sheet, plan.categories);
  const chart = sheet.charts.add(plan.type, rangeOf(sheet, first.values), "Columns");
  const firstSeries = chart.series.getItemAt(0);
  firstSeries.name = first.name;
  firstSeries.setXAxisValues(categories);
  for (const other of others) {
    const series = chart.series.add(other.name);
    series.setValues(rangeOf(sheet, other.values));
    series.setXAxisValues(categories);
  }
  chart.name = plan.name;
  chart.title.text = plan.title;
  if (plan.categoryAxisTitle !== null) chart.axes.categoryAxis.title.text = plan.categoryAxisTitle;
  if (plan.valueAxisTitle !== null) chart.axes.valueAxis.title.text = plan.valueAxisTitle;
  chart.legend.visible = plan.showLegend;
  chart.setPosition(
    cellAddress(plan.position.from.row, plan.position.from.col),
    cellAddress(plan.position.to.row, plan.position.to.col),
  );
  return chart;
}

/**
 * Queues every write of `plan` (already placed at its origin) on `sheet`; returns the range to select, so the
 * caller can activate the sheet first. Freezing panes is left to the caller (only new sheets freeze).
 */
export function queuePlan(sheet: Excel.Worksheet, plan: SheetPlan): Excel.Range {
  // Tables first: if Excel refuses one (it would overlap a table the selection cannot show), nothing is written.
  for (const tablePlan of plan.tables) {
    const table = sheet.tables.add(rangeAddress(tablePlan.row, tablePlan.col, tablePlan.rows, tablePlan.cols), true);
    table.name = tablePlan.name;
    table.style = tablePlan.style;
    table.showBandedRows = true;
  }
  plan.blocks.forEach((block) => writeBlock(sheet, block));
  plan.autofit.forEach((block) => rangeOf(sheet, block).format.autofitColumns());
  for (const width of plan.columnWidths) {
    const column = sheet.getRangeByIndexes(width.row, width.col, width.rows, 1);
    column.format.columnWidth = width.width;
    column.format.wrapText = width.wrap;
  }
  plan.charts.forEach((chart) => addChart(sheet, chart));
  return rangeOf(sheet, plan.select);
}
