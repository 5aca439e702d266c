/** What makes a cell occupied, decided from what the read gives (src/excel/occupancy.ts), as Excel reports it. */
import { firstOccupant, type BlockContents, type CellLook } from "../../src/excel/occupancy";

/** A 1×2 block at C4:D4 whose second cell is as given, the first one free. */
function block(second: { formula?: unknown; value?: unknown; numberFormat?: unknown; look?: CellLook }): BlockContents {
  const free: CellLook = { format: { fill: { color: "#FFFFFF", pattern: "None" }, borders: {} } };
  return {
    block: { row: 3, column: 2, rowCount: 1, columnCount: 2 },
    formulas: [["", second.formula ?? ""]],
    values: [["", second.value ?? ""]],
    numberFormat: [["General", second.numberFormat ?? "General"]],
    looks: [[free, second.look ?? free]],
    areas: {},
    tables: [],
  };
}

describe("a cell's contents", () => {
  it.each([
    ["a constant", { formula: "mine", value: "mine" }, "value"],
    ["a number", { formula: 0, value: 0 }, "value"],
    ["a formula showing nothing", { formula: '=""', value: "" }, "formula"],
    ["another cell's spilled value", { formula: "", value: 7 }, "spill"],
  ] as const)("counts %s", (_, cell, kind) => {
    expect(firstOccupant(block(cell))).toEqual({ kind, cell: "D4" });
  });
});

describe("a cell's formats", () => {
  it.each([
    ["a percentage format", { numberFormat: "0.00%" }, "numberFormat"],
    ["the text format", { numberFormat: "@" }, "numberFormat"],
    ["a white fill set on purpose", { look: { format: { fill: { color: "#FFFFFF", pattern: "Solid" } } } }, "fill"],
    ["a fill colour where the host gives no pattern", { look: { format: { fill: { color: "#ffff00" } } } }, "fill"],
    ["a single border", { look: { format: { borders: { left: { style: "Continuous" } } } } }, "border"],
  ] as const)("counts %s", (_, cell, kind) => {
    expect(firstOccupant(block(cell))).toEqual({ kind, cell: "D4" });
  });

  it.each([
    ["General", { numberFormat: "General" }],
    ["no fill, white as Excel reports it", { look: { format: { fill: { color: "#ffffff" } } } }],
    ["borders all None", { look: { format: { borders: { top: { style: "None" }, bottom: { style: "None" } } } } }],
  ] as const)("does not count %s", (_, cell) => {
    expect(firstOccupant(block(cell))).toBeNull();
  });
});

describe("areas and tables", () => {
  it("counts a cell inside a merged area, a validated cell, a comment and a note, in that order", () => {
    const contents = block({});
    contents.areas = {
      note: [{ row: 3, column: 2, rowCount: 1, columnCount: 1 }],
      comment: [{ row: 3, column: 2, rowCount: 1, columnCount: 1 }],
      merged: [{ row: 2, column: 3, rowCount: 2, columnCount: 2 }],
    };
    expect(firstOccupant(contents)).toEqual({ kind: "comment", cell: "C4" });
    contents.areas = {
      merged: contents.areas.merged,
      dataValidation: [{ row: 3, column: 3, rowCount: 1, columnCount: 1 }],
    };
    expect(firstOccupant(contents)).toEqual({ kind: "merged", cell: "D4" });
  });

  it("ignores areas outside the block", () => {
    const contents = block({});
    contents.areas = { comment: [{ row: 0, column: 0, rowCount: 3, columnCount: 9 }] };
    expect(firstOccupant(contents)).toBeNull();
  });

  it("names a table the block overlaps when no cell of it is occupied otherwise", () => {
    const contents = block({});
    contents.tables = ["Mine", "Theirs"];
    expect(firstOccupant(contents)).toEqual({ kind: "table", table: "Mine" });
    expect(firstOccupant({ ...contents, ...block({ numberFormat: "0" }), tables: ["Mine"] })).toEqual({
      kind: "numberFormat",
      cell: "D4",
    });
  });

  it("reads row by row: the first occupied cell of the first occupied row", () => {
    const contents: BlockContents = {
      block: { row: 0, column: 0, rowCount: 2, columnCount: 2 },
      formulas: [
        ["", ""],
        ["x", ""],
      ],
      values: [
        ["", ""],
        ["x", ""],
      ],
      numberFormat: [
        ["General", "0%"],
        ["General", "General"],
      ],
      looks: [
        [{}, {}],
        [{}, {}],
      ],
      areas: {},
      tables: [],
    };
    expect(firstOccupant(contents)).toEqual({ kind: "numberFormat", cell: "B1" });
  });
});
