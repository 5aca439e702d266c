/**
 * "Never overwrites" means every part of a cell: an insert at the selection, and a formula insert, over a cell that
 * has only a number format, a fill, a border, a comment, a note, a data validation rule, or is part of a merged area
 * or a table, changes nothing and says what occupies the target. Set up through the preview's Excel API as an
 * analyst's edits would be; read in the one read the insert makes (one more only on a sheet with comments or notes).
 */
import { CATALOG } from "../../src/data/catalog";
import { columnLetters } from "../../src/excel-rules/a1";
import { insertDataset } from "../../src/excel/insert-dataset";
import { insertFormulaAtSelection } from "../../src/excel/insert-formula";
import { tableColumns } from "../../src/excel/table-layout";
import type { Occupant } from "../../src/excel/occupancy";
import type { PreviewExcel } from "../../src/preview/excel-api/excel-global";
import { freshPreviewPerTest, lastRun } from "../support/preview-workbook";
import { addUserTable, select, sheetNamed, snapshot } from "../support/workbook-view";

const preview = freshPreviewPerTest();
/** Where net_financing goes at B2: its header, two records, a blank row and the note (rows 2 to 6). */
const LAST_COLUMN = columnLetters(tableColumns(CATALOG.net_financing, "en-US", { provenance: true }).length);
const workbook = () => preview().workbook;
const lastTrips = () => lastRun(preview().log).roundTrips;

type Sheet = ReturnType<Parameters<Parameters<PreviewExcel["run"]>[0]>[0]["workbook"]["worksheets"]["getItem"]>;

/** An analyst's edit of Sheet1, made through the Excel API in one run. */
async function onSheet1(edit: (sheet: Sheet) => void): Promise<void> {
  await preview().excel.run(async (context) => {
    edit(context.workbook.worksheets.getItem("Sheet1"));
    await context.sync();
  });
}

/** Each kind of occupancy, made on C4 alone, with the occupant the insert must report. */
const KINDS: { name: string; edit: (sheet: Sheet) => void; occupant: Occupant }[] = [
  {
    name: "a number format and no value (0.00%)",
    edit: (sheet) => (sheet.getRange("C4").numberFormat = [["0.00%"]]),
    occupant: { kind: "numberFormat", cell: "C4" },
  },
  {
    name: "a fill",
    edit: (sheet) => (sheet.getRange("C4").format.fill.color = "#FFFF00"),
    occupant: { kind: "fill", cell: "C4" },
  },
  {
    name: "a border",
    edit: (sheet) => (sheet.getRange("C4").format.borders.getItem("EdgeBottom").style = "Continuous"),
    occupant: { kind: "border", cell: "C4" },
  },
  {
    name: "a comment",
    edit: (sheet) => sheet.comments.add("C4", "check against the annual report"),
    occupant: { kind: "comment", cell: "C4" },
  },
  {
    name: "a note",
    edit: (sheet) => sheet.notes.add("C4", "source: 联合资信"),
    occupant: { kind: "note", cell: "C4" },
  },
  {
    name: "a data validation rule",
    edit: (sheet) => (sheet.getRange("C4").dataValidation.rule = { decimal: { formula1: 0, operator: "GreaterThan" } }),
    occupant: { kind: "dataValidation", cell: "C4" },
  },
  {
    name: "a merged area",
    edit: (sheet) => sheet.getRange("C4:D5").merge(),
    occupant: { kind: "merged", cell: "C4" },
  },
];

/** Round-trips of an occupied insert: the read, and the locating of the sheet's comments or notes if it has any. */
const readTrips = (occupant: Occupant) => (occupant.kind === "comment" || occupant.kind === "note" ? 2 : 1);

