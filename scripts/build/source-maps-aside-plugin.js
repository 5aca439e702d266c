/**
 * webpack plugin for production builds: takes the (hidden) source maps out of the output folder and writes them to
 * a sibling folder (dist/ → dist-sourcemaps/), an artefact to keep for decoding error reports, never to host.
 */
const fs = require("fs");
const path = require("path");
const { Compilation } = require("webpack");

const PLUGIN = "SourceMapsAsidePlugin";

/** The folder beside the output folder that receives its maps: dist → dist-sourcemaps. */
function sourceMapFolder(outputPath) {
  return `${path.resolve(outputPath)}-sourcemaps`;
}

class SourceMapsAsidePlugin {
  apply(compiler) {
    let maps = [];
    compiler.hooks.thisCompilation.tap(PLUGIN, (compilation) => {
      // After every stage that can still change a map (minification, real content hashes).
      compilation.hooks.processAssets.tap({ name: PLUGIN, stage: Compilation.PROCESS_ASSETS_STAGE_REPORT }, () => {
        maps = compilation
          .getAssets()
          .filter((asset) => asset.name.endsWith(".map"))
          .map((asset) => ({ name: asset.name, content: asset.source.buffer() }));
        for (const { name } of maps) compilation.deleteAsset(name);
      });
    });
    compiler.hooks.afterEmit.tapPromise(PLUGIN, async (compilation) => {
      const folder = sourceMapFolder(compilation.outputOptions.path);
      await fs.promises.rm(folder, { recursive: true, force: true });
      for (const { name, content } of maps) {
        const file = path.join(folder, name);
        await fs.promises.mkdir(path.dirname(file), { recursive: true });
        await fs.promises.writeFile(file, content);
      }
    });
  }
}

module.exports = { SourceMapsAsidePlugin, sourceMapFolder };
