/**
 * Error messages of the custom functions, in both languages: each names the argument and tells the analyst what to
 * fix. Excel shows a message only on #VALUE! and #N/A; the others are kept for logs and the help page.
 */
import type { Locale } from "./locale";

type Params = Readonly<Record<string, string | number>>;
type Template = (p: Params) => string;

const MESSAGES: Record<string, Record<Locale, Template>> = {
  divisionByZero: {
    "en-US": () => "The denominator sums to 0.",
    "zh-CN": () => "分母合计为 0。",
  },
  unexpected: {
    "en-US": (p) => `Unexpected error: ${p.detail}. Check the arguments.`,
    "zh-CN": (p) => `意外错误：${p.detail}。请检查参数。`,
  },
  shapeMismatch: {
    "en-US": (p) =>
      `${p.first} (${p.firstShape}) and ${p.second} (${p.secondShape}) must have the same shape: their cells are paired position by position. Select ranges of the same size.`,
    "zh-CN": (p) =>
      `${p.first}（${p.firstShape}）与 ${p.second}（${p.secondShape}）的形状必须相同：两者按位置逐一配对。请选择大小相同的区域。`,
  },
  notANumber: {
    "en-US": (p) => `${p.argument} must be a number; it is ${p.value}.`,
    "zh-CN": (p) => `${p.argument} 必须是数字；当前为 ${p.value}。`,
  },
  notABoolean: {
    "en-US": (p) => `${p.argument} must be TRUE or FALSE; it is ${p.value}.`,
    "zh-CN": (p) => `${p.argument} 必须是 TRUE 或 FALSE；当前为 ${p.value}。`,
  },
  notADate: {
    "en-US": (p) =>
      `${p.argument} must be a date (a date cell, a serial number or text like 2025-11-30); it is ${p.value}.`,
    "zh-CN": (p) => `${p.argument} 必须是日期（日期单元格、日期序列号或 2025-11-30 这样的文本）；当前为 ${p.value}。`,
  },
  notAText: {
    "en-US": (p) => `${p.argument} must be text; it is ${p.value}.`,
    "zh-CN": (p) => `${p.argument} 必须是文本；当前为 ${p.value}。`,
  },
  blankArgument: {
    "en-US": (p) => `${p.argument} is blank: give the value to look for.`,
    "zh-CN": (p) => `${p.argument} 为空：请给出要查找的值。`,
  },
  notAPositiveInteger: {
    "en-US": (p) => `${p.argument} must be a whole number of at least 1; it is ${p.value}.`,
    "zh-CN": (p) => `${p.argument} 必须是不小于 1 的整数；当前为 ${p.value}。`,
  },
  tooFewNumbers: {
    "en-US": (p) => `${p.argument} holds ${p.count} numbers, fewer than n = ${p.n}.`,
    "zh-CN": (p) => `${p.argument} 只有 ${p.count} 个数字，少于 n = ${p.n}。`,
  },
  noNumber: {
    "en-US": (p) =>
      `${p.argument} holds no number (blank cells and text are not numbers, and would count as 0). Select the cells with the values, or type 0 if you mean zero.`,
    "zh-CN": (p) =>
      `${p.argument} 中没有数字（空白单元格和文本不是数字，否则会按 0 计）。请选择包含数值的单元格；如确为零，请输入 0。`,
  },
  noNumbers: {
    "en-US": (p) => `${p.argument} holds no numbers: select the cells with the values.`,
    "zh-CN": (p) => `${p.argument} 中没有数字：请选择包含数值的单元格。`,
  },
  labelNotFound: {
    "en-US": (p) =>
      `No cell of labels matches ${p.argument} ${p.value}. Check the spelling or select the right labels.`,
    "zh-CN": (p) => `labels 中没有与 ${p.argument} ${p.value} 匹配的单元格。请检查拼写或所选的 labels 区域。`,
  },
  monthsOutOfRange: {
    "en-US": (p) => `${p.argument} must be more than 0 and at most 12; it is ${p.value}.`,
    "zh-CN": (p) => `${p.argument} 必须大于 0 且不超过 12；当前为 ${p.value}。`,
  },
  yearOutOfRange: {
    "en-US": (p) => `${p.argument} must be a whole year from 1900 to 9999; it is ${p.value}.`,
    "zh-CN": (p) => `${p.argument} 必须是 1900 至 9999 之间的整数年份；当前为 ${p.value}。`,
  },
  yearsReversed: {
    "en-US": (p) => `from_year (${p.from}) is after to_year (${p.to}).`,
    "zh-CN": (p) => `from_year（${p.from}）晚于 to_year（${p.to}）。`,
  },
  noMaturityDates: {
    "en-US": (p) =>
      `No amount in amounts has a date in ${p.argument} (or exercise_dates): select the dates, or give from_year and to_year.`,
    "zh-CN": (p) =>
      `amounts 中没有任何金额在 ${p.argument}（或 exercise_dates）中有日期：请选择日期区域，或给出 from_year 和 to_year。`,
  },
  noBounds: {
    "en-US": (p) => `${p.argument} holds no numbers: give the upper bounds of the buckets, e.g. 100, 300, 500.`,
    "zh-CN": (p) => `${p.argument} 中没有数字：请给出各区间的上限，例如 100、300、500。`,
  },
  boundsNotAscending: {
    "en-US": (p) =>
      `${p.argument} must be strictly ascending, but ${p.next} follows ${p.previous}. Sort the bounds from low to high.`,
    "zh-CN": (p) => `${p.argument} 必须严格递增，但 ${p.previous} 之后是 ${p.next}。请将上限从小到大排列。`,
  },
  unknownRating: {
    "en-US": (p) =>
      `${p.argument} holds ${p.value}, which is not a rating of the scale AAA, AA+, AA, AA-, A+ … CCC, CC, C. Correct it, or leave the cell blank (or NR) if unrated.`,
    "zh-CN": (p) =>
      `${p.argument} 中的 ${p.value} 不是 AAA、AA+、AA、AA-、A+ … CCC、CC、C 级别体系中的级别。请更正；未评级可留空（或填 NR）。`,
  },
  noRatings: {
    "en-US": (p) => `${p.argument} holds no rating: select the cells with the ratings (AAA, AA+, …).`,
    "zh-CN": (p) => `${p.argument} 中没有级别：请选择包含级别（AAA、AA+ 等）的单元格。`,
  },
  notAPeriod: {
    "en-US": (p) => `${p.argument} must be a period such as 2024, 2025-06-30 or 2025-01..2025-11; it is ${p.value}.`,
    "zh-CN": (p) => `${p.argument} 必须是 2024、2025-06-30 或 2025-01..2025-11 这样的期间；当前为 ${p.value}。`,
  },
  unknownCompany: {
    "en-US": (p) => `No local AMC is called "${p.value}". Closest names: ${p.suggestions}.`,
    "zh-CN": (p) => `没有名为“${p.value}”的地方AMC。最接近的名称：${p.suggestions}。`,
  },
  unknownField: {
    "en-US": (p) => `field "${p.value}" does not exist. Use one of: ${p.fields}.`,
    "zh-CN": (p) => `field 不存在“${p.value}”。可用的字段：${p.fields}。`,
  },
  unknownProvince: {
    "en-US": (p) => `province "${p.value}" is not a province. Provinces with local AMCs: ${p.provinces}.`,
    "zh-CN": (p) => `province“${p.value}”不是省份名称。有地方AMC的省份：${p.provinces}。`,
  },
  noCompaniesInProvince: {
    "en-US": (p) => `The roster has no local AMC in ${p.value}.`,
    "zh-CN": (p) => `名单中没有位于${p.value}的地方AMC。`,
  },
  unknownMetric: {
    "en-US": (p) => `metric "${p.value}" is not a figure of the report. Closest metrics: ${p.suggestions}.`,
    "zh-CN": (p) => `metric“${p.value}”不是报告中的指标。最接近的指标：${p.suggestions}。`,
  },
  ambiguousMetric: {
    "en-US": (p) => `metric "${p.value}" fits several metrics of the report: ${p.candidates}. Type one of them.`,
    "zh-CN": (p) => `metric“${p.value}”可指报告中的多个指标：${p.candidates}。请写出其中之一。`,
  },
  ambiguousEntity: {
    "en-US": (p) =>
      `entity "${p.value}" fits several entities ${p.metric} is printed for: ${p.entities}. Type one of them.`,
    "zh-CN": (p) => `entity“${p.value}”可指报告中 ${p.metric} 的多个主体：${p.entities}。请写出其中之一。`,
  },
  entityRequired: {
    "en-US": (p) => `${p.metric} is printed for several entities: give entity, one of ${p.entities}.`,
    "zh-CN": (p) => `${p.metric} 有多个主体的数字：请给出 entity，可选 ${p.entities}。`,
  },
  entityNotFound: {
    "en-US": (p) => `The report prints ${p.metric} for ${p.entities}, not for entity "${p.value}".`,
    "zh-CN": (p) => `报告中 ${p.metric} 的主体为 ${p.entities}，没有 entity“${p.value}”。`,
  },
  periodNotFound: {
    "en-US": (p) =>
      `The report prints ${p.metric} of ${p.entity} for the periods ${p.periods}, not for period "${p.value}".`,
    "zh-CN": (p) => `报告中 ${p.entity} 的 ${p.metric} 只有以下期间：${p.periods}；没有 period“${p.value}”。`,
  },
  unknownEdition: {
    "en-US": (p) => `edition "${p.value}" is not bundled. Editions: ${p.editions}.`,
    "zh-CN": (p) => `未包含 edition“${p.value}”。可用的版本：${p.editions}。`,
  },
  unknownDataset: {
    "en-US": (p) => `name "${p.value}" is not a dataset. Closest: ${p.suggestions}. All: ${p.datasets}.`,
    "zh-CN": (p) => `name“${p.value}”不是数据集。最接近的：${p.suggestions}。全部：${p.datasets}。`,
  },
  emptyResult: {
    "en-US": () => "The result is empty: select ranges that hold at least one cell.",
    "zh-CN": () => "结果为空：请选择至少包含一个单元格的区域。",
  },
  criterionTooLong: {
    "en-US": (p) =>
      `${p.argument} is ${p.length} characters long; Excel's criteria hold at most ${p.limit}. Shorten it, e.g. with a wildcard (*).`,
    "zh-CN": (p) =>
      `${p.argument} 长度为 ${p.length} 个字符；Excel 的条件最多 ${p.limit} 个字符。请缩短，例如使用通配符（*）。`,
  },
  resultTooLarge: {
    "en-US": (p) =>
      `The result would be ${p.shape} cells: more than a spill can hold (1,048,576 rows × 16,384 columns, at most 5,000,000 cells). Select smaller ranges.`,
    "zh-CN": (p) =>
      `结果将为 ${p.shape} 个单元格：超出溢出区域的上限（1,048,576 行 × 16,384 列，最多 5,000,000 个单元格）。请选择较小的区域。`,
  },
  textTooLong: {
    "en-US": (p) => `The text is ${p.length} characters long; an Excel cell holds at most ${p.limit}.`,
    "zh-CN": (p) => `文本长度为 ${p.length} 个字符；Excel 单元格最多容纳 ${p.limit} 个字符。`,
  },
  numberTooLarge: {
    "en-US": () => "The result is larger than Excel's largest number (about 1.8E308).",
    "zh-CN": () => "结果超出 Excel 可表示的最大数值（约 1.8E308）。",
  },
  outsideRange: {
    "en-US": () => "No value at this position: the two ranges differ in size.",
    "zh-CN": () => "此位置没有值：两个区域的大小不同。",
  },
};

