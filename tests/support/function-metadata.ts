/** The AMC.* functions as functions.json describes them (the golden copy): ids and parameters, for generated calls. */
import fs from "fs";
import path from "path";

export interface ParameterMetadata {
  name: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
}

export interface FunctionMetadata {
  id: string;
  parameters: ParameterMetadata[];
  result: { type?: string; dimensionality?: string };
}

export const FUNCTION_METADATA: readonly FunctionMetadata[] = JSON.parse(
  fs.readFileSync(path.join(__dirname, "../golden/functions.json"), "utf8"),
).functions;

export const takesRange = (fn: FunctionMetadata) => fn.parameters.some((p) => p.dimensionality === "matrix");
