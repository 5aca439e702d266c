/**
 * The functions reproduce ratios the report prints from its own counts and amounts. Inputs come from the bundled
 * figures and tables (through FIGURE and DATASET, as an analyst would pull them); results are rounded to the
 * report's printed precision and compared with the printed figure.
 */
import { callRegistered, registeredFunctions } from "../support/registered";

const registry = registeredFunctions();
const call = (id: string, ...args: unknown[]) => callRegistered(registry, id, ...args);
const figure = (metric: string, entity: string | null = null, period: string | null = null) => {
  const value = call("FIGURE", metric, entity, period, null);
  if (typeof value !== "number") throw new Error(`FIGURE(${metric}, ${entity}, ${period}) gave ${String(value)}`);
  return value;
};
const round = (value: unknown, places: number) => Number((value as number).toFixed(places));
const col = (...values: unknown[]) => values.map((v) => [v]);
const repeat = <T>(value: T, times: number) => Array.from({ length: times }, () => value);

/** A table of DATASET as objects keyed by the header row. */
function table(name: string): Record<string, unknown>[] {
  const [header, ...rows] = call("DATASET", name, null) as unknown[][];
  return rows.map((row) => Object.fromEntries(header.map((h, i) => [h as string, row[i]])));
}

/** The share of `part` companies in `whole`, computed with SHARE over a yes/no column as an analyst would. */
function shareOfCount(part: number, whole: number): number {
  const labels = [...repeat("yes", part), ...repeat("no", whole - part)];
  return call("SHARE", col(...repeat(1, whole)), col(...labels), "yes") as number;
}

