/**
 * Actions that add worksheets (a dataset on a new sheet, the report model, values copies) in ONE `context.sync()`: the names are
 * chosen from the names cache (the pane read them when it opened) and everything is queued in one batch whose first
 * operations are the `worksheets.add(name)` calls, so a name taken meanwhile fails the batch before anything is
 * written (Excel stops a batch at its first error). Each new sheet gets a random tab colour at once, cleared at the
 * end of the batch: when a later step fails (a table name taken meanwhile), the sheets carrying that colour are
 * certainly this action's, and only those are deleted. The rare stale path: the failed batch, one read of the names
 * (with tab colours), and the retry with fresh names that first deletes our half-built sheets: 3 syncs. Without a
 * cache: one read, then the batch (2).
 */
import { nameKey } from "../excel-rules/names";
import { knownWorkbookNames, rememberCreated, rememberWorkbookNames, type WorkbookNames } from "./names-cache";
import { loadNames, namesRead, type SheetRead } from "./workbook-names";

export interface NewNames {
  /** The worksheets the action adds, in the order it adds them. */
  sheets: string[];
  tables: string[];
}

/** How a new sheet is made: empty (the default), or as a copy of a sheet placed after it (Worksheet.copy). */
export interface NewSheetOptions {
  copyOf?: Excel.Worksheet;
  /** Its tab colour once the batch is done ("" for Excel's automatic colour, the default). */
  tabColor?: string;
}

export type AddSheet = (name: string, options?: NewSheetOptions) => Excel.Worksheet;

export interface NewSheetsAction<Chosen extends NewNames> {
  /** Unique names for what the action adds, given the names in use. */
  choose(inUse: WorkbookNames): Chosen;
  /**
   * Queues the action's whole batch. `addSheet` adds one of `chosen.sheets`: call it for every sheet before
   * queueing anything else that can fail (tables, names), and write values only after tables are named.
   */
  queue(context: Excel.RequestContext, chosen: Chosen, addSheet: AddSheet): void;
}

/** A colour no sheet of the analyst's is likely to have: 24 random bits, as Excel writes tab colours (#RRGGBB). */
function markerColour(): string {
  const bytes = new Uint8Array(3);
  globalThis.crypto.getRandomValues(bytes);
  return `#${[...bytes].map((byte) => byte.toString(16).padStart(2, "0")).join("")}`.toUpperCase();
}

function sameColour(loaded: string | null | undefined, marker: string): boolean {
  return typeof loaded === "string" && loaded.replace(/^#/, "").toUpperCase() === marker.replace(/^#/, "");
}

async function namesInUse(context: Excel.RequestContext): Promise<WorkbookNames> {
  const known = knownWorkbookNames();
  if (known) return known;
  const loaded = loadNames(context);
  await context.sync();
  return namesRead(loaded);
}

/** Whether a name the action chose is now taken by something that is not the action's own. */
function collides(chosen: NewNames, others: WorkbookNames): boolean {
  const sheets = new Set(others.sheets.map((sheet) => nameKey(sheet.name)));
  const tables = new Set(others.tables.map(nameKey));
  return (
    chosen.sheets.some((name) => sheets.has(nameKey(name))) || chosen.tables.some((name) => tables.has(nameKey(name)))
  );
}

interface Attempt<Chosen> {
  chosen: Chosen;
  marker: string;
  added: { sheet: Excel.Worksheet; tabColor: string }[];
}

/**
 * Adds one sheet, marked with the attempt's colour before it gets its name: a copy is made under Excel's own name
 * ("Model (2)") and renamed, so a refused name fails the batch on a sheet that is already marked as ours.
 */
function addMarkedSheet(
  context: Excel.RequestContext,
  name: string,
  marker: string,
  options: NewSheetOptions,
): Excel.Worksheet {
  if (!options.copyOf) {
    const sheet = context.workbook.worksheets.add(name);
    sheet.tabColor = marker;
    return sheet;
  }
  const sheet = options.copyOf.copy("After", options.copyOf);
  sheet.tabColor = marker;
  sheet.name = name;
  return sheet;
}

/** Queues one attempt: deletes `leftovers` (our own sheets from a failed attempt) first, then the action. */
function queueAttempt<Chosen extends NewNames>(
  context: Excel.RequestContext,
  action: NewSheetsAction<Chosen>,
  inUse: WorkbookNames,
  leftovers: SheetRead[],
): Attempt<Chosen> {
  const attempt: Attempt<Chosen> = { chosen: action.choose(inUse), marker: markerColour(), added: [] };
  for (const sheet of leftovers) context.workbook.worksheets.getItem(sheet.id).delete();
  action.queue(context, attempt.chosen, (name, options = {}) => {
    const sheet = addMarkedSheet(context, name, attempt.marker, options);
    sheet.load("id");
    attempt.added.push({ sheet, tabColor: options.tabColor ?? "" });
    return sheet;
  });
  for (const { sheet, tabColor } of attempt.added) sheet.tabColor = tabColor;
  return attempt;
}

/** After a failed batch: the names now in use, and which sheets are ours (the failed attempt's tab colour). */
async function afterFailure(context: Excel.RequestContext, marker: string, failure: unknown) {
  const loaded = loadNames(context, { tabColors: true });
  try {
    await context.sync();
  } catch {
    throw failure;
  }
  const fresh = namesRead(loaded);
  const ours = fresh.sheets.filter((sheet) => sameColour(sheet.tabColor, marker));
  const others: WorkbookNames = { sheets: fresh.sheets.filter((sheet) => !ours.includes(sheet)), tables: fresh.tables };
  return { ours, others };
}

/** Deletes the action's half-built sheets after a failure that was not about names, then reports that failure. */
async function cleanUpAndThrow(context: Excel.RequestContext, ours: SheetRead[], failure: unknown): Promise<never> {
  if (ours.length > 0) {
    for (const sheet of ours) context.workbook.worksheets.getItem(sheet.id).delete();
    await context.sync().catch(() => undefined);
  }
  throw failure;
}

/** Runs `action` (see the module comment); returns the names it used, once everything is written. */
export async function addSheetsInOneBatch<Chosen extends NewNames>(
  context: Excel.RequestContext,
  action: NewSheetsAction<Chosen>,
): Promise<Chosen> {
  let attempt = queueAttempt(context, action, await namesInUse(context), []);
  try {
    await context.sync();
  } catch (failure) {
    const { ours, others } = await afterFailure(context, attempt.marker, failure);
    if (!collides(attempt.chosen, others)) return cleanUpAndThrow(context, ours, failure);
    attempt = queueAttempt(context, action, others, ours);
    await context.sync();
    rememberWorkbookNames({ sheets: others.sheets.map(({ name, id }) => ({ name, id })), tables: others.tables });
  }
  rememberCreated({
    sheets: attempt.chosen.sheets.map((name, i) => ({ name, id: attempt.added[i]?.sheet.id })),
    tables: attempt.chosen.tables,
  });
  return attempt.chosen;
}
