/**
 * deploy/: the nginx template and the static-host configuration (Azure Static Web Apps) give every file of the
 * production build the same headers; the policy is the pages' own plus frame-ancestors for Office's hosts only;
 * caching and CORS follow the manifest (its URLs revalidate, its metadata is readable cross-origin, nothing else);
 * the Dockerfile sets every variable of the template and puts the build where the template serves it from.
 */
import fs from "fs";
import path from "path";
import { allUrls, customFunctionsUrls, parseManifest } from "../../scripts/manifest-checks";
import { cspDirectives, metaPolicy } from "../support/content-security-policy";
import { mapValue, NGINX_TEMPLATE, templateHeaders, templateMap, templateVariables } from "../support/nginx";
import { productionBuild } from "../support/production-build";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { DEV_BASE_URL } = require("../../scripts/build/addin-urls");

const DEPLOY = path.resolve(__dirname, "../../deploy");
const template = fs.readFileSync(NGINX_TEMPLATE, "utf8");
const nginxHeaders = templateHeaders(template);
const cacheMap = templateMap(template, "amc_cache_control");
const corsMap = templateMap(template, "amc_cross_origin");

interface StaticWebAppConfig {
  globalHeaders: Record<string, string>;
  routes: { route: string; headers?: Record<string, string> }[];
}
const staticHost = JSON.parse(
  fs.readFileSync(path.join(DEPLOY, "staticwebapp.config.json"), "utf8"),
) as StaticWebAppConfig;

type Headers = Record<string, string>;

/** nginx's headers for a path: the constant add_header lines, and the maps' values where they are not empty. */
function nginxHeadersFor(uri: string): Headers {
  const headers: Headers = {};
  for (const [name, value] of nginxHeaders) {
    if (value === "$amc_cache_control") headers[name] = mapValue(cacheMap, uri);
    else if (value === "$amc_cross_origin") {
      const origin = mapValue(corsMap, uri);
      if (origin) headers[name] = origin;
    } else headers[name] = value;
  }
  return headers;
}

/** Static Web Apps' headers for a path: the global headers, overridden by the first route that matches it. */
function staticHostHeadersFor(uri: string): Headers {
  const matches = (route: string) => (route.endsWith("/*") ? uri.startsWith(route.slice(0, -1)) : uri === route);
  const route = staticHost.routes.find((candidate) => matches(candidate.route));
  return { ...staticHost.globalHeaders, ...(route?.headers ?? {}) };
}

let dist: string;
let files: string[];
let manifest: ReturnType<typeof parseManifest>;
const uriOf = (url: string) => `/${url.slice(DEV_BASE_URL.length).replace(/[?#].*$/, "")}`;

beforeAll(async () => {
  dist = await productionBuild();
  files = (fs.readdirSync(dist, { recursive: true }) as string[])
    .map((file) => file.split(path.sep).join("/"))
    .filter((file) => !file.startsWith(".") && fs.statSync(path.join(dist, file)).isFile())
    .map((file) => `/${file}`);
  manifest = parseManifest(fs.readFileSync(path.join(dist, "manifest.xml"), "utf8"));
}, 300_000);

describe("the nginx template and the static-host configuration", () => {
  it("give every file of the production build the same headers", () => {
    expect(files.length).toBeGreaterThan(10);
    const disagreements = files
      .map((uri) => ({ uri, nginx: nginxHeadersFor(uri), staticHost: staticHostHeadersFor(uri) }))
      .filter(({ nginx, staticHost: other }) => JSON.stringify(sorted(nginx)) !== JSON.stringify(sorted(other)));
    expect(disagreements).toEqual([]);
  });

  it("send no X-Frame-Options (Office frames the pane; frame-ancestors says by whom)", () => {
    expect(nginxHeaders.has("X-Frame-Options")).toBe(false);
    expect(Object.keys(staticHost.globalHeaders)).not.toContain("X-Frame-Options");
  });
});

