/**
 * Fuzzing every registered AMC.* function: for generated argument lists of every kind, in both display
 * languages, a call throws nothing but a CustomFunctions.Error, returns only what Excel can hold (finite numbers,
 * text within the cell limit, booleans, errors; spills as non-empty rectangles within the grid; never NaN,
 * Infinity, undefined, null, a Date, a function or a nested array), gives every #VALUE! and #N/A a message in the
 * display language, leaves its arguments as they were, and answers the same again when called again.
 *
 * Both with and without data types: where Excel takes them, the answer may hold formatted numbers and cards, which
 * carry exactly the values the same call returns without data types (so an Excel without data types gets what the
 * functions returned before they existed: the same values, nothing data-typed), and a data-typed cell in the
 * arguments (a formatted number, a text or boolean cell value, a card) is read as the value it holds.
 */
import fc from "fast-check";
import { basicValue, holdsTypedValue } from "../support/data-types";
import { withDisplayLanguage, DISPLAY_LOCALES } from "../support/display-language";
import { comparable, outcomeProblems, type Outcome } from "../support/excel-values";
import { FUNCTION_METADATA } from "../support/function-metadata";
import { announceFuzzing, fuzzOptions, fuzzRuns } from "../support/fuzz-settings";
import { outcomeOf, registeredFunctions } from "../support/registered";
import { argumentLists, copyOfArguments, SHEET_ERROR, withDataTypedCells } from "../support/wild-arguments";

const RUNS = fuzzRuns(100);
const plain = registeredFunctions();
const typed = registeredFunctions({ dataTypes: true });
const WITH_DATA_TYPES = { dataTypes: true };

beforeAll(() =>
  announceFuzzing(
    "every-function fuzz",
    `${RUNS} argument lists per function and display language, with and without data types ` +
      `(${FUNCTION_METADATA.length} functions × ${DISPLAY_LOCALES.length} languages)`,
  ),
);

/**
 * What a formula reading the cell computes with: formatted numbers and cards as their values, and an Excel error
 * alike whether the function returned or threw it (Excel shows both the same).
 */
const asComputed = (outcome: Outcome): unknown => comparable(basicValue(outcome.value));

it("covers every registered function, with and without data types", () => {
  const ids = FUNCTION_METADATA.map((fn) => fn.id).sort();
  expect([...plain.keys()].sort()).toEqual(ids);
  expect([...typed.keys()].sort()).toEqual(ids);
});

describe.each(FUNCTION_METADATA.map((fn) => [fn.id, fn] as const))("AMC.%s", (id, fn) => {
  it.each(DISPLAY_LOCALES)(
    "without data types: answers Excel, unchanged inputs, the same twice, messages in %s",
    (locale) => {
      fc.assert(
        fc.property(argumentLists(fn), (args) => {
          const before = copyOfArguments(args);
          const first = withDisplayLanguage(locale, () => outcomeOf(plain, id, ...args));
          expect(outcomeProblems(first, locale, [SHEET_ERROR])).toEqual([]);
          expect(args).toEqual(before);
          const second = withDisplayLanguage(locale, () => outcomeOf(plain, id, ...args));
          expect(comparable(second)).toEqual(comparable(first));
        }),
        fuzzOptions(RUNS),
      );
    },
  );

  it.each(DISPLAY_LOCALES)(
    "with data types: answers Excel with the values it gives without them, data-typed cells read as values, in %s",
    (locale) => {
      fc.assert(
        fc.property(argumentLists(fn), (args) => {
          const before = copyOfArguments(args);
          const withThem = withDisplayLanguage(locale, () => outcomeOf(typed, id, ...args));
          expect(outcomeProblems(withThem, locale, [SHEET_ERROR], WITH_DATA_TYPES)).toEqual([]);
          const without = withDisplayLanguage(locale, () => outcomeOf(plain, id, ...args));
          expect(holdsTypedValue(without.value)).toBe(false);
          expect(asComputed(without)).toEqual(asComputed(withThem));

          const cells = withDataTypedCells(args);
          const typedBefore = copyOfArguments(cells);
          const fromCells = withDisplayLanguage(locale, () => outcomeOf(typed, id, ...cells));
          expect(asComputed(fromCells)).toEqual(asComputed(withThem));
          expect([args, cells]).toEqual([before, typedBefore]);
        }),
        fuzzOptions(RUNS),
      );
    },
  );

  it.each(DISPLAY_LOCALES)("answers Excel with every argument omitted (null, undefined, none) in %s", (locale) => {
    for (const args of [fn.parameters.map(() => null), fn.parameters.map(() => undefined), []]) {
      const without = withDisplayLanguage(locale, () => outcomeOf(plain, id, ...args));
      expect(outcomeProblems(without, locale)).toEqual([]);
      const withThem = withDisplayLanguage(locale, () => outcomeOf(typed, id, ...args));
      expect(outcomeProblems(withThem, locale, [], WITH_DATA_TYPES)).toEqual([]);
    }
  });
});
