/** jest: TypeScript through ts-jest (plus the functions file's associate calls), ESM-only dependencies through Babel. */
const ESM_ONLY_DEPENDENCIES = ["strip-bom", "uuid"];

const { version } = require("./package.json");

module.exports = {
  testEnvironment: "node",
  globals: { __ADDIN_VERSION__: version },
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  setupFiles: ["<rootDir>/tests/support/custom-functions-stub.ts"],
  transform: {
    "^.+\\.tsx?$": ["<rootDir>/tests/support/ts-transform.js", { tsconfig: "<rootDir>/tests/tsconfig.json" }],
    "^.+\\.m?js$": ["babel-jest", { presets: [["@babel/preset-env", { targets: { node: "current" } }]] }],
  },
  // Nested copies too (office-addin-mock reaches strip-bom through @microsoft/app-manifest/node_modules).
  transformIgnorePatterns: [`^(?!.*/node_modules/(${ESM_ONLY_DEPENDENCIES.join("|")})/).*/node_modules/`],
  moduleFileExtensions: ["ts", "tsx", "js", "mjs", "json"],
};
