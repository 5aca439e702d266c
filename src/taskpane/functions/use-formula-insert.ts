/**
 * Writing a formula from the Functions tab or the builder: busy while it writes, then what it wrote where, what
 * occupies the target (for the "nothing changed" dialog), or why it failed.
 */
import { useState } from "react";
import type { InsertFormulaResult } from "../../excel/insert-formula";
import { errorMessage } from "../shell/error-message";
import type { Feedback } from "../shell/FeedbackBar";
import { useText } from "../shell/locale-context";
import type { OccupiedTarget } from "../data/OccupiedDialog";

export function useFormulaInsert() {
  const { locale, t } = useText();
  const [busy, setBusy] = useState(false);
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const [occupied, setOccupied] = useState<OccupiedTarget | null>(null);
  /** Runs `write`, which writes `formula` or finds its place occupied, and says what happened. */
  async function insert(formula: string, write: () => Promise<InsertFormulaResult>) {
    setBusy(true);
    setFeedback(null);
    try {
      const result = await write();
      if (result.status === "occupied") setOccupied({ address: result.address, occupant: result.occupant });
      else setFeedback({ intent: "success", text: t("fn.inserted", { formula, address: result.address }) });
    } catch (error) {
      setFeedback({ intent: "error", text: errorMessage(error, locale) });
    } finally {
      setBusy(false);
    }
  }
  return { busy, feedback, setFeedback, occupied, setOccupied, insert };
}
