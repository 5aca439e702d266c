/**
 * Reading what a formula's references hold, for a formula builder's preview: every range of the formula in one
 * `Excel.run` and one `context.sync()`, each by its worksheet's id (which survives a rename), with the workbook's
 * sheets (names and ids) read in the same batch so the builder writes current names. A reference larger than
 * LARGE_REFERENCE_CELLS (a whole column) is read over its used part and padded with blank cells: Excel passes those
 * blanks too, but reading a million of them through the API would take seconds and exceed Excel on the web's limits.
 */
import type { CellRect } from "../excel-rules/a1";

/** References of more cells than this are read over the cells in use. */
export const LARGE_REFERENCE_CELLS = 100_000;

export interface ReferenceToRead {
  /** Excel's worksheet id. */
  sheetId: string;
  rect: CellRect;
}

export interface ReferenceContents {
  /** Values as Range.values gives them (an error cell as its text, `#DIV/0!`). */
  values: unknown[][];
  /** Range.valueTypes of the same cells: "Error" tells an error from a text that reads the same. */
  valueTypes: string[][];
}

export interface FormulaInputs {
  contents: ReferenceContents[];
  sheets: { id: string; name: string }[];
}

interface Queued {
  reference: ReferenceToRead;
  range: Excel.Range;
  clipped: boolean;
}

const isLarge = (rect: CellRect) => rect.rowCount * rect.columnCount > LARGE_REFERENCE_CELLS;

function queueRead(worksheets: Excel.WorksheetCollection, reference: ReferenceToRead): Queued {
  const { row, column, rowCount, columnCount } = reference.rect;
  const whole = worksheets.getItem(reference.sheetId).getRangeByIndexes(row, column, rowCount, columnCount);
  const clipped = isLarge(reference.rect);
  const range = clipped ? whole.getUsedRangeOrNullObject(true) : whole;
  range.load(clipped ? "values,valueTypes,rowIndex,columnIndex,rowCount,columnCount" : "values,valueTypes");
  return { reference, range, clipped };
}

/** Rows of a clipped read to keep, from the reference's top: down to the last used row of any clipped read. */
function clippedHeight(queued: readonly Queued[]): number {
  let height = 1;
  for (const { reference, range, clipped } of queued) {
    if (!clipped || range.isNullObject) continue;
    height = Math.max(height, range.rowIndex + range.rowCount - reference.rect.row);
  }
  return height;
}

/**
 * The used part of a large reference placed in `height` rows of its columns, the rest blank. Rows are shared where
 * they can be (the used rows as read, one blank row for all the others): the functions only read their arguments.
 */
function padded({ reference, range }: Queued, height: number): ReferenceContents {
  const columns = reference.rect.columnCount;
  const blankValues = new Array<unknown>(columns).fill("");
  const blankTypes = new Array<string>(columns).fill("Empty");
  const values = new Array<unknown[]>(height).fill(blankValues);
  const valueTypes = new Array<string[]>(height).fill(blankTypes);
  if (range.isNullObject) return { values, valueTypes };
  const top = range.rowIndex - reference.rect.row;
  const left = range.columnIndex - reference.rect.column;
  const spread = <T>(row: T[], blank: T[]) =>
    left === 0 && row.length === columns ? row : [...blank.slice(0, left), ...row, ...blank.slice(left + row.length)];
  range.values.forEach((row, r) => {
    values[top + r] = spread(row, blankValues);
    valueTypes[top + r] = spread(range.valueTypes[r] as string[], blankTypes);
  });
  return { values, valueTypes };
}

/** Reads every reference (in order) and the workbook's sheets: one Excel.run, one sync. */
export async function readFormulaInputs(references: readonly ReferenceToRead[]): Promise<FormulaInputs> {
  return Excel.run(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name,items/id");
    const queued = references.map((reference) => queueRead(worksheets, reference));
    await context.sync();
    const height = clippedHeight(queued);
    return {
      contents: queued.map((read) =>
        read.clipped ? padded(read, height) : { values: read.range.values, valueTypes: read.range.valueTypes },
      ),
      sheets: worksheets.items.map((sheet) => ({ id: sheet.id, name: sheet.name })),
    };
  });
}
