/**
 * The shape every inconsistency keeps: both places quoted, the figures it concerns naming it back, and a
 * recomputation that says whether it can contradict the printed value at all.
 */
import { collapseWhitespace } from "../../data-src/checks/report-text";
import { getDataset } from "../../src/data/index";
import { dependsOnFigure, figure, figures, withReportText } from "./support";

const inconsistencies = getDataset("inconsistencies").records;
const byId = inconsistencies.map((entry) => [entry.id, entry] as const);
const READ_AGAINST_ANOTHER_PLACE = ["period", "headline", "wording", "narrative"];

describe("every inconsistency", () => {
  it("there are more than the ratio checks: periods, leads, wording and companies read across sections", () => {
    expect(new Set(inconsistencies.map((entry) => entry.kind))).toEqual(
      new Set(["base", "cutoff", "sample", "period", "headline", "wording", "narrative"]),
    );
  });

  it.each(byId)("%s: concerns figures, its printed one first, and each names it back", (id, entry) => {
    expect(entry.figures.length).toBeGreaterThan(0);
    if (entry.printed_figure) expect(entry.figures[0]).toBe(entry.printed_figure);
    for (const concerned of entry.figures) expect(figure(concerned).inconsistencies).toContain(id);
  });

  it("a figure names only the inconsistencies that concern it", () => {
    const stray = figures.flatMap((f) =>
      f.inconsistencies
        .filter((id) => !inconsistencies.find((entry) => entry.id === id)?.figures.includes(f.id))
        .map((id) => `${f.id} → ${id}`),
    );
    expect(stray).toEqual([]);
  });

  it.each(byId.filter(([, entry]) => READ_AGAINST_ANOTHER_PLACE.includes(entry.kind)))(
    "%s: quotes the other place it reads against",
    (_, entry) => {
      expect(entry.other_section).not.toBeNull();
      expect(entry.other_quote).not.toBeNull();
      expect(entry.other_quote).not.toBe(entry.quote);
    },
  );

  it("informational entries are the narrative ones: worth knowing, not a contradiction", () => {
    const info = inconsistencies.filter((entry) => entry.severity === "info").map((entry) => entry.id);
    expect(info.length).toBeGreaterThan(0);
    expect(info).toEqual(inconsistencies.filter((entry) => entry.kind === "narrative").map((entry) => entry.id));
  });
});

describe("a recomputation says what it proves", () => {
  const recomputed = byId.filter(([, entry]) => entry.recomputed_derived !== null);

  it("an entry has a recomputation check exactly when it recomputes something", () => {
    for (const [, entry] of byId) expect(entry.recomputed_check === null).toBe(entry.recomputed_derived === null);
  });

  it.each(recomputed)("%s: derived from the printed value exactly when moving that value moves it", (_, entry) => {
    const derived = entry.printed_figure !== null && dependsOnFigure(entry.recomputed_derived!, entry.printed_figure);
    expect(entry.recomputed_check).toBe(derived ? "derived_from_printed" : "independent");
  });

  it("both kinds occur: the provinces without 吉林 are an adjustment of the printed 26, not a check", () => {
    const checks = new Map(inconsistencies.map((entry) => [entry.id, entry.recomputed_check]));
    expect(checks.get("issuer_provinces_cutoff")).toBe("derived_from_printed");
    expect(checks.get("rating_coverage_base")).toBe("independent");
  });
});

withReportText("both places of every inconsistency stand in the report", (reportText) => {
  const text = collapseWhitespace(reportText);

  it.each(byId)("%s: its quotes are verbatim", (_, entry) => {
    const quotes = [entry.quote, entry.other_quote].filter((quote): quote is string => quote !== null);
    expect(quotes.filter((quote) => !text.includes(collapseWhitespace(quote)))).toEqual([]);
  });
});
