/**
 * Runs Excel custom functions (what CustomFunctions.associate received, described by functions.json) inside
 * HyperFormula as `AMC.<ID>`: ranges become 2-D arrays (blank → null), results come back as numbers, text,
 * booleans, spilled arrays, or HyperFormula errors carrying the CustomFunctions.Error's type and message.
 * No DOM: the preview uses it in the browser, the benchmarks and tests in Node.
 *
 * Arguments: error cells reach the function as CustomFunctions.Error objects (inside ranges too), so the
 * function decides, as in Excel. Scalar parameters get the cell's value as it is, whatever their declared type:
 * the functions layer coerces and names a bad argument in its own message, which is what the preview should
 * show (where Excel itself would refuse a typed argument before calling, it shows a bare #VALUE! instead).
 *
 * Data types: a formatted number or an entity card a function returns goes into the engine as its basic value (the
 * number, the card's text), so formulas reading the cell compute with that, as in Excel; the value itself is kept
 * in `richValues` (rich-values.ts) for the grid and for FIELDVALUE, the preview's Excel FIELDVALUE(value, field):
 * the workbook rewrites `=A2.Province` to `=FIELDVALUE(A2,"Province")`, since HyperFormula cannot parse the dot.
 *
 * Spills: HyperFormula reserves an array's area before evaluating it, from the function's
 * `sizeOfResultArrayMethod`, and then cuts or pads the result to that area. So the size method below calls the
 * function itself; when its arguments are not computed yet (a formula still being built), it falls back to the
 * last size seen, and `settleSpills` re-enters any formula whose evaluated result did not fit the reserved area.
 */
import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
  type ConfigParams,
  type FunctionArgument,
  type FunctionPluginDefinition,
  type ImplementedFunctions,
  type SimpleCellAddress,
} from "hyperformula";
import type { CustomFunctionImplementation } from "./custom-functions-shim";
import { basicValueOf, fieldOf, isTypedValue, RichValues, typedCellsOf } from "./rich-values";
import { FUNCTION_NAMESPACE, qualifiedName } from "../functions/namespace";

/** One parameter of functions.json. */
export interface ParameterMetadata {
  name: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
  repeating?: boolean;
}

/** One function of functions.json. */
export interface CustomFunctionMetadata {
  id: string;
  name: string;
  parameters?: ParameterMetadata[];
  result?: { type?: string; dimensionality?: string };
}

export interface CustomFunctionsMetadata {
  functions: CustomFunctionMetadata[];
}

/** A cell as a custom function receives it (an error cell as a CustomFunctions.Error object). */
export type CellInput = number | string | boolean | null | object;

/** What a HyperFormula function returns (the engine's InterpreterValue, minus its internal number subtypes). */
export type EngineValue = number | string | boolean | CellError | SimpleRangeValue | typeof EmptyValue;

interface ProcedureCall {
  procedureName: string;
  args: unknown[];
}

interface EvaluationState {
  formulaAddress: SimpleCellAddress;
  /** The formula's vertex while evaluating; an array formula's holds the area reserved for its result. */
  formulaVertex?: { array?: { size?: SpillSize } };
}

const EXCEL_TO_ENGINE_ERROR: Record<string, ErrorType> = {
  "#VALUE!": ErrorType.VALUE,
  "#N/A": ErrorType.NA,
  "#DIV/0!": ErrorType.DIV_BY_ZERO,
  "#NUM!": ErrorType.NUM,
  "#NAME?": ErrorType.NAME,
  "#REF!": ErrorType.REF,
};

const ENGINE_TO_EXCEL_ERROR: Partial<Record<ErrorType, string>> = Object.fromEntries(
  Object.entries(EXCEL_TO_ENGINE_ERROR).map(([code, type]) => [type, code]),
);

/** Thrown inside conversions to stop at the first error, which becomes the function's result. */
class ArgumentError {
  constructor(readonly error: CellError) {}
}

type ErrorConstructor = new (code: string, message?: string) => object;

/** The runtime's CustomFunctions.Error (the preview's shim, jest's stub), looked up when a call needs it. */
function runtimeErrorClass(): ErrorConstructor | undefined {
  return (globalThis as { CustomFunctions?: { Error?: ErrorConstructor } }).CustomFunctions?.Error;
}

