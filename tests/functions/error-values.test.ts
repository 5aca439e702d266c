/**
 * An error value in a range argument is the function's result wherever its ≡ formula makes it so: SUM, LARGE and
 * SUMPRODUCT return the first error of their range, and so do the functions built on them, in every cell of every
 * such argument. The metrics look for error values in the loops that read the cells (no separate pass: see
 * src/metrics/ranges.ts), so this proves, cell by cell, that they read every cell, including the cells their
 * arithmetic skips (text amounts, blank dates).
 *
 * Where the formula passes over an error or keeps it in one cell, the function does the same: SUMIF and SUMIFS
 * (SHARE, TERMSHARE, ISSUANCESPLIT, BONDFLOWS) take an error only from a row their criteria take, array arithmetic
 * (SPREADBP) and TAKE(SORTBY(…)) (TOPN) show it in its own cell. tests/functions/excel-equivalence.test.ts judges
 * those against HyperFormula on generated ranges with errors; the cases below pin them down, including one-cell
 * ranges, which HyperFormula reads as single values (it returns their error where Excel reads a range).
 */
import { callRegistered, registeredFunctions } from "../support/registered";

const registry = registeredFunctions();
const col = (...values: unknown[]) => values.map((v) => [v]);
const call = (id: string, ...args: unknown[]) => callRegistered(registry, id, ...args);
const errorValue = (code: string) => new CustomFunctions.Error(code as CustomFunctions.ErrorCode);

/**
 * A valid call of each metric function with a range argument (every range holds a cell the arithmetic skips), and
 * the arguments in which any error value is the result (all range arguments when not given).
 */
const PROPAGATING_CALLS: [string, unknown[], number[]?][] = [
  ["TOP5SHARE", [col(3, "n/a", 2, 1), 2]],
  ["SHARE", [col(3, "n/a", 2, 1), col("a", "b", "c", null), "a"], [0]], // SUM(values)
  ["HHI", [col(3, "n/a", 2, 1)]],
  ["GROWTHRATE", [col(3, "n/a", 2, 1), col(1, 1, null, 1)]],
  ["ROA", [col(1, "n/a", 3), col(10, 10, null), col(12, 12, 12), 6]],
  ["ROE", [col(1, 2, ""), col(10, "—", 10), col(12, 12, 12), null]],
  ["DEBTRATIO", [col(3, "n/a", 2), col(10, 10, null)]],
  ["CASHCOVER", [col(3, "", 2), col(10, "n/a", 10)]],
  ["NETFINANCING", [col(3, "n/a", 2), col(1, null, 1)]],
  ["MATURITYPROFILE", [col(10, "n/a", 5), col(46000, 46500, 47000), col(null, 46100, ""), null, null, true]],
  ["TERMSHARE", [col(3, 5, null), col(43, "n/a", 17), 3], [1]], // SUM(amounts)
  ["DISTRIBUTION", [col(1, "n/a", 9), col(2, 6), true]],
  ["RATINGDIST", [col("AAA", "NR", null, "AA"), true]],
  ["LOWERRATING", [col("AAA", "NR", null, "AA")]],
  ["MIGRATION", [col("AA+", "AA", null), col("AAA", "NR", "AA+"), true]],
];

