/**
 * Inputs built to make a naive implementation hang or blow up, each aimed at one algorithm: backtracking wildcard
 * matching, suggestion scoring over pasted text, the widest year span, spills at Excel's grid edge. Each must answer
 * (an Excel value or error) within jest's timeout, with and without data types; the generated fuzzing lives in
 * every-function.test.ts.
 */
import { basicValue } from "../support/data-types";
import { callRegistered, registeredFunctions } from "../support/registered";

const REGISTRIES = [
  ["without data types", registeredFunctions()],
  ["with data types", registeredFunctions({ dataTypes: true })],
] as const;

/** jest cannot interrupt a synchronous call that hangs, nor fails it afterwards: each case checks its own time. */
const JEST_TIMEOUT_MS = 5_000;

describe.each(REGISTRIES)("inputs that could make a naive implementation hang, %s", (_mode, registry) => {
  /** The answer as a formula reading it computes with it (a formatted number as its value). */
  function answerOf(id: string, ...args: unknown[]): unknown {
    const start = performance.now();
    const answer = callRegistered(registry, id, ...args);
    expect(performance.now() - start).toBeLessThan(JEST_TIMEOUT_MS);
    return basicValue(answer);
  }

  it("matches a criterion with many wildcards against long text at once (no backtracking blow-up)", () => {
    const long = "a".repeat(20000);
    const labels = [[long], [long]];
    const result = answerOf("SHARE", [[1], [2]], labels, `${"*a".repeat(30)}*b`);
    expect((result as CustomFunctions.Error).code).toBe("#N/A");
  });

  it("answers at once for a star and a long literal against cells of the longest text (no quadratic matching)", () => {
    const longest = "a".repeat(32_767);
    const criterion = `*${"a".repeat(30_000)}b`;
    const result = answerOf("SHARE", [[1], [2]], [[longest], [longest]], criterion);
    expect((result as CustomFunctions.Error).code).toBe("#VALUE!");
  });

  it("counts a column of values over a column of as many bounds at once (no scan of every bound per value)", () => {
    const cells = 100_000;
    const values = Array.from({ length: cells }, (_, i) => [cells - i]);
    const bounds = Array.from({ length: cells }, (_, i) => [i + 0.5]);
    const rows = answerOf("DISTRIBUTION", values, bounds, false) as unknown[][];
    expect(rows).toHaveLength(cells + 1);
    expect(rows[cells]).toEqual([">99999.5", 1, 1 / cells]);
  });

  it("spreads a column of 100,000 yields against one benchmark at once (the shapes read once, not per cell)", () => {
    const yields = Array.from({ length: 100_000 }, (_, i) => [0.03 + i / 1e7]);
    const spreads = answerOf("SPREADBP", yields, 0.02) as number[][];
    expect(spreads).toHaveLength(100_000);
    expect(spreads[99_999][0]).toBeCloseTo((0.03 + 99_999 / 1e7 - 0.02) * 10000, 9);
  });

  it("suggests names for a very long unknown company name", () => {
    const result = answerOf("COMPANY", "浙".repeat(100000), null);
    expect((result as CustomFunctions.Error).code).toBe("#N/A");
  });

  it("spills every year of the widest span Excel has", () => {
    const rows = answerOf("MATURITYPROFILE", [[1]], [[45991]], null, 1900, 9999, false) as unknown[][];
    expect(rows).toHaveLength(8100);
  });
});
