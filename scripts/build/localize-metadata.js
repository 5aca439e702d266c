/**
 * Builds functions-zh-cn.json from the generated functions.json and the zh-CN strings of src/i18n, so that the
 * two metadata files never become two hand-kept copies: ids, names, types and shapes come from functions.json. Both
 * files' descriptions then end with the function's Excel formula, from src/functions/reference.json.
 */
const { withFormula } = require("./function-formulas");

/** Returns the list of missing or unused translations; empty when the table matches the metadata exactly. */
function translationProblems(metadata, translations) {
  const problems = [];
  const ids = new Set(metadata.functions.map((f) => f.id));
  for (const fn of metadata.functions) {
    const entry = translations[fn.id];
    if (!entry || !entry.description) {
      problems.push(`${fn.id}: no zh-CN description`);
      continue;
    }
    const names = new Set((fn.parameters || []).map((p) => p.name));
    for (const name of names) {
      if (!entry.parameters || !entry.parameters[name]) problems.push(`${fn.id}(${name}): no zh-CN description`);
    }
    for (const name of Object.keys(entry.parameters || {})) {
      if (!names.has(name)) problems.push(`${fn.id}(${name}): translated but not a parameter`);
    }
  }
  for (const id of Object.keys(translations)) {
    if (!ids.has(id)) problems.push(`${id}: translated but not a function`);
  }
  return problems;
}

function localizedHelpUrl(helpUrl) {
  if (!helpUrl) return helpUrl;
  const [page, anchor] = helpUrl.split("#");
  const separator = page.includes("?") ? "&" : "?";
  return `${page}${separator}lang=zh-CN${anchor ? `#${anchor}` : ""}`;
}

/** functions.json with every description in Chinese; names stay ASCII so formulas written by code keep working. */
function localizeMetadata(metadata, translations) {
  const problems = translationProblems(metadata, translations);
  if (problems.length > 0) throw new Error(`zh-CN function metadata is incomplete:\n  ${problems.join("\n  ")}`);
  return {
    ...metadata,
    functions: metadata.functions.map((fn) => {
      const entry = translations[fn.id];
      return {
        ...fn,
        description: entry.description,
        ...(fn.helpUrl ? { helpUrl: localizedHelpUrl(fn.helpUrl) } : {}),
        parameters: (fn.parameters || []).map((p) => ({ ...p, description: entry.parameters[p.name] })),
      };
    }),
  };
}

/** Metadata whose descriptions end with each function's Excel formula in `language` (en or zh). */
function withFormulas(metadata, reference, language) {
  return {
    ...metadata,
    functions: metadata.functions.map((fn) => ({
      ...fn,
      description: withFormula(fn.description, reference[fn.id], language),
    })),
  };
}

module.exports = { localizeMetadata, translationProblems, withFormulas };
