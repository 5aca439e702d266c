/**
 * The Functions tab (loaded lazily, off the first screen): a compact index of every AMC.* function, one line each,
 * grouped by category and searchable in both languages, a function expanding in place to its arguments, the Excel
 * formula it equals, an example and its errors; from there the formula builder opens (its own lazy chunk), and Back
 * returns the focus to the function it was opened from.
 */
import { Spinner } from "@fluentui/react-components";
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { FeedbackBar } from "../shell/FeedbackBar";
import { useText } from "../shell/locale-context";
import { useServices } from "../shell/services";
import { searchFunctions, type FunctionDoc } from "./function-docs";
import { FunctionIndex } from "./FunctionIndex";

const FormulaBuilder = lazy(() => import(/* webpackChunkName: "pane-builder" */ "../builder/FormulaBuilder"));

type Loaded = { docs: FunctionDoc[]; error: null } | { docs: null; error: string } | null;

function useFunctionDocs(): [Loaded, () => void] {
  const { locale } = useText();
  const services = useServices();
  const [loaded, setLoaded] = useState<Loaded>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let current = true;
    services.loadFunctionDocs(locale).then(
      (docs) => current && setLoaded({ docs, error: null }),
      (error: unknown) =>
        current && setLoaded({ docs: null, error: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      current = false;
    };
  }, [locale, services, attempt]);
  const retry = useCallback(() => {
    setLoaded(null);
    setAttempt((n) => n + 1);
  }, []);
  return [loaded, retry];
}

export default function FunctionsPanel() {
  const { t } = useText();
  const [loaded, retry] = useFunctionDocs();
  const [query, setQuery] = useState("");
  const [openId, setOpenId] = useState<string | null>(null);
  const [buildingId, setBuildingId] = useState<string | null>(null);
  const returnFocusTo = useRef<string | null>(null);
  const found = useMemo(() => searchFunctions(loaded?.docs ?? [], query), [loaded, query]);

  const build = useCallback((id: string) => {
    returnFocusTo.current = id;
    setBuildingId(id);
  }, []);
  const back = useCallback(() => setBuildingId(null), []);

  if (loaded === null) return <Spinner size="small" label={t("app.loading")} />;
  if (loaded.error !== null) {
    return (
      <FeedbackBar
        feedback={{ intent: "error", text: t("fn.loadFailed", { detail: loaded.error }) }}
        onDismiss={retry}
      />
    );
  }
  const building = buildingId === null ? undefined : loaded.docs.find((doc) => doc.id === buildingId);
  if (building) {
    return (
      <Suspense fallback={<Spinner size="small" label={t("app.loading")} />}>
        <FormulaBuilder key={building.id} doc={building} onBack={back} />
      </Suspense>
    );
  }
  return (
    <FunctionIndex
      found={found}
      query={query}
      onQuery={setQuery}
      openId={openId}
      onOpen={setOpenId}
      onBuild={build}
      focusOnShow={returnFocusTo}
    />
  );
}
