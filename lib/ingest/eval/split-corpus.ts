import { createHash } from "node:crypto";

/** The three parts of the evaluation corpus. `test` is frozen: rules and models are never tuned on it. */
export const SPLITS = ["train", "dev", "test"] as const;
export type Split = (typeof SPLITS)[number];

export type SplitManifest = Record<string, Record<Split, string[]>>;

/** Batches written only to train on (never split). */
export const TRAIN_ONLY_BATCHES = ["batch2", "batch3"] as const;

/**
 * The frozen test set: batch4, written apart from the code after batch1's test part had been
 * evaluated three times (baseline and two rounds) and so could no longer count as unseen.
 */
export const TEST_ONLY_BATCHES = ["batch4"] as const;

/** Shares of a split batch, in ranking order: test first so its size is exact. */
const TEST_SHARE = 0.35;
const DEV_SHARE = 0.2;

/** Sort key of an email: the SHA-256 of its base name (no extension), so the split never depends on content. */
export function splitKey(name: string): string {
  return createHash("sha256").update(name).digest("hex");
}

/**
 * Deterministic split of one batch's email names: ranked by splitKey, the
 * first 35 % (rounded up) are the test set, the next 20 % dev, the rest train.
 * Each list is returned in name order.
 */
export function splitBatch(names: string[]): Record<Split, string[]> {
  const ranked = [...names].sort((a, b) => (splitKey(a) < splitKey(b) ? -1 : 1));
  const nTest = Math.ceil(names.length * TEST_SHARE);
  const nDev = Math.round(names.length * DEV_SHARE);
  const byName = (list: string[]) => [...list].sort();
  return {
    test: byName(ranked.slice(0, nTest)),
    dev: byName(ranked.slice(nTest, nTest + nDev)),
    train: byName(ranked.slice(nTest + nDev)),
  };
}

/**
 * batch1 since round 3: its former test part is spent (looked at three times) and joins dev, so
 * the rules may now be developed on it; train stays as it was.
 */
export function retireBatch1Test(names: string[]): Record<Split, string[]> {
  const s = splitBatch(names);
  return { test: [], dev: [...s.test, ...s.dev].sort(), train: s.train };
}
