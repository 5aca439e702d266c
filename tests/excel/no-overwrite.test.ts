/**
 * No data lost: random workbooks in the preview (values, formulas, text that looks like formulas, spilled arrays,
 * cells that only carry a number format, a fill, a border, a comment, a note, a validation rule or a merged area,
 * the analyst's own tables, colliding sheet names, AMC.* formulas and look-alikes), a random selection, and random
 * sequences of every task-pane action (a figure of the picker, with its source, too), the check the pane makes when it opens and the repair included. No
 * pre-filled or marked cell may change in any part; an action that reports "occupied" changes nothing (and every
 * kind of occupant is met); the check writes nothing; the repair writes exactly the cells calling AMC.* functions,
 * leaving their contents as they were; names stay valid and unique. And a values copy of every sheet writes none of
 * them, and its copies show what they showed.
 */
import fc from "fast-check";
import { CATALOG } from "../../src/data/catalog";
import { DATASET_IDS, type DatasetId } from "../../src/data/index";
import { buildReportModel } from "../../src/excel/build-report-model";
import { insertDataset } from "../../src/excel/insert-dataset";
import { callsAmcFunction } from "../../src/excel/amc-formula";
import { readFormulaTarget } from "../../src/excel/formula-target";
import { insertFigureAtSelection, insertFigureOnNewSheet } from "../../src/excel/insert-figure";
import { insertFormulaAtSelection, insertFormulaInto } from "../../src/excel/insert-formula";
import { repairAmcFormulas, scanWorkbook } from "../../src/excel/repair";
import { copyAsValues } from "../../src/excel/copy-as-values";
import { NOTE_ROWS } from "../../src/excel/copy-plan";
import { cellAddress } from "../../src/excel-rules/a1";
import { validationRule } from "../../src/preview/workbook/cell-properties";
import type { PreviewWorkbook } from "../../src/preview/workbook/workbook";
import { WorkbookError } from "../../src/preview/workbook/workbook-error";
import { installPreview, newPreview } from "../support/preview-workbook";
import {
  addUserTable,
  select,
  sheetNamed,
  sheetViews,
  snapshot,
  type CellState,
  type Scalar,
  type WorkbookSnapshot,
} from "../support/workbook-view";

const RUNS = Number(process.env.NO_OVERWRITE_RUNS ?? 150);
const SEED = Number(process.env.NO_OVERWRITE_SEED ?? 20260102);

type Action =
  | { kind: "dataset"; id: DatasetId; at: "newSheet" | "selection"; withChart: boolean; provenance: boolean }
  | { kind: "formula" }
  | { kind: "figure"; withSource: boolean; at: "newSheet" | "selection" }
  | { kind: "builtFormula"; rows: number; columns: number }
  | { kind: "model" }
  | { kind: "scan" }
  | { kind: "repair" };

/** What an analyst typed in a cell, or a formula whose array spills over the cells right of and below it. */
const cellInput: fc.Arbitrary<Scalar | { spill: number }> = fc.oneof(
  fc.integer({ min: -1000, max: 1000 }),
  fc.constantFrom(
    "mine",
    "",
    "=A1+1",
    '=""',
    "'=not a formula",
    "资产",
    true,
    0,
    "=AMC.HHI(A1:A5)",
    '=amc.figure("net_financing","industry","2024")',
    '="AMC.TOP5SHARE(A1)"',
    "='AMC.Data'!A1",
  ),
  fc.record({ spill: fc.integer({ min: -9, max: 9 }) }),
);

const sheetNames = fc.uniqueArray(
  fc.constantFrom("Sheet1", "地方AMC名单", "AMC roster", "AMC Model Inputs", "AMC模型-指标", "Data"),
  { minLength: 1, maxLength: 3, comparator: (a, b) => a.toLowerCase() === b.toLowerCase() },
);

