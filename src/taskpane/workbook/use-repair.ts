/**
 * The repair of AMC.* formulas as the pane runs it: the action with its outcome as feedback, and the sheet lists
 * it shows. Shared by the offer and the Repair tab (both loaded on demand).
 */
import { useCallback, useState } from "react";
import type { RepairedSheet } from "../../excel/repair";
import { errorMessage } from "../shell/error-message";
import type { Feedback } from "../shell/FeedbackBar";
import { useText } from "../shell/locale-context";
import { useServices } from "../shell/services";

/** "Sheet1 (3), Data (2)" in the pane's language. */
export function useSheetList(): (sheets: readonly RepairedSheet[]) => string {
  const { t } = useText();
  return useCallback(
    (sheets) => sheets.map(({ sheet, cells }) => t("repair.sheet", { sheet, cells })).join(t("repair.separator")),
    [t],
  );
}

/** The repair action: runs it, and says how many cells on which sheets it re-entered, or what went wrong. */
export function useRepairAction() {
  const { locale, t } = useText();
  const services = useServices();
  const sheetList = useSheetList();
  const [busy, setBusy] = useState(false);
  const [feedback, setFeedback] = useState<Feedback | null>(null);

  const repair = useCallback(async () => {
    setBusy(true);
    setFeedback(null);
    try {
      const result = await services.repairAmcFormulas();
      setFeedback(
        result.status === "repaired"
          ? { intent: "success", text: t("repair.done", { cells: result.cells, sheets: sheetList(result.sheets) }) }
          : { intent: "info", text: t("repair.nothing") },
      );
    } catch (error) {
      setFeedback({ intent: "error", text: errorMessage(error, locale) });
    } finally {
      setBusy(false);
    }
  }, [services, locale, t, sheetList]);

  return { busy, feedback, repair, dismiss: () => setFeedback(null) };
}
