/**
 * How the report computes the figures that are computed from other quantities (ratios, shares, growth rates,
 * changes, counts and distributions of the sample companies), declared once per metric: the inputs each needs, as
 * figure keys relative to the figure (same entity, the prior year-end …) or as every sample company's value of a
 * metric. Whether the bundled data holds those inputs is decided from the data itself (rebuild.ts), not listed here.
 */
import type { Bilingual } from "../columns";
import { periodEnd } from "../periods";

/** Where an input's period lies relative to the computed figure's period. */
export type PeriodRule = (period: string, asOf: string | null) => string;

/** One input: a metric of an entity at a period, each relative to the computed figure. */
export interface InputRef {
  metric: string;
  /** The computed figure's own entity when omitted. */
  entity?: string;
  period: PeriodRule;
}

export type Recipe =
  | { kind: "ratio"; numerator: InputRef; denominator: InputRef }
  | { kind: "growth"; current: InputRef; prior: InputRef }
  | { kind: "difference"; current: InputRef; prior: InputRef }
  | { kind: "sum"; parts: InputRef[] }
  | { kind: "debtRatio" }
  /** The n largest of every sample company's value, over their total (AMC.TOP5SHARE). */
  | { kind: "topShare"; metric: string; n: number }
  /** One company's value over the total of every sample company's (AMC.SHARE). */
  | { kind: "memberShare"; metric: string }
  /** How many sample companies lie beyond the threshold (the figure's, or this one). */
  | { kind: "countBeyond"; metric: string; comparator: ">" | "<"; threshold?: number }
  /** A reading of the distribution of every sample company's values (where most of them lie). */
  | { kind: "distribution"; metrics: string[] };

const year = (period: string) => Number(periodEnd(period).slice(0, 4));

/** The figure's own period. */
export const same: PeriodRule = (period) => period;
/** The end of the figure's year: the 58 AMCs at end-2025 for a ratio as at 2025-11-30. */
const yearEnd: PeriodRule = (period) => `${year(period)}-12-31`;
/** The year-end before the figure's period ends: a half-year change over end-2024. */
const priorYearEnd: PeriodRule = (period) => `${year(period) - 1}-12-31`;
/** The whole year before: 2025年1—11月 compared with 2024 (较上年). */
const previousYear: PeriodRule = (period) => String(year(period) - 1);
/** The same span a year earlier: 2025-01..2025-06 against 2024-01..2024-06. */
const spanYearBefore: PeriodRule = (period) =>
  period
    .split("..")
    .map((point) => point.replace(/^\d{4}/, (y) => String(Number(y) - 1)))
    .join("..");
/** The last day of a span, and the day before it starts: a change over the span. */
const spanEnd: PeriodRule = (period) => periodEnd(period);
const beforeSpan: PeriodRule = (period) => `${Number(period.slice(0, 4)) - 1}-12-31`;
/** The date a figure is stated at (a maturity profile as at 2025-11-30), else its period. */
const statedAt: PeriodRule = (period, asOf) => asOf ?? period;

const ref = (metric: string, period: PeriodRule = same, entity?: string): InputRef => ({ metric, entity, period });
const ratio = (numerator: InputRef, denominator: InputRef): Recipe => ({ kind: "ratio", numerator, denominator });
const growth = (metric: string, prior: PeriodRule): Recipe => ({
  kind: "growth",
  current: ref(metric),
  prior: ref(metric, prior),
});
const change = (current: InputRef, prior: InputRef): Recipe => ({ kind: "difference", current, prior });
const countBeyond = (metric: string, comparator: ">" | "<", threshold?: number): Recipe => ({
  kind: "countBeyond",
  metric,
  comparator,
  threshold,
});
const distribution = (...metrics: string[]): Recipe => ({ kind: "distribution", metrics });
const industryCount = ref("amc_count", yearEnd, "industry");

