/**
 * Finds every number in the report's text and says where it lives: part of a date or period, a figure whose quote
 * prints it, or a known non-figure (phone, document number, stock code …). What is left is unexplained.
 */
import type { FigureRecord, RosterRecord } from "../../src/data/records";

export interface NumberInText {
  number: string;
  offset: number;
  context: string;
}

export interface ScanResult {
  total: number;
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

const NUMBER = /\d+(?:\.\d+)?/g;
const CJK = "[\\u4e00-\\u9fff]";

const DATE_PATTERNS = [
  /(?:19|20)\d{2}(?:\s*[—–~-]\s*(?:19|20)\d{2})?\s*年/g, // 2024年, 2021—2024年
  /年\s*\d{1,2}(?:\s*[—–~-]\s*\d{1,2})?\s*月/g, // 6月, 1—11月, 1-6月 after a year
  /月\s*\d{1,2}\s*日/g, // 15日
];

function nonFigureRules(data: ScanData): Rule[] {
  const seqOf = new Map(data.roster.map((company) => [company.seq, company.full_name]));
  return [
    { reason: "phone or fax number", pattern: /\d{3}-\d{8}(?:-\d{1,5})?/g },
    { reason: "document number (文号)", pattern: /〔\d{4}〕\d+号|第\d+号/g },
    { reason: "stock code", pattern: /\d{5,6}\.(?:SH|SZ|HK)/g },
    { reason: "street address", pattern: /大街\d+号|\d+层/g },
    { reason: "bond short name (defaults.bond_short_name)", pattern: bondNamePattern(data.bondShortNames) },
    { reason: "chart number (图表N)", pattern: /图表\s*\d+/g },
    { reason: "section heading number", pattern: new RegExp(`^[1-5] (?=${CJK}{2,20}$)`, "gm") },
    { reason: "chart note item number", pattern: /(?:注：|；)\s*\d\.\s/g },
    { reason: "the report's title year", pattern: /展望\s*\|\s*\d{4}/g },
    { reason: "constant of a formula in a chart note (×2 annualises a half-year)", pattern: /收益率指标\*\d/g },
    {
      reason: "appendix row number (roster.seq)",
      pattern: /^(\d{1,2})\t(\S+)/gm,
      accept: (match) => seqOf.get(Number(match[1])) === match[2],
    },
  ];
}

/** A bond's short name as the text prints it, with spaces between its parts: 20天乾01 → 20 天乾 01. */
function bondNamePattern(names: string[]): RegExp {
  const parts = names.map((name) =>
    (name.match(/[A-Za-z0-9]+|[^A-Za-z0-9]+/g) ?? []).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")),
  );
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
  const result: ScanResult = { total: 0, dates: [], explained: [], nonFigures: [], unexplained: [] };

  for (const match of text.matchAll(NUMBER)) {
    const token = { start: match.index!, end: match.index! + match[0].length };
    const found = { number: match[0], offset: token.start, context: contextAt(text, token) };
    result.total++;
    if (within(token, dateSpans)) {
      result.dates.push(found);
      continue;
    }
    const figure = figureSpans.find(
      ({ figure, spans }) => within(token, spans) && numbersOf(figure).includes(Number(match[0])),
    );
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
