/**
 * The CustomFunctions.associate calls that custom-functions-metadata-plugin's loader appends to the functions file,
 * reproduced for jest so that tests register the functions exactly as the built bundle does.
 */
const { parseTree } = require("custom-functions-metadata/lib/parseTree");

function withAssociations(sourceCode, fileName) {
  const { associate, extras } = parseTree(sourceCode, fileName);
  const errors = extras.flatMap((extra) => extra.errors);
  if (errors.length > 0) throw new Error(`${fileName}: ${errors.join("; ")}`);
  return associate.reduce(
    (code, item) => `${code}\nCustomFunctions.associate("${item.id}", ${item.functionName});`,
    sourceCode,
  );
}

module.exports = { withAssociations };
