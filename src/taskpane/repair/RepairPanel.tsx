/** The Repair tab: what re-entering AMC.* formulas does, one button, and the outcome (cells per sheet). */
import { Body1, Button, makeStyles, Spinner, tokens } from "@fluentui/react-components";
import { FeedbackBar } from "../shell/FeedbackBar";
import { useText } from "../shell/locale-context";
import { useRepairAction } from "./use-repair";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, alignItems: "stretch" },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center" },
});

export default function RepairPanel() {
  const styles = useStyles();
  const { t } = useText();
  const { busy, feedback, repair, dismiss } = useRepairAction();
  return (
    <section className={styles.panel}>
      <Body1>{t("repair.description")}</Body1>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={busy} onClick={repair}>
          {t("repair.run")}
        </Button>
        {busy && <Spinner size="tiny" label={t("repair.running")} />}
      </div>
      <FeedbackBar feedback={feedback} onDismiss={dismiss} />
    </section>
  );
}
