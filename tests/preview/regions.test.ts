/** Excel's current region as the preview computes it: bounded by blank rows and columns, diagonals joining blocks. */
import { surroundingRegion } from "../../src/preview/workbook/regions";

const cells = (...places: [number, number][]) => places.map(([row, column]) => ({ row, column }));
const at = (row: number, column: number) => ({ row, column, rowCount: 1, columnCount: 1 });

describe("the current region", () => {
  it("is the cell itself when nothing touches it", () => {
    expect(surroundingRegion(at(4, 4), cells([0, 0], [4, 6]))).toEqual(at(4, 4));
  });

  it("grows over every block that touches it, diagonally too, and stops at a blank row or column", () => {
    const filled = cells([1, 1], [1, 2], [2, 1], [3, 3], [5, 1]);
    expect(surroundingRegion(at(1, 1), filled)).toEqual({ row: 1, column: 1, rowCount: 3, columnCount: 3 });
  });

  it("starts from the range's top-left cell, empty or not", () => {
    const filled = cells([0, 1], [1, 1]);
    expect(surroundingRegion({ row: 0, column: 0, rowCount: 5, columnCount: 5 }, filled)).toEqual({
      row: 0,
      column: 0,
      rowCount: 2,
      columnCount: 2,
    });
  });
});
