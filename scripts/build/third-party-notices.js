/**
 * THIRD-PARTY-NOTICES.txt for a production build: every npm package whose code is in an emitted chunk (read from
 * webpack's chunk graph, so a package tree-shaken away is not listed and a new one cannot be forgotten), with the
 * licence and notice files it ships. A package that ships none takes its text from licence-texts/<name>.txt; a
 * package with neither fails the build.
 */
const fs = require("fs");
const path = require("path");
const { sources, WebpackError, Compilation } = require("webpack");

const PLUGIN = "ThirdPartyNoticesPlugin";
const NOTICES_FILE = "THIRD-PARTY-NOTICES.txt";
const LICENCE_FILE = /^(licen[cs]e|copying|notice)(\b|[._-]|$)/i;
const RULE = "=".repeat(100);
/** Licence texts, with their source, for packages that publish a licence but ship no file of it. */
const SUPPLIED_TEXTS = path.join(__dirname, "licence-texts");

/** The folder of the npm package a module file belongs to (the innermost node_modules/<name> or <@scope/name>). */
function packageRootOf(file) {
  const normalised = file.split(path.sep).join("/");
  const match = /^(.*\/node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(normalised);
  return match ? match[1].split("/").join(path.sep) : null;
}

/** Every module in the compilation's chunks, the modules webpack concatenated into one included. */
function* shippedModules(compilation) {
  const { chunkGraph } = compilation;
  for (const chunk of compilation.chunks) {
    for (const module of chunkGraph.getChunkModulesIterable(chunk)) {
      yield* module.modules ?? [module];
    }
  }
}

function hasRuntimeCode(compilation) {
  const { chunkGraph } = compilation;
  return [...compilation.chunks].some((chunk) => [...chunkGraph.getChunkRuntimeModulesIterable(chunk)].length > 0);
}

/** The package folders whose code the compilation emits; webpack's own when it adds its runtime to a chunk. */
function shippedPackageRoots(compilation) {
  const roots = new Set();
  for (const module of shippedModules(compilation)) {
    const file = module.nameForCondition?.();
    const root = file && packageRootOf(file);
    if (root) roots.add(root);
  }
  if (hasRuntimeCode(compilation)) roots.add(path.dirname(require.resolve("webpack/package.json")));
  return [...roots];
}

function readPackage(root) {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));
  const licenceFiles = fs
    .readdirSync(root)
    .filter((file) => LICENCE_FILE.test(file) && fs.statSync(path.join(root, file)).isFile())
    .sort();
  const repository = typeof manifest.repository === "string" ? manifest.repository : manifest.repository?.url;
  const shipped = licenceFiles.map((file) => fs.readFileSync(path.join(root, file), "utf8").trim()).join("\n\n");
  return {
    name: manifest.name,
    version: manifest.version,
    licence: typeof manifest.license === "string" ? manifest.license : (manifest.license?.type ?? "UNKNOWN"),
    source: manifest.homepage ?? repository ?? "",
    text: shipped || suppliedText(manifest.name),
  };
}

function suppliedText(name) {
  const file = path.join(SUPPLIED_TEXTS, `${name}.txt`);
  return fs.existsSync(file) ? fs.readFileSync(file, "utf8").trim() : "";
}

/** One section per distinct licence text, naming every package that ships under it. */
function noticesText(packages, product) {
  const byText = new Map();
  for (const pkg of [...packages].sort((a, b) => a.name.localeCompare(b.name))) {
    if (!byText.has(pkg.text)) byText.set(pkg.text, []);
    byText.get(pkg.text).push(pkg);
  }
  const sections = [...byText].map(([text, group]) => {
    const names = group.map(
      (pkg) => `  ${pkg.name}@${pkg.version} (${pkg.licence})${pkg.source ? ` ${pkg.source}` : ""}`,
    );
    return [RULE, ...names, RULE, "", text, ""].join("\n");
  });
  const header =
    `${product} includes the following third-party software, ${packages.length} packages in all. ` +
    "Each section lists packages and the licence text they are distributed under.";
  return `${header}\n\n${sections.join("\n")}`;
}

class ThirdPartyNoticesPlugin {
  constructor({ product }) {
    this.product = product;
    this.output = NOTICES_FILE;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap(PLUGIN, (compilation) => {
      compilation.hooks.processAssets.tap({ name: PLUGIN, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () =>
        this.emit(compilation),
      );
    });
  }

  emit(compilation) {
    const packages = shippedPackageRoots(compilation).map(readPackage);
    for (const pkg of packages.filter((p) => !p.text)) {
      compilation.errors.push(
        new WebpackError(
          `${PLUGIN}: ${pkg.name}@${pkg.version} ships no licence file and licence-texts/ has none for it`,
        ),
      );
    }
    compilation.emitAsset(this.output, new sources.RawSource(noticesText(packages, this.product)));
  }
}

module.exports = { ThirdPartyNoticesPlugin, NOTICES_FILE, packageRootOf, noticesText };
