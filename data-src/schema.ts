/**
 * The zod schema of every dataset: what a record must look like to be trusted, checked against the record types the
 * add-in reads (src/data/records.ts). Validation, the edition writer and the tests use it; the add-in never does.
 */
import { z } from "zod";
import { EDITION_IDS, type DatasetId } from "../src/data/ids";
import type { DatasetRecord } from "../src/data/records";

const YEAR = String.raw`\d{4}`;
const MONTH = String.raw`\d{4}-(0[1-9]|1[0-2])`;
const DAY = String.raw`\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])`;
const POINT = `(${DAY}|${MONTH}|${YEAR})`;

export const PERIOD_PATTERN = new RegExp(`^${POINT}(\\.\\.${POINT})?$`);
export const DATE_PATTERN = new RegExp(`^${DAY}$`);
export const SECTION_PATTERN = /^(摘要|附件|[一二三四五]|[二三四]\.[1-5])$/;
export const FIGURE_ID_PATTERN = /^[a-z0-9_]+\|[^|]+\|[0-9.-]+$/;

const PERIOD_RULE =
  "ISO period: `2025-06-30` a point in time (6月末, 年末 → `2024-12-31`), `2024` a year, `2025-01..2025-11` part of " +
  "a year (1—11月), `2021..2024` a span of years, `2025-12` the report month for what it says holds 目前 (now), " +
  "an ISO date for an event.";

export const period = z.string().regex(PERIOD_PATTERN).describe(PERIOD_RULE);
export const isoDate = z.string().regex(DATE_PATTERN).describe("ISO calendar date, yyyy-mm-dd.");
export const figureIdField = z
  .string()
  .regex(FIGURE_ID_PATTERN)
  .describe("A figure's stable key `<metric>|<entity>|<period>`, the same in later editions.");
const formula = z
  .string()
  .regex(/^=/)
  .nullable()
  .describe(
    "How a derived cell is computed: an Excel formula over the printed values of the figures in `inputs`, " +
      "rounded to the printed precision with ROUND; null when the cell is printed.",
  );
const count = z.number().int().nonnegative();
const recomputationCheck = z
  .enum(["independent", "derived_from_printed"])
  .describe(
    "independent: the recomputation uses other figures than the printed one it is compared with; " +
      "derived_from_printed: it is derived from that printed value itself (a round trip or an adjustment, not a check).",
  );
const text = z.string().min(1);

export const qualifier = z
  .enum(["exact", "approx", "above", "below"])
  .describe(
    "How the report qualifies the number: exact; approx for 接近/左右/附近/约; above for 超过/以上/高于; " +
      "below for 以下/低于/以内/不超过/最长 (an upper bound).",
  );

const provenance = {
  section: z
    .string()
    .regex(SECTION_PATTERN)
    .describe("Where the report prints it: 摘要, a chapter (一…五) or chapter.subsection (三.1), or 附件."),
  chart: z
    .string()
    .regex(/^图表\d+$/)
    .nullable()
    .describe("The chart (图表N) the text ties the value to, or null."),
  quote: z
    .string()
    .min(2)
    .max(60)
    .describe("A short verbatim phrase of the report that prints it (whitespace runs read as one space)."),
};

const tableProvenance = {
  ...provenance,
  sources: z.array(figureIdField).describe("The figures whose printed values fill this row's printed cells."),
  inputs: z.array(figureIdField).describe("The figures the row's formulas use; empty when every cell is printed."),
};

const tableRecord = <T extends z.ZodRawShape>(shape: T) => z.strictObject({ ...shape, ...tableProvenance });

export const rosterRecord = z.strictObject({
  seq: count.min(1).describe("序号 as printed in the appendix."),
  full_name: text.describe("公司名称 as printed."),
  province: text.describe("所在省份 as printed, e.g. 浙江省."),
  short_name: text.describe("简称 as printed, defects included."),
  short_name_corrected: text
    .nullable()
    .describe("The corrected short name where the printed one is defective, else null; the canonical entity key."),
  aliases: z.array(text).describe("Other forms the report's body uses for this company, misprints included."),
  note: text.nullable().describe("Why a correction or alias exists (中文 / English)."),
  ...provenance,
});

