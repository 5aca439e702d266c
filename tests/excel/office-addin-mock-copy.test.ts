/**
 * The values copy against Microsoft's office-addin-mock, syncs counted by a spy on the mock's sync: what the action
 * asks of Excel and in which order (the copy marked, then named; values over the copy before the note rows go in
 * above them; the header rows frozen again; the source's tab colour given back), and that the source is only read.
 * office-addin-mock cannot load collections, so those answer their `load` directly (see office-addin-mock.test.ts).
 */
import { OfficeMockObject } from "office-addin-mock";
import { copyAsValues } from "../../src/excel/copy-as-values";
import { NOTE_ROWS } from "../../src/excel/copy-plan";
import { forgetWorkbookNames } from "../../src/excel/names-cache";
import { EXCEL_COLUMNS } from "../../src/excel-rules/limits";
import { mockCollection } from "../support/office-mock-collection";

type Mock = OfficeMockObject & Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** What the action did to the copy, in order. */
type Op = [string, ...unknown[]];

const USED = {
  rowIndex: 0,
  columnIndex: 0,
  formulas: [
    ["Share", '=AMC.DATASET("net_financing",FALSE)', ""],
    ["Total", "", ""],
    ["=Inputs!A1", "=B1*2", ""],
  ],
  values: [
    ["Share", "2024", 251.2],
    ["Total", "2025-01..2025-11", -130.15],
    [42, "#VALUE!", ""],
  ],
  numberFormat: [
    ["General", "@", "0.00"],
    ["General", "@", "0.00"],
    ["0", "General", "General"],
  ],
};

/** Spill ranges by "row,col" of the anchor: DATASET spills 2 × 2 from B1. */
const SPILLS: Record<string, { rowIndex: number; columnIndex: number; rowCount: number; columnCount: number }> = {
  "0,1": { rowIndex: 0, columnIndex: 1, rowCount: 2, columnCount: 2 },
};

function recordingRange(ops: Op[], at: unknown[]) {
  return {
    set values(values: unknown) {
      ops.push(["values", ...at, values]);
    },
    set numberFormat(formats: unknown) {
      ops.push(["numberFormat", ...at, formats]);
    },
    insert: (shift: string) => ops.push(["insert", ...at, shift]),
    format: {
      font: {
        set bold(bold: boolean) {
          ops.push(["bold", ...at, bold]);
        },
        set italic(italic: boolean) {
          ops.push(["italic", ...at, italic]);
        },
        set color(color: string) {
          ops.push(["color", ...at, color]);
        },
      },
    },
  };
}

function copyMock(ops: Op[]) {
  return {
    id: "{COPY}",
    load: () => undefined,
    set tabColor(colour: string) {
      ops.push(["tabColor", colour]);
    },
    set name(name: string) {
      ops.push(["name", name]);
    },
    getRangeByIndexes: (...at: number[]) => recordingRange(ops, at),
    freezePanes: { freezeRows: (rows: number) => ops.push(["freezeRows", rows]) },
    activate: () => ops.push(["activate"]),
  };
}

function install() {
  const ops: Op[] = [];
  const sourceWrites: string[] = [];
  const copy = copyMock(ops);
  const source = {
    name: "Model",
    id: "{Model}",
    tabColor: "#FF0000",
    position: 1,
    used: { ...USED },
    getUsedRangeOrNullObject: function (this: Mock) {
      return this.used;
    },
    freezePanes: {
      getLocationOrNullObject: () => ({ isNullObject: false, rowCount: 1, columnCount: EXCEL_COLUMNS, load: () => 0 }),
    },
    getRangeByIndexes: (row: number, col: number) => ({
      getSpillingToRangeOrNullObject: () => ({
        isNullObject: SPILLS[`${row},${col}`] === undefined,
        ...SPILLS[`${row},${col}`],
        load: () => undefined,
      }),
      set values(_: unknown) {
        sourceWrites.push(`values ${row},${col}`);
      },
      set formulas(_: unknown) {
        sourceWrites.push(`formulas ${row},${col}`);
      },
    }),
    copy: (position: string, relativeTo: { id: string }) => {
      ops.push(["copy", position, relativeTo.id]);
      return copy;
    },
  };
  const mock = new OfficeMockObject({
    context: {
      workbook: {
        worksheets: {
          source,
          load: function (this: Mock) {
            this.items = [
              { name: "Inputs", id: "{Inputs}" },
              { name: "Model", id: "{Model}" },
            ];
          },
          getItem: function (this: Mock) {
            return this.source;
          },
        },
        tables: mockCollection(),
        names: mockCollection(),
      },
    },
    run: async function (this: Mock, work: (context: unknown) => Promise<unknown>) {
      return work(this.context);
    },
  }) as Mock;
  // Office.js loads isNullObject with every sync; office-addin-mock would want it loaded like any property.
  Object.defineProperty(mock.context.workbook.worksheets.source.used, "isNullObject", { value: false });
  (globalThis as unknown as { Excel: unknown }).Excel = mock;
  return { mock, ops, sourceWrites };
}

beforeEach(() => forgetWorkbookNames());

afterEach(() => {
  delete (globalThis as unknown as { Excel?: unknown }).Excel;
});

describe("the values copy with office-addin-mock", () => {
  it("reads, reads the spill ranges, then copies and writes in one batch: 3 syncs, the source only read", async () => {
    const { mock, ops, sourceWrites } = install();
    const sync = jest.spyOn(mock.context, "sync");
    const result = await copyAsValues({ locale: "en-US", sheetIds: ["{Model}"], now: new Date(2026, 0, 5, 9, 0) });
    expect(sync).toHaveBeenCalledTimes(3);
    expect(sourceWrites).toEqual([]);
    expect(result).toEqual({
      status: "copied",
      copies: [{ sheet: "Model", copy: "Model (values)", amcCells: 1, frozenFormulas: 1, keptFormulas: 1 }],
    });
    const names = ops.map(([op]) => op);
    expect(names.slice(0, 3)).toEqual(["copy", "tabColor", "name"]);
    expect(ops[0]).toEqual(["copy", "After", "{Model}"]);
    expect(ops[1][1]).toMatch(/^#[0-9A-F]{6}$/);
    expect(ops[2]).toEqual(["name", "Model (values)"]);
    expect(names.indexOf("values")).toBeLessThan(names.indexOf("insert"));
    expect(ops.find(([op]) => op === "insert")).toEqual(["insert", 0, 0, NOTE_ROWS, EXCEL_COLUMNS, "Down"]);
    expect(ops).toContainEqual(["freezeRows", 1 + NOTE_ROWS]);
    expect(ops.filter(([op]) => op === "tabColor").at(-1)).toEqual(["tabColor", "#FF0000"]);
    expect(names.slice(-2)).toEqual(["activate", "tabColor"]);
  });

  it("writes each result with the number format it showed, text that reads as a number kept as text", async () => {
    const { ops } = install();
    await copyAsValues({ locale: "en-US", sheetIds: ["{Model}"] });
    const writes = ops.filter(([op]) => op === "values" || op === "numberFormat").slice(0, 4);
    expect(writes).toEqual([
      [
        "numberFormat",
        0,
        1,
        2,
        2,
        [
          ["@", "0.00"],
          ["@", "0.00"],
        ],
      ],
      [
        "values",
        0,
        1,
        2,
        2,
        [
          ["'2024", 251.2],
          ["'2025-01..2025-11", -130.15],
        ],
      ],
      ["numberFormat", 2, 0, 1, 1, [["0"]]],
      ["values", 2, 0, 1, 1, [[42]]],
    ]);
  });
});
