/**
 * The Figures tab's search and the docked explainer, as the pane runs them: the picker's results for every keystroke
 * of queries an analyst types, over a synthetic edition 100 times larger, against a plain scan of the same figures
 * (every word looked for in one string per figure) and against one frame (16 ms); and the explanation of a cell of an
 * inserted figures table and of an AMC.FIGURE formula, from its one read, against a scan for the record by its id and
 * against the 100 ms a selection change may take.
 */
import { CATALOG, columnHeader, toCellValue, type ColumnMeta } from "../../src/data/catalog";
import { EDITIONS, LATEST_EDITION, type FigureRecord } from "../../src/data/index";
import type { CellRead } from "../../src/excel/read-cell";
import { explainCell } from "../../src/taskpane/explainer/explain-cell";
import { figureSearchIndex, searchFigures } from "../../src/taskpane/figures/figure-search";
import { figureFormula } from "../../src/taskpane/figures/figure-text";
import { atMost, fromComparison, makeRow, type Row } from "../support/report";
import { inflatedEdition } from "../support/synthetic-edition";
import { compare, type TimingOptions } from "../support/timing";

const GROWTH = 100;
const FRAME_MS = 16;
const SELECTION_BUDGET_MS = 100;
/** What analysts type, each cut at every keystroke. */
const TYPED = ["净融资额 2024", "山东金资资产总额 2025年6月末", "rating coverage 2025", "50.58"];
const EXPLAINED_ID = "net_financing|industry|2024";

const keystrokes = (queries: readonly string[]) =>
  queries.flatMap((query) => Array.from(query, (_, i) => query.slice(0, i + 1)).filter((typed) => typed.trim()));

function cycling<T>(items: readonly T[], work: (item: T) => unknown): () => unknown {
  let next = 0;
  return () => {
    const item = items[next];
    next = next === items.length - 1 ? 0 : next + 1;
    return work(item);
  };
}

/** The plainest search of the same figures: one lower-cased string per figure, every word of the query in it. */
function plainScan(figures: readonly FigureRecord[]): (query: string) => FigureRecord[] {
  const haystacks = figures.map((f) =>
    [f.metric_zh, f.metric, f.entity, f.period, f.printed, f.unit, f.quote].join("\n").toLowerCase(),
  );
  return (query) => {
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    return figures.filter((_, i) => words.every((word) => haystacks[i].includes(word)));
  };
}

const region = { address: "Sheet1!A1", row: 0, column: 0 };

/** The read of the value cell of a figure's row in the inserted figures table. */
function tableCellRead(figure: FigureRecord): CellRead {
  const columns = CATALOG.figures.columns as ColumnMeta[];
  const record = figure as unknown as Record<string, unknown>;
  const column = columns.findIndex((c) => c.id === "value");
  const cells = columns.map((c) => toCellValue(record[c.id], c, record));
  const header = columns.map((c) => columnHeader(c, "zh"));
  return { ...cellRead(column, figure.value), tables: ["AMC_figures"], region: { ...region, header, cells } };
}

/** The read of a cell holding `=AMC.FIGURE(…)` of a figure, alone on its sheet. */
function formulaCellRead(figure: FigureRecord): CellRead {
  const formula = figureFormula(figure, "zh");
  return { ...cellRead(0, figure.value), formula, tables: [], region: { ...region, header: [], cells: [] } };
}

function cellRead(column: number, value: number): Omit<CellRead, "tables" | "region"> {
  const address = `${String.fromCharCode(65 + column)}2`;
  return { sheet: "Sheet1", address, row: 1, column, formula: value, value, numberFormat: "0.00" };
}

function explainRows(timing: TimingOptions): Row[] {
  const figures = EDITIONS[LATEST_EDITION].figures.records;
  const figure = figures.find((f) => f.id === EXPLAINED_ID)!;
  const scanById = () => figures.find((f) => f.id === EXPLAINED_ID);
  return (
    [
      ["a cell of an inserted figures table", tableCellRead(figure)],
      ["an AMC.FIGURE formula", formulaCellRead(figure)],
    ] as const
  ).flatMap(([what, read]) => {
    const explanation = explainCell(read, "zh-CN");
    if (explanation === null) throw new Error(`explain-cell: nothing explained for ${what}`);
    const vsScan = compare(() => explainCell(read, "zh-CN"), scanById, timing);
    const measured = { unit: "ns" as const, ours: vsScan.oursNs };
    return [
      makeRow(`explain-cell: ${what}`, { unit: "ns", ...fromComparison(vsScan), baselineName: "find by id" }, null),
      makeRow(
        `explain-cell: ${what}, against the selection budget`,
        { ...measured, baseline: SELECTION_BUDGET_MS * 1e6, baselineName: `${SELECTION_BUDGET_MS} ms` },
        atMost(1),
      ),
    ];
  });
}

function pickerRows(timing: TimingOptions): Row[] {
  const larger = inflatedEdition(EDITIONS[LATEST_EDITION], GROWTH);
  const figures = larger.figures.records;
  const index = figureSearchIndex({ figures, roster: larger.roster.records });
  const typed = keystrokes(TYPED);
  const scan = plainScan(figures);
  if (searchFigures(index, "净融资额 2024")[0]?.id !== EXPLAINED_ID) throw new Error("picker: 净融资额 2024 misses");
  const vsScan = compare(
    cycling(typed, (query) => searchFigures(index, query)),
    cycling(typed, scan),
    timing,
  );
  const name = `picker per keystroke, edition ×${GROWTH} (${figures.length} figures, ${typed.length} keystrokes)`;
  const measured = { unit: "ns" as const, ours: vsScan.oursNs };
  return [
    makeRow(name, { unit: "ns", ...fromComparison(vsScan), baselineName: "plain scan" }, null),
    makeRow(
      `${name}, against one frame`,
      { ...measured, baseline: FRAME_MS * 1e6, baselineName: `${FRAME_MS} ms frame` },
      atMost(1),
    ),
  ];
}

export function figurePickerRows(timing: TimingOptions): Row[] {
  return [...pickerRows(timing), ...explainRows(timing)];
}
