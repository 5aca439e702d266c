/**
 * The files a webpack build will write, read from the webpack config without building: entries, HTML pages,
 * the metadata plugins' outputs and the copied files. Lets tests check the manifest against the build offline.
 */
import fs from "fs";
import path from "path";

interface PluginLike {
  constructor: { name: string };
  options?: { output?: string };
  patterns?: { from: string; to?: string }[];
  userOptions?: { filename?: string };
  output?: string;
  helpPage?: string;
}

type FileName = string | ((pathData: { chunk: { name: string } }) => string);

interface ConfigLike {
  entry: Record<string, unknown>;
  output?: { filename?: FileName };
  plugins: PluginLike[];
}

const ROOT = path.resolve(__dirname, "..");

function copiedFiles(patterns: { from: string; to?: string }[]): string[] {
  return patterns.flatMap(({ from, to }) => {
    const match = /^(.*)\/\*(\.\w+)$/.exec(from);
    if (!match) return [to ?? from];
    const [, folder, extension] = match;
    return fs
      .readdirSync(path.join(ROOT, folder))
      .filter((file) => file.endsWith(extension))
      .map((file) =>
        (to ?? `${folder}/[name][ext]`).replace("[name]", path.basename(file, extension)).replace("[ext]", extension),
      );
  });
}

function pluginOutputs(plugin: PluginLike): string[] {
  switch (plugin.constructor.name) {
    case "HtmlWebpackPlugin":
      return [plugin.userOptions?.filename ?? "index.html"];
    case "CustomFunctionsMetadataPlugin":
      return [plugin.options?.output ?? "functions.json"];
    case "LocalizedMetadataPlugin":
      return [plugin.output ?? "functions-zh-cn.json", plugin.helpPage ?? "help.html"];
    case "ThirdPartyNoticesPlugin":
      return [plugin.output ?? "THIRD-PARTY-NOTICES.txt"];
    case "CopyPlugin":
      return copiedFiles(plugin.patterns ?? []);
    default:
      return [];
  }
}

/** An entry's script as output.filename names it; a content hash stays a placeholder ("js/taskpane.[contenthash:20].js"). */
function entryScript(name: string, filename: FileName = "[name].js"): string {
  const template = typeof filename === "function" ? filename({ chunk: { name } }) : filename;
  return template.replace("[name]", name);
}

export function plannedOutputs(config: ConfigLike): Set<string> {
  const scripts = Object.keys(config.entry).map((name) => entryScript(name, config.output?.filename));
  return new Set([...scripts, ...config.plugins.flatMap(pluginOutputs)]);
}

/** The production webpack config, as `webpack --mode production` would see it. */
export async function productionConfig(): Promise<ConfigLike> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const makeConfig = require(path.join(ROOT, "webpack.config.js"));
  return makeConfig({}, { mode: "production" });
}
