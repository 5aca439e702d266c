/**
 * Excel's rules for the names of worksheets (1 to 31 characters, none of `: \ / ? * [ ]`, no apostrophe first or
 * last, not `History`) and of tables (a letter, `_` or `\` first, then letters, digits, `_` and `.`, at most 255
 * characters, not a cell reference, not TRUE or FALSE), and how Excel compares names: without regard to case. Pure.
 */
import { looksLikeCellReference } from "./a1";

export const MAX_SHEET_NAME_LENGTH = 31;
export const MAX_TABLE_NAME_LENGTH = 255;

const FORBIDDEN_IN_SHEET_NAMES = ":\\/?*[]";
const RESERVED_SHEET_NAMES = ["history"];
const RESERVED_TABLE_NAMES = ["true", "false"];

/** The key Excel compares worksheet, table and defined names by: the name without regard to case. */
export function nameKey(name: string): string {
  return name.toLocaleLowerCase("en-US");
}

/** Whether two names are the same name to Excel. */
export function sameName(a: string, b: string): boolean {
  return nameKey(a) === nameKey(b);
}

/** Whether Excel refuses `character` in a worksheet name: `: \ / ? * [ ]` and control characters. */
export function forbiddenInSheetNames(character: string): boolean {
  const code = character.charCodeAt(0);
  return code < 0x20 || code === 0x7f || FORBIDDEN_IN_SHEET_NAMES.includes(character);
}

/** Whether a worksheet name is reserved by Excel (`History`, in any case). */
export function isReservedSheetName(name: string): boolean {
  return RESERVED_SHEET_NAMES.includes(nameKey(name));
}

/** Why Excel refuses `name` for a worksheet (uniqueness aside), or null when it accepts it. */
export function sheetNameProblem(name: string): string | null {
  if (name.trim() === "") return "is blank";
  if (name.length > MAX_SHEET_NAME_LENGTH) return `is longer than ${MAX_SHEET_NAME_LENGTH} characters`;
  if ([...name].some(forbiddenInSheetNames)) return "contains one of : \\ / ? * [ ] or a control character";
  if (name.startsWith("'") || name.endsWith("'")) return "starts or ends with an apostrophe";
  if (isReservedSheetName(name)) return 'is "History", which Excel reserves';
  return null;
}

const TABLE_NAME = /^[\p{L}_\\][\p{L}\p{N}_.]*$/u;

/** Whether `name` is a word Excel keeps for itself in formulas, so that no name may be it (TRUE, FALSE). */
export function isReservedTableName(name: string): boolean {
  return RESERVED_TABLE_NAMES.includes(nameKey(name));
}

/** Why Excel refuses `name` for a table (uniqueness aside), or null when it accepts it. */
export function tableNameProblem(name: string): string | null {
  if (name.length === 0) return "is empty";
  if (name.length > MAX_TABLE_NAME_LENGTH) return `is longer than ${MAX_TABLE_NAME_LENGTH} characters`;
  if (!TABLE_NAME.test(name)) {
    return "must start with a letter, _ or \\ and hold only letters, digits, _ and .";
  }
  if (looksLikeCellReference(name)) return "reads as a cell reference";
  if (isReservedTableName(name)) return "is TRUE or FALSE";
  return null;
}
