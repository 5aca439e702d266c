/**
 * The metric functions' behaviour beyond the oracle: argument rules and errors of the spec, messages that name the
 * argument, spill shapes and headers, and what Excel passes that a formula engine never sees (null optionals,
 * ISO text dates, full-width ratings).
 */
import { callRegistered, registeredFunctions } from "../support/registered";

const registry = registeredFunctions();
const call = (id: string, ...args: unknown[]) => callRegistered(registry, id, ...args);
const col = (...values: unknown[]) => values.map((v) => [v]);

function expectError(result: unknown, code: string, message?: RegExp): void {
  expect(result).toBeInstanceOf(CustomFunctions.Error);
  const error = result as CustomFunctions.Error;
  expect(error.code).toBe(code);
  if (message) expect(error.message).toMatch(message);
}

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
});

describe("TOP5SHARE", () => {
  const values = col(50, 40, 30, 20, 10, 5, 5);

  it("adds the 5 largest by default and n of them when given", () => {
    expect(call("TOP5SHARE", values, null)).toBeCloseTo(150 / 160, 12);
    expect(call("TOP5SHARE", values, 2)).toBeCloseTo(90 / 160, 12);
  });

  it("returns #NUM! for an n that is not a whole number of at least 1, and #VALUE! naming n for text", () => {
    for (const n of [0, -1, 2.5]) expectError(call("TOP5SHARE", values, n), "#NUM!");
    expectError(call("TOP5SHARE", values, "five"), "#VALUE!", /\bn\b.*"five"/);
  });

  it("returns #NUM! when fewer than n numbers (before looking at the total), #DIV/0! for a 0 total", () => {
    expectError(call("TOP5SHARE", col(0, 0, "x"), 3), "#NUM!");
    expectError(call("TOP5SHARE", col(5, -5, 0), 3), "#DIV/0!");
  });
});

describe("TOPN", () => {
  it("keeps sheet order for ties and shows a blank label as empty text, under a header row", () => {
    const result = call("TOPN", col(3, 7, 3, "x", 7), col("a", "b", null, "d", "e"), 4, null);
    expect(result).toEqual([
      ["Label", "Value", "Share"],
      ["b", 7, 0.35],
      ["e", 7, 0.35],
      ["a", 3, 0.15],
      ["", 3, 0.15],
    ]);
  });

  it("reads 2-D ranges row by row and leaves the header out on FALSE", () => {
    expect(
      call(
        "TOPN",
        [
          [1, 4],
          [3, 2],
        ],
        [
          ["a", "b"],
          ["c", "d"],
        ],
        2,
        false,
      ),
    ).toEqual([
      ["b", 4, 0.4],
      ["c", 3, 0.3],
    ]);
  });

  it("names both ranges when their shapes differ, and says when values holds no number", () => {
    expectError(call("TOPN", col(1, 2), col("a"), null, null), "#VALUE!", /values \(2×1\).*labels \(1×1\)/);
    expectError(call("TOPN", col("x", null), col("a", "b"), null, null), "#N/A", /values/);
  });

  it("puts #VALUE! in a label cell longer than Excel's 32,767 characters, and returns one of 32,767 as it is", () => {
    const longest = "a".repeat(32_767);
    const [[tooLong], [fits]] = call("TOPN", col(2, 1), col(`${longest}b`, longest), null, false) as unknown[][];
    expectError(tooLong, "#VALUE!", /32,?767/);
    expect(fits).toBe(longest);
  });

  it("puts #DIV/0! in the share cells only when the values add up to 0", () => {
    const result = call("TOPN", col(5, -5), col("a", "b"), null, false) as unknown[][];
    expect(result.map((row) => row.slice(0, 2))).toEqual([
      ["a", 5],
      ["b", -5],
    ]);
    for (const row of result) expectError(row[2], "#DIV/0!");
  });
});

