/**
 * The ISO periods of the datasets (`2024`, `2025-06`, `2025-06-30`, `2025-01..2025-11`, `2021..2024`): where one
 * ends, an ISO date as an Excel serial number, and the period as analysts write it (`2025年1—11月`, `2025年6月末`,
 * `Jan–Nov 2025`, `30 Jun 2025`) with the parser that reads any of those forms back.
 */
import type { Language } from "../i18n/locale";
import { normalizedText } from "./query/text";

const MS_PER_DAY = 86_400_000;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** The last day of a period: `2024` → 2024-12-31, `2025-01..2025-11` → 2025-11-30, `2025-06-30` → itself. */
export function periodEnd(period: string): string {
  const last = period.split("..").pop()!;
  const [year, month, day] = last.split("-").map(Number);
  if (day !== undefined) return last;
  const end = month === undefined ? new Date(Date.UTC(year, 12, 0)) : new Date(Date.UTC(year, month, 0));
  return end.toISOString().slice(0, 10);
}

/**
 * How many months an ISO period spans: `2024` → 12, `2025-01..2025-11` → 11, `2021..2024` → 48, `2025-06` → 1; a
 * date (`2025-06-30`, a point in time) → 0.
 */
export function periodMonths(period: string): number {
  const [from, to = from] = period.split("..").map(pointOf);
  if (from.day !== undefined && to === from) return 0;
  const first = from.year * 12 + (from.month ?? 1);
  const last = to.year * 12 + (to.month ?? 12);
  return last - first + 1;
}

/** The Excel serial number of an ISO date (days since 1899-12-30), as Excel stores dates. */
export function excelSerial(isoDate: string): number {
  const [year, month, day] = isoDate.split("-").map(Number);
  return (Date.UTC(year, month - 1, day) - EXCEL_EPOCH) / MS_PER_DAY;
}

/** The latest of some ISO dates. */
export function latestDate(dates: string[]): string {
  return dates.reduce((latest, date) => (date > latest ? date : latest));
}

