/** Concentration metrics of the report's section 二.2 (行业竞争格局): top-n shares, rankings, one entity's share, HHI. */
import { criterionOf, sumIf } from "./criteria";
import { describe } from "./coercion";
import { divide, divideInCell, MetricError, requireCount, type ResultGrid } from "./errors";
import { isBlank, isNumber, numbersOf, pairsOf, requireSameShape, sumOf, type Cell, type Range } from "./ranges";

/** ≡ SUM(LARGE(values,SEQUENCE(n)))/SUM(values): #NUM! for a bad n or fewer than n numbers, #DIV/0! for a 0 total. */
export function topNShare(values: Range, n: number): number {
  requireCount(n, "n");
  const numbers = numbersOf(values);
  if (numbers.length < n) {
    throw new MetricError("#NUM!", "tooFewNumbers", { argument: "values", n, count: numbers.length });
  }
  const largest = [...numbers].sort((a, b) => b - a).slice(0, n);
  const top = largest.reduce((sum, value) => sum + value, 0);
  return divide(top, sumOf(values));
}

/** A label cell as it is shown back in a spill: blank as "", anything else as it is. */
function labelCell(cell: Cell): string | number | boolean {
  if (isBlank(cell)) return "";
  if (typeof cell === "string" || typeof cell === "number" || typeof cell === "boolean") return cell;
  return String(cell);
}

/**
 * ≡ TAKE(SORTBY(HSTACK(labels,values,values/SUM(values)),values,-1),n) over the rows whose value is a number:
 * label, value, share of the total; largest first, ties in sheet order; #DIV/0! in the share cells for a 0 total.
 */
export function topN(values: Range, labels: Range, n: number): ResultGrid {
  requireSameShape(values, "values", labels, "labels");
  requireCount(n, "n");
  const rows = pairsOf(values, labels)
    .filter((pair): pair is [number, Cell] => isNumber(pair[0]))
    .map(([value, label], order) => ({ value, label, order }));
  if (rows.length === 0) throw new MetricError("#N/A", "noNumbers", { argument: "values" });
  const total = sumOf(values);
  return rows
    .sort((a, b) => b.value - a.value || a.order - b.order)
    .slice(0, n)
    .map(({ value, label }) => [labelCell(label), value, divideInCell(value, total)]);
}

/** ≡ SUMIF(labels,label,values)/SUM(values); #N/A when no label cell matches, #DIV/0! for a 0 total. */
export function share(values: Range, labels: Range, label: Cell): number {
  requireSameShape(values, "values", labels, "labels");
  if (isBlank(label)) throw new MetricError("#VALUE!", "blankArgument", { argument: "label" });
  const { sum, matchedCells } = sumIf(labels, criterionOf(label, "label"), values);
  if (matchedCells === 0) throw new MetricError("#N/A", "labelNotFound", { argument: "label", value: describe(label) });
  return divide(sum, sumOf(values));
}

/** Herfindahl–Hirschman index, 0–10000: ≡ SUMPRODUCT((values/SUM(values))^2)*10000 over the number cells. */
export function hhi(values: Range): number {
  const total = sumOf(values);
  if (total === 0) throw new MetricError("#DIV/0!", "divisionByZero");
  let index = 0;
  for (const value of numbersOf(values)) {
    const weight = value / total;
    index += weight * weight;
  }
  return index * 10000;
}
