/** Growth and annualisation as the report computes them (同比增速; 2025年1—6月 ratios 经简单年化 = H1 × 2). */
import { divide, sharedError } from "./errors";
import { requireSameShape, sumOf, type Range } from "./ranges";

/** ≡ SUM(current)/SUM(prior)-1, current and prior paired position by position; #DIV/0! for a 0 prior total. */
export function growthRate(current: Range, prior: Range): number {
  requireSameShape(current, "current", prior, "prior");
  return divide(sumOf(current), sumOf(prior)) - 1;
}

/** #NUM! unless months is in (0, 12]: a period of more than a year is not annualised down. */
export function requireMonths(months: number): void {
  if (!(months > 0 && months <= 12))
    throw sharedError("#NUM!", "monthsOutOfRange", { argument: "months", value: months });
}

/** ≡ rate*12/months (simple annualisation); #NUM! for months outside (0, 12]. */
export function annualize(rate: number, months: number): number {
  requireMonths(months);
  return (rate * 12) / months;
}
