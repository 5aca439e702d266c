/**
 * The data functions (COMPANY, FIGURE, DATASET, ROSTER) per call, through the registered layer, cycling through
 * every company, figure, dataset or province the report has: against a Map.get of the same answers computed
 * beforehand (the limit of a lookup), and against themselves over a synthetic edition 100 times larger (in another
 * instance of the functions, interleaved in the same process), where constant time means the same time per call.
 */
import { DATASET_IDS, LATEST_EDITION, type EditionDatasets } from "../../src/data/index";
import { loadRegisteredFunctions, type LoadedFunctions } from "../support/registered-functions";
import { atMost, fromComparison, makeRow, type Row } from "../support/report";
import { inflatedEdition } from "../support/synthetic-edition";
import { compare, type TimingOptions } from "../support/timing";

const GROWTH = 100;

type Implementation = (...args: unknown[]) => unknown;

interface DataCase {
  id: "COMPANY" | "FIGURE" | "DATASET" | "ROSTER";
  /** The argument lists to cycle through, from an edition's data. */
  queries(edition: EditionDatasets): unknown[][];
  /** Whether the larger edition gives the same answers (it adds rows to DATASET's and ROSTER's). */
  sameAnswers: boolean;
}

const CASES: DataCase[] = [
  { id: "COMPANY", queries: (e) => e.roster.records.map((c) => [c.short_name, null]), sameAnswers: true },
  {
    id: "FIGURE",
    queries: (e) => e.figures.records.map((f) => [f.metric, f.entity, f.period, null]),
    sameAnswers: true,
  },
  { id: "DATASET", queries: () => DATASET_IDS.map((id) => [id, null]), sameAnswers: false },
  {
    id: "ROSTER",
    queries: (e) => [...new Set(e.roster.records.map((c) => c.province))].map((p) => [p, null]),
    sameAnswers: false,
  },
];

/** Throws unless every query has an answer (no error), the same in both editions where it must be. */
function checkAnswers(dataCase: DataCase, ours: Implementation, larger: Implementation, queries: unknown[][]): void {
  for (const args of queries) {
    const answer = Reflect.apply(ours, undefined, args);
    const largerAnswer = Reflect.apply(larger, undefined, args);
    const same = JSON.stringify(answer) === JSON.stringify(largerAnswer);
    if (dataCase.sameAnswers && !same) {
      throw new Error(
        `${dataCase.id}(${args.join(", ")}): ${String(answer)} in the edition, ${String(largerAnswer)} ×${GROWTH}`,
      );
    }
  }
}

/** One call per invocation, the next query each time. */
function cycling(implementation: Implementation, queries: unknown[][]): () => unknown {
  let next = 0;
  return () => {
    const args = queries[next];
    next = next === queries.length - 1 ? 0 : next + 1;
    return Reflect.apply(implementation, undefined, args);
  };
}

/** Map.get of the answers ours gives, keyed by the query, cycling through the same queries. */
function mapLookup(implementation: Implementation, queries: unknown[][]): () => unknown {
  const keys = queries.map((args) => args.join("|"));
  const answers = new Map(keys.map((key, i) => [key, Reflect.apply(implementation, undefined, queries[i])]));
  let next = 0;
  return () => {
    const key = keys[next];
    next = next === keys.length - 1 ? 0 : next + 1;
    return answers.get(key);
  };
}

function lookup(loaded: LoadedFunctions, id: string): Implementation {
  const implementation = loaded.registry.get(id);
  if (!implementation) throw new Error(`${id} was not associated`);
  return implementation;
}

/** A second instance of the functions whose bundled edition is `GROWTH` times larger (installed before any call). */
function largerInstance(): LoadedFunctions {
  const larger = loadRegisteredFunctions();
  larger.editions[LATEST_EDITION] = inflatedEdition(larger.editions[LATEST_EDITION], GROWTH);
  return larger;
}

export function dataRows(loaded: LoadedFunctions, timing: TimingOptions, only?: RegExp): Row[] {
  const larger = largerInstance();
  const edition = loaded.editions[LATEST_EDITION];
  const rows: Row[] = [];
  for (const dataCase of CASES) {
    if (only && !only.test(dataCase.id)) continue;
    const queries = dataCase.queries(edition);
    const ours = lookup(loaded, dataCase.id);
    const oursLarger = lookup(larger, dataCase.id);
    checkAnswers(dataCase, ours, oursLarger, queries);
    const vsMap = compare(cycling(ours, queries), mapLookup(ours, queries), timing);
    rows.push(
      makeRow(
        `${dataCase.id} per call (${queries.length} ${dataCase.id === "DATASET" ? "datasets" : "queries"})`,
        { unit: "ns", ...fromComparison(vsMap), baselineName: "Map.get" },
        null,
      ),
    );
    const vsSmaller = compare(cycling(oursLarger, queries), cycling(ours, queries), timing);
    rows.push(
      makeRow(
        `${dataCase.id} per call, edition ×${GROWTH}`,
        { unit: "ns", ...fromComparison(vsSmaller), baselineName: "edition ×1" },
        atMost(1.5),
      ),
    );
  }
  return rows;
}