describe("SHARE", () => {
  it("returns #N/A naming the label when no label matches, #VALUE! when the label is blank", () => {
    expectError(call("SHARE", col(1, 2), col("a", "b"), "浙商资产"), "#N/A", /浙商资产/);
    expectError(call("SHARE", col(1, 2), col("a", "b"), ""), "#VALUE!", /label/);
  });

  it("adds every matching label (a company listed twice)", () => {
    expect(call("SHARE", col(1, 2, 3), col("a", "b", "A"), "a")).toBeCloseTo(4 / 6, 12);
  });
});

describe("GROWTHRATE, ANNUALIZE, ROA, ROE", () => {
  it("GROWTHRATE requires current and prior of the same shape", () => {
    expectError(call("GROWTHRATE", col(1, 2), col(1)), "#VALUE!", /current.*prior/);
  });

  it("ANNUALIZE accepts months up to 12 and rejects 0, negatives and more than a year", () => {
    expect(call("ANNUALIZE", 0.01, 12)).toBe(0.01);
    expect(call("ANNUALIZE", "1%", "6")).toBeCloseTo(0.02, 15);
    for (const months of [0, -6, 12.5, null]) expectError(call("ANNUALIZE", 0.01, months), "#NUM!");
    expectError(call("ANNUALIZE", 0.01, "six"), "#VALUE!", /months/);
  });

  it("ROA treats an omitted or blank months as 12, and names the begin/end ranges on a shape mismatch", () => {
    const full = call("ROA", col(10), col(100), col(100), null);
    expect(full).toBeCloseTo(0.1, 15);
    expect(call("ROA", col(10), col(100), col(100), "")).toBe(full);
    expect(call("ROA", col(5), col(100), col(100), 6)).toBeCloseTo(0.1, 15);
    expectError(call("ROA", col(1), col(1, 2), col(1), null), "#VALUE!", /assets_begin.*assets_end/);
    expectError(call("ROE", col(1), col(1, 2), col(1), null), "#VALUE!", /equity_begin.*equity_end/);
    expectError(call("ROE", col(1), col(0), col(0), null), "#DIV/0!");
  });
});

describe("BONDFLOWS", () => {
  const amounts = col(10, 20, 5);
  const serialIssue = col(45352, 45519, 44228);
  const serialMaturity = col(46447, 45884, 45323);
  const isoIssue = col("2024-03-01", "2024-08-15", "2021-02-01");
  const isoMaturity = col("2027-03-01", "2025-08-15", "2024-02-01");

  it("reads ISO text dates in the ranges and the window exactly as serial dates", () => {
    const bySerial = call("BONDFLOWS", amounts, serialIssue, serialMaturity, 45292, 45657, false);
    expect(bySerial).toEqual([[30, 5, 25]]);
    expect(call("BONDFLOWS", amounts, isoIssue, isoMaturity, "2024-01-01", "2024-12-31", false)).toEqual(bySerial);
  });

  it("includes both ends of the window", () => {
    expect(call("BONDFLOWS", col(1, 2), col(45292, 45657), col(0, 0), 45292, 45657, false)).toEqual([[3, 0, 3]]);
  });

  it("names start when it is not a date, and the ranges when their shapes differ", () => {
    expectError(call("BONDFLOWS", amounts, isoIssue, isoMaturity, "last year", 45657, null), "#VALUE!", /start/);
    expectError(call("BONDFLOWS", amounts, col(1), isoMaturity, 1, 2, null), "#VALUE!", /issue_dates/);
  });
});

