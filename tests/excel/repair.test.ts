/**
 * The repair in an in-memory workbook with Office.js batch semantics: only the cells calling AMC.* functions are
 * re-entered, with their text unchanged; values, other formulas, errors and spilled cells stay as they are; the
 * sync counts hold with and without the names cache; the writes split only when the payload demands it.
 */
import { repairAmcFormulas, scanWorkbook } from "../../src/excel/repair";
import { REPAIR_BATCH_BYTES } from "../../src/excel/repair-plan";
import { EXCEL_WEB_REQUEST_LIMIT_BYTES } from "../../src/excel-rules/limits";
import { freshWorkbookPerTest, type FakeCell, type FakeSheet, type FakeWorkbook } from "../support/fake-excel";

const wb = freshWorkbookPerTest(["Inputs", "Model", "Notes"]);

/** A cell as Excel holds it after the workbook was opened before the add-in: the formula, showing `shown`. */
function stuck(sheet: FakeSheet, row: number, col: number, formula: string, shown: string | number = "#NAME?") {
  sheet.cells.set(`${row},${col}`, { value: shown, formula });
}

/** A mixed workbook: AMC formulas (stuck and computed), other formulas, values, errors, look-alike text, a spill. */
function mixedWorkbook(book: FakeWorkbook) {
  const inputs = book.sheet("Inputs");
  inputs.set(0, 0, "Company");
  inputs.set(0, 1, "Assets");
  for (let r = 1; r <= 5; r++) {
    inputs.set(r, 0, `Co ${r}`);
    inputs.set(r, 1, r * 100);
  }
  inputs.set(6, 1, "=SUM(B2:B6)");
  const model = book.sheet("Model");
  stuck(model, 0, 1, "=AMC.TOP5SHARE(Inputs!B2:B6)");
  stuck(model, 1, 1, "=amc.hhi(Inputs!B2:B6)");
  stuck(model, 2, 1, '=AMC.FIGURE("net_financing","industry","2024")', 0.5); // computed, still re-entered
  stuck(model, 0, 2, '="AMC.TOP5SHARE"', "AMC.TOP5SHARE"); // a string, not a call
  stuck(model, 1, 2, "=FOO(1)"); // #NAME? that is not ours
  stuck(model, 2, 2, "='AMC.Data'!A1", "#REF!"); // a sheet name, not a call
  model.set(3, 1, "'=AMC.HHI(A1:A5)"); // text with a quote prefix
  stuck(model, 5, 0, '=AMC.ROSTER("浙江")', "#NAME?");
  // A spilled result: the anchor holds the formula, the cells it fills hold none of their own.
  stuck(model, 8, 0, '=AMC.DATASET("net_financing",FALSE)', "2024");
  model.cells.set("8,1", { value: 12.5, formula: "", spilled: true });
  model.cells.set("9,0", { value: "2025", formula: "", spilled: true });
  model.cells.set("9,1", { value: -3, formula: "", spilled: true });
  book.sheet("Notes").set(0, 0, "AMC.TOP5SHARE is the top-5 share");
  return { inputs, model };
}

const AMC_CELLS = ["Model!B1", "Model!B2", "Model!B3", "Model!A6", "Model!A9"];

function cellsOf(book: FakeWorkbook): Map<string, FakeCell> {
  const all = new Map<string, FakeCell>();
  for (const sheet of book.sheets) {
    for (const [key, cell] of sheet.cells) {
      const [row, col] = key.split(",").map(Number);
      all.set(`${sheet.name}!${String.fromCharCode(65 + col)}${row + 1}`, { ...cell });
    }
  }
  return all;
}

