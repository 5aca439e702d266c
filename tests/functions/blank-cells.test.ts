/**
 * A function of single values over a whole column is called once per cell, a million times with a blank first
 * argument: such a call is answered from the last one like it, its failure returned rather than thrown (Excel shows
 * both alike). It must answer exactly what the call would have thrown, in the display language of the moment, and
 * never carry a remembered answer over to a call whose other arguments differ.
 */
import { FUNCTION_METADATA } from "../support/function-metadata";
import { DISPLAY_LOCALES, withDisplayLanguage } from "../support/display-language";
import { comparable } from "../support/excel-values";
import { outcomeOf, registeredFunctions } from "../support/registered";

const registry = registeredFunctions();

/** Functions whose first parameter takes a single value: Excel calls them once per cell of a range. */
const PER_CELL = FUNCTION_METADATA.filter(
  (fn) => fn.parameters.length > 0 && fn.parameters[0].dimensionality !== "matrix",
);

describe.each(PER_CELL.map((fn) => [fn.id, fn] as const))("AMC.%s with a blank first argument", (id, fn) => {
  const rest = fn.parameters.slice(1).map(() => null);

  it.each(DISPLAY_LOCALES)("answers the same the first time and every time after, in %s", (locale) => {
    for (const blank of [null, ""]) {
      const first = withDisplayLanguage(locale, () => outcomeOf(registry, id, blank, ...rest));
      const again = withDisplayLanguage(locale, () => outcomeOf(registry, id, blank, ...rest));
      expect(comparable(again.value)).toEqual(comparable(first.value));
      if (first.value instanceof CustomFunctions.Error) expect(again.threw).toBe(false);
    }
  });
});

describe("a remembered blank call", () => {
  it("answers in the display language of the moment", () => {
    const [english, chinese] = DISPLAY_LOCALES.map((locale) =>
      withDisplayLanguage(locale, () => outcomeOf(registry, "RATINGRANK", "").value as CustomFunctions.Error),
    );
    expect(english.code).toBe(chinese.code);
    expect(english.message).not.toBe(chinese.message);
    const englishAgain = withDisplayLanguage(DISPLAY_LOCALES[0], () => outcomeOf(registry, "RATINGRANK", "").value);
    expect(comparable(englishAgain)).toEqual(comparable(english));
  });

  it("is not the answer to a call whose other arguments differ", () => {
    const failing = outcomeOf(registry, "ROSTER", null, "abc").value;
    expect(failing).toBeInstanceOf(CustomFunctions.Error);
    expect(outcomeOf(registry, "ROSTER", null, true)).toEqual({ threw: false, value: expect.any(Array) });
    expect(comparable(outcomeOf(registry, "ROSTER", null, "abc").value)).toEqual(comparable(failing));
    expect(outcomeOf(registry, "ROSTER", null, null)).toEqual({ threw: false, value: expect.any(Array) });
    expect(outcomeOf(registry, "ANNUALIZE", null, "abc").value).toBeInstanceOf(CustomFunctions.Error);
    expect(outcomeOf(registry, "ANNUALIZE", null, 6)).toEqual({ threw: false, value: 0 });
  });

  it("is the error the call throws when nothing is remembered", () => {
    const fresh = registeredFunctions();
    const thrownOrReturned = outcomeOf(fresh, "ANNUALIZE", "", 6).value;
    const fromMemory = outcomeOf(fresh, "ANNUALIZE", "", 6);
    expect(fromMemory.threw).toBe(false);
    expect(comparable(fromMemory.value)).toEqual(comparable(thrownOrReturned));
  });
});