/** The computed metrics of the report, by metric id; a metric not listed is a number the report states. */
export const RECIPES: Readonly<Record<string, Recipe>> = {
  sample_share_of_industry: ratio(ref("sample_count"), industryCount),
  bond_issuers_cumulative_share_of_industry: ratio(ref("bond_issuers_cumulative"), industryCount),
  rating_coverage: ratio(ref("amcs_with_valid_public_rating"), industryCount),
  aaa_share_of_rated: ratio(ref("amcs_rated_aaa"), ref("amcs_with_valid_public_rating")),
  investment_assets_share_of_total_assets: ratio(ref("investment_assets"), ref("total_assets")),
  paid_in_capital_share_of_net_assets: ratio(ref("paid_in_capital"), ref("net_assets")),
  short_term_debt_share: ratio(ref("short_term_debt"), ref("total_debt")),
  long_term_bond_tenor_share_3y: ratio(ref("long_term_bond_issuance_3y"), ref("long_term_bond_issuance")),
  long_term_bond_tenor_share_5y: ratio(ref("long_term_bond_issuance_5y"), ref("long_term_bond_issuance")),
  abs_share_of_industry_cumulative: ratio(
    ref("abs_issuance_cumulative"),
    ref("abs_issuance_cumulative", same, "industry"),
  ),
  bonds_maturing_share: ratio(ref("bonds_maturing"), ref("bonds_outstanding", statedAt)),
  total_assets_growth: growth("total_assets", priorYearEnd),
  net_assets_growth: growth("net_assets", priorYearEnd),
  total_profit_growth: growth("total_profit", spanYearBefore),
  net_profit_growth: growth("net_profit", spanYearBefore),
  long_term_bond_issuance_growth: growth("long_term_bond_issuance", previousYear),
  short_term_bond_issuance_growth: growth("short_term_bond_issuance", previousYear),
  amc_count_change: change(ref("amc_count", yearEnd), ref("amc_count", priorYearEnd)),
  bond_issuers_change: change(ref("bond_issuers"), ref("bond_issuers", previousYear)),
  long_term_bond_coupon_change: change(ref("long_term_bond_coupon"), ref("long_term_bond_coupon", previousYear)),
  spread_change_aaa: change(ref("spread_aaa", spanEnd), ref("spread_aaa", beforeSpan)),
  spread_change_aa_plus: change(ref("spread_aa_plus", spanEnd), ref("spread_aa_plus", beforeSpan)),
  defaulted_and_extended_amount: { kind: "sum", parts: [ref("defaulted_amount"), ref("extended_amount")] },
  debt_ratio: { kind: "debtRatio" },
  top5_share_of_sample_total_assets: { kind: "topShare", metric: "total_assets", n: 5 },
  top5_share_of_sample_net_assets: { kind: "topShare", metric: "net_assets", n: 5 },
  share_of_sample_total_assets: { kind: "memberShare", metric: "total_assets" },
  share_of_sample_net_assets: { kind: "memberShare", metric: "net_assets" },
  companies_total_assets_over_300: countBeyond("total_assets", ">"),
  companies_total_assets_over_500: countBeyond("total_assets", ">"),
  companies_total_assets_over_1000: countBeyond("total_assets", ">"),
  companies_net_assets_over_100: countBeyond("net_assets", ">"),
  companies_net_assets_over_150: countBeyond("net_assets", ">"),
  companies_debt_ratio_below_50: countBeyond("debt_ratio", "<"),
  companies_debt_ratio_above_80: countBeyond("debt_ratio", ">"),
  companies_with_total_profit_growth: countBeyond("total_profit_growth", ">", 0),
  companies_with_net_profit_growth: countBeyond("net_profit_growth", ">", 0),
  predominant_total_assets_ceiling: distribution("total_assets"),
  predominant_net_assets_ceiling: distribution("net_assets"),
  predominant_debt_ratio_low: distribution("debt_ratio"),
  predominant_debt_ratio_high: distribution("debt_ratio"),
  average_cash_to_short_term_debt_low: distribution("cash", "short_term_debt"),
  average_cash_to_short_term_debt_high: distribution("cash", "short_term_debt"),
};

/** The names of the quantities the recipes need that the report never prints (so no figure names them). */
export const UNPRINTED_METRICS: Readonly<Record<string, Bilingual>> = {
  investment_assets: { zh: "投资类资产", en: "investment assets" },
  paid_in_capital: { zh: "实收资本", en: "paid-in capital" },
  short_term_debt: { zh: "短期债务", en: "short-term debt" },
  total_debt: { zh: "全部债务", en: "total debt" },
  cash: { zh: "现金及现金等价物", en: "cash and equivalents" },
  total_profit: { zh: "利润总额", en: "total profit" },
  net_profit: { zh: "净利润", en: "net profit" },
  long_term_bond_issuance_3y: { zh: "3年期长期债券发行规模", en: "3-year long-term bond issuance" },
  long_term_bond_issuance_5y: { zh: "5年期长期债券发行规模", en: "5-year long-term bond issuance" },
  bonds_outstanding: { zh: "存量债券合计", en: "bonds outstanding" },
  long_term_bond_coupon: { zh: "长期债券平均票面利率", en: "average long-term coupon" },
  spread_aaa: { zh: "AAA级主体利差", en: "AAA spread" },
  spread_aa_plus: { zh: "AA⁺级主体利差", en: "AA⁺ spread" },
  extended_amount: { zh: "展期债券金额", en: "extended amount" },
};
