/** The manifest asks for what the add-in needs and nothing more. */
import fs from "fs";
import path from "path";
import { allElements, allUrls, parseManifest } from "../../scripts/manifest-checks";

const manifest = parseManifest(fs.readFileSync(path.resolve(__dirname, "../../manifest.xml"), "utf8"));
const named = (name: string) => allElements(manifest).filter((element) => element.name === name);

describe("manifest permissions", () => {
  it("asks for ReadWriteDocument and nothing else", () => {
    expect(named("Permissions").map((element) => element.text)).toEqual(["ReadWriteDocument"]);
  });

  it("lists no AppDomains (the add-in navigates nowhere else)", () => {
    expect(named("AppDomains")).toEqual([]);
    expect(named("AppDomain")).toEqual([]);
  });

  it("names only URLs on the add-in's own host", () => {
    const hosts = new Set(allUrls(manifest).map((url) => new URL(url).origin));
    expect([...hosts]).toEqual(["https://localhost:3000"]);
  });
});
