/**
 * The benchmark's output: one row per measurement (ours, its baseline from the same run, the ratios on the CPU and
 * the wall clock, the goal, the machine), printed as one table and written as JSON.
 */
import fs from "fs";
import os from "os";
import path from "path";
import type { Comparison } from "./timing";

export type Unit = "ns" | "ms" | "bytes";

export interface Goal {
  /** The goal as the table prints it, e.g. "≤ 2×". */
  text: string;
  /** Whether a ratio meets it. */
  met(ratio: number): boolean;
}

/** Which clock `ours` and `baseline` were read on; sizes have none. */
export type Clock = "cpu" | "wall" | null;

export interface Row {
  name: string;
  unit: Unit;
  ours: number;
  baseline: number;
  /** What the baseline is, for the table's reader (e.g. "limit loop", "Map.get", "5 MB limit"). */
  baselineName: string;
  /** ours / baseline on the row's clock (or of the sizes). */
  ratio: number;
  clock: Clock;
  /** The same comparison on the wall clock, when `ours` and `baseline` are CPU times; else null. */
  wallRatio: number | null;
  goal: string;
  /** null when the row has no goal (it informs); a goal must hold on both clocks. */
  pass: boolean | null;
  /** CPU model, cores and Node of the machine the row was measured on. */
  machine: string;
}

export function atMost(limit: number): Goal {
  return { text: `≤ ${limit}×`, met: (ratio) => ratio <= limit };
}

interface Measured {
  unit: Unit;
  ours: number;
  baseline: number;
  baselineName: string;
  ratio?: number;
  wallRatio?: number;
  /** Defaults to "cpu" for times and null for sizes. */
  clock?: Clock;
}

/** The fields of a row from a comparison of calls (CPU nanoseconds per call, and the wall ratio). */
export function fromComparison(comparison: Comparison): Pick<Measured, "ours" | "baseline" | "ratio" | "wallRatio"> {
  const { oursNs, baselineNs, ratio, wallRatio } = comparison;
  return { ours: oursNs, baseline: baselineNs, ratio, wallRatio };
}

export function makeRow(name: string, measured: Measured, goal: Goal | null): Row {
  const { wallRatio, clock, ...values } = measured;
  const ratio = measured.ratio ?? measured.ours / measured.baseline;
  const ratios = wallRatio === undefined ? [ratio] : [ratio, wallRatio];
  return {
    ...values,
    name,
    ratio,
    clock: clock !== undefined ? clock : measured.unit === "bytes" ? null : "cpu",
    wallRatio: wallRatio ?? null,
    goal: goal?.text ?? "—",
    pass: goal ? ratios.every((each) => goal.met(each)) : null,
    machine: machineName(),
  };
}

/** "AMD EPYC 7B13 × 2, Node v20.19.0": what a reader needs to compare two runs. */
export function machineName(): string {
  const cpus = os.cpus();
  const model = (cpus[0]?.model ?? "unknown CPU")
    .replace(/\((R|TM)\)/g, "")
    .replace(/\s+/g, " ")
    .trim();
  return `${model} × ${cpus.length}, Node ${process.version}`;
}

function formatValue(value: number, unit: Unit): string {
  if (unit === "bytes") {
    if (value >= 1024 * 1024) return `${(value / 1024 / 1024).toFixed(2)} MB`;
    if (value >= 1024) return `${(value / 1024).toFixed(1)} KB`;
    return `${value} B`;
  }
  const ns = unit === "ms" ? value * 1e6 : value;
  if (ns >= 1e6) return `${(ns / 1e6).toFixed(ns >= 1e8 ? 0 : 2)} ms`;
  if (ns >= 1e3) return `${(ns / 1e3).toFixed(2)} µs`;
  return `${ns.toFixed(ns >= 100 ? 0 : 1)} ns`;
}

function formatRatio(ratio: number): string {
  return ratio >= 100 ? `${ratio.toFixed(0)}×` : ratio >= 0.01 ? `${ratio.toFixed(2)}×` : `${ratio.toExponential(1)}×`;
}

/** "0.63× / 0.71×" for CPU and wall, "— / 2.10×" for a wall-clock row, the bare ratio for sizes. */
function formatRatios(row: Row): string {
  if (row.clock === null) return formatRatio(row.ratio);
  if (row.clock === "wall") return `— / ${formatRatio(row.ratio)}`;
  return `${formatRatio(row.ratio)} / ${row.wallRatio === null ? "—" : formatRatio(row.wallRatio)}`;
}

const passText = (pass: boolean | null) => (pass === null ? "" : pass ? "pass" : "FAIL");

/** The rows as one text table; times are CPU times unless the ratio column says wall only. */
export function formatTable(rows: readonly Row[]): string {
  const header = ["benchmark", "ours", "baseline", "", "ratio CPU / wall", "goal", "", "machine"];
  const lines = rows.map((row) => [
    row.name,
    formatValue(row.ours, row.unit),
    formatValue(row.baseline, row.unit),
    row.baselineName,
    formatRatios(row),
    row.goal,
    passText(row.pass),
    row.machine,
  ]);
  const widths = header.map((title, i) => Math.max(title.length, ...lines.map((line) => line[i].length)));
  const numeric = new Set([1, 2, 4]);
  const format = (cells: string[]) =>
    cells.map((cell, i) => (numeric.has(i) ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join("  ");
  const rule = widths.map((width) => "─".repeat(width)).join("  ");
  return [format(header), rule, ...lines.map(format)].join("\n").replace(/ +$/gm, "");
}

export interface Report {
  date: string;
  cpu: string;
  cpus: number;
  node: string;
  durationSeconds: number;
  rows: Row[];
}

export function makeReport(rows: Row[], startedAt: number): Report {
  return {
    date: new Date().toISOString(),
    cpu: os.cpus()[0]?.model ?? "unknown CPU",
    cpus: os.cpus().length,
    node: process.version,
    durationSeconds: Math.round((Date.now() - startedAt) / 100) / 10,
    rows,
  };
}

export function writeReport(report: Report, file: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
}

/** The run as a page: the machine, the date, and the table as printed. */
export function writeSummary(report: Report, table: string, file: string): void {
  const failed = report.rows.filter((row) => row.pass === false).map((row) => row.name);
  const verdict = failed.length === 0 ? "Every goal met." : `Goals missed: ${failed.join("; ")}.`;
  const lines = [
    "# Latest benchmark run",
    "",
    `${machineName()}; ${report.date}; ${report.durationSeconds} s. ${verdict}`,
    "",
    "Ratios are ours ÷ baseline on the CPU clock / the wall clock (— where a row has one clock only).",
    "",
    "```text",
    table,
    "```",
    "",
  ];
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, lines.join("\n"));
}
