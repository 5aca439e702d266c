/** Where the 2025-12 report's own numbers or statements disagree, with the evidence to check it. */
import type { FigureRecord, InconsistencyKind, InconsistencyRecord } from "../../src/data/records";
import { recomputationCheck, tableBuilder } from "../build/table-row";

const JUNE_2025 = "2025-06-30";
const NOV_2025 = "2025-11-30";
const M11_2025 = "2025-01..2025-11";
const SPREADS = "2024-01..2025-11";
const TODAY = "2025-12";

const industry = (metric: string, period: string) => `${metric}|industry|${period}`;

interface Place {
  section: string;
  chart?: string;
  quote: string;
}

interface Entry {
  id: string;
  kind: InconsistencyKind;
  severity: InconsistencyRecord["severity"];
  /** The printed figure the entry contradicts or qualifies. */
  printed?: string;
  /** A formula over figures (`{name}` → figure id in `vars`) and the value it gives. */
  recompute?: { template: string; vars: Record<string, string>; value: number; unit?: string };
  /** Figures the entry concerns besides the printed one. */
  concerns?: string[];
  at: Place;
  /** The other place the entry reads the first against. */
  against?: Omit<Place, "chart">;
  zh: string;
  en: string;
}

export function buildInconsistencies(figures: FigureRecord[]): InconsistencyRecord[] {
  const { figure, fill } = tableBuilder(figures);

  function toRecord(entry: Entry): InconsistencyRecord {
    const printed = entry.printed ? figure(entry.printed) : null;
    const inputs = entry.recompute ? Object.values(entry.recompute.vars) : [];
    return {
      id: entry.id,
      kind: entry.kind,
      severity: entry.severity,
      printed_figure: printed?.id ?? null,
      printed_value: printed?.value ?? null,
      recomputed: entry.recompute?.value ?? null,
      unit: printed?.unit ?? entry.recompute?.unit ?? null,
      recomputed_derived: entry.recompute ? fill(entry.recompute.template, entry.recompute.vars) : null,
      recomputed_check: entry.recompute ? recomputationCheck(printed?.id ?? "", entry.recompute.vars) : null,
      inputs,
      figures: [...new Set([...(printed ? [printed.id] : []), ...(entry.concerns ?? [])])],
      other_section: entry.against?.section ?? null,
      other_quote: entry.against?.quote ?? null,
      explanation_zh: entry.zh,
      explanation_en: entry.en,
      section: entry.at.section,
      chart: entry.at.chart ?? null,
      quote: entry.at.quote,
    };
  }

  return ENTRIES.map(toRecord);
}

