/**
 * Excel.Chart and Excel.ChartCollection for the preview: charts.add(type, source, seriesBy), the name, the title,
 * the two axis titles, the legend's visibility, position and overlay, the data labels' values, setPosition() and
 * activate(). The grid draws them as simple SVG charts.
 */
import { parseAddress, type CellRect } from "../../excel-rules/a1";
import type { ChartPatch } from "../workbook/charts";
import { WorkbookError } from "../workbook/workbook-error";
import { ClientObjectProxy, ClientResult, PartProxy, type ApiShape } from "./client-object";
import { RangeProxy } from "./range";
import type { PreviewRequestContext } from "./request-context";

/** The chart types the preview can draw (Excel.ChartType values). */
export const CHART_TYPES = {
  columnClustered: "ColumnClustered",
  columnStacked: "ColumnStacked",
  barClustered: "BarClustered",
  barStacked: "BarStacked",
  line: "Line",
  lineMarkers: "LineMarkers",
  pie: "Pie",
  doughnut: "Doughnut",
  area: "Area",
  xyscatter: "XYScatter",
} as const;

export const CHART_SERIES_BY = { auto: "Auto", columns: "Columns", rows: "Rows" } as const;

const KNOWN_TYPES = new Set<string>(Object.values(CHART_TYPES));
/** Chart types without axes: setting an axis title on one fails, as in Excel. */
const AXISLESS_TYPES = new Set<string>([CHART_TYPES.pie, CHART_TYPES.doughnut]);
const KNOWN_SERIES_BY = new Set<string>(Object.values(CHART_SERIES_BY));

/** A text property of a chart part (chart.title, axis.title), writing one field of the chart. */
class ChartTextProxy extends PartProxy<number> {
  constructor(
    context: PreviewRequestContext,
    typeName: string,
    chart: ChartProxy,
    private readonly field: "title" | "categoryAxisTitle" | "valueAxisTitle",
  ) {
    super(context, typeName, chart);
    Object.preventExtensions(this);
  }

  protected scalarReaders() {
    return { text: (id: number) => this.context.previewWorkbook.charts.get(id)[this.field] };
  }

  get text(): string {
    return this.loadedValue("text");
  }

  set text(text: string) {
    this.queueSet("text", text, (id) => {
      const chart = this.context.previewWorkbook.charts.get(id);
      if (this.field !== "title" && AXISLESS_TYPES.has(chart.type)) {
        throw new WorkbookError("GeneralException", `A ${chart.type} chart has no axes.`);
      }
      this.context.previewWorkbook.charts.update(id, { [this.field]: String(text) });
    });
  }
}

class ChartAxisProxy {
  readonly title: ChartTextProxy;

  constructor(context: PreviewRequestContext, chart: ChartProxy, field: "categoryAxisTitle" | "valueAxisTitle") {
    this.title = new ChartTextProxy(context, "ChartAxisTitle", chart, field);
    Object.preventExtensions(this);
  }
}

const LEGEND_POSITIONS = new Set(["Top", "Bottom", "Left", "Right", "Corner", "Custom"]);

class ChartLegendProxy extends PartProxy<number> {
  constructor(context: PreviewRequestContext, chart: ChartProxy) {
    super(context, "ChartLegend", chart);
    Object.preventExtensions(this);
  }

  protected scalarReaders() {
    const charts = this.context.previewWorkbook.charts;
    return {
      visible: (id: number) => charts.get(id).legendVisible,
      position: (id: number) => charts.get(id).legendPosition,
      overlay: (id: number) => charts.get(id).legendOverlay,
    };
  }

  get visible(): boolean {
    return this.loadedValue("visible");
  }

  set visible(visible: boolean) {
    this.queueSet("visible", visible, (id) =>
      this.context.previewWorkbook.charts.update(id, { legendVisible: visible }),
    );
  }

  get position(): Excel.ChartLegend["position"] {
    return this.loadedValue("position");
  }

  set position(position: Excel.ChartLegend["position"]) {
    this.queueSet("position", position, (id) => {
      if (!LEGEND_POSITIONS.has(String(position))) {
        throw new WorkbookError("InvalidArgument", `"${position}" is not a legend position.`);
      }
      this.context.previewWorkbook.charts.update(id, { legendPosition: String(position) });
    });
  }

  get overlay(): boolean {
    return this.loadedValue("overlay");
  }

  set overlay(overlay: boolean) {
    this.queueSet("overlay", overlay, (id) =>
      this.context.previewWorkbook.charts.update(id, { legendOverlay: overlay === true }),
    );
  }
}

