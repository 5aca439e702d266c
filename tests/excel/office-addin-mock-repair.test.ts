/**
 * The repair and the stale-names path of inserts against Microsoft's office-addin-mock, syncs counted by a spy on
 * the mock's sync. office-addin-mock runs calls at once and cannot fail a batch, so a failed batch is a sync that
 * rejects as Excel's would, and collections answer their `load` directly (see office-addin-mock.test.ts).
 */
import { OfficeMockObject } from "office-addin-mock";
import { CATALOG } from "../../src/data/catalog";
import { insertDataset } from "../../src/excel/insert-dataset";
import { sanitizeSheetName } from "../../src/excel/names";
import { forgetWorkbookNames, rememberWorkbookNames } from "../../src/excel/names-cache";
import { repairAmcFormulas } from "../../src/excel/repair";
import { mockCollection } from "../support/office-mock-collection";

type Mock = OfficeMockObject & Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

interface MockSheet {
  name: string;
  id: string;
  rowIndex: number;
  columnIndex: number;
  formulas: unknown[][];
}

interface Write {
  sheet: string;
  row: number;
  col: number;
  formulas: unknown[][];
}

function install(data: object): Mock {
  const mock = new OfficeMockObject(data) as Mock;
  (globalThis as unknown as { Excel: unknown }).Excel = mock;
  return mock;
}

/** A workbook of sheets whose used ranges hold `formulas`; every write of `formulas` is recorded. */
function repairMock(sheets: MockSheet[]) {
  const writes: Write[] = [];
  const byId = Object.fromEntries(
    sheets.map((sheet) => [
      sheet.id,
      {
        name: sheet.name,
        id: sheet.id,
        used: {
          formulas: sheet.formulas,
          rowIndex: sheet.rowIndex,
          columnIndex: sheet.columnIndex,
          isNullObject: false,
        },
        getUsedRangeOrNullObject: function (this: Mock) {
          return this.used;
        },
        getRangeByIndexes: (row: number, col: number, rows: number, cols: number) => ({
          set formulas(formulas: unknown[][]) {
            expect([formulas.length, formulas[0].length]).toEqual([rows, cols]);
            writes.push({ sheet: sheet.name, row, col, formulas });
          },
        }),
      },
    ]),
  );
  const mock = install({
    context: {
      workbook: {
        worksheets: {
          byId,
          load: function (this: Mock) {
            this.items = sheets.map(({ name, id }) => ({ name, id }));
          },
          getItem: function (this: Mock, key: string) {
            return this.byId[key];
          },
        },
        tables: mockCollection(),
        names: mockCollection(),
      },
    },
    run: async function (this: Mock, work: (context: unknown) => Promise<unknown>) {
      return work(this.context);
    },
  });
  // Office.js loads isNullObject with every sync; office-addin-mock would want it loaded like any property.
  for (const sheet of sheets) {
    Object.defineProperty(mock.context.workbook.worksheets.byId[sheet.id].used, "isNullObject", { value: false });
  }
  return { mock, writes };
}

const MIXED: MockSheet[] = [
  {
    name: "Inputs",
    id: "S1",
    rowIndex: 0,
    columnIndex: 0,
    formulas: [
      ["Company", "Assets", "=SUM(B2:B3)"],
      ["Co A", 120, '="AMC.TOP5SHARE"'],
      ["Co B", 80, "='AMC.Data'!A1"],
    ],
  },
  {
    name: "Metrics",
    id: "S2",
    rowIndex: 2,
    columnIndex: 1,
    formulas: [
      ["=AMC.TOP5SHARE(Inputs!B2:B3)", "=amc.hhi(Inputs!B2:B3)", "#N/A text"],
      ['=AMC.FIGURE("net_financing","industry","2024")', "", "=FOO(1)"],
      ['=AMC.DATASET("net_financing",FALSE)', "", 7],
    ],
  },
];

/** The sheet net_financing goes on, in English. */
const SHEET = sanitizeSheetName(CATALOG.net_financing.sheetTitle.en);

beforeEach(() => forgetWorkbookNames());

afterEach(() => {
  delete (globalThis as unknown as { Excel?: unknown }).Excel;
});

describe("repair with office-addin-mock", () => {
  it("rewrites only the AMC formulas, with their text unchanged, in 2 syncs when the sheets are known", async () => {
    const { mock, writes } = repairMock(MIXED);
    rememberWorkbookNames({ sheets: MIXED.map(({ name, id }) => ({ name, id })), tables: [] });
    const sync = jest.spyOn(mock.context, "sync");
    const result = await repairAmcFormulas();
    expect(sync).toHaveBeenCalledTimes(2);
    expect(writes).toEqual([
      { sheet: "Metrics", row: 2, col: 1, formulas: [["=AMC.TOP5SHARE(Inputs!B2:B3)", "=amc.hhi(Inputs!B2:B3)"]] },
      {
        sheet: "Metrics",
        row: 3,
        col: 1,
        formulas: [['=AMC.FIGURE("net_financing","industry","2024")'], ['=AMC.DATASET("net_financing",FALSE)']],
      },
    ]);
    expect(result).toMatchObject({ status: "repaired", cells: 4, sheets: [{ sheet: "Metrics", cells: 4 }] });
  });

  it("reads the names first when it does not know the sheets: 3 syncs", async () => {
    const { mock, writes } = repairMock(MIXED);
    const sync = jest.spyOn(mock.context, "sync");
    expect(await repairAmcFormulas()).toMatchObject({ cells: 4 });
    expect(sync).toHaveBeenCalledTimes(3);
    expect(writes).toHaveLength(2);
  });

  it("writes nothing when no formula calls AMC.*", async () => {
    const { mock, writes } = repairMock([MIXED[0]]);
    rememberWorkbookNames({ sheets: [{ name: "Inputs", id: "S1" }], tables: [] });
    const sync = jest.spyOn(mock.context, "sync");
    expect(await repairAmcFormulas()).toMatchObject({ status: "nothingToRepair" });
    expect(sync).toHaveBeenCalledTimes(1);
    expect(writes).toEqual([]);
  });
});