const action: fc.Arbitrary<Action> = fc.oneof(
  fc.record({
    kind: fc.constant("dataset" as const),
    id: fc.constantFrom(...DATASET_IDS),
    at: fc.constantFrom("newSheet" as const, "selection" as const),
    withChart: fc.boolean(),
    provenance: fc.boolean(),
  }),
  fc.constant({ kind: "formula" as const }),
  fc.record({
    kind: fc.constant("figure" as const),
    withSource: fc.boolean(),
    at: fc.constantFrom("newSheet" as const, "selection" as const),
  }),
  fc.record({
    kind: fc.constant("builtFormula" as const),
    rows: fc.integer({ min: 1, max: 6 }),
    columns: fc.integer({ min: 1, max: 4 }),
  }),
  fc.constant({ kind: "model" as const }),
  fc.constant({ kind: "scan" as const }),
  fc.constant({ kind: "repair" as const }),
);

/** What an analyst may leave on a cell without a value: each makes the cell occupied. */
const MARKS = ["numberFormat", "fill", "border", "comment", "note", "dataValidation", "merged"] as const;
type Mark = (typeof MARKS)[number];

const scenario = fc.record({
  sheets: sheetNames,
  cells: fc.array(fc.record({ sheet: fc.nat(2), row: fc.nat(70), col: fc.nat(25), input: cellInput }), {
    maxLength: 40,
  }),
  marks: fc.array(fc.record({ sheet: fc.nat(2), row: fc.nat(70), col: fc.nat(25), mark: fc.constantFrom(...MARKS) }), {
    maxLength: 12,
  }),
  userTable: fc.option(fc.record({ sheet: fc.nat(2), row: fc.nat(40), col: fc.nat(15) }), { nil: undefined }),
  selection: fc.record({ sheet: fc.nat(2), row: fc.nat(60), col: fc.nat(20) }),
  /** Half the time the selection is put on (or above-left of) a filled or marked cell, where overwrites would happen. */
  nearFilledCell: fc.option(fc.record({ index: fc.nat(), offset: fc.nat(3) }), { nil: undefined }),
  locale: fc.constantFrom("zh-CN" as const, "en-US" as const),
  actions: fc.array(action, { minLength: 1, maxLength: 3 }),
});

function run(action: Action, locale: "zh-CN" | "en-US") {
  switch (action.kind) {
    case "dataset":
      return insertDataset(action.id, {
        locale,
        at: action.at,
        withChart: action.withChart && CATALOG[action.id].chart !== undefined,
        provenance: action.provenance,
      });
    case "formula":
      return insertFormulaAtSelection("=AMC.HHI(A1:A5)");
    case "figure": {
      const cells = {
        formula: '=AMC.FIGURE("债券净融资额","行业","2024年")',
        numberFormat: '#,##0.00" 亿元"',
        source: action.withSource ? '=AMC.SOURCE("债券净融资额","行业","2024年")' : null,
        sheetTitle: "Data",
      };
      return action.at === "selection" ? insertFigureAtSelection(cells) : insertFigureOnNewSheet(cells);
    }
    case "builtFormula":
      // As the formula builder does: the cell chosen when it opened, the block its result spills into.
      return readFormulaTarget().then(({ sheet, row, column }) =>
        insertFormulaInto({ sheetId: sheet.id, row, column }, `=SEQUENCE(${action.rows},${action.columns})`, action),
      );
    case "model":
      return buildReportModel({ locale });
    case "scan":
      return scanWorkbook().then(() => ({ status: "scanned" as const }));
    case "repair":
      return repairAmcFormulas();
  }
}

/**
 * Leaves `mark` on a cell as the analyst would; what Excel refuses (a second comment or note on a cell, a merge
 * over part of another merged area) is left out.
 */
function markCell(wb: PreviewWorkbook, sheetId: number, row: number, column: number, mark: Mark): void {
  const cell = { row, column, rowCount: 1, columnCount: 1 };
  const marks: Record<Mark, () => void> = {
    numberFormat: () => wb.formats.writeNumberFormats(sheetId, cell, [["0.00%"]]),
    fill: () => wb.formats.apply(sheetId, cell, { fill: "#FFFF00" }),
    border: () => wb.formats.setBorder(sheetId, cell, "EdgeBottom", { style: "Continuous" }),
    comment: () => wb.properties.addNote(sheetId, "comments", cell, "check this"),
    note: () => wb.properties.addNote(sheetId, "notes", cell, "source"),
    dataValidation: () => wb.properties.setValidation(sheetId, cell, validationRule({ wholeNumber: { formula1: 0 } })),
    merged: () => wb.properties.merge(sheetId, { row, column, rowCount: 2, columnCount: 2 }),
  };
  try {
    marks[mark]();
  } catch (error) {
    if (!(error instanceof WorkbookError)) throw error;
  }
}

