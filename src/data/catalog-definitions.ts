/** What each dataset is: titles, descriptions, columns and natural chart, the same for every edition. */
import type { DatasetId } from "./ids";
import type { DatasetRecord } from "./records";
import {
  attribute,
  bp,
  count,
  dateColumn,
  derivable,
  formulaOf,
  id,
  inLanguage,
  key,
  list,
  percent,
  PERIOD,
  PROVENANCE,
  rank,
  TABLE_PROVENANCE,
  usdYi,
  years,
  yi,
  type Bilingual,
  type ColumnMeta,
  type ColumnRole,
  type DisplayKind,
} from "./columns";

type FieldNames = { [K in DatasetId]: Extract<keyof DatasetRecord<K>, string> };
/** The field names of a dataset's records; over several datasets, the fields of any of them. */
export type ColumnId<K extends DatasetId> = FieldNames[K];

export interface ChartSpec<Id extends string = string> {
  type: "column" | "bar" | "line" | "pie";
  category: Id;
  series: Id[];
  title: Bilingual;
  xAxisTitle: Bilingual;
  yAxisTitle: Bilingual;
}

export interface Definition<K extends DatasetId> {
  title: Bilingual;
  /** The worksheet's name in each language: short, whole words, at most 31 characters, unique. */
  sheetTitle: Bilingual;
  description: Bilingual;
  columns: ColumnMeta<ColumnId<K>>[];
  chart?: ChartSpec<ColumnId<K>>;
  /** For datasets without a period column: the date they speak for. */
  asOf?: string;
}

const bi = (zh: string, en: string): Bilingual => ({ zh, en });
const SHORT_NAME = key("short_name", "简称", "Short name");
/** A column shown otherwise than stored (see DisplayKind). */
const shown = <Id extends string>(display: DisplayKind, made: ColumnMeta<Id>): ColumnMeta<Id> => ({ ...made, display });
const asRole = <Id extends string>(role: ColumnRole, made: ColumnMeta<Id>): ColumnMeta<Id> => ({ ...made, role });
const UNIT = shown("unit", attribute("unit", "单位", "Unit"));
const QUALIFIER = shown("code", attribute("qualifier", "限定", "Qualifier"));
const ENTITY = shown("entity", key("entity", "主体", "Entity"));
const YI_AXIS = bi("亿元", "100 million yuan (亿元)");
const PERCENT_AXIS = bi("%", "%");
const NOTE = asRole("provenance", attribute("note", "说明", "Note"));

/** A column whose unit is given per row by another column (figures mix %, 亿元, 家 …). */
function perRowUnit<Id extends string>(
  id: Id,
  zh: string,
  en: string,
  unitColumn: string,
  role: ColumnRole = "value",
): ColumnMeta<Id> {
  return { id, title: bi(zh, en), type: "number", unit: null, numberFormat: "General", role, unitColumn };
}

