/** The `edition` argument of FIGURE and SOURCE: which bundled report to read, the newest when omitted. */
import { EDITIONS, LATEST_EDITION, type EditionId } from "../data/index";
import { MetricError } from "../metrics/errors";
import { listForMessage } from "./text-match";

const PREFIX = "report-";

/** `report-2025-12`, or just `2025-12`; null (omitted) is the newest bundled edition. */
export function resolveEdition(edition: string | null): EditionId {
  if (edition === null) return LATEST_EDITION;
  const typed = edition.trim().toLowerCase();
  const id = typed.startsWith(PREFIX) ? typed : `${PREFIX}${typed}`;
  if (id in EDITIONS) return id as EditionId;
  throw new MetricError("#N/A", "unknownEdition", {
    value: edition,
    editions: listForMessage(Object.keys(EDITIONS)),
  });
}
