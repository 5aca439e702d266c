/**
 * The preview's "not yet registered" switch, as the workbench offers it, with the task pane's check and repair: it
 * puts every AMC.* formula at #NAME?, the check counts them, the repair brings them back with their text unchanged
 * and nothing else touched, and a stuck formula stays at #NAME? until re-entered; an insert whose table name was
 * taken meanwhile, through the preview's own Excel API, cleans up after itself.
 */
import { insertDataset } from "../../src/excel/insert-dataset";
import { repairAmcFormulas, scanWorkbook } from "../../src/excel/repair";
import type { PreviewExcel } from "../../src/preview/excel-api/excel-global";
import type { PreviewWorkbook } from "../../src/preview/workbook/workbook";
import { installPreview, lastRun, newPreview } from "../support/preview-workbook";
import type { RoundTripLog } from "../support/round-trips";

let workbook: PreviewWorkbook;
let excel: PreviewExcel;
let log: RoundTripLog;
let uninstall: () => void;

beforeEach(() => {
  const preview = newPreview();
  ({ workbook, excel, log } = preview);
  uninstall = installPreview(preview);
});

afterEach(() => uninstall());

/** The round-trips of the last action. */
const lastTrips = () => lastRun(log).roundTrips;

const SHEET1 = () => workbook.sheets.byName("Sheet1")!.id;
const rect = (row: number, column: number, rowCount = 1, columnCount = 1) => ({ row, column, rowCount, columnCount });

function fill() {
  workbook.cells.write(SHEET1(), rect(0, 0, 6, 4), [
    ["Assets", "Top-5 share", "Text", "Sum"],
    [500, "=AMC.TOP5SHARE(A2:A6)", '="AMC.TOP5SHARE(A2:A6)"', "=SUM(A2:A6)"],
    [300, "=amc.hhi(A2:A6)", "'=AMC.HHI(A2:A6)", ""],
    [200, '=AMC.FIGURE("net_financing","industry","2024")', "", ""],
    [100, "=AMC.AMCCOUNT()", "", ""],
    [50, "", "", ""],
  ]);
}

const view = (row: number, column: number) => workbook.cellView(SHEET1(), row, column);

describe("the repair in the preview", () => {
  it("brings back AMC formulas stuck at #NAME?, text unchanged, other cells untouched, in 2 syncs after the check", async () => {
    fill();
    const computed = [1, 2, 3, 4].map((row) => view(row, 1).value);
    const others = [view(1, 2), view(2, 2), view(1, 3)].map(({ text, formula }) => ({ text, formula }));
    const formulas = workbook.cells.readFormulas(SHEET1(), rect(0, 0, 6, 4)); // Excel, like HyperFormula, writes =AMC.HHI
    expect(workbook.simulateUnregisteredFunctions()).toBe(4);
    for (const row of [1, 2, 3, 4]) expect(view(row, 1)).toMatchObject({ text: "#NAME?" });
    expect(view(1, 1).formula).toBe("=AMC.TOP5SHARE(A2:A6)");
    expect(workbook.cells.readFormulas(SHEET1(), rect(0, 0, 6, 4))).toEqual(formulas);

    const scan = await scanWorkbook();
    expect(scan).toMatchObject({ amcCells: 4, nameErrors: 4, sheets: [{ sheet: "Sheet1", nameErrors: 4 }] });
    const result = await repairAmcFormulas();
    expect(result).toMatchObject({ status: "repaired", cells: 4 });
    expect(lastTrips()).toHaveLength(2);
    expect([1, 2, 3, 4].map((row) => view(row, 1).value)).toEqual(computed);
    expect(workbook.cells.readFormulas(SHEET1(), rect(0, 0, 6, 4))).toEqual(formulas);
    expect([view(1, 2), view(2, 2), view(1, 3)].map(({ text, formula }) => ({ text, formula }))).toEqual(others);
    expect(log.runs.at(-1)).toMatchObject({ roundTrips: [expect.anything(), expect.anything()], finalSync: false });
  });

  it("keeps a stuck formula at #NAME? through other edits until it is re-entered", async () => {
    fill();
    workbook.simulateUnregisteredFunctions();
    workbook.cells.write(SHEET1(), rect(5, 0), [[60]]); // its input changes: Excel recalculates, still #NAME?
    expect(view(1, 1).text).toBe("#NAME?");
    workbook.cells.write(SHEET1(), rect(1, 1), [["=AMC.TOP5SHARE(A2:A6)"]]); // typed again
    expect(view(1, 1).error).toBeUndefined();
    expect(view(2, 1).text).toBe("#NAME?");
  });
});

describe("an insert whose table name was taken after the pane read the names, in the preview", () => {
  it("deletes its own half-built sheet and retries: 3 syncs, one new sheet, no marker colour left", async () => {
    await scanWorkbook();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("H1:I3").values = [
        ["a", "b"],
        [1, 2],
        [3, 4],
      ];
      sheet.tables.add("H1:I3", true).name = "AMC_roster";
      await context.sync();
    });
    const result = await insertDataset("roster", { locale: "en-US" });
    expect(result).toMatchObject({ status: "inserted", table: "AMC_roster_2" });
    expect(lastTrips()).toHaveLength(3);
    expect(workbook.sheets.list().map((sheet) => sheet.name)).toEqual(["Sheet1", "AMC roster"]);
    expect(workbook.sheets.list().map((sheet) => workbook.sheets.tabColor(sheet.id))).toEqual(["", ""]);
    expect(workbook.tables.list().map((table) => table.name)).toEqual(["AMC_roster", "AMC_roster_2"]);
  });
});
