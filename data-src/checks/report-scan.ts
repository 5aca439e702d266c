/**
 * Finds every number in the report's text, in digits (43.10) or in Chinese numerals (四家, 一年), and says where it
 * lives: part of a date or period, a figure whose quote prints it, or a known non-figure (phone, document number,
 * a word such as 一般 …). What is left is unexplained.
 */
import type { FigureRecord, RosterRecord } from "../../src/data/records";
import { numeralReadings, numeralTokens } from "./chinese-numerals";

/** How a number is written: in Arabic digits, or in Chinese numerals (words). */
export type NumberKind = "digits" | "words";
export const NUMBER_KINDS: NumberKind[] = ["digits", "words"];

export interface NumberInText {
  kind: NumberKind;
  number: string;
  offset: number;
  context: string;
}

export interface ScanResult {
  /** Every number found, of both kinds. */
  numbers: NumberInText[];
  dates: NumberInText[];
  explained: (NumberInText & { figure: string })[];
  nonFigures: (NumberInText & { reason: string })[];
  unexplained: NumberInText[];
}

export interface ScanData {
  figures: FigureRecord[];
  roster: RosterRecord[];
  bondShortNames: string[];
}

export interface Span {
  start: number;
  end: number;
}

interface Rule {
  reason: string;
  pattern: RegExp;
  /** Whether a match really is what the rule says (checked against the datasets). */
  accept?: (match: RegExpExecArray) => boolean;
}

const DIGITS = /\d+(?:\.\d+)?/g;
const CJK = "[\\u4e00-\\u9fff]";
const NUMERAL = "[一二三四五六七八九十]";

const DATE_PATTERNS = [
  /(?:19|20)\d{2}(?:\s*[—–~-]\s*(?:19|20)\d{2})?\s*年/g, // 2024年, 2021—2024年
  /年\s*\d{1,2}(?:\s*[—–~-]\s*\d{1,2})?\s*月/g, // 6月, 1—11月, 1-6月 after a year
  /月\s*\d{1,2}\s*日/g, // 15日
  /年\s*[上下]半年/g, // 2025年上半年
  /年\s*[一二三四]季度/g, // 2024年四季度
];

/** Words that hold a numeral without counting anything: 一般 (ordinary), 进一步 (further), 之一 (one of) … */
const NUMERAL_WORDS = /一般|一直|一定|一批|一系列|一切|一方面|统一|进一步|之一|下一|零星/g;