/** An error cell as Excel hands it to a custom function; without a runtime, the error stops the call. */
function toErrorInput(error: CellError): object {
  const ErrorClass = runtimeErrorClass();
  if (!ErrorClass) throw new ArgumentError(error);
  const code = ENGINE_TO_EXCEL_ERROR[error.type];
  if (code) return new ErrorClass(code, error.message || undefined);
  return new ErrorClass("#VALUE!", `#${error.type}! ${error.message ?? ""}`.trim());
}

// ---------------------------------------------------------------------------------------------------------------
// Values in: HyperFormula → what Excel passes to a custom function
// ---------------------------------------------------------------------------------------------------------------

function isRichNumber(value: unknown): value is { val: number } {
  return typeof value === "object" && value !== null && typeof (value as { val?: unknown }).val === "number";
}

/** An engine value as a plain number, text, boolean or error (HyperFormula's rich numbers as their number). */
function unwrapped(value: unknown): unknown {
  return isRichNumber(value) ? value.val : value;
}

/** One engine cell as Excel passes it. */
function toCellInput(value: unknown): CellInput {
  // Plain numbers and text first: they are most cells, and each call converts whole ranges.
  if (typeof value === "number" || typeof value === "string") return value;
  if (value instanceof CellError) return toErrorInput(value);
  if (value === EmptyValue || value === undefined || value === null) return null;
  if (isRichNumber(value)) return value.val;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  throw new ArgumentError(new CellError(ErrorType.VALUE, `Unsupported cell value: ${String(value)}`));
}

/** A matrix parameter: a range as rows of cells, a single value as [[value]]. */
function toMatrixInput(value: unknown): CellInput[][] {
  if (!(value instanceof SimpleRangeValue)) return [[toCellInput(value)]];
  const data = value.data as unknown[][];
  let rows: unknown[][] | undefined;
  for (let r = 0; r < data.length; r++) {
    const row = data[r];
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (typeof cell === "number" || typeof cell === "string") continue;
      // A cell to convert: from here on, rows are copies (the engine's own arrays are never written to).
      rows ??= data.slice();
      if (rows[r] === row) rows[r] = row.slice();
      rows[r][c] = toCellInput(cell);
    }
  }
  // The engine builds a range's rows for this one argument value, and the functions only read their arguments
  // (tests/fuzz/every-function.test.ts checks that every call leaves them as they were).
  return (rows ?? data) as CellInput[][];
}

function toArgument(value: unknown, parameter: ParameterMetadata | undefined): unknown {
  if (value === undefined) return null; // an omitted optional argument: Excel passes null
  return parameter?.dimensionality === "matrix" ? toMatrixInput(value) : toCellInput(value);
}

/** The arguments of one call, repeating parameters gathered into an array as Excel does. */
function toArguments(values: readonly unknown[], parameters: readonly ParameterMetadata[]): unknown[] {
  const repeating = parameters.length > 0 && parameters[parameters.length - 1].repeating === true;
  if (!repeating) return values.map((value, index) => toArgument(value, parameters[index]));
  const fixed = parameters.length - 1;
  const last = parameters[fixed];
  return [
    ...values.slice(0, fixed).map((value, index) => toArgument(value, parameters[index])),
    values.slice(fixed).map((value) => toArgument(value, last)),
  ];
}

// ---------------------------------------------------------------------------------------------------------------
// Values out: what a custom function returned or threw → HyperFormula
// ---------------------------------------------------------------------------------------------------------------

interface ExcelErrorLike {
  code: string;
  message?: string;
}

/** CustomFunctions.Error, whichever runtime (Excel's, the preview's shim, jest's stub) made it. */
function isCustomFunctionError(value: unknown): value is ExcelErrorLike {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { code?: unknown }).code === "string" &&
    /^#[A-Z0-9/!?_]+$/.test((value as { code: string }).code)
  );
}

/** The engine error of the same type, carrying the message; Excel errors HyperFormula lacks (#NULL!) become #ERROR!. */
function toEngineError(error: ExcelErrorLike): CellError {
  const type = EXCEL_TO_ENGINE_ERROR[error.code];
  const message = error.message || undefined;
  if (type) return new CellError(type, message);
  return new CellError(ErrorType.ERROR, message ? `${error.code} ${message}` : error.code);
}

function valueError(functionName: string, problem: string): CellError {
  return new CellError(ErrorType.VALUE, `${functionName}: ${problem}`);
}

