/**
 * What inserting a bundled dataset writes, as a sheet plan: the header row (titles in the pane's language, with
 * the unit where the title lacks one), the records as cell values (percents as decimals with `0.00%`, dates as
 * serials), the catalog's number formats, an Excel table, fitted widths, the source note under the table, and
 * optionally the dataset's natural chart beside it. Pure: no Office.
 */
import { cellNumberFormat, columnHeader, toCellValue, type ColumnMeta, type DatasetMeta } from "../data/catalog";
import { languageOf, type Locale } from "../i18n/locale";
import { translate } from "../i18n/ui";
import { isInsideGrid } from "../excel-rules/a1";
import { nameKey } from "../excel-rules/names";
import { cellBlock, type Block, type ChartPlan, type ExcelChartType, type SheetPlan } from "./sheet-plan";

const TABLE_STYLE = "TableStyleMedium2";
const NOTE_COLOR = "#595959";
/** Columns whose longest text is longer than this are capped at WRAPPED_WIDTH points and wrap. */
const LONG_TEXT = 40;
const WRAPPED_WIDTH = 260;
const CHART_COLUMNS = 8;
const CHART_ROWS = 16;

/** Headers made unique the way Excel would require for a table (a repeated title gets ` (2)`, ` (3)` …). */
function uniqueHeaders(headers: string[]): string[] {
  const seen = new Map<string, number>();
  return headers.map((header) => {
    const key = nameKey(header);
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    return count === 1 ? header : `${header} (${count})`;
  });
}

/** The name a dataset's table gets before collisions are resolved: `AMC_` + the dataset id. */
export function tableBaseName(datasetId: string): string {
  return `AMC_${datasetId}`;
}

/** The source note under a table: the citation and the as-of date, in the pane's language. */
function sourceNote(meta: Pick<DatasetMeta, "source" | "asOf">, locale: Locale): string {
  return translate(locale, "excel.note", { source: meta.source[languageOf(locale)], asOf: meta.asOf });
}

function longTextColumns(body: unknown[][]): number[] {
  const width = body[0]?.length ?? 0;
  return Array.from({ length: width }, (_, col) => col).filter((col) =>
    body.some((line) => typeof line[col] === "string" && (line[col] as string).length > LONG_TEXT),
  );
}

const CHART_TYPES: Record<NonNullable<DatasetMeta["chart"]>["type"], ExcelChartType> = {
  column: "ColumnClustered",
  bar: "BarClustered",
  line: "Line",
  pie: "Pie",
};

/** The dataset's natural chart, reading from the table whose header row is row 0, placed right of the table. */
function chartPlan(meta: DatasetMeta, locale: Locale, tableName: string, bodyRows: number): ChartPlan | null {
  const spec = meta.chart;
  if (!spec) return null;
  const language = languageOf(locale);
  const columnIndex = (id: string) => meta.columns.findIndex((column) => column.id === id);
  const dataRows = (col: number): Block => ({ row: 1, col, rows: Math.max(1, bodyRows), cols: 1 });
  const width = meta.columns.length;
  const besideTable = isInsideGrid({ row: 0, column: width + 1, rowCount: CHART_ROWS, columnCount: CHART_COLUMNS });
  const from = besideTable ? { row: 0, col: width + 1 } : { row: bodyRows + 4, col: 0 };
  const isPie = spec.type === "pie";
  const series = (isPie ? spec.series.slice(0, 1) : spec.series).map((id) => {
    const column = meta.columns[columnIndex(id)];
    return { name: columnHeader(column, language), values: dataRows(columnIndex(id)) };
  });
  return {
    type: CHART_TYPES[spec.type],
    name: `${tableName}_chart`,
    title: spec.title[language],
    categories: dataRows(columnIndex(spec.category)),
    series,
    categoryAxisTitle: isPie ? null : spec.xAxisTitle[language],
    valueAxisTitle: isPie ? null : spec.yAxisTitle[language],
    showLegend: isPie || series.length > 1,
    position: { from, to: { row: from.row + CHART_ROWS - 1, col: from.col + CHART_COLUMNS - 1 } },
  };
}

export interface DatasetPlanOptions {
  locale: Locale;
  tableName: string;
  withChart: boolean;
}

/** The plan of a dataset's table at (0, 0): header row, one row per record, a blank row, then the source note. */
export function datasetPlan(
  meta: DatasetMeta,
  records: readonly Record<string, unknown>[],
  { locale, tableName, withChart }: DatasetPlanOptions,
): SheetPlan {
  const language = languageOf(locale);
  const columns = meta.columns as ColumnMeta[];
  const header = uniqueHeaders(columns.map((column) => columnHeader(column, language)));
  const body = records.map((record) => columns.map((column) => toCellValue(record[column.id], column, record)));
  const formats = records.map((record) => columns.map((column) => cellNumberFormat(column, record)));
  const rows = 1 + records.length;
  const table: Block = { row: 0, col: 0, rows, cols: columns.length };
  const noteRow = rows + 1;
  const chart = withChart ? chartPlan(meta, locale, tableName, records.length) : null;
  return {
    blocks: [
      cellBlock(0, 0, [header, ...body], { numberFormat: [header.map(() => "@"), ...formats] }),
      cellBlock(noteRow, 0, [[sourceNote(meta, locale)]], { italic: true, fontColor: NOTE_COLOR }),
    ],
    tables: [{ ...table, name: tableName, style: TABLE_STYLE }],
    autofit: [table],
    columnWidths: longTextColumns(body).map((col) => ({ col, width: WRAPPED_WIDTH, wrap: true, row: 0, rows })),
    charts: chart ? [chart] : [],
    freezeRows: 1,
    select: table,
  };
}
