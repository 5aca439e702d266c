/**
 * The series Excel makes from a chart's source range: with seriesBy "Columns" (or "Auto" on a range at least as
 * tall as wide) each column is a series named by its header cell, and the first column gives the categories when
 * its cells are text or the top-left cell is blank; "Rows" reads the range the other way round. Each series keeps
 * the cells it reads, as Excel's series formulas do.
 */
import type { CellRect } from "../../excel-rules/a1";

export type SourceValue = number | string | boolean;

export interface SeriesCells {
  name: string;
  values: CellRect;
  categories?: CellRect;
}

function transpose<T>(rows: T[][]): T[][] {
  return rows[0]?.map((_, column) => rows.map((row) => row[column])) ?? [];
}

function flip(rect: CellRect): CellRect {
  return { row: rect.column, column: rect.row, rowCount: rect.columnCount, columnCount: rect.rowCount };
}

/** Series by columns of a (possibly transposed) grid; `toSheet` maps its rects back onto the sheet. */
function seriesByColumns(values: SourceValue[][], rect: CellRect, toSheet: (r: CellRect) => CellRect): SeriesCells[] {
  const width = values[0]?.length ?? 0;
  const hasHeader = values.length > 1 && values[0].some((cell) => typeof cell === "string" && cell !== "");
  const body = hasHeader ? values.slice(1) : values;
  const textCategories = body.some((row) => typeof row[0] === "string" && row[0] !== "");
  const blankCorner = hasHeader && values[0][0] === "";
  const categoryColumn = width > 1 && (textCategories || blankCorner);
  const bodyRow = rect.row + (hasHeader ? 1 : 0);
  const column = (offset: number): CellRect => ({
    row: bodyRow,
    column: rect.column + offset,
    rowCount: body.length,
    columnCount: 1,
  });
  const categories = categoryColumn ? toSheet(column(0)) : undefined;
  const series: SeriesCells[] = [];
  for (let offset = categoryColumn ? 1 : 0; offset < width; offset += 1) {
    const name = hasHeader ? String(values[0][offset]) : `Series${series.length + 1}`;
    series.push({ name, values: toSheet(column(offset)), ...(categories ? { categories } : {}) });
  }
  return series;
}

export function seriesOfSource(values: SourceValue[][], rect: CellRect, seriesBy: string): SeriesCells[] {
  const byColumns = seriesBy === "Columns" || (seriesBy !== "Rows" && values.length >= (values[0]?.length ?? 0));
  if (byColumns) return seriesByColumns(values, rect, (r) => r);
  return seriesByColumns(transpose(values), flip(rect), flip);
}
