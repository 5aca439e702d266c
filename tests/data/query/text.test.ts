/** The one normal form of what analysts type (src/data/query/text.ts), and the traditional table it reads. */
import fs from "fs";
import fc from "fast-check";
import { nameKey, normalizedText, searchKey } from "../../../src/data/query/text";
import {
  knownNames,
  TABLE_PATH,
  toTraditional,
  traditionalTable,
  TRADITIONAL_STANDARDS,
} from "../../../scripts/make-traditional-table";

/** OpenCC's converters, made once: each takes seconds to build. */
const CONVERTERS = TRADITIONAL_STANDARDS.map(toTraditional);

const INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u200e"];

describe("the normal form", () => {
  it("reads full-width letters, digits and signs as their ASCII forms (NFKC)", () => {
    expect(normalizedText("ＡＭＣ　２０２５年６月")).toBe("AMC 2025年6月");
    expect(normalizedText("AA⁺")).toBe("AA+");
  });

  it.each(INVISIBLE.map((c) => [c.codePointAt(0)!.toString(16).toUpperCase(), c]))(
    "drops the invisible U+%s wherever it sits",
    (_code, invisible) => {
      expect(normalizedText(`${invisible}浙商${invisible}资产${invisible}`)).toBe("浙商资产");
      expect(nameKey(`浙商资产${invisible}`)).toBe(nameKey("浙商资产"));
    },
  );

  it("writes the traditional characters of known names simplified", () => {
    expect(normalizedText("浙商資產")).toBe("浙商资产");
    expect(normalizedText("廣西壯族自治區")).toBe("广西壮族自治区");
    expect(normalizedText("債券淨融資額")).toBe("债券净融资额");
  });

  it("keys names without whitespace and in lower case; searches keep the words apart", () => {
    expect(nameKey(" Net Financing ")).toBe("netfinancing");
    expect(searchKey("Net  資產")).toBe("net  资产");
  });

  it("is its own normal form: a key of a key is the key", () => {
    const texts = fc.oneof(
      fc.string({ unit: "binary" }),
      fc.constantFrom(...knownNames()).chain((name) => fc.constantFrom(...CONVERTERS).map((convert) => convert(name))),
    );
    fc.assert(
      fc.property(texts, (text) => {
        expect(nameKey(nameKey(text))).toBe(nameKey(text));
        expect(normalizedText(normalizedText(text))).toBe(normalizedText(text));
      }),
      { seed: 20251231, numRuns: 2000 },
    );
  });
});

describe("the traditional table (scripts/make-traditional-table.ts)", () => {
  const names = knownNames();

  it("knows the roster, provinces, metrics and period words", () => {
    expect(names).toEqual(expect.arrayContaining(["浙商资产", "广西壮族自治区", "债券净融资额", "资产总额", "上半年"]));
    expect(names.length).toBeGreaterThan(300);
  });

  it.each(TRADITIONAL_STANDARDS.map((standard, i) => [standard, i] as const))(
    "brings every known name written in the %s standard back to its key",
    (_standard, i) => {
      const convert = CONVERTERS[i];
      const missed = names.filter((name) => nameKey(convert(name)) !== nameKey(name));
      expect(missed).toEqual([]);
    },
  );

  it("is the table the script writes for today's names (run it after adding a name), and small", () => {
    const table = traditionalTable(names);
    expect(JSON.parse(fs.readFileSync(TABLE_PATH, "utf8"))).toEqual(table);
    expect([...table.traditional].length).toBeLessThan(1000);
  });
});