/** The chart's data labels (ExcelApi 1.1): whether each point shows its value. */
class ChartDataLabelsProxy extends PartProxy<number> {
  constructor(context: PreviewRequestContext, chart: ChartProxy) {
    super(context, "ChartDataLabels", chart);
    Object.preventExtensions(this);
  }

  protected scalarReaders() {
    return { showValue: (id: number) => this.context.previewWorkbook.charts.get(id).dataLabelsShowValue };
  }

  get showValue(): boolean {
    return this.loadedValue("showValue");
  }

  set showValue(show: boolean) {
    this.queueSet("showValue", show, (id) =>
      this.context.previewWorkbook.charts.update(id, { dataLabelsShowValue: show === true }),
    );
  }
}

interface SeriesTarget {
  chartId: number;
  index: number;
}

/** One series of a chart (ExcelApi 1.7): its name, the cells of its values and of its X values (categories). */
export class ChartSeriesProxy
  extends ClientObjectProxy<SeriesTarget>
  implements ApiShape<Excel.ChartSeries, "name" | "setValues" | "setXAxisValues">
{
  constructor(context: PreviewRequestContext, location: string, find: () => SeriesTarget | null) {
    super(context, "ChartSeries");
    this.bindWhenSynced(location, find, false);
    Object.preventExtensions(this);
  }

  protected scalarReaders() {
    return {
      name: ({ chartId, index }: SeriesTarget) => this.context.previewWorkbook.charts.series(chartId, index).name,
    };
  }

  get name(): string {
    return this.loadedValue("name");
  }

  set name(name: string) {
    this.queueSet("name", name, ({ chartId, index }) =>
      this.context.previewWorkbook.charts.updateSeries(chartId, index, { name: String(name) }),
    );
  }

  private setCells(method: string, field: "values" | "categories", range: unknown): void {
    this.queueCall(method, ({ chartId, index }) => {
      if (!(range instanceof RangeProxy)) throw new WorkbookError("InvalidArgument", `${method} needs a Range.`);
      this.context.previewWorkbook.charts.updateSeries(chartId, index, {
        [field]: range.resolve(`ChartSeries.${method}`),
      });
    });
  }

  setValues(sourceData: unknown): void {
    this.setCells("setValues", "values", sourceData);
  }

  setXAxisValues(sourceData: unknown): void {
    this.setCells("setXAxisValues", "categories", sourceData);
  }
}

export class ChartSeriesCollectionProxy
  extends PartProxy<number>
  implements ApiShape<Excel.ChartSeriesCollection, "getItemAt" | "add" | "getCount">
{
  constructor(context: PreviewRequestContext, chart: ChartProxy) {
    super(context, "ChartSeriesCollection", chart);
    Object.preventExtensions(this);
  }

  protected scalarReaders() {
    return { count: (chartId: number) => this.context.previewWorkbook.charts.get(chartId).series.length };
  }

  get count(): number {
    return this.loadedValue("count");
  }

  getItemAt(index: number): ChartSeriesProxy {
    const location = "ChartSeriesCollection.getItemAt";
    return new ChartSeriesProxy(this.context, location, () => {
      const chartId = this.target(location);
      this.context.previewWorkbook.charts.series(chartId, index);
      return { chartId, index };
    });
  }

  add(name?: string): ChartSeriesProxy {
    const location = "ChartSeriesCollection.add";
    return new ChartSeriesProxy(this.context, location, () => {
      const chartId = this.target(location);
      return { chartId, index: this.context.previewWorkbook.charts.addSeries(chartId, name) };
    });
  }

  getCount(): ClientResult<number> {
    const result = new ClientResult<number>();
    this.context.enqueue("ChartSeriesCollection.getCount", () =>
      result.set(this.context.previewWorkbook.charts.get(this.target("ChartSeriesCollection.getCount")).series.length),
    );
    return result;
  }
}

