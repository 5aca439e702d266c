/**
 * The figure picker's insert and the explainer's read against office-addin-mock (Microsoft's mock of the Office.js
 * object model), with `context.sync()` counted by a spy: which API calls each makes, and that the read is one sync
 * and the insert two. The preview stand-in (tests/excel/read-cell.test.ts, insert-figure.test.ts) covers contents.
 */
import { OfficeMockObject } from "office-addin-mock";
import { insertFigureAtSelection } from "../../src/excel/insert-figure";
import { readActiveCell } from "../../src/excel/read-cell";
import { mockCollection } from "../support/office-mock-collection";

type Mock = OfficeMockObject & Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A range as office-addin-mock holds it: loadable properties and the methods the code calls, logged in `calls`. */
function range(address: string, properties: Record<string, unknown>, calls: string[], tables: string[] = []) {
  const look = { format: { fill: { color: "#FFFFFF", pattern: "None" }, borders: {} } };
  return {
    address,
    rowIndex: 2,
    columnIndex: 2,
    rowCount: 1,
    columnCount: 1,
    formulas: [[""]],
    values: [[""]],
    numberFormat: [["General"]],
    ...properties,
    select: function (this: Mock) {
      calls.push(`select ${address}`);
    },
    getMergedAreasOrNullObject: () => ({ isNullObject: true, address: "", load: () => undefined }),
    getSpecialCellsOrNullObject: () => ({ isNullObject: true, address: "", load: () => undefined }),
    getTables: function (this: Mock, fullyContained: boolean) {
      calls.push(`getTables(${fullyContained})`);
      return mockCollection(() => tables.map((name) => ({ name })));
    },
    getCellProperties: () => ({ value: [[look, look]] }),
  };
}

function excelMock(calls: string[]): Mock {
  const region = {
    ...range("Sheet1!A1:E3", { rowIndex: 0, columnIndex: 0 }, calls),
    first: range("Sheet1!A1:E1", { values: [["期间", "债券净融资额（亿元）", "说明", "章节", "图表"]] }, calls),
    getRow: function (this: Mock, index: number) {
      calls.push(`region.getRow(${index})`);
      return this.first;
    },
  };
  const cell = {
    ...range(
      "Sheet1!C3",
      { formulas: [["=AMC.FIGURE(B3,A2,A3)"]], values: [[44.8]], numberFormat: [["0.00"]] },
      calls,
      ["AMC_net_financing"],
    ),
    region,
    rowInRegion: range("Sheet1!A3:E3", { values: [["2025-01..2025-11", 44.8, "", "四.2", "图表15"]] }, calls),
    pair: range("Sheet1!C3:D3", { columnCount: 2, formulas: [["", ""]], values: [["", ""]] }, calls),
    getSurroundingRegion: function (this: Mock) {
      calls.push("getSurroundingRegion");
      return this.region;
    },
    getEntireRow: function (this: Mock) {
      calls.push("getEntireRow");
      const rowInRegion = this.rowInRegion;
      return {
        getIntersection: (other: unknown) => {
          calls.push(`getIntersection(${other === this.region ? "region" : "?"})`);
          return rowInRegion;
        },
      };
    },
    getResizedRange: function (this: Mock, rows: number, columns: number) {
      calls.push(`getResizedRange(${rows},${columns})`);
      return this.pair;
    },
  };
  const data = {
    context: {
      workbook: {
        cell,
        getActiveCell: function (this: Mock) {
          calls.push("getActiveCell");
          return this.cell;
        },
        getSelectedRange: function (this: Mock) {
          return { getCell: () => this.cell };
        },
        worksheets: {
          active: { name: "Sheet1", comments: { getCount: () => ({ value: 0 }) } },
          getActiveWorksheet: function (this: Mock) {
            return this.active;
          },
        },
      },
    },
    run: async function (this: Mock, work: (context: unknown) => Promise<unknown>) {
      return work(this.context);
    },
  };
  const mock = new OfficeMockObject(data) as Mock;
  (globalThis as unknown as { Excel: unknown }).Excel = mock;
  return mock;
}

afterEach(() => {
  delete (globalThis as unknown as { Excel?: unknown }).Excel;
});

describe("with office-addin-mock", () => {
  it("reads the active cell, its table and its region's header and row in 1 sync, chaining nothing off a table", async () => {
    const calls: string[] = [];
    const mock = excelMock(calls);
    const sync = jest.spyOn(mock.context, "sync");
    const read = await readActiveCell();
    expect(sync).toHaveBeenCalledTimes(1);
    expect(calls).toEqual([
      "getActiveCell",
      "getTables(false)",
      "getSurroundingRegion",
      "region.getRow(0)",
      "getEntireRow",
      "getIntersection(region)",
    ]);
    expect(read).toEqual({
      sheet: "Sheet1",
      address: "C3",
      row: 2,
      column: 2,
      formula: "=AMC.FIGURE(B3,A2,A3)",
      value: 44.8,
      numberFormat: "0.00",
      tables: ["AMC_net_financing"],
      region: {
        address: "Sheet1!A1:E3",
        row: 0,
        column: 0,
        header: ["期间", "债券净融资额（亿元）", "说明", "章节", "图表"],
        cells: ["2025-01..2025-11", 44.8, "", "四.2", "图表15"],
      },
    });
  });

  it("inserts a figure and its source: reads both cells, then writes the format and both formulas, in 2 syncs", async () => {
    const calls: string[] = [];
    const mock = excelMock(calls);
    const sync = jest.spyOn(mock.context, "sync");
    const result = await insertFigureAtSelection({
      formula: '=AMC.FIGURE("债券净融资额","行业","2024年")',
      numberFormat: '#,##0.00" 亿元"',
      source: '=AMC.SOURCE("债券净融资额","行业","2024年")',
      sheetTitle: "债券净融资额 2024年",
    });
    expect(sync).toHaveBeenCalledTimes(2);
    expect(calls).toEqual(["getResizedRange(0,1)", "getTables(false)", "select Sheet1!C3"]);
    const { cell } = mock.context.workbook;
    expect(cell.numberFormat).toEqual([['#,##0.00" 亿元"']]);
    expect(cell.pair.formulas).toEqual([
      ['=AMC.FIGURE("债券净融资额","行业","2024年")', '=AMC.SOURCE("债券净融资额","行业","2024年")'],
    ]);
    expect(result).toEqual({ status: "inserted", sheet: "Sheet1", address: "Sheet1!C3", sourceAddress: "Sheet1!D3" });
  });
});
