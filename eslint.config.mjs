/**
 * Lint: ESLint + typescript-eslint + the Office add-in rules, Prettier for layout, and the layer rules of
 * CONTRIBUTING.md enforced as restricted imports (each src/ folder may import only the layers above it; nothing in
 * src/ imports the data authoring tools of data-src/, which read only src/data/).
 */
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";
import reactHooks from "eslint-plugin-react-hooks";
import prettier from "eslint-config-prettier";
import globals from "globals";

const LAYERS = ["data", "metrics", "functions", "excel", "taskpane", "preview"];

/**
 * Which sibling folders of src/ each layer may import. i18n (string tables) and excel-rules (Excel's grid, A1
 * references and name rules) depend on nothing, and every layer may use them.
 */
const SHARED = ["i18n", "excel-rules"];
const ALLOWED = {
  i18n: [],
  "excel-rules": [],
  data: [...SHARED],
  metrics: ["data", ...SHARED],
  functions: ["data", "metrics", ...SHARED],
  excel: ["data", "metrics", "functions", ...SHARED],
  taskpane: ["data", "metrics", "functions", "excel", ...SHARED],
};

const NO_DATA_AUTHORING = {
  group: ["**/data-src", "**/data-src/**"],
  message: "data-src/ holds the data authoring tools; the add-in reads the edition JSON through src/data/ only.",
};

function layerRule(layer) {
  const forbidden = [...LAYERS, ...SHARED].filter((other) => other !== layer && !ALLOWED[layer].includes(other));
  return {
    files: [`src/${layer}/**/*.{ts,tsx}`],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: forbidden.map((other) => `**/${other}/**`).concat(forbidden.map((other) => `../${other}`)),
              message: `src/${layer} may import only ${ALLOWED[layer].join(", ") || "nothing"} (see CONTRIBUTING.md, "The layers").`,
            },
            {
              group: ["hyperformula", "hyperformula/*"],
              message: "HyperFormula (GPL-3.0) is for the preview and tests only, never the add-in bundle.",
            },
            NO_DATA_AUTHORING,
          ],
        },
      ],
    },
  };
}

const PREVIEW_RULE = {
  files: ["src/preview/**/*.{ts,tsx}"],
  rules: { "no-restricted-imports": ["error", { patterns: [NO_DATA_AUTHORING] }] },
};

/** The authoring tools read the bundled data and its types, never the add-in's other layers. */
const DATA_AUTHORING_RULE = {
  files: ["data-src/**/*.ts"],
  rules: {
    "no-restricted-imports": [
      "error",
      {
        patterns: [
          {
            group: LAYERS.filter((layer) => layer !== "data").map((layer) => `**/src/${layer}/**`),
            message: "data-src/ may import only src/data/ of the add-in.",
          },
        ],
      },
    ],
    "no-restricted-globals": ["error", "Office", "Excel", "CustomFunctions", "OfficeRuntime"],
  },
};

const OFFICE_RULES = Object.fromEntries(
  Object.keys(officeAddins.rules).map((rule) => [`office-addins/${rule}`, "error"]),
);

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", "coverage/", "test-output/", "bench/results/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { "office-addins": officeAddins, "react-hooks": reactHooks },
    rules: {
      ...OFFICE_RULES,
      ...reactHooks.configs.recommended.rules,
      "no-eval": "error",
      "no-new-func": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // Excel passes ranges as any[][]: the metadata generator needs that type on the custom functions themselves.
    files: ["src/functions/functions.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  ...Object.keys(ALLOWED).map(layerRule),
  PREVIEW_RULE,
  DATA_AUTHORING_RULE,
  {
    files: ["src/data/**/*.ts", "src/metrics/**/*.ts", "src/i18n/**/*.ts", "src/excel-rules/**/*.ts"],
    rules: {
      "no-restricted-globals": ["error", "Office", "Excel", "CustomFunctions", "OfficeRuntime"],
    },
  },
  {
    files: ["src/taskpane/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-properties": ["error", { object: "Excel", property: "run", message: "Call src/excel/ instead." }],
    },
  },
  {
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: { sourceType: "commonjs", globals: { ...globals.node } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  prettier,
);