/** How many cells of the workbook hold a formula calling AMC.* (what a repair may write, and all it may write). */
function amcFormulaCells(wb: PreviewWorkbook): number {
  return sheetViews(wb).reduce(
    (sum, sheet) => sum + [...sheet.cells().values()].filter((cell) => callsAmcFunction(cell.formula)).length,
    0,
  );
}

/**
 * What the analyst put in a cell, every part of it: the formula as written (or the constant), whether a spill
 * fills it, and everything it carries. A formula's computed value may change when the add-in fills cells it reads.
 */
function entered(cell: CellState | undefined) {
  if (!cell) return undefined;
  const { value: _computed, ...rest } = cell;
  return cell.formula === "" && !cell.spilled ? cell : rest;
}

function sameContent(a: CellState | undefined, b: CellState | undefined): boolean {
  return JSON.stringify(entered(a)) === JSON.stringify(entered(b));
}

/**
 * Every cell of `original` holds and carries the same now (its computed value aside, for formulas), and no column of
 * its sheets was grouped or hidden (an outline hides whole columns, the analyst's cells in them too).
 */
function expectSameContents(wb: PreviewWorkbook, original: WorkbookSnapshot) {
  for (const { name, cells, outline } of original.sheets) {
    const sheet = sheetNamed(wb, name);
    expect(snapshot(wb).sheets.find((now) => now.name === name)!.outline).toEqual(outline);
    for (const [key, cell] of cells) {
      const [row, col] = key.split(",").map(Number);
      if (!sameContent(sheet.cell(row, col), cell)) {
        throw new Error(
          `${name}!${cellAddress(row, col)} changed from ${JSON.stringify(cell)} to ${JSON.stringify(sheet.cell(row, col))}`,
        );
      }
    }
  }
}

type Scenario = typeof scenario extends fc.Arbitrary<infer S> ? S : never;

/** The scenario's workbook as the analyst left it: sheets, their table, cells typed and cells marked. */
function analystWorkbook(s: Scenario) {
  const preview = newPreview(s.sheets);
  const wb = preview.workbook;
  const sheetAt = (i: number) => sheetViews(wb)[i % s.sheets.length];
  if (s.userTable) {
    const { row, col } = s.userTable;
    addUserTable(
      wb,
      sheetAt(s.userTable.sheet).name,
      `${cellAddress(row, col)}:${cellAddress(row + 5, col + 2)}`,
      "Mine",
    );
  }
  for (const { sheet, row, col, input } of s.cells) {
    if (typeof input === "object") sheetAt(sheet).set(row, col, `=SEQUENCE(2,2,${input.spill})`);
    else if (input !== "") sheetAt(sheet).set(row, col, input);
  }
  for (const { sheet, row, col, mark } of s.marks) markCell(wb, sheetAt(sheet).id, row, col, mark);
  return { preview, wb, sheetAt };
}