function nonFigureRules(data: ScanData): Rule[] {
  const seqOf = new Map(data.roster.map((company) => [company.seq, company.full_name]));
  return [
    { reason: "phone or fax number", pattern: /\d{3}-\d{8}(?:-\d{1,5})?/g },
    { reason: "document number (文号)", pattern: /〔\d{4}〕\d+号|第\d+号/g },
    { reason: "stock code", pattern: /\d{5,6}\.(?:SH|SZ|HK)/g },
    { reason: "street address", pattern: /大街\d+号|\d+层/g },
    { reason: "bond short name (defaults.bond_short_name)", pattern: bondNamePattern(data.bondShortNames) },
    { reason: "chart number (图表N)", pattern: /图表\s*\d+/g },
    { reason: "section heading number", pattern: new RegExp(`^[1-5] (?=${CJK}{2,20}$)|^${NUMERAL}+、`, "gm") },
    { reason: "chart note item number", pattern: /(?:注：|；)\s*\d\.\s/g },
    { reason: "the report's title year", pattern: /展望\s*\|\s*\d{4}/g },
    { reason: "constant of a formula in a chart note (×2 annualises a half-year)", pattern: /收益率指标\*\d/g },
    {
      reason: "appendix row number (roster.seq)",
      pattern: /^(\d{1,2})(?=\t(\S+))/gm,
      accept: (match) => seqOf.get(Number(match[1])) === match[2],
    },
    { reason: "chart title (what a lost chart showed)", pattern: /^图表\s*\d+\s*[•·].*$/gm },
    { reason: "part of a roster name (province or company)", pattern: rosterNamesWithNumerals(data.roster) },
    { reason: "part of a name (a department, a congress session)", pattern: /金融评级二部|十四届全国人大二次会议/g },
    {
      reason: "enumeration of the outlook's points (一是 … 六是)",
      pattern: new RegExp(`(?<=[，。；]\\s*)${NUMERAL}是`, "g"),
    },
    { reason: "ordinal (第一部: the first of its kind, not a count)", pattern: new RegExp(`第${NUMERAL}+`, "g") },
    { reason: "word, not a number (一般, 进一步, 之一 …)", pattern: NUMERAL_WORDS },
  ];
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The roster's provinces and company names that hold a numeral (四川省, 四川发展资产管理有限公司). */
function rosterNamesWithNumerals(roster: RosterRecord[]): RegExp {
  const names = new Set(roster.flatMap((company) => [company.province, company.full_name, company.short_name]));
  const withNumerals = [...names].filter((name) => numeralTokens(name).length > 0).map(escapeRegExp);
  return new RegExp(withNumerals.join("|") || "(?!)", "g");
}

/** A bond's short name as the text prints it, with spaces between its parts: 20天乾01 → 20 天乾 01. */
function bondNamePattern(names: string[]): RegExp {
  const parts = names.map((name) => (name.match(/[A-Za-z0-9]+|[^A-Za-z0-9]+/g) ?? []).map(escapeRegExp));
  return new RegExp(parts.map((part) => part.join("\\s*")).join("|") || "(?!)", "g");
}

function spansOf(text: string, rule: Rule): Span[] {
  const spans: Span[] = [];
  for (const match of text.matchAll(rule.pattern)) {
    if (!rule.accept || rule.accept(match as RegExpExecArray))
      spans.push({ start: match.index!, end: match.index! + match[0].length });
  }
  return spans;
}

const within = (token: Span, spans: Span[]) => spans.some((span) => span.start <= token.start && token.end <= span.end);

/** The text with whitespace runs collapsed, and for each of its characters the offset in the original text. */
function collapsedWithOffsets(text: string): { collapsed: string; offsets: number[] } {
  let collapsed = "";
  const offsets: number[] = [];
  for (let index = 0; index < text.length; index++) {
    const isSpace = /\s/.test(text[index]);
    if (isSpace && collapsed.endsWith(" ")) continue;
    collapsed += isSpace ? " " : text[index];
    offsets.push(index);
  }
  return { collapsed, offsets };
}

/** A finder of quotes in the text, whitespace runs read as one space: a quote → where it stands in the text. */
export function quoteFinder(text: string): (quote: string) => Span[] {
  const { collapsed, offsets } = collapsedWithOffsets(text);
  return (quote) => {
    const wanted = quote.replace(/\s+/g, " ").trim();
    const spans: Span[] = [];
    for (let at = collapsed.indexOf(wanted); at >= 0; at = collapsed.indexOf(wanted, at + 1)) {
      spans.push({ start: offsets[at], end: offsets[at + wanted.length - 1] + 1 });
    }
    return spans;
  };
}

/** The numbers a figure accounts for in its quotes: its value, its printed number and its threshold. */
function numbersOf(figure: FigureRecord): number[] {
  return [Math.abs(figure.value), Number(figure.printed), figure.threshold ?? NaN].filter(Number.isFinite);
}

/**
 * Whether a figure prints this number: digits must be one of its numbers; a numeral must also stand in the words it
 * is printed as (四家, or 千亿 as a threshold), so that 一 of 一般 inside a quote is not taken for the figure's 1.
 */
function printsNumber(figure: FigureRecord, number: NumberInText): boolean {
  const numbers = numbersOf(figure);
  if (number.kind === "digits") return numbers.includes(Number(number.number));
  const inWords = [figure.printed, figure.threshold_printed].some((printed) => printed?.includes(number.number));
  return inWords && numeralReadings(number.number).some((reading) => numbers.includes(reading));
}

/** Every number of the text, digits and numerals, in the order they stand. */
function numbersIn(text: string): (NumberInText & Span)[] {
  const digits = [...text.matchAll(DIGITS)].map((match) => ({
    kind: "digits" as const,
    number: match[0],
    offset: match.index!,
  }));
  const words = numeralTokens(text).map((token) => ({
    kind: "words" as const,
    number: token.text,
    offset: token.offset,
  }));
  return [...digits, ...words]
    .sort((a, b) => a.offset - b.offset)
    .map((found) => {
      const span = { start: found.offset, end: found.offset + found.number.length };
      return { ...found, ...span, context: contextAt(text, span) };
    });
}

function contextAt(text: string, token: Span): string {
  return text
    .slice(Math.max(0, token.start - 12), token.end + 12)
    .replace(/\s+/g, " ")
    .trim();
}

export function scanReportNumbers(text: string, data: ScanData): ScanResult {
  const dateSpans = DATE_PATTERNS.flatMap((pattern) => spansOf(text, { reason: "date", pattern }));
  const find = quoteFinder(text);
  const figureSpans = data.figures.map((figure) => ({
    figure,
    spans: [figure.quote, ...figure.also_quoted].flatMap(find),
  }));
  const rules = nonFigureRules(data).map((rule) => ({ reason: rule.reason, spans: spansOf(text, rule) }));
  const result: ScanResult = { numbers: [], dates: [], explained: [], nonFigures: [], unexplained: [] };

  for (const { start, end, ...found } of numbersIn(text)) {
    const token = { start, end };
    result.numbers.push(found);
    if (within(token, dateSpans)) {
      result.dates.push(found);
      continue;
    }
    const figure = figureSpans.find(({ figure, spans }) => within(token, spans) && printsNumber(figure, found));
    if (figure) {
      result.explained.push({ ...found, figure: figure.figure.id });
      continue;
    }
    const rule = rules.find(({ spans }) => within(token, spans));
    if (rule) result.nonFigures.push({ ...found, reason: rule.reason });
    else result.unexplained.push(found);
  }
  return result;
}

/** How many numbers of each kind a result holds in each place, and the line that says it. */
export function scanSummary(result: ScanResult): string {
  const count = (list: NumberInText[], kind: NumberKind) => list.filter((item) => item.kind === kind).length;
  return NUMBER_KINDS.map(
    (kind) =>
      `${kind}: ${count(result.numbers, kind)} in the text, ${count(result.dates, kind)} in dates/periods, ` +
      `${count(result.explained, kind)} in figures, ${count(result.nonFigures, kind)} known non-figures, ` +
      `${count(result.unexplained, kind)} unexplained`,
  ).join("; ");
}
