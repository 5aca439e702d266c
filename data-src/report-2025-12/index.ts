/** The 2025-12 edition assembled from its sources: every dataset's records, ready to be written as JSON. */
import type { DatasetId, EditionId } from "../../src/data/ids";
import type { DatasetRecord } from "../../src/data/records";
import { toFigureRecord } from "../build/figure-spec";
import { FIGURE_SPECS } from "./figures";
import { ROSTER } from "./roster";
import { buildTables } from "./tables";
import { buildInconsistencies } from "./inconsistencies";

export const EDITION: EditionId = "report-2025-12";

export function buildEdition(): { [K in DatasetId]: DatasetRecord<K>[] } {
  const figures = FIGURE_SPECS.map(toFigureRecord);
  return {
    roster: ROSTER,
    figures,
    ...buildTables(figures),
    inconsistencies: buildInconsistencies(figures),
  };
}
