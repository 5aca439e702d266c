/**
 * The dev server `npm start` runs (webpack.config.js's devServer, served by webpack-dev-server over a small build):
 * it listens on this machine only unless AMC_DEV_SERVER_HOST says otherwise, and lets other origins read the
 * functions' metadata, which Excel on the web fetches cross-origin, and nothing else: not the scripts, not the maps.
 */
import fs from "fs";
import https from "https";
import os from "os";
import path from "path";
import type { AddressInfo } from "net";
import webpack from "webpack";
import WebpackDevServer from "webpack-dev-server";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const makeConfig = require("../../webpack.config.js");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { devServerHost } = require("../../scripts/build/dev-server");

jest.setTimeout(60_000);

const OFFICE_ORIGIN = "https://excel.officeapps.live.com";
const METADATA_FILES = ["functions.json", "functions-zh-cn.json"];
const OTHER_FILES = ["functions.js", "functions.js.map", "taskpane.html"];

/** A build of one script with its map, and the pages and metadata under the names the add-in uses. */
function smallCompiler(folder: string): webpack.Compiler {
  fs.writeFileSync(path.join(folder, "entry.js"), "globalThis.loaded = true;\n");
  const emitted = [...METADATA_FILES, "taskpane.html"];
  return webpack({
    mode: "development",
    context: folder,
    entry: "./entry.js",
    devtool: "source-map",
    output: { path: path.join(folder, "out"), filename: "functions.js" },
    infrastructureLogging: { level: "error" },
    plugins: [
      {
        apply: (compiler: webpack.Compiler) =>
          compiler.hooks.thisCompilation.tap("files", (compilation) =>
            compilation.hooks.processAssets.tap("files", () => {
              for (const file of emitted) compilation.emitAsset(file, new webpack.sources.RawSource("{}"));
            }),
          ),
      },
    ],
  });
}

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
}

function get(port: number, host: string, file: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = https.get(
      {
        host,
        port,
        path: `/${file}`,
        headers: { Origin: OFFICE_ORIGIN, Host: `localhost:${port}` },
        rejectUnauthorized: false,
      },
      (response) => {
        response.resume();
        response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers }));
      },
    );
    request.on("error", reject);
  });
}

/** This machine's addresses that another machine on the network could connect to. */
function lanAddresses(): string[] {
  return Object.values(os.networkInterfaces())
    .flat()
    .filter((entry): entry is os.NetworkInterfaceInfo => !!entry && !entry.internal && entry.family === "IPv4")
    .map((entry) => entry.address);
}

describe("the dev server of `npm start`", () => {
  let folder: string;
  let server: WebpackDevServer;
  let port: number;

  beforeAll(async () => {
    const saved = process.env.AMC_DEV_SERVER_HOST;
    delete process.env.AMC_DEV_SERVER_HOST;
    const { devServer } = await makeConfig({ WEBPACK_SERVE: true }, { mode: "development" });
    if (saved !== undefined) process.env.AMC_DEV_SERVER_HOST = saved;
    folder = fs.mkdtempSync(path.join(os.tmpdir(), "amc-dev-server-"));
    server = new WebpackDevServer(
      { ...devServer, port: 0, hot: false, liveReload: false, webSocketServer: false },
      smallCompiler(folder),
    );
    await server.start();
    port = (server.server!.address() as AddressInfo).port;
  });

  afterAll(async () => {
    await server?.stop();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it("listens on the loopback interface only", async () => {
    const { address } = server.server!.address() as AddressInfo;
    expect(["127.0.0.1", "::1"]).toContain(address);
    for (const lan of lanAddresses()) {
      await expect(get(port, lan, "functions.json")).rejects.toThrow(/ECONNREFUSED/);
    }
  });

  it.each(METADATA_FILES)("lets Excel on the web read %s from its origin", async (file) => {
    const answer = await get(port, "localhost", file);
    expect(answer.status).toBe(200);
    expect(answer.headers["access-control-allow-origin"]).toBe("*");
  });

  it.each(OTHER_FILES)("sends no CORS header with %s", async (file) => {
    const answer = await get(port, "localhost", file);
    expect(answer.status).toBe(200);
    expect(answer.headers["access-control-allow-origin"]).toBeUndefined();
  });
});

describe("AMC_DEV_SERVER_HOST", () => {
  it("opens the dev server to the address it names, for a device on the LAN", () => {
    expect(devServerHost({ AMC_DEV_SERVER_HOST: "0.0.0.0" })).toBe("0.0.0.0");
    expect(devServerHost({})).toBe("localhost");
  });
});