describe("MATURITYPROFILE", () => {
  const amounts = col(10, 20, 5);
  const maturities = col("2027-03-01", "2026-08-15", "2029-02-01");

  it("lists every year from the first to the last, zero years included, exercise dates first", () => {
    expect(call("MATURITYPROFILE", amounts, maturities, col("", "", "2026-02-01"), null, null, false)).toEqual([
      [2026, 25, 25 / 35],
      [2027, 10, 10 / 35],
    ]);
    expect(call("MATURITYPROFILE", amounts, maturities, null, null, null, false)).toEqual([
      [2026, 20, 20 / 35],
      [2027, 10, 10 / 35],
      [2028, 0, 0],
      [2029, 5, 5 / 35],
    ]);
  });

  it("uses the years given, one default filling the other", () => {
    const rows = call("MATURITYPROFILE", amounts, maturities, null, 2025, null, false) as unknown[][];
    expect(rows.map((row) => row[0])).toEqual([2025, 2026, 2027, 2028, 2029]);
    expect(rows[0][1]).toBe(0);
  });

  it("returns #NUM! for years that are not whole years or run backwards, #N/A when no amount has a date", () => {
    expectError(call("MATURITYPROFILE", amounts, maturities, null, 2026.5, null, null), "#NUM!");
    expectError(call("MATURITYPROFILE", amounts, maturities, null, 2030, 2026, null), "#NUM!");
    expectError(
      call("MATURITYPROFILE", amounts, col("n/a", null, ""), null, null, null, null),
      "#N/A",
      /maturity_dates/,
    );
    expectError(call("MATURITYPROFILE", amounts, maturities, null, "2026年", null, null), "#VALUE!", /from_year/);
  });
});

describe("TERMSHARE and ISSUANCESPLIT", () => {
  it("TERMSHARE takes a tenor or a SUMIF criterion; a blank tenor is #VALUE!", () => {
    expect(call("TERMSHARE", col(3, 5, 0.5), col(40, 40, 20), 3)).toBeCloseTo(0.4, 15);
    expect(call("TERMSHARE", col(3, 5, 0.5), col(40, 40, 20), ">=1")).toBeCloseTo(0.8, 15);
    expectError(call("TERMSHARE", col(3), col(1), null), "#VALUE!", /tenor/);
  });

  it("ISSUANCESPLIT splits at one year: under one year is short-term, one year is long-term", () => {
    expect(call("ISSUANCESPLIT", col(1, 2, 4), col(0.75, 1, 3), null)).toEqual([
      ["Short-term (<1 year)", "Long-term (≥1 year)"],
      [1, 6],
    ]);
  });
});

describe("DISTRIBUTION", () => {
  it("labels buckets ≤first, lower–upper, >last with the upper bound inclusive", () => {
    expect(call("DISTRIBUTION", col(100, 101, 300, 500.5, "x"), col(100, 300, 500), false)).toEqual([
      ["≤100", 1, 0.25],
      ["100–300", 2, 0.5],
      ["300–500", 0, 0],
      [">500", 1, 0.25],
    ]);
  });

  it("refuses bounds that are not strictly ascending, or none at all, naming bounds", () => {
    expectError(call("DISTRIBUTION", col(1), col(300, 100), null), "#VALUE!", /bounds.*100.*300|bounds.*300.*100/);
    expectError(call("DISTRIBUTION", col(1), col(100, 100), null), "#VALUE!", /bounds/);
    expectError(call("DISTRIBUTION", col(1), col("", "x"), null), "#VALUE!", /bounds/);
  });
});

describe("ratings", () => {
  it("RATINGDIST reads AA⁺, AA＋, ａａ+ and AA+ as one rating, skips blanks and NR, and keeps scale order", () => {
    expect(call("RATINGDIST", col("AA⁺", "AAA", "AA＋", "ａａ+", "NR", null, "A-", "AA+"), false)).toEqual([
      ["AAA", 1, 1 / 6],
      ["AA+", 4, 4 / 6],
      ["A-", 1, 1 / 6],
    ]);
  });

  it("RATINGDIST names an unknown rating and returns #N/A when nothing is rated", () => {
    expectError(call("RATINGDIST", col("AAA", "AX"), null), "#VALUE!", /"AX"/);
    expectError(call("RATINGDIST", col("NR", null), null), "#N/A", /ratings/);
  });

  it("RATINGRANK counts down the scale from AAA = 1 to C = 19, AA⁻ being AA-", () => {
    expect(["AAA", "AA+", "AA", "AA⁻", "A+", "BBB-", "CCC", "C"].map((r) => call("RATINGRANK", r))).toEqual([
      1, 2, 3, 4, 5, 10, 17, 19,
    ]);
    for (const bad of ["AAAA", "", 1, "A-1"]) expectError(call("RATINGRANK", bad), "#VALUE!", /rating/);
  });

  it("LOWERRATING takes the lowest rating (按级别取下); #N/A when none", () => {
    expect(call("LOWERRATING", [["AAA", "AA-", null, "AA"]])).toBe("AA-");
    expectError(call("LOWERRATING", [["NR", ""]]), "#N/A");
  });

  it("MIGRATION counts upgrades, unchanged and downgrades over pairs rated at both dates", () => {
    const from = col("AA", "AA+", "AAA", null, "AA");
    const to = col("AA+", "AA+", "AA+", "AAA", "AA-");
    expect(call("MIGRATION", from, to, null)).toEqual([
      ["Upgrades", "Unchanged", "Downgrades"],
      [1, 1, 2],
    ]);
    expectError(call("MIGRATION", col("AA"), col("AA", "A"), null), "#VALUE!", /from_ratings.*to_ratings/);
  });
});

