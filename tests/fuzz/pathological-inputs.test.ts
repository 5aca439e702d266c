/**
 * Inputs built to make a naive implementation hang or blow up, each aimed at one algorithm: backtracking wildcard
 * matching, suggestion scoring over pasted text, the widest year span, spills at Excel's grid edge. Each must answer
 * (an Excel value or error) within jest's timeout; the generated fuzzing lives in every-function.test.ts.
 */
import { callRegistered, registeredFunctions } from "../support/registered";

const registry = registeredFunctions();

describe("inputs that could make a naive implementation hang", () => {
  it("matches a criterion with many wildcards against long text at once (no backtracking blow-up)", () => {
    const long = "a".repeat(20000);
    const labels = [[long], [long]];
    const result = callRegistered(registry, "SHARE", [[1], [2]], labels, `${"*a".repeat(30)}*b`);
    expect((result as CustomFunctions.Error).code).toBe("#N/A");
  });

  it("answers at once for a star and a long literal against cells of the longest text (no quadratic matching)", () => {
    const longest = "a".repeat(32_767);
    const criterion = `*${"a".repeat(30_000)}b`;
    const result = callRegistered(registry, "SHARE", [[1], [2]], [[longest], [longest]], criterion);
    expect((result as CustomFunctions.Error).code).toBe("#VALUE!");
  });

  it("suggests names for a very long unknown company name", () => {
    const result = callRegistered(registry, "COMPANY", "浙".repeat(100000), null);
    expect((result as CustomFunctions.Error).code).toBe("#N/A");
  });

  it("spills every year of the widest span Excel has", () => {
    const rows = callRegistered(registry, "MATURITYPROFILE", [[1]], [[45991]], null, 1900, 9999, false) as unknown[][];
    expect(rows).toHaveLength(8100);
  });
});