const ENTRIES: Entry[] = [
  {
    id: "rating_coverage_base",
    kind: "base",
    severity: "high",
    printed: industry("rating_coverage", NOV_2025),
    recompute: {
      template: "=ROUND({rated}/{amcs}*100,2)",
      vars: { rated: industry("amcs_with_valid_public_rating", NOV_2025), amcs: industry("amc_count", "2025-12-31") },
      value: 43.1,
    },
    at: { section: "四.1", quote: "按照58家行业主体测算，行业整体评级率为34.48%" },
    against: { section: "四.1", quote: "有公开有效³主体级别的地方AMC共25家" },
    zh:
      "评级率34.48%=20/58，用的是AAA级家数（20家），而非有公开有效级别的25家；按25家计应为43.10%。" +
      "2024年末的47.46%=28/59，是按有效评级家数计算的（28×75.00%=21家AAA）。同口径下评级率由47.46%降至43.10%，" +
      "而非降至34.48%。",
    en:
      "The 2025 rating coverage 34.48% is 20/58, the AAA count over all AMCs, not the 25 AMCs with valid public " +
      "ratings (25/58 = 43.10%). The 2024 figure it is compared with, 47.46%, is 28/59: rated companies (28 × " +
      "75.00% = 21 AAA). On one basis coverage fell from 47.46% to 43.10%, not to 34.48%.",
  },
  {
    id: "spread_sample_aaa_exceeds_aaa_rated",
    kind: "sample",
    severity: "medium",
    printed: industry("spread_sample_aaa", SPREADS),
    recompute: { template: "={aaa}", vars: { aaa: industry("amcs_rated_aaa", NOV_2025) }, value: 20 },
    concerns: [industry("spread_sample_aa_plus", SPREADS)],
    at: { section: "四.4", chart: "图表19", quote: "AAA级别包含22家样本" },
    against: { section: "四.1", quote: "以AAA级为主，共20家" },
    zh:
      "图表19的利差样本含AAA级22家、AA⁺级6家（合计28家），而截至2025年11月末有公开有效级别的地方AMC仅25家，" +
      "其中AAA级20家。利差样本的级别口径（可能含期间内评级失效或终止者）与评级统计不同，两者不可直接比较。",
    en:
      "The spread chart (图表19) counts 22 AAA and 6 AA⁺ issuers (28), while only 25 local AMCs held valid public " +
      "ratings at 2025-11-30, 20 of them AAA. The spread sample must classify ratings on another basis (perhaps " +
      "including ratings that lapsed or were withdrawn in the period); the two counts do not compare.",
  },
  {
    id: "sample_share_denominator_date",
    kind: "cutoff",
    severity: "low",
    printed: `sample_share_of_industry|sample|${JUNE_2025}`,
    recompute: {
      template: "=ROUND({sample}/{amcs}*100,2)",
      vars: { sample: `sample_count|sample|${JUNE_2025}`, amcs: industry("amc_count", "2024-12-31") },
      value: 42.37,
    },
    at: { section: "二.2", quote: "占全国58家地方AMC的43.10%" },
    against: { section: "二.1", quote: "2025年7月，宁夏回族自治区首家地方AMC" },
    zh:
      "样本为2025年6月末数据，而分母58家是2025年末数量；2025年唯一减少的宁夏顺亿资产于2025年7月退出，" +
      "6月末仍有59家，按59家计样本占比为42.37%。",
    en:
      "The sample is as at 2025-06-30, but the denominator 58 is the year-end count. The only 2025 exit " +
      "(宁夏顺亿资产) came in July, so 59 AMCs existed at 2025-06-30 and the sample was 42.37% of them.",
  },
  {
    id: "issuer_provinces_cutoff",
    kind: "cutoff",
    severity: "low",
    printed: industry("provinces_with_bond_issuers", TODAY),
    recompute: {
      template: "={provinces}-1",
      vars: { provinces: industry("provinces_with_bond_issuers", TODAY) },
      value: 25,
    },
    at: { section: "四.1", quote: "共有26个省、市、自治区的地方AMC发行过债券" },
    against: { section: "四.1", quote: "于2025年12月11日首次在资本市场发债" },
    zh:
      "26个省份+未发债的5个省份=31，即吉林省计为已发债省份；但名单中吉林省唯一的地方AMC吉林盛融资产2025年12月11日才首次发债，" +
      "而发债主体36家、发债企业28家均截至2025年11月末。按11月末口径（且若无已退出的吉林AMC发过债），应为25个省份。" +
      "25由原文的26减去吉林推得，是调整而非独立核验。",
    en:
      "26 provinces with issuers + the 5 named without = 31, so 吉林 counts as having issued. Yet 吉林's only AMC " +
      "in the roster, 吉林盛融资产, first issued on 2025-12-11, after the 2025-11-30 cut-off of the 36 issuers and " +
      "the 28 issuers of 2025. At that cut-off (unless a former 吉林 AMC once issued) the count is 25: the printed " +
      "26 less 吉林, an adjustment rather than an independent check.",
  },
  {
    id: "short_term_repayment_pressure_wording",
    kind: "wording",
    severity: "medium",
    concerns: [industry("bonds_maturing", "2026"), industry("bonds_maturing_share", "2026")],
    at: { section: "五", quote: "债券短期偿还压力较大" },
    against: { section: "四.5", quote: "行业整体短期偿债压力一般" },
    zh: "摘要和四.5称“行业整体短期偿债压力一般”，五（展望）的综合结论却称“债券短期偿还压力较大”，两处判断不一致。",
    en:
      "The summary and 四.5 call the industry's short-term repayment pressure moderate (一般); the conclusion in 五 " +
      "calls it high (较大).",
  },
  {
    id: "spread_change_period",
    kind: "period",
    severity: "medium",
    printed: industry("spread_change_aaa", SPREADS),
    concerns: [industry("spread_change_aa_plus", SPREADS)],
    at: { section: "四.4", chart: "图表19", quote: "发行利差方面，2024年以来，地方AMC主体利差整体呈现波动下降态势" },
    against: { section: "四.4", quote: "2025年1—11月，地方AMC发行债券的融资成本及利差均明显下降" },
    zh:
      "AAA级利差下降14.72BP、AA⁺级下降34.99BP，正文所述期间为“2024年以来”，四.4导语和摘要却把利差明显下降归于" +
      "“2025年1—11月”。两种读法：2024年初以来的累计变动，或2025年1—11月的变动；报告未说明比较基期。" +
      "数据保留正文的“2024年以来”（2024-01..2025-11），并在图表标题和数字说明中注明另一读法。",
    en:
      "The AAA spread fell 14.72bp and the AA⁺ spread 34.99bp “since 2024” (2024年以来) in the text, while 四.4's " +
      "lead and the summary put the clear fall in spreads in 2025-01..11. Two readings: the change since the start " +
      "of 2024, or the change in 2025-01..11; the report states no base. The data keeps the text's “since 2024” " +
      "(2024-01..2025-11) and names the other reading in the chart title and the figures' notes.",
  },
  {
    id: "spread_measure_wording",
    kind: "wording",
    severity: "medium",
    printed: industry("spread_change_aaa", SPREADS),
    concerns: [
      industry("spread_change_aa_plus", SPREADS),
      industry("spread_sample_aaa", SPREADS),
      industry("spread_sample_aa_plus", SPREADS),
    ],
    at: { section: "四.4", chart: "图表19", quote: "AAA级主体发债利差平均下降14.72BP" },
    against: { section: "四.4", quote: "地方AMC不同级别主体存量债券利差变动情况" },
    zh:
      "正文称“发行利差”“发债利差”（新发行债券的利差），图表19的标题却是“存量债券利差”（已发行债券的利差）。" +
      "两者口径不同，报告未说明14.72BP和34.99BP是哪一种；与其他来源比较时应先确认口径。",
    en:
      "The text speaks of issuance spreads (发行利差, 发债利差: spreads of new bonds), while 图表19 is titled spreads " +
      "of outstanding bonds (存量债券利差). The two measure different things and the report does not say which the " +
      "14.72bp and 34.99bp are; check the basis before comparing them with another source.",
  },
  {
    id: "half_year_growth_basis",
    kind: "period",
    severity: "low",
    printed: `total_assets_growth|sample|${JUNE_2025}`,
    concerns: [`net_assets_growth|sample|${JUNE_2025}`],
    at: { section: "三.1", chart: "图表4", quote: "资产增速为 1.63%" },
    against: { section: "三.1", quote: "2024 年末和 2025 年 6 月末，行业资产总额保持扩张趋势，但增速持续放缓" },
    zh:
      "2025年6月末的资产增速1.63%、净资产增速3.73%未注明比较基期：可读作较2024年末的半年增幅（数据采用此读法），" +
      "也可读作较2024年6月末的同比增速；三.3的利润增速则明言“同比”。若为半年增幅，它与此前的全年增速口径不同，" +
      "导语“增速持续放缓”的判断不能由这两个数字得出。",
    en:
      "The growth of total assets (1.63%) and net assets (3.73%) at 2025-06-30 states no base: it reads as the " +
      "half-year change over 2024-12-31 (the data's reading) or as year on year over 2024-06-30, while the profit " +
      "growth in 三.3 says 同比 (year on year). As a half-year change it does not compare with the " +
      "full-year rates before it, so the lead's “growth kept slowing” cannot rest on these two numbers.",
  },
  {
    id: "net_assets_growth_headline",
    kind: "headline",
    severity: "low",
    printed: `net_assets_growth|sample|${JUNE_2025}`,
    at: { section: "三.2", quote: "2024年末和2025年6月末,行业净资产保持增长趋势,增速整体放缓" },
    against: { section: "三.2", quote: "2024年增速有所回升,主要系部分主体增资规模较大所致" },
    zh:
      "三.2导语称2024年末和2025年6月末净资产“增速整体放缓”；正文则说2021年以来增速整体放缓，但2024年“有所回升”" +
      "（部分主体增资较大）。就2024年末而言，导语与正文相反。各年增速在已遗失的图表6中。",
    en:
      "三.2's lead says net-asset growth slowed overall at end-2024 and at 2025-06-30; its text says growth has " +
      "slowed overall since 2021 but picked up in 2024 (some companies added much capital). For end-2024 the lead " +
      "contradicts the text. The yearly rates were in 图表6, which is lost.",
  },
  {
    id: "bond_issuance_trend_headline",
    kind: "headline",
    severity: "low",
    recompute: {
      template: "=ROUND(({long}+{short})/({long}/(1+{longGrowth}/100)+{short}/(1+{shortGrowth}/100))*100-100,2)",
      vars: {
        long: industry("long_term_bond_issuance", "2024"),
        longGrowth: industry("long_term_bond_issuance_growth", "2024"),
        short: industry("short_term_bond_issuance", "2024"),
        shortGrowth: industry("short_term_bond_issuance_growth", "2024"),
      },
      value: 20.79,
      unit: "%",
    },
    concerns: [industry("long_term_bond_issuance", "2024"), industry("short_term_bond_issuance", "2024")],
    at: { section: "三.5", quote: "行业发行债券规模也呈上升趋势" },
    against: { section: "四.2", quote: "地方AMC长短期债券发行规模较上年全年都有所下降" },
    zh:
      "三.5称“行业发行债券规模也呈上升趋势”，而四.2称2025年1—11月长、短期债券发行规模均低于2024年全年，五亦称" +
      "“发债规模…有下降”。由2024年规模及增速推得，2024年发行总额较2023年增长20.79%，上升只到2024年为止。",
    en:
      "三.5 says bond issuance is on a rising trend, while 四.2 says both long- and short-term issuance in 2025-01..11 " +
      "were below full-year 2024, and 五 says issuance fell. From 2024's amounts and growth rates, total issuance " +
      "rose 20.79% in 2024 over 2023: the rise holds up to 2024 only.",
  },
  {
    id: "rating_changes_period",
    kind: "period",
    severity: "low",
    printed: industry("amcs_with_rating_change", M11_2025),
    at: { section: "四.1", quote: "2025年无评级调整情况，行业整体信用水平保持稳定" },
    against: { section: "摘要", quote: "2025年1—11月，发债地方AMC数量有所增加，无评级调整情况" },
    zh:
      "摘要称2025年1—11月无评级调整，四.1导语及正文称2025年无调整；报告发布于2025年12月，12月的情况未说明。" +
      "数据按四.1各项统计的截止日记为2025-01..2025-11，并在数字说明中注明另一读法。",
    en:
      "The summary says no rating changed in 2025-01..11; 四.1's lead and text say none changed in 2025. The report " +
      "is dated December 2025 and says nothing of that month. The data keeps the 2025-11-30 cut-off of 四.1's " +
      "counts (2025-01..2025-11) and names the other reading in the figure's note.",
  },
  {
    id: "jiangxi_rating_withdrawn_abs",
    kind: "narrative",
    severity: "info",
    printed: "abs_coupon|江西金资|2025-01..2025-11",
    concerns: [industry("abs_deals_issued", M11_2025), "abs_comparable_bond_coupon|江西金资|2025-01..2025-11"],
    at: { section: "四.3", quote: "系江西金资发行，期限为 1.67 年，优先级级别均为 AA⁺sf" },
    against: { section: "四.1", quote: "江西省金融资产管理股份有限公司已于2025年6月终止评级" },
    zh:
      "脚注3称江西金资已于2025年6月终止评级、不计入有效级别统计；四.3却记其2025年1—11月发行了一单资产证券化产品" +
      "（优先级AA⁺sf），并以其“同期1~2年期限的债券”利率作比较。终止的是主体评级，产品评级不受影响，两者并不矛盾；" +
      "但该公司2025年仍在发行，却已没有公开有效的主体级别。",
    en:
      "Footnote 3 says 江西金资 stopped being rated in 2025-06 and is left out of the valid ratings; 四.3 reports its " +
      "2025 ABS (senior tranches AA⁺sf) and compares it with its own 1–2-year bonds of the period. The issuer rating " +
      "ended, not the tranche ratings, so the two do not contradict each other; but the company kept issuing in 2025 " +
      "without a valid public issuer rating.",
  },
  {
    id: "guohou_offshore_2024",
    kind: "narrative",
    severity: "info",
    printed: industry("offshore_bond_issuance", "2024"),
    concerns: ["loss|国厚资产|2024", "defaulted_bonds|国厚资产|2025-12"],
    at: { section: "四.2", quote: "（国厚资产和陕西金资，合计金额 2.88 亿美元）" },
    against: { section: "四.5", quote: "国厚资产目前共有 3 只债券违约" },
    zh:
      "四.2称2024年的海外债由国厚资产和陕西金资发行（合计2.88亿美元）；四.5称国厚资产目前有3只债券违约、1只展期，" +
      "2024年亏损9.21亿元，并自2025年以来数次被监管处罚。报告未说明违约发生的时间，不能断定其发行时已违约；" +
      "但一家2024年亏损、现已违约的民营主体当年仍在境外发债。",
    en:
      "四.2 says 2024's offshore bonds were issued by 国厚资产 and 陕西金资 (USD 2.88 hundred million in all); 四.5 says " +
      "国厚资产 now has 3 bonds in default and 1 extended, lost 9.21亿 in 2024 and has been penalised several times " +
      "since 2025. The report does not date the defaults, so it may not have been in default when it issued; but a " +
      "private issuer that lost money in 2024 and is now in default issued offshore that year.",
  },
];
