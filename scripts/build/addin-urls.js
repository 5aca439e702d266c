/** The development base URL of the add-in, the rules for the URL a build targets, and the rewrite of built files. */
const DEV_BASE_URL = "https://localhost:3000/";

/** Hosts that only the developer's own machine can reach: Office on any other machine cannot load them. */
function isLoopbackHost(hostname) {
  const host = hostname.replace(/^\[|\]$/g, "").toLowerCase();
  return (
    host === "localhost" ||
    host.endsWith(".localhost") ||
    /^127(\.\d{1,3}){3}$/.test(host) ||
    host === "::1" ||
    host === "0.0.0.0" ||
    host === "::"
  );
}

/** Why `base` cannot be the add-in's base URL, or null when it can. Production builds also refuse loopback hosts. */
function baseUrlProblem(base, { production }) {
  let url;
  try {
    url = new URL(base);
  } catch {
    return "it is not a URL";
  }
  if (url.protocol !== "https:") return "Office loads add-ins over https only";
  if (!base.endsWith("/")) return 'it must end with "/"';
  if (url.username || url.password || url.search || url.hash) return "it must not carry credentials, a query or a hash";
  if (production && isLoopbackHost(url.hostname)) {
    return "a production build must name a host the analysts' machines can reach (use `npm run build:dev` for a local one)";
  }
  return null;
}

/**
 * The base URL a build targets: ADDIN_BASE_URL, or the dev server when it is unset. A production build refuses a URL
 * that is not https or that points at the developer's own machine; a development build accepts a local host.
 */
function targetBaseUrl(env = process.env, { production = false } = {}) {
  const base = env.ADDIN_BASE_URL;
  if (!base) return DEV_BASE_URL;
  const problem = baseUrlProblem(base, { production });
  if (problem) throw new Error(`ADDIN_BASE_URL "${base}" refused: ${problem}.`);
  return base;
}

/** What a production build without ADDIN_BASE_URL prints: its manifest only works beside `npm start`. */
function localManifestNotice() {
  return (
    `dist/manifest.xml still points to ${DEV_BASE_URL}: it only works on this machine while \`npm start\` runs. ` +
    "To deploy, build with ADDIN_BASE_URL=https://your.host/path/ npm run build (see docs/deployment.md)."
  );
}

/** Replaces EVERY occurrence of the dev base URL, not only the first. */
function rewriteBaseUrl(text, baseUrl) {
  return text.split(DEV_BASE_URL).join(baseUrl);
}

module.exports = { DEV_BASE_URL, targetBaseUrl, localManifestNotice, rewriteBaseUrl, isLoopbackHost };
