/**
 * `npm run bench`: every benchmark in one run, each against a baseline measured in the same run; prints
 * one table of ratios and writes it with the machine's description to bench/results/latest.json (and, to keep with
 * the code, bench/results/latest.md).
 *
 * Options: `--suite=metrics,whole-column,model,data,cold-start,payload,picker,builder` runs only those suites; `--only=REGEX` keeps the metric
 * and data functions whose id matches; `--quick` takes fewer samples (for trying a change, not for the README).
 */
import path from "path";
import { builderPreviewRows } from "./suites/builder-preview";
import { coldStartRows } from "./suites/cold-start";
import { dataRows } from "./suites/data-functions";
import { figurePickerRows } from "./suites/figure-picker";
import { modelRows } from "./suites/hyperformula-model";
import { payloadRows } from "./suites/insert-payload";
import { metricRows } from "./suites/metric-functions";
import { wholeColumnRows } from "./suites/whole-column";
import { loadRegisteredFunctions, ROOT } from "./support/registered-functions";
import { formatTable, makeReport, writeReport, writeSummary, type Row } from "./support/report";
import { DEFAULT_TIMING, type TimingOptions } from "./support/timing";

const RESULTS = path.join(ROOT, "bench/results/latest.json");
/** The same run as a page to keep with the code (bench/README.md links it). */
const SUMMARY = path.join(ROOT, "bench/results/latest.md");
const SUITES = ["metrics", "whole-column", "model", "data", "cold-start", "payload", "picker", "builder"] as const;
type Suite = (typeof SUITES)[number];

interface Options {
  suites: Set<Suite>;
  only?: RegExp;
  timing: TimingOptions;
}

function parseOptions(argv: string[]): Options {
  const value = (name: string) => argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
  const suites = value("suite")?.split(",") ?? [...SUITES];
  const unknown = suites.filter((suite) => !(SUITES as readonly string[]).includes(suite));
  if (unknown.length > 0) throw new Error(`unknown suite ${unknown.join(", ")}; the suites are ${SUITES.join(", ")}`);
  const only = value("only");
  const quick = argv.includes("--quick");
  return {
    suites: new Set(suites as Suite[]),
    only: only ? new RegExp(only, "i") : undefined,
    timing: quick ? { warmupMs: 50, sampleMs: 5, samples: 5 } : DEFAULT_TIMING,
  };
}

async function main(): Promise<void> {
  const startedAt = Date.now();
  const options = parseOptions(process.argv.slice(2));
  const rows: Row[] = [];
  const progress = (suite: string) =>
    process.stderr.write(`bench: ${suite} (${((Date.now() - startedAt) / 1000).toFixed(0)} s)\n`);
  const loaded = loadRegisteredFunctions();
  if (options.suites.has("metrics")) {
    progress("metric functions");
    rows.push(...metricRows(loaded, options.timing, options.only));
  }
  if (options.suites.has("whole-column")) {
    progress("whole columns");
    rows.push(...(await wholeColumnRows(loaded, options.only)));
  }
  if (options.suites.has("data")) {
    progress("data functions");
    rows.push(...dataRows(loaded, options.timing, options.only));
  }
  if (options.suites.has("model")) {
    progress("HyperFormula model");
    rows.push(...(await modelRows(loaded)));
  }
  if (options.suites.has("payload")) {
    progress("insert payload");
    rows.push(...payloadRows(options.timing));
  }
  if (options.suites.has("picker")) {
    progress("figure picker and explainer");
    rows.push(...figurePickerRows(options.timing));
  }
  if (options.suites.has("builder")) {
    progress("formula builder's preview");
    rows.push(...(await builderPreviewRows(loaded)));
  }
  if (options.suites.has("cold-start")) {
    progress("cold start in Chromium");
    rows.push(...(await coldStartRows()));
  }
  const report = makeReport(rows, startedAt);
  const table = formatTable(rows);
  console.log(table);
  console.log(
    `\n${report.cpu} × ${report.cpus}, Node ${report.node}, ${report.date}, ${report.durationSeconds} s; ` +
      `written to ${path.relative(process.cwd(), RESULTS)}`,
  );
  writeReport(report, RESULTS);
  writeSummary(report, table, SUMMARY);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
