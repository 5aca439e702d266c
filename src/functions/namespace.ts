/**
 * The namespace of the add-in's functions in Excel (`AMC.TOP5SHARE`): defined once in namespace.json, which the
 * build scripts read too; the manifest's Functions.Namespace must say the same (tests/manifest checks it).
 */
import definition from "./namespace.json";

export const FUNCTION_NAMESPACE: string = definition.namespace;

/** A function's name as typed in a cell: `AMC.TOP5SHARE`. */
export function qualifiedName(name: string): string {
  return `${FUNCTION_NAMESPACE}.${name}`;
}
