/** What every spill hands Excel: safe cells, an optional header row, and never more than Excel's grid holds. */
import { toExcelError } from "../../src/functions/excel-errors";
import { spill } from "../../src/functions/spill";

const EXCEL_ROWS = 1_048_576;
const EXCEL_COLUMNS = 16_384;

/** What Excel shows for what a spill throws. */
function thrown(body: () => unknown): unknown {
  try {
    body();
  } catch (error) {
    return toExcelError(error);
  }
  throw new Error("did not throw");
}

describe("spill", () => {
  it("turns blanks into empty text, non-finite numbers into #NUM! and Dates into serial numbers", () => {
    const [[blank, nan, infinite, date]] = spill([[null, Number.NaN, Infinity, new Date(Date.UTC(2025, 10, 30))]]);
    expect(blank).toBe("");
    expect((nan as CustomFunctions.Error).code).toBe("#NUM!");
    expect((infinite as CustomFunctions.Error).code).toBe("#NUM!");
    expect(date).toBe(45991);
  });

  it("answers #N/A with a message for rows without a cell, as for no rows at all (Excel shows no 2×0 array)", () => {
    for (const rows of [[], [[]], [[], []]]) {
      const error = thrown(() => spill(rows)) as CustomFunctions.Error;
      expect([error.code, error.message]).toEqual(["#N/A", expect.stringMatching(/empty/)]);
    }
  });

  it("puts a copy of the header row on top, so that no result shares the row another result shows", () => {
    const headers = ["发行", "到期", "净额"];
    const first = spill([[1, 2, -1]], headers);
    expect(first).toEqual([headers, [1, 2, -1]]);
    first[0][0] = "changed";
    expect(spill([[3, 4, -1]], headers)[0]).toEqual(["发行", "到期", "净额"]);
    expect(spill([], headers)).toEqual([headers]);
  });

  it("fills Excel's grid to the last row, and answers #VALUE! naming the size for one row more (the header)", () => {
    const rows = Array.from({ length: EXCEL_ROWS }, () => [1]);
    expect(spill(rows)).toHaveLength(EXCEL_ROWS);
    const error = thrown(() => spill(rows, ["Value"])) as CustomFunctions.Error;
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toContain(`${EXCEL_ROWS + 1}×1`);
  });

  it("fills Excel's grid to the last column, and answers #VALUE! for one column more", () => {
    expect(spill([new Array(EXCEL_COLUMNS).fill(1)])[0]).toHaveLength(EXCEL_COLUMNS);
    const error = thrown(() => spill([new Array(EXCEL_COLUMNS + 1).fill(1)])) as CustomFunctions.Error;
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toContain(`1×${EXCEL_COLUMNS + 1}`);
  });
});
