/**
 * A bundled record found by its stable key (`recordKey` of the catalog), as an inserted table's key column holds
 * it: what "explain this cell" reads once it knows the dataset and the key of the cell's row.
 */
import { catalogOf, recordKey } from "../catalog";
import { DATASET_IDS, type DatasetId, type EditionId } from "../ids";
import { EDITIONS, LATEST_EDITION } from "../index";

type ByKey = ReadonlyMap<string, Record<string, unknown>>;

const indexes = new Map<EditionId, Map<DatasetId, ByKey>>();

function keyIndex(edition: EditionId): Map<DatasetId, ByKey> {
  let index = indexes.get(edition);
  if (!index) {
    const catalog = catalogOf(edition);
    index = new Map(
      DATASET_IDS.map((id) => {
        const records = EDITIONS[edition][id].records as unknown as Record<string, unknown>[];
        return [id, new Map(records.map((record) => [recordKey(catalog[id], record), record]))];
      }),
    );
    indexes.set(edition, index);
  }
  return index;
}

/** The record of dataset `id` whose stable key is `key`, or undefined when the dataset has none. */
export function recordByKey(
  id: DatasetId,
  key: string,
  edition: EditionId = LATEST_EDITION,
): Record<string, unknown> | undefined {
  return keyIndex(edition).get(id)?.get(key);
}
