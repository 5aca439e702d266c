/**
 * The criteria of SUMIF, SUMIFS and COUNTIF, as Excel reads them: `5`, `"浙商资产"`, `"<1"`, `">="&start`,
 * `"<>3"`, wildcards `*` `?` (`~` escapes), case-insensitive text, `""` for blank cells.
 *
 * Excel's rules followed here: an equality criterion with a number also matches text that reads as that number
 * (`5` matches "5"); ordering criteria (`<`, `>`, `<=`, `>=`) with a number match number cells only, never text or
 * booleans; a text criterion matches text cells only; `<>x` matches every cell `=x` does not, blanks included.
 */
import { numericValueOfText } from "./coercion";
import { isBlank, isNumber, type Cell, type Range } from "./ranges";

export type Criterion = (cell: Cell) => boolean;

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
  return typeof cell === "string" && numericValueOfText(cell) === target;
}

function numberCriterion(operator: Operator, target: number): Criterion {
  if (operator === "=") return (cell) => equalsNumber(cell, target);
  if (operator === "<>") return (cell) => !equalsNumber(cell, target);
  return (cell) => typeof cell === "number" && compare(Math.sign(cell - target), operator);
}

function booleanCriterion(operator: Operator, target: boolean): Criterion {
  if (operator === "=") return (cell) => cell === target;
  if (operator === "<>") return (cell) => cell !== target;
  return (cell) => typeof cell === "boolean" && compare(Number(cell) - Number(target), operator);
}

/** `*` any run, `?` one character, `~*` `~?` `~~` the character itself; whole cell, case-insensitive. */
function wildcardPattern(pattern: string): RegExp {
  let source = "";
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i];
    if (char === "~" && i + 1 < pattern.length && "*?~".includes(pattern[i + 1])) {
      source += `\\${pattern[++i]}`;
    } else if (char === "*") source += "[\\s\\S]*";
    else if (char === "?") source += "[\\s\\S]";
    else source += char.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  }
  return new RegExp(`^${source}$`, "iu");
}

function textCriterion(operator: Operator, target: string): Criterion {
  if (operator === "=" || operator === "<>") {
    const pattern = wildcardPattern(target);
    const matches = (cell: Cell) => typeof cell === "string" && cell !== "" && pattern.test(cell);
    return operator === "=" ? matches : (cell) => !matches(cell);
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

/** The test a criterion applies to each cell, as SUMIF/COUNTIF apply it. */
export function criterionOf(criterion: Cell): Criterion {
  if (typeof criterion === "number") return numberCriterion("=", criterion);
  if (typeof criterion === "boolean") return booleanCriterion("=", criterion);
  if (typeof criterion === "string") return fromText(criterion);
  return blankCriterion("=");
}

/** SUMIF(criteria_range, criterion, sum_range) over two same-shaped ranges; also how many cells matched. */
export function sumIf(
  criteriaRange: Range,
  criterion: Criterion,
  sumRange: Range,
): { sum: number; matchedCells: number } {
  let sum = 0;
  let matchedCells = 0;
  criteriaRange.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (!criterion(cell)) return;
      matchedCells++;
      const value = sumRange[r]?.[c];
      if (isNumber(value)) sum += value;
    }),
  );
  return { sum, matchedCells };
}
