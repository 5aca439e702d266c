/**
 * The record types of every bundled dataset, as plain TypeScript: what runtime code reads. The authoring schemas
 * (data-src/schema.ts) are checked against these types, field by field, so the two cannot drift apart.
 */
import type { DatasetId, EditionId } from "./ids";

/** An ISO period: `2025-06-30`, `2024`, `2025-01..2025-11`, `2021..2024`, `2025-12`. */
export type Period = string;
/** An ISO calendar date, yyyy-mm-dd. */
export type IsoDate = string;
/** An Excel formula over printed figures (a derived cell), or null where the cell is printed. */
export type Formula = string | null;

export type Qualifier = "exact" | "approx" | "above" | "below";
export type Comparator = ">" | "<";

/** Where the report prints a value: section, chart and a short verbatim quote. */
export type Provenance = {
  section: string;
  chart: string | null;
  quote: string;
};

/** A table row's provenance: the figures that fill its printed cells and those its formulas use. */
export type TableProvenance = Provenance & {
  sources: string[];
  inputs: string[];
};

export type RosterRecord = Provenance & {
  seq: number;
  full_name: string;
  province: string;
  short_name: string;
  short_name_corrected: string | null;
  aliases: string[];
  note: string | null;
};

export type FigureRecord = Provenance & {
  id: string;
  metric: string;
  metric_zh: string;
  entity: string;
  period: Period;
  value: number;
  printed: string;
  unit: string;
  qualifier: Qualifier;
  threshold: number | null;
  threshold_printed: string | null;
  threshold_unit: string | null;
  as_of: IsoDate | null;
  also_quoted: string[];
  note: string | null;
  /** The ids of the inconsistencies this figure is involved in. */
  inconsistencies: string[];
};

export type PolicyRecord = TableProvenance & {
  published: string;
  issued_on: IsoDate | null;
  valid_until: IsoDate | null;
  issuer_zh: string;
  document_zh: string;
  document_number: string | null;
  summary_zh: string;
  summary_en: string;
};

export type InterimMeasureRecord = TableProvenance & {
  item: string;
  item_zh: string;
  item_en: string;
  value: number;
  unit: string;
  qualifier: Qualifier;
};

export type AmcCountRecord = TableProvenance & {
  period: Period;
  amc_count: number;
  amc_count_derived: Formula;
  change: number | null;
  exited_company: string | null;
  exit_month: string | null;
};

export type TopAssetsRecord = TableProvenance & {
  rank: number;
  short_name: string;
  period: Period;
  total_assets: number;
  share_stated: number | null;
  share_stated_qualifier: Qualifier | null;
};

export type TopNetAssetsRecord = TableProvenance & {
  rank: number;
  short_name: string;
  period: Period;
  net_assets: number;
  share: number;
  share_derived: Formula;
  share_stated: number | null;
  share_stated_qualifier: Qualifier | null;
};

export type SampleDistributionRecord = TableProvenance & {
  period: Period;
  measure_zh: string;
  measure_en: string;
  comparator: Comparator;
  threshold: number;
  threshold_unit: string;
  /** Sample companies above (or below, by `comparator`) the threshold: not a bin of the lost charts. */
  companies_beyond_threshold: number;
  share_of_sample_beyond_threshold: number;
  share_of_sample_beyond_threshold_derived: Formula;
};

export type LeverageRecord = TableProvenance & {
  short_name: string;
  period: Period;
  debt_ratio: number | null;
  total_assets: number | null;
  net_assets: number | null;
  debt_ratio_from_balance_sheet: number | null;
  debt_ratio_from_balance_sheet_derived: Formula;
};

export type BondIssuersRecord = TableProvenance & {
  period: Period;
  issuers: number;
  issuers_derived: Formula;
  change: number | null;
  first_time_issuers: string | null;
  note: string | null;
};

export type RatingsRecord = TableProvenance & {
  period: Period;
  amc_count: number;
  rated_count: number;
  rated_count_derived: Formula;
  aaa_count: number;
  aaa_count_derived: Formula;
  aaa_share: number;
  rating_coverage: number;
  rating_coverage_recomputed: number;
  rating_coverage_recomputed_derived: Formula;
  rating_coverage_recomputed_check: RecomputationCheck;
  /** Which values the recomputation runs through, in order: the direction of derivation. */
  rating_coverage_recomputed_from: string;
  amcs_with_rating_history: number | null;
  issuers_ever: number | null;
};

export type RatingDistributionRecord = TableProvenance & {
  period: Period;
  grade: string;
  companies: number;
  companies_derived: Formula;
  share: number;
  share_derived: Formula;
};

export type BondIssuanceRecord = TableProvenance & {
  period: Period;
  long_term: number | null;
  long_term_derived: Formula;
  long_term_growth: number | null;
  short_term: number | null;
  short_term_derived: Formula;
  short_term_growth: number | null;
  long_term_share_3y: number | null;
  long_term_share_5y: number | null;
  note: string | null;
};

