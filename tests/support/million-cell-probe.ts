/**
 * Times every range-taking AMC.* function on generated ranges up a ladder of sizes, in a plain Node process (run by
 * tests/fuzz/million-cells.test.ts, outside jest's sandbox), and measures the heap its call at the top size adds.
 * Argument: a JSON ProbeRequest. Output: one JSON ProbeResult per line on stdout; progress on stderr.
 *
 * Time is the process's CPU time, which other processes on a busy machine do not inflate. Each kind of range is
 * built once at the top size; the smaller steps read its top-left corner. A function leaves the ladder at a step
 * that grows stopRatio× or more and is slow, or takes longer than maxStepMs, so that a quadratic function is
 * reported within seconds instead of running for hours.
 *
 * With `wholeColumn`, it calls every function on a whole column and on a column of values instead
 * (tests/support/whole-column.ts), and reports what the calls allocate rather than how long they take: the Excel
 * error objects made (one per failure, however many cells fail) and the heap the results keep.
 *
 * With AMC_PROBE_DATA_TYPES=1 in its environment, the functions run as in an Excel that takes data types.
 */
import { PROBE_DATA_TYPES } from "./probe-office";
import { bigRange, type BigRangeKind, type BigShape } from "./big-ranges";
import { outcomeProblems, type Outcome } from "./excel-values";
import { FUNCTION_METADATA, takesRange, type FunctionMetadata } from "./function-metadata";
import { collectGarbage, measured } from "./heap";
import { nodeRegistry } from "./node-registry";
import { callAsExcel, WHOLE_COLUMN_CASES, type Blank } from "./whole-column";

export type ProbeShape = "one column" | "a square block";

export interface ProbeRequest {
  /** Instead of the ladder, every function on a whole column against a column of values (WholeColumnResult). */
  wholeColumn?: boolean;
  /** With wholeColumn: only the functions that take the column as one range (not one call per cell). */
  rangesOnly?: boolean;
  /** Cells per step, ascending (each step 4× the one before for the ratios to mean what they say). */
  ladder: number[];
  shapes: ProbeShape[];
  stopRatio: number;
  /** Steps faster than this count as this long: too short to time against the collector's pauses. */
  floorMs: number;
  /** A step that grows stopRatio× and takes this long ends the ladder (below it, growth may be the JIT's). */
  slowStepMs: number;
  /** A step slower than this ends the ladder: no function may freeze Excel that long. */
  maxStepMs: number;
}

export interface ProbeResult {
  id: string;
  shape: ProbeShape;
  steps: { cells: number; ms: number }[];
  /** Problems of the last call's outcome as Excel would receive it; an error result counts as one. */
  problems: string[];
  /** Heap size of the distinct ranges of the last call. */
  inputBytes: number;
  /** Heap the last call added, its garbage included (at least what it keeps), unless that came to 10× the input. */
  heapGrowthBytes: number;
}

/** A function on a whole column (blank cells passed as null, then as ""), and on a column of values. */
export interface WholeColumnResult {
  id: string;
  blanks: {
    blank: Blank;
    /** CustomFunctions.Error objects the call constructed. */
    errorsMade: number;
    /** Heap its result keeps. */
    resultBytes: number;
    problems: string[];
  }[];
  /** Heap the result of the same call on a column of values keeps. */
  filledResultBytes: number;
}

const SHAPE_OF: Record<ProbeShape, (cells: number) => BigShape> = {
  "one column": (cells) => ({ rows: cells, columns: 1 }),
  "a square block": (cells) => ({ rows: Math.round(Math.sqrt(cells)), columns: Math.round(Math.sqrt(cells)) }),
};

/** The kind of range each range parameter gets, by name; amounts for the rest. */
const KIND_OF: Record<string, BigRangeKind> = {
  labels: "labels",
  tenors: "tenors",
  issue_dates: "dates",
  maturity_dates: "dates",
  exercise_dates: "dates",
  bounds: "bounds",
  ratings: "ratings",
  from_ratings: "ratings",
  to_ratings: "ratings",
  bond_yield: "yields",
  benchmark: "yields",
};
const KINDS: BigRangeKind[] = ["amounts", "labels", "tenors", "dates", "bounds", "ratings", "yields"];

/** What an analyst would type in the single-value parameters; anything not listed is left out (null). */
const SCALARS: Record<string, unknown> = { n: 5, label: "浙商*", tenor: 3, start: 42005, end: 49674, months: 6 };

const HEAP_GROWTH_LIMIT = 10;
const TRIES = 3;
/** Cells of the ranges whose heap size is measured (small, so that the collections measuring them are quick). */
const SAMPLE_CELLS = 62_500;

