/**
 * The request context of the preview's Excel API: proxies queue their writes, reads and lookups here, and
 * `sync()` runs the queue in order against the workbook (as one round-trip to Excel would), stops at the first
 * failure and rejects with the OfficeExtension.Error Excel would give. Every sync is counted, with the size of
 * what it would send, so that tests can hold the add-in to its round-trip and payload budgets.
 */
import type { PreviewWorkbook } from "../workbook/workbook";
import { asOfficeError, ERROR_CODES, OfficeExtensionError } from "./errors";

interface QueuedAction {
  run: () => void;
  location: string;
  payloadBytes: number;
}

/** One Excel.run: how many round-trips it took and what it sent. */
export interface RunRecord {
  /** context.sync() calls made by the code. */
  syncs: number;
  /** 1 when Excel.run had to send what was still queued when the batch function returned. */
  finalSync: number;
  actions: number;
  /** Approximate JSON size of the data written, per round-trip; the largest is what Excel on the web limits to 5 MB. */
  payloadBytes: number[];
  error?: string;
}

export interface SyncOptions {
  /** Simulated round-trip time; 0 still yields to the event loop like a real round-trip. */
  latencyMs: number;
}

export function payloadSize(value: unknown): number {
  try {
    return JSON.stringify(value)?.length ?? 0;
  } catch {
    return 0;
  }
}

export class PreviewRequestContext {
  private queue: QueuedAction[] = [];
  readonly record: RunRecord = { syncs: 0, finalSync: 0, actions: 0, payloadBytes: [] };
  /** office.js API; the preview's proxies never go stale, so tracking is a no-op. */
  readonly trackedObjects = { add: () => undefined, remove: () => undefined };
  private closed = false;

  constructor(
    readonly previewWorkbook: PreviewWorkbook,
    private readonly options: SyncOptions,
  ) {}

  enqueue(location: string, run: () => void, payload?: unknown): void {
    if (this.closed) {
      throw new OfficeExtensionError(
        ERROR_CODES.invalidRequestContext,
        "The request context was used after its Excel.run finished.",
        location,
      );
    }
    this.queue.push({ run, location, payloadBytes: payload === undefined ? 0 : payloadSize(payload) });
  }

  get pendingActions(): number {
    return this.queue.length;
  }

  /** Runs the queue; resolves with `passThroughValue`, as office.js does. */
  async sync<T>(passThroughValue?: T): Promise<T> {
    this.record.syncs += 1;
    await this.roundTrip();
    return passThroughValue as T;
  }

  /** Sends what the batch function left queued, as Excel.run does when the function returns. */
  async finish(): Promise<void> {
    if (this.queue.length > 0) {
      this.record.finalSync = 1;
      await this.roundTrip();
    }
    this.closed = true;
  }

  private async roundTrip(): Promise<void> {
    const actions = this.queue;
    this.queue = [];
    this.record.actions += actions.length;
    this.record.payloadBytes.push(actions.reduce((total, action) => total + action.payloadBytes, 0));
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
