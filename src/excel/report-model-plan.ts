/**
 * The report model as two sheet plans: an input sheet (parameters and a company table for two periods, with
 * example rows marked as examples to replace) and a metrics sheet whose cells compute the report's metrics with
 * AMC.* formulas over the input table, each beside the figure the report printed (AMC.FIGURE) and the difference.
 * Pure: no Office. References are absolute A1 ranges (not structured references) so any formula engine reads them.
 */
import type { Locale } from "../i18n/locale";
import { translate, type UiKey, type UiParams } from "../i18n/ui";
import { cellAddress, qualifiedAddress, rangeAddress } from "../excel-rules/a1";
import { cellBlock, type CellBlock, type CellInput, type ColumnWidthPlan, type SheetPlan } from "./sheet-plan";

export const INPUT_ROWS = 60;
const HEADER_ROW = 6;
const FIRST_INPUT_ROW = HEADER_ROW + 1;
const MONTHS_CELL = { row: 2, col: 1 };
const EXAMPLE_COLOR = "#7F7F7F";
const HEADER_FILL = "#D9E1F2";
/** Widths in points: the company column, each measure column (its header wraps), and the row note. */
const COMPANY_WIDTH = 120;
const MEASURE_WIDTH = 62;
const NOTE_WIDTH = 150;
const PERCENT = "0.00%";
const COUNT = "0";
const AMOUNT = "#,##0.00";

/** The measures of the input table, each for the prior and the current period. */
const MEASURES = ["totalAssets", "netAssets", "liabilities", "totalProfit", "netProfit", "cash", "shortDebt"] as const;
export type Measure = (typeof MEASURES)[number];
export type Period = "prior" | "current";

/** Fictitious example companies (liabilities = assets − net assets), in measure order, prior then current. */
const EXAMPLES: number[][] = [
  [980, 1010, 600, 612, 380, 398, 24, 15, 18, 11, 60, 66, 180, 190],
  [740, 760, 255, 263, 485, 497, 9, 6, 7, 4.5, 35, 38, 150, 160],
  [720, 745, 215, 220, 505, 525, 12, 8, 9, 6, 40, 42, 170, 175],
  [560, 590, 175, 181, 385, 409, 6, 4, 4.5, 3, 30, 33, 140, 150],
  [320, 330, 148, 152, 172, 178, 5, 3, 3.8, 2.2, 20, 21, 60, 62],
  [110, 112, 60, 61, 50, 51, 1.5, 0.9, 1.1, 0.7, 8, 9, 20, 21],
];
export const EXAMPLE_COUNT = EXAMPLES.length;

export interface ReportModelNames {
  inputSheet: string;
  metricsSheet: string;
  inputTable: string;
}

type Text = (key: UiKey, params?: UiParams) => string;

function textsOf(locale: Locale): Text {
  return (key, params) => translate(locale, key, params);
}

/** Zero-based column of a measure and period in the input table (column 0 holds the company name). */
function measureColumn(measure: Measure, period: Period): number {
  return 1 + 2 * MEASURES.indexOf(measure) + (period === "prior" ? 0 : 1);
}

const NOTE_COLUMN = 1 + 2 * MEASURES.length;

function inputHeader(text: Text): string[] {
  const measures = MEASURES.flatMap((measure) =>
    (["prior", "current"] as const).map((period) =>
      text("model.column", { measure: text(`model.measure.${measure}`), period: text(`model.period.${period}`) }),
    ),
  );
  return [text("model.companyName"), ...measures, text("model.rowNote")];
}

function exampleRows(text: Text): CellInput[][] {
  return EXAMPLES.map((values, index) => [
    text("model.exampleName", { letter: String.fromCharCode(65 + index) }),
    ...values,
    text("model.exampleMarker"),
  ]);
}

/**
 * The input sheet's widths, set rather than fitted (a fit would widen column A to its title and instructions, which
 * overflow to the right as they are): narrow measure columns whose headers wrap, so that a 1400-pixel window shows
 * the company and the inputs side by side.
 */