/** Excel's answer to a batch whose `worksheets.add` or `table.name` met a name taken meanwhile. */
function nameTaken(): Error {
  return Object.assign(new Error("The resource already exists."), { code: "ItemAlreadyExists" });
}

/**
 * An insert's mock: `current` says what a fresh read of the names finds; the new sheet records every tab colour
 * set on it (the batch's marker, then "" at its end); `getItem(key).delete()` is recorded in `deleted`.
 */
function insertMock(current: (marker: string) => { sheets: object[]; tables: string[] }) {
  const added: string[] = [];
  const deleted: string[] = [];
  const colours: string[] = [];
  const tableNames: string[] = [];
  const range = {
    format: { font: {}, fill: {}, autofitColumns: () => undefined, autofitRows: () => undefined },
    select: () => undefined,
    group: () => undefined,
    hideGroupDetails: () => undefined,
  };
  const newSheet = {
    id: "{NEW}",
    getRangeByIndexes: () => range,
    activate: () => undefined,
    freezePanes: { freezeRows: () => undefined },
    tables: {
      add: () => ({
        set name(name: string) {
          tableNames.push(name);
        },
        style: "",
        showBandedRows: false,
      }),
    },
  };
  const mock = install({
    context: {
      workbook: {
        worksheets: {
          newSheet,
          load: function (this: Mock) {
            this.items = current(colours.find((colour) => colour !== "") ?? "").sheets;
          },
          add: function (this: Mock, name: string) {
            added.push(name);
            return this.newSheet;
          },
          getItem: (key: string) => ({ delete: () => deleted.push(key) }),
        },
        tables: mockCollection(() => current("").tables.map((name) => ({ name }))),
        names: mockCollection(),
      },
    },
    run: async function (this: Mock, work: (context: unknown) => Promise<unknown>) {
      return work(this.context);
    },
  });
  Object.defineProperty(mock.context.workbook.worksheets.newSheet, "tabColor", {
    set: (colour: string) => colours.push(colour),
    get: () => colours.at(-1) ?? "",
  });
  rememberWorkbookNames({ sheets: [{ name: "Sheet1", id: "{Sheet1}" }], tables: [] });
  return { mock, added, deleted, colours, tableNames };
}

describe("an insert whose names went stale, with office-addin-mock", () => {
  it("retries with a new sheet name and deletes nothing when the sheet's name was taken: 3 syncs", async () => {
    const { mock, added, deleted } = insertMock(() => ({
      sheets: [
        { name: "Sheet1", id: "{Sheet1}", tabColor: "" },
        { name: SHEET, id: "{USER}", tabColor: "" },
      ],
      tables: [],
    }));
    const sync = jest.spyOn(mock.context, "sync").mockRejectedValueOnce(nameTaken());
    const result = await insertDataset("net_financing", { locale: "en-US" });
    expect(sync).toHaveBeenCalledTimes(3);
    expect(added).toEqual([SHEET, `${SHEET} (2)`]);
    expect(deleted).toEqual([]);
    expect(result).toMatchObject({ sheet: `${SHEET} (2)`, table: "AMC_net_financing" });
  });

  it("deletes its own sheet (the one with its marker colour) when the table's name was taken, then retries", async () => {
    const { mock, added, deleted, colours, tableNames } = insertMock((marker) => ({
      sheets: [
        { name: "Sheet1", id: "{Sheet1}", tabColor: "" },
        { name: SHEET, id: "{NEW}", tabColor: marker },
      ],
      tables: ["AMC_net_financing", "Table1"],
    }));
    const sync = jest.spyOn(mock.context, "sync").mockRejectedValueOnce(nameTaken());
    const result = await insertDataset("net_financing", { locale: "en-US" });
    expect(sync).toHaveBeenCalledTimes(3);
    expect(deleted).toEqual(["{NEW}"]);
    expect(added).toEqual([SHEET, SHEET]);
    expect(tableNames).toEqual(["AMC_net_financing", "AMC_net_financing_2"]);
    expect(colours[0]).toMatch(/^#[0-9A-F]{6}$/);
    expect(colours.at(-1)).toBe("");
    expect(result).toMatchObject({ sheet: SHEET, table: "AMC_net_financing_2" });
  });
});
