/** The report model action (loaded lazily): what it builds, one button, progress while it builds, the outcome. */
import { Body1, Button, Field, makeStyles, ProgressBar, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { ReportModelProgress } from "../../excel/build-report-model";
import { errorMessage } from "../shell/error-message";
import { FeedbackBar, type Feedback } from "../shell/FeedbackBar";
import { useText } from "../shell/locale-context";
import { useServices } from "../shell/services";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, alignItems: "stretch" },
  button: { alignSelf: "flex-start" },
});

export default function ModelPanel() {
  const styles = useStyles();
  const { locale, t } = useText();
  const services = useServices();
  const [progress, setProgress] = useState<ReportModelProgress | null>(null);
  const [busy, setBusy] = useState(false);
  const [feedback, setFeedback] = useState<Feedback | null>(null);

  async function build() {
    setBusy(true);
    setFeedback(null);
    setProgress(null);
    try {
      const result = await services.buildReportModel({ locale, onProgress: setProgress });
      setFeedback({
        intent: "success",
        text: t("model.built", {
          inputs: result.inputSheet,
          metrics: result.metricsSheet,
          formulas: result.amcFormulas,
        }),
      });
    } catch (error) {
      setFeedback({ intent: "error", text: errorMessage(error, locale) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className={styles.panel}>
      <Body1>{t("model.description")}</Body1>
      <Button className={styles.button} appearance="primary" disabled={busy} onClick={build}>
        {t("model.build")}
      </Button>
      {busy && (
        <Field validationMessage={t(`model.step.${progress?.step ?? "reading"}`)} validationState="none">
          <ProgressBar value={progress ? progress.completed / progress.total : undefined} />
        </Field>
      )}
      <FeedbackBar feedback={feedback} onDismiss={() => setFeedback(null)} />
    </section>
  );
}
