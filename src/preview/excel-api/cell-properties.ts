/**
 * Range.getCellProperties for the preview: for every cell, the properties the options ask for (its address, its
 * fill's colour and pattern, each border's style, colour and weight, its font's bold, italic and colour, its
 * wrapping), shaped as Excel.CellProperties. Asking for a property the preview does not keep fails the sync.
 */
import { cellAddress, quoteSheetName, type CellRect } from "../../excel-rules/a1";
import type { BorderSide } from "../workbook/formats";
import { WorkbookError } from "../workbook/workbook-error";
import type { PreviewWorkbook } from "../workbook/workbook";

type Options = Record<string, unknown>;

const NO_FILL = "#FFFFFF";
/** The keys of Excel.CellBorderCollection; the inside lines of a single cell are never drawn. */
const BORDER_KEYS: Record<string, BorderSide | null> = {
  top: "top",
  bottom: "bottom",
  left: "left",
  right: "right",
  diagonalDown: "diagonalDown",
  diagonalUp: "diagonalUp",
  horizontal: null,
  vertical: null,
};

function requested(options: unknown, known: readonly string[], where: string): Options {
  const asked = (typeof options === "object" && options !== null ? options : {}) as Options;
  const unknown = Object.keys(asked).filter((key) => !known.includes(key));
  if (unknown.length > 0) {
    throw new WorkbookError("InvalidArgument", `The preview's getCellProperties has no ${where}${unknown[0]}.`);
  }
  return asked;
}

/** The properties of `from` that `asked` turns on. */
function picked<T extends Record<string, unknown>>(asked: Options, from: T): Partial<T> {
  return Object.fromEntries(Object.entries(from).filter(([key]) => asked[key] === true)) as Partial<T>;
}

function formatOf(workbook: PreviewWorkbook, sheetId: number, row: number, column: number, options: Options) {
  const asked = requested(options, ["fill", "borders", "font", "wrapText"], "format/");
  const format = workbook.formats.formatAt(sheetId, row, column);
  const result: Record<string, unknown> = {};
  if (asked.fill) {
    const fill = requested(asked.fill, ["color", "pattern"], "format/fill/");
    result.fill = picked(fill, { color: format.fill ?? NO_FILL, pattern: format.fill ? "Solid" : "None" });
  }
  if (asked.borders) {
    const line = requested(asked.borders, ["style", "color", "weight"], "format/borders/");
    result.borders = Object.fromEntries(
      Object.entries(BORDER_KEYS).map(([key, side]) => {
        const border = side ? workbook.formats.borderAt(sheetId, row, column, side) : undefined;
        return [key, picked(line, { style: "None", color: "#000000", weight: "Thin", ...border })];
      }),
    );
  }
  if (asked.font) {
    const font = requested(asked.font, ["bold", "italic", "color"], "format/font/");
    result.font = picked(font, {
      bold: format.bold ?? false,
      italic: format.italic ?? false,
      color: format.fontColor ?? "#000000",
    });
  }
  if (asked.wrapText) result.wrapText = format.wrapText ?? false;
  return result;
}

export function cellProperties(
  workbook: PreviewWorkbook,
  sheetId: number,
  rect: CellRect,
  options: unknown,
): Excel.CellProperties[][] {
  const asked = requested(options, ["address", "format"], "");
  const sheetName = quoteSheetName(workbook.sheets.name(sheetId));
  return Array.from({ length: rect.rowCount }, (_, r) =>
    Array.from({ length: rect.columnCount }, (__, c) => {
      const [row, column] = [rect.row + r, rect.column + c];
      const cell: Record<string, unknown> = {};
      if (asked.address) cell.address = `${sheetName}!${cellAddress(row, column)}`;
      if (asked.format) cell.format = formatOf(workbook, sheetId, row, column, asked.format as Options);
      return cell as Excel.CellProperties;
    }),
  );
}
