/**
 * One production build shared by every test that needs built files (budgets, security greps, the runtime page):
 * built once into test-output/dist-prod and reused while the sources are unchanged, safe across jest workers.
 * Beside it, the files of every module webpack put in a chunk (what the build ships), and the script files of each
 * entry point and of each named chunk group (what a page or a dynamic import loads), read from its stats.
 */
import crypto from "crypto";
import fs from "fs";
import path from "path";
import webpack from "webpack";

const ROOT = path.resolve(__dirname, "../..");
export const PRODUCTION_DIST = path.join(ROOT, "test-output/dist-prod");
const HASH_FILE = path.join(PRODUCTION_DIST, ".source-hash");
export const PRODUCTION_MODULES = path.join(ROOT, "test-output/dist-prod-modules.json");
export const PRODUCTION_CHUNK_GROUPS = path.join(ROOT, "test-output/dist-prod-chunk-groups.json");
const LOCK_DIR = path.join(ROOT, "test-output/dist-prod.lock");
const INPUTS = ["src", "scripts/build", "assets", "webpack.config.js", "manifest.xml", "package-lock.json"];

function filesUnder(entry: string): string[] {
  const full = path.join(ROOT, entry);
  if (!fs.existsSync(full)) return [];
  if (fs.statSync(full).isFile()) return [entry];
  return fs
    .readdirSync(full)
    .sort()
    .flatMap((child) => filesUnder(path.join(entry, child)));
}

function sourceHash(): string {
  const hash = crypto.createHash("sha256");
  for (const file of INPUTS.flatMap(filesUnder)) {
    hash.update(file);
    hash.update(fs.readFileSync(path.join(ROOT, file)));
  }
  return hash.digest("hex");
}

function isFresh(hash: string): boolean {
  return (
    fs.existsSync(PRODUCTION_MODULES) &&
    fs.existsSync(PRODUCTION_CHUNK_GROUPS) &&
    fs.existsSync(HASH_FILE) &&
    fs.readFileSync(HASH_FILE, "utf8") === hash
  );
}

interface ModuleStats {
  nameForCondition?: string;
  chunks?: unknown[];
  modules?: ModuleStats[];
}

/** The files of the modules in the build's chunks, those webpack concatenated into one included. */
function shippedModuleFiles(stats: webpack.Stats): string[] {
  const { modules = [] } = stats.toJson({
    all: false,
    ids: true,
    modules: true,
    nestedModules: true,
    modulesSpace: Infinity,
    nestedModulesSpace: Infinity,
  });
  const files = new Set<string>();
  const visit = (module: ModuleStats) => {
    if (module.nameForCondition) files.add(module.nameForCondition);
    module.modules?.forEach(visit);
  };
  (modules as ModuleStats[]).filter((module) => (module.chunks ?? []).length > 0).forEach(visit);
  return [...files].sort();
}

/** The script files of each entry point and of each named chunk group (a `webpackChunkName`), in load order. */
export interface ChunkGroups {
  entrypoints: Record<string, string[]>;
  named: Record<string, string[]>;
}

function chunkGroupFiles(stats: webpack.Stats): ChunkGroups {
  const { entrypoints = {}, namedChunkGroups = {} } = stats.toJson({
    all: false,
    entrypoints: true,
    chunkGroups: true,
  });
  const scripts = (group: { assets?: { name: string }[] }) =>
    (group.assets ?? []).map((asset) => asset.name).filter((name) => name.endsWith(".js"));
  const each = (groups: Record<string, { assets?: { name: string }[] }>) =>
    Object.fromEntries(Object.entries(groups).map(([name, group]) => [name, scripts(group)]));
  return { entrypoints: each(entrypoints), named: each(namedChunkGroups) };
}

/** What the last production build's entry points and named chunk groups load (see productionBuild). */
export function productionChunkGroups(): ChunkGroups {
  return JSON.parse(fs.readFileSync(PRODUCTION_CHUNK_GROUPS, "utf8")) as ChunkGroups;
}

async function build(): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const makeConfig = require(path.join(ROOT, "webpack.config.js"));
  const config = await makeConfig({}, { mode: "production" });
  config.output.path = PRODUCTION_DIST;
  const stats = await new Promise<webpack.Stats>((resolve, reject) => {
    webpack(config, (error, result) => {
      if (error || !result) return reject(error ?? new Error("webpack returned no stats"));
      if (result.hasErrors()) return reject(new Error(result.toString({ all: false, errors: true })));
      resolve(result);
    });
  });
  fs.writeFileSync(PRODUCTION_MODULES, JSON.stringify(shippedModuleFiles(stats), null, 2));
  fs.writeFileSync(PRODUCTION_CHUNK_GROUPS, JSON.stringify(chunkGroupFiles(stats), null, 2));
}

function tryLock(): boolean {
  fs.mkdirSync(path.dirname(LOCK_DIR), { recursive: true });
  try {
    fs.mkdirSync(LOCK_DIR);
    return true;
  } catch {
    return false;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The folder of a production build of the current sources (building it first when needed). */
export async function productionBuild(timeoutMs = 240_000): Promise<string> {
  const hash = sourceHash();
  const deadline = Date.now() + timeoutMs;
  while (!isFresh(hash)) {
    if (tryLock()) {
      try {
        if (!isFresh(hash)) {
          await build();
          fs.writeFileSync(HASH_FILE, hash);
        }
      } finally {
        fs.rmSync(LOCK_DIR, { recursive: true, force: true });
      }
    } else {
      if (Date.now() > deadline) throw new Error(`timed out waiting for another worker's build (${LOCK_DIR})`);
      await sleep(500);
    }
  }
  return PRODUCTION_DIST;
}

/** The <script src> tags of a built page, in order, with whether the browser waits for them (blocking). */
export function pageScripts(html: string): { src: string; blocking: boolean }[] {
  return [...html.matchAll(/<script\b([^>]*)>/g)].flatMap(([, attributes]) => {
    const src = /\bsrc=["']?([^"'\s>]+)/.exec(attributes)?.[1];
    if (!src) return [];
    return [{ src, blocking: !/\b(defer|async)\b/.test(attributes) && !/type=["']?module/.test(attributes) }];
  });
}

/** The <link rel href> tags of a built page, in order, with where each tag ends in the page. */
export function pageLinks(html: string): { rel: string; href: string; end: number }[] {
  return [...html.matchAll(/<link\b([^>]*)>/g)].flatMap(({ 0: tag, 1: attributes, index }) => {
    const rel = /\brel=["']?([^"'\s>]+)/.exec(attributes)?.[1];
    const href = /\bhref=["']?([^"'\s>]+)/.exec(attributes)?.[1];
    return rel && href ? [{ rel, href, end: index! + tag.length }] : [];
  });
}