/** One end of a period: a year, a month or a day. */
interface Point {
  year: number;
  month?: number;
  day?: number;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const pad = (n: number) => String(n).padStart(2, "0");
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

function pointOf(iso: string): Point {
  const [year, month, day] = iso.split("-").map(Number);
  return { year, month, day };
}

function isoOf({ year, month, day }: Point): string {
  return [String(year), ...(month === undefined ? [] : [pad(month)]), ...(day === undefined ? [] : [pad(day)])].join(
    "-",
  );
}

function zhPoint({ year, month, day }: Point): string {
  if (month === undefined) return `${year}年`;
  if (day === undefined) return `${year}年${month}月`;
  if (day !== daysIn(year, month)) return `${year}年${month}月${day}日`;
  return month === 12 ? `${year}年末` : `${year}年${month}月末`;
}

function enPoint({ year, month, day }: Point): string {
  if (month === undefined) return String(year);
  const name = MONTHS[month - 1];
  return day === undefined ? `${name} ${year}` : `${day} ${name} ${year}`;
}

const isYear = (p: Point) => p.month === undefined;
const isMonth = (p: Point) => p.month !== undefined && p.day === undefined;

function zhRange(from: Point, to: Point): string {
  if (isYear(from) && isYear(to)) return `${from.year}—${to.year}年`;
  if (isMonth(from) && isMonth(to) && from.year === to.year) return `${from.year}年${from.month}—${to.month}月`;
  return `${zhPoint(from)}—${zhPoint(to)}`;
}

function enRange(from: Point, to: Point): string {
  if (isYear(from) && isYear(to)) return `${from.year}–${to.year}`;
  if (isMonth(from) && isMonth(to) && from.year === to.year) {
    return `${MONTHS[from.month! - 1]}–${MONTHS[to.month! - 1]} ${from.year}`;
  }
  return `${enPoint(from)}–${enPoint(to)}`;
}

/**
 * A period as analysts write it: `2025年1—11月`, `2025年6月末`, `2024年末`, `2024年`, `2021—2024年`, `2025年7月15日`;
 * in English `Jan–Nov 2025`, `30 Jun 2025`, `2024`, `2021–2024`. Text that is not an ISO period comes back as it is.
 */
export function formatPeriod(period: string, language: Language): string {
  const iso = parseIsoPeriod(period);
  if (iso === undefined) return period;
  const [from, to] = iso.split("..").map(pointOf);
  if (to === undefined) return language === "zh" ? zhPoint(from) : enPoint(from);
  return language === "zh" ? zhRange(from, to) : enRange(from, to);
}

/** A point if it is a real year, month or day (1900–9999). */
function validPoint(year: number, month?: number, day?: number): Point | undefined {
  if (!(year >= 1900 && year <= 9999)) return undefined;
  if (month === undefined) return day === undefined ? { year } : undefined;
  if (!(month >= 1 && month <= 12)) return undefined;
  if (day === undefined) return { year, month };
  return day >= 1 && day <= daysIn(year, month) ? { year, month, day } : undefined;
}

function isoRange(from: Point | undefined, to: Point | undefined): string | undefined {
  if (!from || !to) return undefined;
  const [a, b] = [isoOf(from), isoOf(to)];
  return periodEnd(a) < periodEnd(b) ? `${a}..${b}` : undefined;
}

const ISO_POINT = /^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?$/;

function isoPoint(text: string): Point | undefined {
  const match = ISO_POINT.exec(text);
  if (!match) return undefined;
  const [year, month, day] = match.slice(1).map((part) => (part === undefined ? undefined : Number(part)));
  return validPoint(year!, month, day);
}

/** `2024`, `2025-6`, `2025/06/30`, `2025-01..2025-11` (the datasets' own form), in canonical ISO. */
function parseIsoPeriod(text: string): string | undefined {
  const [from, to, more] = text.split("..");
  if (more !== undefined) return undefined;
  const start = isoPoint(from);
  if (to === undefined) return start && isoOf(start);
  return isoRange(start, isoPoint(to));
}

/** Dashes, tildes and words that join the two ends of a span. */
const SPAN = "(?:[—–―‐‑‒−~\\-]|至|到|to)";
const num = (part: string | undefined) => (part === undefined ? undefined : Number(part));

/** A point written the Chinese way: `2025年`, `2025年6月`, `2025年6月末`, `2024年末`, `2025年7月15日`. */
const ZH_POINT = /^(\d{4})年(?:(\d{1,2})月(?:(末|底)|(\d{1,2})日)?|(末|底))?$/;

function zhPointOf(text: string): Point | undefined {
  const match = ZH_POINT.exec(text);
  if (!match) return undefined;
  const [, year, month, monthEnd, day, yearEnd] = match;
  if (yearEnd) return validPoint(Number(year), 12, 31);
  if (monthEnd) return validPoint(Number(year), Number(month), daysIn(Number(year), Number(month)));
  return validPoint(Number(year), num(month), num(day));
}

const ZH_YEARS = new RegExp(`^(\\d{4})年?${SPAN}(\\d{4})年$`);
const ZH_MONTHS = new RegExp(`^(\\d{4})年(\\d{1,2})月?${SPAN}(\\d{1,2})月$`);
const ZH_HALF = /^(\d{4})年?(上|下)半年$/;
const ZH_SPAN = new RegExp(`^(.+?年.*?)${SPAN}(\\d{4}年.+)$`);

function parseChinese(text: string): string | undefined {
  const point = zhPointOf(text);
  if (point) return isoOf(point);
  let match = ZH_YEARS.exec(text);
  if (match) return isoRange(validPoint(Number(match[1])), validPoint(Number(match[2])));
  match = ZH_MONTHS.exec(text);
  if (match) {
    const year = Number(match[1]);
    return isoRange(validPoint(year, Number(match[2])), validPoint(year, Number(match[3])));
  }
  match = ZH_HALF.exec(text);
  if (match) return halfYear(Number(match[1]), match[2] === "上" ? 1 : 2);
  match = ZH_SPAN.exec(text);
  return match ? isoRange(zhPointOf(match[1]), zhPointOf(match[2])) : undefined;
}

function halfYear(year: number, half: 1 | 2): string | undefined {
  return half === 1
    ? isoRange(validPoint(year, 1), validPoint(year, 6))
    : isoRange(validPoint(year, 7), validPoint(year, 12));
}

const MONTH_NAME = "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?";
const monthNumber = (name: string) => MONTHS.findIndex((month) => month.toLowerCase() === name) + 1;

const EN_POINT = new RegExp(
  `^(?:(\\d{1,2}) ${MONTH_NAME} (\\d{4})|${MONTH_NAME} (\\d{1,2}),? (\\d{4})|${MONTH_NAME} (\\d{4})|(\\d{4}))$`,
);

function enPointOf(text: string): Point | undefined {
  const m = EN_POINT.exec(text);
  if (!m) return undefined;
  if (m[1]) return validPoint(Number(m[3]), monthNumber(m[2]), Number(m[1]));
  if (m[4]) return validPoint(Number(m[6]), monthNumber(m[4]), Number(m[5]));
  if (m[7]) return validPoint(Number(m[8]), monthNumber(m[7]));
  return validPoint(Number(m[9]));
}

const EN_MONTHS = new RegExp(`^${MONTH_NAME} ?${SPAN} ?${MONTH_NAME} (\\d{4})$`);
const EN_SPAN = new RegExp(`^(.+?) ?${SPAN} ?(.+)$`);
const EN_HALF = /^(?:h([12]) ?(\d{4})|(\d{4}) ?h([12])|([12])h ?(\d{4}))$/;
const EN_YEAR_END = /^(?:year-?end|end(?: of)?)[ -]?(\d{4})$/;

function parseEnglish(text: string): string | undefined {
  const point = enPointOf(text);
  if (point) return isoOf(point);
  let match = EN_MONTHS.exec(text);
  if (match) {
    const year = Number(match[3]);
    return isoRange(validPoint(year, monthNumber(match[1])), validPoint(year, monthNumber(match[2])));
  }
  match = EN_HALF.exec(text);
  if (match) {
    const [half, year] = match[1] ? [match[1], match[2]] : match[3] ? [match[4], match[3]] : [match[5], match[6]];
    return halfYear(Number(year), half === "1" ? 1 : 2);
  }
  match = EN_YEAR_END.exec(text);
  if (match) {
    const yearEnd = validPoint(Number(match[1]), 12, 31);
    return yearEnd && isoOf(yearEnd);
  }
  match = EN_SPAN.exec(text);
  return match ? isoRange(enPointOf(match[1]), enPointOf(match[2])) : undefined;
}

/**
 * The ISO period of a period as written: the datasets' form (`2025-01..2025-11`, `2025/6/30`), the Chinese forms
 * (`2025年1—11月`, `2025年1-11月`, `2025年6月末`, `2024年末`, `2024年`, `2021—2024年`, `2025年上半年`) and the English
 * ones (`Jan–Nov 2025`, `30 Jun 2025`, `Jun 30, 2025`, `2021–2024`, `H1 2025`, `end-2024`), full-width digits and
 * stray spaces allowed; undefined when it is none of these.
 */
export function parsePeriod(text: string): string | undefined {
  const plain = normalizedText(text);
  const iso = parseIsoPeriod(plain.replace(/\s+/g, ""));
  if (iso !== undefined) return iso;
  if (/[年月日]/.test(plain)) return parseChinese(plain.replace(/\s+/g, ""));
  return parseEnglish(plain.toLowerCase().replace(/\s+/g, " "));
}
