/**
 * OfficeExtension.Error as Excel's JavaScript API throws it (name "RichApi.Error", a `code`, a `debugInfo`), and
 * the error codes the preview raises, so that the task pane's error handling sees what Excel would give it.
 */
import { WorkbookError } from "../workbook/workbook-error";

export const ERROR_CODES = {
  accessDenied: "AccessDenied",
  generalException: "GeneralException",
  invalidArgument: "InvalidArgument",
  invalidObjectPath: "InvalidObjectPath",
  invalidOperation: "InvalidOperation",
  invalidRequestContext: "InvalidRequestContext",
  itemAlreadyExists: "ItemAlreadyExists",
  itemNotFound: "ItemNotFound",
  notImplemented: "NotImplemented",
  propertyNotLoaded: "PropertyNotLoaded",
  responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
  runMustReturnPromise: "RunMustReturnPromise",
  valueNotLoaded: "ValueNotLoaded",
} as const;

export interface DebugInfo {
  code: string;
  message: string;
  errorLocation?: string;
}

export class OfficeExtensionError extends Error {
  readonly debugInfo: DebugInfo;

  constructor(
    readonly code: string,
    message: string,
    errorLocation?: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
    this.debugInfo = { code, message, ...(errorLocation ? { errorLocation } : {}) };
  }
}

export function propertyNotLoaded(property: string, objectType: string): OfficeExtensionError {
  return new OfficeExtensionError(
    ERROR_CODES.propertyNotLoaded,
    `The property '${property}' is not available. Before reading the property's value, call the load method on the ` +
      `containing object and call "context.sync()" on the associated request context.`,
    `${objectType}.${property}`,
  );
}

/** Any failure inside a sync, as the OfficeExtension.Error Excel would reject the sync with. */
export function asOfficeError(error: unknown, location: string): OfficeExtensionError {
  if (error instanceof OfficeExtensionError) return error;
  if (error instanceof WorkbookError) return new OfficeExtensionError(error.code, error.message, location);
  const message = error instanceof Error ? error.message : String(error);
  return new OfficeExtensionError(ERROR_CODES.generalException, message, location);
}