function toEngineScalar(value: unknown, functionName: string): EngineValue {
  if (isCustomFunctionError(value)) return toEngineError(value);
  if (isTypedValue(value)) {
    const basic = basicValueOf(value);
    if (basic === undefined)
      return valueError(functionName, `returned a ${value.type} value, which the preview cannot show`);
    return toEngineScalar(basic, functionName);
  }
  if (value === null || value === undefined) return EmptyValue;
  if (typeof value === "number") {
    return Number.isFinite(value) ? value : new CellError(ErrorType.NUM, `${functionName} returned ${value}`);
  }
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return valueError(functionName, "returned a Date; Excel needs a serial number");
  if (typeof (value as { then?: unknown }).then === "function") {
    return new CellError(ErrorType.NA, `${functionName}: asynchronous results are not supported by the preview`);
  }
  return valueError(functionName, `returned an unsupported value (${Object.prototype.toString.call(value)})`);
}

/** Rows × columns of a rectangular, non-empty 2-D array; undefined for anything else. */
function matrixShape(value: unknown): { rows: number; columns: number } | undefined {
  if (!Array.isArray(value) || value.length === 0 || !value.every(Array.isArray)) return undefined;
  const columns = (value[0] as unknown[]).length;
  if (columns === 0 || !value.every((row: unknown[]) => row.length === columns)) return undefined;
  return { rows: value.length, columns };
}

function toEngineMatrix(value: unknown[], functionName: string): EngineValue {
  const shape = matrixShape(value);
  if (!shape) return valueError(functionName, "returned an array that is not a non-empty rectangular 2-D array");
  const rows = (value as unknown[][]).map((row) =>
    row.map((cell) =>
      Array.isArray(cell) ? valueError(functionName, "nested array") : toEngineScalar(cell, functionName),
    ),
  );
  if (shape.rows === 1 && shape.columns === 1) return rows[0][0] as EngineValue;
  return SimpleRangeValue.onlyValues(rows as never);
}

/** A custom function's return value in the engine; arrays only where functions.json declares a matrix result. */
function toEngineResult(value: unknown, metadata: CustomFunctionMetadata): EngineValue {
  const functionName = qualifiedName(metadata.name);
  if (!Array.isArray(value)) return toEngineScalar(value, functionName);
  if (metadata.result?.dimensionality !== "matrix") {
    return valueError(functionName, "returned an array but functions.json declares a scalar result");
  }
  return toEngineMatrix(value, functionName);
}

/** What Excel shows when the function throws: its CustomFunctions.Error, or #VALUE! for anything else. */
function thrownToEngineError(thrown: unknown, metadata: CustomFunctionMetadata): CellError {
  if (isCustomFunctionError(thrown)) return toEngineError(thrown);
  const detail = thrown instanceof Error ? thrown.message : String(thrown);
  return valueError(qualifiedName(metadata.name), `unhandled exception: ${detail}`);
}