export const figureRecord = z.strictObject({
  id: figureIdField,
  metric: z
    .string()
    .regex(/^[a-z0-9_]+$/)
    .describe("English snake_case name of the quantity."),
  metric_zh: text.describe("The quantity in Chinese."),
  entity: text.describe("A roster company's canonical short name, `industry` (all local AMCs) or `sample` (the 25)."),
  period,
  value: z.number().describe("The printed number, declines and losses as printed with the sign of the metric."),
  printed: text.describe("The number exactly as printed (`43.10`, `1128.45`), or the words that print it (`无变化`)."),
  unit: text.describe("%, 亿元, 亿美元, BP, 家, 只, 笔, 单, 个, 年, 天, 章, 条."),
  qualifier,
  threshold: z
    .number()
    .nullable()
    .describe("The printed number that defines what is counted or measured: 超过300.00亿元 → 300, 3年期 → 3."),
  threshold_printed: text.nullable().describe("The threshold as printed (`300.00`, `百亿`)."),
  threshold_unit: text.nullable(),
  as_of: isoDate.nullable().describe("The cut-off of a forward-looking period (2026 maturities as of 2025-11-30)."),
  also_quoted: z.array(text.max(60)).describe("Other places the report prints the same figure."),
  note: text.nullable(),
  inconsistencies: z
    .array(z.string().regex(/^[a-z0-9_]+$/))
    .describe("The ids of the inconsistencies whose `figures` name this figure."),
  ...provenance,
});

export const policyRecord = tableRecord({
  published: z
    .string()
    .regex(/^\d{4}-\d{2}$/)
    .describe("发布时间 of 图表1 as an ISO month."),
  issued_on: isoDate.nullable().describe("The issue date where the row prints one."),
  valid_until: isoDate.nullable().describe("The end date of validity where the row prints one."),
  issuer_zh: text,
  document_zh: text,
  document_number: text.nullable(),
  summary_zh: text,
  summary_en: text,
});

export const interimMeasureRecord = tableRecord({
  item: z.string().regex(/^[a-z0-9_]+$/),
  item_zh: text,
  item_en: text,
  value: z.number(),
  unit: text,
  qualifier,
});

export const amcCountRecord = tableRecord({
  period,
  amc_count: count,
  amc_count_derived: formula,
  change: z.number().int().nullable(),
  exited_company: text.nullable(),
  exit_month: z
    .string()
    .regex(/^\d{4}-\d{2}$/)
    .nullable(),
});

export const topAssetsRecord = tableRecord({
  rank: count.min(1),
  short_name: text,
  period,
  total_assets: z.number(),
  share_stated: z.number().nullable().describe("The share of the sample's total assets the report states, if any."),
  share_stated_qualifier: qualifier.nullable(),
});

export const topNetAssetsRecord = tableRecord({
  rank: count.min(1),
  short_name: text,
  period,
  net_assets: z.number(),
  share: z.number().describe("Share of the sample's net assets implied by the top-5 share 53.03%."),
  share_derived: formula,
  share_stated: z.number().nullable(),
  share_stated_qualifier: qualifier.nullable(),
});

export const sampleDistributionRecord = tableRecord({
  period,
  measure_zh: text,
  measure_en: text,
  comparator: z.enum([">", "<"]),
  threshold: z.number(),
  threshold_unit: text,
  companies_beyond_threshold: count.describe(
    "Sample companies above (or below, by comparator) the threshold; not the count of a bin of the lost charts.",
  ),
  share_of_sample_beyond_threshold: z.number().describe("Those companies as a share of the 25, in percent."),
  share_of_sample_beyond_threshold_derived: formula,
});

export const leverageRecord = tableRecord({
  short_name: text,
  period,
  debt_ratio: z.number().nullable().describe("资产负债率 as printed."),
  total_assets: z.number().nullable(),
  net_assets: z.number().nullable(),
  debt_ratio_from_balance_sheet: z.number().nullable().describe("1 − net assets / total assets, where both print."),
  debt_ratio_from_balance_sheet_derived: formula,
});

