/**
 * Builds the add-in: the functions entry (registers AMC.* without waiting for React), the task pane (loads after it,
 * on the same shared-runtime page), the generated metadata in two languages, the manifest and the assets.
 * `--mode production` targets ADDIN_BASE_URL (default https://localhost:3000/); the dev server also serves the preview.
 * Production builds keep the names the manifest fixes and content-hash everything else under js/, move their hidden
 * source maps beside the output folder, and list the licences of what they ship in THIRD-PARTY-NOTICES.txt.
 */
const path = require("path");
const { DefinePlugin } = require("webpack");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const MiniCssExtractPlugin = require("mini-css-extract-plugin");
const { GriffelCSSExtractionPlugin } = require("@griffel/webpack-extraction-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const LocalizedMetadataPlugin = require("./scripts/build/localized-metadata-plugin");
const { SourceMapsAsidePlugin } = require("./scripts/build/source-maps-aside-plugin");
const { ThirdPartyNoticesPlugin } = require("./scripts/build/third-party-notices");
const { targetBaseUrl, localManifestNotice, rewriteBaseUrl } = require("./scripts/build/addin-urls");
const { devServerOptions } = require("./scripts/build/dev-server");

const { version: ADDIN_VERSION } = require("./package.json");

const FUNCTIONS_SOURCE = "./src/functions/functions.ts";
/** The preview workbench (HyperFormula, GPL-3.0) is a development tool: never part of a production build. */
const PREVIEW_ENTRY = "./src/preview/index.tsx";
/** The one script whose URL the manifest names (CustomFunctions Script): its name never changes. */
const FIXED_NAME_ENTRY = "functions";
/** Every other script, and the stylesheet: named by their content, in one folder a host may cache for a year. */
const HASHED_SCRIPT = "js/[name].[contenthash:20].js";
const HASHED_STYLESHEET = "js/styles.[contenthash:20].css";

function entries(production) {
  return {
    [FIXED_NAME_ENTRY]: FUNCTIONS_SOURCE,
    taskpane: { import: "./src/taskpane/index.tsx", dependOn: FIXED_NAME_ENTRY },
    ...(production ? {} : { preview: PREVIEW_ENTRY }),
  };
}

function scriptNames(production) {
  if (!production) return { filename: "[name].js", chunkFilename: "[name].js" };
  return {
    filename: (pathData) => (pathData.chunk?.name === FIXED_NAME_ENTRY ? `${FIXED_NAME_ENTRY}.js` : HASHED_SCRIPT),
    chunkFilename: HASHED_SCRIPT,
  };
}

/**
 * The production pages' Content-Security-Policy: the add-in's own origin and Microsoft's office.js host only.
 * Styles may be inline: the pane writes its theme into a <style> element (shell/theme.ts), FluentProvider its own
 * (empty) rule, and Fluent positions popups with inline styles; scripts may not.
 * deploy/ sends the same policy as a header, with the frame-ancestors a <meta> cannot carry.
 */
const OFFICE_JS_HOST = "https://appsforoffice.microsoft.com";
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  `script-src 'self' ${OFFICE_JS_HOST}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  `connect-src 'self' ${OFFICE_JS_HOST}`,
  `frame-src 'self' ${OFFICE_JS_HOST}`,
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join("; ");

function previewPage() {
  return new HtmlWebpackPlugin({
    filename: "preview.html",
    template: "./src/preview/preview.html",
    chunks: ["preview"],
  });
}

function htmlPages(production) {
  return [
    ...(production ? [] : [previewPage()]),
    new HtmlWebpackPlugin({
      filename: "taskpane.html",
      template: "./src/taskpane/taskpane.html",
      chunks: [FIXED_NAME_ENTRY, "taskpane"],
      chunksSortMode: "manual",
      inject: false,
      // The dev server's live-reload client needs a websocket, so only production pages carry the policy.
      contentSecurityPolicy: production ? CONTENT_SECURITY_POLICY : null,
      addinVersion: ADDIN_VERSION,
    }),
  ];
}

function copiedFiles(baseUrl) {
  return new CopyWebpackPlugin({
    patterns: [
      { from: "assets/*.png", to: "assets/[name][ext]" },
      {
        from: "manifest.xml",
        to: "manifest.xml",
        transform: (content) => rewriteBaseUrl(content.toString(), baseUrl),
      },
    ],
  });
}

/**
 * Production styles are computed at build time: our makeStyles calls are compiled like Fluent UI's own, and every
 * rule is extracted to one stylesheet, so the pane's first render inserts no CSS and ships no CSS compiler.
 * Loaders run last to first: ts-loader, then Griffel's compiler, then the extraction.
 */
function griffelExtractionRules() {
  return [
    { test: /\.(js|mjs|ts|tsx)$/, use: GriffelCSSExtractionPlugin.loader },
    {
      test: /\.tsx?$/,
      exclude: /node_modules/,
      use: { loader: "@griffel/webpack-loader", options: { babelOptions: { presets: ["@babel/preset-typescript"] } } },
    },
    { test: /\.css$/, use: [MiniCssExtractPlugin.loader, "css-loader"] },
  ];
}

function productionPlugins() {
  return [
    new MiniCssExtractPlugin({ filename: HASHED_STYLESHEET, ignoreOrder: true }),
    // One stylesheet for the whole pane, linked by taskpane.html (Griffel orders its rules across all chunks).
    new GriffelCSSExtractionPlugin({ unstable_attachToEntryPoint: "taskpane" }),
    new SourceMapsAsidePlugin(),
    new ThirdPartyNoticesPlugin({ product: "AMC Analyst for Excel" }),
  ];
}

module.exports = async (env, argv) => {
  const production = argv.mode === "production";
  const baseUrl = targetBaseUrl(process.env, { production });
  if (production && env.WEBPACK_BUILD && !process.env.ADDIN_BASE_URL) console.warn(`\n${localManifestNotice()}\n`);
  return {
    mode: production ? "production" : "development",
    // es2020 lets webpack's runtime use globalThis instead of its `new Function("return this")` fallback,
    // so no eval-like construct reaches the bundle (the CSP allows none).
    target: ["web", "es2020"],
    // Production maps carry no sourceMappingURL comment and leave dist/ (SourceMapsAsidePlugin).
    devtool: production ? "hidden-source-map" : "source-map",
    entry: entries(production),
    output: {
      path: path.resolve(__dirname, "dist"),
      ...scriptNames(production),
      publicPath: "",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js", ".json"] },
    module: {
      rules: [
        ...(production ? griffelExtractionRules() : []),
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true } },
        },
        {
          // "pre" runs right after the metadata plugin's loader has appended the associate calls, before ts-loader.
          test: path.resolve(__dirname, FUNCTIONS_SOURCE),
          enforce: "pre",
          use: path.resolve(__dirname, "scripts/build/guard-associations-loader.js"),
        },
      ],
    },
    plugins: [
      new DefinePlugin({ __ADDIN_VERSION__: JSON.stringify(ADDIN_VERSION) }),
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: FUNCTIONS_SOURCE }),
      new LocalizedMetadataPlugin({
        translationsPath: path.resolve(__dirname, "src/i18n/functions.zh-CN.json"),
        baseUrl,
      }),
      ...htmlPages(production),
      copiedFiles(baseUrl),
      ...(production ? productionPlugins() : []),
    ],
    performance: { hints: false },
    // Certificates are only needed (and only created) when serving.
    devServer: env.WEBPACK_SERVE ? await devServerOptions() : undefined,
  };
};
