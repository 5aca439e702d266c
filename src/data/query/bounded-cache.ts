/**
 * A cache that cannot grow without bound: at most `capacity` entries, the oldest dropped first when a new one comes
 * in. A value is stored only once it is built, so a failure (a build that throws) is never cached.
 */
export class BoundedCache<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(readonly capacity: number) {
    if (!(capacity >= 1)) throw new RangeError(`a cache holds at least one entry, not ${capacity}`);
  }

  get size(): number {
    return this.entries.size;
  }

  get(key: K): V | undefined {
    return this.entries.get(key);
  }

  set(key: K, value: V): V {
    if (!this.entries.has(key) && this.entries.size >= this.capacity) {
      this.entries.delete(this.entries.keys().next().value as K);
    }
    this.entries.set(key, value);
    return value;
  }

  /** The cached value, or the one `build` makes, stored if it returns (a build that throws stores nothing). */
  getOrBuild(key: K, build: () => V): V {
    const cached = this.entries.get(key);
    return cached !== undefined ? cached : this.set(key, build());
  }
}
