/**
 * SUMIF/COUNTIF criteria as Excel reads them, including the cases HyperFormula cannot judge (text ordering) or
 * judges differently from Excel; each case names the Excel behaviour it pins down.
 */
import { criterionOf, shareOfTotal, sumIfWithTotal } from "../../src/metrics/criteria";
import { MetricError } from "../../src/metrics/errors";

const matches = (criterion: unknown, cells: unknown[]) => cells.filter(criterionOf(criterion));

describe("criteria", () => {
  it('a number matches equal numbers and text that reads as that number (COUNTIF(A:A,5) counts "5")', () => {
    expect(matches(5, [5, "5", " 5 ", "5.0", 5.0001, "five", true, null])).toEqual([5, "5", " 5 ", "5.0"]);
    expect(matches("=5", [5, "5", 6])).toEqual([5, "5"]);
  });

  it('ordering criteria compare numbers only: text and booleans never match (COUNTIF(A1,">0") ignores "1")', () => {
    expect(matches("<1", [0.5, 1, "0.5", true, false, null, ""])).toEqual([0.5]);
    expect(matches(">=1", [0.5, 1, 3, "3", true])).toEqual([1, 3]);
  });

  it("text matches whole cells, case-insensitively, with * and ? wildcards and ~ escapes", () => {
    const cells = ["浙商资产", "浙江浙商", "ABC", "abc", "a*c", "abcd", 5, null];
    expect(matches("abc", cells)).toEqual(["ABC", "abc"]);
    expect(matches("浙*", cells)).toEqual(["浙商资产", "浙江浙商"]);
    expect(matches("a?c", cells)).toEqual(["ABC", "abc", "a*c"]);
    expect(matches("a~*c", cells)).toEqual(["a*c"]);
    expect(matches("*", cells)).toEqual(["浙商资产", "浙江浙商", "ABC", "abc", "a*c", "abcd"]);
  });

  it("<> matches every cell = does not, blanks and numbers included", () => {
    expect(matches("<>abc", ["abc", "ABC", "x", 1, null])).toEqual(["x", 1, null]);
    expect(matches("<>5", [5, "5", 6, null])).toEqual([6, null]);
  });

  it('"" and "=" match blank cells; "<>" matches non-blank ones', () => {
    expect(matches("", [null, "", 0, "x"])).toEqual([null, ""]);
    expect(matches("=", [null, "", 0, "x"])).toEqual([null, ""]);
    expect(matches("<>", [null, "", 0, "x"])).toEqual([0, "x"]);
  });

  it('text ordering compares text cells only, case-insensitively (">b" matches "C" but not 5)', () => {
    expect(matches(">b", ["a", "B", "C", "cat", 5, true])).toEqual(["C", "cat"]);
  });

  it("TRUE/FALSE match booleans; an ISO date criterion matches its serial number", () => {
    expect(matches(true, [true, 1, "TRUE", false])).toEqual([true]);
    expect(matches("FALSE", [true, false, 0])).toEqual([false]);
    expect(matches(">=2025-01-01", [45657, 45658, 45700, "2025-03-01"])).toEqual([45658, 45700]);
  });

  it("a criterion of 255 characters works and a longer one is #VALUE! naming the argument, as in Excel", () => {
    const longest = "a".repeat(255);
    expect(matches(longest, [longest, `${longest}a`])).toEqual([longest]);
    expect(() => criterionOf(`${longest}a`, "label")).toThrow(
      expect.objectContaining({
        code: "#VALUE!",
        messageKey: "criterionTooLong",
        params: expect.objectContaining({ argument: "label" }),
      }),
    );
    expect(() => criterionOf(`${longest}a`)).toThrow(MetricError);
  });

  it("SUMIF adds the paired numbers of matching cells and counts the matches even when the value is not a number", () => {
    expect(sumIfWithTotal([["a"], ["b"], ["a"], ["a"]], criterionOf("a"), [[1], [2], ["x"], [4]])).toEqual({
      sum: 5,
      matchedCells: 3,
      total: 7,
    });
  });

  it("passes over error values among the criteria, and keeps the sum range's first errors for SUMIF and SUM", () => {
    const na = { code: "#N/A" };
    const div0 = { code: "#DIV/0!" };
    const sums = sumIfWithTotal([[na], ["b"], ["a"], ["a"]], criterionOf("a"), [[1], [div0], [na], [4]]);
    expect(sums).toMatchObject({ sum: 4, matchedCells: 2, total: 5, sumError: na, totalError: div0 });
    expect(() => shareOfTotal(sums)).toThrow(expect.objectContaining({ code: "#N/A" }));
    const unmatched = sumIfWithTotal([["b"], ["a"]], criterionOf("a"), [[div0], [3]]);
    expect(unmatched.sumError).toBeUndefined();
    expect(() => shareOfTotal(unmatched)).toThrow(expect.objectContaining({ code: "#DIV/0!" }));
    expect(shareOfTotal(sumIfWithTotal([[na], ["a"]], criterionOf("a"), [[1], [3]]))).toBe(0.75);
  });
});
