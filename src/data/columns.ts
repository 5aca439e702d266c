/** Column metadata: how each field of a dataset is titled, typed and formatted when it reaches an Excel cell. */
import type { Language } from "../i18n/locale";

export interface Bilingual {
  zh: string;
  en: string;
}

export type ColumnType = "text" | "number" | "integer" | "percent" | "date" | "list" | "boolean";

/**
 * id: identifies the row and is not read (a slug, a composite key, the appendix's sequence number); key: identifies
 * the row and is read (a period, a grade, a company); value: a number the report prints or one derived from printed
 * figures (derived when the `<id>_derived` column holds a formula); attribute: a descriptive cell; formula: the
 * formula of a derived cell; provenance: where the row comes from and notes on it. The id and key columns together
 * make a record's stable key (`recordKey` in catalog.ts).
 */
export type ColumnRole = "id" | "key" | "value" | "attribute" | "formula" | "provenance";

/**
 * How a cell shows its stored value to an analyst: `period` as analysts write it (2025年1—11月, Jan–Nov 2025),
 * `entity` as 行业/Industry, 样本/Sample or the company, `metric` as a name (net_financing → Net financing), `unit`
 * in the reader's language (亿元 → CNY 100m), `code` as a word (approx → 约/approx., defaulted → 违约/defaulted).
 */
export type DisplayKind = "period" | "entity" | "metric" | "unit" | "code";

export interface ColumnMeta<Id extends string = string> {
  id: Id;
  title: Bilingual;
  type: ColumnType;
  unit: string | null;
  /** Excel number format: `0.00` for 亿元 etc., `0.00%` for percent, `0` for counts, `yyyy-mm-dd`, `@` for text. */
  numberFormat: string;
  role: ColumnRole;
  /** When the unit varies by row (figures): the column holding each row's unit; a row with `%` is a percent. */
  unitColumn?: string;
  /** Text in one language only: a table in the other language keeps it among the provenance columns. */
  language?: Language;
  /** How the cell is shown to an analyst, when not as stored. */
  display?: DisplayKind;
}

const FORMAT_BY_TYPE: Record<ColumnType, string> = {
  text: "@",
  number: "0.00",
  integer: "0",
  percent: "0.00%",
  date: "yyyy-mm-dd",
  list: "@",
  boolean: "General",
};

type Make = <Id extends string>(id: Id, zh: string, en: string) => ColumnMeta<Id>;

function column(type: ColumnType, unit: string | null, role: ColumnRole, numberFormat = FORMAT_BY_TYPE[type]): Make {
  return (id, zh, en) => ({ id, title: { zh, en }, type, unit, numberFormat, role });
}

export const id = column("text", null, "id");
export const key = column("text", null, "key");
export const attribute = column("text", null, "attribute");
export const rank = column("integer", null, "attribute");
export const yi = column("number", "亿元", "value");
export const usdYi = column("number", "亿美元", "value");
export const percent = column("percent", "%", "value");
export const bp = column("number", "BP", "value");
export const years = column("number", "年", "value");
export const dateColumn = column("date", null, "attribute");
export const list = column("list", null, "attribute");

/** A count of companies (家), bonds (只), deals (单) … */
export function count<Id extends string>(id: Id, zh: string, en: string, unit = "家"): ColumnMeta<Id> {
  return column("integer", unit, "value")(id, zh, en);
}

/** A title without its closing bracketed part: `Debt ratio (derived)` → `Debt ratio`. */
const withoutBracketedEnd = (title: string) => title.replace(/\s*[(（][^()（）]*[)）]$/, "");

/** The formula column of a derived value column, titled after it: `Share (formula)`, `占比（公式）`. */
export function formulaOf<Id extends string>(valueColumn: Id, zh: string, en: string): ColumnMeta<`${Id}_derived`> {
  return column("text", null, "formula")(
    `${valueColumn}_derived`,
    `${withoutBracketedEnd(zh)}（公式）`,
    `${withoutBracketedEnd(en)} (formula)`,
  );
}

/** A value column and its formula column, for cells that are derived in some rows. */
export function derivable<Id extends string>(
  make: Make,
  id: Id,
  zh: string,
  en: string,
): [ColumnMeta<Id>, ColumnMeta<`${Id}_derived`>] {
  return [make(id, zh, en), formulaOf(id, zh, en)];
}

export const PERIOD: ColumnMeta<"period"> = { ...key("period", "期间", "Period"), display: "period" };

/** Text in one language: the column a table in the other language moves among its provenance columns. */
export function inLanguage<Id extends string>(language: Language, made: ColumnMeta<Id>): ColumnMeta<Id> {
  return { ...made, language };
}

export const PROVENANCE = [
  column("text", null, "provenance")("section", "章节", "Section"),
  column("text", null, "provenance")("chart", "图表", "Chart"),
  column("text", null, "provenance")("quote", "原文", "Quote"),
] as const;

export const TABLE_PROVENANCE = [
  ...PROVENANCE,
  column("list", null, "provenance")("sources", "来源数字", "Source figures"),
  column("list", null, "provenance")("inputs", "推算所用数字", "Formula inputs"),
] as const;
