/**
 * The catalog of the bundled datasets: titles, descriptions, column types and Excel formats, source, edition,
 * as-of date and row count, plus `toCellValue`, which turns a stored value into what an Excel cell receives.
 */
import { DATASET_IDS, LATEST_EDITION, type DatasetId, type EditionId } from "./ids";
import { EDITIONS } from "./index";
import type { Bilingual, ColumnMeta } from "./columns";
import { excelSerial, latestDate, periodEnd } from "./periods";
import { DEFINITIONS, type ChartSpec, type ColumnId } from "./catalog-definitions";

export type { Bilingual, ColumnMeta, ColumnRole, ColumnType, DisplayKind } from "./columns";
export type { ChartSpec, ColumnId } from "./catalog-definitions";

export interface DatasetMeta<K extends DatasetId = DatasetId> {
  id: K;
  title: Bilingual;
  /** The worksheet's name in each language: short, whole words, at most 31 characters, unique. */
  sheetTitle: Bilingual;
  description: Bilingual;
  columns: ColumnMeta<ColumnId<K>>[];
  source: Bilingual;
  edition: EditionId;
  /** The ISO date the data speaks for: the end of its latest period. */
  asOf: string;
  rowCount: number;
  chart?: ChartSpec<ColumnId<K>>;
}

export const SOURCE: Bilingual = {
  zh: "资料来源：联合资信评估股份有限公司《地方资产管理公司行业信用风险展望 2026》，2025年12月",
  en: "Source: China Lianhe Credit Rating Co., Ltd., Local AMC Industry Credit Risk Outlook 2026 (December 2025)",
};

/** The end of the latest period a dataset's records speak for, or the definition's fixed as-of date. */
function asOfDate<K extends DatasetId>(id: K, edition: EditionId): string {
  const fixed = DEFINITIONS[id].asOf;
  if (fixed) return fixed;
  const records = EDITIONS[edition][id].records as Record<string, unknown>[];
  const ends = records.map((record) => {
    const when = record.as_of ?? record.period ?? record.date;
    if (typeof when !== "string") throw new Error(`${id}: a record has no period and the catalog no asOf`);
    return periodEnd(when);
  });
  return latestDate(ends);
}

function datasetMeta<K extends DatasetId>(id: K, edition: EditionId): DatasetMeta<K> {
  const { asOf: _fixed, ...definition } = DEFINITIONS[id];
  return {
    ...(definition as Omit<DatasetMeta<K>, "source" | "edition" | "asOf" | "rowCount">),
    id,
    source: SOURCE,
    edition,
    asOf: asOfDate(id, edition),
    rowCount: EDITIONS[edition][id].records.length,
  };
}

/** The catalog of one edition. */
export function catalogOf(edition: EditionId): { [K in DatasetId]: DatasetMeta<K> } {
  return Object.fromEntries(DATASET_IDS.map((id) => [id, datasetMeta(id, edition)])) as {
    [K in DatasetId]: DatasetMeta<K>;
  };
}

export const CATALOG: { [K in DatasetId]: DatasetMeta<K> } = catalogOf(LATEST_EDITION);

export type CellValue = string | number | boolean;

/** The columns whose stored values identify a record: its id and key columns, in catalog order. */
export function keyColumns(meta: Pick<DatasetMeta, "columns">): ColumnMeta[] {
  return (meta.columns as ColumnMeta[]).filter((column) => column.role === "id" || column.role === "key");
}

/**
 * A record's stable key within its dataset: the stored values of its id and key columns joined by `|` (a figure's
 * key is its id, `net_financing|industry|2024`; a rating grade's `2025-11-30|AAA`). Unique in every dataset.
 */
export function recordKey(meta: Pick<DatasetMeta, "columns">, record: Record<string, unknown>): string {
  return keyColumns(meta)
    .map((column) => String(record[column.id] ?? ""))
    .join("|");
}

/** Whether a cell of this column holds a percent, given its row (figures carry their unit per row). */
function isPercent(column: ColumnMeta, record?: Record<string, unknown>): boolean {
  if (column.unitColumn) return record?.[column.unitColumn] === "%";
  return column.type === "percent";
}

/**
 * What reaches an Excel cell: percents as decimals (43.10 → 0.431, shown by `0.00%`), dates as Excel serial numbers
 * (shown by `yyyy-mm-dd`), lists joined with 、, null as an empty cell. `record` gives the row for per-row units.
 */
