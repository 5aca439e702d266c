/**
 * The values copy in the Workbook tab: which sheets to copy (the active one chosen at first), one button, and the
 * outcome: the copies made, or why nothing was copied. The sheet list is read when the tab opens, after each copy,
 * and on request.
 */
import { Body1, Button, Caption1, Checkbox, makeStyles, Spinner, Subtitle2, tokens } from "@fluentui/react-components";
import { ArrowClockwise20Regular, DocumentCopy20Regular } from "@fluentui/react-icons";
import { useCallback, useEffect, useState } from "react";
import type { CopyAsValuesResult, WorksheetList } from "../../excel/copy-as-values";
import { errorMessage } from "../shell/error-message";
import { FeedbackBar, type Feedback } from "../shell/FeedbackBar";
import { useText } from "../shell/locale-context";
import { useServices } from "../shell/services";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  sheets: {
    display: "flex",
    flexDirection: "column",
    maxHeight: "180px",
    overflowY: "auto",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  label: { color: tokens.colorNeutralForeground2 },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
});

type Sheets = { status: "loading" } | { status: "loaded"; list: WorksheetList } | { status: "failed" };

/** The sheet list and its reading; a failure is reported through `onFailure`. */
function useSheetList(onFailure: (error: unknown) => void) {
  const services = useServices();
  const [sheets, setSheets] = useState<Sheets>({ status: "loading" });
  const read = useCallback(async () => {
    try {
      const list = await services.listWorksheets();
      setSheets({ status: "loaded", list });
      return list;
    } catch (error) {
      setSheets({ status: "failed" });
      onFailure(error);
      return null;
    }
  }, [services, onFailure]);
  return { sheets, read };
}

function outcome(result: CopyAsValuesResult, t: ReturnType<typeof useText>["t"]): Feedback {
  if (result.status === "stuck") {
    const sheets = result.sheets.map(({ sheet }) => `“${sheet}”`).join(t("repair.separator"));
    return { intent: "warning", text: t("copy.stuck", { sheets }) };
  }
  const copies = result.copies
    .map(({ copy, sheet, amcCells, frozenFormulas, keptFormulas }) =>
      t("copy.doneSheet", { copy, sheet, amc: amcCells, frozen: frozenFormulas, kept: keptFormulas }),
    )
    .join(t("copy.separator"));
  return { intent: "success", text: t("copy.done", { copies }) };
}

export function CopySection() {
  const styles = useStyles();
  const { locale, t } = useText();
  const services = useServices();
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const readFailed = useCallback(
    (error: unknown) =>
      setFeedback({ intent: "error", text: t("copy.loadFailed", { detail: errorMessage(error, locale) }) }),
    [t, locale],
  );
  const { sheets, read } = useSheetList(readFailed);

  /** Reads the sheets; the active one is chosen when none is. */
  const refresh = useCallback(async () => {
    const list = await read();
    if (list) setChosen((current) => (current.size > 0 ? current : new Set([list.activeId])));
  }, [read]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const toggle = (id: string, on: boolean) =>
    setChosen((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  async function copy() {
    if (sheets.status !== "loaded") return;
    const sheetIds = sheets.list.sheets.map((sheet) => sheet.id).filter((id) => chosen.has(id));
    if (sheetIds.length === 0) return setFeedback({ intent: "warning", text: t("copy.none") });
    setBusy(true);
    setFeedback(null);
    try {
      setFeedback(outcome(await services.copyAsValues({ sheetIds, locale }), t));
      await read();
    } catch (error) {
      setFeedback({ intent: "error", text: errorMessage(error, locale) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className={styles.section} aria-labelledby="copy-title">
      <Subtitle2 as="h2" id="copy-title">
        {t("copy.title")}
      </Subtitle2>
      <Body1>{t("copy.description")}</Body1>
      <Caption1 id="copy-sheets" className={styles.label}>
        {t("copy.sheets")}
      </Caption1>
      {sheets.status === "loading" && <Spinner size="tiny" label={t("copy.loading")} />}
      {sheets.status === "loaded" && (
        <div role="group" aria-labelledby="copy-sheets" className={styles.sheets}>
          {sheets.list.sheets.map((sheet) => (
            <Checkbox
              key={sheet.id}
              label={sheet.id === sheets.list.activeId ? t("copy.active", { sheet: sheet.name }) : sheet.name}
              checked={chosen.has(sheet.id)}
              onChange={(_, data) => toggle(sheet.id, data.checked === true)}
            />
          ))}
        </div>
      )}
      <div className={styles.actions}>
        <Button
          appearance="primary"
          icon={<DocumentCopy20Regular />}
          disabled={busy || sheets.status !== "loaded"}
          onClick={copy}
        >
          {t("copy.run")}
        </Button>
        <Button
          appearance="subtle"
          icon={<ArrowClockwise20Regular />}
          disabled={busy}
          onClick={() => {
            setFeedback(null);
            void refresh();
          }}
        >
          {t("copy.reload")}
        </Button>
        {busy && <Spinner size="tiny" label={t("copy.running")} />}
      </div>
      <FeedbackBar feedback={feedback} onDismiss={() => setFeedback(null)} />
    </section>
  );
}
