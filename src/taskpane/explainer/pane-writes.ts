/**
 * A signal from the pane's own inserts to the explainer: Excel raises no selection change when the pane writes into
 * the selected cell, so without it the explainer would keep saying the cell holds nothing.
 */
const listeners = new Set<() => void>();

/** Calls `listener` after each insert of the pane; returns the call that stops it. */
export function onPaneWrote(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Tells the explainer that the pane has just written cells (the selected one among them, as a rule). */
export function paneWrote(): void {
  for (const listener of listeners) listener();
}