export function hasMessage(key: string): boolean {
  return key in MESSAGES;
}

/** Every message key, for the tests that check each key a metric throws is written in both languages. */
export function messageKeys(): string[] {
  return Object.keys(MESSAGES);
}

/** How a message names a blank cell (metrics describe values in English); rendered in the display language. */
export const BLANK_VALUE = "(blank)";
const BLANK_IN: Record<Locale, string> = { "en-US": BLANK_VALUE, "zh-CN": "（空白）" };

/** What the analyst typed, quoted back: start and end of anything long, so a message stays readable. */
const QUOTED_PARAMS = ["value", "detail"];
const QUOTED_HEAD = 80;
const QUOTED_TAIL = 20;

function abbreviated(text: string): string {
  if (text.length <= QUOTED_HEAD + QUOTED_TAIL) return text;
  const characters = Array.from(text);
  if (characters.length <= QUOTED_HEAD + QUOTED_TAIL) return text;
  return `${characters.slice(0, QUOTED_HEAD).join("")}…${characters.slice(-QUOTED_TAIL).join("")}`;
}

/** The parameters as a message shows them: quoted values abbreviated, a blank cell named in the language. */
function shown(params: Params, locale: Locale): Params {
  const changed = QUOTED_PARAMS.filter((key) => {
    const value = params[key];
    return typeof value === "string" && (value === BLANK_VALUE || abbreviated(value) !== value);
  });
  if (changed.length === 0) return params;
  const show = (value: string) => (value === BLANK_VALUE ? BLANK_IN[locale] : abbreviated(value));
  return { ...params, ...Object.fromEntries(changed.map((key) => [key, show(String(params[key]))])) };
}

export function formatMessage(key: string, locale: Locale, params: Params = {}): string {
  const template = MESSAGES[key] ?? MESSAGES.unexpected;
  return template[locale](shown(key in MESSAGES ? params : { detail: key }, locale));
}
