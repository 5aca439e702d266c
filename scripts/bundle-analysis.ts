/**
 * `npm run bundle:analysis`: what each package contributes to the task pane's JavaScript, from the production
 * build's hidden source maps: the minified bytes each source maps to, grouped by package, and their share of the
 * chunk's gzip size (gzip shares are the minified shares applied to the chunk's gzip size: an estimate, since gzip
 * compresses across module boundaries). Run `npm run build` first.
 */
import fs from "fs";
import path from "path";
import zlib from "zlib";
import { SourceMapConsumer, type RawSourceMap } from "source-map";

const ROOT = path.resolve(__dirname, "..");
const DIST = path.join(ROOT, "dist");
const MAPS = path.join(ROOT, "dist-sourcemaps");

/** "react-dom", "@fluentui/react-tabs", or the first two folders of our own sources ("src/taskpane"). */
export function packageOf(source: string): string {
  const inModules = source.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (inModules) return inModules[1];
  const own = source.replace(/^webpack:\/\/[^/]*\//, "").replace(/^\.\//, "");
  return own.split("/").slice(0, 2).join("/");
}

/** Minified bytes of `code` attributed to each source of its map (the rest to "(webpack runtime)"). */
export function bytesBySource(code: string, map: RawSourceMap): Map<string, number> {
  const lines = code.split("\n");
  const consumer = new SourceMapConsumer(map);
  const bySource = new Map<string, number>();
  const add = (source: string, bytes: number) => bySource.set(source, (bySource.get(source) ?? 0) + bytes);
  let previous: { line: number; column: number; source: string | null } | null = null;
  const close = (line: number, column: number) => {
    if (!previous) return;
    const end = line === previous.line ? column : lines[previous.line - 1].length;
    add(previous.source ?? "(webpack runtime)", Math.max(0, end - previous.column));
  };
  consumer.eachMapping((mapping) => {
    close(mapping.generatedLine, mapping.generatedColumn);
    previous = { line: mapping.generatedLine, column: mapping.generatedColumn, source: mapping.source };
  });
  close(lines.length, lines[lines.length - 1].length);
  return bySource;
}

interface PackageShare {
  name: string;
  minified: number;
  gzipEstimate: number;
}

function analyse(chunk: string): { gzip: number; packages: PackageShare[] } {
  const code = fs.readFileSync(path.join(DIST, chunk), "utf8");
  const map = JSON.parse(fs.readFileSync(path.join(MAPS, `${chunk}.map`), "utf8")) as RawSourceMap;
  const gzip = zlib.gzipSync(code, { level: 9 }).length;
  const byPackage = new Map<string, number>();
  for (const [source, bytes] of bytesBySource(code, map)) {
    const name = packageOf(source);
    byPackage.set(name, (byPackage.get(name) ?? 0) + bytes);
  }
  const total = [...byPackage.values()].reduce((sum, bytes) => sum + bytes, 0);
  const packages = [...byPackage]
    .map(([name, minified]) => ({ name, minified, gzipEstimate: (minified / total) * gzip }))
    .sort((a, b) => b.minified - a.minified);
  return { gzip, packages };
}

/** The scripts taskpane.html loads itself, after functions.js: the pane's first JavaScript. */
function paneEntryChunks(): string[] {
  const html = fs.readFileSync(path.join(DIST, "taskpane.html"), "utf8");
  return [...html.matchAll(/<script[^>]*\bsrc=["']?([^"' >]+)/g)]
    .map((match) => match[1])
    .filter((src) => !/^https?:/.test(src) && src !== "functions.js");
}

function main(): void {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  for (const chunk of paneEntryChunks()) {
    const { gzip, packages } = analyse(chunk);
    console.log(`${chunk}: ${kb(gzip)} gzip\n`);
    console.log("| package | minified | gzip (est.) |\n|---|---:|---:|");
    for (const share of packages.filter((each) => each.gzipEstimate >= 512)) {
      console.log(`| ${share.name} | ${kb(share.minified)} | ${kb(share.gzipEstimate)} |`);
    }
    const rest = packages.filter((each) => each.gzipEstimate < 512);
    const restGzip = rest.reduce((sum, each) => sum + each.gzipEstimate, 0);
    console.log(`| ${rest.length} others | | ${kb(restGzip)} |\n`);
  }
}

if (require.main === module) main();