/** Every (argument, row, column) of the call's range arguments, or of the listed ones. */
function rangeCells(args: unknown[], only?: number[]): [number, number, number][] {
  return args.flatMap((arg, index) =>
    Array.isArray(arg) && (only === undefined || only.includes(index))
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

describe.each(PROPAGATING_CALLS)("%s", (id, args, only) => {
  it("returns a value for the valid call (so an error below can only come from the error cell)", () => {
    expect(call(id, ...args)).not.toBeInstanceOf(CustomFunctions.Error);
  });

  it.each(rangeCells(args, only))("returns the error value put in argument %i, row %i, column %i", (index, r, c) => {
    const error = errorValue("#REF!");
    expect(call(id, ...withErrorAt(args, [index, r, c], error))).toBe(error);
  });
});

describe("SHARE and TERMSHARE (≡ SUMIF(…)/SUM(…))", () => {
  it("pass over an error among the criteria cells: it equals no label or tenor", () => {
    const values = col(3, 2, 1);
    expect(call("SHARE", values, col("a", errorValue("#N/A"), "a"), "a")).toBe(4 / 6);
    expect(call("TERMSHARE", col(3, errorValue("#N/A"), 5), values, 3)).toBe(3 / 6);
    expect(call("SHARE", [[5]], [[errorValue("#N/A")]], "<>a")).toBe(1);
  });

  it("take the error row for a <> criterion, as Excel's <> takes every cell not equal", () => {
    expect(call("SHARE", col(3, 2, 1), col("a", errorValue("#N/A"), "c"), "<>a")).toBe(3 / 6);
  });

  it("return SUMIF's error (a matched row's) before SUM's (any row's)", () => {
    const [na, ref] = [errorValue("#N/A"), errorValue("#REF!")];
    expect(call("SHARE", col(ref, 2, na), col("b", "a", "a"), "a")).toBe(na);
    expect(call("SHARE", col(ref, 2, 1), col("b", "a", "a"), "a")).toBe(ref);
  });

  it("answer #N/A for a label no cell has, even beside an error value (COUNTIF(labels,label)=0 first)", () => {
    const result = call("SHARE", col(errorValue("#REF!"), 2), col("a", "b"), "zzz") as CustomFunctions.Error;
    expect(result.code).toBe("#N/A");
    expect(result.message).toMatch(/zzz/);
  });
});

describe('ISSUANCESPLIT (≡ SUMIF(tenors,"<1",amounts), SUMIF(tenors,">=1",amounts))', () => {
  it("shows an error amount in the cell of the sum its tenor puts it in, the other sum computed", () => {
    const na = errorValue("#N/A");
    expect(call("ISSUANCESPLIT", col(10, na, 5), col(3, 0.5, 0.25), false)).toEqual([[na, 10]]);
    expect(call("ISSUANCESPLIT", col(10, na, 5), col(3, 2, 0.25), false)).toEqual([[5, na]]);
  });

  it("passes over an error amount whose tenor is not a number, and an error tenor", () => {
    const na = errorValue("#N/A");
    expect(call("ISSUANCESPLIT", col(10, na, 5), col(3, "n/a", 0.25), false)).toEqual([[5, 10]]);
    expect(call("ISSUANCESPLIT", col(10, 7, 5), col(3, na, 0.25), false)).toEqual([[5, 10]]);
    expect(call("ISSUANCESPLIT", [[7]], [[na]], false)).toEqual([[0, 0]]);
  });
});

describe('BONDFLOWS (≡ SUMIFS(amounts,dates,">="&start,dates,"<="&end) on each date column, and the difference)', () => {
  const [start, end] = [45292, 45657];

  it("shows an error amount in each sum whose dates take its row, and in the net", () => {
    const na = errorValue("#N/A");
    const amounts = col(10, na, 5);
    const issued = col(45300, 45400, 45000);
    const matured = col(46000, 47000, 45500);
    expect(call("BONDFLOWS", amounts, issued, matured, start, end, false)).toEqual([[na, 5, na]]);
    expect(call("BONDFLOWS", amounts, matured, issued, start, end, false)).toEqual([[5, na, na]]);
  });

  it("passes over an error amount outside the window and an error date", () => {
    const na = errorValue("#N/A");
    expect(call("BONDFLOWS", col(10, na), col(45300, 40000), col(46000, 40000), start, end, false)).toEqual([
      [10, 0, 10],
    ]);
    expect(call("BONDFLOWS", col(10, 7), col(45300, na), col(46000, na), start, end, false)).toEqual([[10, 0, 10]]);
    expect(call("BONDFLOWS", [[7]], [[na]], [[na]], start, end, false)).toEqual([[0, 0, 0]]);
  });
});

describe("SPREADBP (≡ (bond_yield-benchmark)*10000, cell by cell)", () => {
  it("shows an error yield in its own cell only, and a single error benchmark in every cell", () => {
    const na = errorValue("#N/A");
    const spreads = call("SPREADBP", col(0.03, na, 0.025), [[0.02]]) as unknown[][];
    expect(spreads[1][0]).toBe(na);
    expect([spreads[0][0], spreads[2][0]]).toEqual([expect.closeTo(100, 9), expect.closeTo(50, 9)]);
    expect(call("SPREADBP", col(0.03, 0.025), [[na]])).toEqual([[na], [na]]);
  });

  it("returns the error of a one-cell spread as its result", () => {
    const na = errorValue("#N/A");
    expect(call("SPREADBP", na, 0.02)).toBe(na);
    expect(call("SPREADBP", 0.03, [[na]])).toBe(na);
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
    const error = errorValue("#REF!");
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
