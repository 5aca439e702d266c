/** Re-renders a component whenever the workbook changes. */
import { useSyncExternalStore } from "react";
import type { PreviewWorkbook } from "../workbook/workbook";

export function useWorkbookVersion(workbook: PreviewWorkbook): number {
  return useSyncExternalStore(
    (listener) => workbook.subscribe(listener),
    () => workbook.version,
  );
}
