/** mulberry32: a tiny seeded generator, so row n is the same whatever batch it lands in. */
export function rowRandom(seed: number, n: number): () => number {
  let a = (seed * 0x9e3779b1) ^ (n * 0x85ebca6b);
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
