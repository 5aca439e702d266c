/**
 * Queues the writes of a sheet plan on a worksheet (no `context.sync()` here: the caller syncs once for the
 * whole batch). Values are written as one 2-D array per block; number formats before values, so text columns
 * stay text; text that Excel would read as a formula gets a quote prefix.
 */
import { cellAddress, rangeAddress } from "../excel-rules/a1";
import type { Block, CellBlock, CellInput, ChartPlan, ColumnGroupPlan, SheetPlan } from "./sheet-plan";

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
  chart.legend.visible = plan.legend !== null;
  if (plan.legend !== null) {
    chart.legend.position = plan.legend;
    chart.legend.overlay = false;
  }
  chart.dataLabels.showValue = plan.dataLabels;
  chart.setPosition(
    cellAddress(plan.position.from.row, plan.position.from.col),
    cellAddress(plan.position.to.row, plan.position.to.col),
  );
  return chart;
}

/** Groups the columns in the sheet's outline (ExcelApi 1.10) and, when asked, hides them behind the outline's +. */
function groupColumns(sheet: Excel.Worksheet, group: ColumnGroupPlan): void {
  const columns = rangeOf(sheet, group);
  columns.group("ByColumns");
  if (group.collapsed) columns.hideGroupDetails("ByColumns");
}

/**
 * Queues every write of `plan` (already placed at its origin) on `sheet`; returns what shows the result, to call
 * once the sheet is active: it selects the plan's range, then activates the charts that lie beyond the usual window
 * (Excel scrolls an activated chart into view). Freezing panes is left to the caller (only new sheets freeze).
 */
export function queuePlan(sheet: Excel.Worksheet, plan: SheetPlan): () => void {
  // Tables first: if Excel refuses one (it would overlap a table the selection cannot show), nothing is written.
  for (const tablePlan of plan.tables) {
    const table = sheet.tables.add(rangeAddress(tablePlan.row, tablePlan.col, tablePlan.rows, tablePlan.cols), true);
    table.name = tablePlan.name;
    table.style = tablePlan.style;
    table.showBandedRows = true;
    rangeOf(sheet, tablePlan).format.wrapText = false;
  }
  plan.blocks.forEach((block) => writeBlock(sheet, block));
  plan.autofit.forEach((block) => rangeOf(sheet, block).format.autofitColumns());
  for (const width of plan.columnWidths) {
    const column = sheet.getRangeByIndexes(width.row, width.col, width.rows, 1);
    column.format.columnWidth = width.width;
    column.format.wrapText = width.wrap;
    // Wrapped cells take the height of their lines.
    if (width.wrap) column.format.autofitRows();
  }
  plan.columnGroups.forEach((group) => groupColumns(sheet, group));
  const charts = plan.charts.map((chart) => ({ chart: addChart(sheet, chart), activate: chart.activate }));
  const selection = rangeOf(sheet, plan.select);
  return () => {
    selection.select();
    for (const { chart, activate } of charts) if (activate) chart.activate();
  };
}