export class ChartProxy
  extends ClientObjectProxy<number>
  implements ApiShape<Excel.Chart, "name" | "setPosition" | "activate">
{
  readonly series: ChartSeriesCollectionProxy;
  readonly title: ChartTextProxy;
  readonly legend: ChartLegendProxy;
  readonly dataLabels: ChartDataLabelsProxy;
  readonly axes: { categoryAxis: ChartAxisProxy; valueAxis: ChartAxisProxy };

  constructor(context: PreviewRequestContext, location: string, find: () => number | null) {
    super(context, "Chart");
    this.bindWhenSynced(location, find, false);
    this.series = new ChartSeriesCollectionProxy(context, this);
    this.title = new ChartTextProxy(context, "ChartTitle", this, "title");
    this.legend = new ChartLegendProxy(context, this);
    this.dataLabels = new ChartDataLabelsProxy(context, this);
    this.axes = Object.freeze({
      categoryAxis: new ChartAxisProxy(context, this, "categoryAxisTitle"),
      valueAxis: new ChartAxisProxy(context, this, "valueAxisTitle"),
    });
    Object.preventExtensions(this);
  }

  resolve(location: string): number {
    return this.target(location);
  }

  protected scalarReaders() {
    const workbook = this.context.previewWorkbook;
    return {
      name: (id: number) => workbook.charts.get(id).name,
      chartType: (id: number) => workbook.charts.get(id).type,
    };
  }

  protected navigation(name: string) {
    if (name === "title") return this.title as ClientObjectProxy<unknown>;
    if (name === "legend") return this.legend as ClientObjectProxy<unknown>;
    if (name === "dataLabels") return this.dataLabels as ClientObjectProxy<unknown>;
    return undefined;
  }

  private update(name: string, value: unknown, patch: ChartPatch): void {
    this.queueSet(name, value, (id) => this.context.previewWorkbook.charts.update(id, patch));
  }

  get name(): string {
    return this.loadedValue("name");
  }

  set name(name: string) {
    this.update("name", name, { name });
  }

  get chartType(): string {
    return this.loadedValue("chartType");
  }

  set chartType(type: string) {
    if (!KNOWN_TYPES.has(type))
      throw new WorkbookError("InvalidArgument", `The preview cannot draw chart type "${type}".`);
    this.update("chartType", type, { type });
  }

  /** Selects the chart in the grid, which scrolls it into view (ExcelApi 1.9). */
  activate(): void {
    this.queueCall("activate", (id) => this.context.previewWorkbook.charts.activate(id));
  }

  /** Places the chart over the cells from startCell to endCell (or one cell when endCell is omitted). */
  setPosition(startCell: unknown, endCell?: unknown): void {
    this.queueCall("setPosition", (id) => {
      const chart = this.context.previewWorkbook.charts.get(id);
      const start = this.cellRect(startCell, chart.sheetId);
      const end = endCell === undefined ? start : this.cellRect(endCell, chart.sheetId);
      const row = Math.min(start.row, end.row);
      const column = Math.min(start.column, end.column);
      const position = {
        row,
        column,
        rowCount: Math.max(start.row + start.rowCount, end.row + end.rowCount) - row,
        columnCount: Math.max(start.column + start.columnCount, end.column + end.columnCount) - column,
      };
      this.context.previewWorkbook.charts.update(id, { position });
    });
  }

  private cellRect(cell: unknown, sheetId: number): CellRect {
    if (cell instanceof RangeProxy) return cell.resolve("Chart.setPosition").rect;
    const parsed = typeof cell === "string" ? parseAddress(cell) : undefined;
    if (!parsed) throw new WorkbookError("InvalidArgument", "setPosition needs a cell address or a Range.");
    if (parsed.sheetName !== undefined && parsed.sheetName !== this.context.previewWorkbook.sheets.name(sheetId)) {
      throw new WorkbookError("InvalidArgument", "setPosition: the cell is on another worksheet.");
    }
    return parsed.rect;
  }
}

export class ChartCollectionProxy extends ClientObjectProxy<number> implements ApiShape<Excel.ChartCollection, "add"> {
  constructor(
    context: PreviewRequestContext,
    private readonly sheet: () => number,
  ) {
    super(context, "ChartCollection");
    this.bindNow(0);
    Object.preventExtensions(this);
  }

  protected target(): number {
    return this.sheet();
  }

  protected scalarReaders() {
    return { count: (sheetId: number) => this.context.previewWorkbook.charts.list(sheetId).length };
  }

  get count(): number {
    return this.loadedValue("count");
  }

  add(type: unknown, sourceData: unknown, seriesBy?: unknown): ChartProxy {
    let created: number | null = null;
    this.context.enqueue("ChartCollection.add", () => {
      const chartType = String(type);
      const series = seriesBy === undefined ? "Auto" : String(seriesBy);
      if (!KNOWN_TYPES.has(chartType))
        throw new WorkbookError("InvalidArgument", `The preview cannot draw chart type "${chartType}".`);
      if (!KNOWN_SERIES_BY.has(series)) throw new WorkbookError("InvalidArgument", `Unknown seriesBy "${series}".`);
      if (!(sourceData instanceof RangeProxy))
        throw new WorkbookError("InvalidArgument", "charts.add needs a Range as its source.");
      const source = sourceData.resolve("ChartCollection.add");
      created = this.context.previewWorkbook.charts.add(this.target(), chartType, source, series).id;
    });
    return new ChartProxy(this.context, "ChartCollection.add", () => created);
  }
}