describe("no action overwrites a non-empty cell", () => {
  it(`holds over ${RUNS} random workbooks and action sequences (seed ${SEED})`, async () => {
    const occupants = new Set<string>();
    await fc.assert(
      fc.asyncProperty(scenario, async (s) => {
        const { preview, wb, sheetAt } = analystWorkbook(s);
        const places = [...s.cells, ...s.marks];
        const near = s.nearFilledCell && places.length > 0 ? places[s.nearFilledCell.index % places.length] : null;
        const selection = near
          ? {
              sheet: near.sheet,
              row: Math.max(0, near.row - s.nearFilledCell!.offset),
              col: Math.max(0, near.col - s.nearFilledCell!.offset),
            }
          : s.selection;
        select(wb, sheetAt(selection.sheet).name, cellAddress(selection.row, selection.col));
        const original = snapshot(wb);
        const uninstall = installPreview(preview);
        try {
          for (const act of s.actions) {
            const before = snapshot(wb);
            const tablesBefore = wb.tables.list().length;
            const runsBefore = preview.log.runs.length;
            const amcBefore = amcFormulaCells(wb);
            let checkedAfterRepair: { written: number; expected: number; before: typeof before } | null = null;
            try {
              const result = await run(act, s.locale);
              if (act.kind === "repair" || act.kind === "scan") {
                const trips = preview.log.runs.slice(runsBefore).flatMap((logged) => logged.roundTrips);
                const written = trips.reduce((sum, trip) => sum + trip.cellsWritten, 0);
                checkedAfterRepair = { written, expected: act.kind === "repair" ? amcBefore : 0, before };
              }
              if (result.status === "occupied") {
                if ("occupant" in result) occupants.add(result.occupant.kind);
                expect(snapshot(wb)).toEqual(before);
                expect(wb.tables.list()).toHaveLength(tablesBefore);
              }
            } catch (error) {
              // The one failure allowed: a selection that cannot take the table; and then nothing was written.
              expect((error as { code?: string }).code).toBe("selectionUnusable");
              expect(snapshot(wb)).toEqual(before);
            }
            if (checkedAfterRepair) {
              expect(checkedAfterRepair.written).toBe(checkedAfterRepair.expected);
              expectSameContents(wb, checkedAfterRepair.before);
            }
          }
        } finally {
          uninstall();
        }
        expectSameContents(wb, original);
        const sheetKeys = wb.sheets.list().map((sheet) => sheet.name.toLowerCase());
        expect(new Set(sheetKeys).size).toBe(sheetKeys.length);
        const tableKeys = wb.tables.list().map((table) => table.name.toLowerCase());
        expect(new Set(tableKeys).size).toBe(tableKeys.length);
      }),
      { numRuns: RUNS, seed: SEED },
    );
    // The runs met every kind of mark, and contents, where an insert would have written.
    expect([...occupants]).toEqual(expect.arrayContaining([...MARKS, "value", "formula"]));
  }, 120_000);

  it(`copies every sheet as values without writing one, and the copies show what the sheets showed (seed ${SEED})`, async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async (s) => {
        const { preview, wb } = analystWorkbook(s);
        const original = snapshot(wb);
        const uninstall = installPreview(preview);
        let result: Awaited<ReturnType<typeof copyAsValues>>;
        try {
          const sheetIds = wb.sheets.list().map((sheet) => `{preview-sheet-${sheet.id}}`);
          result = await copyAsValues({ locale: s.locale, sheetIds });
        } finally {
          uninstall();
        }
        const names = new Set(original.sheets.map((sheet) => sheet.name));
        expect(snapshot(wb).sheets.filter((sheet) => names.has(sheet.name))).toEqual(original.sheets);
        if (result.status === "stuck") return expect(snapshot(wb)).toEqual(original);
        for (const [i, copy] of result.copies.entries()) {
          const copied = sheetNamed(wb, copy.copy);
          for (const [place, cell] of original.sheets[i].cells) {
            const [row, col] = place.split(",").map(Number);
            expect({ place, value: copied.cell(row + NOTE_ROWS, col)?.value ?? "" }).toEqual({
              place,
              value: cell.value,
            });
          }
          expect([...copied.cells().values()].filter((cell) => callsAmcFunction(cell.formula))).toEqual([]);
        }
      }),
      { numRuns: Math.ceil(RUNS / 3), seed: SEED },
    );
  }, 120_000);

  it("is a test that can fail: a deliberate overwrite through the same Excel API is caught", async () => {
    const preview = newPreview(["Sheet1"]);
    const sheet = sheetNamed(preview.workbook, "Sheet1").set(0, 0, "mine");
    const original = snapshot(preview.workbook);
    await preview.excel.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getRangeByIndexes(0, 0, 1, 1).values = [["overwritten"]];
      await context.sync();
    });
    expect(sameContent(sheet.cell(0, 0), original.sheets[0].cells.get("0,0"))).toBe(false);
    expect(() => expectSameContents(preview.workbook, original)).toThrow(/Sheet1!A1 changed/);
  });
});
