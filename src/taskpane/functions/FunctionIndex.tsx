/**
 * The function index: a search box over the functions (Enter opens the first hit), then one list per category with
 * one line per function (its name and what it computes, in the pane's language); a line expands in place to the
 * function's detail. Up and Down move between the lines, Home and End to the first and last.
 */
import { Caption1, makeStyles, mergeClasses, Subtitle2, tokens } from "@fluentui/react-components";
import { ChevronDown16Regular, ChevronRight16Regular } from "@fluentui/react-icons";
import { useEffect, useRef, type KeyboardEvent, type MutableRefObject } from "react";
import { FeedbackBar } from "../shell/FeedbackBar";
import { useText } from "../shell/locale-context";
import { useListStyles } from "../shell/list-styles";
import { SearchField } from "../shell/SearchField";
import { useServices } from "../shell/services";
import { OccupiedDialog } from "../data/OccupiedDialog";
import { FunctionDetail } from "./FunctionDetail";
import { useFormulaInsert } from "./use-formula-insert";
import type { FunctionDoc } from "./function-docs";

const useStyles = makeStyles({
  search: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  category: { margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXXS}` },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column" },
  entry: { borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}` },
  line: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    width: "100%",
    minHeight: "32px",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    border: "none",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground1,
    font: "inherit",
    fontSize: tokens.fontSizeBase300,
    textAlign: "start",
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "-2px",
    },
  },
  open: { backgroundColor: tokens.colorNeutralBackground1Selected },
  chevron: { flexShrink: 0, color: tokens.colorNeutralForeground3 },
  name: {
    flexShrink: 0,
    fontFamily: tokens.fontFamilyMonospace,
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase200,
  },
  summary: {
    minWidth: 0,
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
  },
});

/** Consecutive functions of one category, as the search returns them. */
function byCategory(docs: readonly FunctionDoc[]): { title: string; docs: FunctionDoc[] }[] {
  const groups: { title: string; docs: FunctionDoc[] }[] = [];
  for (const doc of docs) {
    const title = doc.categoryTitle ?? "";
    const last = groups.at(-1);
    if (last && last.title === title) last.docs.push(doc);
    else groups.push({ title, docs: [doc] });
  }
  return groups;
}

/** Up/Down/Home/End between the index's lines. */
function moveBetweenLines(event: KeyboardEvent<HTMLElement>, lines: HTMLButtonElement[]) {
  const at = lines.indexOf(event.target as HTMLButtonElement);
  if (at < 0) return;
  const next = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: lines.length - 1 }[event.key];
  if (next === undefined || next < 0 || next >= lines.length) return;
  event.preventDefault();
  lines[next].focus();
}

function useExampleInsert() {
  const services = useServices();
  const inserting = useFormulaInsert();
  const insert = (formula: string) => inserting.insert(formula, () => services.insertFormula(formula));
  return { ...inserting, insert };
}

export function FunctionIndex({
  found,
  query,
  onQuery,
  openId,
  onOpen,
  onBuild,
  focusOnShow,
}: {
  found: readonly FunctionDoc[];
  query: string;
  onQuery: (query: string) => void;
  openId: string | null;
  onOpen: (id: string | null) => void;
  onBuild: (id: string) => void;
  /** The function whose line takes the focus when the index shows (coming back from the builder); then cleared. */
  focusOnShow: MutableRefObject<string | null>;
}) {
  const styles = useStyles();
  const panel = useListStyles().panel;
  const { t } = useText();
  const lines = useRef(new Map<string, HTMLButtonElement>());
  const example = useExampleInsert();

  useEffect(() => {
    const id = focusOnShow.current;
    focusOnShow.current = null;
    if (id) lines.current.get(id)?.focus();
  }, [focusOnShow]);

  function openFirstHit(event: KeyboardEvent<HTMLElement>) {
    if (event.key !== "Enter" || !(event.target instanceof HTMLInputElement) || found.length === 0) return;
    event.preventDefault();
    onOpen(found[0].id);
    lines.current.get(found[0].id)?.focus();
  }

  const status =
    found.length === 0
      ? t("fn.noMatch", { query })
      : found.length === 1
        ? t("fn.countOne")
        : t("fn.count", { count: found.length });
  const ordered = () => found.map((doc) => lines.current.get(doc.id)).filter((line) => line !== undefined);
  return (
    <div className={panel}>
      <div className={styles.search} onKeyDown={openFirstHit}>
        <SearchField label={t("fn.search")} query={query} onQuery={onQuery} status={status} />
      </div>
      <FeedbackBar feedback={example.feedback} onDismiss={() => example.setFeedback(null)} />
      <div onKeyDown={(event) => moveBetweenLines(event, ordered())}>
        {byCategory(found).map((group, g) => (
          <div key={group.title}>
            <Subtitle2 as="h2" id={`fn-category-${g}`} className={styles.category}>
              {group.title}
            </Subtitle2>
            <ul className={styles.list} aria-labelledby={`fn-category-${g}`}>
              {group.docs.map((doc) => {
                const open = doc.id === openId;
                return (
                  <li key={doc.id} className={styles.entry}>
                    <button
                      type="button"
                      ref={(line) => {
                        if (line) lines.current.set(doc.id, line);
                        else lines.current.delete(doc.id);
                      }}
                      className={mergeClasses(styles.line, open && styles.open)}
                      aria-expanded={open}
                      aria-controls={open ? `fn-detail-${doc.id}` : undefined}
                      onClick={() => onOpen(open ? null : doc.id)}
                    >
                      {open ? (
                        <ChevronDown16Regular className={styles.chevron} />
                      ) : (
                        <ChevronRight16Regular className={styles.chevron} />
                      )}
                      <span className={styles.name}>{doc.name.replace(/^[^.]*\./, "")}</span>
                      <Caption1 className={styles.summary}>{doc.summary}</Caption1>
                    </button>
                    {open && (
                      <FunctionDetail
                        id={`fn-detail-${doc.id}`}
                        doc={doc}
                        busy={example.busy}
                        onInsertExample={example.insert}
                        onBuild={() => onBuild(doc.id)}
                      />
                    )}
                  </li>
                );
              })}
            </ul>
          </div>
        ))}
      </div>
      <OccupiedDialog
        target={example.occupied}
        onCancel={() => example.setOccupied(null)}
        body="fn.occupied.body"
        cancelLabel={t("fn.occupied.close")}
      />
    </div>
  );
}
