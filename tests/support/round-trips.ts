/**
 * Test-side instrumentation of the preview's Excel API: `logRoundTrips(excel)` wraps its `run` so that every
 * Excel.run the add-in makes is logged with its round-trips (each `context.sync()`, and the final one Excel.run makes
 * for work left queued), what each sent (cells written through values, formulas or number formats, and the bytes of
 * that data as JSON) and the error the run ended with. Self-contained (no imports, nothing outside the function), so
 * the browser tests install the very same function in the page.
 */

export interface SentRequest {
  /** Cells whose values, formulas or number formats the round-trip wrote. */
  cellsWritten: number;
  /** Bytes of the JSON of the data it wrote: what Excel on the web holds to 5 MB a request. */
  payloadBytes: number;
}

export interface LoggedRun {
  /** One entry per round-trip, the final one included. */
  roundTrips: SentRequest[];
  /** Whether Excel.run had to send work the batch function left queued (a round-trip the code did not ask for). */
  finalSync: boolean;
  /** The code and message of the error the run ended with. */
  error?: string;
}

export interface RoundTripLog {
  runs: LoggedRun[];
}

interface InstrumentedContext {
  pending: readonly { payload?: unknown }[];
  sync(value?: unknown): Promise<unknown>;
}

/** Any `Excel` whose contexts show what they are about to send (the preview's). */
interface RunnableExcel {
  run(batch: never): Promise<unknown>;
}

type InstrumentedRun = (batch: (context: InstrumentedContext) => unknown) => Promise<unknown>;

export function logRoundTrips(excel: RunnableExcel): RoundTripLog {
  const log: RoundTripLog = { runs: [] };
  const encoder = new TextEncoder();
  const cellsOf = (payload: unknown): number =>
    Array.isArray(payload) ? payload.reduce((n: number, row) => n + (Array.isArray(row) ? row.length : 1), 0) : 1;
  const sent = (context: InstrumentedContext): SentRequest => {
    let cellsWritten = 0;
    let payloadBytes = 0;
    for (const request of context.pending) {
      if (request.payload === undefined) continue;
      cellsWritten += cellsOf(request.payload);
      payloadBytes += encoder.encode(JSON.stringify(request.payload)).length;
    }
    return { cellsWritten, payloadBytes };
  };
  const run = excel.run.bind(excel) as unknown as InstrumentedRun;
  const instrumented: InstrumentedRun = (batch) =>
    run(async (context) => {
      const entry: LoggedRun = { roundTrips: [], finalSync: false };
      log.runs.push(entry);
      const sync = context.sync.bind(context);
      context.sync = (value?: unknown) => {
        entry.roundTrips.push(sent(context));
        return sync(value);
      };
      try {
        const result = await batch(context);
        if (context.pending.length > 0) {
          entry.roundTrips.push(sent(context));
          entry.finalSync = true;
        }
        return result;
      } catch (error) {
        const { code, name, message } = error as { code?: string; name?: string; message?: string };
        entry.error = `${code ?? name ?? "Error"}: ${message ?? String(error)}`;
        throw error;
      }
    });
  excel.run = instrumented as RunnableExcel["run"];
  return log;
}
