/**
 * The figure picker (the Figures tab, loaded on first visit): one search box over every figure of the latest
 * edition, the results as a virtualised listbox (↑↓ from the search box or in the list, Enter or a click inserts),
 * the active figure's provenance, and the insert: `=AMC.FIGURE(...)` with the figure's number format into the
 * selected cell, and `=AMC.SOURCE(...)` beside it when asked (a choice kept for the session).
 */
import { Button, Caption1, Checkbox, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { getDataset, type FigureRecord } from "../../data/index";
import type { FigureCells, InsertFigureResult } from "../../excel/insert-figure";
import { formatPeriod } from "../../data/periods";
import { languageOf, type Language } from "../../i18n/locale";
import type { UiKey, UiParams } from "../../i18n/ui";
import { OccupiedDialog, type OccupiedTarget } from "../data/OccupiedDialog";
import { errorMessage } from "../shell/error-message";
import { FeedbackBar, type Feedback } from "../shell/FeedbackBar";
import { useListStyles } from "../shell/list-styles";
import { useText } from "../shell/locale-context";
import { SearchField } from "../shell/SearchField";
import { useServices } from "../shell/services";
import { paneWrote } from "../explainer/pane-writes";
import { FigureFacts } from "./FigureFacts";
import { figureSearchIndex, searchFigures } from "./figure-search";
import { entityName, figureCell, figureFormula, metricName, sourceFormula } from "./figure-text";
import { FigureList } from "./FigureList";
import { useSessionFlag } from "./session-flag";

const useStyles = makeStyles({
  search: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  keys: { color: tokens.colorNeutralForeground3 },
  detail: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  title: { fontWeight: tokens.fontWeightSemibold },
  formula: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    backgroundColor: tokens.colorNeutralBackground3,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    borderRadius: tokens.borderRadiusSmall,
    overflowWrap: "anywhere",
  },
});

/** What the picker writes for a figure in the pane's language. */
function cellsFor(figure: FigureRecord, language: Language, withSource: boolean): FigureCells {
  const name = metricName(figure, language);
  return {
    formula: figureFormula(figure, language),
    numberFormat: figureCell(figure, language).numberFormat,
    source: withSource ? sourceFormula(figure, language) : null,
    sheetTitle: `${name} ${formatPeriod(figure.period, language)}`,
  };
}

/** `债券净融资额（行业，2024年）` / `Net financing (Industry, 2024)`: the figure as a message names it. */
/** How many figures match, or that none does. */
function countText(count: number, query: string, t: (key: UiKey, params?: UiParams) => string): string {
  if (count === 0) return t("figures.noMatch", { query });
  return count === 1 ? t("figures.countOne") : t("figures.count", { count });
}

function figureLabel(figure: FigureRecord, language: Language): string {
  const entity = entityName(figure.entity, language);
  const period = formatPeriod(figure.period, language);
  return language === "zh"
    ? `${metricName(figure, language)}（${entity}，${period}）`
    : `${metricName(figure, language)} (${entity}, ${period})`;
}

const PAGE = 6;

/** The next active position for a navigation key, or null for a key the list does not handle. */
function movedTo(key: string, active: number, count: number, inList: boolean): number | null {
  const last = count - 1;
  switch (key) {
    case "ArrowDown":
      return Math.min(last, active + 1);
    case "ArrowUp":
      return Math.max(0, active - 1);
    case "PageDown":
      return Math.min(last, active + PAGE);
    case "PageUp":
      return Math.max(0, active - PAGE);
    case "Home":
      return inList ? 0 : null;
    case "End":
      return inList ? last : null;
    default:
      return null;
  }
}