function inputColumnWidths(columns: number): ColumnWidthPlan[] {
  return Array.from({ length: columns }, (_, col) => ({
    col,
    width: col === 0 ? COMPANY_WIDTH : col === NOTE_COLUMN ? NOTE_WIDTH : MEASURE_WIDTH,
    wrap: true,
    row: HEADER_ROW,
    rows: 1,
  }));
}

/** The input sheet: title, instructions, parameters, and the company table (examples first, then blank rows). */
export function inputSheetPlan(locale: Locale, names: ReportModelNames): SheetPlan {
  const text = textsOf(locale);
  const header = inputHeader(text);
  const blank = Array.from({ length: INPUT_ROWS - EXAMPLE_COUNT }, () => header.map(() => "" as CellInput));
  const bodyFormats = Array.from({ length: INPUT_ROWS }, () =>
    header.map((_, col) => (col === 0 || col === NOTE_COLUMN ? "@" : AMOUNT)),
  );
  const table = { row: HEADER_ROW, col: 0, rows: 1 + INPUT_ROWS, cols: header.length };
  return {
    blocks: [
      cellBlock(0, 0, [[text("model.inputs.title")]], { bold: true }),
      cellBlock(1, 0, [[text("model.inputs.instructions")]], { italic: true }),
      cellBlock(MONTHS_CELL.row, 0, [
        [text("model.param.months"), 6, text("model.param.monthsHelp")],
        [text("model.param.prior"), text("model.param.priorValue")],
        [text("model.param.current"), text("model.param.currentValue")],
      ]),
      cellBlock(HEADER_ROW, 0, [header, ...exampleRows(text), ...blank], {
        numberFormat: [header.map(() => "@"), ...bodyFormats],
      }),
      cellBlock(FIRST_INPUT_ROW, 0, exampleRows(text), { kind: "formatOnly", italic: true, fontColor: EXAMPLE_COLOR }),
    ],
    tables: [{ ...table, name: names.inputTable, style: "TableStyleMedium2" }],
    autofit: [],
    columnWidths: inputColumnWidths(header.length),
    columnGroups: [],
    charts: [],
    freezeRows: FIRST_INPUT_ROW,
    select: { row: FIRST_INPUT_ROW, col: 0, rows: 1, cols: 1 },
  };
}

/** The metric rows and distribution blocks of the metrics sheet, as formulas over the input table. */
interface MetricRow {
  label: UiKey;
  model: string;
  /** The figure key `metric|entity|period` the report prints, or null when its text prints none. */
  figure: string | null;
  format: string;
  note: UiKey | null;
}

function references(names: ReportModelNames) {
  const column = (measure: Measure, period: Period) =>
    qualifiedAddress(
      names.inputSheet,
      { row: FIRST_INPUT_ROW, column: measureColumn(measure, period), rowCount: INPUT_ROWS, columnCount: 1 },
      true,
    );
  const months = qualifiedAddress(
    names.inputSheet,
    { row: MONTHS_CELL.row, column: MONTHS_CELL.col, rowCount: 1, columnCount: 1 },
    true,
  );
  return { column, months };
}

