/**
 * What inserting a bundled dataset writes, as a sheet plan: the table laid out by table-layout.ts (what an analyst
 * reads first, provenance and the record key at the right), headers in the pane's language, the records as cell
 * values under the catalog's number formats, one-line rows (long text capped in width, never wrapped), the provenance
 * columns narrower and, on a new sheet, grouped in Excel's column outline and collapsed, the source note under the
 * table, and optionally the dataset's chart (chart-plan.ts). Pure: no Office.
 */
import type { DatasetMeta } from "../data/catalog";
import { languageOf, type Locale } from "../i18n/locale";
import { translate } from "../i18n/ui";
import { nameKey } from "../excel-rules/names";
import { datasetChart } from "./chart-plan";
import { fittedWidth, LEAD_MAX_WIDTH, PROVENANCE_WIDTH } from "./column-widths";
import { cellBlock, type Block, type ColumnWidthPlan, type SheetPlan } from "./sheet-plan";
import { tableCell, tableCellFormat, tableColumns, type TableColumn } from "./table-layout";

const TABLE_STYLE = "TableStyleMedium2";
const NOTE_COLOR = "#595959";

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

/** The source note under a table: the citation and the as-of date, in the pane's language. */
function sourceNote(meta: Pick<DatasetMeta, "source" | "asOf">, locale: Locale): string {
  return translate(locale, "excel.note", { source: meta.source[languageOf(locale)], asOf: meta.asOf });
}

export interface DatasetPlanOptions {
  locale: Locale;
  tableName: string;
  withChart: boolean;
  /** Keep the provenance columns (the record key stays either way). */
  provenance: boolean;
  /** Group the provenance columns in the sheet's column outline, collapsed: only on a sheet of the add-in's own. */
  outline: boolean;
}

/** The width each column gets: lead columns as autofit makes them, capped; provenance columns narrower. */
function columnWidth(column: TableColumn, fitted: number): number {
  return column.place === "lead" ? Math.min(fitted, LEAD_MAX_WIDTH) : Math.min(fitted, PROVENANCE_WIDTH);
}

/** The plan of a dataset's table at (0, 0): header row, one row per record, a blank row, then the source note. */
export function datasetPlan(
  meta: DatasetMeta,
  records: readonly Record<string, unknown>[],
  { locale, tableName, withChart, provenance, outline }: DatasetPlanOptions,
): SheetPlan {
  const language = languageOf(locale);
  const columns = tableColumns(meta, locale, { provenance });
  const header = uniqueHeaders(columns.map((column) => column.header));
  const body = records.map((record) => columns.map((column) => tableCell(column, meta, record, language)));
  const formats = records.map((record) => columns.map((column) => tableCellFormat(column, record)));
  const rows = 1 + records.length;
  const table: Block = { row: 0, col: 0, rows, cols: columns.length };
  const leadCount = columns.filter((column) => column.place === "lead").length;
  const widths = columns.map((column, col) =>
    columnWidth(
      column,
      fittedWidth(
        header[col],
        body.map((line, row) => ({ value: line[col], format: formats[row][col] })),
      ),
    ),
  );
  const cappedOrNarrow: ColumnWidthPlan[] = widths
    .map((width, col) => ({ col, width, wrap: false, row: 0, rows }))
    .filter(({ col, width }) => col >= leadCount || width === LEAD_MAX_WIDTH);
  const visibleWidth = widths.slice(0, outline ? leadCount : columns.length).reduce((sum, width) => sum + width, 0);
  const noteRow = rows + 1;
  const chart = withChart
    ? datasetChart(meta.chart, { columns, records, visibleWidth }, locale, `${tableName}_chart`, noteRow)
    : null;
  const provenanceBlock = { row: 0, col: leadCount, rows, cols: columns.length - leadCount };
  return {
    blocks: [
      cellBlock(0, 0, [header, ...body], { numberFormat: [header.map(() => "@"), ...formats] }),
      cellBlock(noteRow, 0, [[sourceNote(meta, locale)]], { italic: true, fontColor: NOTE_COLOR }),
    ],
    tables: [{ ...table, name: tableName, style: TABLE_STYLE }],
    autofit: [{ ...table, cols: leadCount }],
    columnWidths: cappedOrNarrow,
    columnGroups: outline ? [{ ...provenanceBlock, collapsed: true }] : [],
    charts: chart ? [chart] : [],
    freezeRows: 1,
    select: table,
  };
}
