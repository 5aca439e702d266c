/**
 * The criteria of SUMIF, SUMIFS and COUNTIF, as Excel reads them: `5`, `"浙商资产"`, `"<1"`, `">="&start`,
 * `"<>3"`, wildcards `*` `?` (`~` escapes), case-insensitive text, `""` for blank cells.
 *
 * Excel's rules followed here: an equality criterion with a number also matches text that reads as that number
 * (`5` matches "5"); ordering criteria (`<`, `>`, `<=`, `>=`) with a number match number cells only, never text or
 * booleans; a text criterion matches text cells only; `<>x` matches every cell `=x` does not, blanks included.
 */
import { BoundedCache } from "../data/query/bounded-cache";
import { numericValueOfText } from "./coercion";
import { divide, MetricError, requireFinite, type CellErrorValue } from "./errors";
import { isBlank, isErrorValue, isNumber, type Cell, type Range } from "./ranges";

export interface Criterion {
  (cell: Cell): boolean;
  /**
   * Set when the criterion is "equals this number": a number cell then matches exactly when it is that number, which
   * the loops test inline (a call per cell through a shared loop costs more than the comparison).
   */
  readonly equalsNumber?: number;
  /** Set when the criterion is "equals this text" (no wildcard): the text in lower case, tested inline likewise. */
  readonly equalsText?: string;
}

type Operator = "=" | "<>" | "<" | ">" | "<=" | ">=";

const OPERATOR = /^(<=|>=|<>|<|>|=)?([\s\S]*)$/;

function compare(order: number, operator: Operator): boolean {
  switch (operator) {
    case "=":
      return order === 0;
    case "<>":
      return order !== 0;
    case "<":
      return order < 0;
    case ">":
      return order > 0;
    case "<=":
      return order <= 0;
    case ">=":
      return order >= 0;
  }
}

function equalsNumber(cell: Cell, target: number): boolean {
  if (typeof cell === "number") return cell === target;
  return typeof cell === "string" && cell !== "" && numericValueOfText(cell) === target;
}

function numberCriterion(operator: Operator, target: number): Criterion {
  if (operator === "=") return Object.assign((cell: Cell) => equalsNumber(cell, target), { equalsNumber: target });
  if (operator === "<>") return (cell) => !equalsNumber(cell, target);
  return (cell) => typeof cell === "number" && compare(Math.sign(cell - target), operator);
}

function booleanCriterion(operator: Operator, target: boolean): Criterion {
  if (operator === "=") return (cell) => cell === target;
  if (operator === "<>") return (cell) => cell !== target;
  return (cell) => typeof cell === "boolean" && compare(Number(cell) - Number(target), operator);
}

type Token = { kind: "any" } | { kind: "one" } | { kind: "char"; char: string };

/** `*` any run, `?` one character, `~*` `~?` `~~` the character itself; compared in lower case. */
function wildcardTokens(pattern: string): Token[] {
  const chars = [...pattern.toLowerCase()];
  const tokens: Token[] = [];
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i];
    if (char === "~" && i + 1 < chars.length && "*?~".includes(chars[i + 1]))
      tokens.push({ kind: "char", char: chars[++i] });
    else if (char === "*") tokens.push({ kind: "any" });
    else if (char === "?") tokens.push({ kind: "one" });
    else tokens.push({ kind: "char", char });
  }
  return tokens;
}

/**
 * Whole-cell wildcard match in O(text × pattern) at worst (the greedy algorithm that backtracks only to the last
 * `*`), so that no criterion can make a function hang the way a backtracking regular expression could.
 */
function wildcardMatcher(tokens: Token[]): (text: string) => boolean {
  return (cell) => {
    const text = [...cell.toLowerCase()];
    let t = 0;
    let p = 0;
    let star = -1;
    let resume = 0;
    while (t < text.length) {
      const token = tokens[p];
      if (token && (token.kind === "one" || (token.kind === "char" && token.char === text[t]))) {
        t++;
        p++;
      } else if (token?.kind === "any") {
        star = p++;
        resume = t;
      } else if (star >= 0) {
        p = star + 1;
        t = ++resume;
      } else return false;
    }
    while (tokens[p]?.kind === "any") p++;
    return p === tokens.length;
  };
}

/**
 * Whether a text equals a literal (a pattern without wildcards, in lower case), ignoring case. Lower case keeps a
 * text's length except for İ (U+0130 → i̇, one longer), so a longer text cannot match and a shorter one only if it
 * holds İ: those are told apart without lower-casing them (SUMIF over 100,000 labels would spend most of its time
 * there).
 */
function equalsLiteral(text: string, lowerCaseLiteral: string): boolean {
  const length = lowerCaseLiteral.length;
  return (
    (text.length === length || (text.length < length && text.includes("\u0130"))) &&
    text.toLowerCase() === lowerCaseLiteral
  );
}

