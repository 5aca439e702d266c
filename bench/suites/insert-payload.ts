/**
 * The task pane's insert of the largest dataset (by what it sends to Excel): the time to build its sheet plan
 * (src/excel/dataset-plan.ts: header titles, every cell as Excel receives it, number formats, table, note), against
 * the limit of turning the records into a 2-D array of values; and the bytes the plan's writes put on the wire,
 * against Excel on the web's 5 MB request limit, for the bundled edition and for a synthetic one 100 times larger.
 */
import { CATALOG, type ColumnMeta } from "../../src/data/catalog";
import { DATASET_IDS, EDITIONS, LATEST_EDITION, type DatasetId, type EditionDatasets } from "../../src/data/index";
import { datasetPlan } from "../../src/excel/dataset-plan";
import { EXCEL_WEB_REQUEST_LIMIT_BYTES } from "../../src/excel-rules/limits";
import type { SheetPlan } from "../../src/excel/sheet-plan";
import { atMost, fromComparison, makeRow, type Row } from "../support/report";
import { inflatedEdition } from "../support/synthetic-edition";
import { compare, type TimingOptions } from "../support/timing";

const GROWTH = 100;
const OPTIONS = { locale: "zh-CN", tableName: "AMC_bench", withChart: true, provenance: true, outline: true } as const;

type Records = readonly Record<string, unknown>[];

/** Bytes of the JSON a plan's cell writes put on the wire: Excel on the web refuses requests over 5 MB. */
function planPayloadBytes(plan: SheetPlan): number {
  const payload = plan.blocks.map((block) => [
    block.kind === "formatOnly" ? null : block.cells,
    block.numberFormat ?? null,
  ]);
  return new TextEncoder().encode(JSON.stringify(payload)).length;
}

function recordsOf(edition: EditionDatasets, id: DatasetId): Records {
  return edition[id].records as unknown as Records;
}

function plan(id: DatasetId, records: Records) {
  return datasetPlan(CATALOG[id], records, OPTIONS);
}

/** The limit of building a payload: the records' values as rows, nothing converted, formatted or checked. */
function valuesOnly(id: DatasetId, records: Records): unknown[][] {
  const columns = CATALOG[id].columns as ColumnMeta[];
  return records.map((record) => columns.map((column) => record[column.id]));
}

/** The dataset whose insert sends the most bytes. */
function largestDataset(edition: EditionDatasets): { id: DatasetId; bytes: number } {
  return DATASET_IDS.map((id) => ({ id, bytes: planPayloadBytes(plan(id, recordsOf(edition, id))) })).reduce(
    (largest, dataset) => (dataset.bytes > largest.bytes ? dataset : largest),
  );
}

export function payloadRows(timing: TimingOptions): Row[] {
  const edition = EDITIONS[LATEST_EDITION];
  const { id, bytes } = largestDataset(edition);
  const records = recordsOf(edition, id);
  const built = compare(
    () => plan(id, records),
    () => valuesOnly(id, records),
    timing,
  );
  const larger = recordsOf(inflatedEdition(edition, GROWTH), id);
  const limit = { unit: "bytes" as const, baseline: EXCEL_WEB_REQUEST_LIMIT_BYTES, baselineName: "5 MB request" };
  return [
    makeRow(
      `insert payload: plan of ${id} (${records.length} rows, the largest)`,
      { unit: "ns", ...fromComparison(built), baselineName: "values only" },
      null,
    ),
    makeRow(`insert payload: size of ${id}`, { ...limit, ours: bytes }, atMost(1)),
    makeRow(
      `insert payload: size of ${id}, edition ×${GROWTH} (${larger.length} rows)`,
      { ...limit, ours: planPayloadBytes(plan(id, larger)) },
      atMost(1),
    ),
  ];
}
