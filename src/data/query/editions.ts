/** The `edition` argument of FIGURE and SOURCE: which bundled report to read, the newest when omitted. */
import { EDITIONS, LATEST_EDITION, type EditionId } from "../index";
import { LookupError } from "./lookup-error";
import { listForMessage } from "./names";
import { nameKey } from "./text";

const PREFIX = "report-";

/** `report-2025-12`, or just `2025-12`; null (omitted) is the newest bundled edition. */
export function resolveEdition(edition: string | null): EditionId {
  if (edition === null) return LATEST_EDITION;
  const typed = nameKey(edition);
  const id = typed.startsWith(PREFIX) ? typed : `${PREFIX}${typed}`;
  if (Object.prototype.hasOwnProperty.call(EDITIONS, id)) return id as EditionId;
  throw new LookupError("#N/A", "unknownEdition", {
    value: edition,
    editions: listForMessage(Object.keys(EDITIONS)),
  });
}
