/**
 * The request context of the preview's Excel API: proxies queue their writes, reads and lookups here, and
 * `sync()` runs the queue in order against the workbook (as one round-trip to Excel would), stops at the first
 * failure and rejects with the OfficeExtension.Error Excel would give. What is queued can be looked at before it is
 * sent (`pending`), with the data each write carries.
 */
import type { CellRect } from "../../excel-rules/a1";
import type { PreviewWorkbook } from "../workbook/workbook";
import type { LoadArgument } from "./load-paths";
import { asOfficeError, ERROR_CODES, OfficeExtensionError } from "./errors";

/** One queued operation as it goes to the workbook: where it was queued and the data it writes, if any. */
export interface QueuedRequest {
  location: string;
  /** The 2-D array a `values`, `formulas` or `numberFormat` write sends. */
  payload?: unknown;
}

interface QueuedAction extends QueuedRequest {
  run: () => void;
}

/** What a Range proxy stands for once its lookup ran: a rectangle of cells on a sheet. */
export interface RangeTarget {
  sheetId: number;
  rect: CellRect;
}

/**
 * Proxies that a proxy's own module cannot make without an import cycle: a Range gives the Tables it overlaps, and
 * a Table gives Ranges. The `Excel` global (excel-global.ts) provides them.
 */
export interface ProxyFactories {
  tablesOf(
    context: PreviewRequestContext,
    location: string,
    range: () => RangeTarget,
    fullyContained: boolean,
  ): ScopedTables;
}

/** Range.getTables' collection, as far as the Range's own module needs to know it. */
export interface ScopedTables {
  load(argument?: LoadArgument): ScopedTables;
  readonly items: readonly { readonly name: string }[];
}

export interface SyncOptions {
  /** Simulated round-trip time; 0 still yields to the event loop like a real round-trip. */
  latencyMs: number;
}

export class PreviewRequestContext {
  private queue: QueuedAction[] = [];
  /** office.js API; the preview's proxies never go stale, so tracking is a no-op. */
  readonly trackedObjects = { add: () => undefined, remove: () => undefined };
  private closed = false;

  constructor(
    readonly previewWorkbook: PreviewWorkbook,
    private readonly options: SyncOptions,
    readonly proxies: ProxyFactories,
  ) {}

  enqueue(location: string, run: () => void, payload?: unknown): void {
    if (this.closed) {
      throw new OfficeExtensionError(
        ERROR_CODES.invalidRequestContext,
        "The request context was used after its Excel.run finished.",
        location,
      );
    }
    this.queue.push(payload === undefined ? { run, location } : { run, location, payload });
  }

  /** What the next round-trip would send, in queue order. */
  get pending(): readonly QueuedRequest[] {
    return this.queue.map(({ location, payload }) => (payload === undefined ? { location } : { location, payload }));
  }

  /** Runs the queue; resolves with `passThroughValue`, as office.js does. */
  async sync<T>(passThroughValue?: T): Promise<T> {
    await this.roundTrip();
    return passThroughValue as T;
  }

  /** Sends what the batch function left queued, as Excel.run does when the function returns. */
  async finish(): Promise<void> {
    if (this.queue.length > 0) await this.roundTrip();
    this.closed = true;
  }

  private async roundTrip(): Promise<void> {
    const actions = this.queue;
    this.queue = [];
    await new Promise((resolve) => setTimeout(resolve, this.options.latencyMs));
    this.previewWorkbook.batch(() => {
      for (const action of actions) {
        try {
          action.run();
        } catch (error) {
          throw asOfficeError(error, action.location);
        }
      }
    });
  }
}
