/**
 * Which figures the bundled data can rebuild: decided from the data (an input is there or not), a rebuilt figure
 * equals what the report prints (or an inconsistency of the data says why not, with the same recomputation), and a
 * figure that cannot be rebuilt really lacks an input among the edition's figures.
 */
import { getDataset, type FigureRecord } from "../../../src/data/index";
import { RECIPES } from "../../../src/data/query/figure-recipes";
import { rebuildFigure, type Rebuild } from "../../../src/data/query/rebuild";

const figures = getDataset("figures").records;
const inconsistencies = getDataset("inconsistencies").records;
const figure = (id: string) => figures.find((f) => f.id === id)!;
const rebuilt = (f: FigureRecord) => rebuildFigure(f, figures);
const decimals = (f: FigureRecord) => /^\d+(?:\.(\d+))?$/.exec(f.printed)?.[1]?.length ?? 0;

describe("rebuilding the figures the report computes", () => {
  const computed = figures.filter((f) => RECIPES[f.metric]);

  it("has a recipe only for metrics the data holds (no recipe names a metric the figures lack)", () => {
    const metrics = new Set(figures.map((f) => f.metric));
    expect(Object.keys(RECIPES).filter((metric) => !metrics.has(metric))).toEqual([]);
    expect(computed.length).toBeGreaterThan(40);
  });

  it("rebuilds a figure to its printed value, or the data records the disagreement with the same recomputation", () => {
    const results = computed.map((f) => [f, rebuilt(f)] as const);
    const done = results.filter(([, r]) => r.status === "rebuilt");
    expect(done.length).toBeGreaterThan(8);
    for (const [f, r] of done) {
      if (r.status !== "rebuilt" || r.value === null) continue;
      const scale = 10 ** decimals(f);
      if (r.matches) {
        expect(Math.round(r.value * scale)).toBe(Math.round(f.value * scale));
      } else {
        const recorded = inconsistencies.find((i) => i.printed_figure === f.id && i.recomputed !== null);
        expect({ id: f.id, recomputed: recorded?.recomputed }).toEqual({
          id: f.id,
          recomputed: Number(r.value.toFixed(2)),
        });
      }
    }
  });

  it("says a figure cannot be rebuilt only when one of its inputs is truly absent from the figures", () => {
    const ids = new Set(figures.map((f) => f.id));
    const missing = computed
      .map(rebuilt)
      .filter((r): r is Extract<Rebuild, { status: "missing" }> => r.status === "missing");
    expect(missing.length).toBeGreaterThan(20);
    for (const r of missing) {
      for (const input of r.missing) {
        if (input.needed === undefined) {
          expect(ids.has(`${input.metric}|${input.entity}|${input.period}`)).toBe(false);
        } else {
          const companies = figures.filter(
            (f) => f.metric === input.metric && f.period === input.period && !["industry", "sample"].includes(f.entity),
          );
          expect(companies.length).toBe(input.have);
          expect(input.have).toBeLessThan(input.needed);
        }
      }
    }
  });

  it("cannot rebuild the top-5 share of total assets: the report names 4 of the 25 sample companies' assets", () => {
    const r = rebuilt(figure("top5_share_of_sample_total_assets|sample|2025-06-30"));
    expect(r).toMatchObject({
      status: "missing",
      missing: [{ metric: "total_assets", entity: "sample", period: "2025-06-30", needed: 25, have: 4 }],
    });
  });

  it("rebuilds 山东金资's debt ratio from its total and net assets, and not once an input is gone", () => {
    const debtRatio = figure("debt_ratio|山东金资|2025-06-30");
    expect(rebuilt(debtRatio)).toMatchObject({ status: "rebuilt", matches: true });
    const withoutAssets = figures.filter((f) => f.id !== "total_assets|山东金资|2025-06-30");
    expect(rebuildFigure(debtRatio, withoutAssets)).toMatchObject({
      status: "missing",
      missing: [{ metric: "total_assets", entity: "山东金资", period: "2025-06-30" }],
    });
  });

  it("rebuilds the 2025 rating coverage as 25/58 = 43.10%, which is not the 34.48% printed", () => {
    const r = rebuilt(figure("rating_coverage|industry|2025-11-30"));
    expect(r).toMatchObject({ status: "rebuilt", matches: false });
    expect(r.status === "rebuilt" && r.inputs.map((i) => i.id)).toEqual([
      "amcs_with_valid_public_rating|industry|2025-11-30",
      "amc_count|industry|2025-12-31",
    ]);
  });

  it("counts the companies the report names beyond a threshold only when it names all it counts", () => {
    expect(rebuilt(figure("companies_total_assets_over_500|sample|2025-06-30"))).toMatchObject({
      status: "rebuilt",
      value: 4,
    });
    expect(rebuilt(figure("companies_total_assets_over_300|sample|2025-06-30"))).toMatchObject({ status: "missing" });
  });

  it("has nothing to rebuild for a number the report states", () => {
    expect(rebuilt(figure("net_financing|industry|2024"))).toEqual({ status: "stated" });
  });
});
