/**
 * Which record a row of a table the add-in inserted comes from. `TableRowReader` is the seam: given a table's name,
 * its header row and a row's cells, the dataset and the record's key. `readTableRow` reads the tables as the add-in
 * inserts them today: named `AMC_<dataset>` (`_2`, `_3` … when the name was taken), the catalog's column titles (in
 * either language) as the header row, and the record found by its key columns, by all its cells where those do not
 * tell records apart. Sorting or filtering the table does not matter: the row's own cells say which record it is.
 * `readTableRow` is the one function to swap for another layout; `columnAt` reads a cell's column by its title alone.
 */
import { CATALOG, columnHeader, toCellValue, type ColumnMeta } from "../../data/catalog";
import { DATASET_IDS, getDataset, type DatasetId } from "../../data/index";
import type { Language } from "../../i18n/locale";

export interface TableRow {
  name: string;
  header: readonly unknown[];
  cells: readonly unknown[];
}

export interface RowRecord {
  dataset: DatasetId;
  key: string;
}

export type TableRowReader = (row: TableRow) => RowRecord | null;

type AnyRecord = Record<string, unknown>;

const columnsOf = (dataset: DatasetId) => CATALOG[dataset].columns as ColumnMeta[];
const recordsOf = (dataset: DatasetId) => getDataset(dataset).records as unknown as AnyRecord[];

/** The dataset of a table named as the add-in names them: `AMC_net_financing`, `AMC_net_financing_2`. */
export function datasetOfTable(name: string): DatasetId | null {
  const match = /^AMC_(.+?)(?:_\d+)?$/i.exec(name);
  const id = match?.[1].toLowerCase();
  return (DATASET_IDS as readonly string[]).includes(id ?? "") ? (id as DatasetId) : null;
}

/** A header cell as written (a repeated title gets ` (2)` for Excel). */
const headerText = (cell: unknown) => String(cell ?? "").replace(/ \(\d+\)$/, "");

/** Where the dataset's columns start in a header row, and in which language it is written; null when they are not there. */
export function headerLayout(
  dataset: DatasetId,
  header: readonly unknown[],
): { offset: number; language: Language } | null {
  const columns = columnsOf(dataset);
  for (const language of ["zh", "en"] as const) {
    const titles = columns.map((column) => columnHeader(column, language));
    for (let offset = 0; offset + titles.length <= header.length; offset++) {
      if (titles.every((title, i) => headerText(header[offset + i]) === title)) return { offset, language };
    }
  }
  return null;
}

function sameCell(cell: unknown, expected: unknown): boolean {
  if (typeof cell === "number" && typeof expected === "number") {
    return Math.abs(cell - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
  }
  return String(cell ?? "").trim() === String(expected ?? "").trim();
}

const keyColumns = (dataset: DatasetId) => columnsOf(dataset).filter((column) => column.role === "key");
/** The columns that hold the record itself (not formulas of derived cells nor provenance). */
const contentColumns = (dataset: DatasetId) =>
  columnsOf(dataset).filter((column) => column.role !== "formula" && column.role !== "provenance");

function matches(record: AnyRecord, columns: ColumnMeta[], cells: readonly unknown[], all: ColumnMeta[]): boolean {
  return columns.every((column) =>
    sameCell(cells[all.indexOf(column)], toCellValue(record[column.id], column, record)),
  );
}

const keyCache = new Map<DatasetId, Map<string, AnyRecord>>();

/** Each record of a dataset by its key: a figure's or an inconsistency's id, else its key columns, `#n` if shared. */
function recordsByKey(dataset: DatasetId): Map<string, AnyRecord> {
  let byKey = keyCache.get(dataset);
  if (byKey) return byKey;
  const keys = keyColumns(dataset);
  const plain = (record: AnyRecord) =>
    typeof record.id === "string" ? record.id : keys.map((column) => String(record[column.id] ?? "")).join("|");
  const records = recordsOf(dataset);
  const counts = new Map<string, number>();
  for (const record of records) counts.set(plain(record), (counts.get(plain(record)) ?? 0) + 1);
  byKey = new Map(
    records.map((record, i) => [counts.get(plain(record))! > 1 ? `${plain(record)}#${i}` : plain(record), record]),
  );
  keyCache.set(dataset, byKey);
  return byKey;
}

export function recordByKey(dataset: DatasetId, key: string): AnyRecord | undefined {
  return recordsByKey(dataset).get(key);
}

function keyOfRecord(dataset: DatasetId, record: AnyRecord): string {
  for (const [key, candidate] of recordsByKey(dataset)) if (candidate === record) return key;
  throw new Error(`${dataset}: a record without a key`);
}

/**
 * The catalog column under a position of the table's header row, by its title in either language (so it does not
 * depend on where the other columns are), or null: a column the analyst added, or one the catalog does not have.
 */
export function columnAt(dataset: DatasetId, header: readonly unknown[], position: number): ColumnMeta | null {
  const title = headerText(header[position]);
  const repeat = Number(/ \((\d+)\)$/.exec(String(header[position] ?? ""))?.[1] ?? 1);
  const titled = (column: ColumnMeta) => (["zh", "en"] as const).some((l) => columnHeader(column, l) === title);
  return columnsOf(dataset).filter(titled)[repeat - 1] ?? null;
}

/** Today's tables: see the module comment. */
export const readTableRow: TableRowReader = ({ name, header, cells }) => {
  const dataset = datasetOfTable(name);
  if (!dataset) return null;
  const layout = headerLayout(dataset, header);
  if (!layout) return null;
  const all = columnsOf(dataset);
  const row = cells.slice(layout.offset, layout.offset + all.length);
  const byKey = recordsOf(dataset).filter((record) => matches(record, keyColumns(dataset), row, all));
  const found = byKey.length > 1 ? byKey.filter((record) => matches(record, contentColumns(dataset), row, all)) : byKey;
  return found.length === 0 ? null : { dataset, key: keyOfRecord(dataset, found[0]) };
};
