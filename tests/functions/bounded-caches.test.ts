/**
 * Every cache of the functions is bounded and keeps no failure: 20,000 distinct arguments that name nothing (each
 * an unknown province, company or metric) leave the heap as it was, give or take what a few hundred entries hold.
 */
import { liveHeapBytes } from "../support/heap";
import { callRegistered, registeredFunctions } from "../support/registered";

const registry = registeredFunctions();
const call = (id: string, ...args: unknown[]) => callRegistered(registry, id, ...args);

const DISTINCT = 20_000;
/** What the bounded caches may hold between them once full (a few hundred small entries) and the heap's noise: 20,000 kept entries of any kind would hold more. */
const MAX_GROWTH_BYTES = 512 * 1024;

/** Heap growth over `DISTINCT` calls, each with a new argument, after a warm-up that fills every bounded cache. */
function heapGrowthOver(callWith: (i: number) => unknown): number {
  for (let i = 0; i < 2_000; i++) callWith(DISTINCT + i);
  const before = liveHeapBytes();
  for (let i = 0; i < DISTINCT; i++) callWith(i);
  return liveHeapBytes() - before;
}

describe(`${DISTINCT.toLocaleString("en-US")} distinct unknown arguments`, () => {
  it.each([
    ["ROSTER", (i: number) => call("ROSTER", `Atlantis ${i}`, i % 2 === 0)],
    ["AMCCOUNT", (i: number) => call("AMCCOUNT", `Atlantis ${i}`)],
    ["COMPANY", (i: number) => call("COMPANY", `Nobody Asset ${i}`, null)],
    ["FIGURE", (i: number) => call("FIGURE", `no_such_metric_${i}`, null, null, null)],
    ["FIGURE (entity)", (i: number) => call("FIGURE", "net_financing", `Nobody ${i}`, null, null)],
    ["FIGURE (period)", (i: number) => call("FIGURE", "net_financing", "industry", `${1900 + (i % 8000)}-${i}`, null)],
    ["RATINGRANK", (i: number) => call("RATINGRANK", `Z${i}`)],
  ])(
    "%s: each an #N/A or #VALUE!, and the heap stays bounded",
    (_name, callWith) => {
      const first = callWith(0) as CustomFunctions.Error;
      expect(["#N/A", "#VALUE!"]).toContain(first.code);
      expect(heapGrowthOver(callWith)).toBeLessThan(MAX_GROWTH_BYTES);
    },
    120_000,
  );
});
