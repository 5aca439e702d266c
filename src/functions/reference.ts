/**
 * The reference of every AMC.* function beyond its metadata: category, the Excel formula it equals (written here
 * only: the build adds it to the descriptions of functions.json in both languages, the help page and the README's
 * function list read it from here), a worked example from the report with its result, and its errors, in both
 * languages. Read by the help page (at build time, from reference.json) and by the task pane; never imported by
 * functions.ts, so it stays out of the functions bundle.
 */
import categories from "./categories.json";
import reference from "./reference.json";

export type FunctionCategory =
  | "concentration"
  | "growth"
  | "profitability"
  | "leverage"
  | "financing"
  | "maturity"
  | "distribution"
  | "ratings"
  | "spreads"
  | "data";

export interface BilingualText {
  en: string;
  zh: string;
}

export interface FunctionError extends BilingualText {
  /** The Excel error code: #VALUE!, #N/A, #DIV/0! or #NUM!. */
  code: string;
  /**
   * The analyst's data falls short of what the function needs (fewer than n numbers, no number at all), fixed in
   * the data rather than the formula: worth saying beside #NUM! and #DIV/0!, which carry no message in Excel.
   */
  shortfall?: boolean;
}

export interface FunctionReference {
  category: FunctionCategory;
  /** The native Excel formula the function equals (its specification), or null when there is none. */
  excel: string | null;
  /** What the formula covers, or where the function departs from it (#VALUE! where it would read 0). */
  excelNote?: BilingualText | null;
  /** A formula an analyst can type, drawn from the report: `=AMC.FIGURE("net_financing","industry","2024")`. */
  example: string;
  /** What the example returns, written as Excel literals: `251.2`, `"AA+"`, `{"Issued","Matured","Net";30,5,25}`. */
  exampleResult: string;
  exampleNote: BilingualText;
  /** When the function returns each error. */
  errors: FunctionError[];
}

/** Function id (TOP5SHARE, FIGURE …) → its reference. */
export const FUNCTION_REFERENCE: Record<string, FunctionReference> = reference as Record<string, FunctionReference>;

/** The categories in the order the help page and the pane list them, with their titles. */
export const CATEGORY_ORDER = categories.order as readonly FunctionCategory[];
export const CATEGORY_TITLES = categories.titles as Record<FunctionCategory, BilingualText>;
