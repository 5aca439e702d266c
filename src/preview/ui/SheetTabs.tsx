/** The sheet tabs under the grid: click to activate, + to add a sheet. */
import type { PreviewWorkbook } from "../workbook/workbook";
import { useWorkbookVersion } from "./use-workbook";

export function SheetTabs({ workbook }: { workbook: PreviewWorkbook }) {
  useWorkbookVersion(workbook);
  return (
    <nav className="sheet-tabs" aria-label="Sheets">
      <div role="tablist">
        {workbook.sheets.list().map((sheet) => (
          <button
            key={sheet.id}
            role="tab"
            aria-selected={sheet.id === workbook.sheets.activeSheetId}
            onClick={() => workbook.sheets.activate(sheet.id)}
          >
            {sheet.name}
          </button>
        ))}
      </div>
      <button
        className="add-sheet"
        aria-label="New sheet"
        title="New sheet"
        onClick={() => workbook.sheets.activate(workbook.addSheet().id)}
      >
        +
      </button>
    </nav>
  );
}