const registry = nodeRegistry();
const RECEIVER = { dataTypes: PROBE_DATA_TYPES };

function call(id: string, args: unknown[]): Outcome {
  try {
    return { threw: false, value: registry.get(id)!(...args) };
  } catch (error) {
    return { threw: true, value: error };
  }
}

/** Milliseconds of CPU this process spent (user and system): unlike the clock, other processes do not add to it. */
function cpuMs(since: NodeJS.CpuUsage): number {
  const { user, system } = process.cpuUsage(since);
  return (user + system) / 1000;
}

function timedCall(id: string, args: unknown[]) {
  const heapBefore = process.memoryUsage().heapUsed;
  const start = process.cpuUsage();
  const outcome = call(id, args);
  const ms = cpuMs(start);
  return { ms, outcome, heapGrowthBytes: Math.max(0, process.memoryUsage().heapUsed - heapBefore) };
}

/** Heap bytes per cell of each kind of range in each shape, measured on small ranges before anything else lives. */
function bytesPerCell(shape: ProbeShape): Map<BigRangeKind, number> {
  const sample = SHAPE_OF[shape](SAMPLE_CELLS);
  return new Map(KINDS.map((kind) => [kind, measured(() => bigRange(kind, sample)).bytes / SAMPLE_CELLS]));
}

/** The top-left rows × columns of a range: a column's first rows (shared), a block's corner (copied). */
function corner(range: unknown[][], { rows, columns }: BigShape): unknown[][] {
  const top = range.slice(0, rows);
  return top[0].length === columns ? top : top.map((row) => row.slice(0, columns));
}

/** The ranges of one shape at the top size, each built once, and smaller ones cut from them. */
class ShapeRanges {
  private readonly ranges = new Map<BigRangeKind, unknown[][]>();

  constructor(
    private readonly shapeOf: (cells: number) => BigShape,
    private readonly top: number,
    private readonly perCell: Map<BigRangeKind, number>,
  ) {}

  /** Drop the kinds fn does not use, so that the process holds a few large ranges at a time. */
  keepOnly(kinds: Set<BigRangeKind>): void {
    for (const kind of this.ranges.keys()) if (!kinds.has(kind)) this.ranges.delete(kind);
  }

  private range(kind: BigRangeKind, cells: number): unknown[][] {
    let full = this.ranges.get(kind);
    if (!full) {
      full = bigRange(kind, this.shapeOf(this.top));
      this.ranges.set(kind, full);
    }
    return cells === this.top ? full : corner(full, this.shapeOf(cells));
  }

  /** fn's arguments at a size, and the heap size of the distinct ranges among them. */
  argumentsOf(fn: FunctionMetadata, cells: number): { args: unknown[]; inputBytes: number } {
    const used = new Set<BigRangeKind>();
    const args = fn.parameters.map((p) => {
      if (p.dimensionality !== "matrix") return SCALARS[p.name] ?? null;
      const kind = KIND_OF[p.name] ?? "amounts";
      used.add(kind);
      return this.range(kind, cells);
    });
    const inputBytes = [...used].reduce((sum, kind) => sum + this.perCell.get(kind)! * cells, 0);
    return { args, inputBytes };
  }
}

const kindsOf = (fn: FunctionMetadata) =>
  new Set(fn.parameters.filter((p) => p.dimensionality === "matrix").map((p) => KIND_OF[p.name] ?? "amounts"));

interface Step {
  cells: number;
  ms: number;
  outcome: Outcome;
  inputBytes: number;
  heapGrowthBytes: number;
}

/**
 * One step: the best of up to three tries when the first grows stopRatio× (a collection may have fallen into it).
 * At the top of the ladder the heap is collected first, so that its growth over the call is at least what the call
 * keeps: a collection during the call can only take the call's own garbage.
 */
function step(
  fn: FunctionMetadata,
  ranges: ShapeRanges,
  cells: number,
  top: boolean,
  tooMuch: (ms: number) => boolean,
): Step {
  const { args, inputBytes } = ranges.argumentsOf(fn, cells);
  if (top) collectGarbage();
  const first = timedCall(fn.id, args);
  let attempt = first;
  for (let tries = 1; tries < TRIES && tooMuch(attempt.ms); tries++) {
    const again = timedCall(fn.id, args);
    if (again.ms < attempt.ms) attempt = again;
  }
  let { heapGrowthBytes } = first; // the call right after the collection
  if (top && heapGrowthBytes >= HEAP_GROWTH_LIMIT * inputBytes) {
    heapGrowthBytes = measured(() => call(fn.id, args)).bytes; // again, garbage excluded this time
  }
  return { cells, ms: attempt.ms, outcome: attempt.outcome, inputBytes, heapGrowthBytes };
}

