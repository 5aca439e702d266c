/**
 * Whether this Excel takes data types from custom functions (formatted numbers, entity cards: ExcelApi 1.16),
 * asked once at start-up. The order: functions.js associates every function at once, never waiting for Office;
 * the same module asks Office to call back when it is ready, and that callback reads the requirement set once.
 * Every call after it reads the stored answer (a boolean, nothing asked per call); a call Excel makes before Office
 * is ready, or where there is no Office at all (Node, a page outside Excel), gets what Excel without data types
 * gets: plain numbers and text, exactly as the functions returned before data types existed.
 */

/** The part of the Office global the check reads. */
export interface OfficeWithRequirements {
  onReady?: (callback: () => void) => unknown;
  context?: { requirements?: { isSetSupported(name: string, minVersion?: string): boolean } };
}

/** The requirement set that brought data types to custom functions (Excel.DoubleCellValue, Excel.EntityCellValue). */
export const DATA_TYPES_REQUIREMENT = { set: "ExcelApi", version: "1.16" } as const;

let supported = false;

/** Whether results go to Excel as data types; false until Office has answered, and where it cannot. */
export function dataTypesSupported(): boolean {
  return supported;
}

function officeGlobal(): OfficeWithRequirements | undefined {
  return (globalThis as { Office?: OfficeWithRequirements }).Office;
}

/** Office's answer; a host whose requirements cannot be read is one without data types. */
function requirementMet(office: OfficeWithRequirements): boolean {
  try {
    const { set, version } = DATA_TYPES_REQUIREMENT;
    return office.context?.requirements?.isSetSupported(set, version) === true;
  } catch {
    return false;
  }
}

/**
 * Asks Office, once it is ready, whether it supports data types, and keeps the answer. Returns at once: the caller
 * (functions.ts, before its associate calls) never waits. Without an Office global nothing is asked.
 */
export function askForDataTypeSupport(office: OfficeWithRequirements | undefined = officeGlobal()): void {
  if (typeof office?.onReady !== "function") return;
  office.onReady(() => {
    supported = requirementMet(office);
  });
}
