/** The development base URL of the add-in and its replacement by ADDIN_BASE_URL in every built file that names it. */
const DEV_BASE_URL = "https://localhost:3000/";

/** The base URL the build targets: ADDIN_BASE_URL (https, ending with "/") or the dev server. */
function targetBaseUrl(env = process.env) {
  const base = env.ADDIN_BASE_URL;
  if (!base) return DEV_BASE_URL;
  if (!/^https:\/\/[^/]+\//.test(base) || !base.endsWith("/")) {
    throw new Error(`ADDIN_BASE_URL must be an https URL ending with "/", got "${base}"`);
  }
  return base;
}

/** Replaces EVERY occurrence of the dev base URL, not only the first. */
function rewriteBaseUrl(text, baseUrl) {
  return text.split(DEV_BASE_URL).join(baseUrl);
}

module.exports = { DEV_BASE_URL, targetBaseUrl, rewriteBaseUrl };
