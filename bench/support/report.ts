/**
 * The benchmark's output: one row per measurement (ours, its baseline from the same run, the ratio and the goal),
 * printed as one table and written as JSON with the machine it ran on.
 */
import fs from "fs";
import os from "os";
import path from "path";

export type Unit = "ns" | "ms" | "bytes";

export interface Goal {
  /** The goal as the table prints it, e.g. "≤ 2×". */
  text: string;
  /** Whether a ratio meets it. */
  met(ratio: number): boolean;
}

export interface Row {
  name: string;
  unit: Unit;
  ours: number;
  baseline: number;
  /** What the baseline is, for the table's reader (e.g. "limit loop", "Map.get", "5 MB limit"). */
  baselineName: string;
  ratio: number;
  goal: string;
  /** null when the row has no goal (it informs). */
  pass: boolean | null;
}

export function atMost(limit: number): Goal {
  return { text: `≤ ${limit}×`, met: (ratio) => ratio <= limit };
}

export function makeRow(
  name: string,
  measured: { unit: Unit; ours: number; baseline: number; baselineName: string; ratio?: number },
  goal: Goal | null,
): Row {
  const ratio = measured.ratio ?? measured.ours / measured.baseline;
  return { ...measured, name, ratio, goal: goal?.text ?? "—", pass: goal ? goal.met(ratio) : null };
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

const passText = (pass: boolean | null) => (pass === null ? "" : pass ? "pass" : "FAIL");

/** The rows as one text table. */
export function formatTable(rows: readonly Row[]): string {
  const header = ["benchmark", "ours", "baseline", "", "ratio", "goal", ""];
  const lines = rows.map((row) => [
    row.name,
    formatValue(row.ours, row.unit),
    formatValue(row.baseline, row.unit),
    row.baselineName,
    formatRatio(row.ratio),
    row.goal,
    passText(row.pass),
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
    cpu: os.cpus()[0]?.model ?? "unknown",
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
