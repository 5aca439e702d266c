/**
 * After the browser tests: stops the HTTPS servers, removes the temp builds (AMC_E2E_KEEP=1 keeps them), and
 * repeats the SKIPPED banner at the end of the output when there was no Chromium, where nobody can miss it.
 */
import fs from "fs";
import { skippedBanner, type E2eState } from "./global-setup";

export default async function globalTeardown(): Promise<void> {
  if (process.env.AMC_E2E_BROWSER === "0") process.stdout.write(skippedBanner());
  const state = (globalThis as { __amcE2e?: E2eState }).__amcE2e;
  if (!state) return;
  await Promise.all(state.servers.map((server) => server.close()));
  if (process.env.AMC_E2E_KEEP !== "1") fs.rmSync(state.outputRoot, { recursive: true, force: true });
  else process.stdout.write(`browser tests: builds kept in ${state.outputRoot}\n`);
}
