/**
 * What a production build leaves for hosting and what it keeps back: no source map and no reference to one in the
 * hosted folder (the maps go to a sibling folder), content-hashed scripts in js/ beside the few files whose URLs the
 * manifest fixes, and THIRD-PARTY-NOTICES.txt naming, with its licence text, every package the build ships.
 */
import fs from "fs";
import path from "path";
import { PRODUCTION_MODULES, pageScripts, productionBuild } from "../support/production-build";

let dist: string;

const filesUnder = (dir: string): string[] =>
  (fs.readdirSync(dir, { recursive: true }) as string[])
    .filter((file) => fs.statSync(path.join(dir, file)).isFile())
    .map((file) => file.split(path.sep).join("/"));

const scripts = () => filesUnder(dist).filter((file) => file.endsWith(".js"));

beforeAll(async () => {
  dist = await productionBuild();
}, 300_000);

describe("the production build's source maps", () => {
  it("leave the hosted folder, and no script names one", () => {
    expect(filesUnder(dist).filter((file) => file.endsWith(".map"))).toEqual([]);
    const referencing = scripts().filter((file) =>
      /sourceMappingURL/.test(fs.readFileSync(path.join(dist, file), "utf8")),
    );
    expect(referencing).toEqual([]);
  });

  it("are kept beside it, one per script, each mapping back to the sources", () => {
    const maps = `${dist}-sourcemaps`;
    expect(filesUnder(maps).sort()).toEqual(
      scripts()
        .map((file) => `${file}.map`)
        .sort(),
    );
    const taskpane = scripts().find((file) => file.startsWith("js/taskpane."))!;
    const map = JSON.parse(fs.readFileSync(path.join(maps, `${taskpane}.map`), "utf8"));
    expect(map.file).toBe(taskpane);
    expect(map.sources.some((source: string) => source.includes("src/taskpane/"))).toBe(true);
  });
});

describe("the production build's file names", () => {
  const HASHED = /^js\/[\w-]+\.[0-9a-f]{20}\.(js|css)(\.LICENSE\.txt)?$/;

  it("content-hash every script but functions.js, whose URL the manifest names", () => {
    expect(scripts().filter((file) => file !== "functions.js" && !HASHED.test(file))).toEqual([]);
    expect(filesUnder(path.join(dist, "js")).filter((file) => !HASHED.test(`js/${file}`))).toEqual([]);
  });

  it("load the pane's script by its hashed name from taskpane.html", () => {
    const local = pageScripts(fs.readFileSync(path.join(dist, "taskpane.html"), "utf8"))
      .map((script) => script.src)
      .filter((src) => !/^https:/.test(src));
    expect(local[0]).toBe("functions.js");
    expect(local.slice(1).length).toBeGreaterThan(0);
    expect(local.slice(1).every((src) => HASHED.test(src))).toBe(true);
  });
});

describe("THIRD-PARTY-NOTICES.txt", () => {
  let notices: string;
  let listed: Set<string>;

  beforeAll(() => {
    notices = fs.readFileSync(path.join(dist, "THIRD-PARTY-NOTICES.txt"), "utf8");
    listed = new Set([...notices.matchAll(/^ {2}(\S+@\S+) \(/gm)].map((match) => match[1]));
  });

  /** name@version of every package a module of the build's chunks comes from (webpack's stats). */
  function shippedPackages(): string[] {
    const files = JSON.parse(fs.readFileSync(PRODUCTION_MODULES, "utf8")) as string[];
    const roots = new Set(
      files.flatMap((file) => {
        const match = /^(.*[\\/]node_modules[\\/](?:@[^\\/]+[\\/])?[^\\/]+)[\\/]/.exec(file);
        return match ? [match[1]] : [];
      }),
    );
    return [...roots].map((root) => {
      const { name, version } = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));
      return `${name}@${version}`;
    });
  }

  it("lists every package whose code is in the build's chunks", () => {
    const shipped = shippedPackages();
    expect(shipped.length).toBeGreaterThan(20);
    const { dependencies } = JSON.parse(fs.readFileSync(path.join(__dirname, "../../package.json"), "utf8"));
    expect(shipped).toEqual(
      expect.arrayContaining([`react@${dependencies.react}`, `react-dom@${dependencies["react-dom"]}`]),
    );
    expect(shipped.filter((pkg) => !listed.has(pkg))).toEqual([]);
  });

  it("lists no package the build does not ship, but webpack, whose runtime it does", () => {
    const shipped = new Set(shippedPackages());
    expect([...listed].filter((pkg) => !shipped.has(pkg)).map((pkg) => pkg.replace(/@[^@]+$/, ""))).toEqual([
      "webpack",
    ]);
  });

  it("gives every listed package a licence text", () => {
    const sections = notices.split(/^={100}$/m).slice(1);
    for (let i = 0; i < sections.length; i += 2) {
      const names = sections[i].trim();
      const text = sections[i + 1].trim();
      expect({ names, hasText: text.length > 100 && /licen[cs]e|copyright/i.test(text) }).toEqual({
        names,
        hasText: true,
      });
    }
  });
});
