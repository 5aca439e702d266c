/**
 * The built runtime page registers every function: the scripts taskpane.html loads before anything else (the
 * production build's functions.js) run in a bare VM context with a stubbed CustomFunctions, no Office, no DOM, and
 * what they associate must be exactly the ids of the built functions.json, callable and backed by the bundled data.
 */
import fs from "fs";
import path from "path";
import vm from "vm";
import { pageScripts, productionBuild } from "../support/production-build";

type Associated = Map<string, (...args: unknown[]) => unknown>;

let dist: string;
let associated: Associated;
let errorClass: new (code: string, message?: string) => Error;

/** The scripts taskpane.html runs before anything else, in order: what Office loads first. */
function blockingScripts(distDir: string): { src: string; code: string }[] {
  const html = fs.readFileSync(path.join(distDir, "taskpane.html"), "utf8");
  return pageScripts(html)
    .filter((s) => s.blocking && !/^https?:/.test(s.src))
    .map((s) => ({ src: s.src, code: fs.readFileSync(path.join(distDir, s.src), "utf8") }));
}

function runBlockingScripts(distDir: string): Associated {
  const registry: Associated = new Map();
  class StubError extends Error {
    constructor(
      readonly code: string,
      message?: string,
    ) {
      super(message);
    }
  }
  errorClass = StubError;
  const context: Record<string, unknown> = {
    CustomFunctions: {
      associate: (id: string, fn: (...args: unknown[]) => unknown) => registry.set(id, fn),
      Error: StubError,
      ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!", invalidNumber: "#NUM!" },
    },
    console,
  };
  context.self = context;
  context.window = context;
  vm.createContext(context);
  for (const script of blockingScripts(distDir)) vm.runInContext(script.code, context, { filename: script.src });
  return registry;
}

beforeAll(async () => {
  dist = await productionBuild();
  associated = runBlockingScripts(dist);
}, 300_000);

describe("the built runtime page", () => {
  it("associates exactly the functions of the built functions.json, all 28, before any deferred script runs", () => {
    const metadata = JSON.parse(fs.readFileSync(path.join(dist, "functions.json"), "utf8"));
    const ids = metadata.functions.map((fn: { id: string }) => fn.id).sort();
    console.log(`associated: ${[...associated.keys()].join(", ")}`);
    expect([...associated.keys()].sort()).toEqual(ids);
    expect(ids).toHaveLength(28);
  });

  it("ships metadata in both languages that lets the functions return data types (allowCustomDataForDataTypeAny)", () => {
    for (const file of ["functions.json", "functions-zh-cn.json"]) {
      const metadata = JSON.parse(fs.readFileSync(path.join(dist, file), "utf8"));
      expect([file, metadata.allowCustomDataForDataTypeAny]).toEqual([file, true]);
    }
  });

  it("associates working functions: a metric, a lookup over the bundled data, and an Excel error", () => {
    expect(associated.get("DEBTRATIO")!([[426.06]], [[1128.45]])).toBeCloseTo(0.3776, 4);
    expect(associated.get("FIGURE")!("net_financing", "industry", "2024", null)).toBe(251.2);
    expect(associated.get("AMCCOUNT")!(null)).toBe(58);
    let thrown: unknown;
    try {
      associated.get("COMPANY")!("不存在的公司", null);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(errorClass);
    expect((thrown as { code: string }).code).toBe("#N/A");
  });
});

describe("the built runtime page outside Office (office.js missing, or the page opened in a browser)", () => {
  it("runs its functions script without an error, associating nothing, where there is no CustomFunctions", () => {
    const context: Record<string, unknown> = { console };
    context.self = context;
    context.window = context;
    vm.createContext(context);
    for (const script of blockingScripts(dist)) {
      expect(() => vm.runInContext(script.code, context, { filename: script.src })).not.toThrow();
    }
    expect(context.CustomFunctions).toBeUndefined();
  });
});
