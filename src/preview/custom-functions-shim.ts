/**
 * The `CustomFunctions` global that Excel's runtime provides, for running src/functions outside Excel: `associate`
 * records each function into a registry (the preview and the Node benchmarks read it), `Error` and `ErrorCode`
 * behave as Excel's. Install it before src/functions/functions.ts is evaluated: the associate calls that the
 * metadata plugin's loader appends to that file run at import time.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type CustomFunctionImplementation = (...args: any[]) => unknown;

/** CustomFunctions.ErrorCode as the runtime defines it (the values are what Excel shows in the cell). */
export const CUSTOM_FUNCTION_ERROR_CODES = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

export type CustomFunctionErrorCode = (typeof CUSTOM_FUNCTION_ERROR_CODES)[keyof typeof CUSTOM_FUNCTION_ERROR_CODES];

export class CustomFunctionError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message);
    this.name = "CustomFunctions.Error";
  }
}

export interface CustomFunctionsShim {
  associate(id: string, implementation: CustomFunctionImplementation): void;
  associate(mappings: Record<string, CustomFunctionImplementation>): void;
  Error: typeof CustomFunctionError;
  ErrorCode: typeof CUSTOM_FUNCTION_ERROR_CODES;
  /** What associate() received, by id (upper case, as Excel matches ids case-insensitively). */
  readonly registry: ReadonlyMap<string, CustomFunctionImplementation>;
}

export function createCustomFunctionsShim(): CustomFunctionsShim {
  const registry = new Map<string, CustomFunctionImplementation>();
  const register = (id: string, implementation: unknown) => {
    if (typeof implementation !== "function") throw new TypeError(`CustomFunctions.associate("${id}"): not a function`);
    registry.set(id.toUpperCase(), implementation as CustomFunctionImplementation);
  };
  function associate(
    idOrMappings: string | Record<string, CustomFunctionImplementation>,
    implementation?: CustomFunctionImplementation,
  ): void {
    if (typeof idOrMappings === "string") register(idOrMappings, implementation);
    else for (const [id, fn] of Object.entries(idOrMappings)) register(id, fn);
  }
  return { associate, Error: CustomFunctionError, ErrorCode: CUSTOM_FUNCTION_ERROR_CODES, registry };
}

/** Sets globalThis.CustomFunctions to a fresh shim and returns it. */
export function installCustomFunctionsShim(target: object = globalThis): CustomFunctionsShim {
  const shim = createCustomFunctionsShim();
  (target as { CustomFunctions?: unknown }).CustomFunctions = shim;
  return shim;
}