function metricRows(names: ReportModelNames): MetricRow[] {
  const { column, months } = references(names);
  const assets = column("totalAssets", "current");
  const net = column("netAssets", "current");
  return [
    {
      label: "model.metric.sampleCount",
      model: `=COUNT(${assets})`,
      figure: "sample_count|sample|2025-06-30",
      format: COUNT,
      note: null,
    },
    {
      label: "model.metric.top5Assets",
      model: `=AMC.TOP5SHARE(${assets})`,
      figure: "top5_share_of_sample_total_assets|sample|2025-06-30",
      format: PERCENT,
      note: null,
    },
    {
      label: "model.metric.top5NetAssets",
      model: `=AMC.TOP5SHARE(${net})`,
      figure: "top5_share_of_sample_net_assets|sample|2025-06-30",
      format: PERCENT,
      note: null,
    },
    {
      label: "model.metric.assetsGrowth",
      model: `=AMC.GROWTHRATE(${assets},${column("totalAssets", "prior")})`,
      figure: "total_assets_growth|sample|2025-06-30",
      format: PERCENT,
      note: null,
    },
    {
      label: "model.metric.netAssetsGrowth",
      model: `=AMC.GROWTHRATE(${net},${column("netAssets", "prior")})`,
      figure: "net_assets_growth|sample|2025-06-30",
      format: PERCENT,
      note: null,
    },
    {
      label: "model.metric.roa",
      model: `=AMC.ROA(${column("netProfit", "current")},${column("totalAssets", "prior")},${assets},${months})`,
      figure: null,
      format: PERCENT,
      note: "model.note.roa",
    },
    {
      label: "model.metric.roe",
      model: `=AMC.ROE(${column("netProfit", "current")},${column("netAssets", "prior")},${net},${months})`,
      figure: null,
      format: PERCENT,
      note: "model.note.roe",
    },
    {
      label: "model.metric.debtRatio",
      model: `=AMC.DEBTRATIO(${column("liabilities", "current")},${assets})`,
      figure: null,
      format: PERCENT,
      note: "model.note.debtRatio",
    },
    {
      label: "model.metric.cashCover",
      model: `=AMC.CASHCOVER(${column("cash", "current")},${column("shortDebt", "current")})`,
      figure: null,
      format: PERCENT,
      note: "model.note.cashCover",
    },
    { label: "model.metric.hhi", model: `=AMC.HHI(${assets})`, figure: null, format: COUNT, note: "model.note.hhi" },
  ];
}

/** `=AMC.FIGURE("metric","entity","period")` for a figure key. */
function figureFormula(figureKey: string): string {
  const [metric, entity, period] = figureKey.split("|");
  return `=AMC.FIGURE("${metric}","${entity}","${period}")`;
}

interface Distribution {
  title: UiKey;
  measure: Measure;
  bounds: number[];
  /** Comparisons: companies above bounds[from], against the figure the report prints for that threshold. */
  above: { from: number; label: UiKey; figure: string }[];
}

const DISTRIBUTIONS: Distribution[] = [
  {
    title: "model.dist.assets",
    measure: "totalAssets",
    bounds: [300, 500, 1000],
    above: [
      { from: 0, label: "model.dist.assetsOver300", figure: "companies_total_assets_over_300|sample|2025-06-30" },
      { from: 1, label: "model.dist.assetsOver500", figure: "companies_total_assets_over_500|sample|2025-06-30" },
      { from: 2, label: "model.dist.assetsOver1000", figure: "companies_total_assets_over_1000|sample|2025-06-30" },
    ],
  },
  {
    title: "model.dist.netAssets",
    measure: "netAssets",
    bounds: [100, 150],
    above: [
      { from: 0, label: "model.dist.netAssetsOver100", figure: "companies_net_assets_over_100|sample|2025-06-30" },
      { from: 1, label: "model.dist.netAssetsOver150", figure: "companies_net_assets_over_150|sample|2025-06-30" },
    ],
  },
];

const METRICS_HEADER_ROW = 3;
const METRIC_COLUMNS = 5;

function metricLine(
  text: Text,
  row: number,
  label: string,
  model: string,
  figure: string | null,
  note: string,
): CellInput[] {
  const modelCell = cellAddress(row, 1);
  const figureCell = cellAddress(row, 2);
  return [
    label,
    model,
    figure ?? "—",
    figure ? `=${modelCell}-${figureCell}` : "",
    note || (figure ? "" : text("model.note.notPrinted")),
  ];
}

function formatsOf(format: string, hasFigure: boolean): string[] {
  return ["@", format, hasFigure ? format : "@", format, "@"];
}

