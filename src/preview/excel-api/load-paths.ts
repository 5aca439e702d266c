/**
 * The arguments of `load()` as office.js accepts them ("values, address", ["items/name"], { select, expand },
 * or option objects like { values: true, format: { font: { bold: true } } }), turned into a list of paths.
 */

export type LoadArgument =
  string | string[] | { select?: string; expand?: string } | Record<string, unknown> | undefined;

function fromOptions(options: Record<string, unknown>, prefix: string): string[] {
  return Object.entries(options).flatMap(([key, value]) => {
    if (key.startsWith("$")) return key === "$all" && value ? [`${prefix}*`] : [];
    if (value === true) return [`${prefix}${key}`];
    if (typeof value === "object" && value !== null)
      return fromOptions(value as Record<string, unknown>, `${prefix}${key}/`);
    return [];
  });
}

function splitList(list: string): string[] {
  return list
    .split(",")
    .map((path) => path.trim())
    .filter((path) => path !== "");
}

/** "*" stands for every scalar property (load() without arguments). */
export function loadPaths(argument: LoadArgument): string[] {
  if (argument === undefined || argument === null) return ["*"];
  if (typeof argument === "string") return splitList(argument);
  if (Array.isArray(argument)) return argument.flatMap(splitList);
  if ("select" in argument || "expand" in argument) {
    const { select, expand } = argument as { select?: string; expand?: string };
    return [...splitList(select ?? ""), ...splitList(expand ?? "").map((path) => `${path}/*`)];
  }
  return fromOptions(argument, "");
}
