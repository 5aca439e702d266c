/**
 * How a cell value reads under an Excel number format, for the preview's grid and the task pane's previews of what
 * a cell will show: General, fixed decimals ("0", "0.00"), thousands separators ("#,##0.00"), percentages ("0.00%"),
 * literal prefixes and suffixes ("0.0\"亿元\""), a negative section ("0.00;-0.00"), text ("@") and dates
 * ("yyyy-mm-dd", "yyyy年m月"). Anything else falls back to General: the number, not a faithful copy of Excel's renderer.
 */

export type DisplayValue = number | string | boolean | null;

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** Excel's General format: integers as they are, others with up to 10 significant digits, huge/tiny in E notation. */
export function formatGeneral(value: number): string {
  if (!Number.isFinite(value)) return "#NUM!";
  if (Object.is(value, -0) || value === 0) return "0";
  const magnitude = Math.abs(value);
  if (magnitude >= 1e11 || magnitude < 1e-9) {
    return value
      .toExponential(5)
      .replace(/\.?0+e/, "E")
      .replace(/E([+-])(\d)$/, "E$10$2");
  }
  if (Number.isInteger(value)) return String(value);
  return String(Number(value.toPrecision(10)));
}

function stripQuotedText(section: string): string {
  return section.replace(/"[^"]*"/g, "").replace(/\\./g, "");
}

function isDateFormat(section: string): boolean {
  return /[ymd]/i.test(stripQuotedText(section).replace(/\[[^\]]*\]/g, ""));
}

interface SectionParts {
  prefix: string;
  pattern: string;
  suffix: string;
}

/** Splits a section such as `"约"0.0"亿元"` into the literal text around its run of placeholders (0 # ? , . %). */
function sectionParts(section: string): SectionParts {
  const tokens = section.match(/"[^"]*"|\\.|[0#?,.%]|[^"\\0#?,.%]/g) ?? [];
  const literal = (token: string) => (token.startsWith('"') ? token.slice(1, -1) : token.replace(/^\\/, ""));
  const isPlaceholder = (token: string) => /^[0#?,.%]$/.test(token);
  const first = tokens.findIndex(isPlaceholder);
  if (first < 0) return { prefix: tokens.map(literal).join(""), pattern: "", suffix: "" };
  let last = tokens.length - 1;
  while (!isPlaceholder(tokens[last])) last -= 1;
  return {
    prefix: tokens.slice(0, first).map(literal).join(""),
    pattern: tokens
      .slice(first, last + 1)
      .filter(isPlaceholder)
      .join(""),
    suffix: tokens
      .slice(last + 1)
      .map(literal)
      .join(""),
  };
}

function groupThousands(integerDigits: string): string {
  return integerDigits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

function formatNumberPattern(value: number, pattern: string): string {
  const percent = pattern.includes("%");
  const scaled = percent ? value * 100 : value;
  const [integerPattern, fractionPattern = ""] = pattern.replace(/%/g, "").split(".");
  const decimals = (fractionPattern.match(/[0#?]/g) ?? []).length;
  const optionalDecimals = (fractionPattern.match(/#/g) ?? []).length;
  let text = Math.abs(scaled).toFixed(decimals);
  if (optionalDecimals > 0 && text.includes(".")) {
    text = text.replace(new RegExp(`0{1,${optionalDecimals}}$`), "").replace(/\.$/, "");
  }
  const [integerDigits, fraction] = text.split(".");
  const minimumIntegers = (integerPattern.match(/0/g) ?? []).length;
  let integer = integerDigits === "0" && minimumIntegers === 0 ? "" : integerDigits;
  if (integerPattern.includes(",")) integer = groupThousands(integer);
  return `${integer}${fraction !== undefined ? `.${fraction}` : ""}${percent ? "%" : ""}`;
}

function formatNumberSection(value: number, section: string, signShown: boolean): string {
  const { prefix, pattern, suffix } = sectionParts(section);
  if (!pattern) return `${prefix}${suffix}`;
  const body = formatNumberPattern(value, pattern);
  const sign = value < 0 && signShown && /[1-9]/.test(body) ? "-" : "";
  return `${sign}${prefix}${body}${suffix}`;
}

/** The calendar date of an Excel serial number (1900 date system, as Excel on the web uses). */
function serialToDate(serial: number): Date {
  return new Date(EXCEL_EPOCH_MS + Math.round(serial * DAY_MS));
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, "0");
}

function formatDate(serial: number, section: string): string {
  const date = serialToDate(serial);
  const parts: Record<string, string> = {
    yyyy: String(date.getUTCFullYear()),
    yy: pad(date.getUTCFullYear() % 100, 2),
    mm: pad(date.getUTCMonth() + 1, 2),
    m: String(date.getUTCMonth() + 1),
    dd: pad(date.getUTCDate(), 2),
    d: String(date.getUTCDate()),
  };
  return section
    .replace(/\[[^\]]*\]/g, "")
    .replace(/"([^"]*)"|\\(.)|yyyy|yy|mm|m|dd|d/gi, (token, quoted?: string, escaped?: string) => {
      if (quoted !== undefined) return quoted;
      if (escaped !== undefined) return escaped;
      return parts[token.toLowerCase()] ?? token;
    });
}

function formatNumber(value: number, format: string): string {
  const sections = format.split(";");
  if (isDateFormat(sections[0])) return formatDate(value, sections[0]);
  if (/E[+-]/i.test(sections[0])) return formatGeneral(value);
  if (value < 0 && sections.length > 1) return formatNumberSection(-value, sections[1], false);
  if (value === 0 && sections.length > 2) return formatNumberSection(value, sections[2], false);
  return formatNumberSection(value, sections[0], true);
}

/** The text the grid shows for a value under a number format ("General" when the cell has none). */
export function formatCellValue(value: DisplayValue, format: string | undefined): string {
  if (value === null || value === "") return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  if (!format || /^general$/i.test(format) || format === "@") return formatGeneral(value);
  return formatNumber(value, format);
}
