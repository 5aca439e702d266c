/**
 * The typed entry point to the bundled data: every edition's datasets, the latest edition, and lookups.
 * Runtime code imports data from here only.
 */
import { LATEST_EDITION, type DatasetId, type EditionId } from "./ids";
import type { DatasetFile, RosterRecord } from "./records";
import roster from "./report-2025-12/roster.json";
import figures from "./report-2025-12/figures.json";
import policies from "./report-2025-12/policies.json";
import interimMeasures from "./report-2025-12/interim_measures.json";
import amcCount from "./report-2025-12/amc_count.json";
import topAssets from "./report-2025-12/top_assets.json";
import topNetAssets from "./report-2025-12/top_net_assets.json";
import sampleDistribution from "./report-2025-12/sample_distribution.json";
import leverage from "./report-2025-12/leverage.json";
import bondIssuers from "./report-2025-12/bond_issuers.json";
import ratings from "./report-2025-12/ratings.json";
import ratingDistribution from "./report-2025-12/rating_distribution.json";
import bondIssuance from "./report-2025-12/bond_issuance.json";
import netFinancing from "./report-2025-12/net_financing.json";
import guaranteedBonds from "./report-2025-12/guaranteed_bonds.json";
import offshoreBonds from "./report-2025-12/offshore_bonds.json";
import abs from "./report-2025-12/abs.json";
import couponChanges from "./report-2025-12/coupon_changes.json";
import spreads from "./report-2025-12/spreads.json";
import maturities from "./report-2025-12/maturities.json";
import defaults from "./report-2025-12/defaults.json";
import defaultIssuers from "./report-2025-12/default_issuers.json";
import events from "./report-2025-12/events.json";
import inconsistencies from "./report-2025-12/inconsistencies.json";

export { DATASET_IDS, EDITION_IDS, LATEST_EDITION, figureId } from "./ids";
export type { DatasetId, EditionId } from "./ids";
export type { DatasetFile, DatasetRecord, FigureRecord, InconsistencyRecord, RosterRecord } from "./records";

/** Every dataset of one edition, by dataset id. */
export type EditionDatasets = { [K in DatasetId]: DatasetFile<K> };

// The JSON files are validated against their schemas by tests and before every build (data-src/checks), so the
// cast is checked.
const REPORT_2025_12 = {
  roster,
  figures,
  policies,
  interim_measures: interimMeasures,
  amc_count: amcCount,
  top_assets: topAssets,
  top_net_assets: topNetAssets,
  sample_distribution: sampleDistribution,
  leverage,
  bond_issuers: bondIssuers,
  ratings,
  rating_distribution: ratingDistribution,
  bond_issuance: bondIssuance,
  net_financing: netFinancing,
  guaranteed_bonds: guaranteedBonds,
  offshore_bonds: offshoreBonds,
  abs,
  coupon_changes: couponChanges,
  spreads,
  maturities,
  defaults,
  default_issuers: defaultIssuers,
  events,
  inconsistencies,
} as unknown as EditionDatasets;

export const EDITIONS: Record<EditionId, EditionDatasets> = {
  "report-2025-12": REPORT_2025_12,
};

/** A dataset of an edition (the latest by default). */
export function getDataset<K extends DatasetId>(id: K, edition: EditionId = LATEST_EDITION): DatasetFile<K> {
  return EDITIONS[edition][id];
}

/** The short name figures use as entity: the corrected form where the appendix's is defective. */
export function canonicalShortName(company: RosterRecord): string {
  return company.short_name_corrected ?? company.short_name;
}
