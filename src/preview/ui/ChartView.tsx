/** A chart drawn simply as SVG over its cells: columns, bars, lines or a pie, with title, axis titles, legend. */
import type { ChartInfo } from "../workbook/charts";
import type { PreviewWorkbook } from "../workbook/workbook";
import type { Box } from "./grid-metrics";

interface ChartData {
  categories: string[];
  series: { name: string; values: number[] }[];
}

/** What the chart's series read now: their values (non-numbers as 0) and the first series' categories. */
function chartData(workbook: PreviewWorkbook, chart: ChartInfo): ChartData {
  const cells = (ref: {
    sheetId: number;
    rect: { row: number; column: number; rowCount: number; columnCount: number };
  }) => (workbook.sheets.has(ref.sheetId) ? workbook.cells.readValues(ref.sheetId, ref.rect).flat() : []);
  const series = chart.series.map((entry) => ({
    name: entry.name,
    values: (entry.values ? cells(entry.values) : []).map((value) => (typeof value === "number" ? value : 0)),
  }));
  const withCategories = chart.series.find((entry) => entry.categories);
  const length = Math.max(0, ...series.map((entry) => entry.values.length));
  const categories = withCategories?.categories
    ? cells(withCategories.categories).map(String)
    : Array.from({ length }, (_, i) => String(i + 1));
  return { categories, series };
}

const PALETTE = ["#4472C4", "#ED7D31", "#A5A5A5", "#FFC000", "#5B9BD5", "#70AD47"];
const PLOT = { left: 48, right: 12, top: 30, bottom: 36 };

function niceMax(values: number[]): number {
  const max = Math.max(0, ...values);
  if (max === 0) return 1;
  const step = 10 ** Math.floor(Math.log10(max));
  return Math.ceil(max / step) * step;
}

function Bars({ data, box, horizontal }: { data: ChartData; box: Box; horizontal: boolean }) {
  const plotWidth = box.width - PLOT.left - PLOT.right;
  const plotHeight = box.height - PLOT.top - PLOT.bottom;
  const all = data.series.flatMap((series) => series.values);
  const max = niceMax(all);
  const min = Math.min(0, ...all);
  const span = max - min || 1;
  const groups = Math.max(data.categories.length, 1);
  const band = (horizontal ? plotHeight : plotWidth) / groups;
  const barSize = (band * 0.7) / Math.max(data.series.length, 1);
  return (
    <g>
      {data.series.map((series, s) =>
        series.values.map((value, i) => {
          const length = (Math.abs(value) / span) * (horizontal ? plotWidth : plotHeight);
          const zero = horizontal ? PLOT.left + (-min / span) * plotWidth : PLOT.top + (max / span) * plotHeight;
          const offset = i * band + band * 0.15 + s * barSize;
          return horizontal ? (
            <rect
              key={`${s}-${i}`}
              x={value >= 0 ? zero : zero - length}
              y={PLOT.top + offset}
              width={length}
              height={barSize}
              fill={PALETTE[s % PALETTE.length]}
            />
          ) : (
            <rect
              key={`${s}-${i}`}
              x={PLOT.left + offset}
              y={value >= 0 ? zero - length : zero}
              width={barSize}
              height={length}
              fill={PALETTE[s % PALETTE.length]}
            />
          );
        }),
      )}
      <text x={PLOT.left - 4} y={PLOT.top + 4} textAnchor="end" className="tick">
        {horizontal ? "" : max}
      </text>
      {data.categories.map((category, i) => (
        <text
          key={i}
          className="tick"
          textAnchor="middle"
          x={horizontal ? PLOT.left - 24 : PLOT.left + i * band + band / 2}
          y={horizontal ? PLOT.top + i * band + band / 2 : box.height - PLOT.bottom + 12}
        >
          {category}
        </text>
      ))}
    </g>
  );
}

