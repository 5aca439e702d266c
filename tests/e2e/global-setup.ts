/**
 * Before the browser tests: the shared production build (tests/support/production-build.ts, reused while the
 * sources are unchanged) and, in parallel in a child process, a development build (which adds the preview page)
 * in a temp folder; both served over HTTPS on free ports. The bundle checks need both builds even without
 * Chromium. The tests find them through AMC_E2E_* environment variables.
 */
import { spawn } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import { chromiumAvailable, CHROMIUM_PATH } from "../support/browser";
import { serveFolder, type ServedFolder } from "../support/https-static-server";
import { productionBuild } from "../support/production-build";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ensureDevCertificates } = require("../../scripts/build/dev-certs");

const ROOT = path.resolve(__dirname, "../..");

export interface E2eState {
  servers: ServedFolder[];
  outputRoot: string;
}

export function developmentBuild(outputPath: string): Promise<void> {
  const cli = require.resolve("webpack-cli/bin/cli.js", { paths: [ROOT] });
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, "--mode", "development", "--output-path", outputPath], {
      cwd: ROOT,
      env: process.env,
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`webpack --mode development failed (${code}):\n${output.slice(-4000)}`)),
    );
  });
}

export function skippedBanner(): string {
  const line = "!".repeat(100);
  return [
    "",
    line,
    `!!  BROWSER TESTS SKIPPED: no Chromium at ${CHROMIUM_PATH}.`,
    "!!  The preview, runtime-page and screenshot tests did NOT run. Install it with: apt-get install -y chromium",
    "!!  (.ci/run installs it), or point AMC_CHROMIUM at a Chromium binary.",
    line,
    "",
  ].join("\n");
}

export default async function globalSetup(): Promise<void> {
  const started = Date.now();
  const withBrowser = chromiumAvailable();
  if (!withBrowser && process.env.AMC_REQUIRE_BROWSER === "1") {
    throw new Error(
      `AMC_REQUIRE_BROWSER=1 but there is no Chromium at ${CHROMIUM_PATH}: the browser tests cannot run.`,
    );
  }
  if (!withBrowser) process.stdout.write(skippedBanner());
  const outputRoot = fs.mkdtempSync(path.join(os.tmpdir(), "amc-e2e-"));
  const devDir = path.join(outputRoot, "dev");
  const [prodDir] = await Promise.all([productionBuild(), developmentBuild(devDir)]);

  const tls = await ensureDevCertificates();
  const servers = [await serveFolder(prodDir, tls), await serveFolder(devDir, tls)];
  Object.assign(process.env, {
    AMC_E2E_PROD_DIR: prodDir,
    AMC_E2E_PROD_URL: servers[0].url,
    AMC_E2E_DEV_DIR: devDir,
    AMC_E2E_DEV_URL: servers[1].url,
    AMC_E2E_BROWSER: withBrowser ? "1" : "0",
  });
  (globalThis as { __amcE2e?: E2eState }).__amcE2e = { servers, outputRoot };
  process.stdout.write(`\nbrowser tests: built and served in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}
