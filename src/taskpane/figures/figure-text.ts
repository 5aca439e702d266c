/**
 * A figure as the pane shows it and writes it, in the pane's language: metric, entity and period as analysts write
 * them, the value as its cell will read (`607.00 亿元`, `50.58%`), the qualifier, where the report prints it, and the
 * `=AMC.FIGURE(...)`/`=AMC.SOURCE(...)` formulas over those same names, which the functions read back.
 */
import { CATALOG, figureNumberFormat, toCellValue, type ColumnMeta } from "../../data/catalog";
import type { FigureRecord } from "../../data/index";
import { formatPeriod } from "../../data/periods";
import { formatCellValue } from "../../excel-rules/number-format";
import { qualifiedName } from "../../functions/namespace";
import type { Language } from "../../i18n/locale";

const VALUE_COLUMN = (CATALOG.figures.columns as ColumnMeta[]).find((column) => column.id === "value")!;

/** How the aggregate entities read in each language; AMC.FIGURE reads these back (行业, Industry …). */
const AGGREGATES: Record<string, Record<Language, string>> = {
  industry: { zh: "行业", en: "Industry" },
  sample: { zh: "样本企业", en: "Sample" },
};

const QUALIFIERS: Record<FigureRecord["qualifier"], Record<Language, string>> = {
  exact: { zh: "", en: "" },
  approx: { zh: "约", en: "about" },
  above: { zh: "超过", en: "over" },
  below: { zh: "不超过", en: "at most" },
};

/** Words of metric ids as English writes them; AMC.FIGURE reads the result back, as its names ignore case and dashes. */
const ENGLISH_WORDS: Record<string, string> = {
  amc: "AMC",
  amcs: "AMCs",
  abs: "ABS",
  aaa: "AAA",
  aa: "AA",
  top5: "top-5",
};

/** The metric's name: the report's Chinese name, or the English one its id spells (`Long-term bond issuance`). */
export function metricName(figure: Pick<FigureRecord, "metric" | "metric_zh">, language: Language): string {
  if (language === "zh") return figure.metric_zh;
  const english = figure.metric
    .split("_")
    .map((word) => ENGLISH_WORDS[word] ?? word)
    .join(" ")
    .replace(/\b(long|short) term\b/g, "$1-term");
  return english.charAt(0).toUpperCase() + english.slice(1);
}

/** The entity as displayed: a company's short name, or the industry or the sample in the pane's language. */
export function entityName(entity: string, language: Language): string {
  return AGGREGATES[entity]?.[language] ?? entity;
}

/** What the figure's own cell holds (percent as a decimal) and its number format. */
export function figureCell(figure: FigureRecord, language: Language): { value: number; numberFormat: string } {
  return {
    value: toCellValue(figure.value, VALUE_COLUMN, figure) as number,
    numberFormat: figureNumberFormat(figure, language),
  };
}

/** The value as the inserted cell will read: `607.00 亿元`, `50.58%`, `1,128.45 CNY 100m`. */
export function figureValueText(figure: FigureRecord, language: Language): string {
  const { value, numberFormat } = figureCell(figure, language);
  return formatCellValue(value, numberFormat);
}

export function qualifierText(figure: FigureRecord, language: Language): string {
  return QUALIFIERS[figure.qualifier][language];
}

/** Where the report prints it: `四.2 · 图表15`. */
export function whereText(figure: Pick<FigureRecord, "section" | "chart">): string {
  return figure.chart ? `${figure.section} · ${figure.chart}` : figure.section;
}

/** One row of the picker's list. */
export interface FigureRow {
  metric: string;
  entity: string;
  period: string;
  value: string;
  qualifier: string;
  where: string;
}

export function figureRow(figure: FigureRecord, language: Language): FigureRow {
  return {
    metric: metricName(figure, language),
    entity: entityName(figure.entity, language),
    period: formatPeriod(figure.period, language),
    value: figureValueText(figure, language),
    qualifier: qualifierText(figure, language),
    where: whereText(figure),
  };
}

const text = (value: string) => `"${value.replace(/"/g, '""')}"`;

/** `=AMC.FIGURE("债券净融资额","行业","2024年")`: the names as the pane shows them, in its language. */
function call(name: "FIGURE" | "SOURCE", figure: FigureRecord, language: Language): string {
  const args = [
    metricName(figure, language),
    entityName(figure.entity, language),
    formatPeriod(figure.period, language),
  ];
  return `=${qualifiedName(name)}(${args.map(text).join(",")})`;
}

export const figureFormula = (figure: FigureRecord, language: Language) => call("FIGURE", figure, language);
export const sourceFormula = (figure: FigureRecord, language: Language) => call("SOURCE", figure, language);