function Lines({ data, box }: { data: ChartData; box: Box }) {
  const plotWidth = box.width - PLOT.left - PLOT.right;
  const plotHeight = box.height - PLOT.top - PLOT.bottom;
  const all = data.series.flatMap((series) => series.values);
  const max = niceMax(all);
  const min = Math.min(0, ...all);
  const step = plotWidth / Math.max(data.categories.length - 1, 1);
  const y = (value: number) => PLOT.top + ((max - value) / (max - min || 1)) * plotHeight;
  return (
    <g>
      {data.series.map((series, s) => (
        <polyline
          key={s}
          fill="none"
          stroke={PALETTE[s % PALETTE.length]}
          strokeWidth={2}
          points={series.values.map((value, i) => `${PLOT.left + i * step},${y(value)}`).join(" ")}
        />
      ))}
      {data.categories.map((category, i) => (
        <text key={i} className="tick" textAnchor="middle" x={PLOT.left + i * step} y={box.height - PLOT.bottom + 12}>
          {category}
        </text>
      ))}
    </g>
  );
}

function Pie({ data, box }: { data: ChartData; box: Box }) {
  const values = data.series[0]?.values.map((value) => Math.max(value, 0)) ?? [];
  const total = values.reduce((a, b) => a + b, 0) || 1;
  const radius = Math.min(box.width, box.height - PLOT.top) / 2 - 16;
  const cx = box.width / 2;
  const cy = PLOT.top + (box.height - PLOT.top) / 2;
  let angle = -Math.PI / 2;
  return (
    <g>
      {values.map((value, i) => {
        const start = angle;
        angle += (value / total) * 2 * Math.PI;
        const large = angle - start > Math.PI ? 1 : 0;
        const path = `M${cx},${cy} L${cx + radius * Math.cos(start)},${cy + radius * Math.sin(start)} A${radius},${radius} 0 ${large} 1 ${cx + radius * Math.cos(angle)},${cy + radius * Math.sin(angle)} Z`;
        return <path key={i} d={path} fill={PALETTE[i % PALETTE.length]} />;
      })}
    </g>
  );
}

export function ChartView({ workbook, chart, box }: { workbook: PreviewWorkbook; chart: ChartInfo; box: Box }) {
  const data = chartData(workbook, chart);
  const kind = /^(Pie|Doughnut)/.test(chart.type)
    ? "pie"
    : /^(Line|XY|Area)/.test(chart.type)
      ? "line"
      : /^Bar/.test(chart.type)
        ? "bar"
        : "column";
  return (
    <figure
      className="chart"
      style={{ left: box.left, top: box.top, width: box.width, height: box.height }}
      data-testid="chart"
      aria-label={chart.title || chart.name}
    >
      <svg width={box.width} height={box.height} role="img" aria-label={chart.title || chart.name}>
        <rect width={box.width} height={box.height} className="chart-background" />
        <text x={box.width / 2} y={18} textAnchor="middle" className="chart-title">
          {chart.title}
        </text>
        {kind === "pie" ? (
          <Pie data={data} box={box} />
        ) : kind === "line" ? (
          <Lines data={data} box={box} />
        ) : (
          <Bars data={data} box={box} horizontal={kind === "bar"} />
        )}
        {kind !== "pie" && (
          <>
            <text x={box.width / 2} y={box.height - 6} textAnchor="middle" className="axis-title">
              {chart.categoryAxisTitle}
            </text>
            <text
              x={12}
              y={box.height / 2}
              textAnchor="middle"
              className="axis-title"
              transform={`rotate(-90 12 ${box.height / 2})`}
            >
              {chart.valueAxisTitle}
            </text>
          </>
        )}
        {chart.legendVisible &&
          data.series.map((series, s) => (
            <text
              key={s}
              x={box.width - PLOT.right}
              y={PLOT.top + 12 * s}
              textAnchor="end"
              className="legend"
              fill={PALETTE[s % PALETTE.length]}
            >
              ■ {series.name}
            </text>
          ))}
      </svg>
    </figure>
  );
}
