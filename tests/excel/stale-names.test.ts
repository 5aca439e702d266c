/**
 * The stale-names path of inserts on new sheets (src/excel/new-sheets.ts), in the preview's workbook: the pane read
 * the names when it opened, then the analyst (or a co-author) added a sheet or a table with a name the insert was
 * about to use. The optimistic batch fails, the names are read again, the insert's own half-built sheet (and only
 * it) is deleted, and the retry succeeds: 3 syncs, no user data changed, no stray sheet.
 */
import { buildReportModel } from "../../src/excel/build-report-model";
import { insertDataset } from "../../src/excel/insert-dataset";
import { knownWorkbookNames } from "../../src/excel/names-cache";
import { scanWorkbook } from "../../src/excel/repair";
import type { PreviewWorkbook } from "../../src/preview/workbook/workbook";
import { WorkbookError } from "../../src/preview/workbook/workbook-error";
import { freshPreviewPerTest, lastRun, roundTrips } from "../support/preview-workbook";
import { addUserTable, select, sheetNamed, snapshot, type WorkbookSnapshot } from "../support/workbook-view";

const preview = freshPreviewPerTest(["Sheet1"]);
const workbook = () => preview().workbook;
/** The round-trips of the last action. */
const lastTrips = () => lastRun(preview().log).roundTrips;
const trips = () => roundTrips(preview().log);
const sheetNames = () =>
  workbook()
    .sheets.list()
    .map((sheet) => sheet.name);
const tableNames = () =>
  workbook()
    .tables.list()
    .map((table) => `${workbook().sheets.name(table.sheetId)}:${table.name}`);

/** The analyst's own data, to prove it survives. */
function analystData(book: PreviewWorkbook) {
  sheetNamed(book, "Sheet1").set(0, 0, "mine").set(1, 0, "=AMC.AMCCOUNT()").set(2, 2, 42);
}

/** A sheet the analyst adds, with something in A1. */
function analystSheet(book: PreviewWorkbook, name: string, a1: string) {
  book.addSheet(name);
  sheetNamed(book, name).set(0, 0, a1);
}

/** The pane opened (names read), then the analyst changed the workbook behind its back. */
async function paneOpenedThen(change: (book: PreviewWorkbook) => void) {
  analystData(workbook());
  await scanWorkbook();
  change(workbook());
  preview().log.runs.length = 0;
  return snapshot(workbook());
}

function expectUntouched(before: WorkbookSnapshot, names: string[]) {
  const after = snapshot(workbook());
  const sheet = (shot: WorkbookSnapshot, name: string) => shot.sheets.find((candidate) => candidate.name === name);
  for (const name of names) expect({ name, sheet: sheet(after, name) }).toEqual({ name, sheet: sheet(before, name) });
}

function expectNoMarkedSheet() {
  const marked = workbook()
    .sheets.list()
    .filter((sheet) => workbook().sheets.tabColor(sheet.id) !== "");
  expect(marked.map((sheet) => sheet.name)).toEqual([]);
}

