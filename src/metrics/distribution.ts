/** Size distributions like the report's 图表5/7/10 (资产总额分布, 净资产分布, 资产负债率分布): counts per bucket. */
import { formatGeneral } from "./format";
import { divideInCell, MetricError, type ResultGrid } from "./errors";
import { isNumber, numbersOf, throwIfErrorValue, type Range } from "./ranges";

function requireAscending(bounds: number[]): void {
  if (bounds.length === 0) throw new MetricError("#VALUE!", "noBounds", { argument: "bounds" });
  for (let i = 1; i < bounds.length; i++) {
    if (!(bounds[i] > bounds[i - 1])) {
      throw new MetricError("#VALUE!", "boundsNotAscending", {
        argument: "bounds",
        previous: formatGeneral(bounds[i - 1]),
        next: formatGeneral(bounds[i]),
      });
    }
  }
}

/** `≤100`, `100–300`, …, `>500`: each bucket holds values above its lower bound up to its upper bound. */
function bucketLabels(bounds: number[]): string[] {
  const text = bounds.map(formatGeneral);
  return [`≤${text[0]}`, ...text.slice(1).map((upper, i) => `${text[i]}–${upper}`), `>${text[text.length - 1]}`];
}

/** The first bucket whose upper bound holds the value (bounds.length when none does), by binary search. */
function bucketOf(value: number, bounds: number[]): number {
  let low = 0;
  let high = bounds.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (value <= bounds[middle]) high = middle;
    else low = middle + 1;
  }
  return low;
}

/**
 * ≡ FREQUENCY(values,bounds): bucket i counts values in (bounds[i-1], bounds[i]]; the last one those above.
 * Bounds are strictly ascending, so each value finds its bucket in log(bounds) steps.
 */
function frequency(values: Range, bounds: number[]): { counts: number[]; count: number } {
  const counts = new Array<number>(bounds.length + 1).fill(0);
  let count = 0;
  for (let r = 0; r < values.length; r++) {
    const row = values[r];
    for (let c = 0; c < row.length; c++) {
      const value = row[c];
      if (!isNumber(value)) {
        throwIfErrorValue(value);
        continue;
      }
      count++;
      counts[bucketOf(value, bounds)]++;
    }
  }
  return { counts, count };
}

/** Bucket label, count ≡ FREQUENCY(values,bounds), share = count / COUNT(values); bounds strictly ascending. */
export function distribution(values: Range, bounds: Range): ResultGrid {
  const limits = numbersOf(bounds);
  requireAscending(limits);
  const labels = bucketLabels(limits);
  const { counts, count } = frequency(values, limits);
  return counts.map((n, i) => [labels[i], n, divideInCell(n, count)]);
}
