/**
 * The failures an action recognises, as `ExcelActionError`s with a code the pane explains; anything else (Office's
 * own errors) passes through unchanged, and `officeErrorCode` reads its code.
 */

/** Failures an action recognises; the pane shows each with what to do. Anything else passes through unchanged. */
export type ExcelActionErrorCode = "noChart" | "selectionUnusable";

export class ExcelActionError extends Error {
  constructor(
    readonly code: ExcelActionErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "ExcelActionError";
  }
}

/** The `code` of an Office error (`InvalidArgument`, `AccessDenied` …), or undefined. */
export function officeErrorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
}
