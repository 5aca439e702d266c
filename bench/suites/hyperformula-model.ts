/**
 * A 10,000-formula model in HyperFormula: 1,000 windows of 58 rows (the roster's size) over a 1,057-row data sheet,
 * ten metrics per window. Ours writes each metric as one AMC.* formula (registered through the preview's bridge,
 * as the preview workbench runs them); the baseline writes the same model with native formulas, the "≡" of each
 * function's description (SUM/LARGE/SUMIF/SUMPRODUCT, and COUNTIFS per bucket for DISTRIBUTION's FREQUENCY, which
 * HyperFormula 3 lacks). Both models are checked to compute the same figures, then timed building and evaluating
 * from scratch, and recalculating after every input value changes. Goal: ours no slower (≤ 1.0).
 */
import { HyperFormula, type RawCellContent } from "hyperformula";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import path from "path";
import {
  buildEngine,
  excelLikeConfig,
  registerAmcFunctions,
  settleSpills,
  type AmcFunctionPlugin,
  type CustomFunctionsMetadata,
} from "../../src/preview/hyperformula-bridge";
import { columnLetters } from "../../src/excel-rules/a1";
import type { LoadedFunctions } from "../support/registered-functions";
import { ROOT } from "../support/registered-functions";
import { atMost, makeRow, type Row } from "../support/report";
import * as data from "../support/sheet-data";
import { compareRuns, compareTimed, timeRun, type Timed } from "../support/timing";

const WINDOWS = 1000;
const WINDOW_ROWS = 58;
const DATA_ROWS = WINDOWS + WINDOW_ROWS - 1;
const BOUNDS = [100, 300, 500, 1000];
const BUCKETS = BOUNDS.length + 1;
const RUNS = 5;

type Sheets = Record<string, RawCellContent[][]>;

/** The data sheet's columns: labels, then number columns (with blanks and a little text, as analysts' sheets have). */
const COLUMNS = ["label", "assets", "liabilities", "cash", "shortDebt", "tenor", "amount", "issued", "repaid",
  "profit", "assetsPrior"] as const; // prettier-ignore
type ColumnName = (typeof COLUMNS)[number];
const LETTER = Object.fromEntries(COLUMNS.map((name, i) => [name, columnLetters(i)])) as Record<ColumnName, string>;

function dataSheet(seed: number): RawCellContent[][] {
  const columns = COLUMNS.map((name, i): data.Column => {
    if (name === "label") return data.labels(DATA_ROWS);
    if (name === "tenor") return data.tenors(DATA_ROWS, seed + i);
    return data.amounts(DATA_ROWS, seed + i);
  });
  // A blank cell is empty in the sheet (null), whichever way a host would pass it to a function.
  const sheetCell = (cell: data.Cell): RawCellContent => (cell === "" ? null : cell);
  return Array.from({ length: DATA_ROWS }, (_, r) => columns.map((column) => sheetCell(column[r][0])));
}

/** The model's formulas for one window, ours and native, in the same cells. */
function windowFormulas(w: number): { ours: string[]; native: string[]; label: string } {
  const first = w + 1;
  const last = w + WINDOW_ROWS;
  const r = (name: ColumnName) => `Data!$${LETTER[name]}$${first}:$${LETTER[name]}$${last}`;
  const [A, B, C, D, E, F, G, H, I, J, K] = COLUMNS.map(r);
  const label = `公司${w + 7}`;
  const ours = [
    `=AMC.TOP5SHARE(${B})`,
    `=AMC.HHI(${B})`,
    `=AMC.SHARE(${B},${A},"${label}")`,
    `=AMC.DEBTRATIO(${C},${B})`,
    `=AMC.CASHCOVER(${D},${E})`,
    `=AMC.NETFINANCING(${H},${I})`,
    `=AMC.TERMSHARE(${F},${G},3)`,
    `=AMC.GROWTHRATE(${B},${K})`,
    `=AMC.ROA(${J},${K},${B},12)`,
  ];
  const native = [
    `=SUM(LARGE(${B},SEQUENCE(5)))/SUM(${B})`,
    `=SUMPRODUCT((IF(ISNUMBER(${B}),${B},0)/SUM(${B}))^2)*10000`,
    `=SUMIF(${A},"${label}",${B})/SUM(${B})`,
    `=SUM(${C})/SUM(${B})`,
    `=SUM(${D})/SUM(${E})`,
    `=SUM(${H})-SUM(${I})`,
    `=SUMIF(${F},3,${G})/SUM(${G})`,
    `=SUM(${B})/SUM(${K})-1`,
    `=SUM(${J})/((SUM(${K})+SUM(${B}))/2)*12/12`,
  ];
  return { ours, native, label };
}

/** DISTRIBUTION's bucket labels, as ours prints them. */
const BUCKET_LABELS = [
  `≤${BOUNDS[0]}`,
  ...BOUNDS.slice(1).map((upper, i) => `${BOUNDS[i]}–${upper}`),
  `>${BOUNDS.at(-1)}`,
];

