/** The repair in the Workbook tab: what re-entering AMC.* formulas does, one button, and the outcome (cells per sheet). */
import { Body1, Button, makeStyles, Spinner, Subtitle2, tokens } from "@fluentui/react-components";
import { ArrowSync20Regular } from "@fluentui/react-icons";
import { FeedbackBar } from "../shell/FeedbackBar";
import { useText } from "../shell/locale-context";
import { useRepairAction } from "./use-repair";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, alignItems: "stretch" },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center" },
});

export function RepairSection() {
  const styles = useStyles();
  const { t } = useText();
  const { busy, feedback, repair, dismiss } = useRepairAction();
  return (
    <section className={styles.section} aria-labelledby="repair-title">
      <Subtitle2 as="h2" id="repair-title">
        {t("workbook.repair.title")}
      </Subtitle2>
      <Body1>{t("repair.description")}</Body1>
      <div className={styles.actions}>
        <Button icon={<ArrowSync20Regular />} disabled={busy} onClick={repair}>
          {t("repair.run")}
        </Button>
        {busy && <Spinner size="tiny" label={t("repair.running")} />}
      </div>
      <FeedbackBar feedback={feedback} onDismiss={dismiss} />
    </section>
  );
}