export const bondIssuersRecord = tableRecord({
  period,
  issuers: count,
  issuers_derived: formula,
  change: z.number().int().nullable(),
  first_time_issuers: text.nullable(),
  note: text.nullable(),
});

export const ratingsRecord = tableRecord({
  period,
  amc_count: count,
  rated_count: count,
  rated_count_derived: formula,
  aaa_count: count,
  aaa_count_derived: formula,
  aaa_share: z.number(),
  rating_coverage: z.number().describe("评级率 as printed."),
  rating_coverage_recomputed: z.number().describe("Rated companies / all companies."),
  rating_coverage_recomputed_derived: formula,
  rating_coverage_recomputed_check: recomputationCheck,
  rating_coverage_recomputed_from: text.describe(
    "The direction of derivation: the values the recomputation runs through, printed coverage first when it is " +
      "derived from it (中文 / English).",
  ),
  amcs_with_rating_history: count.nullable(),
  issuers_ever: count.nullable(),
});

export const ratingDistributionRecord = tableRecord({
  period,
  grade: text,
  companies: count,
  companies_derived: formula,
  share: z.number(),
  share_derived: formula,
});

export const bondIssuanceRecord = tableRecord({
  period,
  long_term: z.number().nullable(),
  long_term_derived: formula,
  long_term_growth: z.number().nullable(),
  short_term: z.number().nullable(),
  short_term_derived: formula,
  short_term_growth: z.number().nullable(),
  long_term_share_3y: z.number().nullable(),
  long_term_share_5y: z.number().nullable(),
  note: text.nullable(),
});

export const netFinancingRecord = tableRecord({
  period,
  net_financing: z.number(),
  note: text.nullable(),
});

export const guaranteedBondsRecord = tableRecord({
  period,
  scope: z.enum(["issued_in_period", "cumulative"]),
  bonds: count,
  bonds_derived: formula,
  amount: z.number().nullable(),
  issuers: text.nullable(),
  note: text.nullable(),
});

export const offshoreBondsRecord = tableRecord({
  period,
  deals: count.nullable(),
  amount_usd: z.number(),
  issuers: text,
});

export const absRecord = tableRecord({
  period,
  entity: text,
  issuers: count.nullable(),
  deals: count.nullable(),
  amount: z.number().nullable(),
  amount_derived: formula,
  share_of_industry: z.number().nullable(),
  tenor_years: z.number().nullable(),
  senior_rating: text.nullable(),
  coupon: z.number().nullable(),
  comparable_tenor_low_years: z.number().nullable(),
  comparable_tenor_high_years: z.number().nullable(),
  comparable_coupon: z.number().nullable(),
  coupon_gap_bp: z.number().nullable(),
  coupon_gap_bp_derived: formula,
});

export const couponChangeRecord = tableRecord({
  entity: text,
  period,
  direction: z.enum(["down", "up"]),
  change_bp: z.number().nullable(),
  qualifier: qualifier.nullable(),
  note: text.nullable(),
});

export const spreadRecord = tableRecord({
  grade: text,
  period,
  change_bp: z.number(),
  change_bp_derived: formula,
  sample_size: count.nullable(),
});

export const maturityRecord = tableRecord({
  maturity_year: z.string().regex(/^\d{4}$/),
  as_of: isoDate,
  amount: z.number(),
  share: z.number(),
  implied_outstanding: z.number(),
  implied_outstanding_derived: formula,
});

export const defaultRecord = tableRecord({
  issuer: text,
  bond_short_name: text,
  status: z.enum(["defaulted", "extended"]),
  amount: z.number().nullable(),
  amount_derived: formula,
  extended_to: isoDate.nullable(),
  ownership: text,
});

export const defaultIssuerRecord = tableRecord({
  issuer: text,
  period,
  ownership: text,
  defaulted_bonds: count,
  extended_bonds: count.nullable(),
  defaulted_amount: z.number(),
  defaulted_and_extended_amount: z.number().nullable(),
  loss_2024: z.number().nullable(),
  loss_2025_h1: z.number().nullable(),
  note: text.nullable(),
});

