/**
 * Evaluating a function outside a cell, as the formula builder previews it: the same outcome as the function Excel
 * calls, for every function's worked example and for generated ranges; error cells read through the API passed as
 * Excel passes them; and the failure behind a #NUM!/#DIV/0!, which Excel shows without a message.
 */
import { FUNCTION_REFERENCE } from "../../src/functions/reference";
import { cellAsPassed, evaluateFunction, isFunctionId, rangeAsPassed } from "../../src/functions/evaluate";
import type { FunctionId } from "../../src/functions/declarations";
import { parseCall } from "../support/excel-literals";
import { outcomeOf, registeredFunctions } from "../support/registered";
import { seededRandom } from "../support/seeded-random";

const registry = registeredFunctions();

function asOutcome(id: FunctionId, args: unknown[]) {
  const evaluation = evaluateFunction(id, args);
  return evaluation.kind === "value"
    ? { threw: false, value: evaluation.value }
    : { threw: true, code: evaluation.code, message: evaluation.message };
}

function registeredOutcome(id: string, args: unknown[]) {
  const { threw, value } = outcomeOf(registry, id, ...args);
  // Excel shows a returned error as it shows a thrown one.
  if (!threw && !(value instanceof CustomFunctions.Error)) return { threw, value };
  const error = value as { code: string; message?: string };
  return { threw: true, code: error.code, message: error.message ?? "" };
}

it.each(Object.entries(FUNCTION_REFERENCE))(
  "%s: its example gives what the function Excel calls gives",
  (id, entry) => {
    const { args } = parseCall(entry.example);
    expect(isFunctionId(id)).toBe(true);
    expect(asOutcome(id as FunctionId, args)).toEqual(registeredOutcome(id, args));
  },
);

it("gives what the function Excel calls gives over generated ranges with blanks, text and errors", () => {
  const random = seededRandom(13);
  const cell = () => {
    const roll = random();
    if (roll < 0.1) return "";
    if (roll < 0.15) return "n/a";
    if (roll < 0.17) return new CustomFunctions.Error("#DIV/0!" as CustomFunctions.ErrorCode);
    return Math.round(random() * 1e5) / 100;
  };
  const column = (rows: number) => Array.from({ length: rows }, () => [cell()]);
  for (const id of ["TOP5SHARE", "HHI", "GROWTHRATE", "DEBTRATIO", "NETFINANCING", "DISTRIBUTION"] as const) {
    for (let run = 0; run < 20; run++) {
      const rows = 1 + Math.floor(random() * 30);
      const args = id === "DISTRIBUTION" ? [column(rows), [[100], [300], [500]]] : [column(rows), column(rows)];
      const used = id === "TOP5SHARE" || id === "HHI" ? args.slice(0, 1) : args;
      expect({ id, run, outcome: asOutcome(id, used) }).toEqual({ id, run, outcome: registeredOutcome(id, used) });
    }
  }
});

it("says why a #NUM! is when the data falls short: fewer numbers than n", () => {
  const evaluation = evaluateFunction("TOP5SHARE", [[[10], [20], ["x"]], 5]);
  expect(evaluation).toMatchObject({ kind: "error", code: "#NUM!" });
  expect(evaluation.kind === "error" && evaluation.cause).toMatchObject({
    messageKey: "tooFewNumbers",
    params: { argument: "values", n: 5, count: 2 },
  });
});

it("says why a #NUM! is when n is mistyped, naming n", () => {
  const evaluation = evaluateFunction("TOP5SHARE", [[[10], [20]], 0.5]);
  expect(evaluation.kind === "error" && evaluation.cause?.params.argument).toBe("n");
});

it("keeps no cause from one evaluation to the next", () => {
  evaluateFunction("HHI", [[[0], [0]]]);
  const evaluation = evaluateFunction("ANNUALIZE", ["x", 6]);
  expect(evaluation).toMatchObject({ kind: "error", code: "#VALUE!", cause: null });
});

it("passes an error cell read through the API as the CustomFunctions.Error of its code, and text as text", () => {
  const values = [["#N/A"], ["#N/A"], [3]];
  const valueTypes = [["Error"], ["String"], ["Double"]];
  const passed = rangeAsPassed(values, valueTypes);
  expect(passed[0][0]).toBeInstanceOf(CustomFunctions.Error);
  expect((passed[0][0] as CustomFunctions.Error).code).toBe("#N/A");
  expect(passed[1][0]).toBe("#N/A");
  expect(cellAsPassed(3, "Double")).toBe(3);
  expect(evaluateFunction("HHI", [passed])).toMatchObject({ kind: "error", code: "#N/A" });
});
