/** The one place a panel reports an outcome: a Fluent MessageBar (success, warning or error) the analyst can dismiss. */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useText } from "./locale-context";

export interface Feedback {
  intent: "success" | "warning" | "error" | "info";
  text: string;
}

export function FeedbackBar({ feedback, onDismiss }: { feedback: Feedback | null; onDismiss: () => void }) {
  const { t } = useText();
  if (!feedback) return null;
  return (
    <MessageBar intent={feedback.intent} layout="multiline" role={feedback.intent === "error" ? "alert" : "status"}>
      <MessageBarBody>
        {feedback.intent === "error" && <MessageBarTitle>{t("error.title")}</MessageBarTitle>}
        {feedback.text}
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button appearance="transparent" size="small" onClick={onDismiss}>
            {t("error.dismiss")}
          </Button>
        }
      />
    </MessageBar>
  );
}
