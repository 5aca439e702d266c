/** Bond financing metrics of the report's section 四 (债券市场表现): net financing, flows in a window, tenor mix. */
import { criterionOf, shareOfTotal, sumIfWithTotal } from "./criteria";
import { dateSerialOf } from "./dates";
import { MetricError, type CellErrorValue } from "./errors";
import { isBlank, isErrorValue, isNumber, requireSameShape, sumOf, type Cell, type Range } from "./ranges";

/** 净融资额: issued minus repaid, ≡ SUM(issued)-SUM(repaid). */
export function netFinancing(issued: Range, repaid: Range): number {
  return sumOf(issued) - sumOf(repaid);
}

/**
 * Whether a date cell (a serial, or an ISO text date) falls in [start, end]. An error value does not, as SUMIFS's
 * criteria match no error.
 */
function within(date: Cell, start: number, end: number): boolean {
  // A serial, the common case, compared inline (NaN and ±Infinity fall outside any window of finite dates).
  if (typeof date === "number") return date >= start && date <= end;
  const serial = dateSerialOf(date);
  return serial !== undefined && serial >= start && serial <= end;
}

/** A sum, or the error value that is its result instead (as SUMIF shows an error of its sum range). */
export type SumOrError = number | CellErrorValue;

export interface BondFlows {
  issued: SumOrError;
  matured: SumOrError;
  net: SumOrError;
}

/**
 * Issued (by issue date) and matured (by maturity date) amounts in [start, end], and their difference:
 * ≡ SUMIFS(amounts,issue_dates,">="&start,issue_dates,"<="&end) and the same on maturity_dates, in one pass.
 * As with those formulas, an error value among the amounts is the result of each sum whose dates take its row
 * (and so of the net), and one among the dates is passed over.
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
  let issuedError: CellErrorValue | undefined;
  let maturedError: CellErrorValue | undefined;
  for (let r = 0; r < amounts.length; r++) {
    const row = amounts[r];
    const issueRow = issueDates[r];
    const maturityRow = maturityDates[r];
    for (let c = 0; c < row.length; c++) {
      const amount = row[c];
      if (isNumber(amount)) {
        if (within(issueRow?.[c], start, end)) issued += amount;
        if (within(maturityRow?.[c], start, end)) matured += amount;
      } else if (isErrorValue(amount)) {
        if (issuedError === undefined && within(issueRow?.[c], start, end)) issuedError = amount;
        if (maturedError === undefined && within(maturityRow?.[c], start, end)) maturedError = amount;
      }
    }
  }
  return {
    issued: issuedError ?? issued,
    matured: maturedError ?? matured,
    net: issuedError ?? maturedError ?? issued - matured,
  };
}

/** ≡ SUMIF(tenors,tenor,amounts)/SUM(amounts): the share of issuance with that tenor (or criterion, e.g. ">=3"). */
export function termShare(tenors: Range, amounts: Range, tenor: Cell): number {
  requireSameShape(tenors, "tenors", amounts, "amounts");
  if (isBlank(tenor)) throw new MetricError("#VALUE!", "blankArgument", { argument: "tenor" });
  return shareOfTotal(sumIfWithTotal(tenors, criterionOf(tenor, "tenor"), amounts));
}

export interface IssuanceSplit {
  shortTerm: SumOrError;
  longTerm: SumOrError;
}

/**
 * ≡ SUMIF(tenors,"<1",amounts) and SUMIF(tenors,">=1",amounts): the report's 短期/长期 split at one year, in one
 * pass over the pairs. As with those criteria, only number tenors count (text that reads as a number does not, nor
 * an error value), and an error value among the amounts is the result of the sum its tenor puts it in.
 */
export function issuanceSplit(amounts: Range, tenors: Range): IssuanceSplit {
  requireSameShape(amounts, "amounts", tenors, "tenors");
  // Totals in locals, not an object's fields: V8 keeps locals in registers through the loop.
  let shortTerm = 0;
  let longTerm = 0;
  let shortError: CellErrorValue | undefined;
  let longError: CellErrorValue | undefined;
  for (let r = 0; r < amounts.length; r++) {
    const row = amounts[r];
    const tenorRow = tenors[r];
    for (let c = 0; c < row.length; c++) {
      const tenor = tenorRow?.[c];
      if (typeof tenor !== "number") continue;
      const amount = row[c];
      if (isNumber(amount)) {
        if (tenor < 1) shortTerm += amount;
        else if (tenor >= 1) longTerm += amount;
      } else if (isErrorValue(amount)) {
        if (tenor < 1) shortError ??= amount;
        else if (tenor >= 1) longError ??= amount;
      }
    }
  }
  return { shortTerm: shortError ?? shortTerm, longTerm: longError ?? longTerm };
}
