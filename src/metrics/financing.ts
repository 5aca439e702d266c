/** Bond financing metrics of the report's section 四 (债券市场表现): net financing, flows in a window, tenor mix. */
import { criterionOf, sumIfWithTotal } from "./criteria";
import { dateSerialOf } from "./dates";
import { divide, MetricError } from "./errors";
import { isBlank, isNumber, requireSameShape, sumOf, throwIfErrorValue, type Cell, type Range } from "./ranges";

/** 净融资额: issued minus repaid, ≡ SUM(issued)-SUM(repaid). */
export function netFinancing(issued: Range, repaid: Range): number {
  return sumOf(issued) - sumOf(repaid);
}

/** Whether a date cell (a serial, or an ISO text date) falls in [start, end]; an error value is thrown. */
function within(date: Cell, start: number, end: number): boolean {
  // A serial, the common case, compared inline (NaN and ±Infinity fall outside any window of finite dates).
  if (typeof date === "number") return date >= start && date <= end;
  throwIfErrorValue(date);
  const serial = dateSerialOf(date);
  return serial !== undefined && serial >= start && serial <= end;
}

export interface BondFlows {
  issued: number;
  matured: number;
  net: number;
}

/**
 * Issued (by issue date) and matured (by maturity date) amounts in [start, end], and their difference:
 * ≡ SUMIFS(amounts,issue_dates,">="&start,issue_dates,"<="&end) and the same on maturity_dates, in one pass.
 */
export function bondFlows(
  amounts: Range,
  issueDates: Range,
  maturityDates: Range,
  start: number,
  end: number,
): BondFlows {
  requireSameShape(amounts, "amounts", issueDates, "issue_dates");
  requireSameShape(amounts, "amounts", maturityDates, "maturity_dates");
  let issued = 0;
  let matured = 0;
  for (let r = 0; r < amounts.length; r++) {
    const row = amounts[r];
    const issueRow = issueDates[r];
    const maturityRow = maturityDates[r];
    for (let c = 0; c < row.length; c++) {
      const amount = row[c];
      if (!isNumber(amount)) {
        throwIfErrorValue(amount);
        throwIfErrorValue(issueRow?.[c]);
        throwIfErrorValue(maturityRow?.[c]);
        continue;
      }
      if (within(issueRow?.[c], start, end)) issued += amount;
      if (within(maturityRow?.[c], start, end)) matured += amount;
    }
  }
  return { issued, matured, net: issued - matured };
}

/** ≡ SUMIF(tenors,tenor,amounts)/SUM(amounts): the share of issuance with that tenor (or criterion, e.g. ">=3"). */
export function termShare(tenors: Range, amounts: Range, tenor: Cell): number {
  requireSameShape(tenors, "tenors", amounts, "amounts");
  if (isBlank(tenor)) throw new MetricError("#VALUE!", "blankArgument", { argument: "tenor" });
  const { sum, total } = sumIfWithTotal(tenors, criterionOf(tenor, "tenor"), amounts);
  return divide(sum, total);
}

export interface IssuanceSplit {
  shortTerm: number;
  longTerm: number;
}

/**
 * ≡ SUMIF(tenors,"<1",amounts) and SUMIF(tenors,">=1",amounts): the report's 短期/长期 split at one year, in one
 * pass over the pairs. As with those criteria, only number tenors count (text that reads as a number does not).
 */
export function issuanceSplit(amounts: Range, tenors: Range): IssuanceSplit {
  requireSameShape(amounts, "amounts", tenors, "tenors");
  // Totals in locals, not an object's fields: V8 keeps locals in registers through the loop.
  let shortTerm = 0;
  let longTerm = 0;
  for (let r = 0; r < amounts.length; r++) {
    const row = amounts[r];
    const tenorRow = tenors[r];
    for (let c = 0; c < row.length; c++) {
      const amount = row[c];
      const tenor = tenorRow?.[c] ?? null;
      if (!isNumber(amount) || typeof tenor !== "number") {
        throwIfErrorValue(amount); // only a cell that is not a number can hold an error value
        throwIfErrorValue(tenor);
        continue;
      }
      if (tenor < 1) shortTerm += amount;
      else if (tenor >= 1) longTerm += amount;
    }
  }
  return { shortTerm, longTerm };
}
