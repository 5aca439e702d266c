/**
 * The bundled report as cell values: a figure (percent as a decimal, via the catalog), its citation, the roster
 * rows, and any dataset as the table the task pane inserts (catalog columns, titles in the display language).
 */
import {
  catalogOf,
  columnHeader,
  toCellValue,
  type Bilingual,
  type CellValue,
  type ColumnMeta,
  type DatasetMeta,
} from "../catalog";
import { DATASET_IDS, type DatasetId, type EditionId } from "../ids";
import { canonicalShortName, EDITIONS, LATEST_EDITION, type FigureRecord } from "../index";
import type { Language } from "../../i18n/locale";
import { findFigure, type FigureQuery } from "./figures";
import { LookupError } from "./lookup-error";
import { closestMatches, listForMessage } from "./names";
import { companiesIn } from "./roster";
import { nameKey } from "./text";

type Catalog = ReturnType<typeof catalogOf>;
const catalogs = new Map<EditionId, Catalog>();

/** The catalog of an edition, built on first use (one per bundled edition). */
function catalog(edition: EditionId): Catalog {
  let entry = catalogs.get(edition);
  if (!entry) {
    entry = catalogOf(edition);
    catalogs.set(edition, entry);
  }
  return entry;
}

function column(meta: DatasetMeta, id: string): ColumnMeta {
  return (meta.columns as ColumnMeta[]).find((c) => c.id === id)!;
}

/** FIGURE: the printed value as Excel holds it: 43.10% → 0.431, 251.20 亿元 → 251.2. */
export function figureValue(query: FigureQuery): CellValue {
  const figure = findFigure(query);
  return toCellValue(figure.value, column(catalog(query.edition).figures, "value"), figure);
}

/** The citations already written, per figure and language: a column of SOURCE cells shares them. */
const citations = new WeakMap<FigureRecord, Partial<Record<Language, string>>>();

/** SOURCE: report, section, chart and the short quote that prints the figure. */
export function figureCitation(query: FigureQuery): string {
  const figure = findFigure(query);
  let written = citations.get(figure);
  if (!written) citations.set(figure, (written = {}));
  return (written[query.language] ??= citation(figure, catalog(query.edition).figures.source, query.language));
}

function citation(figure: FigureRecord, source: Bilingual, language: Language): string {
  if (language === "zh") {
    return `${source.zh}；${figure.section}${figure.chart ? `，${figure.chart}` : ""}：“${figure.quote}”`;
  }
  return `${source.en}; section ${figure.section}${figure.chart ? `, ${figure.chart}` : ""}: “${figure.quote}”`;
}

/** ROSTER's rows: seq, full name, province, short name (corrected where the appendix misprints it). */
export function rosterRows(province: string | null): (string | number)[][] {
  const companies = companiesIn(province);
  if (companies.length === 0) throw new LookupError("#N/A", "noCompaniesInProvince", { value: province ?? "" });
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
export function datasetId(name: string): DatasetId {
  const names = datasetsByName();
  // As typed first: ids are typed as they are, and the key costs more than the lookup.
  const id = names.get(name) ?? names.get(datasetKey(name));
  if (id) return id;
  throw new LookupError("#N/A", "unknownDataset", {
    value: name,
    suggestions: listForMessage(closestMatches(name, DATASET_IDS, 5)),
    datasets: listForMessage([...DATASET_IDS], 30),
  });
}

/** DATASET: the header row (column titles) and one row per record, every cell as toCellValue makes it. */
export function datasetTable(id: DatasetId, language: Language): { headers: string[]; rows: CellValue[][] } {
  const meta = catalog(LATEST_EDITION)[id];
  const columns = meta.columns as ColumnMeta[];
  const records = EDITIONS[LATEST_EDITION][id].records as Record<string, unknown>[];
  return {
    headers: columns.map((c) => columnHeader(c, language)),
    rows: records.map((record) => columns.map((c) => toCellValue(record[c.id], c, record))),
  };
}
