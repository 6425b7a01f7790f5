import { randomInt } from "node:crypto";

/**
 * The decisions of a bulk action set aside for a second reviewer: ⌈percent⌉ of them, chosen
 * uniformly at random (a partial Fisher–Yates shuffle), so a batch of one at any share > 0 is sampled.
 */
export function sampleForReview(
  ids: readonly string[],
  percent: number,
  pick: (below: number) => number = randomInt,
): Set<string> {
  const pool = [...ids];
  const n = Math.ceil((pool.length * percent) / 100);
  for (let i = 0; i < n; i++) {
    const j = i + pick(pool.length - i);
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return new Set(pool.slice(0, n));
}
