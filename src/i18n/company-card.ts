/**
 * The words of AMC.PROFILE's company card in both languages: its property names (which formulas reference, as
 * `=A2.省份` or `=A2.Province`), section titles, sublabels, and the English names of the figures the report prints
 * about a company (the Chinese names are the figures' own).
 */
import type { Language } from "./locale";

type Words = Record<Language, string>;

/** The card's own properties, by what they hold. */
export const CARD_PROPERTIES = {
  shortName: { zh: "简称", en: "Short name" },
  fullName: { zh: "公司名称", en: "Full name" },
  province: { zh: "省份", en: "Province" },
  sequence: { zh: "序号", en: "Sequence" },
  aliases: { zh: "其他名称", en: "Aliases" },
  printedShortName: { zh: "简称原文", en: "Short name as printed" },
  note: { zh: "说明", en: "Note" },
  source: { zh: "资料来源", en: "Source" },
  edition: { zh: "版本", en: "Edition" },
} satisfies Record<string, Words>;

export const CARD_SECTIONS = {
  company: { zh: "公司", en: "Company" },
  figures: { zh: "报告数据", en: "Figures in the report" },
  mentions: { zh: "报告提及", en: "Also in the report" },
  source: { zh: "来源", en: "Source" },
} satisfies Record<string, Words>;

/** Sublabels and phrases of the card; `{count}` and `{period}` are filled in. */
export const CARD_PHRASES = {
  sequence: { zh: "附件名单，共{count}家", en: "in the appendix roster of {count}" },
  noFigures: { zh: "报告未印出该公司的数字", en: "The report prints no figure about this company" },
  noFiguresLabel: { zh: "报告数据", en: "Figures" },
  provider: {
    zh: "AMC Analyst · 联合资信《地方资产管理公司行业信用风险展望 2026》",
    en: "AMC Analyst · Lianhe Ratings, Local AMC Industry Credit Risk Outlook 2026",
  },
  couponChange: { zh: "长期债券融资成本", en: "Long-term bond coupon" },
  up: { zh: "上升", en: "rose" },
  down: { zh: "下降", en: "fell" },
} satisfies Record<string, Words>;

/** How a figure's qualifier reads after its period in the card: 约, 超过 … (an exact figure has none). */
export const QUALIFIER_WORDS: Record<string, Words> = {
  approx: { zh: "约", en: "approx." },
  above: { zh: "超过", en: "above" },
  below: { zh: "低于", en: "below" },
};

/** English names of the metrics the report prints per company (the card's property names in English). */
export const COMPANY_METRIC_NAMES_EN: Record<string, string> = {
  total_assets: "Total assets",
  net_assets: "Net assets",
  debt_ratio: "Debt ratio",
  share_of_sample_total_assets: "Share of sample total assets",
  share_of_sample_net_assets: "Share of sample net assets",
  abs_deals_cumulative: "ABS deals to date",
  abs_share_of_industry_cumulative: "Share of industry ABS issuance to date",
  abs_tenor: "ABS tenor",
  abs_coupon: "ABS coupon",
  abs_comparable_bond_tenor_low: "Comparable bond tenor, shortest",
  abs_comparable_bond_tenor_high: "Comparable bond tenor, longest",
  abs_comparable_bond_coupon: "Comparable bond coupon",
  defaulted_bonds: "Defaulted bonds",
  extended_bonds: "Extended bonds",
  defaulted_amount: "Defaulted amount",
  defaulted_and_extended_amount: "Defaulted and extended amount",
  loss: "Loss",
};

/** A card phrase in a language, with `{name}` filled in. */
export function cardPhrase(words: Words, language: Language, params: Record<string, string | number> = {}): string {
  return words[language].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
