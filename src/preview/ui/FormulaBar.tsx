/**
 * The name box, the formula bar (edit the active cell's formula, Enter to commit), and under it the active cell's
 * error, or its number format (saying when the format came with a function's formatted result) and a button that
 * opens the card of a cell holding one.
 */
import { useEffect, useState } from "react";
import { rectAddress } from "../../excel-rules/a1";
import type { Locale } from "../../i18n/locale";
import { translate } from "../../i18n/ui";
import type { PreviewWorkbook } from "../workbook/workbook";
import { activeCell, commitToActiveCell, moveSelection } from "./editing";
import { useWorkbookVersion } from "./use-workbook";

function shownContent(workbook: PreviewWorkbook): string {
  const { sheetId } = workbook.sheets.selection;
  const { row, column } = activeCell(workbook);
  const content = workbook.cells.readFormulas(sheetId, { row, column, rowCount: 1, columnCount: 1 })[0][0];
  return String(content);
}

interface FormulaBarProps {
  workbook: PreviewWorkbook;
  locale: Locale;
  onOpenCard: (row: number, column: number) => void;
}

export function FormulaBar({ workbook, locale, onOpenCard }: FormulaBarProps) {
  const version = useWorkbookVersion(workbook);
  const [draft, setDraft] = useState<string | null>(null);
  useEffect(() => setDraft(null), [version]);
  const { sheetId, rect } = workbook.sheets.selection;
  const { row, column } = activeCell(workbook);
  const view = workbook.cellView(sheetId, row, column);

  return (
    <div className="formula-bar">
      <output className="name-box" aria-label="Name box" data-testid="name-box">
        {rectAddress(rect)}
      </output>
      <span className="fx">fx</span>
      <input
        aria-label="Formula bar"
        data-testid="formula-bar"
        value={draft ?? shownContent(workbook)}
        spellCheck={false}
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === "Enter" && draft !== null) {
            commitToActiveCell(workbook, draft);
            moveSelection(workbook, 1, 0);
          } else if (event.key === "Escape") setDraft(null);
        }}
      />
      <div className="cell-error" role="status" data-testid="cell-error">
        {view.error ? `${view.error.code} ${view.error.message}` : ""}
      </div>
      <div className="cell-format" data-testid="cell-format">
        {typeof view.value === "number" && !view.error
          ? translate(locale, view.formatFromValue ? "preview.format.fromValue" : "preview.format", {
              format: view.numberFormat,
            })
          : ""}
        {view.card ? (
          <button type="button" onClick={() => onOpenCard(row, column)}>
            {translate(locale, "preview.card.show", { name: view.text })}
          </button>
        ) : null}
      </div>
    </div>
  );
}
