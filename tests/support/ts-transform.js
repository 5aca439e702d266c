/** ts-jest, plus the plugin loader's CustomFunctions.associate calls appended to src/functions/functions.ts. */
const path = require("path");
const { TsJestTransformer } = require("ts-jest");
const { withAssociations } = require("../../scripts/build/associations");

const FUNCTIONS_FILE = path.resolve(__dirname, "../../src/functions/functions.ts");

function prepared(sourceText, sourcePath) {
  return path.resolve(sourcePath) === FUNCTIONS_FILE ? withAssociations(sourceText, sourcePath) : sourceText;
}

class FunctionsAwareTransformer extends TsJestTransformer {
  process(sourceText, sourcePath, options) {
    return super.process(prepared(sourceText, sourcePath), sourcePath, options);
  }

  getCacheKey(sourceText, sourcePath, options) {
    return super.getCacheKey(prepared(sourceText, sourcePath), sourcePath, options);
  }
}

module.exports = { createTransformer: (config) => new FunctionsAwareTransformer(config) };
