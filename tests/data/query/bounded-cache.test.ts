/** The cache every cache of the add-in is (src/data/query/bounded-cache.ts): bounded, and failures left out. */
import { BoundedCache } from "../../../src/data/query/bounded-cache";

describe("BoundedCache", () => {
  it("keeps at most its capacity, dropping the oldest entry first", () => {
    const cache = new BoundedCache<number, string>(3);
    for (let i = 0; i < 10; i++) cache.set(i, `v${i}`);
    expect(cache.size).toBe(3);
    expect([cache.get(6), cache.get(7), cache.get(9)]).toEqual([undefined, "v7", "v9"]);
  });

  it("replaces a value without dropping another", () => {
    const cache = new BoundedCache<string, number>(2);
    cache.set("a", 1);
    cache.set("b", 2);
    cache.set("a", 3);
    expect([cache.size, cache.get("a"), cache.get("b")]).toEqual([2, 3, 2]);
  });

  it("builds once, and stores nothing when the build throws", () => {
    const cache = new BoundedCache<string, number>(4);
    let builds = 0;
    const build = () => ++builds;
    expect([cache.getOrBuild("x", build), cache.getOrBuild("x", build)]).toEqual([1, 1]);
    expect(() =>
      cache.getOrBuild("bad", () => {
        throw new Error("no such province");
      }),
    ).toThrow("no such province");
    expect(cache.size).toBe(1);
  });

  it("refuses a capacity below one", () => {
    expect(() => new BoundedCache(0)).toThrow(RangeError);
  });
});
