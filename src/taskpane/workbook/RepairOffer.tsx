/**
 * The offer the pane makes when it opens and finds AMC.* cells stuck at #NAME? (or #BUSY!): a warning MessageBar
 * with the counts per sheet, a "Repair now" action and a dismiss button; after the repair, its outcome.
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useState } from "react";
import type { WorkbookScan } from "../../excel/repair";
import { FeedbackBar } from "../shell/FeedbackBar";
import { useText } from "../shell/locale-context";
import { useRepairAction, useSheetList } from "./use-repair";

function stuckSheets(scan: WorkbookScan, key: "nameErrors" | "busy") {
  return scan.sheets.filter((sheet) => sheet[key] > 0).map((sheet) => ({ sheet: sheet.sheet, cells: sheet[key] }));
}

/** Loaded only when the check found stuck cells, so the pane's first load does not carry it. */
export default function RepairOffer({ scan }: { scan: WorkbookScan }) {
  const { t } = useText();
  const sheetList = useSheetList();
  const { busy, feedback, repair, dismiss } = useRepairAction();
  const [closed, setClosed] = useState(false);

  if (feedback) return <FeedbackBar feedback={feedback} onDismiss={dismiss} />;
  if (closed || scan.nameErrors + scan.busy === 0) return null;
  const run = async () => {
    await repair();
    setClosed(true);
  };
  return (
    <MessageBar intent="warning" layout="multiline" aria-label={t("repair.offer.title")}>
      <MessageBarBody>
        <MessageBarTitle>{t("repair.offer.title")}</MessageBarTitle>
        {scan.nameErrors > 0 &&
          t("repair.offer.name", { count: scan.nameErrors, sheets: sheetList(stuckSheets(scan, "nameErrors")) })}{" "}
        {scan.busy > 0 && t("repair.offer.busy", { count: scan.busy, sheets: sheetList(stuckSheets(scan, "busy")) })}
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button appearance="transparent" size="small" onClick={() => setClosed(true)}>
            {t("error.dismiss")}
          </Button>
        }
      >
        <Button appearance="primary" size="small" disabled={busy} onClick={run}>
          {busy ? t("repair.running") : t("repair.offer.action")}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
