/**
 * A synthetic edition `factor` times larger than a real one, to show that the data functions' per-call time does not
 * grow with the data: every dataset gets factor × its records. The real records stay as they are (so the same
 * queries find the same answers); the copies are new companies (names suffixed, in the same provinces, so a
 * province's roster grows too) and new metrics (ids suffixed), and plain copies of the other datasets' records.
 */
import type { EditionDatasets, FigureRecord, RosterRecord } from "../../src/data/index";

type Datasets = Record<string, { records: unknown[] }>;

function copies<T>(records: readonly T[], factor: number, copy: (record: T, k: number) => T): T[] {
  const all = [...records];
  for (let k = 1; k < factor; k++) for (const record of records) all.push(copy(record, k));
  return all;
}

function syntheticCompany(company: RosterRecord, k: number, rosterSize: number): RosterRecord {
  const suffix = `·${k}`;
  return {
    ...company,
    seq: company.seq + k * rosterSize,
    full_name: `${company.full_name}${suffix}`,
    short_name: `${company.short_name}${suffix}`,
    short_name_corrected: company.short_name_corrected ? `${company.short_name_corrected}${suffix}` : null,
    aliases: company.aliases.map((alias) => `${alias}${suffix}`),
  };
}

function syntheticFigure(figure: FigureRecord, k: number): FigureRecord {
  const metric = `${figure.metric}_s${k}`;
  return { ...figure, metric, metric_zh: `${figure.metric_zh}${k}`, id: `${metric}|${figure.entity}|${figure.period}` };
}

export function inflatedEdition(edition: EditionDatasets, factor: number): EditionDatasets {
  const inflated: Datasets = {};
  for (const [id, dataset] of Object.entries(edition as unknown as Datasets)) {
    const records =
      id === "roster"
        ? copies(dataset.records as RosterRecord[], factor, (c, k) => syntheticCompany(c, k, dataset.records.length))
        : id === "figures"
          ? copies(dataset.records as FigureRecord[], factor, syntheticFigure)
          : copies(dataset.records, factor, (record) => ({ ...(record as object) }));
    inflated[id] = { ...dataset, records };
  }
  return inflated as unknown as EditionDatasets;
}
