/**
 * One `Excel.run` per action, counting its `context.sync()` calls so every result can report its round-trips,
 * and turning the failures the pane can explain into `ExcelActionError`s with a code.
 */

/** Failures an action recognises; the pane shows each with what to do. Anything else passes through unchanged. */
export type ExcelActionErrorCode = "noChart" | "selectionUnusable";

export class ExcelActionError extends Error {
  constructor(
    readonly code: ExcelActionErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "ExcelActionError";
  }
}

/** Runs `work` in one Excel.run and adds how many times it called `context.sync()`. */
export async function runCounted<T extends object>(
  work: (context: Excel.RequestContext) => Promise<T>,
): Promise<T & { syncs: number }> {
  return Excel.run(async (context) => {
    let syncs = 0;
    const sync = context.sync.bind(context);
    context.sync = ((passThroughValue?: unknown) => {
      syncs++;
      return sync(passThroughValue);
    }) as typeof context.sync;
    const result = await work(context);
    return { ...result, syncs };
  });
}

/** The `code` of an Office error (`InvalidArgument`, `AccessDenied` …), or undefined. */
export function officeErrorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
}
