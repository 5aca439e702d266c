/** Where the 2025-12 report's own numbers or statements disagree, with the evidence to check it. */
import type { FigureRecord, InconsistencyRecord } from "../../src/data/records";
import { tableBuilder } from "../build/table-row";

const JUNE_2025 = "2025-06-30";

export function buildInconsistencies(figures: FigureRecord[]): InconsistencyRecord[] {
  const { figure, fill } = tableBuilder(figures);

  /** A recomputation: the formula over named figures, the figure it contradicts and the value it gives. */
  const recomputation = (printedId: string, template: string, vars: Record<string, string>, recomputed: number) => ({
    printed_figure: printedId,
    printed_value: figure(printedId).value,
    recomputed,
    unit: figure(printedId).unit,
    recomputed_derived: fill(template, vars),
    inputs: Object.values(vars),
  });

  return [
    {
      id: "rating_coverage_base",
      kind: "base",
      severity: "high",
      ...recomputation(
        "rating_coverage|industry|2025-11-30",
        "=ROUND({rated}/{amcs}*100,2)",
        { rated: "amcs_with_valid_public_rating|industry|2025-11-30", amcs: "amc_count|industry|2025-12-31" },
        43.1,
      ),
      explanation_zh:
        "评级率34.48%=20/58，用的是AAA级家数（20家），而非有公开有效级别的25家；按25家计应为43.10%。" +
        "2024年末的47.46%=28/59，是按有效评级家数计算的（28×75.00%=21家AAA）。同口径下评级率由47.46%降至43.10%，" +
        "而非降至34.48%。",
      explanation_en:
        "The 2025 rating coverage 34.48% is 20/58, the AAA count over all AMCs, not the 25 AMCs with valid public " +
        "ratings (25/58 = 43.10%). The 2024 figure it is compared with, 47.46%, is 28/59: rated companies (28 × " +
        "75.00% = 21 AAA). On one basis coverage fell from 47.46% to 43.10%, not to 34.48%.",
      section: "四.1",
      chart: null,
      quote: "按照58家行业主体测算，行业整体评级率为34.48%",
    },
    {
      id: "spread_sample_aaa_exceeds_aaa_rated",
      kind: "sample",
      severity: "medium",
      ...recomputation(
        "spread_sample_aaa|industry|2024-01..2025-11",
        "={aaa}",
        { aaa: "amcs_rated_aaa|industry|2025-11-30" },
        20,
      ),
      explanation_zh:
        "图表19的利差样本含AAA级22家、AA⁺级6家（合计28家），而截至2025年11月末有公开有效级别的地方AMC仅25家，" +
        "其中AAA级20家。利差样本的级别口径（可能含期间内评级失效或终止者）与评级统计不同，两者不可直接比较。",
      explanation_en:
        "The spread chart (图表19) counts 22 AAA and 6 AA⁺ issuers (28), while only 25 local AMCs held valid public " +
        "ratings at 2025-11-30, 20 of them AAA. The spread sample must classify ratings on another basis (perhaps " +
        "including ratings that lapsed or were withdrawn in the period); the two counts do not compare.",
      section: "四.4",
      chart: "图表19",
      quote: "AAA级别包含22家样本",
    },
    {
      id: "sample_share_denominator_date",
      kind: "cutoff",
      severity: "low",
      ...recomputation(
        "sample_share_of_industry|sample|2025-06-30",
        "=ROUND({sample}/{amcs}*100,2)",
        { sample: `sample_count|sample|${JUNE_2025}`, amcs: "amc_count|industry|2024-12-31" },
        42.37,
      ),
      explanation_zh:
        "样本为2025年6月末数据，而分母58家是2025年末数量；2025年唯一减少的宁夏顺亿资产于2025年7月退出，" +
        "6月末仍有59家，按59家计样本占比为42.37%。",
      explanation_en:
        "The sample is as at 2025-06-30, but the denominator 58 is the year-end count. The only 2025 exit " +
        "(宁夏顺亿资产) came in July, so 59 AMCs existed at 2025-06-30 and the sample was 42.37% of them.",
      section: "二.2",
      chart: null,
      quote: "占全国58家地方AMC的43.10%",
    },
    {
      id: "issuer_provinces_cutoff",
      kind: "cutoff",
      severity: "low",
      ...recomputation(
        "provinces_with_bond_issuers|industry|2025-12",
        "={provinces}-1",
        {
          provinces: "provinces_with_bond_issuers|industry|2025-12",
        },
        25,
      ),
      explanation_zh:
        "26个省份+未发债的5个省份=31，即吉林省计为已发债省份；但名单中吉林省唯一的地方AMC吉林盛融资产2025年12月11日才首次发债，" +
        "而发债主体36家、发债企业28家均截至2025年11月末。按11月末口径（且若无已退出的吉林AMC发过债），应为25个省份。",
      explanation_en:
        "26 provinces with issuers + the 5 named without = 31, so 吉林 counts as having issued. Yet 吉林's only AMC " +
        "in the roster, 吉林盛融资产, first issued on 2025-12-11, after the 2025-11-30 cut-off of the 36 issuers and " +
        "the 28 issuers of 2025. At that cut-off (unless a former 吉林 AMC once issued) the count is 25.",
      section: "四.1",
      chart: null,
      quote: "共有26个省、市、自治区的地方AMC发行过债券",
    },
    {
      id: "short_term_repayment_pressure_wording",
      kind: "wording",
      severity: "medium",
      printed_figure: null,
      printed_value: null,
      recomputed: null,
      unit: null,
      recomputed_derived: null,
      inputs: [],
      explanation_zh:
        "摘要和四.5称“行业整体短期偿债压力一般”，五（展望）的综合结论却称“债券短期偿还压力较大”，两处判断不一致。",
      explanation_en:
        "The summary and 四.5 call the industry's short-term repayment pressure moderate (一般); the conclusion in 五 " +
        "calls it high (较大).",
      section: "五",
      chart: null,
      quote: "债券短期偿还压力较大",
    },
  ];
}