export const eventRecord = tableRecord({
  date: period.describe("When: an ISO date, month or year as precise as the report prints it."),
  entity: text.nullable().describe("A roster company's canonical short name, or null."),
  subject_zh: text,
  event_zh: text,
  event_en: text,
});

export const inconsistencyRecord = z.strictObject({
  id: z.string().regex(/^[a-z0-9_]+$/),
  kind: z
    .enum(["base", "cutoff", "sample", "period", "headline", "wording", "narrative"])
    .describe(
      "base: a ratio on another denominator than the text says; cutoff: numbers of different dates combined; " +
        "sample: counts of different samples compared; period: one figure's period stated two ways; headline: a " +
        "lead sentence the section's own statements or numbers do not support; wording: statements that " +
        "contradict each other; narrative: a company described in two places in ways that make each other surprising.",
    ),
  severity: z.enum(["high", "medium", "low", "info"]).describe("info: worth knowing, not a contradiction."),
  printed_figure: figureIdField.nullable(),
  printed_value: z.number().nullable(),
  recomputed: z.number().nullable(),
  unit: text.nullable().describe("The unit of printed_value and recomputed."),
  recomputed_derived: formula,
  recomputed_check: recomputationCheck.nullable().describe("What the recomputation proves; null when there is none."),
  inputs: z.array(figureIdField),
  figures: z.array(figureIdField).describe("The figures the inconsistency concerns; each names it back."),
  other_section: provenance.section.nullable().describe("The section of the other place the entry reads against."),
  other_quote: provenance.quote.nullable().describe("A short verbatim phrase of that other place."),
  explanation_zh: text,
  explanation_en: text,
  ...provenance,
});

export const RECORD_SCHEMAS = {
  roster: rosterRecord,
  figures: figureRecord,
  policies: policyRecord,
  interim_measures: interimMeasureRecord,
  amc_count: amcCountRecord,
  top_assets: topAssetsRecord,
  top_net_assets: topNetAssetsRecord,
  sample_distribution: sampleDistributionRecord,
  leverage: leverageRecord,
  bond_issuers: bondIssuersRecord,
  ratings: ratingsRecord,
  rating_distribution: ratingDistributionRecord,
  bond_issuance: bondIssuanceRecord,
  net_financing: netFinancingRecord,
  guaranteed_bonds: guaranteedBondsRecord,
  offshore_bonds: offshoreBondsRecord,
  abs: absRecord,
  coupon_changes: couponChangeRecord,
  spreads: spreadRecord,
  maturities: maturityRecord,
  defaults: defaultRecord,
  default_issuers: defaultIssuerRecord,
  events: eventRecord,
  inconsistencies: inconsistencyRecord,
} as const satisfies Record<DatasetId, z.ZodType>;

/** The schema of a dataset file: `{ dataset, edition, records }`. */
export function datasetFileSchema<K extends DatasetId>(id: K) {
  return z.strictObject({
    dataset: z.literal(id),
    edition: z.enum(EDITION_IDS),
    records: z.array(RECORD_SCHEMAS[id]),
  });
}

/** Whether two types have the same fields, each assignable both ways. */
type Same<A, B> = [A, keyof A] extends [B, keyof B] ? ([B, keyof B] extends [A, keyof A] ? true : false) : false;

/** The datasets whose schema does not describe exactly their record type in src/data/records.ts. */
type Drifted = {
  [K in DatasetId]: Same<z.infer<(typeof RECORD_SCHEMAS)[K]>, DatasetRecord<K>> extends true ? never : K;
}[DatasetId];

/** Fails to compile, naming the dataset, when a schema and its record type disagree on any field. */
type SchemasMatchRecordTypes = [Drifted] extends [never] ? true : { schemaDriftedFrom: Drifted };
export const SCHEMAS_MATCH_RECORD_TYPES: SchemasMatchRecordTypes = true;

/** The JSON Schema of a dataset file, for tools that do not run TypeScript. */
export function datasetJsonSchema(id: DatasetId): object {
  return {
    $id: `${id}.schema.json`,
    title: `AMC Analyst dataset: ${id}`,
    ...z.toJSONSchema(datasetFileSchema(id)),
  };
}
