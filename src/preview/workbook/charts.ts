/**
 * The workbook's charts: added over a source range whose series Excel fixes at once (one per column or row, named
 * by its header), then renamed, re-pointed, titled, labelled and placed as the Excel API allows, and activated.
 */
import type { CellRect } from "../../excel-rules/a1";
import type { ExcelValue } from "./cells";
import { seriesOfSource } from "./chart-series";
import { shiftedRect, type RowInsertion } from "./row-shift";
import { WorkbookError } from "./workbook-error";

export interface CellsRef {
  sheetId: number;
  rect: CellRect;
}

/** One series of a chart: the cells of its values and, optionally, of its categories (X values). */
export interface ChartSeriesInfo {
  name: string;
  values?: CellsRef;
  categories?: CellsRef;
}

export interface ChartInfo {
  id: number;
  name: string;
  sheetId: number;
  type: string;
  source: CellRect;
  seriesBy: string;
  series: ChartSeriesInfo[];
  title: string;
  categoryAxisTitle: string;
  valueAxisTitle: string;
  legendVisible: boolean;
  /** Excel.ChartLegendPosition: "Right" unless set. */
  legendPosition: string;
  /** Whether the legend may overlap the plot (and the title). */
  legendOverlay: boolean;
  /** Values printed on the points. */
  dataLabelsShowValue: boolean;
  /** The cells the chart covers; undefined until setPosition (it then sits right of the used range). */
  position?: CellRect;
}

export type ChartPatch = Partial<Omit<ChartInfo, "id" | "sheetId" | "source" | "series">>;

/** What charts need to know of the rest of the workbook. */
export interface ChartsContext {
  checkSheet(sheetId: number): void;
  readValues(sheetId: number, rect: CellRect): ExcelValue[][];
  newId(): number;
  changed(): void;
}

export class Charts {
  private readonly states = new Map<number, ChartInfo>();
  /** The chart Chart.activate() selected last (Excel scrolls it into view), until a cell is selected again. */
  activeChartId: number | null = null;

  constructor(private readonly context: ChartsContext) {}

  list(sheetId?: number): ChartInfo[] {
    return [...this.states.values()].filter((chart) => sheetId === undefined || chart.sheetId === sheetId);
  }

  get(id: number): ChartInfo {
    const chart = this.states.get(id);
    if (!chart) throw new WorkbookError("ItemNotFound", `The chart (id ${id}) no longer exists.`);
    return chart;
  }

  /** A chart over a source range; its series are fixed from that range now, as Excel writes series formulas. */
  add(sheetId: number, type: string, source: CellsRef, seriesBy: string): ChartInfo {
    this.context.checkSheet(sheetId);
    const sourceValues = this.context.readValues(source.sheetId, source.rect);
    const series = seriesOfSource(sourceValues, source.rect, seriesBy).map(({ name, values, categories }) => ({
      name,
      values: { sheetId: source.sheetId, rect: values },
      ...(categories ? { categories: { sheetId: source.sheetId, rect: categories } } : {}),
    }));
    const chart: ChartInfo = {
      id: this.context.newId(),
      name: `Chart ${this.list(sheetId).length + 1}`,
      sheetId,
      type,
      source: { ...source.rect },
      seriesBy,
      series,
      title: "",
      categoryAxisTitle: "",
      valueAxisTitle: "",
      legendVisible: true,
      legendPosition: "Right",
      legendOverlay: false,
      dataLabelsShowValue: false,
    };
    this.states.set(chart.id, chart);
    this.context.changed();
    return chart;
  }

  /** Chart.activate(): the chart becomes the selected object, scrolled into view. */
  activate(id: number): void {
    this.get(id);
    this.activeChartId = id;
    this.context.changed();
  }

  /** A cell selected in the grid: no chart is the selected object any more. */
  deactivate(): void {
    if (this.activeChartId === null) return;
    this.activeChartId = null;
    this.context.changed();
  }

  update(id: number, patch: ChartPatch): void {
    Object.assign(this.get(id), patch);
    this.context.changed();
  }

  series(id: number, index: number): ChartSeriesInfo {
    const series = this.get(id).series[index];
    if (!series) throw new WorkbookError("ItemNotFound", `The chart has no series at index ${index}.`);
    return series;
  }

  /** Series.add(name): a new, empty series at the end; returns its index. */
  addSeries(id: number, name?: string): number {
    const chart = this.get(id);
    chart.series.push({ name: name ?? `Series${chart.series.length + 1}` });
    this.context.changed();
    return chart.series.length - 1;
  }

  updateSeries(id: number, index: number, patch: Partial<ChartSeriesInfo>): void {
    Object.assign(this.series(id, index), patch);
    this.context.changed();
  }

  /** Worksheet.copy: each chart of the source gets a twin on the copy, its series over the copy's own cells. */
  copySheet(from: number, to: number): void {
    const onCopy = (ref?: CellsRef) =>
      ref ? { sheetId: ref.sheetId === from ? to : ref.sheetId, rect: { ...ref.rect } } : undefined;
    for (const chart of this.list(from)) {
      const twin: ChartInfo = {
        ...structuredClone(chart),
        id: this.context.newId(),
        sheetId: to,
        series: chart.series.map((series) => ({
          name: series.name,
          ...(series.values ? { values: onCopy(series.values) } : {}),
          ...(series.categories ? { categories: onCopy(series.categories) } : {}),
        })),
      };
      this.states.set(twin.id, twin);
    }
    this.context.changed();
  }

  /** Whole rows inserted: charts on the sheet move down, and every series over its cells follows them. */
  insertRows(sheetId: number, insertion: RowInsertion): void {
    const follow = (ref?: CellsRef) => ref && ref.sheetId === sheetId && (ref.rect = shiftedRect(ref.rect, insertion));
    for (const chart of this.states.values()) {
      chart.series.forEach((series) => {
        follow(series.values);
        follow(series.categories);
      });
      if (chart.sheetId !== sheetId) continue;
      chart.source = shiftedRect(chart.source, insertion);
      if (chart.position) chart.position = shiftedRect(chart.position, insertion);
    }
    this.context.changed();
  }

  /** A deleted sheet takes its charts with it. */
  removeSheet(sheetId: number): void {
    for (const chart of [...this.states.values()]) if (chart.sheetId === sheetId) this.states.delete(chart.id);
    if (this.activeChartId !== null && !this.states.has(this.activeChartId)) this.activeChartId = null;
  }
}
