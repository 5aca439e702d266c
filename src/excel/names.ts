/**
 * Names Excel accepts: worksheet names (≤ 31 characters, no `: \ / ? * [ ]`, no leading or trailing apostrophe,
 * not `History`) and table names (a letter or underscore first, then letters, digits, `_` and `.`, not a cell
 * reference, ≤ 255 characters), each made unique case-insensitively against the names the workbook already has.
 * Pure functions: no Office globals.
 */

export const MAX_SHEET_NAME_LENGTH = 31;
export const MAX_TABLE_NAME_LENGTH = 255;

const FORBIDDEN_IN_SHEET_NAMES = ":\\/?*[]";
const RESERVED_SHEET_NAMES = ["history"];
const FALLBACK_SHEET_NAME = "Sheet";
const FALLBACK_TABLE_NAME = "Table";

/** Whether Excel refuses `character` in a worksheet name: `: \\ / ? * [ ]` and control characters. */
function forbiddenInSheetNames(character: string): boolean {
  const code = character.charCodeAt(0);
  return code < 0x20 || code === 0x7f || FORBIDDEN_IN_SHEET_NAMES.includes(character);
}

function withoutForbiddenCharacters(text: string): string {
  return [...text].filter((character) => !forbiddenInSheetNames(character)).join("");
}

/** Case-insensitive key Excel compares names by. */
function nameKey(name: string): string {
  return name.toLocaleLowerCase("en-US");
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

/** Whether Excel accepts `name` as a worksheet name (uniqueness aside). */
export function isValidSheetName(name: string): boolean {
  return (
    name.trim().length > 0 &&
    name.length <= MAX_SHEET_NAME_LENGTH &&
    [...name].every((character) => !forbiddenInSheetNames(character)) &&
    !name.startsWith("'") &&
    !name.endsWith("'") &&
    !RESERVED_SHEET_NAMES.includes(nameKey(name))
  );
}

/** `text` cut to `max`, at the last space when that keeps at least half of it and the cut would split a word. */
function truncateAtWord(text: string, max: number): string {
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
  const taken = new Set([...existing].map(nameKey).concat(RESERVED_SHEET_NAMES));
  const base = sanitizeSheetName(desired);
  if (!taken.has(nameKey(base))) return base;
  for (let n = 2; ; n++) {
    const candidate = numberedSheetName(base, n);
    if (!taken.has(nameKey(candidate))) return candidate;
  }
}

const TABLE_NAME_START = /^[\p{L}_]/u;
const TABLE_NAME_REST = /^[\p{L}\p{N}_.]*$/u;
const NOT_IN_TABLE_NAMES = /[^\p{L}\p{N}_.]+/gu;
const RESERVED_TABLE_NAMES = ["true", "false"];

/** Whether `name` reads as a cell reference in A1 (`A1`, `xfd1048576`) or R1C1 (`R`, `C`, `R1C1`, `RC2`) style. */
export function looksLikeCellReference(name: string): boolean {
  return /^[a-z]{1,3}\d+$/i.test(name) || /^[rc]$/i.test(name) || /^r\d*c\d*$/i.test(name);
}

/** Whether Excel accepts `name` as a table name (uniqueness aside). */
export function isValidTableName(name: string): boolean {
  return (
    name.length > 0 &&
    name.length <= MAX_TABLE_NAME_LENGTH &&
    TABLE_NAME_START.test(name) &&
    TABLE_NAME_REST.test(name) &&
    !looksLikeCellReference(name) &&
    !RESERVED_TABLE_NAMES.includes(nameKey(name))
  );
}

/** `raw` as a valid table name: runs of other characters become `_`; `_` is prefixed where the start is not valid. */
export function sanitizeTableName(raw: string): string {
  let name = raw.replace(NOT_IN_TABLE_NAMES, "_");
  if (name.length === 0) return FALLBACK_TABLE_NAME;
  if (!TABLE_NAME_START.test(name) || looksLikeCellReference(name) || RESERVED_TABLE_NAMES.includes(nameKey(name))) {
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
