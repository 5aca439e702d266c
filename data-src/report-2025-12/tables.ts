/**
 * The tables of the 2025-12 report that an analyst wants as tables. Printed cells come from the figures by id;
 * derived cells carry the formula that computes them from printed figures.
 */
import type { DatasetRecord, FigureRecord } from "../../src/data/records";
import { recomputationCheck, tableBuilder } from "../build/table-row";

const JUNE_2025 = "2025-06-30";
const NOV_2025 = "2025-11-30";
const M11_2025 = "2025-01..2025-11";
const TODAY = "2025-12";

/** `<metric>|<entity>|<period>` */
const id = (metric: string, entity: string, period: string) => `${metric}|${entity}|${period}`;
const industry = (metric: string, period: string) => id(metric, "industry", period);
const sample = (metric: string, period: string) => id(metric, "sample", period);

export function buildTables(figures: FigureRecord[]) {
  const { row } = tableBuilder(figures);

  const policies: DatasetRecord<"policies">[] = [
    row({ section: "一", chart: "图表1", quote: "第8632号建议的答复" }, () => ({
      published: "2024-07",
      issued_on: null,
      valid_until: null,
      issuer_zh: "国家金融监督管理总局（金监局）",
      document_zh: "《国家金融监督管理总局对十四届全国人大二次会议第8632号建议的答复》",
      document_number: null,
      summary_zh:
        "研究扩大不良贷款转让试点范围或推进试点常态化；鼓励地方AMC多渠道补充注册资本，加大对中小金融机构不良资产的收购处置。",
      summary_en:
        "Reply to NPC proposal No. 8632: NFRA will study widening the NPL-transfer pilot or making it routine, " +
        "and encourages local AMCs to add capital and buy more NPLs of small and medium financial institutions.",
    })),
    row({ section: "一", chart: "图表1", quote: "（银发〔2022〕254号）政策延期至2026年12月31日" }, () => ({
      published: "2024-09",
      issued_on: null,
      valid_until: "2026-12-31",
      issuer_zh: "央行、原银保监会",
      document_zh: "《关于做好当前金融支持房地产市场平稳健康发展工作的通知》",
      document_number: "银发〔2022〕254号",
      summary_zh: "2022年11月印发的金融支持房地产市场平稳健康发展政策延期至2026年12月31日。",
      summary_en: "The November 2022 notice on financial support for the property market is extended to 2026-12-31.",
    })),
    row(
      { section: "一", chart: "图表1", quote: "《金融资产管理公司不良资产业务管理办法》（金规〔2024〕17号）" },
      () => ({
        published: "2024-11",
        issued_on: null,
        valid_until: null,
        issuer_zh: "国家金融监督管理总局（金监局）",
        document_zh: "《金融资产管理公司不良资产业务管理办法》",
        document_number: "金规〔2024〕17号",
        summary_zh:
          "全面规范金融资产管理公司不良资产业务，扩展可收购范围，禁止向债务人及其利益相关方转让资产；对地方AMC有指导意义。",
        summary_en:
          "Rules for the NPL business of the financial AMCs: wider eligible assets, no transfers back to debtors " +
          "or related parties; a guide for local AMCs too.",
      }),
    ),
    row(
      { section: "一", chart: "图表1", quote: "2025年7月15日，金监局正式发布《地方资产管理公司监督管理暂行办法》" },
      () => ({
        published: "2025-07",
        issued_on: "2025-07-15",
        valid_until: null,
        issuer_zh: "国家金融监督管理总局（金监局）",
        document_zh: "《地方资产管理公司监督管理暂行办法》",
        document_number: "金规〔2025〕16号",
        summary_zh: "地方AMC行业第一部基本制度：4章45条，自印发之日起施行，过渡期原则上不超过3年。",
        summary_en:
          "The first basic rulebook for local AMCs: 4 chapters, 45 articles, in force on issue, with a transition " +
          "period of at most 3 years.",
      }),
    ),
  ];

  const measure = (item: string, item_zh: string, item_en: string, section: string, quote: string, chart?: string) =>
    row({ section, chart, quote }, (cells) => {
      const figureId = industry(item, "2025-07-15");
      const value = cells.printed(figureId);
      const figure = figures.find((candidate) => candidate.id === figureId)!;
      return { item, item_zh, item_en, value, unit: figure.unit, qualifier: figure.qualifier };
    });
  const interim_measures: DatasetRecord<"interim_measures">[] = [
    measure("interim_measures_chapters", "章数", "chapters", "一", "包含4章、45条", "图表1"),
    measure("interim_measures_articles", "条数", "articles", "一", "包含4章、45条", "图表1"),
    measure(
      "interim_measures_quantitative_indicators",
      "量化监管指标",
      "quantitative indicators",
      "一",
      "提出了6个量化监管指标",
    ),
    measure(
      "interim_measures_max_transition_years",
      "过渡期（最长）",
      "transition period (at most)",
      "一",
      "设置了最长3年的过渡期",
    ),
    measure("interim_measures_operating_red_lines", "经营红线", "operating red lines", "二.2", "划定5大经营红线"),
    measure(
      "interim_measures_liquidity_coverage_days",
      "优质流动资产覆盖净流出天数",
      "days of net outflows high-quality liquid assets must cover",
      "三.1",
      "优质流动资产覆盖30天内净资流出",
    ),
    measure(
      "interim_measures_max_minority_stakes",
      "同一股东参股地方AMC（最多，两参）",
      "local AMCs one shareholder may hold a minority stake in (at most)",
      "五",
      "《办法》明确股东投资地方AMC最多“两参一控”",
    ),
    measure(
      "interim_measures_max_controlling_stakes",
      "同一股东控股地方AMC（最多，一控）",
      "local AMCs one shareholder may control (at most)",
      "五",
      "《办法》明确股东投资地方AMC最多“两参一控”",
    ),
  ];

  const amc_count: DatasetRecord<"amc_count">[] = [
    row({ section: "二.1", quote: "截至2024年末，地方AMC数量为59家" }, (cells) => ({
      period: "2023-12-31",
      ...cells.derived(
        "amc_count",
        "={count}-{change}",
        { count: industry("amc_count", "2024-12-31"), change: industry("amc_count_change", "2024") },
        60,
      ),
      change: null,
      exited_company: null,
      exit_month: null,
    })),
    row({ section: "二.1", quote: "截至2024年末，地方AMC数量为59家" }, (cells) => ({
      period: "2024-12-31",
      amc_count: cells.printed(industry("amc_count", "2024-12-31")),
      amc_count_derived: null,
      change: cells.printed(industry("amc_count_change", "2024")),
      exited_company: "黑龙江省嘉实龙昇金融资产管理有限公司",
      exit_month: "2024-01",
    })),
    row({ section: "二.1", quote: "截至2025年末，地方AMC数量为58家" }, (cells) => ({
      period: "2025-12-31",
      amc_count: cells.printed(industry("amc_count", "2025-12-31")),
      amc_count_derived: null,
      change: cells.printed(industry("amc_count_change", "2025")),
      exited_company: "宁夏顺亿资产管理有限公司",
      exit_month: "2025-07",
    })),
  ];

  const topAssetRow = (rank: number, shortName: string, quote: string, stated?: boolean) =>
    row({ section: "三.1", quote }, (cells) => ({
      rank,
      short_name: shortName,
      period: JUNE_2025,
      total_assets: cells.printed(id("total_assets", shortName, JUNE_2025)),
      share_stated: stated ? cells.printed(id("share_of_sample_total_assets", shortName, JUNE_2025)) : null,
      share_stated_qualifier: stated ? ("approx" as const) : null,
    }));
  const top_assets: DatasetRecord<"top_assets">[] = [
    topAssetRow(1, "山东金资", "山东金资（1128.45 亿元)", true),
    topAssetRow(2, "陕西金资", "陕西金资(761.40亿元)"),
    topAssetRow(3, "浙商资产", "浙商资产(746.51亿元)"),
    topAssetRow(4, "中原资产", "中原资产(728.75亿元)"),
  ];

  const TOP5_NET_ASSETS = ["山东金资", "陕西金资", "浙商资产", "中原资产", "河南资产"];
  const top5Vars = Object.fromEntries(
    TOP5_NET_ASSETS.map((name, index) => [`n${index + 1}`, id("net_assets", name, JUNE_2025)]),
  );
  const topNetAssetRow = (rank: number, share: number, quote: string, stated?: boolean) =>
    row({ section: "三.2", chart: "图表3", quote }, (cells) => {
      const shortName = TOP5_NET_ASSETS[rank - 1];
      return {
        rank,
        short_name: shortName,
        period: JUNE_2025,
        net_assets: cells.printed(id("net_assets", shortName, JUNE_2025)),
        ...cells.derived(
          "share",
          `=ROUND({n${rank}}/(({n1}+{n2}+{n3}+{n4}+{n5})/({top5}/100))*100,2)`,
          { ...top5Vars, top5: sample("top5_share_of_sample_net_assets", JUNE_2025) },
          share,
        ),
        share_stated: stated ? cells.printed(id("share_of_sample_net_assets", shortName, JUNE_2025)) : null,
        share_stated_qualifier: stated ? ("approx" as const) : null,
      };
    });
  const top_net_assets: DatasetRecord<"top_net_assets">[] = [
    topNetAssetRow(1, 24.52, "山东金资(702.39亿元)", true),
    topNetAssetRow(2, 9.18, "陕西金资(262.96亿元)"),
    topNetAssetRow(3, 7.69, "浙商资产(220.11亿元)"),
    topNetAssetRow(4, 6.33, "中原资产(181.43亿元)"),
    topNetAssetRow(5, 5.31, "河南资产(151.96亿元)"),
  ];

  const distributionRow = (
    metric: string,
    period: string,
    measure_zh: string,
    measure_en: string,
    comparator: ">" | "<",
    share: number,
    chart?: string,
  ) => {
    const figure = figures.find((candidate) => candidate.id === sample(metric, period))!;
    return row({ section: figure.section, chart: chart ?? figure.chart, quote: figure.quote }, (cells) => ({
      period,
      measure_zh,
      measure_en,
      comparator,
      threshold: figure.threshold!,
      threshold_unit: figure.threshold_unit!,
      companies_beyond_threshold: cells.printed(figure.id),
      ...cells.derived(
        "share_of_sample_beyond_threshold",
        "=ROUND({count}/{sample}*100,2)",
        { count: figure.id, sample: sample("sample_count", JUNE_2025) },
        share,
      ),
    }));
  };
  const sample_distribution: DatasetRecord<"sample_distribution">[] = [
    distributionRow("companies_total_assets_over_300", JUNE_2025, "资产总额", "total assets", ">", 32),
    distributionRow("companies_total_assets_over_500", JUNE_2025, "资产总额", "total assets", ">", 16),
    distributionRow("companies_total_assets_over_1000", JUNE_2025, "资产总额", "total assets", ">", 4),
    distributionRow("companies_net_assets_over_100", JUNE_2025, "净资产", "net assets", ">", 40),
    distributionRow("companies_net_assets_over_150", JUNE_2025, "净资产", "net assets", ">", 20),
    distributionRow("companies_debt_ratio_below_50", JUNE_2025, "资产负债率", "debt ratio", "<", 20),
    distributionRow("companies_debt_ratio_above_80", JUNE_2025, "资产负债率", "debt ratio", ">", 4),
  ];

  const printedLeverageRow = (shortName: string, quote: string) =>
    row({ section: "三.4", quote }, (cells) => ({
      short_name: shortName,
      period: JUNE_2025,
      debt_ratio: cells.printed(id("debt_ratio", shortName, JUNE_2025)),
      total_assets: null,
      net_assets: null,
      debt_ratio_from_balance_sheet: null,
      debt_ratio_from_balance_sheet_derived: null,
    }));
  const balanceSheetLeverageRow = (shortName: string, ratio: number, quote: string, printedRatio?: boolean) =>
    row({ section: "三.1", quote }, (cells) => {
      const assets = id("total_assets", shortName, JUNE_2025);
      const netAssets = id("net_assets", shortName, JUNE_2025);
      return {
        short_name: shortName,
        period: JUNE_2025,
        debt_ratio: printedRatio ? cells.printed(id("debt_ratio", shortName, JUNE_2025)) : null,
        total_assets: cells.printed(assets),
        net_assets: cells.printed(netAssets),
        ...cells.derived(
          "debt_ratio_from_balance_sheet",
          "=ROUND((1-{net}/{assets})*100,2)",
          { net: netAssets, assets },
          ratio,
        ),
      };
    });
  const leverage: DatasetRecord<"leverage">[] = [
    printedLeverageRow("内蒙古金资", "内蒙古金资（46.54%）"),
    printedLeverageRow("贵州资产", "贵州资产（43.17%）"),
    balanceSheetLeverageRow("山东金资", 37.76, "山东金资（37.76%）", true),
    printedLeverageRow("天津津融资产", "天津津融资产（32.53%）"),
    printedLeverageRow("云南资产", "云南资产（21.47%）"),
    printedLeverageRow("兴业资产", "兴业资产（80.13%）"),
    balanceSheetLeverageRow("陕西金资", 65.46, "陕西金资(761.40亿元)"),
    balanceSheetLeverageRow("浙商资产", 70.51, "浙商资产(746.51亿元)"),
    balanceSheetLeverageRow("中原资产", 75.1, "中原资产(728.75亿元)"),
  ];

  const bond_issuers: DatasetRecord<"bond_issuers">[] = [
    row({ section: "四.1", quote: "较上年无变化" }, (cells) => ({
      period: "2023",
      ...cells.derived(
        "issuers",
        "={issuers}-{change}",
        { issuers: industry("bond_issuers", "2024"), change: industry("bond_issuers_change", "2024") },
        25,
      ),
      change: null,
      first_time_issuers: null,
      note: "由2024年“较上年无变化”推得 / from 2024's “unchanged on the previous year”",
    })),
    row({ section: "四.1", quote: "2024年，共有25家地方AMC发行债券" }, (cells) => ({
      period: "2024",
      issuers: cells.printed(industry("bond_issuers", "2024")),
      issuers_derived: null,
      change: cells.printed(industry("bond_issuers_change", "2024")),
      first_time_issuers: null,
      note: null,
    })),
    row({ section: "四.1", quote: "共有28家地方AMC发行债券" }, (cells) => ({
      period: M11_2025,
      issuers: cells.printed(industry("bond_issuers", M11_2025)),
      issuers_derived: null,
      change: cells.printed(industry("bond_issuers_change", M11_2025)),
      first_time_issuers: "海南联合资产",
      note: "吉林盛融资产2025年12月11日首次发债，未计入 / 吉林盛融资产's first bond (2025-12-11) is not counted",
    })),
  ];

  const ratings: DatasetRecord<"ratings">[] = [
    row({ section: "四.1", quote: "较2024年末的47.46%有所下降" }, (cells) => {
      const vars = {
        coverage: industry("rating_coverage", "2024-12-31"),
        amcs: industry("amc_count", "2024-12-31"),
        aaaShare: industry("aaa_share_of_rated", "2024-12-31"),
      };
      const recomputedFrom = { coverage: vars.coverage, amcs: vars.amcs };
      return {
        period: "2024-12-31",
        amc_count: cells.printed(vars.amcs),
        ...cells.derived("rated_count", "=ROUND({coverage}/100*{amcs},0)", vars, 28),
        ...cells.derived("aaa_count", "=ROUND({aaaShare}/100*ROUND({coverage}/100*{amcs},0),0)", vars, 21),
        aaa_share: cells.printed(vars.aaaShare),
        rating_coverage: cells.printed(vars.coverage),
        ...cells.derived(
          "rating_coverage_recomputed",
          "=ROUND(ROUND({coverage}/100*{amcs},0)/{amcs}*100,2)",
          recomputedFrom,
          47.46,
        ),
        rating_coverage_recomputed_check: recomputationCheck(vars.coverage, recomputedFrom),
        rating_coverage_recomputed_from:
          "评级率（报告）→ 有效级别家数（推得）→ 评级率（重算）/ printed coverage → rated count (derived) → " +
          "recomputed coverage",
        amcs_with_rating_history: null,
        issuers_ever: null,
      };
    }),
    row({ section: "四.1", chart: "图表12", quote: "有公开有效³主体级别的地方AMC共25家" }, (cells) => {
      const rated = industry("amcs_with_valid_public_rating", NOV_2025);
      const amcs = industry("amc_count", "2025-12-31");
      const coverage = industry("rating_coverage", NOV_2025);
      return {
        period: NOV_2025,
        amc_count: cells.printed(amcs),
        rated_count: cells.printed(rated),
        rated_count_derived: null,
        aaa_count: cells.printed(industry("amcs_rated_aaa", NOV_2025)),
        aaa_count_derived: null,
        aaa_share: cells.printed(industry("aaa_share_of_rated", NOV_2025)),
        rating_coverage: cells.printed(coverage),
        ...cells.derived("rating_coverage_recomputed", "=ROUND({rated}/{amcs}*100,2)", { rated, amcs }, 43.1),
        rating_coverage_recomputed_check: recomputationCheck(coverage, { rated, amcs }),
        rating_coverage_recomputed_from: "有效级别家数 ÷ 地方AMC数量 / rated count ÷ local AMCs",
        amcs_with_rating_history: cells.printed(industry("amcs_with_rating_history", NOV_2025)),
        issuers_ever: cells.printed(industry("bond_issuers_cumulative", NOV_2025)),
      };
    }),
  ];

  const rating_distribution: DatasetRecord<"rating_distribution">[] = [
    row({ section: "四.1", chart: "图表12", quote: "以AAA级为主，共20家" }, (cells) => ({
      period: NOV_2025,
      grade: "AAA",
      companies: cells.printed(industry("amcs_rated_aaa", NOV_2025)),
      companies_derived: null,
      share: cells.printed(industry("aaa_share_of_rated", NOV_2025)),
      share_derived: null,
    })),
    row({ section: "四.1", chart: "图表12", quote: "有公开有效³主体级别的地方AMC共25家" }, (cells) => {
      const vars = {
        rated: industry("amcs_with_valid_public_rating", NOV_2025),
        aaa: industry("amcs_rated_aaa", NOV_2025),
      };
      return {
        period: NOV_2025,
        grade: "AAA以下",
        ...cells.derived("companies", "={rated}-{aaa}", vars, 5),
        ...cells.derived("share", "=ROUND(({rated}-{aaa})/{rated}*100,2)", vars, 20),
      };
    }),
  ];

  const bond_issuance: DatasetRecord<"bond_issuance">[] = [
    row({ section: "四.2", chart: "图表14", quote: "同比增长44.87%" }, (cells) => ({
      period: "2023",
      ...cells.derived(
        "long_term",
        "=ROUND({amount}/(1+{growth}/100),2)",
        {
          amount: industry("long_term_bond_issuance", "2024"),
          growth: industry("long_term_bond_issuance_growth", "2024"),
        },
        419,
      ),
      long_term_growth: null,
      ...cells.derived(
        "short_term",
        "=ROUND({amount}/(1+{growth}/100),2)",
        {
          amount: industry("short_term_bond_issuance", "2024"),
          growth: industry("short_term_bond_issuance_growth", "2024"),
        },
        272.71,
      ),
      short_term_growth: null,
      long_term_share_3y: null,
      long_term_share_5y: null,
      note: "由2024年规模及同比增速推得 / derived from 2024's amounts and growth rates",
    })),
    row({ section: "四.2", chart: "图表14", quote: "发行长期债券规模607.00亿元" }, (cells) => ({
      period: "2024",
      long_term: cells.printed(industry("long_term_bond_issuance", "2024")),
      long_term_derived: null,
      long_term_growth: cells.printed(industry("long_term_bond_issuance_growth", "2024")),
      short_term: cells.printed(industry("short_term_bond_issuance", "2024")),
      short_term_derived: null,
      short_term_growth: cells.printed(industry("short_term_bond_issuance_growth", "2024")),
      long_term_share_3y: null,
      long_term_share_5y: null,
      note: null,
    })),
    row({ section: "四.2", quote: "3年期及5年期的债券占比分别为43.20%和39.20%" }, (cells) => ({
      period: M11_2025,
      long_term: null,
      long_term_derived: null,
      long_term_growth: null,
      short_term: null,
      short_term_derived: null,
      short_term_growth: null,
      long_term_share_3y: cells.printed(industry("long_term_bond_tenor_share_3y", M11_2025)),
      long_term_share_5y: cells.printed(industry("long_term_bond_tenor_share_5y", M11_2025)),
      note: "长短期规模均较2024年全年下降，金额未印出 / both below full-year 2024; amounts not printed",
    })),
  ];

  const net_financing: DatasetRecord<"net_financing">[] = [
    row({ section: "四.2", chart: "图表15", quote: "2024年净融资额251.20亿元" }, (cells) => ({
      period: "2024",
      net_financing: cells.printed(industry("net_financing", "2024")),
      note: "历史次高峰 / the second-highest on record",
    })),
    row({ section: "四.2", chart: "图表15", quote: "净融资额为44.80亿元" }, (cells) => ({
      period: M11_2025,
      net_financing: cells.printed(industry("net_financing", M11_2025)),
      note: null,
    })),
  ];

  const guaranteedIssued = (period: string) => industry("guaranteed_bonds_issued", period);
  const guaranteed_bonds: DatasetRecord<"guaranteed_bonds">[] = [
    row({ section: "四.2", quote: "共发行过有担保的非海外债券 8 只" }, (cells) => ({
      period: "2015..2021",
      scope: "issued_in_period" as const,
      ...cells.derived(
        "bonds",
        "={total}-{y2022}-{y2023}-{since2024}",
        {
          total: industry("guaranteed_bonds_issued_cumulative", NOV_2025),
          y2022: guaranteedIssued("2022"),
          y2023: guaranteedIssued("2023"),
          since2024: guaranteedIssued("2024-01..2025-11"),
        },
        5,
      ),
      amount: null,
      issuers: null,
      note: "累计8只减去2022年以来各期；地方AMC自2015年发债 / the cumulative 8 less 2022 onwards; issuance began in 2015",
    })),
    row({ section: "四.2", quote: "2022 年有担保债券发行数量 2 只" }, (cells) => ({
      period: "2022",
      scope: "issued_in_period" as const,
      bonds: cells.printed(guaranteedIssued("2022")),
      bonds_derived: null,
      amount: null,
      issuers: "新疆金投资产",
      note: null,
    })),
    row({ section: "四.2", quote: "2023 年为 1 只" }, (cells) => ({
      period: "2023",
      scope: "issued_in_period" as const,
      bonds: cells.printed(guaranteedIssued("2023")),
      bonds_derived: null,
      amount: null,
      issuers: "新疆金投资产",
      note: null,
    })),
    row({ section: "四.2", quote: "2024 年以来，没有地方 AMC 发行有担保债券" }, (cells) => ({
      period: "2024-01..2025-11",
      scope: "issued_in_period" as const,
      bonds: cells.printed(guaranteedIssued("2024-01..2025-11")),
      bonds_derived: null,
      amount: null,
      issuers: null,
      note: null,
    })),
    row({ section: "四.2", quote: "金额合计 66.23 亿元" }, (cells) => ({
      period: NOV_2025,
      scope: "cumulative" as const,
      bonds: cells.printed(industry("guaranteed_bonds_issued_cumulative", NOV_2025)),
      bonds_derived: null,
      amount: cells.printed(industry("guaranteed_bonds_issued_cumulative_amount", NOV_2025)),
      issuers: null,
      note: "发行主体均为非AAA级别企业 / all issuers rated below AAA",
    })),
  ];

  const offshore_bonds: DatasetRecord<"offshore_bonds">[] = [
    row({ section: "四.2", quote: "合计金额 2.88 亿美元" }, (cells) => ({
      period: "2024",
      deals: null,
      amount_usd: cells.printed(industry("offshore_bond_issuance", "2024")),
      issuers: "国厚资产、陕西金资",
    })),
    row({ section: "四.2", quote: "合计金额 1.00 亿美元" }, (cells) => ({
      period: M11_2025,
      deals: cells.printed(industry("offshore_bonds_issued", M11_2025)),
      amount_usd: cells.printed(industry("offshore_bond_issuance", M11_2025)),
      issuers: "中原资产",
    })),
  ];

  const absRow = {
    period: NOV_2025,
    issuers: null,
    deals: null,
    amount: null,
    amount_derived: null,
    share_of_industry: null,
    tenor_years: null,
    senior_rating: null,
    coupon: null,
    comparable_tenor_low_years: null,
    comparable_tenor_high_years: null,
    comparable_coupon: null,
    coupon_gap_bp: null,
    coupon_gap_bp_derived: null,
  };
  const jiangxi = (metric: string) => id(metric, "江西金资", M11_2025);
  const abs: DatasetRecord<"abs">[] = [
    row({ section: "四.3", chart: "图表16", quote: "累计发行规模为 100.59 亿元" }, (cells) => ({
      ...absRow,
      entity: "industry",
      issuers: cells.printed(industry("abs_issuers_cumulative", NOV_2025)),
      amount: cells.printed(industry("abs_issuance_cumulative", NOV_2025)),
    })),
    row({ section: "四.3", chart: "图表17", quote: "累计发行资产证券化产品规模的 34.60%" }, (cells) => ({
      ...absRow,
      entity: "浙商资产",
      deals: cells.printed(id("abs_deals_cumulative", "浙商资产", NOV_2025)),
      ...cells.derived(
        "amount",
        "=ROUND({total}*{share}/100,2)",
        {
          total: industry("abs_issuance_cumulative", NOV_2025),
          share: id("abs_share_of_industry_cumulative", "浙商资产", NOV_2025),
        },
        34.8,
      ),
      share_of_industry: cells.printed(id("abs_share_of_industry_cumulative", "浙商资产", NOV_2025)),
    })),
    row({ section: "四.3", quote: "系江西金资发行，期限为 1.67 年" }, (cells) => ({
      ...absRow,
      period: M11_2025,
      entity: "江西金资",
      deals: cells.printed(industry("abs_deals_issued", M11_2025)),
      tenor_years: cells.printed(jiangxi("abs_tenor")),
      senior_rating: "AA⁺sf",
      coupon: cells.printed(jiangxi("abs_coupon")),
      comparable_tenor_low_years: cells.printed(jiangxi("abs_comparable_bond_tenor_low")),
      comparable_tenor_high_years: cells.printed(jiangxi("abs_comparable_bond_tenor_high")),
      comparable_coupon: cells.printed(jiangxi("abs_comparable_bond_coupon")),
      ...cells.derived(
        "coupon_gap_bp",
        "=ROUND(({abs}-{bond})*100,2)",
        { abs: jiangxi("abs_coupon"), bond: jiangxi("abs_comparable_bond_coupon") },
        1,
      ),
    })),
  ];

  /** Companies the text names for a direction of their coupon change, without printing its size. */
  const namedCostChanges = (entities: string[], direction: "down" | "up", quote: string, note: string) =>
    entities.map((entity) =>
      row({ section: "四.4", chart: "图表18", quote }, () => ({
        entity,
        period: M11_2025,
        direction,
        change_bp: null,
        qualifier: null,
        note,
      })),
    );
  const coupon_changes: DatasetRecord<"coupon_changes">[] = [
    row({ section: "四.4", chart: "图表18", quote: "平均降幅在35BP左右" }, (cells) => ({
      entity: "industry",
      period: M11_2025,
      direction: "down" as const,
      change_bp: cells.printed(industry("long_term_bond_coupon_change", M11_2025)),
      qualifier: "approx" as const,
      note: "与2024年相比 / against 2024",
    })),
    ...namedCostChanges(
      ["贵州资产", "苏州资产"],
      "down",
      "其中贵州资产和苏州资产的成本降幅较大",
      "降幅较大，幅度未印出 / a larger fall; size not printed",
    ),
    ...namedCostChanges(
      ["招商平安资产", "湖北资产"],
      "up",
      "长期债券融资成本小幅上升",
      "小幅上升，幅度未印出 / a slight rise; size not printed",
    ),
  ];

  const SPREAD_PERIOD = "2024-01..2025-11";
  const spreads: DatasetRecord<"spreads">[] = [
    row({ section: "四.4", chart: "图表19", quote: "AAA级主体发债利差平均下降14.72BP" }, (cells) => ({
      grade: "AAA",
      period: SPREAD_PERIOD,
      change_bp: cells.printed(industry("spread_change_aaa", SPREAD_PERIOD)),
      change_bp_derived: null,
      sample_size: cells.printed(industry("spread_sample_aaa", SPREAD_PERIOD)),
    })),
    row({ section: "四.4", chart: "图表19", quote: "AA⁺级主体利差下降34.99BP" }, (cells) => ({
      grade: "AA⁺",
      period: SPREAD_PERIOD,
      change_bp: cells.printed(industry("spread_change_aa_plus", SPREAD_PERIOD)),
      change_bp_derived: null,
      sample_size: cells.printed(industry("spread_sample_aa_plus", SPREAD_PERIOD)),
    })),
    row({ section: "四.4", chart: "图表19", quote: "级别之间的利差差异明显收窄" }, (cells) => ({
      grade: "AA⁺ − AAA",
      period: SPREAD_PERIOD,
      ...cells.derived(
        "change_bp",
        "=ROUND({aaPlus}-{aaa},2)",
        { aaPlus: industry("spread_change_aa_plus", SPREAD_PERIOD), aaa: industry("spread_change_aaa", SPREAD_PERIOD) },
        -20.27,
      ),
      sample_size: null,
    })),
  ];

  const maturities: DatasetRecord<"maturities">[] = [
    row({ section: "四.5", chart: "图表20", quote: "2026 年到期的长、短期债券合计 292.99 亿元" }, (cells) => {
      const vars = { amount: industry("bonds_maturing", "2026"), share: industry("bonds_maturing_share", "2026") };
      return {
        maturity_year: "2026",
        as_of: NOV_2025,
        amount: cells.printed(vars.amount),
        share: cells.printed(vars.share),
        ...cells.derived("implied_outstanding", "=ROUND({amount}/({share}/100),2)", vars, 1552.68),
      };
    }),
  ];

  const tianqian = (metric: string) => id(metric, "湖北天乾资产", TODAY);
  const guohou = (metric: string) => id(metric, "国厚资产", TODAY);
  const GUOHOU_DEFAULTS_QUOTE = "分别为“H22 国厚 1”“18 国厚金融 PPN001”和“18 国厚金融 PPN002”";
  const guohouDefault = (bond: string) =>
    row({ section: "四.5", quote: GUOHOU_DEFAULTS_QUOTE }, () => ({
      issuer: "国厚资产",
      bond_short_name: bond,
      status: "defaulted" as const,
      amount: null,
      amount_derived: null,
      extended_to: null,
      ownership: "民营",
    }));
  const defaults: DatasetRecord<"defaults">[] = [
    row({ section: "四.5", quote: "“20 天乾 01”已违约，违约金额 4.50 亿元" }, (cells) => ({
      issuer: "湖北天乾资产",
      bond_short_name: "20天乾01",
      status: "defaulted" as const,
      amount: cells.printed(tianqian("defaulted_amount")),
      amount_derived: null,
      extended_to: null,
      ownership: "民营",
    })),
    row({ section: "四.5", quote: "“20 天乾 02”展期至 2026 年 5 月 6 日" }, (cells) => ({
      issuer: "湖北天乾资产",
      bond_short_name: "20天乾02",
      status: "extended" as const,
      ...cells.derived(
        "amount",
        "=ROUND({total}-{defaulted},2)",
        { total: tianqian("defaulted_and_extended_amount"), defaulted: tianqian("defaulted_amount") },
        15,
      ),
      extended_to: "2026-05-06",
      ownership: "民营",
    })),
    guohouDefault("H22国厚1"),
    guohouDefault("18国厚金融PPN001"),
    guohouDefault("18国厚金融PPN002"),
    row({ section: "四.5", quote: "“H9 国厚 01”展期至 2026 年 6 月 27 日" }, () => ({
      issuer: "国厚资产",
      bond_short_name: "H9国厚01",
      status: "extended" as const,
      amount: null,
      amount_derived: null,
      extended_to: "2026-06-27",
      ownership: "民营",
    })),
  ];

  const default_issuers: DatasetRecord<"default_issuers">[] = [
    row({ section: "四.5", quote: "湖北天乾资产目前共有 1 只债券违约、1 只债券展期" }, (cells) => ({
      issuer: "湖北天乾资产",
      period: TODAY,
      ownership: "民营",
      defaulted_bonds: cells.printed(tianqian("defaulted_bonds")),
      extended_bonds: cells.printed(tianqian("extended_bonds")),
      defaulted_amount: cells.printed(tianqian("defaulted_amount")),
      defaulted_and_extended_amount: cells.printed(tianqian("defaulted_and_extended_amount")),
      loss_2024: cells.printed(id("loss", "湖北天乾资产", "2024")),
      loss_2025_h1: null,
      note: "担保人及实际控制人武汉当代科技产业集团2024年9月进入破产重整 / its guarantor and controller entered restructuring in 2024-09",
    })),
    row({ section: "四.5", quote: "国厚资产目前共有 3 只债券违约" }, (cells) => ({
      issuer: "国厚资产",
      period: TODAY,
      ownership: "民营",
      defaulted_bonds: cells.printed(guohou("defaulted_bonds")),
      extended_bonds: null,
      defaulted_amount: cells.printed(guohou("defaulted_amount")),
      defaulted_and_extended_amount: null,
      loss_2024: cells.printed(id("loss", "国厚资产", "2024")),
      loss_2025_h1: cells.printed(id("loss", "国厚资产", "2025-01..2025-06")),
      note: "另有“H9国厚01”展期，只数未以数字印出 / “H9国厚01” is also extended (no count printed)",
    })),
  ];

  const event =
    (date: string, entity: string | null, subject_zh: string, event_zh: string, event_en: string) =>
    (section: string, quote: string) =>
      row({ section, quote }, () => ({ date, entity, subject_zh, event_zh, event_en }));
  const events: DatasetRecord<"events">[] = [
    event(
      "2015",
      null,
      "地方AMC行业",
      "首次发行债券",
      "Local AMCs issue their first bond",
    )("四.5", "从 2015 年地方 AMC 行业发债以来"),
    event(
      "2020",
      null,
      "地方AMC行业",
      "首次发行资产证券化产品",
      "Local AMCs issue their first ABS",
    )("四.3", "自 2020 年首次发行资产证券化产品以来"),
    event(
      "2024-01",
      null,
      "黑龙江省嘉实龙昇金融资产管理有限公司",
      "黑龙江首家地方AMC已注销",
      "Heilongjiang's first local AMC is deregistered",
    )("二.1", "黑龙江省嘉实龙昇金融资产管理有限公司已注销"),
    event(
      "2024",
      "湖北天乾资产",
      "湖北天乾资产",
      "陆续被列为被执行人，法定代表人被限制高消费",
      "Listed as a judgment debtor; its legal representative barred from high spending",
    )("四.5", "2024 年以来陆续被列为被执行人"),
    event(
      "2024-09",
      "湖北天乾资产",
      "武汉当代科技产业集团股份有限公司",
      "湖北天乾资产的债券担保人及实际控制人进入破产重整",
      "The guarantor and actual controller of 湖北天乾资产 enters bankruptcy restructuring",
    )("四.5", "于 2024 年 9 月进入破产重整阶段"),
    event(
      "2025-02",
      null,
      "财政部",
      "将信达资产、东方资产、长城资产全部股权无偿划转至中央汇金",
      "MOF transfers its whole stakes in Cinda, Orient and Great Wall AMCs to Central Huijin",
    )("二.2", "全部股权无偿划转至中央汇金投资有限责任公司"),
    event(
      "2025-06",
      "江西金资",
      "江西省金融资产管理股份有限公司",
      "终止评级",
      "Its rating is withdrawn",
    )("四.1", "江西省金融资产管理股份有限公司已于2025年6月终止评级"),
    event(
      "2025-07",
      null,
      "宁夏顺亿资产管理有限公司",
      "完成工商信息变更，剥离不良资产批量转让等核心经营范围",
      "Drops bulk NPL acquisition and its other core business scope, leaving the local AMC ranks",
    )("二.1", "宁夏回族自治区首家地方AMC宁夏顺亿资产管理有限公司"),
    event(
      "2025-11",
      null,
      "中金公司",
      "公告换股吸收合并信达证券和东兴证券",
      "CICC announces share-swap mergers with Cinda Securities and Dongxing Securities",
    )("二.2", "公告通过换股方式吸收合并信达资产旗下的信达证券"),
    event(
      M11_2025,
      "海南联合资产",
      "海南联合资产管理有限公司",
      "首次在资本市场发债",
      "Issues its first bond in the capital market",
    )("四.1", "海南联合资产管理有限公司为首次在资本市场发债"),
    event(
      "2025",
      "国厚资产",
      "国厚资产及其实际控制人李厚文",
      "数次被监管处罚",
      "The company and its actual controller are penalised by regulators several times",
    )("四.5", "也在 2025 年以来数次被监管处罚"),
    event(
      "2025-12-11",
      "吉林盛融资产",
      "吉林省盛融资产管理有限责任公司",
      "首次在资本市场发债（未纳入2025年1—11月统计）",
      "Issues its first bond (not in the 2025-01..11 counts)",
    )("四.1", "于2025年12月11日首次在资本市场发债"),
  ];

  return {
    policies,
    interim_measures,
    amc_count,
    top_assets,
    top_net_assets,
    sample_distribution,
    leverage,
    bond_issuers,
    ratings,
    rating_distribution,
    bond_issuance,
    net_financing,
    guaranteed_bonds,
    offshore_bonds,
    abs,
    coupon_changes,
    spreads,
    maturities,
    defaults,
    default_issuers,
    events,
  };
}
