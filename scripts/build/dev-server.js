/**
 * The dev server's options: HTTPS on this machine only (AMC_DEV_SERVER_HOST opens it to a LAN device), and CORS
 * headers on the one kind of file Office fetches from another origin, the custom functions' metadata.
 */
const { devServerHttpsOptions } = require("./dev-certs");

const DEV_SERVER_PORT = 3000;
const LOCAL_HOST = "localhost";

/**
 * The metadata files the manifest names (functions.json, functions-zh-cn.json): Excel on the web reads them with
 * XMLHttpRequest from its own origin (*.officeapps.live.com), so they need Access-Control-Allow-Origin. Pages and
 * scripts load as documents and <script> elements, which need none; nothing else may be read cross-origin.
 */
const CROSS_ORIGIN_METADATA = /^\/functions(-[a-z]{2}(-[a-z]{2,4})?)?\.json$/i;

/** The metadata is public and read without credentials, so any origin may read it ("*" never sends cookies). */
function corsHeadersFor(pathname) {
  return CROSS_ORIGIN_METADATA.test(pathname) ? { "Access-Control-Allow-Origin": "*" } : {};
}

/** localhost unless AMC_DEV_SERVER_HOST names another address, e.g. 0.0.0.0 to test from a device on the LAN. */
function devServerHost(env = process.env) {
  return env.AMC_DEV_SERVER_HOST || LOCAL_HOST;
}

async function devServerOptions(env = process.env) {
  return {
    host: devServerHost(env),
    port: DEV_SERVER_PORT,
    headers: (request) => corsHeadersFor(new URL(request.url, "https://localhost").pathname),
    server: { type: "https", options: await devServerHttpsOptions() },
    static: false,
    client: { overlay: { warnings: false } },
  };
}

module.exports = { DEV_SERVER_PORT, CROSS_ORIGIN_METADATA, corsHeadersFor, devServerHost, devServerOptions };
