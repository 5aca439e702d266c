/**
 * The repair of AMC.* formulas as the pane runs it: the check made once when the pane opens (cells stuck at
 * #NAME? or #BUSY!), and the repair action with its outcome as feedback. Shared by the offer and the Repair tab.
 */
import { useCallback, useEffect, useState } from "react";
import type { RepairedSheet, WorkbookScan } from "../../excel/repair";
import { errorMessage } from "../shell/error-message";
import type { Feedback } from "../shell/FeedbackBar";
import { useText } from "../shell/locale-context";
import { useServices } from "../shell/services";

/** #BUSY! is normal while Excel computes: a cell still busy this long after the pane opened is stuck. */
export const BUSY_SETTLE_MS = 3000;

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The workbook check of the pane's first render when it found AMC.* cells stuck at #NAME? or #BUSY!, else null
 * (also when it could not read the workbook: the automatic check stays quiet, the Repair tab reports failures).
 * When cells show #BUSY!, the check is made again after BUSY_SETTLE_MS and that second answer counts.
 */
export function useStuckCellCheck(): WorkbookScan | null {
  const services = useServices();
  const [scan, setScan] = useState<WorkbookScan | null>(null);
  useEffect(() => {
    let live = true;
    const check = async () => {
      let result = await services.scanWorkbook();
      if (result.busy > 0) {
        await settle(BUSY_SETTLE_MS);
        if (!live) return;
        result = await services.scanWorkbook();
      }
      if (live && result.nameErrors + result.busy > 0) setScan(result);
    };
    check().catch(() => undefined);
    return () => {
      live = false;
    };
  }, [services]);
  return scan;
}

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
