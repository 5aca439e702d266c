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
import { spillHeaders } from "../i18n/spill-headers";
import { MetricError } from "../metrics/errors";
import { findFigure, type FigureQuery } from "./figure-lookup";
import { companiesIn, provinceKeyOf } from "./roster-lookup";
import { spill, type ExcelCell } from "./spill";
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
function rosterRows(province: string | null): (string | number)[][] {
  const companies = companiesIn(province);
  if (companies.length === 0) throw new MetricError("#N/A", "noCompaniesInProvince", { value: province ?? "" });
  return companies.map((c) => [c.seq, c.full_name, c.province, canonicalShortName(c)]);
}

/** How a dataset name is compared: its name key, with dashes as underscores (`net-financing` is `net_financing`). */
const datasetKey = (name: string) => nameKey(name).replace(/-/g, "_");

let datasetNames: Map<string, DatasetId> | undefined;

/** The key of every name a dataset answers to (its id, its titles), the first dataset's where two share one. */
function datasetsByName(): Map<string, DatasetId> {
  if (!datasetNames) {
    const meta = catalog(LATEST_EDITION);
    datasetNames = new Map<string, DatasetId>();
    for (const id of DATASET_IDS) {
      for (const name of [id, meta[id].title.zh, meta[id].title.en]) {
        const key = datasetKey(name);
        if (!datasetNames.has(key)) datasetNames.set(key, id);
      }
    }
  }
  return datasetNames;
}

/** The dataset an analyst names: its id (`net_financing`) or its title in either language. */
function datasetId(name: string): DatasetId {
  const names = datasetsByName();
  // As typed first: ids are typed as they are, and the key costs more than the lookup.
  const id = names.get(name) ?? names.get(datasetKey(name));
  if (id) return id;
  throw new MetricError("#N/A", "unknownDataset", {
    value: name,
    suggestions: listForMessage(closestMatches(name, DATASET_IDS, 5)),
    datasets: listForMessage([...DATASET_IDS], 30),
  });
}

/** DATASET: the header row (column titles) and one row per record, every cell as toCellValue makes it. */
export function datasetTable(id: DatasetId, locale: Locale): { headers: string[]; rows: CellValue[][] } {
  const meta = catalog(LATEST_EDITION)[id];
  const columns = meta.columns as ColumnMeta[];
  const records = EDITIONS[LATEST_EDITION][id].records as Record<string, unknown>[];
  return {
    headers: columns.map((c) => columnHeader(c, languageOf(locale))),
    rows: records.map((record) => columns.map((c) => toCellValue(record[c.id], c, record))),
  };
}

/**
 * DATASET's and ROSTER's spills, built once per dataset or province, language and header choice: the bundled data
 * never changes, and these cells recalculate with every full recalculation of the workbook, so a call costs a lookup
 * whatever the size of the data. Shared between calls, hence frozen.
 */
type Variants = (ExcelCell[][] | undefined)[];
const datasetSpills = new Map<string, Variants>();
const rosterSpills = new Map<string, Variants>();

function spillOnce(
  spills: Map<string, Variants>,
  name: string,
  { locale, withHeaders }: { locale: Locale; withHeaders: boolean },
  build: () => ExcelCell[][],
): ExcelCell[][] {
  let variants = spills.get(name);
  if (!variants) spills.set(name, (variants = []));
  const variant = (locale === "zh-CN" ? 2 : 0) + (withHeaders ? 1 : 0);
  return (variants[variant] ??= Object.freeze(build().map((row) => Object.freeze(row))) as ExcelCell[][]);
}

/** DATASET's spill: the dataset an analyst names, with its column titles above when wanted. */
export function datasetSpill(name: string, locale: Locale, withHeaders: boolean): ExcelCell[][] {
  const id = datasetId(name);
  return spillOnce(datasetSpills, id, { locale, withHeaders }, () => {
    const table = datasetTable(id, locale);
    return spill(table.rows, withHeaders ? table.headers : null);
  });
}

/** ROSTER's spill: the companies of a province (all for null), with the header row when wanted. */
export function rosterSpill(province: string | null, locale: Locale, withHeaders: boolean): ExcelCell[][] {
  const key = province === null ? "" : provinceKeyOf(province);
  return spillOnce(rosterSpills, key, { locale, withHeaders }, () =>
    spill(rosterRows(province), withHeaders ? spillHeaders("ROSTER", locale) : null),
  );
}
