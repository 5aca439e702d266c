/** The identifiers every layer may use without loading any data: edition ids and dataset ids. */

/** Every bundled edition of the report, oldest first; the last one is the latest. */
export const EDITION_IDS = ["report-2025-12"] as const;
export type EditionId = (typeof EDITION_IDS)[number];
export const LATEST_EDITION: EditionId = "report-2025-12";

/** Every dataset an edition bundles, in the order the task pane lists them. */
export const DATASET_IDS = [
  "roster",
  "figures",
  "policies",
  "interim_measures",
  "amc_count",
  "top_assets",
  "top_net_assets",
  "sample_distribution",
  "leverage",
  "bond_issuers",
  "ratings",
  "rating_distribution",
  "bond_issuance",
  "net_financing",
  "guaranteed_bonds",
  "offshore_bonds",
  "abs",
  "coupon_changes",
  "spreads",
  "maturities",
  "defaults",
  "default_issuers",
  "events",
  "inconsistencies",
] as const;
export type DatasetId = (typeof DATASET_IDS)[number];

/** Entities of a figure that are not a roster company. */
export const AGGREGATE_ENTITIES = ["industry", "sample"] as const;
export type AggregateEntity = (typeof AGGREGATE_ENTITIES)[number];

/** The stable key of a figure: `<metric>|<entity>|<period>`. */
export function figureId(metric: string, entity: string, period: string): string {
  return `${metric}|${entity}|${period}`;
}
