/**
 * webpack loader for the functions file, run right after custom-functions-metadata-plugin's loader appended its
 * CustomFunctions.associate calls: it guards them (associations.js), so functions.js loads outside Office too.
 */
const { guardAssociations } = require("./associations");

module.exports = function guardAssociationsLoader(source) {
  return guardAssociations(source);
};
