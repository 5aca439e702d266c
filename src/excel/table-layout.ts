/**
 * The columns of an inserted dataset table, derived from the catalog's column roles by one rule for every dataset:
 * what an analyst reads leads (keys, values and attributes in the pane's language, periods as analysts write them),
 * and identifiers, formulas, provenance, the other language's text and the stored form of displayed cells follow
 * at the right, with the record's stable key last. Pure: no Office.
 */
import {
  cellNumberFormat,
  columnHeader,
  keyColumns,
  recordKey,
  toCellValue,
  type CellValue,
  type ColumnMeta,
  type DatasetMeta,
  type DisplayKind,
} from "../data/catalog";
import { displayText } from "../data/display";
import { languageOf, type Language, type Locale } from "../i18n/locale";
import { translate, type UiKey } from "../i18n/ui";

/** `lead`: read first; `provenance`: at the right, grouped and collapsed on a new sheet. */
export type ColumnPlace = "lead" | "provenance";

export interface TableColumn {
  /** The catalog column the cells come from. */
  source: ColumnMeta;
  header: string;
  place: ColumnPlace;
  /** `display`: as an analyst reads it (DisplayKind); `stored`: as the dataset stores it; `key`: the record key. */
  shows: "display" | "stored" | "key";
}

/** Displayed cells whose stored form stays in the table, at the right, titled after the displayed column. */
const STORED_COPY_TITLE: Partial<Record<DisplayKind, UiKey>> = {
  period: "table.storedPeriod",
  metric: "table.storedId",
};

const isProvenance = (column: ColumnMeta, language: Language) =>
  column.role === "id" ||
  column.role === "formula" ||
  column.role === "provenance" ||
  (column.language !== undefined && column.language !== language);

/** The catalog column a table's record key stands in for, when the key is one identifier column (a figure's id). */
function keyIdentifier(meta: Pick<DatasetMeta, "columns">): ColumnMeta | undefined {
  const keys = keyColumns(meta);
  return keys.length === 1 && keys[0].role === "id" ? keys[0] : undefined;
}

/** The record key column of a dataset keyed by several columns (its cells: recordKey of the catalog). */
const RECORD_KEY: ColumnMeta = {
  id: "record_key",
  title: { zh: "记录键", en: "Record key" },
  type: "text",
  unit: null,
  numberFormat: "@",
  role: "id",
};

export interface LayoutOptions {
  /** Keep the provenance columns; without them only the record key follows the lead columns. */
  provenance: boolean;
}

/** The inserted table's columns: lead columns in catalog order, then provenance columns, then the record key. */
export function tableColumns(
  meta: Pick<DatasetMeta, "columns">,
  locale: Locale,
  { provenance }: LayoutOptions,
): TableColumn[] {
  const language = languageOf(locale);
  const columns = meta.columns as ColumnMeta[];
  const identifier = keyIdentifier(meta);
  const lead: TableColumn[] = [];
  const right: TableColumn[] = [];
  for (const column of columns) {
    const header = columnHeader(column, language);
    if (column === identifier) continue;
    if (isProvenance(column, language)) {
      right.push({ source: column, header, place: "provenance", shows: "stored" });
      continue;
    }
    lead.push({ source: column, header, place: "lead", shows: column.display ? "display" : "stored" });
    const copyTitle = column.display && STORED_COPY_TITLE[column.display];
    if (copyTitle) {
      right.push({
        source: column,
        header: translate(locale, copyTitle, { title: header }),
        place: "provenance",
        shows: "stored",
      });
    }
  }
  const key: TableColumn = {
    source: identifier ?? RECORD_KEY,
    header: translate(locale, "table.recordKey"),
    place: "provenance",
    shows: "key",
  };
  return [...lead, ...(provenance ? right : []), key];
}

/** The cell a table column holds for a record. */
export function tableCell(
  column: TableColumn,
  meta: Pick<DatasetMeta, "columns">,
  record: Record<string, unknown>,
  language: Language,
): CellValue {
  if (column.shows === "key") return recordKey(meta, record);
  const stored = record[column.source.id];
  if (column.shows === "stored") return toCellValue(stored, column.source, record);
  if (stored === null || stored === undefined) return "";
  return displayText(column.source.display!, String(stored), language);
}

/** The number format of a table column's cell for a record: text for displayed cells and the key. */
export function tableCellFormat(column: TableColumn, record: Record<string, unknown>): string {
  return column.shows === "stored" ? cellNumberFormat(column.source, record) : "@";
}
