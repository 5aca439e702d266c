/** A virtualised preview of a dataset's rows (only the visible rows are in the DOM), formatted as Excel will show them. */
import { makeStyles, tokens } from "@fluentui/react-components";
import { observeElementRect, useVirtualizer, type Virtualizer } from "@tanstack/react-virtual";
import { useRef } from "react";
import type { ColumnMeta, DatasetMeta } from "../../data/catalog";
import { languageOf } from "../../i18n/locale";
import { useText } from "../shell/locale-context";
import { previewCell } from "./preview-format";

const ROW_HEIGHT = 28;
const MAX_HEIGHT = 300;
/** Room for the border and a horizontal scrollbar under the last row. */
const FRAME = 20;
const COLUMN_WIDTH = 132;
/** The size assumed while the container has none yet (first render, or a test DOM without layout). */
const FALLBACK_RECT = { width: 360, height: MAX_HEIGHT };

const useStyles = makeStyles({
  scroller: {
    overflow: "auto",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  header: {
    position: "sticky",
    top: 0,
    zIndex: 1,
    display: "flex",
    backgroundColor: tokens.colorNeutralBackground3,
    fontWeight: tokens.fontWeightSemibold,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  row: { position: "absolute", left: 0, display: "flex", height: `${ROW_HEIGHT}px` },
  cell: {
    flex: `0 0 ${COLUMN_WIDTH}px`,
    boxSizing: "border-box",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    overflow: "hidden",
    whiteSpace: "nowrap",
    textOverflow: "ellipsis",
    fontSize: tokens.fontSizeBase200,
    lineHeight: `${ROW_HEIGHT - 8}px`,
  },
  number: { textAlign: "end", fontVariantNumeric: "tabular-nums" },
  banded: { backgroundColor: tokens.colorNeutralBackground2 },
});

function observeWithFallback(
  instance: Virtualizer<HTMLDivElement, Element>,
  callback: (rect: { width: number; height: number }) => void,
) {
  return observeElementRect(instance, (rect) => callback(rect.height > 0 ? rect : FALLBACK_RECT));
}

function isNumeric(column: ColumnMeta): boolean {
  return ["number", "integer", "percent"].includes(column.type);
}

export function RecordPreview({ meta, records }: { meta: DatasetMeta; records: readonly Record<string, unknown>[] }) {
  const styles = useStyles();
  const { locale, t } = useText();
  const scroller = useRef<HTMLDivElement>(null);
  const columns = meta.columns as ColumnMeta[];
  const language = languageOf(locale);
  const virtualizer = useVirtualizer({
    count: records.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 6,
    observeElementRect: observeWithFallback,
  });
  const width = columns.length * COLUMN_WIDTH;
  return (
    <div
      ref={scroller}
      className={styles.scroller}
      style={{ height: Math.min(MAX_HEIGHT, (records.length + 1) * ROW_HEIGHT + FRAME) }}
      role="table"
      aria-label={t("data.preview", { count: records.length })}
      aria-rowcount={records.length + 1}
      tabIndex={0}
    >
      <div className={styles.header} role="row" aria-rowindex={1} style={{ width }}>
        {columns.map((column) => (
          <div key={column.id} className={styles.cell} role="columnheader" title={column.title[language]}>
            {column.title[language]}
          </div>
        ))}
      </div>
      <div style={{ height: virtualizer.getTotalSize(), width, position: "relative" }}>
        {virtualizer.getVirtualItems().map((item) => {
          const record = records[item.index];
          return (
            <div
              key={item.key}
              role="row"
              aria-rowindex={item.index + 2}
              className={`${styles.row} ${item.index % 2 ? styles.banded : ""}`}
              style={{ top: item.start, width }}
            >
              {columns.map((column) => {
                const text = previewCell(record[column.id], column, record, locale);
                return (
                  <div
                    key={column.id}
                    role="cell"
                    title={text}
                    className={`${styles.cell} ${isNumeric(column) ? styles.number : ""}`}
                  >
                    {text}
                  </div>
                );
              })}
            </div>
          );
        })}
      </div>
    </div>
  );
}