export const DEFINITIONS: { [K in DatasetId]: Definition<K> } = {
  roster: {
    title: bi("地方AMC名单", "Roster of local AMCs"),
    sheetTitle: bi("地方AMC名单", "AMC roster"),
    description: bi(
      "附件所列截至2025年末的58家地方资产管理公司，按附件顺序；印刷缺陷保留原样并给出更正。",
      "The 58 local AMCs of the appendix (as at end-2025) in printed order; printed defects kept, with corrections.",
    ),
    columns: [
      asRole("id", rank("seq", "序号", "No.")),
      attribute("full_name", "公司名称", "Company"),
      attribute("province", "所在省份", "Province"),
      attribute("short_name", "简称（原文）", "Short name (as printed)"),
      attribute("short_name_corrected", "简称（更正）", "Short name (corrected)"),
      asRole("provenance", list("aliases", "正文中的其他写法", "Other forms in the text")),
      NOTE,
      ...PROVENANCE,
    ],
    asOf: "2025-12-31",
  },
  figures: {
    title: bi("报告数字", "Figures of the report"),
    sheetTitle: bi("报告数字", "Report figures"),
    description: bi(
      "报告正文印出的每一个数字，按原样记录，附稳定键、期间、单位、限定词及原文出处。",
      "Every number the report's text prints, as printed, with a stable key, period, unit, qualifier and quote.",
    ),
    columns: [
      id("id", "记录键", "Record key"),
      inLanguage("en", shown("metric", attribute("metric", "指标代码", "Metric"))),
      inLanguage("zh", attribute("metric_zh", "指标", "Metric (Chinese)")),
      asRole("attribute", ENTITY),
      asRole("attribute", PERIOD),
      perRowUnit("value", "数值", "Value", "unit"),
      UNIT,
      QUALIFIER,
      perRowUnit("threshold", "门槛", "Threshold", "threshold_unit", "attribute"),
      shown("unit", attribute("threshold_unit", "门槛单位", "Threshold unit")),
      dateColumn("as_of", "截至", "As of"),
      asRole("provenance", attribute("printed", "原文数字", "As printed")),
      asRole("provenance", attribute("threshold_printed", "门槛（原文）", "Threshold as printed")),
      asRole("provenance", list("also_quoted", "其他出处", "Also quoted")),
      NOTE,
      asRole("provenance", list("inconsistencies", "相关不一致之处", "Inconsistencies involved")),
      ...PROVENANCE,
    ],
  },
  policies: {
    title: bi("2024年以来地方AMC行业政策", "Policies for local AMCs since 2024"),
    sheetTitle: bi("行业政策", "Policies"),
    description: bi(
      "图表1·2024年以来地方AMC行业政策概览。",
      "图表1: overview of the policies for local AMCs since 2024.",
    ),
    columns: [
      shown("period", key("published", "发布时间", "Published")),
      dateColumn("issued_on", "印发日期", "Issued on"),
      dateColumn("valid_until", "有效期至", "Valid until"),
      attribute("issuer_zh", "发布机构", "Issuer"),
      attribute("document_zh", "文件", "Document"),
      attribute("document_number", "文号", "Document number"),
      inLanguage("zh", attribute("summary_zh", "政策概要", "Summary (Chinese)")),
      inLanguage("en", attribute("summary_en", "政策概要（英文）", "Summary")),
      ...TABLE_PROVENANCE,
    ],
    asOf: "2025-07-15",
  },
  interim_measures: {
    title: bi("《地方资产管理公司监督管理暂行办法》要点", "Interim Measures for local AMCs: key numbers"),
    sheetTitle: bi("暂行办法要点", "Interim Measures"),
    description: bi(
      "报告印出的《办法》（金规〔2025〕16号）数量要点。",
      "The numbers the report prints about the Interim Measures (金规〔2025〕16号).",
    ),
    columns: [
      id("item", "项目代码", "Item id"),
      inLanguage("zh", attribute("item_zh", "项目", "Item (Chinese)")),
      inLanguage("en", attribute("item_en", "项目（英文）", "Item")),
      perRowUnit("value", "数值", "Value", "unit"),
      UNIT,
      QUALIFIER,
      ...TABLE_PROVENANCE,
    ],
    asOf: "2025-07-15",
  },
  amc_count: {
    title: bi("地方AMC数量", "Number of local AMCs"),
    sheetTitle: bi("地方AMC数量", "Number of AMCs"),
    description: bi(
      "各年末地方AMC数量及当年退出机构；2023年末由2024年数量及减少家数推得。",
      "Local AMCs at each year-end and the company that left; end-2023 is derived from 2024's count and change.",
    ),
    columns: [
      PERIOD,
      ...derivable(count, "amc_count", "地方AMC数量", "Local AMCs"),
      count("change", "较上年末变动", "Change on previous year-end"),
      attribute("exited_company", "退出机构", "Company that left"),
      shown("period", attribute("exit_month", "退出时间", "Left in")),
      ...TABLE_PROVENANCE,
    ],
    chart: {
      type: "column",
      category: "period",
      series: ["amc_count"],
      title: bi("地方AMC数量", "Number of local AMCs"),
      xAxisTitle: bi("年末", "Year-end"),
      yAxisTitle: bi("家", "Companies (家)"),
    },
  },
  top_assets: {
    title: bi("资产总额超过500亿元的样本企业", "Sample companies with total assets above 50 billion yuan"),
    sheetTitle: bi("资产总额前四", "Top 4 by total assets"),
    description: bi(
      "2025年6月末资产总额超过500.00亿元的4家样本企业（资产规模前四），及报告所述占全样本比例。",
      "The 4 sample companies with total assets above 500.00亿元 at 2025-06-30 (the top four), with stated shares.",
    ),
    columns: [
      rank("rank", "排名", "Rank"),
      SHORT_NAME,
      PERIOD,
      yi("total_assets", "资产总额", "Total assets"),
      percent("share_stated", "占全样本资产总额比例（报告所述）", "Share of sample total assets (stated)"),
      shown("code", attribute("share_stated_qualifier", "比例限定", "Share qualifier")),
      ...TABLE_PROVENANCE,
    ],
    chart: {
      type: "bar",
      category: "short_name",
      series: ["total_assets"],
      title: bi("2025年6月末资产总额前四的样本企业", "Largest sample companies by total assets, 30 Jun 2025"),
      xAxisTitle: bi("公司", "Company"),
      yAxisTitle: YI_AXIS,
    },
  },
  top_net_assets: {
    title: bi("净资产前五大样本企业", "Top five sample companies by net assets"),
    sheetTitle: bi("净资产前五", "Top 5 by net assets"),
    description: bi(
      "2025年6月末净资产超过150.00亿元的5家样本企业（即前五大）；占全样本净资产比例由前五大合计占比53.03%推得。",
      "The 5 sample companies with net assets above 150.00亿元 at 2025-06-30 (the top five); shares of the " +
        "sample's net assets derived from the top five's printed 53.03%.",
    ),
    columns: [
      rank("rank", "排名", "Rank"),
      SHORT_NAME,
      PERIOD,
      yi("net_assets", "净资产", "Net assets"),
      ...derivable(percent, "share", "占全样本净资产比例", "Share of sample net assets"),
      percent("share_stated", "占全样本净资产比例（报告所述）", "Share of sample net assets (stated)"),
      shown("code", attribute("share_stated_qualifier", "比例限定", "Share qualifier")),
      ...TABLE_PROVENANCE,
    ],
    chart: {
      type: "pie",
      category: "short_name",
      series: ["share"],
      title: bi("前五大样本净资产占比（2025年6月末）", "Top five's shares of sample net assets, 30 Jun 2025"),
      xAxisTitle: bi("公司", "Company"),
      yAxisTitle: PERCENT_AXIS,
    },
  },
  sample_distribution: {
    title: bi("样本企业超过或低于门槛的家数", "Sample companies above or below a threshold"),
    sheetTitle: bi("样本门槛分布", "Sample by threshold"),
    description: bi(
      "报告印出的资产总额、净资产超过某一门槛，或资产负债率高于、低于某一门槛的样本企业家数，及其占25家样本的比例（推得）。" +
        "这是门槛以上（或以下）的全部家数及占比，不是已遗失的图表5、7、10中各区间的占比。",
      "How many of the 25 sample companies are above (or below) each threshold the text prints, and their derived " +
        "share of the sample: everything past one threshold, not the shares of the bins in the lost charts " +
        "(图表5, 7, 10).",
    ),
    columns: [
      PERIOD,
      inLanguage("zh", attribute("measure_zh", "指标", "Measure (Chinese)")),
      inLanguage("en", key("measure_en", "指标（英文）", "Measure")),
      key("comparator", "比较", "Comparator"),
      perRowUnit("threshold", "门槛", "Threshold", "threshold_unit", "key"),
      shown("unit", attribute("threshold_unit", "门槛单位", "Threshold unit")),
      count("companies_beyond_threshold", "超过或低于门槛的家数", "Companies above/below the threshold"),
      ...derivable(
        percent,
        "share_of_sample_beyond_threshold",
        "超过或低于门槛的家数占样本比例",
        "Share of the sample above/below the threshold",
      ),
      ...TABLE_PROVENANCE,
    ],
  },
  leverage: {
    title: bi("样本企业资产负债率", "Debt ratios of sample companies"),
    sheetTitle: bi("资产负债率", "Debt ratios"),
    description: bi(
      "报告点名的资产负债率（2025年6月末），及由资产总额与净资产推算的资产负债率。",
      "Debt ratios the report names (2025-06-30), and debt ratios derived from printed total and net assets.",
    ),
    columns: [
      SHORT_NAME,
      PERIOD,
      percent("debt_ratio", "资产负债率（报告）", "Debt ratio (printed)"),
      yi("total_assets", "资产总额", "Total assets"),
      yi("net_assets", "净资产", "Net assets"),
      ...derivable(percent, "debt_ratio_from_balance_sheet", "资产负债率（推算）", "Debt ratio (derived)"),
      ...TABLE_PROVENANCE,
    ],
    chart: {
      type: "bar",
      category: "short_name",
      series: ["debt_ratio", "debt_ratio_from_balance_sheet"],
      title: bi("样本企业资产负债率（2025年6月末）", "Debt ratios of sample companies, 30 Jun 2025"),
      xAxisTitle: bi("公司", "Company"),
      yAxisTitle: PERCENT_AXIS,
    },
  },
  bond_issuers: {
    title: bi("发债地方AMC家数", "Local AMCs issuing bonds"),
    sheetTitle: bi("发债家数", "Bond issuers"),
    description: bi(
      "各期发行债券的地方AMC家数；2023年由“较上年无变化”推得。",
      "Local AMCs that issued bonds in each period; 2023 is derived from “unchanged on the previous year”.",
    ),
    columns: [
      PERIOD,
      ...derivable(count, "issuers", "发债家数", "Issuers"),
      count("change", "较上年变动", "Change on previous year"),
      attribute("first_time_issuers", "首次发债", "First-time issuers"),
      NOTE,
      ...TABLE_PROVENANCE,
    ],
    chart: {
      type: "column",
      category: "period",
      series: ["issuers"],
      title: bi("发债地方AMC家数", "Local AMCs issuing bonds"),
      xAxisTitle: bi("期间", "Period"),
      yAxisTitle: bi("家", "Companies (家)"),
    },
  },
  ratings: {
    title: bi("地方AMC评级情况", "Ratings of local AMCs"),
    sheetTitle: bi("评级情况", "Ratings"),
    description: bi(
      "有公开有效级别家数、AAA家数及占比、评级率（报告值与按有效级别家数重算值）。2024年末家数由原文比例推得，" +
        "其重算评级率因而由原文评级率往返推得，不是独立核验；2025年11月末的重算值独立于原文值。",
      "AMCs with valid public ratings, AAA count and share, rating coverage as printed and recomputed on rated " +
        "companies. The end-2024 counts are derived from the printed shares, so that year's recomputed coverage " +
        "is a round trip from the printed coverage, not an independent check; 2025-11-30's is independent.",
    ),
    columns: [
      PERIOD,
      count("amc_count", "地方AMC数量", "Local AMCs"),
      ...derivable(count, "rated_count", "有公开有效级别家数", "With valid public rating"),
      ...derivable(count, "aaa_count", "AAA家数", "Rated AAA"),
      percent("aaa_share", "AAA占比", "AAA share of rated"),
      percent("rating_coverage", "评级率（报告）", "Rating coverage (printed)"),
      ...derivable(percent, "rating_coverage_recomputed", "评级率（重算）", "Rating coverage (recomputed)"),
      shown("code", attribute("rating_coverage_recomputed_check", "重算性质", "What the recomputation proves")),
      asRole("provenance", attribute("rating_coverage_recomputed_from", "推算方向", "Direction of derivation")),
      count("amcs_with_rating_history", "存在过评级历史家数", "With a rating history"),
      count("issuers_ever", "发行过债券家数", "Ever issued bonds"),
      ...TABLE_PROVENANCE,
    ],
    chart: {
      type: "column",
      category: "period",
      series: ["rating_coverage", "rating_coverage_recomputed", "aaa_share"],
      title: bi(
        "评级率与AAA占比（2024年末重算值由原文值推得）",
        "Rating coverage and AAA share (the end-2024 recomputation derives from the printed value)",
      ),
      xAxisTitle: bi("期末", "Period end"),
      yAxisTitle: PERCENT_AXIS,
    },
  },
  rating_distribution: {
    title: bi("地方AMC主体级别分布", "Local AMCs by rating grade"),
    sheetTitle: bi("主体级别分布", "Rating grades"),
    description: bi(
      "截至2025年11月末有公开有效主体级别的25家地方AMC的级别分布（图表12）；AAA以下由差额推得。",
      "The 25 local AMCs with valid public ratings at 2025-11-30 by grade (图表12); below-AAA derived.",
    ),
    columns: [
      PERIOD,
      key("grade", "级别", "Grade"),
      ...derivable(count, "companies", "家数", "Companies"),
      ...derivable(percent, "share", "占比", "Share"),
      ...TABLE_PROVENANCE,
    ],
    chart: {
      type: "pie",
      category: "grade",
      series: ["companies"],
      title: bi("2025年11月末地方AMC主体级别分布", "Local AMCs by rating grade, 30 Nov 2025"),
      xAxisTitle: bi("级别", "Grade"),
      yAxisTitle: bi("家", "Companies (家)"),
    },
  },
  bond_issuance: {
    title: bi("地方AMC债券发行规模", "Bond issuance of local AMCs"),
    sheetTitle: bi("债券发行", "Bond issuance"),
    description: bi(
      "长、短期债券发行规模及增速（不含资产证券化产品和海外债）；2023年由2024年规模及增速推得。",
      "Long- and short-term bond issuance and growth (ex ABS and offshore bonds); 2023 derived from 2024's " +
        "amounts and growth rates.",
    ),
    columns: [
      PERIOD,
      ...derivable(yi, "long_term", "长期债券发行规模", "Long-term issuance"),
      percent("long_term_growth", "长期债券同比增速", "Long-term growth"),
      ...derivable(yi, "short_term", "短期债券发行规模", "Short-term issuance"),
      percent("short_term_growth", "短期债券同比增速", "Short-term growth"),
      percent("long_term_share_3y", "长期债券中3年期占比", "3-year share of long-term"),
      percent("long_term_share_5y", "长期债券中5年期占比", "5-year share of long-term"),
      NOTE,
      ...TABLE_PROVENANCE,
    ],
    chart: {
      type: "column",
      category: "period",
      series: ["long_term", "short_term"],
      title: bi("地方AMC长短期债券发行规模", "Long- and short-term bond issuance of local AMCs"),
      xAxisTitle: bi("年份", "Year"),
      yAxisTitle: YI_AXIS,
    },
  },
  net_financing: {
    title: bi("地方AMC债券净融资额", "Net bond financing of local AMCs"),
    sheetTitle: bi("债券净融资", "Net bond financing"),
    description: bi("债券净融资额（不含海外债及资产证券化产品）。", "Net bond financing (ex offshore bonds and ABS)."),
    columns: [PERIOD, yi("net_financing", "净融资额", "Net financing"), NOTE, ...TABLE_PROVENANCE],
    chart: {
      type: "column",
      category: "period",
      series: ["net_financing"],
      title: bi("地方AMC债券净融资额", "Net bond financing of local AMCs"),
      xAxisTitle: bi("期间", "Period"),
      yAxisTitle: YI_AXIS,
    },
  },
  guaranteed_bonds: {
    title: bi("有担保债券发行情况", "Guaranteed bonds"),
    sheetTitle: bi("有担保债券", "Guaranteed bonds"),
    description: bi(
      "有担保非海外债券只数：各期发行与累计；2022年以前由累计数减去其后各期推得。",
      "Guaranteed non-offshore bonds issued per period and in total; before 2022 derived as the total less later periods.",
    ),
    columns: [
      PERIOD,
      shown("code", attribute("scope", "口径", "Scope")),
      ...derivable((id, zh, en) => count(id, zh, en, "只"), "bonds", "只数", "Bonds"),
      yi("amount", "金额", "Amount"),
      attribute("issuers", "发行主体", "Issuers"),
      NOTE,
      ...TABLE_PROVENANCE,
    ],
  },
  offshore_bonds: {
    title: bi("海外债发行情况", "Offshore bonds"),
    sheetTitle: bi("海外债", "Offshore bonds"),
    description: bi("地方AMC海外债发行笔数、金额及主体。", "Offshore bonds of local AMCs: deals, amount and issuers."),
    columns: [
      PERIOD,
      count("deals", "笔数", "Deals", "笔"),
      usdYi("amount_usd", "金额（亿美元）", "Amount (100 million USD)"),
      attribute("issuers", "发行主体", "Issuers"),
      ...TABLE_PROVENANCE,
    ],
  },
  abs: {
    title: bi("资产证券化产品发行情况", "Asset-backed securities"),
    sheetTitle: bi("资产证券化", "ABS"),
    description: bi(
      "地方AMC资产证券化产品：行业累计、浙商资产累计（金额由占比推得）与2025年江西金资发行的一单。",
      "ABS of local AMCs: the industry total, 浙商资产's total (amount derived from its share) and 江西金资's 2025 deal.",
    ),
    columns: [
      PERIOD,
      ENTITY,
      count("issuers", "发行过的家数", "Issuers"),
      count("deals", "单数", "Deals", "单"),
      ...derivable(yi, "amount", "发行规模", "Amount"),
      percent("share_of_industry", "占行业累计规模比例", "Share of industry total"),
      years("tenor_years", "期限（年）", "Tenor (years)"),
      attribute("senior_rating", "优先级级别", "Senior tranche rating"),
      percent("coupon", "发行利率", "Coupon"),
      years("comparable_tenor_low_years", "对比债券期限下限（年）", "Comparable bonds: tenor from (years)"),
      years("comparable_tenor_high_years", "对比债券期限上限（年）", "Comparable bonds: tenor to (years)"),
      percent("comparable_coupon", "对比债券利率", "Comparable bonds' coupon"),
      ...derivable(bp, "coupon_gap_bp", "利率差（BP）", "Coupon gap (BP)"),
      ...TABLE_PROVENANCE,
    ],
  },
  coupon_changes: {
    title: bi("长期债券融资成本变化", "Change in long-term bond funding costs"),
    sheetTitle: bi("票面利率变化", "Coupon changes"),
    description: bi(
      "2025年1—11月较2024年长期债券发行票面利率变化：行业平均及点名企业（幅度未印出者为空）。",
      "Change in long-term coupons, 2025-01..11 against 2024: the industry average and the companies named.",
    ),
    columns: [
      ENTITY,
      PERIOD,
      shown("code", attribute("direction", "方向", "Direction")),
      bp("change_bp", "变动（BP）", "Change (BP)"),
      QUALIFIER,
      NOTE,
      ...TABLE_PROVENANCE,
    ],
  },
  spreads: {
    title: bi("不同级别主体利差变动", "Spread changes by rating grade"),
    sheetTitle: bi("利差变动", "Spread changes"),
    description: bi(
      "AAA、AA⁺级主体利差平均变动（图表19）及两者之差（推得）。期间：正文为2024年以来，四.4导语及摘要为2025年1—11月；" +
        "口径：正文称发行利差，图表19为存量债券利差（见 inconsistencies）。",
      "Average change in the spreads of AAA and AA⁺ issuers (图表19) and their difference (derived). Period: since " +
        "2024 in the text, 2025-01..11 in 四.4's lead and the summary; basis: issuance spreads in the text, " +
        "outstanding bonds' in 图表19 (see inconsistencies).",
    ),
    columns: [
      key("grade", "级别", "Grade"),
      PERIOD,
      ...derivable(bp, "change_bp", "利差变动（BP）", "Spread change (BP)"),
      count("sample_size", "样本家数", "Sample size"),
      ...TABLE_PROVENANCE,
    ],
    chart: {
      type: "bar",
      category: "grade",
      series: ["change_bp"],
      title: bi(
        "利差变动（正文：2024年以来；导语：2025年1—11月）",
        "Spread change (since 2024 in the text; Jan–Nov 2025 in the lead)",
      ),
      xAxisTitle: bi("级别", "Grade"),
      yAxisTitle: bi("BP", "Basis points"),
    },
  },
  maturities: {
    title: bi("地方AMC债券到期情况", "Bond maturities of local AMCs"),
    sheetTitle: bi("债券到期", "Bond maturities"),
    description: bi(
      "截至2025年11月末存量债券按到期年份；存量总额由到期额及占比推得。",
      "Outstanding bonds at 2025-11-30 by year of maturity; total outstanding derived from amount and share.",
    ),
    columns: [
      shown("period", key("maturity_year", "到期年份", "Maturity year")),
      dateColumn("as_of", "截至", "As of"),
      yi("amount", "到期规模", "Maturing"),
      percent("share", "占存量比例", "Share of outstanding"),
      ...derivable(yi, "implied_outstanding", "存量债券总额（推算）", "Outstanding (derived)"),
      ...TABLE_PROVENANCE,
    ],
    chart: {
      type: "column",
      category: "maturity_year",
      series: ["amount"],
      title: bi("截至2025年11月末地方AMC债券到期情况", "Bond maturities of local AMCs at 30 Nov 2025"),
      xAxisTitle: bi("到期年份", "Maturity year"),
      yAxisTitle: YI_AXIS,
    },
  },
  defaults: {
    title: bi("违约及展期债券", "Defaulted and extended bonds"),
    sheetTitle: bi("违约及展期债券", "Defaults and extensions"),
    description: bi(
      "地方AMC违约和展期的债券；20天乾02金额由合计减违约金额推得。",
      "Bonds of local AMCs in default or extended; 20天乾02's amount derived as the total less the defaulted amount.",
    ),
    columns: [
      key("issuer", "发行人", "Issuer"),
      key("bond_short_name", "债券简称", "Bond"),
      shown("code", attribute("status", "状态", "Status")),
      ...derivable(yi, "amount", "金额", "Amount"),
      dateColumn("extended_to", "展期至", "Extended to"),
      attribute("ownership", "性质", "Ownership"),
      ...TABLE_PROVENANCE,
    ],
    asOf: "2025-12-31",
  },
  default_issuers: {
    title: bi("存在债券违约的地方AMC", "Local AMCs with defaulted bonds"),
    sheetTitle: bi("违约主体", "Defaulted issuers"),
    description: bi("违约主体的违约只数、金额及亏损。", "Issuers in default: bonds, amounts and losses."),
    columns: [
      key("issuer", "发行人", "Issuer"),
      PERIOD,
      attribute("ownership", "性质", "Ownership"),
      count("defaulted_bonds", "违约只数", "Defaulted bonds", "只"),
      count("extended_bonds", "展期只数", "Extended bonds", "只"),
      yi("defaulted_amount", "违约金额", "Defaulted amount"),
      yi("defaulted_and_extended_amount", "违约及展期合计", "Defaulted and extended"),
      yi("loss_2024", "2024年亏损", "Loss 2024"),
      yi("loss_2025_h1", "2025年上半年亏损", "Loss 2025 H1"),
      NOTE,
      ...TABLE_PROVENANCE,
    ],
  },
  events: {
    title: bi("行业大事", "Events"),
    sheetTitle: bi("行业大事", "Events"),
    description: bi("报告提到的有日期的事件。", "The dated events the report mentions."),
    columns: [
      shown("period", key("date", "日期", "Date")),
      shown("entity", attribute("entity", "主体（名单简称）", "Entity (roster)")),
      attribute("subject_zh", "主体", "Subject"),
      inLanguage("zh", attribute("event_zh", "事件", "Event (Chinese)")),
      inLanguage("en", attribute("event_en", "事件（英文）", "Event")),
      ...TABLE_PROVENANCE,
    ],
  },
  inconsistencies: {
    title: bi("报告数字的不一致之处", "Inconsistencies in the report"),
    sheetTitle: bi("报告不一致之处", "Report inconsistencies"),
    description: bi(
      "报告自身数字、期间或判断相互矛盾之处，及值得注意的前后叙述，附证据（涉及数字、重算值、原文值、两处原文）。",
      "Where the report's own numbers, periods or statements disagree, and descriptions worth reading together, with " +
        "the evidence: figures involved, recomputation, printed value, both quotes.",
    ),
    columns: [
      id("id", "编号", "Id"),
      shown("code", attribute("kind", "类型", "Kind")),
      shown("code", attribute("severity", "重要性", "Severity")),
      inLanguage("zh", attribute("explanation_zh", "说明", "Explanation (Chinese)")),
      inLanguage("en", attribute("explanation_en", "说明（英文）", "Explanation")),
      perRowUnit("printed_value", "原文值", "Printed value", "unit"),
      perRowUnit("recomputed", "重算值", "Recomputed", "unit"),
      UNIT,
      shown("code", attribute("recomputed_check", "重算性质", "What the recomputation proves")),
      formulaOf("recomputed", "重算值", "Recomputed"),
      asRole("provenance", attribute("printed_figure", "原文数字", "Printed figure")),
      asRole("provenance", list("inputs", "所用数字", "Figures used")),
      asRole("provenance", list("figures", "涉及数字", "Figures involved")),
      asRole("provenance", attribute("other_section", "对照章节", "Other section")),
      asRole("provenance", attribute("other_quote", "对照原文", "Other quote")),
      ...PROVENANCE,
    ],
    asOf: "2025-12-31",
  },
};
