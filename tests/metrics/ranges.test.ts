/** SUM's rules over a range, as every SUM-based metric reads its cells (src/metrics/ranges.ts). */
import { sumOf } from "../../src/metrics/ranges";

describe("sumOf", () => {
  it("adds the numbers in sheet order and leaves out blanks, text and booleans", () => {
    expect(
      sumOf([
        [1, null, "2"],
        [true, 3.5, ""],
      ]),
    ).toBe(4.5);
  });

  it("leaves out NaN and ±Infinity (a script's cells, never Excel's) wherever they sit, as it leaves out text", () => {
    expect(sumOf([[1], [Number.NaN], [2]])).toBe(3);
    expect(sumOf([[Infinity], [5], [-Infinity]])).toBe(5);
    expect(sumOf([[-Infinity], [7]])).toBe(7);
  });

  it("answers #NUM! when finite numbers overflow, as SUM does", () => {
    expect(() => sumOf([[1e308], [1e308]])).toThrow(expect.objectContaining({ code: "#NUM!" }));
  });

  it("throws the first error value it meets, as SUM returns it", () => {
    const na = { code: "#N/A" };
    expect(() => sumOf([[1], [na], [{ code: "#DIV/0!" }]])).toThrow(expect.objectContaining({ code: "#N/A" }));
  });
});