export type NetFinancingRecord = TableProvenance & {
  period: Period;
  net_financing: number;
  note: string | null;
};

export type GuaranteedBondsRecord = TableProvenance & {
  period: Period;
  scope: "issued_in_period" | "cumulative";
  bonds: number;
  bonds_derived: Formula;
  amount: number | null;
  issuers: string | null;
  note: string | null;
};

export type OffshoreBondsRecord = TableProvenance & {
  period: Period;
  deals: number | null;
  amount_usd: number;
  issuers: string;
};

export type AbsRecord = TableProvenance & {
  period: Period;
  entity: string;
  issuers: number | null;
  deals: number | null;
  amount: number | null;
  amount_derived: Formula;
  share_of_industry: number | null;
  tenor_years: number | null;
  senior_rating: string | null;
  coupon: number | null;
  comparable_tenor_low_years: number | null;
  comparable_tenor_high_years: number | null;
  comparable_coupon: number | null;
  coupon_gap_bp: number | null;
  coupon_gap_bp_derived: Formula;
};

export type CouponChangeRecord = TableProvenance & {
  entity: string;
  period: Period;
  direction: "down" | "up";
  change_bp: number | null;
  qualifier: Qualifier | null;
  note: string | null;
};

export type SpreadRecord = TableProvenance & {
  grade: string;
  period: Period;
  change_bp: number;
  change_bp_derived: Formula;
  sample_size: number | null;
};

export type MaturityRecord = TableProvenance & {
  maturity_year: string;
  as_of: IsoDate;
  amount: number;
  share: number;
  implied_outstanding: number;
  implied_outstanding_derived: Formula;
};

export type DefaultRecord = TableProvenance & {
  issuer: string;
  bond_short_name: string;
  status: "defaulted" | "extended";
  amount: number | null;
  amount_derived: Formula;
  extended_to: IsoDate | null;
  ownership: string;
};

export type DefaultIssuerRecord = TableProvenance & {
  issuer: string;
  period: Period;
  ownership: string;
  defaulted_bonds: number;
  extended_bonds: number | null;
  defaulted_amount: number;
  defaulted_and_extended_amount: number | null;
  loss_2024: number | null;
  loss_2025_h1: number | null;
  note: string | null;
};

export type EventRecord = TableProvenance & {
  date: Period;
  entity: string | null;
  subject_zh: string;
  event_zh: string;
  event_en: string;
};

export type InconsistencyKind = "base" | "cutoff" | "sample" | "period" | "headline" | "wording" | "narrative";

/**
 * What a recomputed value proves: `independent` when it comes from other printed figures than the one it is compared
 * with; `derived_from_printed` when it was itself derived from that printed value, so it cannot contradict it.
 */
export type RecomputationCheck = "independent" | "derived_from_printed";

export type InconsistencyRecord = Provenance & {
  id: string;
  kind: InconsistencyKind;
  severity: "high" | "medium" | "low" | "info";
  printed_figure: string | null;
  printed_value: number | null;
  recomputed: number | null;
  unit: string | null;
  recomputed_derived: Formula;
  recomputed_check: RecomputationCheck | null;
  inputs: string[];
  figures: string[];
  other_section: string | null;
  other_quote: string | null;
  explanation_zh: string;
  explanation_en: string;
};

/** The record type of each dataset. */
export type DatasetRecords = {
  roster: RosterRecord;
  figures: FigureRecord;
  policies: PolicyRecord;
  interim_measures: InterimMeasureRecord;
  amc_count: AmcCountRecord;
  top_assets: TopAssetsRecord;
  top_net_assets: TopNetAssetsRecord;
  sample_distribution: SampleDistributionRecord;
  leverage: LeverageRecord;
  bond_issuers: BondIssuersRecord;
  ratings: RatingsRecord;
  rating_distribution: RatingDistributionRecord;
  bond_issuance: BondIssuanceRecord;
  net_financing: NetFinancingRecord;
  guaranteed_bonds: GuaranteedBondsRecord;
  offshore_bonds: OffshoreBondsRecord;
  abs: AbsRecord;
  coupon_changes: CouponChangeRecord;
  spreads: SpreadRecord;
  maturities: MaturityRecord;
  defaults: DefaultRecord;
  default_issuers: DefaultIssuerRecord;
  events: EventRecord;
  inconsistencies: InconsistencyRecord;
};

export type DatasetRecord<K extends DatasetId> = DatasetRecords[K];

/** A dataset file: `{ dataset, edition, records }`. */
export type DatasetFile<K extends DatasetId> = {
  dataset: K;
  edition: EditionId;
  records: DatasetRecord<K>[];
};
