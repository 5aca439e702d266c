/**
 * webpack plugin: after custom-functions-metadata-plugin emits functions.json, rewrite its URLs for the target
 * base URL, derive functions-zh-cn.json and help.html from it, and end both metadata files' descriptions with each
 * function's Excel formula (src/functions/reference.json).
 */
const fs = require("fs");
const { sources, WebpackError, Compilation } = require("webpack");
const { localizeMetadata, withFormulas } = require("./localize-metadata");
const { rewriteBaseUrl } = require("./addin-urls");
const { helpPage, loadReference, REFERENCE_PATH, CATEGORIES_PATH } = require("./help-page");

class LocalizedMetadataPlugin {
  constructor({
    source = "functions.json",
    output = "functions-zh-cn.json",
    helpPage = "help.html",
    translationsPath,
    baseUrl,
  }) {
    Object.assign(this, { source, output, helpPage, translationsPath, baseUrl });
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap("LocalizedMetadataPlugin", (compilation) => {
      compilation.fileDependencies.add(this.translationsPath);
      compilation.fileDependencies.add(REFERENCE_PATH);
      compilation.fileDependencies.add(CATEGORIES_PATH);
      compilation.hooks.processAssets.tap(
        { name: "LocalizedMetadataPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONS },
        () => this.emit(compilation),
      );
    });
  }

  emit(compilation) {
    const asset = compilation.getAsset(this.source);
    if (!asset) return; // the metadata plugin has already reported why
    try {
      const translations = JSON.parse(fs.readFileSync(this.translationsPath, "utf8"));
      const metadata = JSON.parse(rewriteBaseUrl(asset.source.source().toString(), this.baseUrl));
      const localized = localizeMetadata(metadata, translations);
      const reference = loadReference();
      const shipped = (described, language) => JSON.stringify(withFormulas(described, reference, language), null, 2);
      compilation.updateAsset(this.source, new sources.RawSource(shipped(metadata, "en")));
      compilation.emitAsset(this.output, new sources.RawSource(shipped(localized, "zh")));
      compilation.emitAsset(this.helpPage, new sources.RawSource(helpPage({ en: metadata, zh: localized, reference })));
    } catch (error) {
      compilation.errors.push(new WebpackError(`LocalizedMetadataPlugin: ${error.message}`));
    }
  }
}

module.exports = LocalizedMetadataPlugin;
