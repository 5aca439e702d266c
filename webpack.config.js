/**
 * Builds the add-in: the functions entry (registers AMC.* without waiting for React), the task pane (loads after it,
 * on the same shared-runtime page), the generated metadata in two languages, the manifest and the assets.
 * `--mode production` targets ADDIN_BASE_URL (default https://localhost:3000/); the dev server also serves the preview.
 */
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const LocalizedMetadataPlugin = require("./scripts/build/localized-metadata-plugin");
const { targetBaseUrl, rewriteBaseUrl } = require("./scripts/build/addin-urls");
const { devServerHttpsOptions } = require("./scripts/build/dev-certs");

const FUNCTIONS_SOURCE = "./src/functions/functions.ts";
/** The preview workbench (HyperFormula, GPL-3.0) is a development tool: never part of a production build. */
const PREVIEW_ENTRY = "./src/preview/index.tsx";
const DEV_SERVER_PORT = 3000;

function entries(production) {
  return {
    functions: FUNCTIONS_SOURCE,
    taskpane: { import: "./src/taskpane/index.tsx", dependOn: "functions" },
    ...(production ? {} : { preview: PREVIEW_ENTRY }),
  };
}

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
      chunks: ["functions", "taskpane"],
      chunksSortMode: "manual",
      inject: false,
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

async function devServer() {
  return {
    port: DEV_SERVER_PORT,
    headers: { "Access-Control-Allow-Origin": "*" },
    server: { type: "https", options: await devServerHttpsOptions() },
    static: false,
    client: { overlay: { warnings: false } },
  };
}

module.exports = async (env, argv) => {
  const production = argv.mode === "production";
  const baseUrl = targetBaseUrl();
  return {
    mode: production ? "production" : "development",
    devtool: "source-map",
    entry: entries(production),
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      publicPath: "",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js", ".json"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true } },
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: FUNCTIONS_SOURCE }),
      new LocalizedMetadataPlugin({
        translationsPath: path.resolve(__dirname, "src/i18n/functions.zh-CN.json"),
        baseUrl,
      }),
      ...htmlPages(production),
      copiedFiles(baseUrl),
    ],
    performance: { hints: false },
    // Certificates are only needed (and only created) when serving.
    devServer: env.WEBPACK_SERVE ? await devServer() : undefined,
  };
};
