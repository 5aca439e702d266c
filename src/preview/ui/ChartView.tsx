/**
 * A chart drawn simply as SVG over its cells: columns, bars, lines or a pie, with its title (wrapped to the chart's
 * width), axis titles, values on the points when its data labels show them (as the cells format them), and the
 * legend where Excel puts it (right or bottom, outside the plot). An activated chart is outlined and scrolled into
 * view, as Excel selects it.
 */
import { useEffect, useRef } from "react";
import { formatCellValue } from "../../excel-rules/number-format";
import type { CellsRef, ChartInfo } from "../workbook/charts";
import type { PreviewWorkbook } from "../workbook/workbook";
import type { Box } from "./grid-metrics";

interface SeriesData {
  name: string;
  values: (number | null)[];
  /** Each value as its cell shows it (the data labels' text). */
  labels: string[];
}

interface ChartData {
  categories: string[];
  series: SeriesData[];
}

function readCells(workbook: PreviewWorkbook, ref: CellsRef | undefined) {
  if (!ref || !workbook.sheets.has(ref.sheetId)) return { values: [], formats: [] };
  return {
    values: workbook.cells.readValues(ref.sheetId, ref.rect).flat(),
    formats: workbook.formats.readNumberFormats(ref.sheetId, ref.rect).flat(),
  };
}

/** What the chart's series read now: numbers (anything else plots nothing), their shown text, the categories. */
function chartData(workbook: PreviewWorkbook, chart: ChartInfo): ChartData {
  const series = chart.series.map((entry) => {
    const { values, formats } = readCells(workbook, entry.values);
    const numbers = values.map((value) => (typeof value === "number" ? value : null));
    const labels = numbers.map((value, i) => (value === null ? "" : formatCellValue(value, String(formats[i] ?? ""))));
    return { name: entry.name, values: numbers, labels };
  });
  const withCategories = chart.series.find((entry) => entry.categories);
  const length = Math.max(0, ...series.map((entry) => entry.values.length));
  const categories = withCategories
    ? readCells(workbook, withCategories.categories).values.map(String)
    : Array.from({ length }, (_, i) => String(i + 1));
  return { categories, series };
}

const PALETTE = ["#4472C4", "#ED7D31", "#A5A5A5", "#FFC000", "#5B9BD5", "#70AD47"];
const TITLE_LINE = 17;
const LEGEND_LINE = 16;

/** Pixels a text takes at about 11 px: full-width characters 11, others 6. */
function textPixels(text: string, size = 11): number {
  let units = 0;
  for (const character of text) units += character.codePointAt(0)! >= 0x2e80 ? 1 : 0.55;
  return units * size;
}

