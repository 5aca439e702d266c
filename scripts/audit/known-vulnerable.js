/**
 * The offline dependency audit: fails when package-lock.json installs a version listed in known-vulnerable.json.
 * It needs no network, so CI is never left unaudited when the registry's advisory endpoint does not answer.
 */
const fs = require("fs");
const path = require("path");
const semver = require("semver");

const ROOT = path.resolve(__dirname, "../..");
const LIST = path.join(__dirname, "known-vulnerable.json");

/** The package a lock file entry installs: its own name (aliases) or the last node_modules/<name> of its path. */
function lockedPackageName(lockPath, entry) {
  if (entry.name) return entry.name;
  const match = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)$/.exec(lockPath);
  return match ? match[1] : null;
}

/** Problems of the list itself: a malformed entry must not pass as "nothing found". */
function listProblems(advisories) {
  return advisories.flatMap((advisory, index) => {
    const label = advisory.id ?? `entry ${index}`;
    const problems = [];
    for (const field of ["id", "package", "vulnerable", "fixed", "url"]) {
      if (typeof advisory[field] !== "string" || !advisory[field]) problems.push(`${label}: no ${field}`);
    }
    if (advisory.vulnerable && !semver.validRange(advisory.vulnerable)) problems.push(`${label}: bad range`);
    if (advisory.fixed && advisory.vulnerable && semver.satisfies(advisory.fixed, advisory.vulnerable)) {
      problems.push(`${label}: the fixed version ${advisory.fixed} is inside the vulnerable range`);
    }
    return problems;
  });
}

/** Every installed package version that an advisory of the list covers. */
function vulnerableInstalls(lock, advisories) {
  const findings = [];
  for (const [lockPath, entry] of Object.entries(lock.packages ?? {})) {
    const name = lockedPackageName(lockPath, entry);
    if (!name || !entry.version || !semver.valid(entry.version)) continue;
    for (const advisory of advisories) {
      if (advisory.package === name && semver.satisfies(entry.version, advisory.vulnerable)) {
        findings.push({ path: lockPath, name, version: entry.version, advisory });
      }
    }
  }
  return findings;
}

function readJson(file) {
  return JSON.parse(fs.readFileSync(file, "utf8"));
}

function main() {
  const { advisories } = readJson(LIST);
  const problems = listProblems(advisories);
  if (problems.length > 0) {
    console.error(`${path.relative(ROOT, LIST)} is malformed:\n  ${problems.join("\n  ")}`);
    process.exit(1);
  }
  const findings = vulnerableInstalls(readJson(path.join(ROOT, "package-lock.json")), advisories);
  for (const { path: at, version, advisory } of findings) {
    console.error(`${at}@${version}: ${advisory.id} (${advisory.summary}); fixed in ${advisory.fixed}`);
  }
  if (findings.length > 0) process.exit(1);
  console.log(`package-lock.json: none of the ${advisories.length} known advisories applies`);
}

if (require.main === module) main();

module.exports = { vulnerableInstalls, listProblems, lockedPackageName, LIST };
