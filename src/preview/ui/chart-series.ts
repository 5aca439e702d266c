/**
 * The series a chart shows, read from its source range as Excel reads it: with seriesBy "Columns" (or "Auto" on a
 * range taller than wide) each column after the first is a series named by its header, the first column gives
 * the categories when it is text; "Rows" transposes that.
 */
import type { ExcelValue } from "../workbook/workbook";

export interface ChartSeries {
  name: string;
  values: number[];
}

export interface ChartData {
  categories: string[];
  series: ChartSeries[];
}

function transpose(rows: ExcelValue[][]): ExcelValue[][] {
  return rows[0]?.map((_, column) => rows.map((row) => row[column])) ?? [];
}

export function chartData(values: ExcelValue[][], seriesBy: string): ChartData {
  const byColumns = seriesBy === "Columns" || (seriesBy !== "Rows" && values.length >= (values[0]?.length ?? 0));
  const rows = byColumns ? values : transpose(values);
  const hasHeader = rows.length > 1 && rows[0].some((cell) => typeof cell === "string" && cell !== "");
  const body = hasHeader ? rows.slice(1) : rows;
  const width = rows[0]?.length ?? 0;
  // Excel's rule: the first column holds categories when its cells are text, or when the top-left cell is blank.
  const textCategories = body.some((row) => typeof row[0] === "string" && row[0] !== "");
  const blankCorner = hasHeader && rows[0][0] === "";
  const categoryColumn = width > 1 && (textCategories || blankCorner);
  const firstSeries = categoryColumn ? 1 : 0;
  const categories = body.map((row, index) => (categoryColumn ? String(row[0]) : String(index + 1)));
  const series: ChartSeries[] = [];
  for (let column = firstSeries; column < width; column += 1) {
    series.push({
      name: hasHeader ? String(rows[0][column]) : `Series${column - firstSeries + 1}`,
      values: body.map((row) => (typeof row[column] === "number" ? (row[column] as number) : 0)),
    });
  }
  return { categories, series };
}
