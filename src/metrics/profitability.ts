/** Profitability of the report's section 三.3 (盈利水平): returns on average assets and equity, annualised. */
import { divide, requireFinite } from "./errors";
import { requireMonths } from "./growth";
import { requireSameShape, sumOf, type Range } from "./ranges";

export interface AverageBase {
  begin: Range;
  end: Range;
  /** The argument names, for the message when the two are not the same shape. */
  names: [string, string];
}

/**
 * ≡ SUM(profit)/((SUM(begin)+SUM(end))/2)*12/months: ROA over assets, ROE over equity. begin and end are paired
 * (the same entities at two dates); #NUM! for months outside (0, 12], #DIV/0! for a 0 average.
 */
export function returnOnAverage(profit: Range, { begin, end, names }: AverageBase, months: number): number {
  requireSameShape(begin, names[0], end, names[1]);
  requireMonths(months);
  // Profit first, as Excel evaluates the formula left to right: its error value is the result before theirs.
  const total = sumOf(profit);
  const average = requireFinite(sumOf(begin) + sumOf(end)) / 2;
  return (divide(total, average) * 12) / months;
}
