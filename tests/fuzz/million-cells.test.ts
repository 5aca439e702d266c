/**
 * Every range-taking AMC.* function on ranges of a million cells: a whole column (1,000,000 × 1) and a
 * 1000 × 1000 block. Each answers what Excel can hold, in linear time (1,000,000 cells take less than 10× as long
 * as 250,000: linear work takes ~4×, quadratic 16×; no step over 15 s. Linear work that builds a million-row spill
 * reaches ~8× on a busy machine, because the collector's work grows with the heap the spill fills), and its call adds less than 10× its
 * input's size to the heap. The smaller steps of the ladder (15,625 and 62,500 cells) let a quadratic function
 * fail in seconds instead of hanging the suite.
 *
 * And every function on a whole column as Excel passes A:A (1,048,576 rows, the analyst's first rows then blanks,
 * as null and as ""), against the same call on a column of values: the whole column's result keeps at most 3× the
 * heap, and its failing cells share their Excel error objects (at most a few are made, where a cell-by-cell error
 * would make a million): allocation, counted, not time.
 *
 * Both without data types and, for the functions that take a range (the one-column ladder and a whole column),
 * with them (results formatted, every cell read through data types): time stays linear, the heap within the same
 * bounds. A function called once per cell formats only what it returns, which a failing cell does not reach.
 *
 * The timing runs in plain Node processes (tests/support/million-cell-probe.ts, one per shape, side by side) and
 * counts their CPU time: jest's sandbox proxies every global lookup (Number.isFinite, CustomFunctions.Error),
 * which makes hot loops ~35× slower than in Excel's runtime and would time jest instead of the add-in.
 */
import { spawn } from "child_process";
import path from "path";
import { FUNCTION_METADATA, takesRange } from "../support/function-metadata";
import { FUZZ_SEED } from "../support/fuzz-settings";
import type { ProbeRequest, ProbeResult, ProbeShape, WholeColumnResult } from "../support/million-cell-probe";

const ROOT = path.resolve(__dirname, "../..");
const PROBE = path.join(__dirname, "../support/million-cell-probe.ts");
const RANGE_FUNCTIONS = FUNCTION_METADATA.filter(takesRange);
const SHAPES: ProbeShape[] = ["one column", "a square block"];
const MILLION = 1_000_000;

const REQUEST: ProbeRequest = {
  ladder: [15_625, 62_500, 250_000, MILLION],
  shapes: SHAPES,
  stopRatio: 10,
  floorMs: 20,
  maxStepMs: 15_000,
  slowStepMs: 250,
};
const MAX_HEAP_GROWTH = 10;
const PROBE_TIMEOUT_MS = 900_000;

interface ProbeRun<R = ProbeResult> {
  results: R[];
  stderr: string;
  seconds: number;
}

function runProbe<R = ProbeResult>(request: ProbeRequest, dataTypes: boolean): Promise<ProbeRun<R>> {
  const started = performance.now();
  const child = spawn(process.execPath, ["--import", "tsx", PROBE, JSON.stringify(request)], {
    cwd: ROOT,
    env: { ...process.env, FUZZ_SEED: String(FUZZ_SEED), AMC_PROBE_DATA_TYPES: dataTypes ? "1" : "0" },
    timeout: PROBE_TIMEOUT_MS,
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk) => (stdout += chunk));
  child.stderr.on("data", (chunk) => (stderr += chunk));
  return new Promise((resolve) =>
    child.on("close", () =>
      resolve({
        results: stdout
          .split("\n")
          .filter((line) => line.startsWith("{"))
          .map((line) => JSON.parse(line) as R),
        stderr,
        seconds: (performance.now() - started) / 1000,
      }),
    ),
  );
}

const ratiosOf = ({ steps }: ProbeResult) =>
  steps.slice(1).map((step, i) => Math.max(step.ms, REQUEST.floorMs) / Math.max(steps[i].ms, REQUEST.floorMs));

function summary({ results, seconds }: ProbeRun, mode: string): string {
  const lines = results.map((r) => {
    const [quarter, million] = r.steps.slice(-2);
    const heap = r.inputBytes > 0 ? `heap +${(r.heapGrowthBytes / r.inputBytes).toFixed(1)}× input` : "";
    return `  ${r.id.padEnd(16)} ${r.shape.padEnd(15)} ${quarter.ms.toFixed(0).padStart(6)} → ${million.ms.toFixed(0).padStart(6)} ms  ×${(million.ms / quarter.ms).toFixed(2)}  ${heap}`;
  });
  return `million-cell ranges ${mode}: seed ${FUZZ_SEED}, ${results.length} runs in ${seconds.toFixed(1)} s (ms at 250,000 → 1,000,000 cells):\n${lines.join("\n")}`;
}

const MODES = ["without data types", "with data types"] as const;
type Mode = (typeof MODES)[number];
/** The ladder's shapes per mode: with data types, the one-column ladder (the square block's cells read alike). */
const SHAPES_OF: Record<Mode, ProbeShape[]> = { "without data types": SHAPES, "with data types": ["one column"] };

const runs = new Map<Mode, ProbeRun>();
const wholeColumnRuns = new Map<Mode, ProbeRun<WholeColumnResult>>();

/** At most this many Excel error objects per whole-column call: one per distinct failure, never one per cell. */
const MAX_ERRORS_MADE = 8;
/** The heap a whole column's result keeps, at most, against the same call's result on a column of values. */
const MAX_RESULT_RATIO = 3;
/**
 * Below this, a result is not one that grows with the column (a million cells of one pointer each keep 8 MB), and
 * the heap a collection leaves around a result of a few cells (compiled code, a cache's entry) outweighs it.
 */
