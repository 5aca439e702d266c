/** What the pane tells the analyst when an action fails: what happened and what to do, in the pane's language. */
import { ExcelActionError, officeErrorCode } from "../../excel/action-errors";
import type { Locale } from "../../i18n/locale";
import { translate, type UiKey } from "../../i18n/ui";

const OFFICE_ERRORS: Record<string, UiKey> = {
  InvalidOperationInCellEditMode: "error.cellEdit",
  AccessDenied: "error.protected",
  RequestPayloadSizeLimitExceeded: "error.tooLarge",
};

const ACTION_ERRORS: Record<ExcelActionError["code"], UiKey> = {
  noChart: "error.noChart",
  selectionUnusable: "error.selectionUnusable",
};

function excelMissing(error: unknown): boolean {
  return error instanceof ReferenceError && /\bExcel\b/.test(error.message);
}

export function errorMessage(error: unknown, locale: Locale): string {
  if (error instanceof ExcelActionError) return translate(locale, ACTION_ERRORS[error.code]);
  const officeKey = OFFICE_ERRORS[officeErrorCode(error) ?? ""];
  if (officeKey) return translate(locale, officeKey);
  if (excelMissing(error)) return translate(locale, "error.noExcel");
  const detail = error instanceof Error ? error.message : String(error);
  return translate(locale, "error.generic", { detail: /[.。!?]$/.test(detail) ? detail : `${detail}.` });
}
