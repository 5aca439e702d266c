/**
 * The repair in the preview's workbook through its Excel API: only the cells calling AMC.* functions are
 * re-entered, with their text unchanged, and compute again; values, other formulas, errors and spilled cells stay
 * as they are; the sync counts hold with and without the names cache; the writes split only when the payload
 * demands it.
 */
import { cellAddress } from "../../src/excel-rules/a1";
import { EXCEL_WEB_REQUEST_LIMIT_BYTES } from "../../src/excel-rules/limits";
import { repairAmcFormulas, scanWorkbook } from "../../src/excel/repair";
import { REPAIR_BATCH_BYTES } from "../../src/excel/repair-plan";
import type { PreviewWorkbook } from "../../src/preview/workbook/workbook";
import { freshPreviewPerTest, newPreview, lastRun, roundTrips } from "../support/preview-workbook";
import { sheetNamed, sheetViews, snapshot, type CellState } from "../support/workbook-view";

const preview = freshPreviewPerTest(["Inputs", "Model", "Notes"]);
const workbook = () => preview().workbook;
/** The round-trips of the last action. */
const lastTrips = () => lastRun(preview().log).roundTrips;
const trips = () => roundTrips(preview().log);
const forgetRuns = () => (preview().log.runs.length = 0);

/**
 * A mixed workbook as Excel holds it after being opened before the add-in: AMC formulas stuck at #NAME? and others
 * computed (entered again since), other formulas, values, errors, look-alike text, a spilled AMC result.
 */
function mixedWorkbook(book: PreviewWorkbook, { stuck } = { stuck: true }) {
  const inputs = sheetNamed(book, "Inputs").set(0, 0, "Company").set(0, 1, "Assets");
  for (let r = 1; r <= 5; r++) inputs.set(r, 0, `Co ${r}`).set(r, 1, r * 100);
  inputs.set(6, 1, "=SUM(B2:B6)");
  const model = sheetNamed(book, "Model")
    .set(0, 1, "=AMC.TOP5SHARE(Inputs!B2:B6)")
    .set(1, 1, "=amc.hhi(Inputs!B2:B6)")
    .set(0, 2, '="AMC.TOP5SHARE"') // a string, not a call
    .set(1, 2, "=FOO(1)") // #NAME? that is not ours
    .set(2, 2, "='AMC.Data'!A1") // a sheet name, not a call
    .set(3, 1, "'=AMC.HHI(A1:A5)") // text with a quote prefix
    .set(5, 0, '=AMC.ROSTER("浙江")');
  if (stuck) book.simulateUnregisteredFunctions();
  // Entered again since: computed, and still re-entered by the repair. The DATASET call spills.
  model.set(2, 1, '=AMC.FIGURE("net_financing","industry","2024")').set(8, 0, '=AMC.DATASET("net_financing",FALSE)');
  sheetNamed(book, "Notes").set(0, 0, "AMC.TOP5SHARE is the top-5 share");
  return { inputs, model };
}

const AMC_CELLS = ["Model!B1", "Model!B2", "Model!B3", "Model!A6", "Model!A9"];
const STUCK_CELLS = ["Model!B1", "Model!B2", "Model!A6"];

/** Every cell of the workbook that holds or carries something, by "Sheet!A1". */
function cellsOf(book: PreviewWorkbook): Map<string, CellState> {
  const all = new Map<string, CellState>();
  for (const sheet of sheetViews(book)) {
    for (const [place, cell] of sheet.cells()) {
      const [row, col] = place.split(",").map(Number);
      all.set(`${sheet.name}!${cellAddress(row, col)}`, cell);
    }
  }
  return all;
}

const written = () => trips().reduce((sum, trip) => sum + trip.cellsWritten, 0);

