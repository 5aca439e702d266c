/**
 * Timing two implementations of the same work against each other in one process: warm-up, calibrated batches timed
 * in CPU time and in wall time from a collected heap, interleaved samples (ours, baseline, baseline, ours, …) so that
 * drift hits both alike, and the ratios of the medians. CPU time is steady on a shared machine; wall time is what the
 * analyst waits for (it counts the collector's pauses and whatever the process waited on): a goal holds on both.
 */
import { performance } from "perf_hooks";

export interface TimingOptions {
  /** Warm-up time for each side before calibrating (lets V8 optimise both). */
  warmupMs: number;
  /** How long one sample should run; a batch of calls is sized to reach it. */
  sampleMs: number;
  /** Samples per side. */
  samples: number;
}

export const DEFAULT_TIMING: TimingOptions = { warmupMs: 150, sampleMs: 15, samples: 21 };

export interface Comparison {
  /** Median CPU time of one call of ours, in nanoseconds. */
  oursNs: number;
  /** Median CPU time of one call of the baseline, in nanoseconds. */
  baselineNs: number;
  /** oursNs / baselineNs. */
  ratio: number;
  /** The ratio of the median wall times of the same samples. */
  wallRatio: number;
}

/** One measurement on both clocks. */
export interface Timed {
  cpu: number;
  wall: number;
}

/** Results are kept here so that no call can be optimised away as unused. */
let sink: unknown;

export function lastSink(): unknown {
  return sink;
}

const gc = (globalThis as { gc?: (options?: { type: "minor" | "major" }) => void }).gc;
/** A scavenge: empties the young generation, where nearly all of a call's garbage lives, in about a millisecond. */
const collectYoungGarbage = () => gc?.({ type: "minor" });
/**
 * CPU time of the process in nanoseconds (microsecond resolution), the collector's helper threads included. Not
 * wall time, which on a shared machine charges to whichever side was running the milliseconds another process takes
 * the CPU away. (Linux's per-thread schedstat would leave the helpers out, but it moves in 4 ms ticks.)
 */
function cpuNs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) * 1e3;
}

const wallNs = () => performance.now() * 1e6;

/** CPU and wall nanoseconds per call over a batch of `calls` calls. */
function timeBatch(work: () => unknown, calls: number): Timed {
  const startWall = wallNs();
  const startCpu = cpuNs();
  for (let i = 0; i < calls; i++) sink = work();
  const cpu = (cpuNs() - startCpu) / calls;
  return { cpu, wall: (wallNs() - startWall) / calls };
}

function warmUp(work: () => unknown, ms: number): void {
  const until = performance.now() + ms;
  do sink = work();
  while (performance.now() < until);
}

/** How many calls make a batch of about `sampleMs` (at least 1). */
function batchSize(work: () => unknown, sampleMs: number): number {
  let calls = 1;
  for (;;) {
    const ns = timeBatch(work, calls).cpu * calls;
    if (ns >= sampleMs * 1e6 || calls >= 1 << 26) return Math.max(1, Math.round((calls * sampleMs * 1e6) / ns));
    calls *= ns < (sampleMs * 1e6) / 100 ? 10 : 2;
  }
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Times ours against the baseline, interleaved, and returns the medians and the ratio. */
export function compare(
  ours: () => unknown,
  baseline: () => unknown,
  options: TimingOptions = DEFAULT_TIMING,
): Comparison {
  warmUp(ours, options.warmupMs);
  warmUp(baseline, options.warmupMs);
  const oursCalls = batchSize(ours, options.sampleMs);
  const baselineCalls = batchSize(baseline, options.sampleMs);
  const oursNs: Timed[] = [];
  const baselineNs: Timed[] = [];
  // Each sample starts from an empty young generation (node --expose-gc), so each side collects its own garbage.
  const sampleOurs = () => (collectYoungGarbage(), oursNs.push(timeBatch(ours, oursCalls)));
  const sampleBaseline = () => (collectYoungGarbage(), baselineNs.push(timeBatch(baseline, baselineCalls)));
  for (let sample = 0; sample < options.samples; sample++) {
    if (sample % 2 === 0) {
      sampleOurs();
      sampleBaseline();
    } else {
      sampleBaseline();
      sampleOurs();
    }
  }
  const a = median(oursNs.map((sample) => sample.cpu));
  const b = median(baselineNs.map((sample) => sample.cpu));
  const wallRatio = median(oursNs.map((sample) => sample.wall)) / median(baselineNs.map((sample) => sample.wall));
  return { oursNs: a, baselineNs: b, ratio: a / b, wallRatio };
}

/** The CPU and wall milliseconds one run of `work` takes (from an empty young generation). */
export function timeRun(work: () => void): Timed {
  collectYoungGarbage();
  const startWall = wallNs();
  const startCpu = cpuNs();
  work();
  const cpu = (cpuNs() - startCpu) / 1e6;
  return { cpu, wall: (wallNs() - startWall) / 1e6 };
}

/**
 * Measures two sides `runs` times each, alternating which goes first, and returns the medians and their ratio: for
 * measurements that are one long run each (building a workbook model, loading a page), in whatever unit they report.
 */
export async function compareRuns(
  ours: () => number | Promise<number>,
  baseline: () => number | Promise<number>,
  runs: number,
): Promise<{ ours: number; baseline: number; ratio: number }> {
  const a: number[] = [];
  const b: number[] = [];
  for (let run = 0; run < runs; run++) {
    if (run % 2 === 0) {
      a.push(await ours());
      b.push(await baseline());
    } else {
      b.push(await baseline());
      a.push(await ours());
    }
  }
  return { ours: median(a), baseline: median(b), ratio: median(a) / median(b) };
}

/** Medians of runs timed on both clocks, and their ratios. */
export interface TimedComparison {
  ours: number;
  baseline: number;
  ratio: number;
  wallRatio: number;
}

/** The medians and ratios, on both clocks, of runs measured with `timeRun`. */
export function compareTimed(ours: readonly Timed[], baseline: readonly Timed[]): TimedComparison {
  const cpu = (runs: readonly Timed[]) => median(runs.map((run) => run.cpu));
  const wall = (runs: readonly Timed[]) => median(runs.map((run) => run.wall));
  return {
    ours: cpu(ours),
    baseline: cpu(baseline),
    ratio: cpu(ours) / cpu(baseline),
    wallRatio: wall(ours) / wall(baseline),
  };
}
