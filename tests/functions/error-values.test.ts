/**
 * An error value in any cell of any range argument is the function's result, as SUM returns the first error of its
 * range. The metrics look for error values in the loops that read the cells (no separate pass: see
 * src/metrics/ranges.ts), so this proves, cell by cell, that every metric function reads every cell of every range
 * argument, including the cells its arithmetic skips (text amounts, blank dates). One exception follows its ≡
 * formula: TOPN's labels, where TAKE(SORTBY(HSTACK(labels,…))) shows a label's error in its own cell when the row
 * is ranked and drops it when it is not.
 */
import { callRegistered, registeredFunctions } from "../support/registered";

const registry = registeredFunctions();
const col = (...values: unknown[]) => values.map((v) => [v]);

/** A valid call of each metric function with a range argument; every range holds a cell the arithmetic skips. */
const VALID_CALLS: [string, unknown[]][] = [
  ["TOP5SHARE", [col(3, "n/a", 2, 1), 2]],
  ["SHARE", [col(3, "n/a", 2, 1), col("a", "b", "c", null), "a"]],
  ["HHI", [col(3, "n/a", 2, 1)]],
  ["GROWTHRATE", [col(3, "n/a", 2, 1), col(1, 1, null, 1)]],
  ["ROA", [col(1, "n/a", 3), col(10, 10, null), col(12, 12, 12), 6]],
  ["ROE", [col(1, 2, ""), col(10, "—", 10), col(12, 12, 12), null]],
  ["DEBTRATIO", [col(3, "n/a", 2), col(10, 10, null)]],
  ["CASHCOVER", [col(3, "", 2), col(10, "n/a", 10)]],
  ["NETFINANCING", [col(3, "n/a", 2), col(1, null, 1)]],
  ["BONDFLOWS", [col(10, "n/a", 5), col(45300, 45400, null), col(46000, null, 45350), 45292, 45657, true]],
  ["MATURITYPROFILE", [col(10, "n/a", 5), col(46000, 46500, 47000), col(null, 46100, ""), null, null, true]],
  ["TERMSHARE", [col(3, 5, null), col(43, "n/a", 17), 3]],
  ["ISSUANCESPLIT", [col(607, "n/a", 100), col(3, 0.5, "x"), true]],
  ["DISTRIBUTION", [col(1, "n/a", 9), col(2, 6), true]],
  ["RATINGDIST", [col("AAA", "NR", null, "AA"), true]],
  ["LOWERRATING", [col("AAA", "NR", null, "AA")]],
  ["MIGRATION", [col("AA+", "AA", null), col("AAA", "NR", "AA+"), true]],
  ["SPREADBP", [col(0.03, null, 0.026), [[0.02]]]],
];

/** Every (argument, row, column) of the call's range arguments. */
function rangeCells(args: unknown[]): [number, number, number][] {
  return args.flatMap((arg, index) =>
    Array.isArray(arg)
      ? (arg as unknown[][]).flatMap((row, r) => row.map((_, c) => [index, r, c] as [number, number, number]))
      : [],
  );
}

function withErrorAt(args: unknown[], [index, r, c]: [number, number, number], error: unknown): unknown[] {
  return args.map((arg, i) =>
    i === index
      ? (arg as unknown[][]).map((row, rr) => row.map((cell, cc) => (rr === r && cc === c ? error : cell)))
      : arg,
  );
}

describe.each(VALID_CALLS)("%s", (id, args) => {
  it("returns a value for the valid call (so an error below can only come from the error cell)", () => {
    expect(callRegistered(registry, id, ...args)).not.toBeInstanceOf(CustomFunctions.Error);
  });

  it.each(rangeCells(args))("returns the error value put in argument %i, row %i, column %i", (index, r, c) => {
    const error = new CustomFunctions.Error("#REF!" as CustomFunctions.ErrorCode);
    expect(callRegistered(registry, id, ...withErrorAt(args, [index, r, c], error))).toBe(error);
  });
});

describe("where several cells hold errors", () => {
  it("returns the first in sheet order, as SUM does", () => {
    const first = new CustomFunctions.Error("#N/A" as CustomFunctions.ErrorCode);
    const second = new CustomFunctions.Error("#REF!" as CustomFunctions.ErrorCode);
    expect(callRegistered(registry, "NETFINANCING", col(1, first, second), col(0))).toBe(first);
    expect(
      callRegistered(registry, "HHI", [
        [1, second],
        [first, 2],
      ]),
    ).toBe(second);
  });
});

describe("TOPN (≡ TAKE(SORTBY(HSTACK(labels,values,values/SUM(values)),values,-1),n))", () => {
  const values = col(3, "n/a", 2, 1);
  const labels = () => col("a", "b", "c", null);

  it.each([0, 1, 2, 3])("returns the error value put in values row %i as its result", (r) => {
    const error = new CustomFunctions.Error("#REF!" as CustomFunctions.ErrorCode);
    const broken = values.map((row, rr) => (rr === r ? [error] : row));
    expect(callRegistered(registry, "TOPN", broken, labels(), 2, true)).toBe(error);
  });

  it("shows an error label in its own cell when its row is ranked", () => {
    const error = new CustomFunctions.Error("#N/A" as CustomFunctions.ErrorCode);
    const withError = labels();
    withError[0] = [error];
    const result = callRegistered(registry, "TOPN", values, withError, 2, false) as unknown[][];
    expect(result[0][0]).toBeInstanceOf(CustomFunctions.Error);
    expect((result[0][0] as CustomFunctions.Error).code).toBe("#N/A");
    expect(result.map((row) => row.slice(1))).toEqual([
      [3, 0.5],
      [2, 2 / 6],
    ]);
  });

  it("ignores an error label whose row is not ranked, as TAKE drops that row", () => {
    const error = new CustomFunctions.Error("#N/A" as CustomFunctions.ErrorCode);
    const withError = labels();
    withError[3] = [error];
    expect(callRegistered(registry, "TOPN", values, withError, 2, false)).toEqual([
      ["a", 3, 0.5],
      ["c", 2, 2 / 6],
    ]);
  });
});