describe("repair AMC formulas", () => {
  it("re-enters exactly the cells calling AMC.* functions, with their text unchanged, and nothing else", async () => {
    mixedWorkbook(workbook());
    const before = cellsOf(workbook());
    for (const address of STUCK_CELLS) expect(before.get(address)?.value).toBe("#NAME?");
    const result = await repairAmcFormulas();
    const after = cellsOf(workbook());
    for (const [address, cell] of before) {
      if (AMC_CELLS.includes(address)) {
        // Re-entered: same formula text, computed afresh.
        expect({ address, formula: after.get(address)?.formula }).toEqual({ address, formula: cell.formula });
        expect({ address, value: after.get(address)?.value }).not.toEqual({ address, value: "#NAME?" });
      } else {
        expect({ address, cell: after.get(address) }).toEqual({ address, cell });
      }
    }
    expect(result).toMatchObject({
      status: "repaired",
      cells: AMC_CELLS.length,
      sheets: [{ sheet: "Model", cells: AMC_CELLS.length }],
      writeBatches: 1,
    });
    expect(written()).toBe(AMC_CELLS.length);
  });

  it("gives each stuck cell the value its formula computes when entered fresh", async () => {
    const fresh = newPreview(["Inputs", "Model", "Notes"]).workbook;
    mixedWorkbook(fresh, { stuck: false });
    const expected = cellsOf(fresh);
    mixedWorkbook(workbook());
    await repairAmcFormulas();
    const after = cellsOf(workbook());
    for (const address of AMC_CELLS) {
      expect({ address, value: after.get(address)?.value }).toEqual({ address, value: expected.get(address)?.value });
    }
  });

  it("takes 3 syncs without the names cache: the names, every sheet's used range, one write", async () => {
    mixedWorkbook(workbook());
    await repairAmcFormulas();
    expect(lastTrips()).toHaveLength(3);
    expect(trips()).toHaveLength(3);
    expect(trips().map((trip) => trip.cellsWritten)).toEqual([0, 0, AMC_CELLS.length]);
  });

  it("takes 2 syncs after the pane's check filled the names cache: one read of all sheets, one write", async () => {
    mixedWorkbook(workbook());
    await scanWorkbook();
    forgetRuns();
    await repairAmcFormulas();
    expect(lastTrips()).toHaveLength(2);
    expect(trips().map((trip) => trip.cellsWritten)).toEqual([0, AMC_CELLS.length]);
  });

  it("still reads a sheet added after the check (one more read) and one deleted since (the read starts over)", async () => {
    mixedWorkbook(workbook());
    await scanWorkbook();
    workbook().addSheet("Added later");
    const added = sheetNamed(workbook(), "Added later").set(0, 0, "=AMC.AMCCOUNT()");
    const count = added.cell(0, 0)!.value;
    workbook().simulateUnregisteredFunctions();
    const withAdded = await repairAmcFormulas();
    expect(withAdded).toMatchObject({ cells: AMC_CELLS.length + 1 });
    expect(lastTrips()).toHaveLength(3);
    expect(added.cell(0, 0)).toMatchObject({ value: count, formula: "=AMC.AMCCOUNT()", spilled: false });
    expect(typeof count).toBe("number");

    workbook().deleteSheet(sheetNamed(workbook(), "Notes").id);
    const afterDelete = await repairAmcFormulas();
    expect(afterDelete).toMatchObject({ cells: AMC_CELLS.length + 1 });
    expect(lastTrips()).toHaveLength(4);
  });

  it("writes nothing, in one sync with the cache, when no cell calls an AMC.* function", async () => {
    sheetNamed(workbook(), "Inputs").set(0, 0, '="AMC.FIGURE(1)"');
    await scanWorkbook();
    forgetRuns();
    expect(await repairAmcFormulas()).toMatchObject({ status: "nothingToRepair", cells: 0, writeBatches: 0 });
    expect(lastTrips()).toHaveLength(1);
    expect(trips()[0].cellsWritten).toBe(0);
  });

  it("writes a column of AMC formulas as one block, not cell by cell", async () => {
    const model = sheetNamed(workbook(), "Model");
    for (let r = 0; r < 200; r++)
      model.set(r, 3, `=AMC.COMPANY(A${r + 1})`).set(r, 4, `=AMC.COMPANY(A${r + 1},"province")`);
    workbook().simulateUnregisteredFunctions();
    const result = await repairAmcFormulas();
    expect(result.cells).toBe(400);
    // One range write for D1:E200: the payload is the formulas.
    const formulas = Array.from({ length: 200 }, (_, r) => [
      `=AMC.COMPANY(A${r + 1})`,
      `=AMC.COMPANY(A${r + 1},"province")`,
    ]);
    expect(trips().at(-1)!.payloadBytes).toBe(Buffer.byteLength(JSON.stringify(formulas)));
  });

  it("splits the write into several syncs only when the formulas exceed one request, each under 5 MB", async () => {
    const model = sheetNamed(workbook(), "Model");
    // Calls of an AMC function the engine need not run, near Excel's 8,192-character limit for a formula.
    const long = (r: number) => `=IF(FALSE,AMC.AMCCOUNT(),"${"x".repeat(8000)}${r}")`;
    const rows = Math.ceil((2.5 * REPAIR_BATCH_BYTES) / 8000);
    workbook().cells.write(
      model.id,
      { row: 0, column: 0, rowCount: rows, columnCount: 1 },
      Array.from({ length: rows }, (_, r) => [long(r)]),
    );
    const result = await repairAmcFormulas();
    const writes = trips().filter((trip) => trip.cellsWritten > 0);
    expect(result.writeBatches).toBe(3);
    expect(writes).toHaveLength(3);
    for (const write of writes) expect(write.payloadBytes).toBeLessThan(EXCEL_WEB_REQUEST_LIMIT_BYTES);
    expect(writes.reduce((sum, trip) => sum + trip.cellsWritten, 0)).toBe(rows);
    for (let r = 0; r < rows; r += 97) {
      expect(model.cell(r, 0)).toMatchObject({ formula: long(r), value: `${"x".repeat(8000)}${r}` });
    }
  });
});

describe("the pane's check when it opens", () => {
  it("counts the AMC cells showing #NAME? and #BUSY!, per sheet, not the others", async () => {
    mixedWorkbook(workbook());
    // Excel's value of a cell whose AMC function is still computing is the text #BUSY!, as here.
    sheetNamed(workbook(), "Inputs").set(8, 0, '=IF(TRUE,"#BUSY!",AMC.AMCCOUNT())');
    const scan = await scanWorkbook();
    expect(scan).toMatchObject({ amcCells: 6, nameErrors: 3, busy: 1 });
    expect(lastTrips()).toHaveLength(2);
    expect(scan.sheets).toEqual([
      { sheet: "Inputs", cells: 1, nameErrors: 0, busy: 1 },
      { sheet: "Model", cells: 5, nameErrors: 3, busy: 0 },
    ]);
  });

  it("reads the workbook without writing anything", async () => {
    mixedWorkbook(workbook());
    const before = snapshot(workbook());
    await scanWorkbook();
    expect(snapshot(workbook())).toEqual(before);
    expect(trips().every((trip) => trip.cellsWritten === 0)).toBe(true);
  });
});
