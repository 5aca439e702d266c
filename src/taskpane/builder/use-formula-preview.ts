/**
 * The builder's live preview: after each change of the formula (debounced, so a burst of keystrokes or selection
 * changes costs one read), its ranges are read in one sync and the function computed; an answer that arrives after
 * a newer change is dropped. `settled()` gives the preview of the formula as it is now, for the insert to check the
 * cells its result will fill.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { FunctionId } from "../../functions/declarations";
import type { BuilderParameter, FormulaPlan } from "./formula-plan";
import { previewFormula, type FormulaPreview, type ReadInputs } from "./preview-formula";

/** Long enough to gather a burst of keystrokes, short enough to leave most of 100 ms to read and compute. */
export const PREVIEW_DEBOUNCE_MS = 30;

export type PreviewState =
  | { status: "incomplete" }
  | { status: "pending"; last: FormulaPreview | null }
  | { status: "done"; preview: FormulaPreview }
  | { status: "failed"; detail: string };

function planKey(plan: FormulaPlan): string | null {
  return plan.formula === null ? null : `${plan.formula}\u0000${JSON.stringify(plan.references)}`;
}

export function useFormulaPreview(
  functionId: FunctionId,
  parameters: readonly BuilderParameter[],
  plan: FormulaPlan,
  read: ReadInputs,
  /** Changed to compute again with the same formula (the analyst may have changed the cells it reads). */
  refresh: number,
): { state: PreviewState; settled: () => Promise<FormulaPreview> } {
  const [state, setState] = useState<PreviewState>({ status: "incomplete" });
  const running = useRef<{ key: string; preview: Promise<FormulaPreview> } | null>(null);
  const latest = useRef({ plan, parameters });
  latest.current = { plan, parameters };
  const key = planKey(plan);

  const start = useCallback(() => {
    const { plan: now, parameters: nowParameters } = latest.current;
    const preview = previewFormula(functionId, nowParameters, now, read);
    running.current = { key: planKey(now) as string, preview };
    return preview;
  }, [functionId, read]);

  useEffect(() => {
    if (key === null) {
      running.current = null;
      setState({ status: "incomplete" });
      return;
    }
    let current = true;
    setState((before) => ({
      status: "pending",
      last: before.status === "done" ? before.preview : before.status === "pending" ? before.last : null,
    }));
    const timer = setTimeout(() => {
      start().then(
        (preview) => current && setState({ status: "done", preview }),
        (error: unknown) =>
          current && setState({ status: "failed", detail: error instanceof Error ? error.message : String(error) }),
      );
    }, PREVIEW_DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [key, refresh, start]);

  const settled = useCallback(() => {
    const now = planKey(latest.current.plan);
    return running.current && running.current.key === now ? running.current.preview : start();
  }, [start]);

  return { state, settled };
}
