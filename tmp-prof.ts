import { nodeRegistry } from "./tests/support/node-registry";
const r = nodeRegistry();
const f = r.get("RATINGRANK")!;
for (let round = 0; round < 3; round++) {
  const t = performance.now();
  for (let i = 0; i < 300000; i++) { try { f(null); } catch {} }
  console.log("blank", ((performance.now() - t) / 300).toFixed(2), "µs per call");
  const t2 = performance.now();
  for (let i = 0; i < 300000; i++) { try { f("AA+"); } catch {} }
  console.log("AA+", ((performance.now() - t2) / 300).toFixed(2), "µs per call");
}
class E { constructor(readonly code: string) {} }
const shared = new E("#VALUE!");
function inner(x: unknown) { if (x === null) throw shared; return 1; }
function mid(x: unknown) { return inner(x) + 1; }
function outer(x: unknown) { try { return mid(x); } catch (e) { throw e; } }
const t3 = performance.now();
for (let i = 0; i < 300000; i++) { try { outer(null); } catch {} }
console.log("bare throw chain", ((performance.now() - t3) / 300).toFixed(2), "µs per call");
