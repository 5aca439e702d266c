/**
 * Stable figure keys across editions: with a fake second edition bundled, formulas that name the first
 * edition keep returning its values, and formulas without an edition follow the newest.
 */
import { callRegistered, registeredFunctions } from "../support/registered";

const FIRST = "report-2025-12";
const NEXT = "report-2026-12";

jest.doMock("../../src/data/index", () => {
  const actual = jest.requireActual("../../src/data/index");
  const first = actual.EDITIONS[FIRST];
  const figures = first.figures.records.map((figure: { id: string; value: number; quote: string }) =>
    figure.id === "net_financing|industry|2024"
      ? { ...figure, value: 260, printed: "260.00", quote: "2024年净融资额260.00亿元（修订）" }
      : figure,
  );
  const added = {
    ...first.figures.records.find((figure: { id: string }) => figure.id === "net_financing|industry|2024"),
    id: "net_financing|industry|2025",
    period: "2025",
    value: 99.9,
    printed: "99.90",
    quote: "2025年净融资额99.90亿元",
  };
  const next = { ...first, figures: { ...first.figures, edition: NEXT, records: [...figures, added] } };
  return { ...actual, EDITIONS: { ...actual.EDITIONS, [NEXT]: next }, LATEST_EDITION: NEXT };
});

const registry = registeredFunctions();
const call = (id: string, ...args: unknown[]) => callRegistered(registry, id, ...args);

describe("FIGURE and SOURCE with two editions bundled", () => {
  it("return the named edition's figure for formulas written against the first edition", () => {
    expect(call("FIGURE", "net_financing", "industry", "2024", FIRST)).toBe(251.2);
    expect(call("SOURCE", "net_financing", "industry", "2024", FIRST)).toMatch(/“2024年净融资额251\.20亿元”/);
    expect(call("FIGURE", "net_financing", "industry", null, "2025-12")).toBe(44.8);
  });

  it("return the newest edition's figure when no edition is named", () => {
    expect(call("FIGURE", "net_financing", "industry", "2024", null)).toBe(260);
    expect(call("SOURCE", "net_financing", "industry", "2024", null)).toMatch(/260\.00亿元（修订）/);
    expect(call("FIGURE", "net_financing", "industry", null, null)).toBe(99.9);
  });

  it("say which periods the named edition has when a newer edition's key is asked of an older one", () => {
    const error = call("FIGURE", "net_financing", "industry", "2025", FIRST) as CustomFunctions.Error;
    expect(error.code).toBe("#N/A");
    expect(error.message).toMatch(/2024, Jan–Nov 2025/);
  });
});
