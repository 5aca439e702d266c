/**
 * The analyst's selection as the pane follows it: where it is now, and a call on every change. One registration of
 * Excel's selection event serves every listener for the page's life (the shared runtime outlives the pane), so
 * following and unfollowing is free; listeners skip their reads while the pane is hidden.
 */

/** A selection: the worksheet's id and the selected range's address on it (A1 form, no sheet name). */
export interface SelectionChange {
  worksheetId: string;
  address: string;
}

/** The selected range now, with its sheet: `Sheet1!B2:B26`, quoted where Excel quotes sheet names. */
export async function selectedAddress(): Promise<string> {
  return Excel.run(async (context) => {
    const range = context.workbook.getSelectedRange().load("address");
    await context.sync();
    return range.address;
  });
}

type Listener = (change: SelectionChange) => void;

const listeners = new Set<Listener>();
let registration: Promise<void> | null = null;

function registerOnce(): Promise<void> {
  registration ??= Excel.run(async (context) => {
    context.workbook.worksheets.onSelectionChanged.add(async (event) => {
      const change = { worksheetId: event.worksheetId, address: event.address };
      for (const listener of [...listeners]) listener(change);
    });
    await context.sync();
  }).catch((error: unknown) => {
    registration = null;
    throw error;
  });
  return registration;
}

/**
 * Calls `listener` after each change of selection until the returned function is called. Rejects when the host
 * cannot report selection changes (ExcelApi 1.9), so the caller can say so instead of silently showing nothing.
 */
export async function followSelection(listener: Listener): Promise<() => void> {
  listeners.add(listener);
  try {
    await registerOnce();
  } catch (error) {
    listeners.delete(listener);
    throw error;
  }
  return () => listeners.delete(listener);
}
