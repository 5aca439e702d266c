/** No certificate or key is ever committed, and git ignores the ones the dev server creates. */
import { execFileSync } from "child_process";
import fs from "fs";
import path from "path";

const ROOT = path.resolve(__dirname, "../..");
const git = (...args: string[]) => execFileSync("git", args, { cwd: ROOT, encoding: "utf8" });
const inGitCheckout = fs.existsSync(path.join(ROOT, ".git"));
const describeInGit = inGitCheckout ? describe : describe.skip;

describeInGit("the repository", () => {
  const tracked = git("ls-files", "-z").split("\0").filter(Boolean);

  it("tracks no certificate or key file", () => {
    expect(tracked.filter((file) => /\.(crt|key|pem|pfx|p12)$/i.test(file))).toEqual([]);
  });

  it("tracks no file that holds a private key", () => {
    const holders = tracked.filter((file) => {
      const full = path.join(ROOT, file);
      if (!fs.existsSync(full) || fs.statSync(full).size > 5_000_000) return false;
      return /-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(fs.readFileSync(full, "latin1"));
    });
    expect(holders).toEqual([]);
  });

  it("ignores the files office-addin-dev-certs writes, wherever they land", () => {
    for (const file of [
      "localhost.key",
      "localhost.crt",
      "ca.crt",
      "certs/dev.pem",
      ".office-addin-dev-certs/ca.crt",
    ]) {
      expect(git("check-ignore", "--no-index", file).trim()).toBe(file);
    }
  });
});
