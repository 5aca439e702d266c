/**
 * Which record a row of a table the add-in inserted comes from, and which catalog column a cell of it is under. The
 * record comes from the row's record key column (src/excel/table-key.ts), which travels with its row through any
 * sort or filter; the column from its header's title in either language, wherever the analyst moved it.
 */
import { CATALOG, columnHeader, type ColumnMeta } from "../../data/catalog";
import type { DatasetId } from "../../data/index";
import { tableRowKey } from "../../excel/table-key";

export interface TableRow {
  name: string;
  header: readonly unknown[];
  cells: readonly unknown[];
}

export interface RowRecord {
  dataset: DatasetId;
  key: string;
}

export type TableRowReader = (row: TableRow) => RowRecord | null;

/** A header cell as written (a repeated title gets ` (2)` for Excel). */
const headerText = (cell: unknown) => String(cell ?? "").replace(/ \(\d+\)$/, "");

/**
 * The catalog column under a position of the table's header row, by its title in either language (so it does not
 * depend on where the other columns are), or null: a column the analyst added, or one the catalog does not have.
 */
export function columnAt(dataset: DatasetId, header: readonly unknown[], position: number): ColumnMeta | null {
  const title = headerText(header[position]);
  const repeat = Number(/ \((\d+)\)$/.exec(String(header[position] ?? ""))?.[1] ?? 1);
  const titled = (column: ColumnMeta) => (["zh", "en"] as const).some((l) => columnHeader(column, l) === title);
  return (CATALOG[dataset].columns as ColumnMeta[]).filter(titled)[repeat - 1] ?? null;
}

/** The dataset and record key of an inserted table's row, from its record key column. */
export const readTableRow: TableRowReader = ({ name, header, cells }) => {
  const found = tableRowKey(name, header, cells);
  return found && { dataset: found.datasetId, key: found.recordKey };
};
