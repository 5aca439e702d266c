/**
 * Fuzzing every registered AMC.* function: for generated argument lists of every kind, in both display
 * languages, a call throws nothing but a CustomFunctions.Error, returns only what Excel can hold (finite numbers,
 * text within the cell limit, booleans, errors; spills as non-empty rectangles within the grid; never NaN,
 * Infinity, undefined, null, a Date, a function or a nested array), gives every #VALUE! and #N/A a message in the
 * display language, leaves its arguments as they were, and answers the same again when called again.
 */
import fc from "fast-check";
import { withDisplayLanguage, DISPLAY_LOCALES } from "../support/display-language";
import { comparable, outcomeProblems } from "../support/excel-values";
import { FUNCTION_METADATA } from "../support/function-metadata";
import { announceFuzzing, fuzzOptions, fuzzRuns } from "../support/fuzz-settings";
import { outcomeOf, registeredFunctions } from "../support/registered";
import { argumentLists, copyOfArguments, SHEET_ERROR } from "../support/wild-arguments";

const RUNS = fuzzRuns(100);
const registry = registeredFunctions();

beforeAll(() =>
  announceFuzzing(
    "every-function fuzz",
    `${RUNS} argument lists per function and display language (${FUNCTION_METADATA.length} functions × ${DISPLAY_LOCALES.length} languages)`,
  ),
);

it("covers every registered function", () => {
  expect(FUNCTION_METADATA.map((fn) => fn.id).sort()).toEqual([...registry.keys()].sort());
});

describe.each(FUNCTION_METADATA.map((fn) => [fn.id, fn] as const))("AMC.%s", (id, fn) => {
  it.each(DISPLAY_LOCALES)("answers Excel, unchanged inputs, the same twice, messages in %s", (locale) => {
    fc.assert(
      fc.property(argumentLists(fn), (args) => {
        const before = copyOfArguments(args);
        const first = withDisplayLanguage(locale, () => outcomeOf(registry, id, ...args));
        expect(outcomeProblems(first, locale, [SHEET_ERROR])).toEqual([]);
        expect(args).toEqual(before);
        const second = withDisplayLanguage(locale, () => outcomeOf(registry, id, ...args));
        expect(comparable(second)).toEqual(comparable(first));
      }),
      fuzzOptions(RUNS),
    );
  });

  it.each(DISPLAY_LOCALES)("answers Excel with every argument omitted (null, undefined, none) in %s", (locale) => {
    for (const args of [fn.parameters.map(() => null), fn.parameters.map(() => undefined), []]) {
      const outcome = withDisplayLanguage(locale, () => outcomeOf(registry, id, ...args));
      expect(outcomeProblems(outcome, locale)).toEqual([]);
    }
  });
});
