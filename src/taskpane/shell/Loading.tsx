/**
 * What a panel or view shows while its chunk loads: the spinner and "Loading…", itself loaded with the first chunk
 * that needs it, so the pane's first load does not carry it.
 */
import { lazy, Suspense } from "react";
import { useText } from "./locale-context";

const LoadingSpinner = lazy(() => import(/* webpackChunkName: "pane-loading" */ "./LoadingSpinner"));

export function Loading() {
  const { t } = useText();
  return (
    <Suspense fallback={null}>
      <LoadingSpinner label={t("app.loading")} />
    </Suspense>
  );
}
