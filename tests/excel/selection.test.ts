/**
 * Following the analyst's selection: one registration of Excel's event however many listeners follow, each
 * change reported with the sheet's id and the address, nothing after a listener stops, and the selected range read
 * with its sheet. Each test loads src/excel/selection.ts afresh: a page registers once for its workbook's life.
 */
import { rectAddress } from "../../src/excel-rules/a1";
import { installPreview, newPreview, type Preview } from "../support/preview-workbook";

type SelectionModule = typeof import("../../src/excel/selection");

let preview: Preview;
let uninstall: () => void;
let selection: SelectionModule;

beforeEach(() => {
  preview = newPreview(["Inputs", "Model"]);
  uninstall = installPreview(preview);
  jest.isolateModules(() => {
    selection = jest.requireActual("../../src/excel/selection");
  });
});
afterEach(() => uninstall());

const sheetId = (name: string) => preview.workbook.sheets.byName(name)!.id;
const settle = () => new Promise((resolve) => setTimeout(resolve, 5));

function select(name: string, row: number, column: number, rowCount = 1, columnCount = 1) {
  preview.workbook.sheets.select(sheetId(name), { row, column, rowCount, columnCount });
}

it("reports each change of selection with the sheet's id and the range's address", async () => {
  const seen: { worksheetId: string; address: string }[] = [];
  await selection.followSelection((change) => seen.push(change));
  select("Model", 1, 1, 25, 1);
  select("Inputs", 3, 2);
  await settle();
  expect(seen.map((change) => change.address)).toEqual([
    rectAddress({ row: 1, column: 1, rowCount: 25, columnCount: 1 }),
    "C4",
  ]);
  expect(seen[0].worksheetId).not.toBe(seen[1].worksheetId);
});

it("registers with Excel once, however many listeners follow", async () => {
  const first: string[] = [];
  const second: string[] = [];
  await selection.followSelection((change) => first.push(change.address));
  await selection.followSelection((change) => second.push(change.address));
  select("Inputs", 0, 0);
  await settle();
  expect(preview.log.runs).toHaveLength(1);
  expect(first).toEqual(["A1"]);
  expect(second).toEqual(["A1"]);
});

it("calls a listener no more once it stops following", async () => {
  const seen: string[] = [];
  const stop = await selection.followSelection((change) => seen.push(change.address));
  select("Inputs", 1, 0);
  await settle();
  stop();
  select("Inputs", 2, 0);
  await settle();
  expect(seen).toEqual(["A2"]);
});

it("rejects, and keeps no listener, where the host cannot report selection changes", async () => {
  const excel = (globalThis as unknown as { Excel: { run: unknown } }).Excel;
  const run = excel.run;
  excel.run = () => Promise.reject(new Error("ApiNotFound"));
  const seen: string[] = [];
  await expect(selection.followSelection((change) => seen.push(change.address))).rejects.toThrow("ApiNotFound");
  excel.run = run;
  await selection.followSelection(() => {});
  select("Inputs", 4, 4);
  await settle();
  expect(seen).toEqual([]);
});

it("reads the selected range with its sheet", async () => {
  select("Model", 1, 1, 25, 1);
  expect(await selection.selectedAddress()).toBe("Model!B2:B26");
});