/** The title in lines that fit the width, broken at spaces where there are any. */
function titleLines(title: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const piece of title.match(/\S+\s*|\s+/g) ?? []) {
    const parts = textPixels(piece, 13) > width ? [...piece] : [piece];
    for (const part of parts) {
      if (line && textPixels(line + part, 13) > width) {
        lines.push(line.trimEnd());
        line = "";
      }
      line += part;
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

interface Plot {
  left: number;
  top: number;
  width: number;
  height: number;
}

function niceMax(values: number[]): number {
  const max = Math.max(0, ...values);
  if (max === 0) return 1;
  const step = 10 ** Math.floor(Math.log10(max));
  return Math.ceil(max / step) * step;
}

function numbersOf(data: ChartData): number[] {
  return data.series.flatMap((series) => series.values.filter((value): value is number => value !== null));
}

function Bars({
  data,
  plot,
  horizontal,
  labelled,
}: {
  data: ChartData;
  plot: Plot;
  horizontal: boolean;
  labelled: boolean;
}) {
  const all = numbersOf(data);
  const max = niceMax(all);
  const min = Math.min(0, ...all);
  const span = max - min || 1;
  const groups = Math.max(data.categories.length, 1);
  const band = (horizontal ? plot.height : plot.width) / groups;
  const barSize = (band * 0.7) / Math.max(data.series.length, 1);
  const zero = horizontal ? plot.left + (-min / span) * plot.width : plot.top + (max / span) * plot.height;
  return (
    <g>
      {data.series.map((series, s) =>
        series.values.map((value, i) => {
          if (value === null) return null;
          const length = (Math.abs(value) / span) * (horizontal ? plot.width : plot.height);
          const offset = i * band + band * 0.15 + s * barSize;
          const fill = PALETTE[s % PALETTE.length];
          const label = labelled ? series.labels[i] : "";
          if (horizontal) {
            const x = value >= 0 ? zero : zero - length;
            const end = value >= 0 ? x + length + 3 : x - 3;
            return (
              <g key={`${s}-${i}`}>
                <rect x={x} y={plot.top + offset} width={length} height={barSize} fill={fill} />
                {label && (
                  <text
                    className="data-label"
                    x={end}
                    y={plot.top + offset + barSize / 2 + 3}
                    textAnchor={value >= 0 ? "start" : "end"}
                  >
                    {label}
                  </text>
                )}
              </g>
            );
          }
          const y = value >= 0 ? zero - length : zero;
          return (
            <g key={`${s}-${i}`}>
              <rect x={plot.left + offset} y={y} width={barSize} height={length} fill={fill} />
              {label && (
                <text
                  className="data-label"
                  x={plot.left + offset + barSize / 2}
                  y={value >= 0 ? y - 3 : y + length + 11}
                  textAnchor="middle"
                >
                  {label}
                </text>
              )}
            </g>
          );
        }),
      )}
      <line
        className="axis-line"
        x1={horizontal ? zero : plot.left}
        x2={horizontal ? zero : plot.left + plot.width}
        y1={horizontal ? plot.top : zero}
        y2={horizontal ? plot.top + plot.height : zero}
        stroke="#bfbfbf"
      />
      {data.categories.map((category, i) => (
        <text
          key={i}
          className="tick"
          textAnchor={horizontal ? "end" : "middle"}
          x={horizontal ? plot.left - 4 : plot.left + i * band + band / 2}
          y={horizontal ? plot.top + i * band + band / 2 + 3 : plot.top + plot.height + 13}
        >
          {category}
        </text>
      ))}
    </g>
  );
}

function Lines({ data, plot, labelled }: { data: ChartData; plot: Plot; labelled: boolean }) {
  const all = numbersOf(data);
  const max = niceMax(all);
  const min = Math.min(0, ...all);
  const step = plot.width / Math.max(data.categories.length - 1, 1);
  const y = (value: number) => plot.top + ((max - value) / (max - min || 1)) * plot.height;
  return (
    <g>
      {data.series.map((series, s) => (
        <g key={s}>
          <polyline
            fill="none"
            stroke={PALETTE[s % PALETTE.length]}
            strokeWidth={2}
            points={series.values
              .map((value, i) => (value === null ? null : `${plot.left + i * step},${y(value)}`))
              .filter(Boolean)
              .join(" ")}
          />
          {labelled &&
            series.values.map((value, i) =>
              value === null ? null : (
                <text key={i} className="data-label" x={plot.left + i * step} y={y(value) - 5} textAnchor="middle">
                  {series.labels[i]}
                </text>
              ),
            )}
        </g>
      ))}
      {data.categories.map((category, i) => (
        <text key={i} className="tick" textAnchor="middle" x={plot.left + i * step} y={plot.top + plot.height + 13}>
          {category}
        </text>
      ))}
    </g>
  );
}

function Pie({ data, plot, labelled }: { data: ChartData; plot: Plot; labelled: boolean }) {
  const series = data.series[0];
  const values = series?.values.map((value) => Math.max(value ?? 0, 0)) ?? [];
  const total = values.reduce((a, b) => a + b, 0) || 1;
  const radius = Math.max(10, Math.min(plot.width, plot.height) / 2 - 6);
  const cx = plot.left + plot.width / 2;
  const cy = plot.top + plot.height / 2;
  let angle = -Math.PI / 2;
  return (
    <g>
      {values.map((value, i) => {
        const start = angle;
        angle += (value / total) * 2 * Math.PI;
        const large = angle - start > Math.PI ? 1 : 0;
        const middle = (start + angle) / 2;
        const path = `M${cx},${cy} L${cx + radius * Math.cos(start)},${cy + radius * Math.sin(start)} A${radius},${radius} 0 ${large} 1 ${cx + radius * Math.cos(angle)},${cy + radius * Math.sin(angle)} Z`;
        return (
          <g key={i}>
            <path d={path} fill={PALETTE[i % PALETTE.length]} />
            {labelled && value > 0 && (
              <text
                className="data-label pie-label"
                x={cx + radius * 0.65 * Math.cos(middle)}
                y={cy + radius * 0.65 * Math.sin(middle) + 3}
                textAnchor="middle"
              >
                {series.labels[i]}
              </text>
            )}
          </g>
        );
      })}
    </g>
  );
}

function kindOf(type: string): "pie" | "line" | "bar" | "column" {
  if (/^(Pie|Doughnut)/.test(type)) return "pie";
  if (/^(Line|XY|Area)/.test(type)) return "line";
  return /^Bar/.test(type) ? "bar" : "column";
}

/** The legend's entries: a pie's categories, else the series. */
function legendEntries(data: ChartData, pie: boolean): string[] {
  return pie ? data.categories : data.series.map((series) => series.name);
}

function Legend({ entries, box, at, top }: { entries: string[]; box: Box; at: string; top: number }) {
  if (at === "Bottom") {
    const widths = entries.map((entry) => textPixels(entry) + 26);
    let x = Math.max(8, (box.width - widths.reduce((a, b) => a + b, 0)) / 2);
    return (
      <g className="chart-legend">
        {entries.map((entry, i) => {
          const left = x;
          x += widths[i];
          return (
            <text key={i} x={left} y={box.height - 8} className="legend">
              <tspan fill={PALETTE[i % PALETTE.length]}>■</tspan> {entry}
            </text>
          );
        })}
      </g>
    );
  }
  return (
    <g className="chart-legend">
      {entries.map((entry, i) => (
        <text key={i} x={box.width - 8} y={top + LEGEND_LINE * (i + 1)} textAnchor="end" className="legend">
          <tspan fill={PALETTE[i % PALETTE.length]}>■</tspan> {entry}
        </text>
      ))}
    </g>
  );
}

export function ChartView({ workbook, chart, box }: { workbook: PreviewWorkbook; chart: ChartInfo; box: Box }) {
  const figure = useRef<HTMLElement>(null);
  const active = workbook.charts.activeChartId === chart.id;
  useEffect(() => {
    if (active) figure.current?.scrollIntoView?.({ block: "nearest", inline: "nearest" });
  }, [active]);
  const data = chartData(workbook, chart);
  const kind = kindOf(chart.type);
  const lines = titleLines(chart.title, box.width - 16);
  const titleHeight = 10 + lines.length * TITLE_LINE;
  const entries = chart.legendVisible ? legendEntries(data, kind === "pie") : [];
  const legendBelow = entries.length > 0 && chart.legendPosition === "Bottom";
  const legendRight = entries.length > 0 && !legendBelow && !chart.legendOverlay;
  const legendWidth = legendRight ? Math.max(...entries.map((entry) => textPixels(entry))) + 30 : 0;
  const categoryWidth = kind === "bar" ? Math.max(...data.categories.map((c) => textPixels(c, 10)), 20) + 10 : 0;
  const axisTitles = kind !== "pie";
  const left = (axisTitles ? 42 : 10) + categoryWidth;
  const bottom = (legendBelow ? LEGEND_LINE + 6 : 4) + (axisTitles ? 32 : 4);
  const plot: Plot = {
    left,
    top: titleHeight + 14,
    width: Math.max(20, box.width - left - 16 - legendWidth),
    height: Math.max(20, box.height - titleHeight - 14 - bottom),
  };
  const labelled = chart.dataLabelsShowValue;
  return (
    <figure
      ref={figure}
      className={active ? "chart active" : "chart"}
      style={{ left: box.left, top: box.top, width: box.width, height: box.height }}
      data-testid="chart"
      aria-label={chart.title || chart.name}
    >
      <svg width={box.width} height={box.height} role="img" aria-label={chart.title || chart.name}>
        <rect width={box.width} height={box.height} className="chart-background" />
        {lines.map((line, i) => (
          <text key={i} x={box.width / 2} y={20 + i * TITLE_LINE} textAnchor="middle" className="chart-title">
            {line}
          </text>
        ))}
        {kind === "pie" ? (
          <Pie data={data} plot={plot} labelled={labelled} />
        ) : kind === "line" ? (
          <Lines data={data} plot={plot} labelled={labelled} />
        ) : (
          <Bars data={data} plot={plot} horizontal={kind === "bar"} labelled={labelled} />
        )}
        {axisTitles && (
          <>
            <text
              x={plot.left + plot.width / 2}
              y={plot.top + plot.height + 28}
              textAnchor="middle"
              className="axis-title"
            >
              {kind === "bar" ? chart.valueAxisTitle : chart.categoryAxisTitle}
            </text>
            <text
              x={12}
              y={plot.top + plot.height / 2}
              textAnchor="middle"
              className="axis-title"
              transform={`rotate(-90 12 ${plot.top + plot.height / 2})`}
            >
              {kind === "bar" ? chart.categoryAxisTitle : chart.valueAxisTitle}
            </text>
          </>
        )}
        {entries.length > 0 && (
          <Legend entries={entries} box={box} at={legendBelow ? "Bottom" : "Right"} top={plot.top} />
        )}
      </svg>
    </figure>
  );
}
