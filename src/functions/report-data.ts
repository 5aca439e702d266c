/**
 * The bundled report as cell values: a figure (percent as a decimal, via the catalog), its citation, the roster
 * rows, and any dataset as the table the task pane inserts (catalog columns, titles in the display language).
 */
import {
  catalogOf,
  columnHeader,
  toCellValue,
  type CellValue,
  type ColumnMeta,
  type DatasetMeta,
} from "../data/catalog";
import { DATASET_IDS, type DatasetId, type EditionId } from "../data/ids";
import { canonicalShortName, EDITIONS, LATEST_EDITION, type FigureRecord } from "../data/index";
import type { Locale } from "../i18n/locale";
import { MetricError } from "../metrics/errors";
import { findFigure, type FigureQuery } from "./figure-lookup";
import { companiesIn } from "./roster-lookup";
import { closestMatches, listForMessage, nameKey } from "./text-match";

type Catalog = ReturnType<typeof catalogOf>;
const catalogs = new Map<EditionId, Catalog>();

function catalog(edition: EditionId): Catalog {
  let entry = catalogs.get(edition);
  if (!entry) {
    entry = catalogOf(edition);
    catalogs.set(edition, entry);
  }
  return entry;
}

const languageOf = (locale: Locale) => (locale === "zh-CN" ? "zh" : "en");

function column(meta: DatasetMeta, id: string): ColumnMeta {
  return (meta.columns as ColumnMeta[]).find((c) => c.id === id)!;
}

/** FIGURE: the printed value as Excel holds it: 43.10% → 0.431, 251.20 亿元 → 251.2. */
export function figureValue(query: FigureQuery): CellValue {
  const figure = findFigure(query);
  return toCellValue(figure.value, column(catalog(query.edition).figures, "value"), figure);
}

/** SOURCE: report, section, chart and the short quote that prints the figure. */
export function figureCitation(query: FigureQuery, locale: Locale): string {
  const figure: FigureRecord = findFigure(query);
  const source = catalog(query.edition).figures.source;
  if (locale === "zh-CN") {
    return `${source.zh}；${figure.section}${figure.chart ? `，${figure.chart}` : ""}：“${figure.quote}”`;
  }
  return `${source.en}; section ${figure.section}${figure.chart ? `, ${figure.chart}` : ""}: “${figure.quote}”`;
}

/** ROSTER's rows: seq, full name, province, short name (corrected where the appendix misprints it). */
export function rosterRows(province: string | null): (string | number)[][] {
  const companies = companiesIn(province);
  if (companies.length === 0) throw new MetricError("#N/A", "noCompaniesInProvince", { value: province ?? "" });
  return companies.map((c) => [c.seq, c.full_name, c.province, canonicalShortName(c)]);
}

/** The dataset an analyst names: its id (`net_financing`) or its title in either language. */
function datasetId(name: string): DatasetId {
  const key = nameKey(name).replace(/[\s-]/g, "_");
  const meta = catalog(LATEST_EDITION);
  const id = DATASET_IDS.find(
    (candidate) =>
      candidate === key || nameKey(meta[candidate].title.zh) === key || nameKey(meta[candidate].title.en) === key,
  );
  if (id) return id;
  throw new MetricError("#N/A", "unknownDataset", {
    value: name,
    suggestions: listForMessage(closestMatches(name, DATASET_IDS, 5)),
    datasets: listForMessage([...DATASET_IDS], 30),
  });
}

/** DATASET: the header row (column titles) and one row per record, every cell as toCellValue makes it. */
export function datasetTable(name: string, locale: Locale): { headers: string[]; rows: CellValue[][] } {
  const id = datasetId(name);
  const meta = catalog(LATEST_EDITION)[id];
  const columns = meta.columns as ColumnMeta[];
  const records = EDITIONS[LATEST_EDITION][id].records as Record<string, unknown>[];
  return {
    headers: columns.map((c) => columnHeader(c, languageOf(locale))),
    rows: records.map((record) => columns.map((c) => toCellValue(record[c.id], c, record))),
  };
}