/** The distribution of one window: ours one spilled formula (5 × 3), native a label, COUNTIFS and share per bucket. */
function distributionRows(w: number, native: boolean): RawCellContent[][] {
  const values = `Data!$${LETTER.assets}$${w + 1}:$${LETTER.assets}$${w + WINDOW_ROWS}`;
  if (!native) {
    return [
      [`=AMC.DISTRIBUTION(${values},Bounds!$A$1:$A$${BOUNDS.length},FALSE())`, null, null],
      ...Array(BUCKETS - 1).fill([null, null, null]),
    ];
  }
  const bound = (i: number) => `Bounds!$A$${i + 1}`;
  const criteria = [
    `"<="&${bound(0)}`,
    ...BOUNDS.slice(1).map((_, i) => `">"&${bound(i)},${values},"<="&${bound(i + 1)}`),
    `">"&${bound(BOUNDS.length - 1)}`,
  ];
  return criteria.map((criterion, i) => [
    BUCKET_LABELS[i],
    `=COUNTIFS(${values},${criterion})`,
    `=B${w * BUCKETS + i + 1}/COUNT(${values})`,
  ]);
}

function modelSheets(native: boolean, dataSeed: number): Sheets {
  const windows = Array.from({ length: WINDOWS }, (_, w) => windowFormulas(w));
  return {
    Data: dataSheet(dataSeed),
    Bounds: BOUNDS.map((bound) => [bound]),
    Model: windows.map((formulas) => (native ? formulas.native : formulas.ours)),
    Distribution: Array.from({ length: WINDOWS }, (_, w) => distributionRows(w, native)).flat(),
  };
}

/** How many formulas a model holds (ours 10,000: nine metrics and one spilled DISTRIBUTION per window). */
function formulaCount(sheets: Sheets): number {
  return Object.values(sheets)
    .flat(2)
    .filter((cell) => typeof cell === "string" && cell.startsWith("=")).length;
}

function build(sheets: Sheets, plugin: AmcFunctionPlugin): HyperFormula {
  return buildEngine(sheets, plugin);
}

function values(hf: HyperFormula, sheet: string): unknown[][] {
  return hf.getSheetValues(hf.getSheetId(sheet)!);
}

function same(a: unknown, b: unknown): boolean {
  if (typeof a === "number" && typeof b === "number") return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
  return a === b;
}

/** Throws unless both models compute the same figures in every cell of the model and the distributions. */
function checkSameFigures(ours: HyperFormula, native: HyperFormula): void {
  for (const sheet of ["Model", "Distribution"]) {
    const a = values(ours, sheet);
    const b = values(native, sheet);
    a.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (!same(cell, b[r]?.[c])) {
          throw new Error(
            `model: ${sheet}!R${r + 1}C${c + 1} is ${String(cell)} with AMC.*, ${String(b[r]?.[c])} native`,
          );
        }
      }),
    );
  }
}

async function registerPlugin(loaded: LoadedFunctions): Promise<AmcFunctionPlugin> {
  const result = await generateCustomFunctionsMetadata(path.join(ROOT, "src/functions/functions.ts"));
  if (result.errors.length > 0) throw new Error(`functions.json: ${result.errors.join("; ")}`);
  const metadata = JSON.parse(result.metadataJson) as CustomFunctionsMetadata;
  return registerAmcFunctions(loaded.registry, metadata);
}

/** Builds a model, replaces every input value, and returns the time of both steps. */
function buildAndRecalculate(native: boolean, plugin: AmcFunctionPlugin): { buildMs: Timed; recalcMs: Timed } {
  const sheets = modelSheets(native, 100);
  const newData = dataSheet(200);
  let hf: HyperFormula | undefined;
  const buildMs = timeRun(() => {
    hf = native ? HyperFormula.buildFromSheets(sheets, excelLikeConfig()) : build(sheets, plugin);
  });
  const recalcMs = timeRun(() => {
    hf!.setSheetContent(hf!.getSheetId("Data")!, newData);
    if (!native) settleSpills(hf!, plugin.spills);
  });
  hf!.destroy();
  return { buildMs, recalcMs };
}

export async function modelRows(loaded: LoadedFunctions): Promise<Row[]> {
  const plugin = await registerPlugin(loaded);
  const oursSheets = modelSheets(false, 100);
  const count = formulaCount(oursSheets);
  if (count !== WINDOWS * 10) throw new Error(`model: ${count} AMC.* formulas, expected ${WINDOWS * 10}`);
  const ours = build(oursSheets, plugin);
  const native = HyperFormula.buildFromSheets(modelSheets(true, 100), excelLikeConfig());
  checkSameFigures(ours, native);
  ours.destroy();
  native.destroy();

  type Run = { buildMs: Timed; recalcMs: Timed };
  const runs = { ours: [] as Run[], native: [] as Run[] };
  await compareRuns(
    () => (runs.ours.push(buildAndRecalculate(false, plugin)), 0),
    () => (runs.native.push(buildAndRecalculate(true, plugin)), 0),
    RUNS,
  );
  const row = (name: string, step: "buildMs" | "recalcMs") => {
    const measured = compareTimed(
      runs.ours.map((run) => run[step]),
      runs.native.map((run) => run[step]),
    );
    return makeRow(name, { unit: "ms", ...measured, baselineName: "native formulas" }, atMost(1));
  };
  return [
    row(`HyperFormula model, ${count.toLocaleString("en-US")} formulas: build + evaluate`, "buildMs"),
    row(`HyperFormula model, ${count.toLocaleString("en-US")} formulas: recalculate all inputs`, "recalcMs"),
  ];
}
