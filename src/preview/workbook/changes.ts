/** Tells the workbook's subscribers (the grid) that it changed: once per change, or once at the end of a batch. */

type Listener = () => void;

export class ChangeNotifier {
  private readonly listeners = new Set<Listener>();
  private changeVersion = 0;
  private quietDepth = 0;
  private changedWhileQuiet = false;

  /** Grows with every change; what the grid re-renders on. */
  get version(): number {
    return this.changeVersion;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Runs `change` and tells subscribers once, after it (nested calls tell once, at the end of the outermost). */
  batch<T>(change: () => T): T {
    this.quietDepth += 1;
    try {
      return change();
    } finally {
      this.quietDepth -= 1;
      if (this.quietDepth === 0 && this.changedWhileQuiet) {
        this.changedWhileQuiet = false;
        this.notify();
      }
    }
  }

  changed(): void {
    this.changeVersion += 1;
    if (this.quietDepth > 0) this.changedWhileQuiet = true;
    else this.notify();
  }

  private notify(): void {
    for (const listener of [...this.listeners]) listener();
  }
}
