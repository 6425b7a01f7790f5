import { performance } from "node:perf_hooks";

/** Median and 95th percentile of a bench's samples. */
export const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)] ?? NaN;
  return { median: q(0.5), p95: q(0.95) };
};

/** `fn`'s time in ms over `n` runs, after one warm-up run that is not counted. */
export async function timeRuns(n: number, fn: () => Promise<unknown>): Promise<number[]> {
  await fn(); // warm-up
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn();
    out.push(performance.now() - t);
  }
  return out;
}