function sorted(headers: Headers): [string, string][] {
  return Object.entries(headers).sort(([a], [b]) => a.localeCompare(b));
}

describe("the Content-Security-Policy header", () => {
  const header = cspDirectives(nginxHeaders.get("Content-Security-Policy")!);

  it("is the policy of the built taskpane.html, plus frame-ancestors", () => {
    const html = fs.readFileSync(path.join(dist, "taskpane.html"), "utf8");
    const meta = metaPolicy(html)!;
    const withoutAncestors = new Map([...header].filter(([name]) => name !== "frame-ancestors"));
    expect(withoutAncestors).toEqual(cspDirectives(meta));
    expect(header.has("frame-ancestors")).toBe(true);
  });

  it("lets only Office's and Microsoft 365's https hosts frame the add-in, Excel on the web's among them", () => {
    const ancestors = header.get("frame-ancestors")!;
    expect(ancestors).toContain("https://*.officeapps.live.com");
    const microsoftHost =
      /^https:\/\/(\*\.)?([\w-]+\.)*(officeapps\.live\.com|onedrive\.live\.com|sharepoint\.com|office\.com|office365\.com|microsoft365\.com|cloud\.microsoft|teams\.microsoft\.com)$/;
    expect(ancestors.filter((source) => !microsoftHost.test(source))).toEqual([]);
  });
});

describe("caching", () => {
  it("revalidates every URL the manifest names", () => {
    const named = [
      ...new Set(
        allUrls(manifest)
          .filter((url) => url.startsWith(DEV_BASE_URL))
          .map(uriOf),
      ),
    ];
    expect(named).toEqual(expect.arrayContaining(["/taskpane.html", "/functions.js", "/functions.json"]));
    expect(named.filter((uri) => nginxHeadersFor(uri)["Cache-Control"] !== "no-cache")).toEqual([]);
    expect(nginxHeadersFor("/manifest.xml")["Cache-Control"]).toBe("no-cache");
  });

  it("keeps a file for a year only when its name carries its content hash", () => {
    const immutable = files.filter((uri) => /immutable/.test(nginxHeadersFor(uri)["Cache-Control"]));
    expect(immutable.length).toBeGreaterThan(5);
    expect(immutable.filter((uri) => !/\.[0-9a-f]{20}\.(js|css)(\.LICENSE\.txt)?$/.test(uri))).toEqual([]);
  });
});

describe("cross-origin reads", () => {
  it("are allowed for the manifest's custom-functions metadata and for no other file", () => {
    const metadata = customFunctionsUrls(manifest).Metadata.map(uriOf).sort();
    expect(metadata).toEqual(["/functions-zh-cn.json", "/functions.json"]);
    const readable = files.filter((uri) => nginxHeadersFor(uri)["Access-Control-Allow-Origin"] === "*").sort();
    expect(readable).toEqual(metadata);
  });
});

describe("deploy/Dockerfile", () => {
  const dockerfile = fs.readFileSync(path.join(DEPLOY, "Dockerfile"), "utf8");
  const environment = new Map(
    [...dockerfile.matchAll(/\b(AMC_\w+)=(\S+)/g)].map(([, name, value]) => [name, value] as [string, string]),
  );

  it("builds on the official nginx image, pinned to a release", () => {
    expect(dockerfile).toMatch(/^FROM nginx:\d+\.\d+(\.\d+)?(-[\w.]+)?(@sha256:[0-9a-f]{64})?$/m);
  });

  it("sets every variable of the template", () => {
    expect([...environment.keys()].sort()).toEqual(templateVariables(template));
  });

  it("installs the template where the image renders templates, and the build where the template serves it", () => {
    expect(dockerfile).toMatch(/^COPY deploy\/nginx\/amc-analyst\.conf\.template \/etc\/nginx\/templates\//m);
    expect(dockerfile).toMatch(new RegExp(`^COPY dist/ ${environment.get("AMC_ROOT")}/?$`, "m"));
  });
});
