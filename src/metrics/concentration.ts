/** Concentration metrics of the report's section 二.2 (行业竞争格局): top-n shares, rankings, one entity's share, HHI. */
import { criterionOf, shareOfTotal, sumIfWithTotal } from "./criteria";
import { describe } from "./coercion";
import {
  divide,
  divideInCell,
  MetricError,
  requireCount,
  requireFinite,
  sharedError,
  type ResultCell,
  type ResultGrid,
} from "./errors";
import {
  isBlank,
  isErrorValue,
  isNumber,
  requireSameShape,
  sumOf,
  throwIfErrorValue,
  type Cell,
  type Range,
} from "./ranges";

/** A number of a range with its position, for rankings. */
interface Ranked {
  value: number;
  row: number;
  column: number;
}

/** Beyond this many, keeping the n largest in a sorted buffer costs more than sorting them all. */
const SELECTION_LIMIT = 64;

/** Largest first; equal values in sheet order (LARGE's and SORTBY's order). */
const byValueThenSheetOrder = (a: Ranked, b: Ranked) => b.value - a.value || a.row - b.row || a.column - b.column;

/**
 * The n largest numbers of a range, largest first and ties in sheet order, with how many numbers it holds and
 * their total (added in sheet order, as SUM adds them). One pass that keeps only n entries: ranges reach 100,000
 * rows, where sorting them all costs far more than the arithmetic.
 */
function largestNumbers(values: Range, n: number): { largest: Ranked[]; count: number; total: number } {
  const largest: Ranked[] = [];
  let count = 0;
  let total = 0;
  for (let row = 0; row < values.length; row++) {
    const cells = values[row];
    for (let column = 0; column < cells.length; column++) {
      const value = cells[column];
      if (!isNumber(value)) {
        throwIfErrorValue(value);
        continue;
      }
      count++;
      total += value;
      if (n > SELECTION_LIMIT) largest.push({ value, row, column });
      else if (largest.length < n || value > largest[n - 1].value) insertRanked(largest, n, { value, row, column });
    }
  }
  if (n > SELECTION_LIMIT) largest.sort(byValueThenSheetOrder).length = Math.min(n, largest.length);
  return { largest, count, total };
}

/** Inserts an entry into a buffer of at most n entries kept largest first, after the entries equal to it. */
function insertRanked(buffer: Ranked[], n: number, entry: Ranked): void {
  let at = buffer.length;
  while (at > 0 && buffer[at - 1].value < entry.value) at--;
  buffer.splice(at, 0, entry);
  if (buffer.length > n) buffer.pop();
}

/** ≡ SUM(LARGE(values,SEQUENCE(n)))/SUM(values): #NUM! for a bad n or fewer than n numbers, #DIV/0! for a 0 total. */
export function topNShare(values: Range, n: number): number {
  requireCount(n, "n");
  const { largest, count, total } = largestNumbers(values, n);
  if (count < n) throw new MetricError("#NUM!", "tooFewNumbers", { argument: "values", n, count });
  let top = 0;
  for (const { value } of largest) top += value;
  return divide(requireFinite(top), requireFinite(total));
}

/** A label cell as it is shown back in a spill: blank as "", an error value as that error, anything else as it is. */
function labelCell(cell: Cell): ResultCell {
  if (isBlank(cell)) return "";
  if (typeof cell === "string" || typeof cell === "number" || typeof cell === "boolean") return cell;
  if (isErrorValue(cell)) return cell;
  return String(cell);
}

/**
 * ≡ TAKE(SORTBY(HSTACK(labels,values,values/SUM(values)),values,-1),n) over the rows whose value is a number:
 * label, value, share of the total; largest first, ties in sheet order; #DIV/0! in the share cells for a 0 total.
 * As in that formula, an error value among the labels shows in its own cell when its row is ranked, and nowhere
 * when it is not (TAKE drops the row); an error among the values is the result, as SUM(values) makes it.
 */
export function topN(values: Range, labels: Range, n: number): ResultGrid {
  requireSameShape(values, "values", labels, "labels");
  requireCount(n, "n");
  const { largest, total } = largestNumbers(values, n);
  if (largest.length === 0) throw new MetricError("#N/A", "noNumbers", { argument: "values" });
  // values/SUM(values): SUM's #NUM! in every share cell when the total overflows.
  const shareOf = (value: number) =>
    Number.isFinite(total) ? divideInCell(value, total) : sharedError("#NUM!", "numberTooLarge");
  return largest.map(({ value, row, column }) => [labelCell(labels[row]?.[column] ?? null), value, shareOf(value)]);
}

/** ≡ SUMIF(labels,label,values)/SUM(values); #N/A when no label cell matches, #DIV/0! for a 0 total. */
export function share(values: Range, labels: Range, label: Cell): number {
  requireSameShape(values, "values", labels, "labels");
  if (isBlank(label)) throw new MetricError("#VALUE!", "blankArgument", { argument: "label" });
  const sums = sumIfWithTotal(labels, criterionOf(label, "label"), values);
  if (sums.matchedCells === 0) {
    throw new MetricError("#N/A", "labelNotFound", { argument: "label", value: describe(label) });
  }
  return shareOfTotal(sums);
}

/** Herfindahl–Hirschman index, 0–10000: ≡ SUMPRODUCT((values/SUM(values))^2)*10000 over the number cells. */
export function hhi(values: Range): number {
  const total = sumOf(values);
  if (total === 0) throw new MetricError("#DIV/0!", "divisionByZero");
  let index = 0;
  for (let r = 0; r < values.length; r++) {
    const row = values[r];
    for (let c = 0; c < row.length; c++) {
      const value = row[c];
      if (!isNumber(value)) continue; // sumOf has already thrown any error value
      const weight = value / total;
      index += weight * weight;
    }
  }
  return index * 10000;
}
