/**
 * The URL a build targets: `npm run build` without ADDIN_BASE_URL says its manifest still points to localhost; a
 * production build refuses a URL that is not https or that only the developer's machine can reach, which a
 * development build (`npm run build:dev`) accepts.
 */
import { spawnSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { DEV_BASE_URL, targetBaseUrl } = require("../../scripts/build/addin-urls");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const makeConfig = require("../../webpack.config.js");

const ROOT = path.resolve(__dirname, "../..");
const LOCAL_URLS = [
  "https://localhost:8443/",
  "https://LOCALHOST/amc/",
  "https://addin.localhost/",
  "https://127.0.0.1/",
  "https://127.1.2.3:3000/",
  "https://[::1]:3000/",
  "https://0.0.0.0/",
];

function withBaseUrl<T>(value: string | undefined, run: () => T): T {
  const saved = process.env.ADDIN_BASE_URL;
  if (value === undefined) delete process.env.ADDIN_BASE_URL;
  else process.env.ADDIN_BASE_URL = value;
  try {
    return run();
  } finally {
    if (saved === undefined) delete process.env.ADDIN_BASE_URL;
    else process.env.ADDIN_BASE_URL = saved;
  }
}

describe("the base URL of a production build", () => {
  it("is the dev server's without ADDIN_BASE_URL", () => {
    expect(targetBaseUrl({}, { production: true })).toBe(DEV_BASE_URL);
  });

  it("is ADDIN_BASE_URL when it is an https URL of another host, ending with /", () => {
    const base = "https://addins.example.org/amc/";
    expect(targetBaseUrl({ ADDIN_BASE_URL: base }, { production: true })).toBe(base);
  });

  it.each(LOCAL_URLS)("refuses %s, which only the developer's machine can reach", (base) => {
    expect(() => targetBaseUrl({ ADDIN_BASE_URL: base }, { production: true })).toThrow(/refused.*reach/);
  });

  it.each([
    ["http://addins.example.org/", /https only/],
    ["https://addins.example.org/amc", /end with/],
    ["https://user:secret@addins.example.org/", /credentials/],
    ["https://addins.example.org/?v=1/", /query/],
    ["addins.example.org/", /not a URL/],
  ])("refuses %s", (base, reason) => {
    expect(() => targetBaseUrl({ ADDIN_BASE_URL: base }, { production: true })).toThrow(reason);
  });
});

describe("the base URL of a development build", () => {
  it.each(LOCAL_URLS)("may be %s", (base) => {
    expect(targetBaseUrl({ ADDIN_BASE_URL: base }, { production: false })).toBe(base);
  });

  it("is still https only (Office loads nothing else)", () => {
    expect(() => targetBaseUrl({ ADDIN_BASE_URL: "http://localhost:3000/" }, { production: false })).toThrow(
      /https only/,
    );
  });
});

describe("webpack.config.js", () => {
  let warn: jest.SpyInstance;
  beforeEach(() => {
    warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
  });
  afterEach(() => warn.mockRestore());

  it("prints, building for production without ADDIN_BASE_URL, that the manifest points to localhost", async () => {
    await withBaseUrl(undefined, () => makeConfig({ WEBPACK_BUILD: true }, { mode: "production" }));
    expect(warn.mock.calls.flat().join("\n")).toMatch(/manifest\.xml still points to https:\/\/localhost:3000\//);
  });

  it("prints nothing of the kind with ADDIN_BASE_URL, or for a development build", async () => {
    await withBaseUrl("https://addins.example.org/amc/", () =>
      makeConfig({ WEBPACK_BUILD: true }, { mode: "production" }),
    );
    await withBaseUrl(undefined, () => makeConfig({ WEBPACK_BUILD: true }, { mode: "development" }));
    expect(warn).not.toHaveBeenCalled();
  });

  it("refuses a production build for a local host and accepts a development build for it", async () => {
    await expect(
      withBaseUrl("https://localhost:8443/", () => makeConfig({ WEBPACK_BUILD: true }, { mode: "production" })),
    ).rejects.toThrow(/ADDIN_BASE_URL "https:\/\/localhost:8443\/" refused/);
    const config = await withBaseUrl("https://localhost:8443/", () =>
      makeConfig({ WEBPACK_BUILD: true }, { mode: "development" }),
    );
    expect(config.mode).toBe("development");
  });
});

describe("webpack's command line", () => {
  it("stops a production build for a localhost ADDIN_BASE_URL before building anything", () => {
    const cli = require.resolve("webpack-cli/bin/cli.js", { paths: [ROOT] });
    const output = fs.mkdtempSync(path.join(os.tmpdir(), "amc-refused-build-"));
    try {
      const result = spawnSync(process.execPath, [cli, "--mode", "production", "--output-path", output], {
        cwd: ROOT,
        env: { ...process.env, ADDIN_BASE_URL: "https://localhost:8443/" },
        encoding: "utf8",
        timeout: 120_000,
      });
      expect(result.status).not.toBe(0);
      expect(`${result.stdout}${result.stderr}`).toMatch(/ADDIN_BASE_URL "https:\/\/localhost:8443\/" refused/);
      expect(fs.readdirSync(output)).toEqual([]);
    } finally {
      fs.rmSync(output, { recursive: true, force: true });
    }
  }, 150_000);
});