describe("SPREADBP", () => {
  it("gives a single spread for single cells and spills for a column against one benchmark", () => {
    expect(call("SPREADBP", 0.0285, 0.0235)).toEqual([[expect.closeTo(50, 9)]]);
    const spill = call("SPREADBP", col(0.03, 0.025), [[0.02]]) as number[][];
    expect(spill.map((row) => row.map((v) => Math.round(v)))).toEqual([[100], [50]]);
  });

  it("answers #VALUE! naming the size when broadcasting would spill over 5,000,000 cells or past the sheet", () => {
    const yields = (rows: number) => Array.from({ length: rows }, () => [0.03]);
    const benchmarks = (columns: number) => [new Array(columns).fill(0.02)];
    expectError(call("SPREADBP", yields(2_000), benchmarks(3_000)), "#VALUE!", /2000×3000/);
    expectError(call("SPREADBP", benchmarks(16_385), 0.01), "#VALUE!", /1×16385/);
    expect((call("SPREADBP", benchmarks(16_384), 0.01) as unknown[][])[0]).toHaveLength(16_384);
    expect(call("SPREADBP", yields(2_000), benchmarks(10))).toHaveLength(2_000);
  });

  it("throws #VALUE! naming the argument for a single text cell, and marks a text cell inside a range", () => {
    expectError(call("SPREADBP", "high", 0.02), "#VALUE!", /bond_yield/);
    const spill = call("SPREADBP", col(0.03, "n/a"), [[0.02]]) as unknown[][];
    expectError(spill[1][0], "#VALUE!");
  });

  it("answers #NUM! where a spread overflows Excel's largest number, in that cell only", () => {
    expectError(call("SPREADBP", 1e305, -1e305), "#NUM!");
    const spill = call("SPREADBP", col(0.03, 1e305), col(0.02, -1e305)) as unknown[][];
    expect(spill[0][0]).toBeCloseTo(100, 9);
    expectError(spill[1][0], "#NUM!");
  });
});

describe("what every function shares", () => {
  it("messages follow Excel's display language", () => {
    (globalThis as { Office?: unknown }).Office = { context: { displayLanguage: "zh-CN" } };
    expectError(call("GROWTHRATE", col(1, 2), col(1)), "#VALUE!", /形状必须相同/);
    expect((call("TOPN", col(1), col("a"), null, null) as unknown[][])[0]).toEqual(["名称", "数值", "占比"]);
  });

  it("returns an error value found inside a range, as SUM does", () => {
    const error = new CustomFunctions.Error("#REF!" as CustomFunctions.ErrorCode);
    expect(call("NETFINANCING", [[1], [error]], [[0]])).toBe(error);
  });

  it("treats a single value passed for a range as a 1×1 range", () => {
    expect(call("DEBTRATIO", 426.06, 1128.45)).toBeCloseTo(0.37756, 5);
    expect(call("HHI", 7)).toBe(10000);
  });
});