describe("repair AMC formulas", () => {
  it("re-enters exactly the cells calling AMC.* functions, with their text unchanged, and nothing else", async () => {
    mixedWorkbook(wb());
    const before = cellsOf(wb());
    const result = await repairAmcFormulas();
    const after = cellsOf(wb());
    for (const [address, cell] of before) {
      if (AMC_CELLS.includes(address)) {
        // Re-entered: same formula text, computed afresh (the fake computes every new formula to 0).
        expect({ address, formula: after.get(address)?.formula }).toEqual({ address, formula: cell.formula });
        expect(after.get(address)?.value).toBe(0);
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
    const written = wb().syncs.reduce((sum, sync) => sum + sync.cellsWritten, 0);
    expect(written).toBe(AMC_CELLS.length);
  });

  it("takes 3 syncs without the names cache: the names, every sheet's used range, one write", async () => {
    mixedWorkbook(wb());
    const result = await repairAmcFormulas();
    expect(result.syncs).toBe(3);
    expect(wb().syncs).toHaveLength(3);
    expect(wb().syncs.map((sync) => sync.cellsWritten)).toEqual([0, 0, AMC_CELLS.length]);
  });

  it("takes 2 syncs after the pane's check filled the names cache: one read of all sheets, one write", async () => {
    mixedWorkbook(wb());
    await scanWorkbook();
    wb().syncs = [];
    const result = await repairAmcFormulas();
    expect(result.syncs).toBe(2);
    expect(wb().syncs.map((sync) => sync.cellsWritten)).toEqual([0, AMC_CELLS.length]);
  });

  it("still reads a sheet added after the check (one more read) and one deleted since (the read starts over)", async () => {
    mixedWorkbook(wb());
    await scanWorkbook();
    const added = wb().addSheet("Added later");
    stuck(added, 0, 0, "=AMC.AMCCOUNT()");
    const withAdded = await repairAmcFormulas();
    expect(withAdded).toMatchObject({ cells: AMC_CELLS.length + 1, syncs: 3 });
    expect(added.cell(0, 0)).toEqual({ value: 0, formula: "=AMC.AMCCOUNT()", spilled: false });

    wb().deleteSheet(wb().sheet("Notes"));
    const afterDelete = await repairAmcFormulas();
    expect(afterDelete).toMatchObject({ cells: AMC_CELLS.length + 1, syncs: 4 });
  });

  it("writes nothing, in one sync with the cache, when no cell calls an AMC.* function", async () => {
    wb().sheet("Inputs").set(0, 0, '="AMC.FIGURE(1)"');
    await scanWorkbook();
    wb().syncs = [];
    expect(await repairAmcFormulas()).toMatchObject({ status: "nothingToRepair", cells: 0, writeBatches: 0, syncs: 1 });
    expect(wb().syncs[0].cellsWritten).toBe(0);
  });

  it("writes a column of AMC formulas as one block, not cell by cell", async () => {
    const model = wb().sheet("Model");
    for (let r = 0; r < 200; r++) stuck(model, r, 3, `=AMC.COMPANY(A${r + 1})`);
    for (let r = 0; r < 200; r++) stuck(model, r, 4, `=AMC.COMPANY(A${r + 1},"province")`);
    const result = await repairAmcFormulas();
    expect(result.cells).toBe(400);
    // One range write for D1:E200: the payload is the formulas plus one write's overhead.
    const formulas = Array.from({ length: 200 }, (_, r) => [
      `=AMC.COMPANY(A${r + 1})`,
      `=AMC.COMPANY(A${r + 1},"province")`,
    ]);
    expect(wb().syncs.at(-1)!.payloadBytes).toBe(Buffer.byteLength(JSON.stringify(formulas)));
  });

  it("splits the write into several syncs only when the formulas exceed one request, each under 5 MB", async () => {
    const model = wb().sheet("Model");
    const long = (r: number) => `=AMC.COMPANY("${"x".repeat(900)}${r}")`;
    const rows = Math.ceil((2.5 * REPAIR_BATCH_BYTES) / 1000);
    for (let r = 0; r < rows; r++) stuck(model, r, 0, long(r));
    const result = await repairAmcFormulas();
    const writes = wb().syncs.filter((sync) => sync.cellsWritten > 0);
    expect(result.writeBatches).toBe(3);
    expect(writes).toHaveLength(3);
    for (const write of writes) expect(write.payloadBytes).toBeLessThan(EXCEL_WEB_REQUEST_LIMIT_BYTES);
    expect(writes.reduce((sum, sync) => sum + sync.cellsWritten, 0)).toBe(rows);
    for (let r = 0; r < rows; r += 997) expect(model.cell(r, 0)).toMatchObject({ formula: long(r), value: 0 });
  });
});

describe("the pane's check when it opens", () => {
  it("counts the AMC cells showing #NAME? and #BUSY!, per sheet, not the others", async () => {
    mixedWorkbook(wb());
    stuck(wb().sheet("Inputs"), 8, 0, "=AMC.AMCCOUNT()", "#BUSY!");
    const scan = await scanWorkbook();
    expect(scan).toMatchObject({ amcCells: 6, nameErrors: 3, busy: 1, syncs: 2 });
    expect(scan.sheets).toEqual([
      { sheet: "Inputs", cells: 1, nameErrors: 0, busy: 1 },
      { sheet: "Model", cells: 5, nameErrors: 3, busy: 0 },
    ]);
  });

  it("reads the workbook without writing anything", async () => {
    mixedWorkbook(wb());
    const before = wb().snapshot();
    await scanWorkbook();
    expect(wb().snapshot()).toEqual(before);
    expect(wb().syncs.every((sync) => sync.cellsWritten === 0)).toBe(true);
  });
});
