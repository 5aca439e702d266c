/**
 * How a stored cell reads to an analyst in either language (see DisplayKind): periods as analysts write them, the
 * aggregate entities by name, metric ids as names, units and the datasets' codes as words.
 */
import type { Language } from "../i18n/locale";
import type { Bilingual, DisplayKind } from "./columns";
import { formatPeriod } from "./periods";

const AGGREGATES: Record<string, Bilingual> = {
  industry: { zh: "行业", en: "Industry" },
  sample: { zh: "样本", en: "Sample" },
};

/** Units as an English reader names them; Chinese keeps the report's unit. */
const UNITS_EN: Record<string, string> = {
  亿元: "CNY 100m",
  亿美元: "USD 100m",
  BP: "bp",
  年: "years",
  天: "days",
  家: "companies",
  只: "bonds",
  笔: "deals",
  单: "deals",
  个: "items",
  章: "chapters",
  条: "articles",
};

/** The datasets' codes (qualifiers, statuses, kinds …) as words. */
const CODES: Record<string, Bilingual> = {
  // A figure printed as it is needs no word: the column then shows only approx., above and below.
  exact: { zh: "", en: "" },
  approx: { zh: "约", en: "approx." },
  above: { zh: "超过", en: "above" },
  below: { zh: "低于", en: "below" },
  up: { zh: "上升", en: "up" },
  down: { zh: "下降", en: "down" },
  defaulted: { zh: "违约", en: "defaulted" },
  extended: { zh: "展期", en: "extended" },
  issued_in_period: { zh: "当期发行", en: "issued in the period" },
  cumulative: { zh: "累计", en: "cumulative" },
  independent: { zh: "独立重算", en: "independent" },
  derived_from_printed: { zh: "由原文值推得", en: "derived from the printed value" },
  base: { zh: "口径", en: "base" },
  sample: { zh: "样本", en: "sample" },
  cutoff: { zh: "截止日", en: "cut-off date" },
  wording: { zh: "表述", en: "wording" },
  period: { zh: "期间", en: "period" },
  headline: { zh: "摘要", en: "headline" },
  narrative: { zh: "叙述", en: "narrative" },
  high: { zh: "高", en: "high" },
  medium: { zh: "中", en: "medium" },
  low: { zh: "低", en: "low" },
  info: { zh: "提示", en: "note" },
};

/** Words of metric ids written as an English reader writes them. */
const WORDS: Record<string, string> = {
  amc: "AMC",
  amcs: "AMCs",
  abs: "ABS",
  aaa: "AAA",
  aa: "AA",
  plus: "+",
  top5: "top-5",
  huijin: "Huijin",
  interim: "Interim",
  measures: "Measures",
  "3y": "3-year",
  "5y": "5-year",
};

/** A metric id as an English name: `net_financing` → `Net financing`, `amcs_rated_aaa` → `AMCs rated AAA`. */
function metricName(metric: string): string {
  const words = metric
    .split("_")
    .map((word) => WORDS[word] ?? word)
    .join(" ")
    .replace(/ \+/g, "+");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const SHOWN: Record<DisplayKind, (stored: string, language: Language) => string> = {
  period: (stored, language) => formatPeriod(stored, language),
  entity: (stored, language) => AGGREGATES[stored]?.[language] ?? stored,
  metric: (stored, language) => (language === "en" ? metricName(stored) : stored),
  unit: (stored, language) => (language === "en" ? (UNITS_EN[stored] ?? stored) : stored),
  code: (stored, language) => CODES[stored]?.[language] ?? stored,
};

/** The text an analyst reads for a stored value shown as `kind`; what the kind does not know stays as stored. */
export function displayText(kind: DisplayKind, stored: string, language: Language): string {
  return SHOWN[kind](stored, language);
}