describe("an insert at the selection over a cell that only carries something", () => {
  it.each(KINDS)("reports $name, writes nothing, in the one read", async ({ edit, occupant }) => {
    await onSheet1(edit);
    select(workbook(), "Sheet1", "B2");
    const before = snapshot(workbook());
    const result = await insertDataset("net_financing", { locale: "en-US", at: "selection" });
    expect(result).toEqual({ status: "occupied", sheet: "Sheet1", address: `Sheet1!B2:${LAST_COLUMN}6`, occupant });
    expect(snapshot(workbook())).toEqual(before);
    expect(lastTrips()).toHaveLength(readTrips(occupant));
  });

  it("keeps the analyst's 0.00% on an empty cell exactly as it was", async () => {
    await onSheet1((sheet) => (sheet.getRange("C4").numberFormat = [["0.00%"]]));
    select(workbook(), "Sheet1", "A1");
    await insertDataset("roster", { locale: "zh-CN", at: "selection" });
    expect(sheetNamed(workbook(), "Sheet1").cell(3, 2)).toEqual({
      value: "",
      formula: "",
      spilled: false,
      numberFormat: "0.00%",
    });
    expect(workbook().tables.list()).toEqual([]);
  });

  it("reports a table whose empty rows the block would cover", async () => {
    addUserTable(workbook(), "Sheet1", "A1:C20", "Mine");
    select(workbook(), "Sheet1", "B5");
    const before = snapshot(workbook());
    const result = await insertDataset("net_financing", { locale: "en-US", at: "selection" });
    expect(result).toMatchObject({ status: "occupied", occupant: { kind: "table", table: "Mine" } });
    expect(snapshot(workbook())).toEqual(before);
  });

  it("names the first cell a merged area reaches inside the block, not the area's own corner", async () => {
    await onSheet1((sheet) => sheet.getRange("A3:C4").merge());
    select(workbook(), "Sheet1", "B1");
    const result = await insertDataset("net_financing", { locale: "en-US", at: "selection" });
    expect(result).toMatchObject({ status: "occupied", occupant: { kind: "merged", cell: "B3" } });
  });

  it("reports the first occupied cell row by row, whatever occupies it", async () => {
    await onSheet1((sheet) => {
      sheet.getRange("E5").format.fill.color = "#FF0000";
      sheet.getRange("H3").numberFormat = [["yyyy-mm-dd"]];
      sheet.comments.add("C4", "later row, earlier column");
    });
    select(workbook(), "Sheet1", "B2");
    const result = await insertDataset("net_financing", { locale: "en-US", at: "selection" });
    expect(result).toMatchObject({ occupant: { kind: "numberFormat", cell: "H3" } });
  });

  it("inserts when the sheet's comments and notes are elsewhere: one more read to find where they are", async () => {
    await onSheet1((sheet) => {
      sheet.comments.add("A1", "not in the block");
      sheet.notes.add("Z99", "nor this");
    });
    select(workbook(), "Sheet1", "B2");
    const result = await insertDataset("net_financing", { locale: "en-US", at: "selection" });
    expect(result).toMatchObject({ status: "inserted", address: `B2:${LAST_COLUMN}4` });
    expect(lastTrips()).toHaveLength(3);
  });

  it("reads everything in the one read it always made when the sheet has no comment or note", async () => {
    await onSheet1((sheet) => (sheet.getRange("Z1").format.fill.color = "#00FF00"));
    select(workbook(), "Sheet1", "B2");
    expect(await insertDataset("net_financing", { locale: "en-US", at: "selection" })).toMatchObject({
      status: "inserted",
    });
    expect(lastTrips()).toHaveLength(2);
  });
});

describe("a formula insert over a cell that only carries something", () => {
  it.each(KINDS)("reports $name and leaves the cell as it was", async ({ edit, occupant }) => {
    await onSheet1(edit);
    select(workbook(), "Sheet1", "C4:E9");
    const before = snapshot(workbook());
    const result = await insertFormulaAtSelection("=AMC.AMCCOUNT()");
    expect(result).toEqual({ status: "occupied", address: "Sheet1!C4", occupant });
    expect(snapshot(workbook())).toEqual(before);
    expect(lastTrips()).toHaveLength(readTrips(occupant));
  });

  it("reports a table over the selected cell", async () => {
    addUserTable(workbook(), "Sheet1", "A1:C20", "Mine");
    select(workbook(), "Sheet1", "B5");
    expect(await insertFormulaAtSelection("=AMC.AMCCOUNT()")).toMatchObject({
      status: "occupied",
      occupant: { kind: "table", table: "Mine" },
    });
  });

  it("writes into a free cell next to occupied ones, in 2 round-trips", async () => {
    await onSheet1((sheet) => {
      sheet.getRange("C3").numberFormat = [["0.00%"]];
      sheet.getRange("D4").format.fill.color = "#FFFF00";
    });
    select(workbook(), "Sheet1", "C4");
    expect(await insertFormulaAtSelection("=AMC.AMCCOUNT()")).toEqual({
      status: "inserted",
      address: "Sheet1!C4",
      formula: "=AMC.AMCCOUNT()",
    });
    expect(sheetNamed(workbook(), "Sheet1").cell(3, 2)?.formula).toBe("=AMC.AMCCOUNT()");
    expect(lastTrips()).toHaveLength(2);
  });
});