const SMALL_RESULT_BYTES = 1024 * 1024;

/** One probe process per mode and shape, side by side, and a whole-column probe per mode: each its own process. */
beforeAll(async () => {
  const started = performance.now();
  const dataTypes = (mode: Mode) => mode === "with data types";
  const wholeColumnProbes = MODES.map((mode) =>
    runProbe<WholeColumnResult>(
      { ...REQUEST, shapes: [], wholeColumn: true, rangesOnly: dataTypes(mode) },
      dataTypes(mode),
    ),
  );
  const ladders = await Promise.all(
    MODES.map(async (mode) => {
      const shapes = await Promise.all(
        SHAPES_OF[mode].map((shape) => runProbe({ ...REQUEST, shapes: [shape] }, dataTypes(mode))),
      );
      return {
        results: shapes.flatMap((r) => r.results),
        stderr: shapes.map((r) => r.stderr).join("\n"),
        seconds: (performance.now() - started) / 1000,
      };
    }),
  );
  MODES.forEach((mode, i) => {
    runs.set(mode, ladders[i]);
    console.log(summary(ladders[i], mode));
  });
  const wholeColumns = await Promise.all(wholeColumnProbes);
  MODES.forEach((mode, i) => {
    wholeColumnRuns.set(mode, wholeColumns[i]);
    console.log(wholeColumnSummary(wholeColumns[i], mode));
  });
}, PROBE_TIMEOUT_MS);

function wholeColumnSummary({ results, seconds }: ProbeRun<WholeColumnResult>, mode: string): string {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
  const lines = results.map(({ id, blanks, filledResultBytes }) => {
    const made = blanks.map((b) => b.errorsMade).join("/");
    return `  ${id.padEnd(16)} errors made ${made.padEnd(7)} result ${blanks.map((b) => kb(b.resultBytes)).join("/")} vs ${kb(filledResultBytes)}`;
  });
  return `whole columns ${mode} (blanks as null/""), ${results.length} functions in ${seconds.toFixed(1)} s:\n${lines.join("\n")}`;
}

/** The functions each mode calls on a whole column: with data types, those that take it as one range. */
const WHOLE_COLUMN_FUNCTIONS: Record<Mode, string[]> = {
  "without data types": FUNCTION_METADATA.map((fn) => fn.id),
  "with data types": RANGE_FUNCTIONS.map((fn) => fn.id),
};

describe.each(MODES.flatMap((mode) => WHOLE_COLUMN_FUNCTIONS[mode].map((id) => [id, mode] as const)))(
  "AMC.%s on a whole column, %s",
  (id, mode) => {
    function resultOf(): WholeColumnResult {
      const run = wholeColumnRuns.get(mode)!;
      const result = run.results.find((r) => r.id === id);
      if (!result) throw new Error(`the whole-column probe gave no result for ${id}: ${run.stderr.slice(-2000)}`);
      return result;
    }

    it("answers what Excel can hold, blanks passed as null or as an empty text", () => {
      expect(resultOf().blanks.map((b) => [b.blank, b.problems])).toEqual([
        [null, []],
        ["", []],
      ]);
    });

    it(`makes at most ${MAX_ERRORS_MADE} Excel error objects, however many cells fail`, () => {
      for (const blank of resultOf().blanks) expect(blank.errorsMade).toBeLessThanOrEqual(MAX_ERRORS_MADE);
    });

    it(`keeps at most ${MAX_RESULT_RATIO}× the heap of the same call on a column of values`, () => {
      const { blanks, filledResultBytes } = resultOf();
      const limit = Math.max(MAX_RESULT_RATIO * filledResultBytes, SMALL_RESULT_BYTES);
      for (const blank of blanks) expect(blank.resultBytes).toBeLessThanOrEqual(limit);
    });
  },
);

describe.each(MODES.flatMap((mode) => SHAPES_OF[mode].map((shape) => [shape, mode] as const)))(
  "a million cells as %s, %s",
  (shape, mode) => {
    function resultOf(id: string): ProbeResult {
      const run = runs.get(mode)!;
      const result = run.results.find((r) => r.id === id && r.shape === shape);
      if (!result) throw new Error(`the probe gave no result for ${id}: ${run.stderr.slice(-2000)}`);
      return result;
    }

    describe.each(RANGE_FUNCTIONS.map((fn) => fn.id))("AMC.%s", (id) => {
      it("answers what Excel can hold for a million cells", () => {
        const result = resultOf(id);
        expect(result.problems).toEqual([]);
        expect(result.steps.map((step) => step.cells)).toEqual(REQUEST.ladder);
      });

      it("takes less than 10× as long for 1,000,000 cells as for 250,000, and never over 15 s", () => {
        const result = resultOf(id);
        expect(result.steps.map((step) => step.cells)).toEqual(REQUEST.ladder);
        expect(ratiosOf(result).pop()).toBeLessThan(REQUEST.stopRatio);
        expect(Math.max(...result.steps.map((step) => step.ms))).toBeLessThan(REQUEST.maxStepMs);
      });

      it("adds less than 10× its input's size to the heap", () => {
        const result = resultOf(id);
        expect(result.inputBytes).toBeGreaterThan(0);
        expect(result.heapGrowthBytes).toBeLessThan(MAX_HEAP_GROWTH * result.inputBytes);
      });
    });
  },
);
