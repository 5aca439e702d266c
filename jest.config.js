/**
 * jest, two projects: "unit" (everything under tests/ but e2e: fast, no build) and "browser" (tests/e2e: builds
 * the add-in once in a global setup, serves it over HTTPS and drives headless Chromium; its tests skip, loudly,
 * where no Chromium is installed). `npm test` runs both; `npm run test:e2e` runs the browser project alone.
 * TypeScript goes through ts-jest (plus the functions file's associate calls), ESM-only dependencies through Babel.
 */
const ESM_ONLY_DEPENDENCIES = ["strip-bom", "uuid"];

const { version } = require("./package.json");

const shared = {
  testEnvironment: "node",
  globals: { __ADDIN_VERSION__: version },
  setupFiles: ["<rootDir>/tests/support/custom-functions-stub.ts"],
  transform: {
    "^.+\\.tsx?$": ["<rootDir>/tests/support/ts-transform.js", { tsconfig: "<rootDir>/tests/tsconfig.json" }],
    "^.+\\.m?js$": ["babel-jest", { presets: [["@babel/preset-env", { targets: { node: "current" } }]] }],
  },
  // Nested copies too (office-addin-mock reaches strip-bom through @microsoft/app-manifest/node_modules).
  transformIgnorePatterns: [`^(?!.*/node_modules/(${ESM_ONLY_DEPENDENCIES.join("|")})/).*/node_modules/`],
  moduleFileExtensions: ["ts", "tsx", "js", "mjs", "json"],
};

module.exports = {
  projects: [
    {
      ...shared,
      displayName: "unit",
      roots: ["<rootDir>/tests"],
      testMatch: ["**/*.test.ts", "**/*.test.tsx"],
      testPathIgnorePatterns: ["/node_modules/", "<rootDir>/tests/e2e/"],
    },
    {
      ...shared,
      displayName: "browser",
      roots: ["<rootDir>/tests/e2e"],
      testMatch: ["**/*.test.ts"],
      globalSetup: "<rootDir>/tests/e2e/global-setup.ts",
      globalTeardown: "<rootDir>/tests/e2e/global-teardown.ts",
    },
  ],
};
