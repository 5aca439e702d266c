/**
 * Excel's data types in the tests: an Office that answers the functions' start-up question (data types or not) at
 * once, and a result read as Excel computes with it (a formatted number as its basicValue, a card as its text).
 */

/** An Office global that is ready at once and supports data types (ExcelApi 1.16) or not. */
export function officeAnswering(dataTypes: boolean) {
  return {
    onReady: (callback: () => void) => callback(),
    context: {
      requirements: {
        isSetSupported: (set: string, version = "1.1") =>
          set === "ExcelApi" && Number(version) <= (dataTypes ? 1.19 : 1.15),
      },
    },
  };
}

interface TypedValue {
  type: string;
  basicValue?: unknown;
  text?: unknown;
}

export function isTypedValue(value: unknown): value is TypedValue {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { type?: unknown }).type === "string" &&
    !(value instanceof CustomFunctions.Error)
  );
}

/** What a formula reading the result computes with: a formatted number's basicValue, an entity's text. */
export function basicValue(result: unknown): unknown {
  if (Array.isArray(result)) return result.map(basicValue);
  if (!isTypedValue(result)) return result;
  return result.type === "Entity" ? result.text : result.basicValue;
}

/** The number format of a result, or of each cell of a spill (null where a cell is not a formatted number). */
export function numberFormatOf(result: unknown): unknown {
  if (Array.isArray(result)) return result.map(numberFormatOf);
  return isTypedValue(result) && result.type === "Double" ? (result as { numberFormat?: string }).numberFormat : null;
}

/** Whether a result holds any data-typed value (none may where Excel has no data types). */
export function holdsTypedValue(result: unknown): boolean {
  return Array.isArray(result) ? result.some(holdsTypedValue) : isTypedValue(result);
}