export default function FiguresPanel() {
  const styles = useStyles();
  const list = useListStyles();
  const { locale, t } = useText();
  const language = languageOf(locale);
  const services = useServices();
  const index = useMemo(
    () => figureSearchIndex({ figures: getDataset("figures").records, roster: getDataset("roster").records }),
    [],
  );
  const [query, setQuery] = useState("");
  const found = useMemo(() => searchFigures(index, query), [index, query]);
  const [active, setActive] = useState(0);
  const [withSource, setWithSource] = useSessionFlag("amc.figures.withSource");
  const [busy, setBusy] = useState(false);
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const [occupied, setOccupied] = useState<(OccupiedTarget & { cells: FigureCells; label: string }) | null>(null);
  const searchBox = useRef<HTMLDivElement>(null);
  const listId = "figure-results";
  const optionId = (position: number) => `figure-result-${position}`;
  const current = found[Math.min(active, found.length - 1)] as FigureRecord | undefined;

  useEffect(() => setActive(0), [query]);

  // The search box stays focused while ↑↓ move through the results: it names the list and the active option.
  useEffect(() => {
    const input = searchBox.current?.querySelector("input");
    if (!input) return;
    input.setAttribute("aria-controls", listId);
    if (current) input.setAttribute("aria-activedescendant", optionId(Math.min(active, found.length - 1)));
    else input.removeAttribute("aria-activedescendant");
  }, [active, current, found.length]);

  function reported(result: InsertFigureResult, cells: FigureCells, label: string) {
    if (result.status === "occupied") {
      setOccupied({ address: result.address, occupant: result.occupant, cells, label });
      return;
    }
    paneWrote();
    setFeedback({
      intent: "success",
      text: result.sourceAddress
        ? t("figures.insertedWithSource", { metric: label, address: result.address, source: result.sourceAddress })
        : t("figures.inserted", { metric: label, address: result.address }),
    });
  }

  async function run(action: () => Promise<InsertFigureResult>, cells: FigureCells, label: string) {
    setBusy(true);
    setFeedback(null);
    try {
      reported(await action(), cells, label);
    } catch (error) {
      setFeedback({ intent: "error", text: errorMessage(error, locale) });
    } finally {
      setBusy(false);
    }
  }

  function insert(figure: FigureRecord | undefined) {
    if (!figure || busy) return;
    const cells = cellsFor(figure, language, withSource);
    void run(() => services.insertFigure(cells), cells, figureLabel(figure, language));
  }

  function onNewSheet() {
    if (!occupied) return;
    const { cells, label } = occupied;
    setOccupied(null);
    void run(() => services.insertFigureOnNewSheet(cells), cells, label);
  }

  function onKeys(event: KeyboardEvent<HTMLElement>, inList: boolean) {
    if (event.key === "Enter") {
      event.preventDefault();
      insert(current);
      return;
    }
    const next = movedTo(event.key, active, found.length, inList);
    if (next === null || found.length === 0) return;
    event.preventDefault();
    setActive(next);
  }

  return (
    <section className={list.panel}>
      <div ref={searchBox} className={styles.search} onKeyDown={(event) => onKeys(event, false)}>
        <SearchField
          label={t("figures.search")}
          query={query}
          onQuery={setQuery}
          status={countText(found.length, query, t)}
        />
      </div>
      <Checkbox
        checked={withSource}
        onChange={(_, data) => setWithSource(data.checked === true)}
        label={t("figures.withSource")}
      />
      <FeedbackBar feedback={feedback} onDismiss={() => setFeedback(null)} />
      {found.length > 0 && (
        <>
          <FigureList
            id={listId}
            optionId={optionId}
            figures={found}
            active={Math.min(active, found.length - 1)}
            label={t("figures.results")}
            onActivate={setActive}
            onChoose={(position) => insert(found[position])}
            onKeyDown={(event) => onKeys(event, true)}
          />
          <Caption1 className={styles.keys}>{t("figures.keys")}</Caption1>
        </>
      )}
      {current && (
        <div className={styles.detail}>
          <Text className={styles.title}>{figureLabel(current, language)}</Text>
          <code className={styles.formula}>{cellsFor(current, language, withSource).formula}</code>
          <FigureFacts figure={current} />
          <Button appearance="primary" disabled={busy} onClick={() => insert(current)}>
            {busy ? t("figures.inserting") : t("figures.insert")}
          </Button>
        </div>
      )}
      <OccupiedDialog target={occupied} onNewSheet={onNewSheet} onCancel={() => setOccupied(null)} />
    </section>
  );
}