describe("an insert whose cached names went stale", () => {
  it("retries on a new name when the sheet name was taken meanwhile: 3 syncs, the analyst's sheet untouched", async () => {
    const before = await paneOpenedThen((book) => analystSheet(book, "地方AMC名单", "the analyst's roster"));
    const result = await insertDataset("roster", { locale: "zh-CN" });
    expect(result).toMatchObject({ status: "inserted", sheet: "地方AMC名单 (2)", table: "AMC_roster" });
    expect(lastTrips()).toHaveLength(3);
    expect(trips()).toHaveLength(3);
    expectUntouched(before, ["Sheet1", "地方AMC名单"]);
    expect(sheetNames()).toEqual(["Sheet1", "地方AMC名单", "地方AMC名单 (2)"]);
    expect(tableNames()).toEqual(["地方AMC名单 (2):AMC_roster"]);
    expectNoMarkedSheet();
  });

  it("deletes only its own half-built sheet when the table name was taken meanwhile, then retries", async () => {
    const before = await paneOpenedThen((book) => addUserTable(book, "Sheet1", "E1:F3", "AMC_roster"));
    const result = await insertDataset("roster", { locale: "zh-CN" });
    // The first batch added 地方AMC名单 and stopped at the table's name: the retry deletes that sheet first, so the
    // name is free again.
    expect(result).toMatchObject({ status: "inserted", sheet: "地方AMC名单", table: "AMC_roster_2" });
    expect(lastTrips()).toHaveLength(3);
    expect(sheetNames()).toEqual(["Sheet1", "地方AMC名单"]);
    expect(tableNames()).toEqual(["Sheet1:AMC_roster", "地方AMC名单:AMC_roster_2"]);
    expectUntouched(before, ["Sheet1"]);
    expect(sheetNamed(workbook(), "地方AMC名单").cell(1, 1)?.value).toBeTruthy();
    expectNoMarkedSheet();
  });

  it("never deletes a sheet it did not create, even when both its names were taken by a co-author", async () => {
    const before = await paneOpenedThen((book) => {
      // A co-author inserted the roster meanwhile: a sheet and a table with the very names this insert chose.
      analystSheet(book, "地方AMC名单", "co-author's roster");
      addUserTable(book, "地方AMC名单", "A1:B3", "AMC_roster");
    });
    const result = await insertDataset("roster", { locale: "zh-CN" });
    expect(result).toMatchObject({ sheet: "地方AMC名单 (2)", table: "AMC_roster_2" });
    expect(lastTrips()).toHaveLength(3);
    expectUntouched(before, ["Sheet1", "地方AMC名单"]);
    expect(
      workbook()
        .tables.list()
        .map((table) => table.name),
    ).toEqual(["AMC_roster", "AMC_roster_2"]);
    expectNoMarkedSheet();
  });

  it("learns the names on the stale path, so the next insert takes 1 sync again", async () => {
    await paneOpenedThen((book) => book.addSheet("AMC roster"));
    await insertDataset("roster", { locale: "en-US" });
    expect(knownWorkbookNames()?.sheets.map((sheet) => sheet.name)).toEqual(["Sheet1", "AMC roster", "AMC roster (2)"]);
    preview().log.runs.length = 0;
    expect(await insertDataset("roster", { locale: "en-US" })).toMatchObject({
      sheet: "AMC roster (3)",
    });
    expect(lastTrips()).toHaveLength(1);
  });

  it("builds the report model in 3 syncs when its metrics sheet's name was taken meanwhile, deleting only its own input sheet", async () => {
    const before = await paneOpenedThen((book) => analystSheet(book, "AMC Model Metrics", "my metrics"));
    const result = await buildReportModel({ locale: "en-US" });
    expect(result).toMatchObject({ inputSheet: "AMC Model Inputs", metricsSheet: "AMC Model Metrics (2)" });
    expect(lastTrips()).toHaveLength(3);
    expect(sheetNames()).toEqual(["Sheet1", "AMC Model Metrics", "AMC Model Inputs", "AMC Model Metrics (2)"]);
    expectUntouched(before, ["Sheet1", "AMC Model Metrics"]);
    expectNoMarkedSheet();
  });

  it("builds the report model in 1 sync with fresh names", async () => {
    await paneOpenedThen(() => undefined);
    expect(await buildReportModel({ locale: "zh-CN" })).toMatchObject({});
    expect(lastTrips()).toHaveLength(1);
  });
});

describe("an insert that fails for another reason", () => {
  it("deletes its own half-built sheet and reports the original error; the analyst's data is untouched", async () => {
    const before = await paneOpenedThen(() => undefined);
    const refuse = jest.spyOn(workbook().tables, "add").mockImplementation(() => {
      throw new WorkbookError("InvalidOperation", "Excel refused the table");
    });
    await expect(insertDataset("roster", { locale: "en-US" })).rejects.toMatchObject({ code: "InvalidOperation" });
    refuse.mockRestore();
    expect(sheetNames()).toEqual(["Sheet1"]);
    expectUntouched(before, ["Sheet1"]);
    // The failed batch, the read that found its sheet, the deletion.
    expect(trips()).toHaveLength(3);
  });
});

describe("what the names cache learns from inserts at the selection", () => {
  it("knows the table an insert at the selection added, so the next insert on a new sheet takes 1 sync", async () => {
    await paneOpenedThen(() => undefined);
    select(workbook(), "Sheet1", "H1");
    expect(await insertDataset("net_financing", { locale: "en-US", at: "selection" })).toMatchObject({
      table: "AMC_net_financing",
    });
    expect(lastTrips()).toHaveLength(2);
    preview().log.runs.length = 0;
    expect(await insertDataset("net_financing", { locale: "en-US" })).toMatchObject({
      table: "AMC_net_financing_2",
    });
    expect(lastTrips()).toHaveLength(1);
  });
});
