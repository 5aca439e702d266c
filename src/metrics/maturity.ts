/**
 * The maturity wall of the report's section 四.5 (债券到期情况, 图表20): amounts due per year, a bond with an
 * exercise (put/call) date counted at that date (附权债券均在下一行权日到期), else at maturity.
 */
import { dateSerialOf, yearOfSerial } from "./dates";
import { divideInCell, MetricError, sharedError, type ResultGrid } from "./errors";
import { isNumber, requireSameShape, sumOf, throwIfErrorValue, type Cell, type Range } from "./ranges";

export const FIRST_YEAR = 1900;
export const LAST_YEAR = 9999;

function yearOf(cell: Cell): number | undefined {
  const serial = dateSerialOf(cell);
  return serial === undefined ? undefined : yearOfSerial(serial);
}

/** The year a bond falls due: its exercise date's year when it has one, else its maturity date's. */
function effectiveYear(maturity: Cell, exercise: Cell): number | undefined {
  return yearOf(exercise) ?? yearOf(maturity);
}

/** Amount due per year, over rows whose amount is a number and whose effective date is a date. */
function amountsByYear(amounts: Range, maturityDates: Range, exerciseDates: Range | null): Map<number, number> {
  const byYear = new Map<number, number>();
  for (let r = 0; r < amounts.length; r++) {
    const row = amounts[r];
    const maturityRow = maturityDates[r];
    const exerciseRow = exerciseDates?.[r];
    for (let c = 0; c < row.length; c++) {
      const amount = row[c];
      const maturity = maturityRow?.[c];
      const exercise = exerciseRow?.[c];
      throwIfErrorValue(maturity);
      throwIfErrorValue(exercise);
      if (!isNumber(amount)) continue; // sumOf(amounts) throws any error value among them
      const year = effectiveYear(maturity, exercise);
      if (year !== undefined) byYear.set(year, (byYear.get(year) ?? 0) + amount);
    }
  }
  return byYear;
}

function requireYear(year: number, argument: string): void {
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) {
    throw new MetricError("#NUM!", "yearOutOfRange", { argument, value: year });
  }
}

export interface YearSpan {
  from: number | null;
  to: number | null;
}

function yearSpan(byYear: Map<number, number>, { from, to }: YearSpan): { first: number; last: number } {
  if (from !== null) requireYear(from, "from_year");
  if (to !== null) requireYear(to, "to_year");
  const present = [...byYear.keys()];
  if ((from === null || to === null) && present.length === 0) {
    throw new MetricError("#N/A", "noMaturityDates", { argument: "maturity_dates" });
  }
  const first = from ?? Math.min(...present);
  const last = to ?? Math.max(...present);
  if (first > last) throw new MetricError("#NUM!", "yearsReversed", { from: first, to: last });
  return { first, last };
}

/**
 * One row per year from the first to the last (zero years included): year, amount due
 * ≡ SUMPRODUCT((YEAR(effective)=year)*amounts), share ≡ that / SUM(amounts) (#DIV/0! in the cell for a 0 total).
 */
export function maturityProfile(
  amounts: Range,
  maturityDates: Range,
  exerciseDates: Range | null,
  span: YearSpan,
): ResultGrid {
  requireSameShape(amounts, "amounts", maturityDates, "maturity_dates");
  if (exerciseDates) requireSameShape(amounts, "amounts", exerciseDates, "exercise_dates");
  const byYear = amountsByYear(amounts, maturityDates, exerciseDates);
  const { first, last } = yearSpan(byYear, span);
  const total = sumOf(amounts);
  const rows: ResultGrid = [];
  for (let year = first; year <= last; year++) {
    const due = byYear.get(year) ?? 0;
    // Each year's sum overflows on its own, as SUMPRODUCT's would: #NUM! in its cells.
    const share = Number.isFinite(due) ? divideInCell(due, total) : sharedError("#NUM!", "numberTooLarge");
    rows.push([year, due, share]);
  }
  return rows;
}
