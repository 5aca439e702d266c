/**
 * What Excel can take back from a custom function, as checks the fuzz suites share: a finite number, text within
 * Excel's cell limit, a boolean, a CustomFunctions.Error (#VALUE! and #N/A with a message rendered from a template
 * of the display language), where Excel takes data types a formatted number or an entity card too, or a non-empty
 * rectangle of those that fits the grid. Each check returns the problems it found as text, so that a failing
 * property says what was wrong.
 */
import { formatMessage, messageKeys } from "../../src/i18n/messages";
import type { Locale } from "../../src/i18n/locale";
import { describe } from "../../src/metrics/coercion";
import { typedValueProblems } from "./cell-value-shapes";
import { isTypedValue } from "./data-types";

/** Excel's specifications: a sheet is 1,048,576 × 16,384 cells, a cell holds at most 32,767 characters. */
export const EXCEL_LIMITS = { rows: 1_048_576, columns: 16_384, textLength: 32_767 } as const;

/** A message the analyst can read in Excel's error tooltip: what to fix, what was typed (abbreviated), the options. */
export const MAX_MESSAGE_LENGTH = 1_000;

const ERROR_CODES = new Set(["#VALUE!", "#N/A", "#DIV/0!", "#NUM!", "#NULL!", "#NAME?", "#REF!"]);
const CODES_WITH_MESSAGE = new Set(["#VALUE!", "#N/A"]);

/** A message template as its fixed fragments: what every message rendered from it contains, in this order. */
const SLOT = "\u0000";
const ANY_PARAMS = new Proxy({}, { get: () => SLOT }) as Record<string, string>;
const TEMPLATES: Record<Locale, string[][]> = {
  "en-US": templateFragments("en-US"),
  "zh-CN": templateFragments("zh-CN"),
};

function templateFragments(locale: Locale): string[][] {
  return messageKeys()
    .filter((key) => key !== "unexpected")
    .map((key) => formatMessage(key, locale, ANY_PARAMS).split(SLOT));
}

/** Whether a message was rendered from these fragments: the first starts it, the last ends it, the rest in order. */
function rendersFrom(message: string, fragments: string[]): boolean {
  const first = fragments[0];
  const last = fragments[fragments.length - 1];
  if (fragments.length === 1) return message === first;
  if (!message.startsWith(first) || !message.endsWith(last)) return false;
  let at = first.length;
  for (const fragment of fragments.slice(1, -1)) {
    const found = message.indexOf(fragment, at);
    if (found < 0) return false;
    at = found + fragment.length;
  }
  return at <= message.length - last.length;
}

/** A message the functions layer wrote in this display language (never the "unexpected error" fallback). */
export function isMessageIn(message: string, locale: Locale): boolean {
  return TEMPLATES[locale].some((fragments) => rendersFrom(message, fragments));
}

/** How the messages describe values that are not the analyst's own text (a blank cell), in English. */
const ENGLISH_WORDS_OF_VALUES = [describe(null)];

function describeValue(value: unknown): string {
  if (typeof value === "string") return `text of ${value.length} characters`;
  if (value instanceof Date) return "a Date";
  if (Array.isArray(value)) return "a nested array";
  return `${typeof value} ${String(value).slice(0, 80)}`;
}

function errorProblems(error: CustomFunctions.Error, locale: Locale, passThrough: readonly unknown[]): string[] {
  if (passThrough.includes(error)) return [];
  if (!ERROR_CODES.has(error.code)) return [`unknown error code ${String(error.code)}`];
  const message = error.message ?? "";
  if (!CODES_WITH_MESSAGE.has(error.code)) {
    return message === "" ? [] : [`${error.code} carries a message Excel cannot show: ${message}`];
  }
  if (message.trim() === "") return [`${error.code} without a message`];
  if (message.length > MAX_MESSAGE_LENGTH) return [`${error.code} message of ${message.length} characters`];
  if (!isMessageIn(message, locale)) return [`${error.code} message not from a ${locale} template: ${message}`];
  const english = locale === "zh-CN" ? ENGLISH_WORDS_OF_VALUES.filter((word) => message.includes(word)) : [];
  return english.length === 0 ? [] : [`${error.code} zh-CN message describes a value in English: ${message}`];
}

/** Where the outcome goes: an Excel that takes data types accepts formatted numbers and cards as well. */
export interface Receiver {
  dataTypes: boolean;
}

const PLAIN_EXCEL: Receiver = { dataTypes: false };

function cellProblems(value: unknown, locale: Locale, passThrough: readonly unknown[], receiver: Receiver): string[] {
  if (typeof value === "number") return Number.isFinite(value) ? [] : [`the number ${value}`];
  if (typeof value === "boolean") return [];
  if (typeof value === "string") {
    return value.length <= EXCEL_LIMITS.textLength ? [] : [`${describeValue(value)}, over Excel's cell limit`];
  }
  if (value instanceof CustomFunctions.Error) return errorProblems(value, locale, passThrough);
  if (receiver.dataTypes && isTypedValue(value)) return typedValueProblems(value);
  return [`not an Excel value: ${describeValue(value)}`];
}

function spillProblems(rows: unknown[], locale: Locale, passThrough: readonly unknown[], receiver: Receiver): string[] {
  if (rows.length === 0) return ["an empty spill"];
  if (!rows.every(Array.isArray)) return ["a spill whose rows are not all arrays"];
  const width = (rows[0] as unknown[]).length;
  if (width === 0) return ["a spill of empty rows"];
  if (rows.some((row) => (row as unknown[]).length !== width)) return ["a ragged spill"];
  if (rows.length > EXCEL_LIMITS.rows || width > EXCEL_LIMITS.columns) {
    return [`a ${rows.length}×${width} spill, larger than Excel's grid`];
  }
  const problems = new Set<string>();
  for (const row of rows as unknown[][]) {
    for (const cell of row) {
      for (const problem of cellProblems(cell, locale, passThrough, receiver)) problems.add(problem);
    }
  }
  return [...problems];
}

/** What happened when a function was called: the value it returned, or what it threw. */
export type Outcome = { threw: boolean; value: unknown };

/**
 * Everything wrong with an outcome as Excel would receive it; [] when Excel can show it. Errors in passThrough
 * (error values the call was given in its cells) may come back as they are.
 */
export function outcomeProblems(
  outcome: Outcome,
  locale: Locale,
  passThrough: readonly unknown[] = [],
  receiver: Receiver = PLAIN_EXCEL,
): string[] {
  const { threw, value } = outcome;
  if (threw) {
    if (value instanceof CustomFunctions.Error) return errorProblems(value, locale, passThrough);
    const name = value instanceof Error ? `${value.name}: ${value.message}` : describeValue(value);
    return [`threw something other than a CustomFunctions.Error: ${name}`];
  }
  if (Array.isArray(value)) return spillProblems(value, locale, passThrough, receiver);
  return cellProblems(value, locale, passThrough, receiver);
}

/** An outcome in a form toEqual compares exactly: errors as code and message, -0 told apart from 0. */
export function comparable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(comparable);
  if (value instanceof CustomFunctions.Error) return { error: value.code, message: value.message };
  if (value instanceof Error) return { thrown: value.name, message: value.message };
  if (Object.is(value, -0)) return "-0";
  return value;
}
