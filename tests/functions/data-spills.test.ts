/**
 * DATASET and ROSTER build each spill once and hand the same one to every later call (constant time per call,
 * whatever the size of the data: `npm run bench`). What is shared must still follow the call: the display
 * language and the headers choice each have their own spill, the spill cannot be changed by whoever receives it,
 * and every way of naming a dataset or a province reaches the same answer.
 */
import { callRegistered, registeredFunctions } from "../support/registered";

const registry = registeredFunctions();
const call = (id: string, ...args: unknown[]) => callRegistered(registry, id, ...args) as unknown[][];

function inLanguage<T>(displayLanguage: string, run: () => T): T {
  (globalThis as { Office?: unknown }).Office = { context: { displayLanguage } };
  try {
    return run();
  } finally {
    delete (globalThis as { Office?: unknown }).Office;
  }
}

describe("DATASET's spills, built once", () => {
  it("follow the display language of each call, back and forth", () => {
    const english = call("DATASET", "net_financing", true)[0];
    const chinese = inLanguage("zh-CN", () => call("DATASET", "net_financing", true)[0]);
    expect(chinese).not.toEqual(english);
    expect(chinese.join("")).toMatch(/[\u4e00-\u9fff]/);
    expect(call("DATASET", "net_financing", true)[0]).toEqual(english);
  });

  it("follow the headers choice of each call", () => {
    const withHeaders = call("DATASET", "maturities", true);
    const without = call("DATASET", "maturities", false);
    expect(without).toEqual(withHeaders.slice(1));
    expect(call("DATASET", "maturities", true)).toEqual(withHeaders);
  });

  it("cannot be changed by a caller, so the next call gets the bundled values", () => {
    const first = call("DATASET", "net_financing", false);
    const original = JSON.stringify(first);
    expect(() => {
      first[0][0] = "changed";
    }).toThrow(TypeError);
    expect(() => first.pop()).toThrow(TypeError);
    expect(JSON.stringify(call("DATASET", "net_financing", false))).toBe(original);
  });

  it("are found by id in any case or with dashes, and by either title, including an English title with a hyphen", () => {
    const abs = call("DATASET", "abs", false);
    for (const name of ["ABS", "Asset-backed securities", "asset-backed securities"]) {
      expect(call("DATASET", name, false)).toBe(abs);
    }
    expect(call("DATASET", "net-financing", false)).toBe(call("DATASET", "net_financing", false));
  });
});

describe("ROSTER's spills, built once", () => {
  it("are the same for every spelling of a province", () => {
    const zhejiang = call("ROSTER", "浙江", false);
    expect(zhejiang.length).toBeGreaterThan(0);
    for (const province of ["浙江省", "Zhejiang", " 浙 江 ", "ZHEJIANG province"]) {
      expect(call("ROSTER", province, false)).toEqual(zhejiang);
    }
  });

  it("follow the display language and headers choice of each call", () => {
    const english = call("ROSTER", "广西", true)[0];
    const chinese = inLanguage("zh-CN", () => call("ROSTER", "广西", true)[0]);
    expect(english).toEqual(["No.", "Company", "Province", "Short name"]);
    expect(chinese).toEqual(["序号", "公司名称", "所在省份", "简称"]);
    expect(call("ROSTER", "广西", false)).toEqual(call("ROSTER", "广西", true).slice(1));
  });
});
