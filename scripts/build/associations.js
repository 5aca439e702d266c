/**
 * The CustomFunctions.associate calls appended to the functions file: custom-functions-metadata-plugin's loader
 * appends them in the build, withAssociations reproduces them for jest and the benchmarks, and guardAssociations
 * wraps them in both so that the file also loads outside Office, where there is no CustomFunctions to call.
 */
const { parseTree } = require("custom-functions-metadata/lib/parseTree");

const ASSOCIATE_CALL = /\nCustomFunctions\.associate\("[^"\n]+", [\w$]+\);/g;

/** Moves every appended associate call into one block that runs only where Office defined CustomFunctions. */
function guardAssociations(source) {
  const calls = source.match(ASSOCIATE_CALL) ?? [];
  if (calls.length === 0) return source;
  const body = source.replace(ASSOCIATE_CALL, "");
  return `${body}\nif (typeof CustomFunctions !== "undefined") {${calls.join("")}\n}\n`;
}

function withAssociations(sourceCode, fileName) {
  const { associate, extras } = parseTree(sourceCode, fileName);
  const errors = extras.flatMap((extra) => extra.errors);
  if (errors.length > 0) throw new Error(`${fileName}: ${errors.join("; ")}`);
  const appended = associate.reduce(
    (code, item) => `${code}\nCustomFunctions.associate("${item.id}", ${item.functionName});`,
    sourceCode,
  );
  return guardAssociations(appended);
}

module.exports = { withAssociations, guardAssociations };
