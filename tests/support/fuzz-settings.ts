/**
 * How hard the fuzz suites try: a fixed seed (so CI is reproducible) and a run count small enough for `npm test`;
 * FUZZ_SEED=<n> explores other cases, FUZZ_RUNS=<n> tries more of them. Each suite prints what it used.
 */
import fc from "fast-check";
import { ORACLE_SEED } from "./cell-generators";

function setting(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isSafeInteger(value)) throw new Error(`${name} must be a whole number, not "${raw}"`);
  return value;
}

export const FUZZ_SEED = setting("FUZZ_SEED", ORACLE_SEED);

/** Runs per function and display language: FUZZ_RUNS when set, else the suite's default. */
export function fuzzRuns(fallback: number): number {
  return Math.max(1, setting("FUZZ_RUNS", fallback));
}

/** Long runs of one character or pair (the 100,000-character cells) shortened, so that a report stays readable. */
export function abbreviateRuns(text: string): string {
  return text.replace(/([\s\S]{1,2}?)\1{39,}/gu, (run, unit: string) => `${unit}…(×${run.length / unit.length})`);
}

/** fast-check's own report of a failure (seed, path, counterexample) and the error, long runs abbreviated. */
function reportBriefly<Ts>(details: fc.RunDetails<Ts>): void {
  if (!details.failed) return;
  const error = details.errorInstance;
  const cause = error instanceof Error ? error.message : String(error);
  throw new Error(abbreviateRuns(`${fc.defaultReportMessage(details)}\n\nGot error: ${cause}`));
}

export const fuzzOptions = (numRuns: number) => ({ seed: FUZZ_SEED, numRuns, reporter: reportBriefly });

/** One line in the test output saying what a suite ran with, so that a failure can be replayed. */
export function announceFuzzing(suite: string, detail: string): void {
  console.log(`${suite}: seed ${FUZZ_SEED} (FUZZ_SEED), ${detail} (FUZZ_RUNS)`);
}
