/** The 2025-12 edition assembled from its sources: every dataset's records, ready to be written as JSON. */
import type { DatasetId, EditionId } from "../../src/data/ids";
import type { DatasetRecord, FigureRecord, InconsistencyRecord } from "../../src/data/records";
import { toFigureRecord } from "../build/figure-spec";
import { FIGURE_SPECS } from "./figures";
import { ROSTER } from "./roster";
import { buildTables } from "./tables";
import { buildInconsistencies } from "./inconsistencies";

export const EDITION: EditionId = "report-2025-12";

export function buildEdition(): { [K in DatasetId]: DatasetRecord<K>[] } {
  const figures = FIGURE_SPECS.map(toFigureRecord);
  const inconsistencies = buildInconsistencies(figures);
  return {
    roster: ROSTER,
    figures: figures.map((figure) => withInconsistencies(figure, inconsistencies)),
    ...buildTables(figures),
    inconsistencies,
  };
}

/** A figure naming the inconsistencies that concern it, so that it can be explained with them. */
function withInconsistencies(figure: FigureRecord, inconsistencies: InconsistencyRecord[]): FigureRecord {
  const concerning = inconsistencies.filter((entry) => entry.figures.includes(figure.id)).map((entry) => entry.id);
  return { ...figure, inconsistencies: concerning };
}
