/**
 * The grid of the active sheet: column letters and row numbers, cells shown under their number formats and
 * formats, tables with header and banded rows, spilled arrays, errors with their message as a tooltip, frozen
 * rows, collapsed column groups (hidden, with the outline's + to show them), charts over the cells, a card button in
 * a cell that holds a card. Click (shift-click) to select, type or double-click to edit, Enter/Tab to commit, arrows
 * to move, Delete to clear, Ctrl+Shift+F5 to open the active cell's card (Excel's shortcut).
 */
import { useRef, useState, type CSSProperties, type KeyboardEvent } from "react";
import { cellAddress, columnLetters } from "../../excel-rules/a1";
import type { Locale } from "../../i18n/locale";
import { translate } from "../../i18n/ui";
import type { BorderLine } from "../workbook/formats";
import type { TableInfo } from "../workbook/tables";
import type { CellView, PreviewWorkbook } from "../workbook/workbook";
import { ChartView } from "./ChartView";
import { activeCell, clearSelection, commitToActiveCell, moveSelection, spanning } from "./editing";
import { useWorkbookVersion } from "./use-workbook";
import { GRID_METRICS, chartBox, columnPixels } from "./grid-metrics";

const MIN_ROWS = 40;
const MIN_COLUMNS = 14;
const MAX_ROWS = 2000;
const MAX_COLUMNS = 100;

interface Editing {
  text: string;
}

function tableClass(table: TableInfo | undefined, row: number): string {
  if (!table) return "";
  const family = /light/i.test(table.style) ? "light" : /dark/i.test(table.style) ? "dark" : "medium";
  if (row === table.rect.row) return `table-header table-${family}`;
  const banded = table.showBandedRows && (row - table.rect.row) % 2 === 0;
  return `table-body table-${family}${banded ? " table-band" : ""}`;
}

/** A side's border as CSS: a line in the border's colour, thicker for Medium and Thick, dashed for dashes. */
function borderCss(line: BorderLine | undefined): string | undefined {
  if (!line) return undefined;
  const width = line.weight === "Thick" ? 3 : line.weight === "Medium" ? 2 : 1;
  const style = /dash|dot/i.test(line.style) ? "dashed" : line.style === "Double" ? "double" : "solid";
  return `${width}px ${style} ${line.color}`;
}

function cellStyle(view: CellView): CSSProperties {
  const { format } = view;
  return {
    fontWeight: format.bold ? 700 : undefined,
    fontStyle: format.italic ? "italic" : undefined,
    color: format.fontColor,
    background: format.fill,
    whiteSpace: format.wrapText ? "normal" : undefined,
    borderTop: borderCss(format.borders?.top),
    borderBottom: borderCss(format.borders?.bottom),
    borderLeft: borderCss(format.borders?.left),
    borderRight: borderCss(format.borders?.right),
  };
}

function cellClass(view: CellView, selected: boolean, active: boolean, table: string): string {
  const kind = view.error
    ? "error"
    : typeof view.value === "number"
      ? "number"
      : typeof view.value === "boolean"
        ? "boolean"
        : "text";
  return ["cell", kind, table, view.spilled ? "spilled" : "", selected ? "selected" : "", active ? "active" : ""]
    .filter(Boolean)
    .join(" ");
}

interface GridProps {
  workbook: PreviewWorkbook;
  locale: Locale;
  /** Opens the card of the cell at (row, column) of the active sheet. */
  onOpenCard: (row: number, column: number) => void;
}

/** Excel's shortcut for the card of the selected cell. */
const isCardShortcut = (event: KeyboardEvent) => event.key === "F5" && event.ctrlKey && event.shiftKey;

function CardButton({ name, locale, onOpen }: { name: string; locale: Locale; onOpen: () => void }) {
  const label = translate(locale, "preview.card.show", { name });
  return (
    <button
      type="button"
      className="card-button"
      tabIndex={-1}
      aria-label={label}
      title={label}
      onMouseDown={(event) => event.stopPropagation()}
      onClick={onOpen}
    >
      <svg viewBox="0 0 12 12" width="12" height="12" aria-hidden="true">
        <rect x="1" y="1.5" width="10" height="9" rx="1" fill="none" stroke="currentColor" />
        <path d="M3 4.5h6M3 6.5h6M3 8.5h4" stroke="currentColor" />
      </svg>
    </button>
  );
}

