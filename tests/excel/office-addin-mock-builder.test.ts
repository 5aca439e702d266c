/**
 * The formula builder's reads and insert against office-addin-mock (Microsoft's mock of the Office.js object model):
 * which API calls they make, and that each read is one `context.sync()` (a spy on the mock's own sync). The preview
 * stand-in (tests/excel/formula-builder-io.test.ts) covers what the reads find in a real workbook.
 */
import { OfficeMockObject } from "office-addin-mock";
import { readFormulaInputs } from "../../src/excel/formula-inputs";
import { readFormulaTarget } from "../../src/excel/formula-target";
import { insertFormulaInto } from "../../src/excel/insert-formula";
import { EXCEL_ROWS } from "../../src/excel-rules/limits";
import { rectOf } from "../support/workbook-view";

type Mock = OfficeMockObject & Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

interface Calls {
  getItem: string[];
  byIndexes: number[][];
  used: boolean[];
  loads: string[];
}

/** A range whose reads answer `values` and `valueTypes`; its used part (for a whole column) is `used`. */
function rangeData(calls: Calls, values: unknown[][], used?: { rowIndex: number; values: unknown[][] }) {
  return {
    values,
    valueTypes: values.map((row) => row.map((value) => (value === "" ? "Empty" : "Double"))),
    rowIndex: 0,
    columnIndex: 1,
    rowCount: values.length,
    columnCount: 1,
    address: "Data!B1",
    // A plain object: office-addin-mock would want `isNullObject` loaded, which Office.js does not.
    getUsedRangeOrNullObject: (valuesOnly: boolean) => {
      calls.used.push(valuesOnly);
      if (!used) return { isNullObject: true, load: () => undefined };
      return {
        isNullObject: false,
        load: () => undefined,
        values: used.values,
        valueTypes: used.values.map((row) => row.map(() => "Double")),
        rowIndex: used.rowIndex,
        columnIndex: 1,
        rowCount: used.values.length,
        columnCount: 1,
      };
    },
  };
}

function excelMock(calls: Calls, range: ReturnType<typeof rangeData>): Mock {
  const data = {
    context: {
      workbook: {
        worksheets: {
          sheet: {
            name: "Data",
            id: "{data}",
            range,
            getRangeByIndexes: function (this: Mock, ...indexes: number[]) {
              calls.byIndexes.push(indexes);
              return this.range;
            },
          },
          active: { name: "Model", id: "{model}" },
          getItem: function (this: Mock, key: string) {
            calls.getItem.push(key);
            return this.sheet;
          },
          getActiveWorksheet: function (this: Mock) {
            return this.active;
          },
          // office-addin-mock cannot load a collection's items: answer the load directly.
          load: function (this: Mock, paths: string) {
            calls.loads.push(paths);
            this.items = [
              { name: "Data", id: "{data}" },
              { name: "Model", id: "{model}" },
            ];
          },
        },
        selected: { rowIndex: 4, columnIndex: 2 },
        getSelectedRange: function (this: Mock) {
          return this.selected;
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

const newCalls = (): Calls => ({ getItem: [], byIndexes: [], used: [], loads: [] });

afterEach(() => {
  delete (globalThis as unknown as { Excel?: unknown }).Excel;
});

it("reads a range by its sheet's id and its indexes, values and value types, in 1 sync", async () => {
  const calls = newCalls();
  const mock = excelMock(calls, rangeData(calls, [[1], [2], [""]]));
  const sync = jest.spyOn(mock.context, "sync");
  const read = await readFormulaInputs([{ sheetId: "{data}", rect: rectOf("B2:B4") }]);
  expect(sync).toHaveBeenCalledTimes(1);
  expect(calls.getItem).toEqual(["{data}"]);
  expect(calls.byIndexes).toEqual([[1, 1, 3, 1]]);
  expect(calls.used).toEqual([]);
  expect(calls.loads).toEqual(["items/name,items/id"]);
  expect(read).toEqual({
    contents: [{ values: [[1], [2], [""]], valueTypes: [["Double"], ["Double"], ["Empty"]] }],
    sheets: [
      { name: "Data", id: "{data}" },
      { name: "Model", id: "{model}" },
    ],
  });
});

it("reads a whole column through its used range (values only), padded from the column's top, in 1 sync", async () => {
  const calls = newCalls();
  const mock = excelMock(calls, rangeData(calls, [], { rowIndex: 2, values: [[5], [6]] }));
  const sync = jest.spyOn(mock.context, "sync");
  const read = await readFormulaInputs([{ sheetId: "{data}", rect: rectOf("B:B") }]);
  expect(sync).toHaveBeenCalledTimes(1);
  expect(calls.byIndexes).toEqual([[0, 1, EXCEL_ROWS, 1]]);
  expect(calls.used).toEqual([true]);
  expect(read.contents[0].values).toEqual([[""], [""], [5], [6]]);
  expect(read.contents[0].valueTypes).toEqual([["Empty"], ["Empty"], ["Double"], ["Double"]]);
});

it("reads where the formula goes (the selection's first cell, the active sheet) and the sheets in 1 sync", async () => {
  const calls = newCalls();
  const mock = excelMock(calls, rangeData(calls, [[1]]));
  const sync = jest.spyOn(mock.context, "sync");
  const target = await readFormulaTarget();
  expect(sync).toHaveBeenCalledTimes(1);
  expect(target).toEqual({
    sheet: { name: "Model", id: "{model}" },
    row: 4,
    column: 2,
    sheets: [
      { name: "Data", id: "{data}" },
      { name: "Model", id: "{model}" },
    ],
  });
});

it("checks the block a spill fills, cut at the grid's last row, before it writes", async () => {
  const calls = newCalls();
  excelMock(calls, rangeData(calls, [["occupied"]]));
  // The mock's range answers nothing the occupancy read needs: the insert fails after its read, as designed here.
  await expect(
    insertFormulaInto({ sheetId: "{data}", row: EXCEL_ROWS - 2, column: 3 }, "=AMC.ROSTER()", { rows: 10, columns: 4 }),
  ).rejects.toThrow();
  expect(calls.getItem).toEqual(["{data}"]);
  expect(calls.byIndexes).toContainEqual([EXCEL_ROWS - 2, 3, 1, 1]);
  expect(calls.byIndexes).toContainEqual([EXCEL_ROWS - 2, 3, 2, 4]);
});
