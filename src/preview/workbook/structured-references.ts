/**
 * Excel's structured references (`Input[总资产]`, `Input[[#Headers],[Name]]`, `Input[@Assets]`, `[@Assets]`)
 * rewritten as A1 ranges, because HyperFormula has no tables. The workbook keeps the formula as written for
 * `Range.formulas` and the formula bar, and gives the engine the rewritten one.
 */
import { qualifiedAddress, containsCell, type CellRect } from "../../excel-rules/a1";
import { sameName } from "../../excel-rules/names";

export interface TableGeometry {
  name: string;
  sheetName: string;
  /** The whole table, header row included. */
  rect: CellRect;
  headers: string[];
}

export interface FormulaContext {
  sheetName: string;
  row: number;
  column: number;
}

export interface RewrittenFormula {
  formula: string;
  /** True when the formula had at least one structured reference. */
  usesTables: boolean;
  /** References that name no table or no column: the formula is left as written and shows #NAME? or #REF!. */
  unresolved: string[];
}

type Area = "#All" | "#Data" | "#Headers" | "#Totals" | "#This Row";

interface Selector {
  areas: Area[];
  firstColumn?: string;
  lastColumn?: string;
}

const TABLE_NAME = String.raw`[\p{L}_\\][\p{L}\p{N}_.\\]*`;
/** A bracketed specifier, allowing one level of nested brackets and '-escaped characters. */
const SPECIFIER = String.raw`\[(?:[^\[\]']|'.|\[(?:[^\[\]']|'.)*\])*\]`;
const REFERENCE = new RegExp(`(${TABLE_NAME})?(${SPECIFIER})`, "gu");

function unescapeColumn(name: string): string {
  return name.replace(/'(.)/g, "$1").trim();
}

function parseArea(item: string): Area | undefined {
  const normalized = item.trim().toLowerCase();
  const areas: Record<string, Area> = {
    "#all": "#All",
    "#data": "#Data",
    "#headers": "#Headers",
    "#totals": "#Totals",
    "#this row": "#This Row",
  };
  return areas[normalized];
}

/** Reads the inside of `[...]`: `Col`, `@Col`, `@[Col]`, `#Data`, `[#Headers],[Col1]:[Col2]`. */
function parseSelector(inner: string): Selector | undefined {
  const body = inner.trim();
  if (body === "") return { areas: ["#Data"] };
  if (body.startsWith("@")) {
    const column = body.slice(1).replace(/^\[(.*)\]$/s, "$1");
    return column === "" ? { areas: ["#This Row"] } : { areas: ["#This Row"], firstColumn: unescapeColumn(column) };
  }
  if (!body.startsWith("[")) {
    const area = parseArea(body);
    return area ? { areas: [area] } : { areas: ["#Data"], firstColumn: unescapeColumn(body) };
  }
  const items = body.match(/\[(?:[^\]']|'.)*\](?:\s*:\s*\[(?:[^\]']|'.)*\])?/g) ?? [];
  const selector: Selector = { areas: [] };
  for (const item of items) {
    const parts = item.split(/\]\s*:\s*\[/).map((part) => part.replace(/^\[|\]$/g, ""));
    const area = parts.length === 1 ? parseArea(parts[0]) : undefined;
    if (area) selector.areas.push(area);
    else if (selector.firstColumn === undefined) {
      selector.firstColumn = unescapeColumn(parts[0]);
      selector.lastColumn = parts.length > 1 ? unescapeColumn(parts[1]) : undefined;
    } else return undefined;
  }
  if (selector.areas.length === 0) selector.areas.push("#Data");
  return selector;
}

function rowSpan(table: TableGeometry, areas: Area[], context: FormulaContext): [number, number] | undefined {
  const header = table.rect.row;
  const last = table.rect.row + table.rect.rowCount - 1;
  if (areas.includes("#This Row")) {
    const inside = context.row > header && context.row <= last && context.sheetName === table.sheetName;
    return inside ? [context.row, context.row] : undefined;
  }
  if (areas.includes("#Totals")) return undefined; // the preview's tables have no totals row
  const wantsHeaders = areas.includes("#Headers") || areas.includes("#All");
  const wantsData = areas.includes("#Data") || areas.includes("#All");
  if (wantsHeaders && wantsData) return [header, last];
  if (wantsHeaders) return [header, header];
  return last > header ? [header + 1, last] : undefined;
}

function columnSpan(table: TableGeometry, selector: Selector): [number, number] | undefined {
  if (selector.firstColumn === undefined) return [table.rect.column, table.rect.column + table.rect.columnCount - 1];
  const find = (name: string) => table.headers.findIndex((header) => sameName(header, name));
  const first = find(selector.firstColumn);
  const last = selector.lastColumn === undefined ? first : find(selector.lastColumn);
  if (first < 0 || last < 0) return undefined;
  return [table.rect.column + Math.min(first, last), table.rect.column + Math.max(first, last)];
}

function resolve(table: TableGeometry, selector: Selector, context: FormulaContext): string | undefined {
  const rows = rowSpan(table, selector.areas, context);
  const columns = columnSpan(table, selector);
  if (!rows || !columns) return undefined;
  const rect = {
    row: rows[0],
    rowCount: rows[1] - rows[0] + 1,
    column: columns[0],
    columnCount: columns[1] - columns[0] + 1,
  };
  return qualifiedAddress(table.sheetName, rect);
}

function tableAround(tables: readonly TableGeometry[], context: FormulaContext): TableGeometry | undefined {
  return tables.find(
    (table) => table.sheetName === context.sheetName && containsCell(table.rect, context.row, context.column),
  );
}

/** Rewrites every structured reference outside string literals; returns the formula unchanged when there is none. */
export function rewriteStructuredReferences(
  formula: string,
  tables: readonly TableGeometry[],
  context: FormulaContext,
): RewrittenFormula {
  const unresolved: string[] = [];
  let usesTables = false;
  const pieces = formula.split(/("(?:[^"]|"")*")/);
  const rewritten = pieces.map((piece, index) => {
    if (index % 2 === 1) return piece; // a string literal
    return piece.replace(REFERENCE, (match, tableName: string | undefined, specifier: string, offset: number) => {
      const before = piece[offset - 1];
      if (before !== undefined && /[\p{L}\p{N}_.!'\]]/u.test(before)) return match; // part of another token
      usesTables = true;
      const table = tableName
        ? tables.find((candidate) => sameName(candidate.name, tableName))
        : tableAround(tables, context);
      const selector = parseSelector(specifier.slice(1, -1));
      const address = table && selector ? resolve(table, selector, context) : undefined;
      if (address === undefined) unresolved.push(match);
      return address ?? match;
    });
  });
  return { formula: unresolved.length > 0 ? formula : rewritten.join(""), usesTables, unresolved };
}
