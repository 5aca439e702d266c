/**
 * The check the pane makes once when it opens: AMC.* cells stuck at #NAME? or #BUSY!. Part of the first load, so it
 * stays small; the offer it leads to is loaded only when there is something to offer.
 */
import { useEffect, useState } from "react";
import type { WorkbookScan } from "../../excel/repair";
import { useServices } from "../shell/services";

/** #BUSY! is normal while Excel computes: a cell still busy this long after the pane opened is stuck. */
export const BUSY_SETTLE_MS = 3000;

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The workbook check of the pane's first render when it found AMC.* cells stuck at #NAME? or #BUSY!, else null
 * (also when it could not read the workbook: the automatic check stays quiet, the Repair tab reports failures).
 * When cells show #BUSY!, the check is made again after BUSY_SETTLE_MS and that second answer counts. It starts
 * once `due` (after the pane's first paint): loading the Excel layer and reading the workbook never delay it.
 */
export function useStuckCellCheck(due: boolean): WorkbookScan | null {
  const services = useServices();
  const [scan, setScan] = useState<WorkbookScan | null>(null);
  useEffect(() => {
    if (!due) return;
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
  }, [services, due]);
  return scan;
}
