/**
 * A dataset's chart, from the catalog's chart spec by one rule for every dataset: it reads the inserted table's
 * lead columns (categories as the table shows them, so periods read 2025年1—11月 / Jan–Nov 2025), leaves out the
 * empty categories at either end, says in its title when the periods it compares differ in length, prints values on
 * short series, keeps the legend below the plot, and sits at the table's top right, activated (scrolled into view)
 * when it lies beyond the usual window. Pure: no Office.
 */
import type { ChartSpec, ColumnMeta } from "../data/catalog";
import { formatPeriod, periodMonths } from "../data/periods";
import { languageOf, type Locale } from "../i18n/locale";
import { translate } from "../i18n/ui";
import { isInsideGrid } from "../excel-rules/a1";
import { DEFAULT_COLUMN_WIDTH } from "./column-widths";
import type { Block, ChartPlan, ExcelChartType } from "./sheet-plan";
import type { TableColumn } from "./table-layout";

const CHART_TYPES: Record<ChartSpec["type"], ExcelChartType> = {
  column: "ColumnClustered",
  bar: "BarClustered",
  line: "Line",
  pie: "Pie",
};

/** The chart covers 9 default columns by 18 rows: about 580 by 360 pixels. */
export const CHART_COLUMNS = 9;
export const CHART_ROWS = 18;
/** Series with at most this many points get their values printed on them. */
export const MAX_LABELLED_POINTS = 12;
/**
 * The width of the grid an analyst sees, in points: a 1400-pixel Excel window beside a 350-pixel task pane, less the
 * row headers and the scroll bar (about 980 pixels). A chart whose right edge lies beyond it is scrolled into view.
 */
export const VISIBLE_GRID_WIDTH = 735;

export interface ChartTable {
  columns: readonly TableColumn[];
  records: readonly Record<string, unknown>[];
  /** Width in points of the columns visible left of the chart (grouped columns collapsed). */
  visibleWidth: number;
}

/** The rows from the first to the last record with a value in some series: empty categories at the ends go. */
function plottedRows(records: readonly Record<string, unknown>[], series: readonly string[]): [number, number] {
  const hasValue = (record: Record<string, unknown>) => series.some((id) => typeof record[id] === "number");
  const first = records.findIndex(hasValue);
  if (first < 0) return [0, records.length];
  let last = records.length - 1;
  while (!hasValue(records[last])) last -= 1;
  return [first, last + 1];
}

/**
 * The periods that differ in length from the longest, as the title notes them (`2025年1—11月为11个月`), or null
 * when every category spans as long as the others.
 */
function unequalPeriods(periods: readonly string[], locale: Locale): string | null {
  const months = periods.map(periodMonths);
  const longest = Math.max(...months);
  if (months.every((length) => length === longest)) return null;
  const language = languageOf(locale);
  const notes = periods
    .filter((_, i) => months[i] !== longest)
    .map((period) => {
      const length = periodMonths(period);
      const shown = formatPeriod(period, language);
      return length === 0
        ? translate(locale, "chart.periodPoint", { period: shown })
        : translate(locale, "chart.periodMonths", { period: shown, months: length });
    });
  return [...new Set(notes)].join(translate(locale, "chart.listSeparator"));
}

function chartTitle(spec: ChartSpec, category: ColumnMeta, periods: string[], locale: Locale): string {
  const title = spec.title[languageOf(locale)];
  const note = category.display === "period" ? unequalPeriods(periods, locale) : null;
  return note ? translate(locale, "chart.periodsDiffer", { title, periods: note }) : title;
}

/** Where the chart goes: right of the table at its top, else (no room in the grid) under the table's note. */
function chartPlace(table: ChartTable, noteRow: number): { row: number; col: number } {
  const beside = { row: 0, col: table.columns.length + 1 };
  const fits = isInsideGrid({ row: 0, column: beside.col, rowCount: CHART_ROWS, columnCount: CHART_COLUMNS });
  return fits ? beside : { row: noteRow + 2, col: 0 };
}

/** The chart of a table whose header row is row 0 and whose note is on `noteRow`, or null for a spec-less dataset. */
export function datasetChart(
  spec: ChartSpec | undefined,
  table: ChartTable,
  locale: Locale,
  name: string,
  noteRow: number,
): ChartPlan | null {
  if (!spec) return null;
  const leadIndex = (id: string) => table.columns.findIndex((c) => c.place === "lead" && c.source.id === id);
  const isPie = spec.type === "pie";
  const seriesIds = isPie ? spec.series.slice(0, 1) : spec.series;
  const [first, end] = plottedRows(table.records, seriesIds);
  const cells = (col: number): Block => ({ row: 1 + first, col, rows: Math.max(1, end - first), cols: 1 });
  const category = table.columns[leadIndex(spec.category)].source;
  const periods = table.records.slice(first, end).map((record) => String(record[spec.category]));
  const language = languageOf(locale);
  const place = chartPlace(table, noteRow);
  const besideTable = place.col > 0;
  const chartRight = table.visibleWidth + (1 + CHART_COLUMNS) * DEFAULT_COLUMN_WIDTH;
  return {
    type: CHART_TYPES[spec.type],
    name,
    title: chartTitle(spec, category, periods, locale),
    categories: cells(leadIndex(spec.category)),
    series: seriesIds.map((id) => ({ name: table.columns[leadIndex(id)].header, values: cells(leadIndex(id)) })),
    categoryAxisTitle: isPie ? null : spec.xAxisTitle[language],
    valueAxisTitle: isPie ? null : spec.yAxisTitle[language],
    legend: isPie || seriesIds.length > 1 ? "Bottom" : null,
    dataLabels: end - first <= MAX_LABELLED_POINTS,
    activate: !besideTable || chartRight > VISIBLE_GRID_WIDTH,
    position: { from: place, to: { row: place.row + CHART_ROWS - 1, col: place.col + CHART_COLUMNS - 1 } },
  };
}
