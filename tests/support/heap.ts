/**
 * Measuring the JS heap from a jest test: a full garbage collection on demand (V8's gc, exposed at run time so
 * that `npm test` needs no --expose-gc flag) and the heap in use after it.
 */
import v8 from "v8";
import vm from "vm";

let gc: (() => void) | undefined;

/** A full, synchronous garbage collection. */
export function collectGarbage(): void {
  if (!gc) {
    v8.setFlagsFromString("--expose-gc");
    gc = vm.runInNewContext("gc") as () => void;
  }
  gc();
}

/** Bytes of heap in use once everything unreachable is collected. */
export function liveHeapBytes(): number {
  collectGarbage();
  return process.memoryUsage().heapUsed;
}

/** What building a value costs on the heap (its retained size), and the value. */
export function measured<T>(build: () => T): { value: T; bytes: number } {
  const before = liveHeapBytes();
  const value = build();
  return { value, bytes: Math.max(0, liveHeapBytes() - before) };
}