export function Grid({ workbook, locale, onOpenCard }: GridProps) {
  useWorkbookVersion(workbook);
  const [editing, setEditing] = useState<Editing | null>(null);
  const anchor = useRef<{ row: number; column: number } | null>(null);
  const container = useRef<HTMLDivElement>(null);

  const sheetId = workbook.sheets.activeSheetId;
  const { rect: selection } = workbook.sheets.selection;
  const used = workbook.usedRect(sheetId);
  const rowCount = Math.min(
    Math.max(MIN_ROWS, (used ? used.row + used.rowCount : 0) + 20, selection.row + 10),
    MAX_ROWS,
  );
  const columnCount = Math.min(Math.max(MIN_COLUMNS, (used ? used.column + used.columnCount : 0) + 4), MAX_COLUMNS);
  const columns = Array.from({ length: columnCount }, (_, column) => column).filter(
    (column) => !workbook.outline.isHidden(sheetId, column),
  );
  const widths = columns.map((column) => columnPixels(workbook.formats.columnWidth(sheetId, column)));
  const expanders = new Map(
    workbook.outline.collapsedGroups(sheetId).map((group) => [group.column + group.columnCount, group]),
  );
  const frozen = workbook.sheets.frozenRows(sheetId);
  const active = activeCell(workbook);

  const commit = (text: string, deltaRows: number, deltaColumns: number) => {
    commitToActiveCell(workbook, text);
    setEditing(null);
    moveSelection(workbook, deltaRows, deltaColumns);
    container.current?.focus();
  };

  const onGridKey = (event: KeyboardEvent<HTMLDivElement>) => {
    if (editing) return;
    if (isCardShortcut(event)) {
      event.preventDefault();
      if (workbook.cellView(sheetId, active.row, active.column).card) onOpenCard(active.row, active.column);
      return;
    }
    const moves: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
      Enter: [1, 0],
      Tab: [0, 1],
    };
    if (event.key in moves) {
      event.preventDefault();
      const [dr, dc] = moves[event.key];
      if (event.shiftKey && event.key.startsWith("Arrow")) {
        anchor.current ??= { ...active };
        moveSelection(workbook, dr, dc, anchor.current);
      } else {
        anchor.current = null;
        moveSelection(workbook, dr, dc);
      }
    } else if (event.key === "Delete" || event.key === "Backspace") {
      event.preventDefault();
      clearSelection(workbook);
    } else if (event.key === "F2") {
      event.preventDefault();
      setEditing({
        text: String(workbook.cells.readFormulas(sheetId, { ...active, rowCount: 1, columnCount: 1 })[0][0]),
      });
    } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      setEditing({ text: event.key });
    }
  };

  const onCellMouseDown = (row: number, column: number, shift: boolean) => {
    setEditing(null);
    workbook.charts.deactivate();
    if (shift) {
      anchor.current ??= { ...active };
      workbook.sheets.select(sheetId, spanning(anchor.current, { row, column }));
    } else {
      anchor.current = { row, column };
      workbook.sheets.select(sheetId, { row, column, rowCount: 1, columnCount: 1 });
    }
  };

  const editor = editing && (
    <input
      className="cell-editor"
      aria-label="Cell editor"
      autoFocus
      spellCheck={false}
      value={editing.text}
      onChange={(event) => setEditing({ text: event.target.value })}
      onKeyDown={(event) => {
        event.stopPropagation();
        if (event.key === "Enter") commit(editing.text, 1, 0);
        else if (event.key === "Tab") {
          event.preventDefault();
          commit(editing.text, 0, 1);
        } else if (event.key === "Escape") {
          setEditing(null);
          container.current?.focus();
        }
      }}
    />
  );

  const rows = Array.from({ length: rowCount }, (_, row) => {
    const stickyTop =
      row < frozen
        ? { position: "sticky" as const, top: GRID_METRICS.headerHeight + row * GRID_METRICS.rowHeight, zIndex: 2 }
        : {};
    return (
      <tr key={row} style={stickyTop} className={row < frozen ? "frozen" : undefined}>
        <th scope="row" className="row-header">
          {row + 1}
        </th>
        {columns.map((column) => {
          const view = workbook.cellView(sheetId, row, column);
          const selected =
            row >= selection.row &&
            row < selection.row + selection.rowCount &&
            column >= selection.column &&
            column < selection.column + selection.columnCount;
          const isActive = row === active.row && column === active.column;
          const title = view.error
            ? `${view.error.code} ${view.error.message}`.trim()
            : (view.formula ?? (view.text.length > 12 ? view.text : undefined));
          return (
            <td
              key={column}
              data-cell={cellAddress(row, column)}
              className={cellClass(view, selected, isActive, tableClass(workbook.tables.at(sheetId, row, column), row))}
              style={cellStyle(view)}
              title={title}
              onMouseDown={(event) => onCellMouseDown(row, column, event.shiftKey)}
              onDoubleClick={() =>
                setEditing({
                  text: String(
                    workbook.cells.readFormulas(sheetId, { row, column, rowCount: 1, columnCount: 1 })[0][0],
                  ),
                })
              }
            >
              {isActive && editor ? (
                editor
              ) : view.card ? (
                <>
                  <CardButton name={view.text} locale={locale} onOpen={() => onOpenCard(row, column)} />
                  {view.text}
                </>
              ) : (
                view.text
              )}
            </td>
          );
        })}
      </tr>
    );
  });

  return (
    <div
      className="grid"
      ref={container}
      tabIndex={0}
      onKeyDown={onGridKey}
      role="grid"
      aria-label={workbook.sheets.name(sheetId)}
      data-testid="grid"
    >
      <table style={{ width: GRID_METRICS.rowHeaderWidth + widths.reduce((total, width) => total + width, 0) }}>
        <colgroup>
          <col style={{ width: GRID_METRICS.rowHeaderWidth }} />
          {columns.map((column, i) => (
            <col key={column} style={{ width: widths[i] }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <th className="corner" />
            {columns.map((column) => {
              const group = expanders.get(column);
              const hidden =
                group && `${columnLetters(group.column)}:${columnLetters(group.column + group.columnCount - 1)}`;
              return (
                <th key={column} scope="col" className="column-header">
                  {group && (
                    <button
                      type="button"
                      className="outline-expand"
                      aria-label={`Show the grouped columns ${hidden}`}
                      title={`Show the grouped columns ${hidden}`}
                      onClick={() => workbook.outline.setGroupDetailsHidden(sheetId, { ...group, rowCount: 1 }, false)}
                    >
                      +
                    </button>
                  )}
                  {columnLetters(column)}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>{rows}</tbody>
      </table>
      {workbook.charts.list(sheetId).map((chart) => (
        <ChartView key={chart.id} workbook={workbook} chart={chart} box={chartBox(workbook, chart, used)} />
      ))}
    </div>
  );
}
