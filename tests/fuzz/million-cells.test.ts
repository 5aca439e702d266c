/**
 * Every range-taking AMC.* function on ranges of a million cells (issue 8): a whole column (1,000,000 × 1) and a
 * 1000 × 1000 block. Each answers what Excel can hold, in linear time (1,000,000 cells take less than 10× as long
 * as 250,000: linear work takes ~4×, quadratic 16×; no step over 15 s. Linear work that builds a million-row spill
 * reaches ~8× on a busy machine, because the collector's work grows with the heap the spill fills), and its call adds less than 10× its
 * input's size to the heap. The smaller steps of the ladder (15,625 and 62,500 cells) let a quadratic function
 * fail in seconds instead of hanging the suite.
 *
 * The timing runs in plain Node processes (tests/support/million-cell-probe.ts, one per shape, side by side) and
 * counts their CPU time: jest's sandbox proxies every global lookup (Number.isFinite, CustomFunctions.Error),
 * which makes hot loops ~35× slower than in Excel's runtime and would time jest instead of the add-in.
 */
import { spawn } from "child_process";
import path from "path";
import { FUNCTION_METADATA, takesRange } from "../support/function-metadata";
import { FUZZ_SEED } from "../support/fuzz-settings";
import type { ProbeRequest, ProbeResult, ProbeShape } from "../support/million-cell-probe";

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
const PROBE_TIMEOUT_MS = 600_000;

interface ProbeRun {
  results: ProbeResult[];
  stderr: string;
  seconds: number;
}

function runProbe(request: ProbeRequest): Promise<ProbeRun> {
  const started = performance.now();
  const child = spawn(process.execPath, ["--import", "tsx", PROBE, JSON.stringify(request)], {
    cwd: ROOT,
    env: { ...process.env, FUZZ_SEED: String(FUZZ_SEED) },
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
          .map((line) => JSON.parse(line) as ProbeResult),
        stderr,
        seconds: (performance.now() - started) / 1000,
      }),
    ),
  );
}

const ratiosOf = ({ steps }: ProbeResult) =>
  steps.slice(1).map((step, i) => Math.max(step.ms, REQUEST.floorMs) / Math.max(steps[i].ms, REQUEST.floorMs));

function summary({ results, seconds }: ProbeRun): string {
  const lines = results.map((r) => {
    const [quarter, million] = r.steps.slice(-2);
    const heap = r.inputBytes > 0 ? `heap +${(r.heapGrowthBytes / r.inputBytes).toFixed(1)}× input` : "";
    return `  ${r.id.padEnd(16)} ${r.shape.padEnd(15)} ${quarter.ms.toFixed(0).padStart(6)} → ${million.ms.toFixed(0).padStart(6)} ms  ×${(million.ms / quarter.ms).toFixed(2)}  ${heap}`;
  });
  return `million-cell ranges: seed ${FUZZ_SEED}, ${results.length} runs in ${seconds.toFixed(1)} s (ms at 250,000 → 1,000,000 cells):\n${lines.join("\n")}`;
}

let run: ProbeRun;

/** One probe process per shape, side by side: each times its own ladder, so they only share the machine. */
beforeAll(async () => {
  const started = performance.now();
  const runs = await Promise.all(SHAPES.map((shape) => runProbe({ ...REQUEST, shapes: [shape] })));
  run = {
    results: runs.flatMap((r) => r.results),
    stderr: runs.map((r) => r.stderr).join("\n"),
    seconds: (performance.now() - started) / 1000,
  };
  console.log(summary(run));
}, PROBE_TIMEOUT_MS);

describe.each(SHAPES)("a million cells as %s", (shape) => {
  function resultOf(id: string): ProbeResult {
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
});
