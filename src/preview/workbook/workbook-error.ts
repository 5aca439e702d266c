/** A failure of a workbook operation, with the error code Excel's JavaScript API reports for it. */
export type WorkbookErrorCode =
  | "GeneralException"
  | "InvalidArgument"
  | "InvalidOperation"
  | "ItemAlreadyExists"
  | "ItemNotFound"
  | "NotImplemented"
  | "ResponsePayloadSizeLimitExceeded";

export class WorkbookError extends Error {
  constructor(
    readonly code: WorkbookErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "WorkbookError";
  }
}
