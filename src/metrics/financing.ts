/** Bond financing metrics of the report's section 四 (债券市场表现): net financing, flows in a window, tenor mix. */
import { criterionOf, sumIf } from "./criteria";
import { dateSerialOf } from "./dates";
import { divide, MetricError } from "./errors";
import { isBlank, isNumber, pairsOf, requireSameShape, sumOf, type Cell, type Range } from "./ranges";

/** 净融资额: issued minus repaid, ≡ SUM(issued)-SUM(repaid). */
export function netFinancing(issued: Range, repaid: Range): number {
  return sumOf(issued) - sumOf(repaid);
}

/** ≡ SUMIFS(amounts,dates,">="&start,dates,"<="&end); a date cell may also hold an ISO text date. */
function sumBetween(amounts: Range, dates: Range, start: number, end: number): number {
  let total = 0;
  for (const [amount, date] of pairsOf(amounts, dates)) {
    const serial = dateSerialOf(date);
    if (isNumber(amount) && serial !== undefined && serial >= start && serial <= end) total += amount;
  }
  return total;
}

export interface BondFlows {
  issued: number;
  matured: number;
  net: number;
}

/** Issued (by issue date) and matured (by maturity date) amounts in [start, end], and their difference. */
export function bondFlows(
  amounts: Range,
  issueDates: Range,
  maturityDates: Range,
  start: number,
  end: number,
): BondFlows {
  requireSameShape(amounts, "amounts", issueDates, "issue_dates");
  requireSameShape(amounts, "amounts", maturityDates, "maturity_dates");
  const issued = sumBetween(amounts, issueDates, start, end);
  const matured = sumBetween(amounts, maturityDates, start, end);
  return { issued, matured, net: issued - matured };
}

/** ≡ SUMIF(tenors,tenor,amounts)/SUM(amounts): the share of issuance with that tenor (or criterion, e.g. ">=3"). */
export function termShare(tenors: Range, amounts: Range, tenor: Cell): number {
  requireSameShape(tenors, "tenors", amounts, "amounts");
  if (isBlank(tenor)) throw new MetricError("#VALUE!", "blankArgument", { argument: "tenor" });
  return divide(sumIf(tenors, criterionOf(tenor, "tenor"), amounts).sum, sumOf(amounts));
}

export interface IssuanceSplit {
  shortTerm: number;
  longTerm: number;
}

/** ≡ SUMIF(tenors,"<1",amounts) and SUMIF(tenors,">=1",amounts): the report's 短期/长期 split at one year. */
export function issuanceSplit(amounts: Range, tenors: Range): IssuanceSplit {
  requireSameShape(amounts, "amounts", tenors, "tenors");
  return {
    shortTerm: sumIf(tenors, criterionOf("<1"), amounts).sum,
    longTerm: sumIf(tenors, criterionOf(">=1"), amounts).sum,
  };
}
