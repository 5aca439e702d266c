/**
 * Reading whether a block of the active worksheet is free to write, queued for the caller's one `context.sync()`:
 * the block's formulas, values and number formats, every cell's fill and borders, its merged areas, its cells with a
 * data validation rule, the tables over it, and how many comments and notes the sheet has. Excel has no way to ask a
 * range for its comments or notes, so only when the sheet has any does `occupantOf` read where they are, in one
 * more sync. Notes are read where the host has them (ExcelApi 1.18).
 */
import { parseAddress, parseAreas, type CellRect } from "../excel-rules/a1";
import { firstOccupant, type AreaKind, type CellLook, type Occupant } from "./occupancy";

/** What the cell properties read asks for: enough to tell a fill or a border from none. */
const LOOK: Excel.CellPropertiesLoadOptions = {
  format: { fill: { color: true, pattern: true }, borders: { style: true } },
};

export interface BlockRead {
  block: Excel.Range;
  looks: OfficeExtension.ClientResult<Excel.CellProperties[][]>;
  merged: Excel.RangeAreas;
  validated: Excel.RangeAreas;
  tables: Excel.TableScopedCollection;
  comments: { collection: Excel.CommentCollection; count: OfficeExtension.ClientResult<number> };
  notes: { collection: Excel.NoteCollection; count: OfficeExtension.ClientResult<number> } | null;
}

/** Whether the host has notes in its API (Office's own requirement check; none outside Office). */
function hostHasNotes(): boolean {
  return typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported("ExcelApi", "1.18") === true;
}

/** Queues everything the block's occupancy needs; `block` must be on `sheet`, the active worksheet. */
export function loadBlock(sheet: Excel.Worksheet, block: Excel.Range): BlockRead {
  block.load("address,rowIndex,columnIndex,rowCount,columnCount,formulas,values,numberFormat");
  const merged = block.getMergedAreasOrNullObject();
  merged.load("address");
  const validated = block.getSpecialCellsOrNullObject("DataValidations");
  validated.load("address");
  const tables = block.getTables(false);
  tables.load("items/name");
  const comments = { collection: sheet.comments, count: sheet.comments.getCount() };
  const notes = hostHasNotes() ? { collection: sheet.notes, count: sheet.notes.getCount() } : null;
  return { block, looks: block.getCellProperties(LOOK), merged, validated, tables, comments, notes };
}

/** Where the block is, once the read is synced: its address (`Sheet1!B2:I6`) and its top-left cell. */
export function blockPlace(read: BlockRead): { address: string; row: number; column: number } {
  return { address: read.block.address, row: read.block.rowIndex, column: read.block.columnIndex };
}

function areasOf(areas: Excel.RangeAreas): CellRect[] {
  if (areas.isNullObject) return [];
  return (parseAreas(areas.address) ?? []).map((area) => area.rect);
}

/** Queues loading where each of a sheet's `count` comments (or notes) is. */
function loadLocations(collection: { getItemAt(index: number): { getLocation(): Excel.Range } }, count: number) {
  return Array.from({ length: count }, (_, index) => {
    const location = collection.getItemAt(index).getLocation();
    location.load("address");
    return location;
  });
}

function cellsOf(locations: Excel.Range[]): CellRect[] {
  return locations.flatMap((location) => {
    const parsed = parseAddress(location.address);
    return parsed ? [parsed.rect] : [];
  });
}

/** After the read's sync: what occupies the block, or null when it is free (one more sync if the sheet has notes). */
export async function occupantOf(context: Excel.RequestContext, read: BlockRead): Promise<Occupant | null> {
  const { block } = read;
  const comments = loadLocations(read.comments.collection, read.comments.count.value);
  const notes = read.notes ? loadLocations(read.notes.collection, read.notes.count.value) : [];
  if (comments.length + notes.length > 0) await context.sync();
  const areas: Partial<Record<AreaKind, CellRect[]>> = {
    merged: areasOf(read.merged),
    dataValidation: areasOf(read.validated),
    comment: cellsOf(comments),
    note: cellsOf(notes),
  };
  return firstOccupant({
    block: { row: block.rowIndex, column: block.columnIndex, rowCount: block.rowCount, columnCount: block.columnCount },
    formulas: block.formulas,
    values: block.values,
    numberFormat: block.numberFormat,
    looks: read.looks.value as CellLook[][],
    areas,
    tables: read.tables.items.map((table) => table.name),
  });
}
