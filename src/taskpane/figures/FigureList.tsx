/**
 * The picker's results as a listbox of two-line options (metric and value; entity, period, qualifier, section and
 * chart), virtualised so that only the visible options are in the DOM however many figures match. The active option
 * is kept in view; a click chooses it.
 */
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { observeElementRect, useVirtualizer, type Virtualizer } from "@tanstack/react-virtual";
import { useEffect, useRef, type KeyboardEvent } from "react";
import type { FigureRecord } from "../../data/index";
import { languageOf } from "../../i18n/locale";
import { useText } from "../shell/locale-context";
import { figureRow } from "./figure-text";

const ROW_HEIGHT = 46;
const MAX_ROWS = 6;
/** The size assumed while the list has none yet (first render, or a test DOM without layout). */
const FALLBACK_RECT = { width: 320, height: ROW_HEIGHT * MAX_ROWS };

const useStyles = makeStyles({
  scroller: {
    position: "relative",
    overflowY: "auto",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  option: {
    position: "absolute",
    left: 0,
    right: 0,
    height: `${ROW_HEIGHT}px`,
    boxSizing: "border-box",
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    display: "flex",
    flexDirection: "column",
    justifyContent: "center",
    cursor: "pointer",
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  active: {
    backgroundColor: tokens.colorNeutralBackground1Selected,
    outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
    outlineOffset: "-2px",
  },
  line: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "baseline", minWidth: 0 },
  metric: {
    flex: "1 1 auto",
    minWidth: 0,
    overflow: "hidden",
    whiteSpace: "nowrap",
    textOverflow: "ellipsis",
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase300,
  },
  value: { flex: "0 0 auto", fontVariantNumeric: "tabular-nums", fontSize: tokens.fontSizeBase300 },
  secondary: {
    overflow: "hidden",
    whiteSpace: "nowrap",
    textOverflow: "ellipsis",
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
  },
});

function observeWithFallback(
  instance: Virtualizer<HTMLDivElement, Element>,
  callback: (rect: { width: number; height: number }) => void,
) {
  return observeElementRect(instance, (rect) => callback(rect.height > 0 ? rect : FALLBACK_RECT));
}

export interface FigureListProps {
  id: string;
  optionId: (position: number) => string;
  figures: readonly FigureRecord[];
  active: number;
  label: string;
  onActivate: (position: number) => void;
  onChoose: (position: number) => void;
  onKeyDown: (event: KeyboardEvent<HTMLDivElement>) => void;
}

export function FigureList({ id, optionId, figures, active, label, onActivate, onChoose, onKeyDown }: FigureListProps) {
  const styles = useStyles();
  const { locale } = useText();
  const language = languageOf(locale);
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: figures.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 4,
    observeElementRect: observeWithFallback,
  });

  useEffect(() => {
    if (active < figures.length) virtualizer.scrollToIndex(active, { align: "auto" });
  }, [active, figures, virtualizer]);

  return (
    <div
      ref={scroller}
      id={id}
      role="listbox"
      aria-label={label}
      aria-activedescendant={optionId(active)}
      tabIndex={0}
      className={styles.scroller}
      style={{ height: Math.min(MAX_ROWS, figures.length) * ROW_HEIGHT + 2 }}
      onKeyDown={onKeyDown}
    >
      <div role="presentation" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const figure = figures[item.index];
          const row = figureRow(figure, language);
          const value = row.qualifier ? `${row.qualifier} ${row.value}` : row.value;
          const details = [row.entity, row.period, row.where].join(" · ");
          return (
            <div
              key={figure.id}
              id={optionId(item.index)}
              role="option"
              aria-selected={item.index === active}
              aria-setsize={figures.length}
              aria-posinset={item.index + 1}
              title={`${row.metric} · ${details}`}
              className={mergeClasses(styles.option, item.index === active && styles.active)}
              style={{ top: item.start }}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => {
                onActivate(item.index);
                onChoose(item.index);
              }}
            >
              <span className={styles.line}>
                <span className={styles.metric}>{row.metric}</span>
                <span className={styles.value}>{value}</span>
              </span>
              <span className={styles.secondary}>{details}</span>
            </div>
          );
        })}
      </div>
    </div>
  );
}