/** Rows of one distribution block starting at `top`: title, bounds, the spilling DISTRIBUTION, comparisons. */
function distributionBlocks(text: Text, names: ReportModelNames, top: number, spec: Distribution): CellBlock[] {
  const values = references(names).column(spec.measure, "current");
  const boundsRow = top + 1;
  const spillRow = top + 2;
  const bounds = rangeAddress(boundsRow, 1, 1, spec.bounds.length, true);
  const buckets = spec.bounds.length + 1;
  const firstBucketRow = spillRow + 1;
  const countCell = (bucket: number) => cellAddress(firstBucketRow + bucket, 1);
  const comparisonsTop = firstBucketRow + buckets + 1;
  const comparisons = spec.above.map((above, index) => {
    const row = comparisonsTop + index;
    const counted = `=SUM(${countCell(above.from + 1)}:${countCell(buckets - 1)})`;
    return metricLine(text, row, text(above.label), counted, figureFormula(above.figure), "");
  });
  return [
    cellBlock(top, 0, [[text(spec.title)]], { bold: true }),
    cellBlock(boundsRow, 0, [[text("model.dist.bounds"), ...spec.bounds]]),
    cellBlock(spillRow, 0, [[`=AMC.DISTRIBUTION(${values},${bounds},TRUE)`]], { kind: "formulas" }),
    cellBlock(
      firstBucketRow,
      1,
      Array.from({ length: buckets }, () => ["", ""]),
      {
        kind: "formatOnly",
        numberFormat: Array.from({ length: buckets }, () => [COUNT, PERCENT]),
      },
    ),
    cellBlock(comparisonsTop, 0, comparisons, {
      kind: "formulas",
      numberFormat: comparisons.map(() => formatsOf(COUNT, true)),
    }),
  ];
}

/** Rows a distribution block takes: title, bounds, spill header, buckets, a gap, comparisons, a gap. */
function distributionHeight(spec: Distribution): number {
  return 3 + spec.bounds.length + 1 + 1 + spec.above.length + 1;
}

/** The metrics sheet: every metric's model value, the report's figure and the difference, then distributions. */
export function metricsSheetPlan(locale: Locale, names: ReportModelNames): SheetPlan {
  const text = textsOf(locale);
  const rows = metricRows(names);
  const firstRow = METRICS_HEADER_ROW + 1;
  const lines = rows.map((metric, index) =>
    metricLine(
      text,
      firstRow + index,
      text(metric.label),
      metric.model,
      metric.figure && figureFormula(metric.figure),
      metric.note ? text(metric.note) : "",
    ),
  );
  const header = [
    text("model.metrics.metric"),
    text("model.metrics.model"),
    text("model.metrics.report"),
    text("model.metrics.difference"),
    text("model.metrics.note"),
  ];
  let top = firstRow + rows.length + 1;
  const distributionParts = DISTRIBUTIONS.flatMap((spec) => {
    const parts = distributionBlocks(text, names, top, spec);
    top += distributionHeight(spec);
    return parts;
  });
  return {
    blocks: [
      cellBlock(0, 0, [[text("model.metrics.title")]], { bold: true }),
      cellBlock(1, 0, [[text("model.metrics.explanation")]], { italic: true }),
      cellBlock(METRICS_HEADER_ROW, 0, [header], { bold: true, fillColor: HEADER_FILL }),
      cellBlock(firstRow, 0, lines, {
        kind: "formulas",
        numberFormat: rows.map((metric) => formatsOf(metric.format, metric.figure !== null)),
      }),
      ...distributionParts,
    ],
    tables: [],
    autofit: [{ row: METRICS_HEADER_ROW, col: 0, rows: top - METRICS_HEADER_ROW, cols: METRIC_COLUMNS }],
    columnWidths: [],
    columnGroups: [],
    charts: [],
    freezeRows: firstRow,
    select: { row: firstRow, col: 0, rows: rows.length, cols: METRIC_COLUMNS },
  };
}

/** Every AMC.* formula the model writes, for counting and checking. */
export function modelFormulas(plan: SheetPlan): string[] {
  return plan.blocks
    .filter((block) => block.kind === "formulas")
    .flatMap((block) => block.cells.flat())
    .filter((cell): cell is string => typeof cell === "string" && /^=.*\bAMC\./.test(cell));
}