export function toCellValue(value: unknown, column: ColumnMeta, record?: Record<string, unknown>): CellValue {
  if (value === null || value === undefined) return "";
  if (Array.isArray(value)) return value.join("、");
  if (typeof value === "number") return isPercent(column, record) ? Number((value / 100).toPrecision(12)) : value;
  if (typeof value === "string" && column.type === "date") return excelSerial(value);
  if (typeof value === "string" || typeof value === "boolean") return value;
  throw new Error(`column ${column.id}: cannot put ${typeof value} in a cell`);
}

/** Units worth repeating in a column header (percent cells show `%` themselves; counts read as counts). */
const HEADER_UNITS: Record<string, Bilingual> = {
  亿元: { zh: "亿元", en: "CNY 100m" },
  亿美元: { zh: "亿美元", en: "USD 100m" },
  BP: { zh: "BP", en: "bp" },
  年: { zh: "年", en: "years" },
};

/**
 * A column's header in a cell: its title, plus its unit in brackets unless the title already has brackets. The one
 * rule for every table the add-in writes: the task pane's inserted tables and `AMC.DATASET`'s header row.
 */
export function columnHeader(column: ColumnMeta, language: keyof Bilingual): string {
  const title = column.title[language];
  const unit = column.unit ? HEADER_UNITS[column.unit]?.[language] : undefined;
  if (!unit || /[(（]/.test(title)) return title;
  return language === "zh" ? `${title}（${unit}）` : `${title} (${unit})`;
}

const FORMAT_BY_UNIT: Record<string, string> = { "%": "0.00%", 亿元: "0.00", 亿美元: "0.00", BP: "0.00" };
const COUNT_UNITS = ["家", "只", "笔", "单", "个", "章", "条", "天"];

/** The Excel number format of a cell of this column, given its row when the unit varies by row (figures). */
export function cellNumberFormat(column: ColumnMeta, record?: Record<string, unknown>): string {
  if (!column.unitColumn) return column.numberFormat;
  const unit = record?.[column.unitColumn];
  if (typeof unit !== "string") return column.numberFormat;
  return FORMAT_BY_UNIT[unit] ?? (COUNT_UNITS.includes(unit) ? "0" : column.numberFormat);
}

/** A figure's unit as its own cell shows it after the number: a figure stands alone, with no header to carry it. */
const FIGURE_CELL_UNITS: Record<string, Bilingual> = {
  亿元: { zh: "亿元", en: "CNY 100m" },
  亿美元: { zh: "亿美元", en: "USD 100m" },
  BP: { zh: "BP", en: "bp" },
  年: { zh: "年", en: "yrs" },
  天: { zh: "天", en: "days" },
  家: { zh: "家", en: "" },
  只: { zh: "只", en: "" },
  笔: { zh: "笔", en: "" },
  单: { zh: "单", en: "" },
  个: { zh: "个", en: "" },
  章: { zh: "章", en: "" },
  条: { zh: "条", en: "" },
};

const MONEY_UNITS = new Set(["亿元", "亿美元"]);

/** Decimals of a number as the report prints it ("43.10" → 2); a number written in words has none. */
function printedDecimals(printed: string): number {
  const match = /^\d+(?:\.(\d+))?$/.exec(printed);
  return match?.[1]?.length ?? 0;
}

/**
 * The Excel number format of one figure in a cell of its own (AMC.FIGURE, the figure picker): the printed number of
 * decimals, percentages as `0.00%`, amounts with thousands separators, and the unit after the number in the display
 * language (`#,##0.00" 亿元"`), so the cell reads as the report prints it and its value stays a number.
 */
export function figureNumberFormat(figure: { unit: string; printed: string }, language: keyof Bilingual): string {
  const decimals = printedDecimals(figure.printed);
  const fraction = decimals > 0 ? `.${"0".repeat(decimals)}` : "";
  if (figure.unit === "%") return `0${fraction}%`;
  const integer = MONEY_UNITS.has(figure.unit) ? "#,##0" : "0";
  const label = FIGURE_CELL_UNITS[figure.unit]?.[language] ?? figure.unit;
  return label ? `${integer}${fraction}" ${label}"` : `${integer}${fraction}`;
}
