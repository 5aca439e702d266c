/**
 * Loads src/functions the way Excel does and returns what CustomFunctions.associate registered; with `dataTypes`,
 * in an Excel that answers the functions' start-up question (ExcelApi 1.16) with yes or no at once, with `office`
 * under that Office global (absent: none, as in Node).
 */
import { officeAnswering } from "./data-types";

type Registered = (...args: unknown[]) => unknown;

interface StubbedCustomFunctions {
  associate(id: string, fn: Registered): void;
}

export function registeredFunctions(options: { dataTypes?: boolean; office?: object } = {}): Map<string, Registered> {
  const registry = new Map<string, Registered>();
  const runtime = (globalThis as unknown as { CustomFunctions: StubbedCustomFunctions }).CustomFunctions;
  const original = runtime.associate;
  const holder = globalThis as { Office?: unknown };
  const hadOffice = "Office" in holder;
  const office = holder.Office;
  if (options.dataTypes !== undefined) holder.Office = officeAnswering(options.dataTypes);
  if (options.office) holder.Office = options.office;
  runtime.associate = (id, fn) => registry.set(id, fn);
  try {
    jest.isolateModules(() => {
      // A fresh require per call, so that the module's associate() calls run again into this registry.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      require("../../src/functions/functions");
    });
  } finally {
    runtime.associate = original;
    if (hadOffice) holder.Office = office;
    else delete holder.Office;
  }
  return registry;
}

/** Calls a registered function and returns its value, or the CustomFunctions.Error it threw. */
export function callRegistered(registry: Map<string, Registered>, id: string, ...args: unknown[]): unknown {
  return outcomeOf(registry, id, ...args).value;
}

/** Calls a registered function and tells a returned value from a thrown one. */
export function outcomeOf(
  registry: Map<string, Registered>,
  id: string,
  ...args: unknown[]
): { threw: boolean; value: unknown } {
  const fn = registry.get(id);
  if (!fn) throw new Error(`${id} was not registered`);
  try {
    return { threw: false, value: fn(...args) };
  } catch (error) {
    return { threw: true, value: error };
  }
}