function textCriterion(operator: Operator, target: string): Criterion {
  if (operator === "=" || operator === "<>") {
    const tokens = wildcardTokens(target);
    const literal = tokens.every((token) => token.kind === "char") ? tokens.map((token) => token.char).join("") : null;
    const pattern = literal === null ? wildcardMatcher(tokens) : (text: string) => equalsLiteral(text, literal);
    const matches = (cell: Cell) => typeof cell === "string" && cell !== "" && pattern(cell);
    if (operator === "<>") return (cell) => !matches(cell);
    return literal === null ? matches : Object.assign(matches, { equalsText: literal });
  }
  const upper = target.toUpperCase();
  const order = (text: string) => {
    const other = text.toUpperCase();
    return other < upper ? -1 : other > upper ? 1 : 0;
  };
  return (cell) => typeof cell === "string" && cell !== "" && compare(order(cell), operator);
}

function blankCriterion(operator: Operator): Criterion {
  if (operator === "=") return isBlank;
  if (operator === "<>") return (cell) => !isBlank(cell);
  return () => false;
}

function fromText(criterion: string): Criterion {
  const [, written, operand] = OPERATOR.exec(criterion)!;
  const operator = (written ?? "=") as Operator;
  if (operand === "") return blankCriterion(operator);
  const number = numericValueOfText(operand);
  if (number !== undefined) return numberCriterion(operator, number);
  const upper = operand.trim().toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") return booleanCriterion(operator, upper === "TRUE");
  return textCriterion(operator, operand);
}

/**
 * Excel's SUMIF/COUNTIF take criteria of at most 255 characters (#VALUE! beyond); the cap also bounds wildcard
 * matching to 255 steps per character of a cell.
 */
const MAX_CRITERION_LENGTH = 255;

/**
 * Criteria written as text, parsed: a workbook repeats the same few in many formulas and recalculates them all, and
 * parsing one (regular expressions, wildcard tokens) costs as much as applying it to a 58-row range. Tests are pure
 * functions, so they are shared, in a bounded cache: no input can make it grow for ever.
 */
const parsedCriteria = new BoundedCache<string, Criterion>(1000);

function parsed(criterion: string): Criterion {
  return parsedCriteria.getOrBuild(criterion, () => fromText(criterion));
}

/** The test a criterion applies to each cell, as SUMIF/COUNTIF apply it; #VALUE! naming argument if too long. */
export function criterionOf(criterion: Cell, argument = "criteria"): Criterion {
  if (typeof criterion === "number") return numberCriterion("=", criterion);
  if (typeof criterion === "boolean") return booleanCriterion("=", criterion);
  if (typeof criterion === "string") {
    if (criterion.length > MAX_CRITERION_LENGTH) {
      throw new MetricError("#VALUE!", "criterionTooLong", {
        argument,
        length: criterion.length,
        limit: MAX_CRITERION_LENGTH,
      });
    }
    return parsed(criterion);
  }
  return blankCriterion("=");
}

/** SUMIF's result with SUM over the same sum range, and the error values that decide them instead, if any. */
export interface SumIfWithTotal {
  sum: number;
  matchedCells: number;
  total: number;
  /** The first error value in the sum range on a matched row: SUMIF's result. */
  sumError?: CellErrorValue;
  /** The first error value anywhere in the sum range: SUM's result. */
  totalError?: CellErrorValue;
}

/**
 * SUMIF(criteria_range, criterion, sum_range) over two same-shaped ranges, with how many cells matched and
 * SUM(sum_range): the shares divide one by the other, and one pass reads the sum range once instead of twice.
 * As in Excel, an error value in the criteria range equals nothing (so only a "<>…" criterion takes its row), and
 * one in the sum range is SUMIF's result only on a matched row (SUM's on any row).
 */
export function sumIfWithTotal(criteriaRange: Range, criterion: Criterion, sumRange: Range): SumIfWithTotal {
  let sum = 0;
  let matchedCells = 0;
  let total = 0;
  let sumError: CellErrorValue | undefined;
  let totalError: CellErrorValue | undefined;
  const { equalsNumber: number, equalsText: text } = criterion;
  for (let r = 0; r < criteriaRange.length; r++) {
    const row = criteriaRange[r];
    const sumRow = sumRange[r];
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      const value = sumRow?.[c];
      const matched =
        number !== undefined && typeof cell === "number"
          ? cell === number
          : text !== undefined && typeof cell === "string"
            ? equalsLiteral(cell, text)
            : criterion(cell); // an error value equals nothing: "<>…" matches it, as in Excel, and nothing else does
      if (matched) matchedCells++;
      if (isNumber(value)) {
        total += value;
        if (matched) sum += value;
      } else if (isErrorValue(value)) {
        totalError ??= value;
        if (matched) sumError ??= value;
      }
    }
  }
  return { sum, matchedCells, total, sumError, totalError };
}

/**
 * The share SUMIF(…)/SUM(sum_range): SUMIF's error first, then SUM's, as Excel evaluates the division; #NUM! for a
 * sum or total that overflows.
 */
export function shareOfTotal({ sum, total, sumError, totalError }: SumIfWithTotal): number {
  if (sumError) throw sumError;
  requireFinite(sum);
  if (totalError) throw totalError;
  return divide(sum, requireFinite(total));
}
