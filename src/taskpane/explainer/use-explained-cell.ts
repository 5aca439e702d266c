/**
 * Following the analyst's selection for the explainer: the active cell read once when the pane opens, then 60 ms
 * after the selection settles (a run of arrow-key moves costs one read), never while the pane is hidden (the read
 * waits until it is shown again), and only the latest read's answer is kept; the pane's own inserts count as a change.
 */
import { useEffect, useMemo, useState } from "react";
import type { CellRead } from "../../excel/read-cell";
import { useText } from "../shell/locale-context";
import { useServices } from "../shell/services";
import { explainCell, type Explanation } from "./explain-cell";
import { onPaneWrote } from "./pane-writes";

/** Longer than a held arrow key's repeat (~30 ms), short enough to leave most of the 100 ms to the read and render. */
export const SETTLE_MS = 60;

const hidden = () => typeof document !== "undefined" && document.visibilityState === "hidden";

export function useExplainedCell(): Explanation | null {
  const services = useServices();
  const { locale } = useText();
  const [read, setRead] = useState<CellRead | null>(null);

  useEffect(() => {
    let ended = false;
    let latest = 0;
    let waiting = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stop = () => {};
    const readNow = async () => {
      if (hidden()) {
        waiting = true;
        return;
      }
      waiting = false;
      const mine = ++latest;
      const answer = await services.readActiveCell().catch(() => null);
      if (!ended && mine === latest) setRead(answer);
    };
    const settle = () => {
      clearTimeout(timer);
      timer = setTimeout(() => void readNow(), SETTLE_MS);
    };
    const onVisibility = () => {
      if (waiting && !hidden()) settle();
    };
    document.addEventListener("visibilitychange", onVisibility);
    const unwatchWrites = onPaneWrote(settle);
    services.followSelection(settle).then(
      (unfollow) => (ended ? unfollow() : (stop = unfollow)),
      () => undefined,
    );
    void readNow();
    return () => {
      ended = true;
      clearTimeout(timer);
      stop();
      unwatchWrites();
      document.removeEventListener("visibilitychange", onVisibility);
    };
  }, [services]);

  return useMemo(() => (read ? explainCell(read, locale) : null), [read, locale]);
}
