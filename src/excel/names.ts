/**
 * The names the add-in gives what it creates: worksheet and table names made valid by Excel's rules
 * (src/excel-rules/names.ts) from a title, and unique, as Excel compares names, against the names the workbook
 * already has. Pure functions: no Office globals.
 */
import { looksLikeCellReference } from "../excel-rules/a1";
import {
  forbiddenInSheetNames,
  isReservedSheetName,
  isReservedTableName,
  MAX_SHEET_NAME_LENGTH,
  MAX_TABLE_NAME_LENGTH,
  nameKey,
} from "../excel-rules/names";

const FALLBACK_SHEET_NAME = "Sheet";
const FALLBACK_TABLE_NAME = "Table";

function withoutForbiddenCharacters(text: string): string {
  return [...text].filter((character) => !forbiddenInSheetNames(character)).join("");
}

/** The first `max` UTF-16 units of `text`, never ending in half a surrogate pair. */
function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return /[\ud800-\udbff]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/** `text` without leading or trailing whitespace and apostrophes (Excel refuses a name that starts or ends with `'`). */
function tidyEnds(text: string): string {
  return text.replace(/^[\s']+/, "").replace(/[\s']+$/, "");
}

/** `text` cut to `max`, at the last space when that keeps at least half of it and the cut would split a word. */
export function truncateAtWord(text: string, max: number): string {
  const cut = truncate(text, max);
  if (cut.length === text.length || text[cut.length] === " ") return cut;
  const lastSpace = cut.lastIndexOf(" ");
  return lastSpace >= max / 2 ? cut.slice(0, lastSpace) : cut;
}

/** `raw` with the characters Excel forbids removed, whitespace collapsed, cut to 31 characters (at a word if any). */
export function sanitizeSheetName(raw: string): string {
  const cleaned = tidyEnds(withoutForbiddenCharacters(raw).replace(/\s+/g, " "));
  const short = tidyEnds(truncateAtWord(cleaned, MAX_SHEET_NAME_LENGTH));
  return short.length > 0 ? short : FALLBACK_SHEET_NAME;
}

/** `base` followed by ` (n)`, `base` shortened so the whole stays within 31 characters. */
function numberedSheetName(base: string, n: number): string {
  const suffix = ` (${n})`;
  return `${tidyEnds(truncate(base, MAX_SHEET_NAME_LENGTH - suffix.length))}${suffix}`;
}

/**
 * A valid worksheet name for `desired` that none of `existing` takes (compared case-insensitively): the sanitised
 * name itself, else with ` (2)`, ` (3)` … appended within the 31-character limit. `History` counts as taken.
 */
export function uniqueSheetName(desired: string, existing: Iterable<string>): string {
  const taken = new Set([...existing].map(nameKey));
  const free = (name: string) => !taken.has(nameKey(name)) && !isReservedSheetName(name);
  const base = sanitizeSheetName(desired);
  if (free(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = numberedSheetName(base, n);
    if (free(candidate)) return candidate;
  }
}

const TABLE_NAME_START = /^[\p{L}_]/u;
const NOT_IN_TABLE_NAMES = /[^\p{L}\p{N}_.]+/gu;

/** `raw` as a valid table name: runs of other characters become `_`; `_` is prefixed where the start is not valid. */
export function sanitizeTableName(raw: string): string {
  let name = raw.replace(NOT_IN_TABLE_NAMES, "_");
  if (name.length === 0) return FALLBACK_TABLE_NAME;
  if (!TABLE_NAME_START.test(name) || looksLikeCellReference(name) || isReservedTableName(name)) {
    name = `_${name}`;
  }
  return truncate(name, MAX_TABLE_NAME_LENGTH);
}

/** A valid table name for `desired` that none of `existing` takes (case-insensitively): itself, else `_2`, `_3` … */
export function uniqueTableName(desired: string, existing: Iterable<string>): string {
  const taken = new Set([...existing].map(nameKey));
  const base = sanitizeTableName(desired);
  if (!taken.has(nameKey(base))) return base;
  for (let n = 2; ; n++) {
    const suffix = `_${n}`;
    const candidate = `${truncate(base, MAX_TABLE_NAME_LENGTH - suffix.length)}${suffix}`;
    if (!taken.has(nameKey(candidate))) return candidate;
  }
}
