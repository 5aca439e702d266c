/**
 * `npm run release:version [patch|minor|major|x.y.z]`: bumps the add-in's version in package.json, package-lock.json
 * and the manifest's <Version> together. Excel caches an add-in's function metadata per manifest version, so a
 * change of functions.json reaches users reliably only with a new version (see CONTRIBUTING.md, "Release").
 */
import fs from "fs";
import path from "path";

export type Bump = "patch" | "minor" | "major";

const SEMVER = /^(\d+)\.(\d+)\.(\d+)$/;

export function nextVersion(current: string, request: string = "patch"): string {
  const parts = SEMVER.exec(current);
  if (!parts) throw new Error(`the current version "${current}" is not x.y.z`);
  if (SEMVER.test(request)) {
    if (compareVersions(request, current) <= 0) throw new Error(`${request} is not above the current ${current}`);
    return request;
  }
  const [major, minor, patch] = parts.slice(1).map(Number);
  if (request === "major") return `${major + 1}.0.0`;
  if (request === "minor") return `${major}.${minor + 1}.0`;
  if (request === "patch") return `${major}.${minor}.${patch + 1}`;
  throw new Error(`expected patch, minor, major or x.y.z, got "${request}"`);
}

export function compareVersions(a: string, b: string): number {
  const [pa, pb] = [a, b].map((v) => v.split(".").map(Number));
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return pa[i] - pb[i];
  return 0;
}

/** The manifest's four-part version for a package version (Office wants n.n.n.n). */
export const manifestVersionOf = (version: string) => `${version}.0`;

export function readManifestVersion(xml: string): string {
  const found = /<Version>([^<]+)<\/Version>/.exec(xml);
  if (!found) throw new Error("manifest.xml has no <Version>");
  return found[1];
}

export function stampManifestVersion(xml: string, version: string): string {
  readManifestVersion(xml);
  return xml.replace(/<Version>[^<]+<\/Version>/, `<Version>${manifestVersionOf(version)}</Version>`);
}

function updateJson(file: string, update: (json: Record<string, unknown>) => void): void {
  const json = JSON.parse(fs.readFileSync(file, "utf8"));
  update(json);
  fs.writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`);
}

export function releaseVersion(root: string, request?: string): { from: string; to: string } {
  const packageFile = path.join(root, "package.json");
  const from = JSON.parse(fs.readFileSync(packageFile, "utf8")).version;
  const to = nextVersion(from, request);
  updateJson(packageFile, (json) => (json.version = to));
  const lockFile = path.join(root, "package-lock.json");
  if (fs.existsSync(lockFile)) {
    updateJson(lockFile, (json) => {
      json.version = to;
      const rootPackage = (json.packages as Record<string, { version?: string }> | undefined)?.[""];
      if (rootPackage) rootPackage.version = to;
    });
  }
  const manifestFile = path.join(root, "manifest.xml");
  fs.writeFileSync(manifestFile, stampManifestVersion(fs.readFileSync(manifestFile, "utf8"), to));
  return { from, to };
}

if (require.main === module) {
  try {
    const { from, to } = releaseVersion(path.resolve(__dirname, ".."), process.argv[2]);
    console.log(`Version ${from} → ${to} (manifest ${manifestVersionOf(to)}). Build, test, commit, then deploy dist/.`);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
