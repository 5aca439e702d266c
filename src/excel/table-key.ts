/**
 * Which bundled record a row of an inserted table shows, from what Excel gives for it: the table's name
 * (`AMC_<dataset>`, or `AMC_<dataset>_<n>` when the name was taken), its header row and the row's cells. The record
 * key column travels with its row through any sort or filter, so this holds after the analyst reorders the table.
 * Pure: no Office. "Explain this cell" calls it.
 */
import { DATASET_IDS, type DatasetId } from "../data/ids";
import { recordByKey } from "../data/query/record-keys";
import { nameKey } from "../excel-rules/names";
import { UI } from "../i18n/ui";

export interface TableRowKey {
  datasetId: DatasetId;
  /** The record's stable key (`recordKey` of the catalog; a figure's id). */
  recordKey: string;
}

/** The name a dataset's table gets before collisions are resolved: `AMC_` + the dataset id. */
export function tableBaseName(datasetId: DatasetId): string {
  return `AMC_${datasetId}`;
}

/** Dataset ids, longest first: `AMC_top_net_assets_2` is top_net_assets's before it could be anything shorter's. */
const BY_LENGTH = [...DATASET_IDS].sort((a, b) => b.length - a.length);

/** The dataset an inserted table's name says it holds, or undefined for any other table. */
export function datasetOfTable(tableName: string): DatasetId | undefined {
  const name = nameKey(tableName);
  return BY_LENGTH.find((id) => {
    const base = nameKey(tableBaseName(id));
    return name === base || (name.startsWith(`${base}_`) && /^\d+$/.test(name.slice(base.length + 1)));
  });
}

/** The record key column's header, in either language: a table keeps the language it was inserted in. */
const KEY_HEADERS = new Set(Object.values(UI).map((strings) => nameKey(strings["table.recordKey"])));

/**
 * The dataset and record a row of an inserted table shows, or null when the table is not the add-in's, has no
 * record key column, or the row's key is not a record of that dataset (an edited or blank cell).
 */
export function tableRowKey(
  tableName: string,
  header: readonly unknown[],
  row: readonly unknown[],
): TableRowKey | null {
  const datasetId = datasetOfTable(tableName);
  if (!datasetId) return null;
  const column = header.findIndex((title) => typeof title === "string" && KEY_HEADERS.has(nameKey(title)));
  const cell = column < 0 ? undefined : row[column];
  if (typeof cell !== "string" && typeof cell !== "number") return null;
  const recordKey = String(cell);
  return recordByKey(datasetId, recordKey) ? { datasetId, recordKey } : null;
}