/** Calls the implementation with Excel's argument shapes and converts the outcome, never throwing. */
function invokeCustomFunction(
  implementation: CustomFunctionImplementation,
  metadata: CustomFunctionMetadata,
  values: readonly unknown[],
  returned: (value: unknown) => void = () => undefined,
): EngineValue {
  let args: unknown[];
  try {
    args = toArguments(values, metadata.parameters ?? []);
  } catch (error) {
    if (error instanceof ArgumentError) return error.error;
    throw error;
  }
  try {
    const value = implementation(...args);
    returned(value);
    return toEngineResult(value, metadata);
  } catch (thrown) {
    returned(undefined);
    return thrownToEngineError(thrown, metadata);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Spill sizes
// ---------------------------------------------------------------------------------------------------------------

interface SpillSize {
  width: number;
  height: number;
}

function sizeOf(value: EngineValue): SpillSize {
  return value instanceof SimpleRangeValue ? { width: value.width(), height: value.height() } : { width: 1, height: 1 };
}

/**
 * A result cut to the area HyperFormula reserved for the formula: a bigger array would make the engine throw
 * ("Resizing to smaller array"). The full size is recorded, so settleSpills re-enters the formula to grow it.
 */
function fitToReservedArea(value: EngineValue, state: EvaluationState): EngineValue {
  const reserved = state.formulaVertex?.array?.size;
  if (!(value instanceof SimpleRangeValue) || !reserved) return value;
  if (value.width() <= reserved.width && value.height() <= reserved.height) return value;
  const rows = value.data.slice(0, reserved.height).map((row) => row.slice(0, reserved.width));
  return SimpleRangeValue.onlyValues(rows);
}

function spillKey(address: SimpleCellAddress, id: string): string {
  return `${address.sheet}:${address.row}:${address.col}:${id}`;
}

/** The areas HyperFormula reserved for spilling functions and the sizes their results actually had. */
export class SpillTracker {
  private readonly reserved = new Map<string, SpillSize & { address: SimpleCellAddress }>();
  private readonly evaluatedSinceSettle = new Map<string, SpillSize>();
  private readonly lastEvaluated = new Map<string, SpillSize>();

  recordReservation(address: SimpleCellAddress, id: string, size: SpillSize): void {
    this.reserved.set(spillKey(address, id), { ...size, address: { ...address } });
  }

  recordEvaluation(address: SimpleCellAddress, id: string, size: SpillSize): void {
    const key = spillKey(address, id);
    this.evaluatedSinceSettle.set(key, size);
    this.lastEvaluated.set(key, size);
  }

  lastEvaluatedSize(address: SimpleCellAddress, id: string): SpillSize | undefined {
    return this.lastEvaluated.get(spillKey(address, id));
  }

  /** Formula cells whose result did not have the size reserved for it, since the last call. */
  takeMisfits(): SimpleCellAddress[] {
    const misfits: SimpleCellAddress[] = [];
    for (const [key, size] of this.evaluatedSinceSettle) {
      const reserved = this.reserved.get(key);
      if (reserved && (reserved.width !== size.width || reserved.height !== size.height))
        misfits.push(reserved.address);
    }
    this.evaluatedSinceSettle.clear();
    return misfits;
  }
}

/**
 * Re-enters every formula whose spilled result did not fit the area reserved for it, so HyperFormula sizes it
 * again now that its arguments are computed. Returns how many formulas were re-entered.
 */
export function settleSpills(hf: HyperFormula, tracker: SpillTracker, maxPasses = 4): number {
  let reentered = 0;
  for (let pass = 0; pass < maxPasses; pass += 1) {
    const misfits = tracker.takeMisfits().filter((address) => hf.doesCellHaveFormula(address));
    if (misfits.length === 0) break;
    hf.batch(() => {
      for (const address of misfits) hf.setCellContents(address, [[hf.getCellFormula(address) ?? null]]);
    });
    reentered += misfits.length;
  }
  return reentered;
}

// ---------------------------------------------------------------------------------------------------------------
// The HyperFormula plugin
// ---------------------------------------------------------------------------------------------------------------

function engineArgument(parameter: ParameterMetadata): FunctionArgument {
  const argumentType = parameter.dimensionality === "matrix" ? FunctionArgumentType.ANY : FunctionArgumentType.SCALAR;
  return parameter.optional || parameter.repeating ? { argumentType, optionalArg: true } : { argumentType };
}

function engineMetadata(metadata: CustomFunctionMetadata): ImplementedFunctions[string] {
  const parameters = metadata.parameters ?? [];
  const spills = metadata.result?.dimensionality === "matrix";
  return {
    method: "callCustomFunction",
    parameters: parameters.map(engineArgument),
    ...(parameters.at(-1)?.repeating ? { repeatLastArgs: 1 } : {}),
    ...(spills ? { sizeOfResultArrayMethod: "sizeOfCustomFunctionResult", vectorizationForbidden: true } : {}),
  };
}

interface RegisteredFunction {
  metadata: CustomFunctionMetadata;
  implementation: CustomFunctionImplementation;
}

/** Excel's FIELDVALUE(value, field_name): a field of the card in a cell, as `=A2.Province` reads it. */
export const FIELDVALUE = "FIELDVALUE";

/** Excel's error for a field a card does not have; HyperFormula has no such error, so it rides in the message. */
export const FIELD_ERROR = "#FIELD!";

export interface BridgeOptions {
  /** The namespace the manifest declares; formulas call `<namespace>.<ID>`. */
  namespace?: string;
}

export interface AmcFunctionPlugin {
  plugin: FunctionPluginDefinition;
  /** HyperFormula's translation package: every function under its own name, in English. */
  translations: Record<string, Record<string, string>>;
  /** The formula names, e.g. "AMC.NETFINANCING". */
  names: string[];
  /** functions.json entries that have no associated implementation (Excel would show #NAME? or #BUSY!). */
  unassociated: string[];
  spills: SpillTracker;
  /** The formatted numbers and cards in the cells, beside their basic values in the engine. */
  richValues: RichValues;
}

/** A cell reference in a formula's syntax tree, as the address it points at from the formula's cell. */
function referencedCell(ast: unknown, base: SimpleCellAddress): SimpleCellAddress | undefined {
  const node = ast as {
    type?: string;
    reference?: { toSimpleCellAddress(base: SimpleCellAddress): SimpleCellAddress };
  };
  return node?.type === "CELL_REFERENCE" && node.reference ? node.reference.toSimpleCellAddress(base) : undefined;
}

const fieldError = (problem: string) => new CellError(ErrorType.VALUE, `${FIELD_ERROR} ${problem}`);

/** An engine error as Excel shows it: its code (#FIELD! too, which rides in the message) and its message. */
export function excelError(error: { value: string; message: string }): { code: string; message: string } {
  if (!error.message.startsWith(FIELD_ERROR)) return { code: error.value, message: error.message };
  return { code: FIELD_ERROR, message: error.message.slice(FIELD_ERROR.length).trim() };
}

/** Builds (without registering) a HyperFormula plugin for the associated functions that functions.json describes. */
function createAmcFunctionPlugin(
  implementations: ReadonlyMap<string, CustomFunctionImplementation>,
  metadata: CustomFunctionsMetadata,
  options: BridgeOptions = {},
): AmcFunctionPlugin {
  const namespace = options.namespace ?? FUNCTION_NAMESPACE;
  const functions = new Map<string, RegisteredFunction>();
  const unassociated: string[] = [];
  for (const entry of metadata.functions) {
    const implementation = implementations.get(entry.id.toUpperCase());
    if (implementation) functions.set(`${namespace}.${entry.id.toUpperCase()}`, { metadata: entry, implementation });
    else unassociated.push(entry.id);
  }
  const spills = new SpillTracker();
  const richValues = new RichValues();
  const aliases = Object.fromEntries(
    [...functions]
      .filter(([, registered]) => registered.metadata.name.toUpperCase() !== registered.metadata.id.toUpperCase())
      .map(([name, registered]) => [`${namespace}.${registered.metadata.name.toUpperCase()}`, name]),
  );
  const canonical = (procedureName: string) => aliases[procedureName] ?? procedureName;

  class AmcCustomFunctions extends FunctionPlugin {
    static implementedFunctions: ImplementedFunctions = {
      ...Object.fromEntries([...functions].map(([name, registered]) => [name, engineMetadata(registered.metadata)])),
      [FIELDVALUE]: {
        method: "fieldValue",
        parameters: [{ argumentType: FunctionArgumentType.ANY }, { argumentType: FunctionArgumentType.STRING }],
      },
    };

    static aliases = aliases;

    callCustomFunction(ast: ProcedureCall, state: EvaluationState): EngineValue {
      const name = canonical(ast.procedureName);
      const registered = functions.get(name)!;
      return this.runFunction(ast.args as never, state as never, this.metadata(name), (...values) => {
        const result = invokeCustomFunction(registered.implementation, registered.metadata, values, (returned) =>
          richValues.record(state.formulaAddress, typedCellsOf(returned)),
        );
        if (registered.metadata.result?.dimensionality !== "matrix") return result as never;
        spills.recordEvaluation(state.formulaAddress, name, sizeOf(result));
        return fitToReservedArea(result, state) as never;
      }) as EngineValue;
    }

    /**
     * FIELDVALUE(cell, field): the field of the card the cell holds, as a formula reading it computes with it (a
     * formatted number's value, kept with its format in the field's own cell). A cell that holds no card, or a
     * card without that field, is #FIELD!; an error in the cell is the result.
     */
    fieldValue(ast: ProcedureCall, state: EvaluationState): EngineValue {
      if (ast.args.length !== 2) return new CellError(ErrorType.NA, "FIELDVALUE takes a cell and a field name");
      const [target, fieldArgument] = ast.args;
      const current = unwrapped(this.evaluateAst(target as never, state as never));
      if (current instanceof CellError) return current;
      const field = unwrapped(this.evaluateAst(fieldArgument as never, state as never));
      if (field instanceof CellError) return field;
      const address = referencedCell(target, state.formulaAddress);
      const card = address ? richValues.at(address, current) : undefined;
      if (card?.type !== "Entity") return fieldError("the cell holds no card (a data type), only a plain value");
      const property = fieldOf(card, String(field));
      if (property === undefined) {
        return fieldError(
          `the card has no field “${String(field)}”; its fields: ${Object.keys(card.properties ?? {}).join(", ")}`,
        );
      }
      richValues.record(state.formulaAddress, typedCellsOf(property));
      return toEngineScalar(property, FIELDVALUE);
    }

    sizeOfCustomFunctionResult(ast: ProcedureCall, state: EvaluationState): ArraySize {
      const name = canonical(ast.procedureName);
      const size =
        this.sizeByCalling(ast.args, state, name) ??
        spills.lastEvaluatedSize(state.formulaAddress, name) ??
        ({ width: 1, height: 1 } as SpillSize);
      spills.recordReservation(state.formulaAddress, name, size);
      return size.width === 1 && size.height === 1 ? ArraySize.scalar() : new ArraySize(size.width, size.height);
    }

    /** Evaluates the arguments and calls the function; undefined when an argument is not computed yet. */
    private sizeByCalling(args: unknown[], state: EvaluationState, name: string): SpillSize | undefined {
      const registered = functions.get(name)!;
      try {
        const declared = this.metadata(name).parameters ?? [];
        const values = args.map((arg, index) => {
          const value = this.evaluateAst(arg as never, state as never);
          const declaredType = declared[Math.min(index, declared.length - 1)];
          return declaredType && declaredType.argumentType !== FunctionArgumentType.ANY
            ? this.coerceToType(value, declaredType, state as never)
            : value;
        });
        return sizeOf(invokeCustomFunction(registered.implementation, registered.metadata, values));
      } catch {
        return undefined;
      }
    }
  }

  const names = [...functions.keys()];
  const aliasNames = Object.keys(aliases);
  const translations = {
    enGB: Object.fromEntries([...names, ...aliasNames, FIELDVALUE].map((name) => [name, name])),
  };
  return { plugin: AmcCustomFunctions, translations, names, unassociated, spills, richValues };
}

/**
 * Registers the functions with HyperFormula (globally: engines built afterwards see them), replacing any earlier
 * registration of the same names. Build engines with `useArrayArithmetic: true` for Excel's spill behaviour.
 */
export function registerAmcFunctions(
  implementations: ReadonlyMap<string, CustomFunctionImplementation>,
  metadata: CustomFunctionsMetadata,
  options: BridgeOptions = {},
): AmcFunctionPlugin {
  const created = createAmcFunctionPlugin(implementations, metadata, options);
  const registered = new Set(HyperFormula.getRegisteredFunctionNames("enGB"));
  for (const name of [...created.names, ...Object.keys(created.translations.enGB)]) {
    if (registered.has(name)) HyperFormula.unregisterFunction(name);
  }
  HyperFormula.registerFunctionPlugin(created.plugin, created.translations);
  return created;
}

/**
 * Builds an engine from sheets of raw contents and settles its spills: while HyperFormula builds, a spilling
 * formula can be sized before the cells below it exist, so every build must be followed by `settleSpills`.
 */
export function buildEngine(
  sheets: Record<string, unknown[][]>,
  plugin: Pick<AmcFunctionPlugin, "spills">,
  config: Partial<ConfigParams> = {},
): HyperFormula {
  const hf = HyperFormula.buildFromSheets(sheets as never, { ...excelLikeConfig(), ...config }, EXCEL_BOOLEAN_NAMES);
  settleSpills(hf, plugin.spills);
  return hf;
}

/**
 * Excel's TRUE and FALSE constants: HyperFormula knows only the functions TRUE() and FALSE() and reads a bare
 * TRUE as an unknown name (#NAME?), so engines that run Excel's formulas define the two names.
 */
export const EXCEL_BOOLEAN_NAMES = [
  { name: "TRUE", expression: "=TRUE()" },
  { name: "FALSE", expression: "=FALSE()" },
];

/** The configuration the preview and the tests use: Excel's array behaviour and its date system, no rounding. */
export function excelLikeConfig(): Partial<ConfigParams> {
  return {
    licenseKey: "gpl-v3",
    useArrayArithmetic: true,
    smartRounding: false,
    evaluateNullToZero: true,
    dateFormats: ["YYYY-MM-DD", "YYYY/MM/DD", "MM/DD/YYYY"],
  };
}