describe("the report's ratios, recomputed by the functions", () => {
  it("AAA share of rated companies: 20 of 25 = 80.00% (RATINGDIST)", () => {
    const aaa = figure("amcs_rated_aaa", "industry", "2025-11-30");
    const rated = figure("amcs_with_valid_public_rating", "industry", "2025-11-30");
    const ratings = col(...repeat("AAA", aaa), ...repeat("AA+", rated - aaa));
    const [, first] = call("RATINGDIST", ratings, null) as unknown[][];
    expect(first[0]).toBe("AAA");
    expect(round(first[2], 4)).toBe(figure("aaa_share_of_rated", "industry", "2025-11-30"));
  });

  it("companies that have issued bonds: 36 of 58 = 62.07%, and the sample: 25 of 58 = 43.10% (SHARE)", () => {
    const companies = call("AMCCOUNT", null) as number;
    expect(companies).toBe(figure("amc_count", "industry", "2025-12-31"));
    expect(round(shareOfCount(figure("bond_issuers_cumulative"), companies), 4)).toBe(
      figure("bond_issuers_cumulative_share_of_industry"),
    );
    expect(round(shareOfCount(figure("sample_count"), companies), 4)).toBe(figure("sample_share_of_industry"));
  });

  it("rating coverage at end-2024: 28 rated of 59 = 47.46%, of which 21 AAA = 75.00%", () => {
    const end2024 = table("ratings").find((row) => row.Period === "2024-12-31")!;
    const amcs = figure("amc_count", "industry", "2024-12-31");
    const rated = end2024["With valid public rating"] as number;
    const aaa = end2024["Rated AAA"] as number;
    expect([rated, aaa]).toEqual([28, 21]);
    expect(round(shareOfCount(rated, amcs), 4)).toBe(figure("rating_coverage", "industry", "2024-12-31"));
    expect(round(shareOfCount(aaa, rated), 4)).toBe(figure("aaa_share_of_rated", "industry", "2024-12-31"));
  });

  it("the 2023 issuance implied by 607.00 (+44.87%) and 228.50 (−16.21%) gives back the printed growth rates", () => {
    const issuance = table("bond_issuance");
    const year2023 = issuance.find((row) => row.Period === "2023")!;
    const long2023 = year2023["Long-term issuance (CNY 100m)"] as number;
    const short2023 = year2023["Short-term issuance (CNY 100m)"] as number;
    expect([long2023, short2023]).toEqual([419, 272.71]);
    const long = figure("long_term_bond_issuance", "industry", "2024");
    const short = figure("short_term_bond_issuance", "industry", "2024");
    expect(round(call("GROWTHRATE", long, long2023), 4)).toBe(figure("long_term_bond_issuance_growth"));
    expect(round(call("GROWTHRATE", short, short2023), 4)).toBe(figure("short_term_bond_issuance_growth"));
  });

  it("山东金资's debt ratio 37.76% from 1128.45 assets and 702.39 net assets (DEBTRATIO)", () => {
    const assets = figure("total_assets", "山东金资", "2025-06-30");
    const netAssets = figure("net_assets", "山东金资", "2025-06-30");
    expect(round(call("DEBTRATIO", assets - netAssets, assets), 4)).toBe(figure("debt_ratio", "山东金资"));
  });

  it("top-5 net-asset share 53.03% and 山东金资 near 25% (TOP5SHARE, SHARE)", () => {
    const names = ["山东金资", "陕西金资", "浙商资产", "中原资产", "河南资产"];
    const top5 = names.map((name) => figure("net_assets", name, "2025-06-30"));
    const printed = figure("top5_share_of_sample_net_assets");
    const sample = top5.reduce((a, b) => a + b, 0) / printed;
    // The other 20 sample companies are each below 150 亿元 (only 5 exceed it), so any such split gives the same
    // top-5 share: an equal split is one witness.
    const others = repeat((sample - top5.reduce((a, b) => a + b, 0)) / 20, 20);
    expect(figure("companies_net_assets_over_150")).toBe(5);
    expect(Math.max(...others)).toBeLessThan(150);
    const values = col(...top5, ...others);
    expect(round(call("TOP5SHARE", values, null), 4)).toBe(printed);
    // Each company's share of the sample, as the data derives it from the same figures (山东金资 24.52%, …).
    const labels = col(...names, ...repeat("其他", 20));
    const shares = names.map((name) => round(call("SHARE", values, labels, name), 4));
    expect(shares).toEqual(table("top_net_assets").map((row) => row["Share of sample net assets"]));
    expect(Math.abs(shares[0] - figure("share_of_sample_net_assets", "山东金资"))).toBeLessThan(0.01);
  });

  it("2026 maturities: 292.99 亿元 = 18.87% of the outstanding bonds (MATURITYPROFILE)", () => {
    const [row] = table("maturities");
    const due2026 = figure("bonds_maturing", "industry", "2026");
    const outstanding = row["Outstanding (derived)"] as number;
    const profile = call(
      "MATURITYPROFILE",
      col(due2026, outstanding - due2026),
      col("2026-06-30", "2027-06-30"),
      null,
      null,
      null,
      false,
    ) as number[][];
    expect(profile[0][0]).toBe(2026);
    expect(round(profile[0][2], 4)).toBe(figure("bonds_maturing_share", "industry", "2026"));
  });

  it("the ABS coupon 2.60% against the issuer's own 2.59% bonds: 1 BP (SPREADBP)", () => {
    const spread = call("SPREADBP", figure("abs_coupon"), figure("abs_comparable_bond_coupon")) as number[][];
    expect(round(spread[0][0], 2)).toBe(1);
  });

  it("the six debt ratios the report names: 5 below 50% and 1 above 80% (DISTRIBUTION)", () => {
    const names = ["内蒙古金资", "贵州资产", "山东金资", "天津津融资产", "云南资产", "兴业资产"];
    const ratios = col(...names.map((name) => figure("debt_ratio", name)));
    const buckets = call("DISTRIBUTION", ratios, col(0.5, 0.8), false) as unknown[][];
    expect(buckets[0][1]).toBe(figure("companies_debt_ratio_below_50"));
    expect(buckets[2][1]).toBe(figure("companies_debt_ratio_above_80"));
  });

  it("浙商资产's ABS: 34.60% of the 100.59 亿元 issued by the industry (SHARE)", () => {
    const abs = table("abs");
    const total = figure("abs_issuance_cumulative");
    const amount = abs.find((row) => row.Entity === "浙商资产")!["Amount (CNY 100m)"] as number;
    const share = call("SHARE", col(amount, total - amount), col("浙商资产", "其他"), "浙商资产");
    expect(round(share, 4)).toBe(figure("abs_share_of_industry_cumulative", "浙商资产"));
  });
});