function probe(fn: FunctionMetadata, ranges: ShapeRanges, shape: ProbeShape, request: ProbeRequest): ProbeResult {
  ranges.keepOnly(kindsOf(fn));
  call(fn.id, ranges.argumentsOf(fn, request.ladder[0]).args); // warm-up for the JIT
  const steps: Step[] = [];
  for (const cells of request.ladder) {
    process.stderr.write(`${fn.id} on ${shape}: ${cells} cells\n`);
    const previous = steps[steps.length - 1];
    const growth = (ms: number) =>
      previous ? Math.max(ms, request.floorMs) / Math.max(previous.ms, request.floorMs) : 1;
    const top = cells === request.ladder[request.ladder.length - 1];
    const current = step(fn, ranges, cells, top, (ms) => growth(ms) >= request.stopRatio);
    steps.push(current);
    const quadratic = growth(current.ms) >= request.stopRatio && current.ms >= request.slowStepMs;
    if (quadratic || current.ms > request.maxStepMs) break;
  }
  const last = steps[steps.length - 1];
  const problems = outcomeProblems(last.outcome, "en-US", [], RECEIVER);
  if (last.outcome.threw || last.outcome.value instanceof CustomFunctions.Error) {
    problems.push(`answered an error, not the metric: ${String((last.outcome.value as Error).message)}`);
  }
  const timings = steps.map(({ cells, ms }) => ({ cells, ms }));
  return {
    id: fn.id,
    shape,
    steps: timings,
    problems,
    inputBytes: last.inputBytes,
    heapGrowthBytes: last.heapGrowthBytes,
  };
}

/** Counts what `new CustomFunctions.Error(…)` constructs; instanceof still sees the runtime's class. */
function countErrorsMade(): () => number {
  const runtime = (globalThis as unknown as { CustomFunctions: { Error: new (...args: unknown[]) => object } })
    .CustomFunctions;
  let made = 0;
  runtime.Error = new Proxy(runtime.Error, {
    construct(target, args, newTarget) {
      made++;
      return Reflect.construct(target, args, newTarget);
    },
  });
  return () => made;
}

/** Problems of each outcome as Excel would receive it: per cell for a function called once per cell. */
function resultProblems(result: unknown, perCell: boolean): string[] {
  const outcomes = perCell ? (result as unknown[]) : [result];
  const problems = new Set<string>();
  for (const value of outcomes) {
    const threw = value instanceof CustomFunctions.Error;
    for (const problem of outcomeProblems({ threw, value }, "en-US", [], RECEIVER)) problems.add(problem);
  }
  return [...problems];
}

function wholeColumnProbe(request: ProbeRequest): void {
  const errorsMade = countErrorsMade();
  for (const wholeColumnCase of WHOLE_COLUMN_CASES) {
    if (request.rangesOnly && wholeColumnCase.perCell) continue;
    const implementation = registry.get(wholeColumnCase.id)!;
    const run = (args: unknown[]) => callAsExcel(implementation, wholeColumnCase.perCell, args);
    const blanks = ([null, ""] as Blank[]).map((blank) => {
      process.stderr.write(`${wholeColumnCase.id} on a whole column, blanks as ${JSON.stringify(blank)}\n`);
      const args = wholeColumnCase.wholeColumn(blank);
      const made = errorsMade();
      const { value, bytes } = measured(() => run(args));
      return {
        blank,
        errorsMade: errorsMade() - made,
        resultBytes: bytes,
        problems: resultProblems(value, wholeColumnCase.perCell),
      };
    });
    const filled = wholeColumnCase.filled();
    const result: WholeColumnResult = {
      id: wholeColumnCase.id,
      blanks,
      filledResultBytes: measured(() => run(filled)).bytes,
    };
    process.stdout.write(`${JSON.stringify(result)}\n`);
  }
}

function ladderProbe(request: ProbeRequest): void {
  for (const shape of request.shapes) {
    const ranges = new ShapeRanges(SHAPE_OF[shape], request.ladder[request.ladder.length - 1], bytesPerCell(shape));
    for (const fn of FUNCTION_METADATA.filter(takesRange)) {
      process.stdout.write(`${JSON.stringify(probe(fn, ranges, shape, request))}\n`);
    }
  }
}

const request = JSON.parse(process.argv[2]) as ProbeRequest;
if (request.wholeColumn) wholeColumnProbe(request);
else ladderProbe(request);
