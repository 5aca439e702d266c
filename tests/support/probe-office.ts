/**
 * Side effect only, imported first by the million-cell probe: where the test asks for data types
 * (AMC_PROBE_DATA_TYPES=1), an Office that supports them, in place before the functions module asks at load.
 */
import { officeAnswering } from "./data-types";

export const PROBE_DATA_TYPES = process.env.AMC_PROBE_DATA_TYPES === "1";

if (PROBE_DATA_TYPES) (globalThis as { Office?: unknown }).Office = officeAnswering(true);
