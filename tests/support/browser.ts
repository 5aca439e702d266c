/**
 * Headless Chromium for the browser tests and benchmarks: Debian's /usr/bin/chromium driven by playwright-core
 * (never a downloaded browser), a fresh profile per launch, the flags this machine needs, and recorders for what
 * a page does (every request, console errors, page errors) so tests can assert on them.
 */
import fs from "fs";
import os from "os";
import path from "path";
import { chromium, type BrowserContext, type Page, type Request } from "playwright-core";

export const CHROMIUM_PATH = process.env.AMC_CHROMIUM ?? "/usr/bin/chromium";

export const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export function chromiumAvailable(): boolean {
  return fs.existsSync(CHROMIUM_PATH);
}

export interface LaunchedBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

export interface LaunchOptions {
  viewport?: { width: number; height: number };
  locale?: string;
  /** Flags added to CHROMIUM_FLAGS. */
  args?: string[];
}

/** A fresh Chromium profile (its own --user-data-dir), trusting the dev certificate of the local test server. */
export async function launchChromium(options: LaunchOptions = {}): Promise<LaunchedBrowser> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "amc-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_FLAGS, ...(options.args ?? [])],
    ignoreHTTPSErrors: true,
    viewport: options.viewport ?? { width: 1440, height: 900 },
    locale: options.locale ?? "en-US",
  });
  return {
    context,
    close: async () => {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** A Chromium launched before the current describe block's tests and closed after them: call it in the block. */
export function chromiumForSuite(options: LaunchOptions = {}): () => LaunchedBrowser {
  let browser: LaunchedBrowser | undefined;
  beforeAll(async () => {
    browser = await launchChromium(options);
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => browser!;
}

export interface RecordedRequest {
  url: string;
  method: string;
  resourceType: string;
  /** Milliseconds since the recorder started. */
  at: number;
  /** Whether a route handler (a stub) answered instead of the network. */
  failure?: string;
}

/** Everything a page asks for, in order: what the "no request leaves the add-in's origin" test reads. */
export class RequestLog {
  readonly requests: RecordedRequest[] = [];
  private readonly started = Date.now();

  constructor(page: Page) {
    page.on("request", (request: Request) =>
      this.requests.push({
        url: request.url(),
        method: request.method(),
        resourceType: request.resourceType(),
        at: Date.now() - this.started,
      }),
    );
    page.on("requestfailed", (request: Request) => {
      const entry = this.requests.find((recorded) => recorded.url === request.url() && !recorded.failure);
      if (entry) entry.failure = request.failure()?.errorText ?? "failed";
    });
  }

  origins(): string[] {
    return [...new Set(this.requests.map((request) => new URL(request.url).origin))];
  }

  /** Requests whose origin is not one of `allowed` (data: and blob: URLs are local). */
  outside(allowed: string[]): RecordedRequest[] {
    return this.requests.filter(
      (request) => !/^(data|blob):/.test(request.url) && !allowed.includes(new URL(request.url).origin),
    );
  }
}

/** Console errors and uncaught page errors, which a healthy page has none of. */
export class ProblemLog {
  readonly consoleErrors: string[] = [];
  readonly pageErrors: string[] = [];

  constructor(page: Page) {
    page.on("console", (message) => {
      if (message.type() === "error") this.consoleErrors.push(message.text());
    });
    page.on("pageerror", (error) => this.pageErrors.push(`${error.name}: ${error.message}`));
  }

  all(): string[] {
    return [...this.pageErrors, ...this.consoleErrors];
  }
}
